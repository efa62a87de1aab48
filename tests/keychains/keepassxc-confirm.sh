log "confirm: TODO"
