<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountTokensDialog</name>
    <message>
        <source>Account tokens</source>
        <translation>Konto-Tokens</translation>
    </message>
    <message>
        <source>Tokens of the account</source>
        <translation>Tokens des Kontos</translation>
    </message>
    <message>
        <source>The account&apos;s tokens as the server lists them</source>
        <translation>Die Tokens des Kontos, wie der Server sie auflistet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the account&apos;s tokens again</source>
        <translation>Die Tokens des Kontos erneut abrufen</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Disable token</source>
        <translation>Token deaktivieren</translation>
    </message>
    <message>
        <source>Disable the selected token on the server; it cannot be enabled again</source>
        <translation>Das ausgewählte Token auf dem Server deaktivieren; es kann nicht wieder aktiviert werden</translation>
    </message>
    <message>
        <source>Open &amp;dashboard</source>
        <translation>&amp;Dashboard öffnen</translation>
    </message>
    <message>
        <source>Open the tokens dashboard</source>
        <translation>Das Token-Dashboard öffnen</translation>
    </message>
    <message>
        <source>Open replicate.com/account/api-tokens in the browser</source>
        <translation>replicate.com/account/api-tokens im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>AddTokenDialog</name>
    <message>
        <source>Add a Replicate API token</source>
        <translation>Replicate-API-Token hinzufügen</translation>
    </message>
    <message>
        <source>The token is stored in your OS keychain, never in a file. Create tokens on replicate.com under Account → API tokens.</source>
        <translation>Das Token wird im Schlüsselbund Ihres Systems gespeichert, nie in einer Datei. Tokens erstellen Sie auf replicate.com unter Account → API tokens.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. my-app</source>
        <translation>z. B. meine-app</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Token-Name</translation>
    </message>
    <message>
        <source>A unique name for this token</source>
        <translation>Ein eindeutiger Name für dieses Token</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>development, staging, production, sandbox, or your own label</source>
        <translation>Entwicklung, Staging, Produktion, Sandbox oder eine eigene Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>r8_…</source>
        <translation>r8_…</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Paste the API token; a REPLICATE_API_TOKEN= line or a Bearer header works too</source>
        <translation>Fügen Sie das API-Token ein; eine Zeile REPLICATE_API_TOKEN= oder ein Bearer-Header funktioniert auch</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Show the token&apos;s characters while typing</source>
        <translation>Die Zeichen des Tokens bei der Eingabe anzeigen</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>An optional note, e.g. where the token is used</source>
        <translation>Eine optionale Notiz, z. B. wo das Token verwendet wird</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>Prüfmeldung</translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <source>Composer page</source>
        <translation>Seite Anfrage-Editor</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Anfrage-Editor</translation>
    </message>
    <message>
        <source>Send a prediction with a stored token and see exactly what goes over the wire and what comes back.</source>
        <translation>Senden Sie eine Vorhersage mit einem gespeicherten Token und sehen Sie genau, was über die Leitung geht und was zurückkommt.</translation>
    </message>
    <message>
        <source>S&amp;amples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Load a ready-made request</source>
        <translation>Eine vorbereitete Anfrage laden</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Save this request as a preset, load one, import or export .http files</source>
        <translation>Diese Anfrage als Vorlage speichern, eine laden, .http-Dateien importieren oder exportieren</translation>
    </message>
    <message>
        <source>&amp;Copy as</source>
        <translation>Als &amp;Code kopieren</translation>
    </message>
    <message>
        <source>Copy as code</source>
        <translation>Als Code kopieren</translation>
    </message>
    <message>
        <source>Copy this request as curl, HTTPie, Python, Node, a .http file or an r8 exec line; never with the token</source>
        <translation>Diese Anfrage als curl, HTTPie, Python, Node, .http-Datei oder r8-exec-Zeile kopieren; nie mit dem Token</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>owner/name, owner/name:version, a version id or deployments/owner/name</source>
        <translation>owner/name[:version], Versions-ID oder deployments/owner/name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model, version or deployment to run; a model name is looked up to build the input form</source>
        <translation>Das auszuführende Modell, die Version oder das Deployment; ein Modellname wird nachgeschlagen, um das Eingabeformular zu erstellen</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>Über das Modell</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Wait up to</source>
        <translation>&amp;Warten bis zu</translation>
    </message>
    <message>
        <source>Wait for the result</source>
        <translation>Auf das Ergebnis warten</translation>
    </message>
    <message>
        <source>Send Prefer: wait so that the server holds the request until the prediction is done (like the official clients)</source>
        <translation>Prefer: wait senden, damit der Server die Anfrage hält, bis die Vorhersage fertig ist (wie die offiziellen Clients)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>60 s (default)</source>
        <translation>60 s (Standard)</translation>
    </message>
    <message>
        <source>Wait seconds</source>
        <translation>Wartezeit in Sekunden</translation>
    </message>
    <message>
        <source>How long the server may hold the request, 1 to 60 seconds</source>
        <translation>Wie lange der Server die Anfrage halten darf, 1 bis 60 Sekunden</translation>
    </message>
    <message>
        <source>As&amp;ynchronous (poll)</source>
        <translation>As&amp;ynchron (abfragen)</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>Create the prediction at once, then poll it until it is done</source>
        <translation>Die Vorhersage sofort erstellen und dann abfragen, bis sie fertig ist</translation>
    </message>
    <message>
        <source>Stream the o&amp;utput</source>
        <translation>Die A&amp;usgabe streamen</translation>
    </message>
    <message>
        <source>Stream the output</source>
        <translation>Die Ausgabe streamen</translation>
    </message>
    <message>
        <source>Ask for a stream and show text as the model writes it (Server-Sent Events)</source>
        <translation>Einen Stream anfordern und Text zeigen, während das Modell ihn schreibt (Server-Sent Events)</translation>
    </message>
    <message>
        <source>Cancel after:</source>
        <translation>Abbrechen nach:</translation>
    </message>
    <message>
        <source>e.g. 90s, 5m (optional)</source>
        <translation>z. B. 90s, 5m (optional)</translation>
    </message>
    <message>
        <source>Cancel after</source>
        <translation>Abbrechen nach</translation>
    </message>
    <message>
        <source>Sent as Cancel-After: the server cancels the prediction after this long</source>
        <translation>Wird als Cancel-After gesendet: Der Server bricht die Vorhersage nach dieser Zeit ab</translation>
    </message>
    <message>
        <source>Why the request cannot be sent</source>
        <translation>Warum die Anfrage nicht gesendet werden kann</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Create the prediction (Ctrl+Return)</source>
        <translation>Die Vorhersage erstellen (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History page</source>
        <translation>Seite Verlauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every request the composer sent, newest first. Tokens are never kept here — only their names.</source>
        <translation>Jede Anfrage, die der Anfrage-Editor gesendet hat, die neueste zuerst. Tokens werden hier nie aufbewahrt – nur ihre Namen.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Model, URL, input text or prediction id</source>
        <translation>Modell, URL, Eingabetext oder Vorhersage-ID</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Filters the list as you type: model, URL, request body or prediction id</source>
        <translation>Filtert die Liste während der Eingabe: Modell, URL, Anfragerumpf oder Vorhersage-ID</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Anzahl der Anfragen</translation>
    </message>
    <message>
        <source>&amp;Reopen in Composer</source>
        <translation>Im Anfrage-Editor &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen in the composer</source>
        <translation>Im Anfrage-Editor wieder öffnen</translation>
    </message>
    <message>
        <source>Open the selected request in the composer to edit or send it again (Enter)</source>
        <translation>Die ausgewählte Anfrage im Anfrage-Editor öffnen, um sie zu bearbeiten oder erneut zu senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Copy as code</source>
        <translation>Als Code kopieren</translation>
    </message>
    <message>
        <source>Copy the selected request as curl, HTTPie, Python, Node, a .http file or an r8 exec line; never with the token</source>
        <translation>Die ausgewählte Anfrage als curl, HTTPie, Python, Node, .http-Datei oder r8-exec-Zeile kopieren; nie mit dem Token</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the request</source>
        <translation>Anfrage löschen</translation>
    </message>
    <message>
        <source>Delete the selected request from history after confirmation (Del)</source>
        <translation>Die ausgewählte Anfrage nach Bestätigung aus dem Verlauf löschen (Entf)</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>Verlauf &amp;leeren…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Delete every request from history after confirmation</source>
        <translation>Nach Bestätigung alle Anfragen aus dem Verlauf löschen</translation>
    </message>
    <message>
        <source>Empty history</source>
        <translation>Leerer Verlauf</translation>
    </message>
    <message>
        <source>Sent requests</source>
        <translation>Gesendete Anfragen</translation>
    </message>
    <message>
        <source>Requests sent from the composer, newest first: time, model, status, prediction, duration, token name, environment</source>
        <translation>Aus dem Anfrage-Editor gesendete Anfragen, die neueste zuerst: Zeit, Modell, Status, Vorhersage, Dauer, Token-Name, Umgebung</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Ausgewählte Anfrage</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Gesendet um</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Token-Name</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>An&amp;frage:</translation>
    </message>
    <message>
        <source>Method and URL</source>
        <translation>Methode und URL</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Pre&amp;diction:</source>
        <translation>&amp;Vorhersage:</translation>
    </message>
    <message>
        <source>Prediction id</source>
        <translation>Vorhersage-ID</translation>
    </message>
    <message>
        <source>Final status:</source>
        <translation>Endstatus:</translation>
    </message>
    <message>
        <source>Final status</source>
        <translation>Endstatus</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Timings:</source>
        <translation>Zeiten:</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>&amp;Outputs:</source>
        <translation>&amp;Ausgaben:</translation>
    </message>
    <message>
        <source>Output URLs</source>
        <translation>Ausgabe-URLs</translation>
    </message>
    <message>
        <source>The prediction&apos;s output files; Enter or double-click opens one, Ctrl+C copies it</source>
        <translation>Die Ausgabedateien der Vorhersage; Eingabetaste oder Doppelklick öffnet eine, Strg+C kopiert sie</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the output</source>
        <translation>Ausgabe öffnen</translation>
    </message>
    <message>
        <source>Open the selected output URL in the browser</source>
        <translation>Die ausgewählte Ausgabe-URL im Browser öffnen</translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation>URL kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the output URL</source>
        <translation>Ausgabe-URL kopieren</translation>
    </message>
    <message>
        <source>Copy the selected output URL to the clipboard</source>
        <translation>Die ausgewählte Ausgabe-URL in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Request &amp;body:</source>
        <translation>Anfrage&amp;rumpf:</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfragerumpf</translation>
    </message>
    <message>
        <source>The JSON body that was sent, read-only</source>
        <translation>Der gesendete JSON-Rumpf, schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Copy as</source>
        <translation>&amp;Kopieren als</translation>
    </message>
</context>
<context>
    <name>ImportEnvDialog</name>
    <message>
        <source>Import tokens from .env files</source>
        <translation>Tokens aus .env-Dateien importieren</translation>
    </message>
    <message>
        <source>These REPLICATE_API_TOKEN assignments were found. Checked ones are stored in the OS keychain under the name shown (double-click to change it).</source>
        <translation>Diese REPLICATE_API_TOKEN-Zuweisungen wurden gefunden. Die angehakten werden unter dem angezeigten Namen im Schlüsselbund des Systems gespeichert (zum Ändern doppelklicken).</translation>
    </message>
    <message>
        <source>Tokens found</source>
        <translation>Gefundene Tokens</translation>
    </message>
    <message>
        <source>Each row is one assignment; check the ones to import</source>
        <translation>Jede Zeile ist eine Zuweisung; haken Sie die zu importierenden an</translation>
    </message>
    <message>
        <source>&amp;Replace each imported line with a comment saying where the token went (every other byte of the file is kept)</source>
        <translation>Jede importierte Zeile durch einen Kommentar &amp;ersetzen, der sagt, wohin das Token gegangen ist (alle anderen Bytes der Datei bleiben erhalten)</translation>
    </message>
    <message>
        <source>Remove tokens from the files</source>
        <translation>Tokens aus den Dateien entfernen</translation>
    </message>
    <message>
        <source>Replace each imported assignment with a comment naming the keychain entry</source>
        <translation>Jede importierte Zuweisung durch einen Kommentar ersetzen, der den Schlüsselbund-Eintrag nennt</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>Import-Meldungen</translation>
    </message>
</context>
<context>
    <name>LeakCheckPage</name>
    <message>
        <source>Leak check page</source>
        <translation>Seite Lecksuche</translation>
    </message>
    <message>
        <source>Leak check</source>
        <translation>Lecksuche</translation>
    </message>
    <message>
        <source>Find Replicate tokens left in files, git history and shell history on this computer — before anyone else does.</source>
        <translation>Finden Sie Replicate-Tokens, die in Dateien, im Git-Verlauf und im Shell-Verlauf dieses Computers liegen geblieben sind – bevor es jemand anderes tut.</translation>
    </message>
    <message>
        <source>Include &amp;git history</source>
        <translation>Git-Verlauf ein&amp;beziehen</translation>
    </message>
    <message>
        <source>Include git history</source>
        <translation>Git-Verlauf einbeziehen</translation>
    </message>
    <message>
        <source>Also scan every commit of the repositories in the chosen folder</source>
        <translation>Auch jeden Commit der Repositorys im gewählten Ordner durchsuchen</translation>
    </message>
    <message>
        <source>Scan a &amp;folder…</source>
        <translation>&amp;Ordner durchsuchen…</translation>
    </message>
    <message>
        <source>Scan a folder</source>
        <translation>Ordner durchsuchen</translation>
    </message>
    <message>
        <source>Choose a project folder to scan recursively</source>
        <translation>Einen Projektordner wählen, der rekursiv durchsucht wird</translation>
    </message>
    <message>
        <source>Check this &amp;machine</source>
        <translation>Diesen &amp;Rechner prüfen</translation>
    </message>
    <message>
        <source>Check this machine</source>
        <translation>Diesen Rechner prüfen</translation>
    </message>
    <message>
        <source>Scan shell histories and the places tokens usually end up</source>
        <translation>Shell-Verläufe und die Orte durchsuchen, an denen Tokens üblicherweise landen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation>Suche anhalten</translation>
    </message>
    <message>
        <source>Stop the running scan</source>
        <translation>Die laufende Suche anhalten</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Suchfortschritt</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funde</translation>
    </message>
    <message>
        <source>Exposed tokens: where, kind, masked token, stored token it matches</source>
        <translation>Offengelegte Tokens: Fundort, Art, maskiertes Token, passendes gespeichertes Token</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>Ausgewählter Fund</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>Rotiere&amp;n…</translation>
    </message>
    <message>
        <source>Rotate the token</source>
        <translation>Token rotieren</translation>
    </message>
    <message>
        <source>Replace the stored token this finding matches</source>
        <translation>Das gespeicherte Token ersetzen, zu dem dieser Fund passt</translation>
    </message>
    <message>
        <source>&amp;Move to keychain</source>
        <translation>In den Schlüsselbund &amp;verschieben</translation>
    </message>
    <message>
        <source>Move to the keychain</source>
        <translation>In den Schlüsselbund verschieben</translation>
    </message>
    <message>
        <source>Store the token in the keychain and replace the line with a comment</source>
        <translation>Das Token im Schlüsselbund speichern und die Zeile durch einen Kommentar ersetzen</translation>
    </message>
    <message>
        <source>Check if &amp;live</source>
        <translation>Prüfen, ob &amp;aktiv</translation>
    </message>
    <message>
        <source>Check if the token is live</source>
        <translation>Prüfen, ob das Token aktiv ist</translation>
    </message>
    <message>
        <source>Ask the API (GET /v1/account) whether the token still works</source>
        <translation>Die API fragen (GET /v1/account), ob das Token noch funktioniert</translation>
    </message>
    <message>
        <source>&amp;Open at line</source>
        <translation>An der Zeile ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Open the file at the line, in an editor that can (VS Code, Kate, gedit) or the default application</source>
        <translation>Die Datei an der Zeile öffnen, in einem Editor, der das kann (VS Code, Kate, gedit), sonst in der Standardanwendung</translation>
    </message>
    <message>
        <source>Copy &amp;location</source>
        <translation>Fundort &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the location</source>
        <translation>Fundort kopieren</translation>
    </message>
    <message>
        <source>Copy the file and line to the clipboard</source>
        <translation>Datei und Zeile in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Save the findings as Markdown or JSON; whole tokens are never written</source>
        <translation>Die Funde als Markdown oder JSON speichern; vollständige Tokens werden nie geschrieben</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the finding</source>
        <translation>Den Fund verwerfen</translation>
    </message>
    <message>
        <source>Forget this finding: it is no longer listed, kept or marked on the Tokens page</source>
        <translation>Diesen Fund vergessen: Er wird nicht mehr aufgeführt, aufbewahrt oder auf der Seite „Tokens“ markiert</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Nicht durchsucht</translation>
    </message>
    <message>
        <source>Places the last scan could not read, and why: the scan is incomplete</source>
        <translation>Orte, die die letzte Suche nicht lesen konnte, und warum: Die Suche ist unvollständig</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>r8desk</source>
        <translation>r8desk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Choose a page</source>
        <translation>Eine Seite wählen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>ManagePresetsDialog</name>
    <message>
        <source>Manage presets</source>
        <translation>Vorlagen verwalten</translation>
    </message>
    <message>
        <source>Manage presets</source>
        <translation>Vorlagen verwalten</translation>
    </message>
    <message>
        <source>Presets keep a model and its inputs to send again later. They never hold a token.</source>
        <translation>Vorlagen bewahren ein Modell und seine Eingaben auf, um sie später erneut zu senden. Sie enthalten nie ein Token.</translation>
    </message>
    <message>
        <source>About presets</source>
        <translation>Über Vorlagen</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Saved presets: name, model and inputs</source>
        <translation>Gespeicherte Vorlagen: Name, Modell und Eingaben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Load the preset</source>
        <translation>Vorlage laden</translation>
    </message>
    <message>
        <source>Open the selected preset in the composer</source>
        <translation>Die ausgewählte Vorlage im Anfrage-Editor öffnen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the preset</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the selected preset after confirmation</source>
        <translation>Die ausgewählte Vorlage nach Bestätigung löschen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknöpfe</translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <source>Prediction output</source>
        <translation>Ausgabe der Vorhersage</translation>
    </message>
    <message>
        <source>Output availability</source>
        <translation>Verfügbarkeit der Ausgabe</translation>
    </message>
    <message>
        <source>Save a&amp;ll…</source>
        <translation>A&amp;lle speichern…</translation>
    </message>
    <message>
        <source>Save all outputs</source>
        <translation>Alle Ausgaben speichern</translation>
    </message>
    <message>
        <source>Save every output file (and the text or JSON) into a folder you choose</source>
        <translation>Jede Ausgabedatei (und den Text oder das JSON) in einem Ordner Ihrer Wahl speichern</translation>
    </message>
    <message>
        <source>Open on &amp;replicate.com</source>
        <translation>Auf replicate.com &amp;öffnen</translation>
    </message>
    <message>
        <source>Open on replicate.com</source>
        <translation>Auf replicate.com öffnen</translation>
    </message>
    <message>
        <source>Open the prediction’s page in the web browser</source>
        <translation>Die Seite der Vorhersage im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Output status</source>
        <translation>Ausgabestatus</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>How large the images are shown (Ctrl+plus, Ctrl+minus, or Ctrl+wheel over the images)</source>
        <translation>Wie groß die Bilder angezeigt werden (Strg+Plus, Strg+Minus oder Strg+Mausrad über den Bildern)</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the selected image to the clipboard</source>
        <translation>Das ausgewählte Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Save image as</source>
        <translation>Bild speichern unter</translation>
    </message>
    <message>
        <source>Save the selected image to a file</source>
        <translation>Das ausgewählte Bild in einer Datei speichern</translation>
    </message>
    <message>
        <source>Output images</source>
        <translation>Ausgabebilder</translation>
    </message>
    <message>
        <source>The images of the output; double-click one to fit it to the view</source>
        <translation>Die Bilder der Ausgabe; ein Doppelklick passt eines an die Ansicht an</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Cop&amp;y text</source>
        <translation>Text kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Save te&amp;xt…</source>
        <translation>Te&amp;xt speichern…</translation>
    </message>
    <message>
        <source>Save text as</source>
        <translation>Text speichern unter</translation>
    </message>
    <message>
        <source>Output text</source>
        <translation>Ausgabetext</translation>
    </message>
    <message>
        <source>The text the model produced; streamed text appears as it arrives</source>
        <translation>Der Text, den das Modell erzeugt hat; gestreamter Text erscheint, sobald er eintrifft</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>&amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Save JS&amp;ON…</source>
        <translation>JS&amp;ON speichern…</translation>
    </message>
    <message>
        <source>Save JSON as</source>
        <translation>JSON speichern unter</translation>
    </message>
    <message>
        <source>Output JSON</source>
        <translation>Ausgabe-JSON</translation>
    </message>
    <message>
        <source>The output as a tree of keys and values</source>
        <translation>Die Ausgabe als Baum aus Schlüsseln und Werten</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>Link ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open file link</source>
        <translation>Dateilink öffnen</translation>
    </message>
    <message>
        <source>Open the selected file’s link in the web browser</source>
        <translation>Den Link der ausgewählten Datei im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Save &amp;file…</source>
        <translation>&amp;Datei speichern…</translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation>Datei speichern unter</translation>
    </message>
    <message>
        <source>Download the selected file and save it</source>
        <translation>Die ausgewählte Datei herunterladen und speichern</translation>
    </message>
    <message>
        <source>Output files</source>
        <translation>Ausgabedateien</translation>
    </message>
    <message>
        <source>Files of the output that are not images</source>
        <translation>Dateien der Ausgabe, die keine Bilder sind</translation>
    </message>
</context>
<context>
    <name>PickRequestDialog</name>
    <message>
        <source>Choose a request</source>
        <translation>Eine Anfrage wählen</translation>
    </message>
    <message>
        <source>Choose a request</source>
        <translation>Eine Anfrage wählen</translation>
    </message>
    <message>
        <source>What to choose</source>
        <translation>Was zu wählen ist</translation>
    </message>
    <message>
        <source>Requests in the file</source>
        <translation>Anfragen in der Datei</translation>
    </message>
    <message>
        <source>Choose the request to open in the composer</source>
        <translation>Die Anfrage wählen, die im Anfrage-Editor geöffnet werden soll</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknöpfe</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose the .env file inside it.</source>
        <translation>%1 ist ein Ordner; wählen Sie die .env-Datei darin.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB; it is not a .env file.</source>
        <translation>%1 ist größer als 4 MB; das ist keine .env-Datei.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>%1 changed since it was read: the token is no longer in it, so it was left as it is.</source>
        <translation>%1 wurde seit dem Lesen geändert: Das Token steht nicht mehr darin, daher wurde die Datei unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it was left as it is.</source>
        <translation>%1 ist keine reguläre Datei; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 has %2 names (hard links): rewriting it would leave the token in the others, so it was left as it is. Remove the token line by hand in every copy.</source>
        <translation>%1 hat %2 Namen (harte Links): Ein Umschreiben ließe das Token in den anderen stehen, daher wurde sie unverändert gelassen. Entfernen Sie die Token-Zeile in jeder Kopie von Hand.</translation>
    </message>
    <message>
        <source>%1 was left as it is: its owner or permissions could not be kept.</source>
        <translation>%1 wurde unverändert gelassen: Eigentümer oder Berechtigungen ließen sich nicht beibehalten.</translation>
    </message>
</context>
<context>
    <name>ResponseViewer</name>
    <message>
        <source>Response viewer</source>
        <translation>Antwortansicht</translation>
    </message>
    <message>
        <source>Requests of this run</source>
        <translation>Anfragen dieses Laufs</translation>
    </message>
    <message>
        <source>Every request of the run (create, polls, stream, cancel); pick one to see its response</source>
        <translation>Jede Anfrage des Laufs (Erstellen, Abfragen, Stream, Abbrechen); wählen Sie eine, um ihre Antwort zu sehen</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>Timing and size</source>
        <translation>Zeit und Größe</translation>
    </message>
    <message>
        <source>&amp;Copy body</source>
        <translation>Rumpf &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Rumpf kopieren</translation>
    </message>
    <message>
        <source>Copy the body to the clipboard, pretty-printed when it is JSON</source>
        <translation>Den Rumpf in die Zwischenablage kopieren, formatiert, wenn er JSON ist</translation>
    </message>
    <message>
        <source>Save &amp;body…</source>
        <translation>Rumpf &amp;speichern…</translation>
    </message>
    <message>
        <source>Save body</source>
        <translation>Rumpf speichern</translation>
    </message>
    <message>
        <source>Save the response body, as received, to a file</source>
        <translation>Den Antwortrumpf so, wie er empfangen wurde, in einer Datei speichern</translation>
    </message>
    <message>
        <source>Note about the body</source>
        <translation>Hinweis zum Rumpf</translation>
    </message>
    <message>
        <source>Response views</source>
        <translation>Antwortansichten</translation>
    </message>
    <message>
        <source>&amp;Pretty</source>
        <translation>&amp;Formatiert</translation>
    </message>
    <message>
        <source>Pretty JSON body</source>
        <translation>Formatierter JSON-Rumpf</translation>
    </message>
    <message>
        <source>The body pretty-printed with line numbers; Ctrl+C copies the selected lines</source>
        <translation>Der Rumpf formatiert, mit Zeilennummern; Strg+C kopiert die ausgewählten Zeilen</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Roh</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Roher Rumpf</translation>
    </message>
    <message>
        <source>The body as received; Ctrl+C copies the selected lines</source>
        <translation>Der Rumpf, wie er empfangen wurde; Strg+C kopiert die ausgewählten Zeilen</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>&amp;Baum</translation>
    </message>
    <message>
        <source>Tree status</source>
        <translation>Baumstatus</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON-Baum</translation>
    </message>
    <message>
        <source>The body as a tree of keys and values</source>
        <translation>Der Rumpf als Baum aus Schlüsseln und Werten</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>An&amp;frage</translation>
    </message>
    <message>
        <source>Request line and headers</source>
        <translation>Anfragezeile und Header</translation>
    </message>
    <message>
        <source>The request as sent; the token is masked</source>
        <translation>Die Anfrage, wie sie gesendet wurde; das Token ist maskiert</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfragerumpf</translation>
    </message>
    <message>
        <source>Find in body (Ctrl+F)</source>
        <translation>Im Rumpf suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation>Im Rumpf suchen</translation>
    </message>
    <message>
        <source>Text to find in the shown body (case-sensitive); Enter finds the next line with it, Shift+Enter the previous</source>
        <translation>Text, der im angezeigten Rumpf gesucht wird (Groß-/Kleinschreibung beachten); die Eingabetaste findet die nächste Zeile damit, Umschalt+Eingabe die vorige</translation>
    </message>
</context>
<context>
    <name>RotationWizard</name>
    <message>
        <source>Rotate a token</source>
        <translation>Token rotieren</translation>
    </message>
    <message>
        <source>Replace a token with a new one of the same account, without a moment where your programs have none.</source>
        <translation>Ein Token durch ein neues desselben Kontos ersetzen, ohne dass Ihre Programme auch nur einen Moment ohne Token sind.</translation>
    </message>
    <message>
        <source>Create the new token</source>
        <translation>Neues Token erstellen</translation>
    </message>
    <message>
        <source>Create it on replicate.com; you will paste it on the next page.</source>
        <translation>Erstellen Sie es auf replicate.com; auf der nächsten Seite fügen Sie es ein.</translation>
    </message>
    <message>
        <source>&amp;Open replicate.com/account/api-tokens</source>
        <translation>replicate.com/account/api-tokens ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the tokens dashboard</source>
        <translation>Das Token-Dashboard öffnen</translation>
    </message>
    <message>
        <source>Create the new token there</source>
        <translation>Dort das neue Token erstellen</translation>
    </message>
    <message>
        <source>Paste the new token</source>
        <translation>Neues Token einfügen</translation>
    </message>
    <message>
        <source>It is checked against the API before anything changes.</source>
        <translation>Es wird bei der API geprüft, bevor sich irgendetwas ändert.</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>Neues &amp;Token:</translation>
    </message>
    <message>
        <source>r8_…</source>
        <translation>r8_…</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>Paste the token you just created</source>
        <translation>Fügen Sie das eben erstellte Token ein</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>New token&apos;s name</source>
        <translation>Name des neuen Tokens</translation>
    </message>
    <message>
        <source>The name to store the new token under</source>
        <translation>Der Name, unter dem das neue Token gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Disable the old token afterwards (over the API, authenticated with the new one)</source>
        <translation>Das alte Token danach &amp;deaktivieren (über die API, angemeldet mit dem neuen)</translation>
    </message>
    <message>
        <source>Disable the old token</source>
        <translation>Altes Token deaktivieren</translation>
    </message>
    <message>
        <source>After the new token is stored and made the default, disable the old one on the server</source>
        <translation>Nachdem das neue Token gespeichert und zum Standard gemacht wurde, das alte auf dem Server deaktivieren</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Rotating</source>
        <translation>Rotation läuft</translation>
    </message>
    <message>
        <source>Rotation steps</source>
        <translation>Schritte der Rotation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>The model&apos;s progress, read from its logs</source>
        <translation>Der Fortschritt des Modells, aus seinem Protokoll gelesen</translation>
    </message>
    <message>
        <source>Prediction id</source>
        <translation>Vorhersage-ID</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the prediction</source>
        <translation>Vorhersage abbrechen</translation>
    </message>
    <message>
        <source>Ask the server to cancel it (POST …/cancel; Esc)</source>
        <translation>Den Server bitten, sie abzubrechen (POST …/cancel; Esc)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Wiede&amp;rholen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Send the same request again (Ctrl+Shift+Return)</source>
        <translation>Dieselbe Anfrage erneut senden (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The output, the logs and the raw responses</source>
        <translation>Die Ausgabe, das Protokoll und die rohen Antworten</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Ausgabe</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>The model&apos;s logs appear here while it runs.</source>
        <translation>Das Protokoll des Modells erscheint hier, während es läuft.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>The prediction&apos;s logs, live</source>
        <translation>Das Protokoll der Vorhersage, live</translation>
    </message>
    <message>
        <source>R&amp;esponse</source>
        <translation>A&amp;ntwort</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings page</source>
        <translation>Seite Einstellungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Where settings are kept</source>
        <translation>Wo die Einstellungen aufbewahrt werden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Each token is labelled with an environment. Requests with it go to the environment&apos;s base URL; its default token is the one “r8 exec --env NAME” and the composer use.</source>
        <translation>Jedes Token ist mit einer Umgebung bezeichnet. Anfragen damit gehen an die Basis-URL der Umgebung; ihr Standard-Token ist das, welches „r8 exec --env NAME“ und der Anfrage-Editor verwenden.</translation>
    </message>
    <message>
        <source>Each environment with its API base URL and default token</source>
        <translation>Jede Umgebung mit ihrer API-Basis-URL und ihrem Standard-Token</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Base URL of the selected environment</source>
        <translation>Basis-URL der ausgewählten Umgebung</translation>
    </message>
    <message>
        <source>https, or plain http only to this computer (loopback). Press Enter to save.</source>
        <translation>https, oder unverschlüsseltes http nur zu diesem Computer (Loopback). Mit der Eingabetaste speichern.</translation>
    </message>
    <message>
        <source>https://api.replicate.com/v1</source>
        <translation>https://api.replicate.com/v1</translation>
    </message>
    <message>
        <source>&amp;Save URL</source>
        <translation>URL &amp;speichern</translation>
    </message>
    <message>
        <source>Save the base URL</source>
        <translation>Basis-URL speichern</translation>
    </message>
    <message>
        <source>Check the URL and use it for the selected environment from now on</source>
        <translation>Die URL prüfen und ab jetzt für die ausgewählte Umgebung verwenden</translation>
    </message>
    <message>
        <source>Default t&amp;oken:</source>
        <translation>Standard-T&amp;oken:</translation>
    </message>
    <message>
        <source>Default token of the selected environment</source>
        <translation>Standard-Token der ausgewählten Umgebung</translation>
    </message>
    <message>
        <source>The token used when only the environment is named</source>
        <translation>Das Token, das verwendet wird, wenn nur die Umgebung genannt ist</translation>
    </message>
    <message>
        <source>R&amp;eset to Replicate&apos;s API</source>
        <translation>Auf die API von Replicate &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset or remove the environment</source>
        <translation>Umgebung zurücksetzen oder entfernen</translation>
    </message>
    <message>
        <source>A built-in environment goes back to Replicate&apos;s API; a custom one is removed</source>
        <translation>Eine eingebaute Umgebung verwendet wieder die API von Replicate; eine eigene wird entfernt</translation>
    </message>
    <message>
        <source>Add an environment</source>
        <translation>Eine Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the new environment</source>
        <translation>Name der neuen Umgebung</translation>
    </message>
    <message>
        <source>A label for tokens, e.g. a client or a proxy</source>
        <translation>Eine Bezeichnung für Tokens, z. B. ein Kunde oder ein Proxy</translation>
    </message>
    <message>
        <source>e.g. client-x</source>
        <translation>z. B. kunde-x</translation>
    </message>
    <message>
        <source>Base UR&amp;L:</source>
        <translation>Basis-UR&amp;L:</translation>
    </message>
    <message>
        <source>Base URL of the new environment</source>
        <translation>Basis-URL der neuen Umgebung</translation>
    </message>
    <message>
        <source>https, or plain http only to this computer (loopback)</source>
        <translation>https, oder unverschlüsseltes http nur zu diesem Computer (Loopback)</translation>
    </message>
    <message>
        <source>https://replicate-proxy.example.com/v1</source>
        <translation>https://replicate-proxy.example.com/v1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Add the environment</source>
        <translation>Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>Check the name and URL and add the environment</source>
        <translation>Name und URL prüfen und die Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Re-&amp;verify all tokens every:</source>
        <translation>Tokens erneut &amp;prüfen alle:</translation>
    </message>
    <message>
        <source>Verification interval in hours</source>
        <translation>Prüfintervall in Stunden</translation>
    </message>
    <message>
        <source>While r8desk runs, every token is checked against the API this often; 0 turns it off</source>
        <translation>Solange r8desk läuft, wird jedes Token so oft bei der API geprüft; 0 schaltet das ab</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Rotation a&amp;ge:</source>
        <translation>Rotations&amp;alter:</translation>
    </message>
    <message>
        <source>Rotation age in days</source>
        <translation>Rotationsalter in Tagen</translation>
    </message>
    <message>
        <source>A token older than this (since added or last rotated) is marked due for rotation</source>
        <translation>Ein Token, das älter ist (seit dem Hinzufügen oder der letzten Rotation), wird als fällig zur Rotation markiert</translation>
    </message>
    <message>
        <source>&amp;Clear a copied token after:</source>
        <translation>Zwischenablage lee&amp;ren nach:</translation>
    </message>
    <message>
        <source>Clipboard clear delay in seconds</source>
        <translation>Verzögerung bis zum Leeren der Zwischenablage in Sekunden</translation>
    </message>
    <message>
        <source>A copied token is removed from the clipboard after this long, if it is still there</source>
        <translation>Ein kopiertes Token wird nach dieser Zeit aus der Zwischenablage entfernt, falls es noch darin ist</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Anfrage-Editor</translation>
    </message>
    <message>
        <source>H&amp;istory size:</source>
        <translation>&amp;Verlaufsgröße:</translation>
    </message>
    <message>
        <source>History size in requests</source>
        <translation>Verlaufsgröße in Anfragen</translation>
    </message>
    <message>
        <source>The composer keeps this many past requests; the oldest go first</source>
        <translation>Der Anfrage-Editor bewahrt so viele frühere Anfragen auf; die ältesten gehen zuerst</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Start minimised to the system tray</source>
        <translation>Minimiert im Systemabschnitt der Kontrollleiste starten</translation>
    </message>
    <message>
        <source>r8desk starts without showing its window; the tray icon shows the tokens&apos; status</source>
        <translation>r8desk startet, ohne sein Fenster zu zeigen; das Symbol im Systemabschnitt zeigt den Status der Tokens</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Standardwerte &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore default settings</source>
        <translation>Standardeinstellungen wiederherstellen</translation>
    </message>
    <message>
        <source>Put the token, composer and window settings back to their defaults; environments are kept</source>
        <translation>Die Einstellungen für Tokens, Anfrage-Editor und Fenster auf die Standardwerte zurücksetzen; Umgebungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Start minimised to the system t&amp;ray</source>
        <translation>M&amp;inimiert im Systemabschnitt der Kontrollleiste starten</translation>
    </message>
</context>
<context>
    <name>ShowCodeDialog</name>
    <message>
        <source>Code for this request</source>
        <translation>Code für diese Anfrage</translation>
    </message>
    <message>
        <source>Code for this request</source>
        <translation>Code für diese Anfrage</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Code format</source>
        <translation>Code-Format</translation>
    </message>
    <message>
        <source>The language or tool the request is written for</source>
        <translation>Die Sprache oder das Werkzeug, für das die Anfrage geschrieben wird</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The request as code, read-only; it reads the token from the REPLICATE_API_TOKEN environment variable</source>
        <translation>Die Anfrage als Code, schreibgeschützt; er liest das Token aus der Umgebungsvariable REPLICATE_API_TOKEN</translation>
    </message>
    <message>
        <source>How to run it</source>
        <translation>Wie man ihn ausführt</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknöpfe</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>Tokens page</source>
        <translation>Seite Tokens</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Replicate API tokens kept in your OS keychain. Only the last four characters are shown here.</source>
        <translation>Replicate-API-Tokens im Schlüsselbund Ihres Systems. Hier werden nur die letzten vier Zeichen angezeigt.</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <source>How many tokens have been checked</source>
        <translation>Wie viele Tokens bereits geprüft wurden</translation>
    </message>
    <message>
        <source>&amp;Verify all</source>
        <translation>&amp;Alle prüfen</translation>
    </message>
    <message>
        <source>Verify all tokens</source>
        <translation>Alle Tokens prüfen</translation>
    </message>
    <message>
        <source>Check every token with the API (GET /v1/account), four at a time</source>
        <translation>Jedes Token bei der API prüfen (GET /v1/account), vier gleichzeitig</translation>
    </message>
    <message>
        <source>Import from .env files</source>
        <translation>Aus .env-Dateien importieren</translation>
    </message>
    <message>
        <source>Find REPLICATE_API_TOKEN lines in .env files and move them to the keychain</source>
        <translation>REPLICATE_API_TOKEN-Zeilen in .env-Dateien finden und in den Schlüsselbund verschieben</translation>
    </message>
    <message>
        <source>&amp;Add token…</source>
        <translation>Token hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add token</source>
        <translation>Token hinzufügen</translation>
    </message>
    <message>
        <source>Store a new API token in the keychain</source>
        <translation>Ein neues API-Token im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Keep your Replicate tokens out of .env files</source>
        <translation>Halten Sie Ihre Replicate-Tokens aus .env-Dateien heraus</translation>
    </message>
    <message>
        <source>Add a token you created on replicate.com, or import the REPLICATE_API_TOKEN lines from your projects&apos; .env files. r8desk stores each token in the OS keychain and can take the line out of the file for you.</source>
        <translation>Fügen Sie ein Token hinzu, das Sie auf replicate.com erstellt haben, oder importieren Sie die REPLICATE_API_TOKEN-Zeilen aus den .env-Dateien Ihrer Projekte. r8desk speichert jedes Token im Schlüsselbund des Systems und kann die Zeile für Sie aus der Datei entfernen.</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Die Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Start a local Replicate look-alike and store its demo token, to try everything offline</source>
        <translation>Eine lokale Replicate-Nachbildung starten und ihr Demo-Token speichern, um alles offline auszuprobieren</translation>
    </message>
    <message>
        <source>Find tokens in .env files and move them to the keychain</source>
        <translation>Tokens in .env-Dateien finden und in den Schlüsselbund verschieben</translation>
    </message>
    <message>
        <source>Stored tokens</source>
        <translation>Gespeicherte Tokens</translation>
    </message>
    <message>
        <source>The tokens in the keychain: name, environment, masked token, account, status, age, default</source>
        <translation>Die Tokens im Schlüsselbund: Name, Umgebung, maskiertes Token, Konto, Status, Alter, Standard</translation>
    </message>
    <message>
        <source>Selected token</source>
        <translation>Ausgewähltes Token</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Token-Name</translation>
    </message>
    <message>
        <source>Rename the token; press Enter to save</source>
        <translation>Das Token umbenennen; mit der Eingabetaste speichern</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Change the token&apos;s environment label</source>
        <translation>Die Umgebungsbezeichnung des Tokens ändern</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Token-Wert</translation>
    </message>
    <message>
        <source>Masked; Reveal shows it for 20 seconds</source>
        <translation>Maskiert; „Aufdecken“ zeigt ihn 20 Sekunden lang</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>Au&amp;fdecken</translation>
    </message>
    <message>
        <source>Reveal token</source>
        <translation>Token aufdecken</translation>
    </message>
    <message>
        <source>Show the whole token for 20 seconds</source>
        <translation>Das ganze Token 20 Sekunden lang zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared after 30 seconds</source>
        <translation>Das Token kopieren; die Zwischenablage wird nach 30 Sekunden geleert</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Zum &amp;Standard machen</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Zum Standard machen</translation>
    </message>
    <message>
        <source>Use this token by default for its environment</source>
        <translation>Dieses Token standardmäßig für seine Umgebung verwenden</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Token löschen</translation>
    </message>
    <message>
        <source>Remove the token from the keychain and the list</source>
        <translation>Das Token aus dem Schlüsselbund und der Liste entfernen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Token status</source>
        <translation>Token-Status</translation>
    </message>
    <message>
        <source>V&amp;erify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <source>Check this token with the API now</source>
        <translation>Dieses Token jetzt bei der API prüfen</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>R&amp;otieren…</translation>
    </message>
    <message>
        <source>Rotate token</source>
        <translation>Token rotieren</translation>
    </message>
    <message>
        <source>Replace this token with a new one, step by step</source>
        <translation>Dieses Token Schritt für Schritt durch ein neues ersetzen</translation>
    </message>
    <message>
        <source>Account &amp;tokens…</source>
        <translation>Konto-&amp;Tokens…</translation>
    </message>
    <message>
        <source>Account tokens</source>
        <translation>Konto-Tokens</translation>
    </message>
    <message>
        <source>List and disable the tokens of this token&apos;s account over the API</source>
        <translation>Die Tokens des Kontos dieses Tokens über die API auflisten und deaktivieren</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>optional note, e.g. where this token is used</source>
        <translation>optionale Notiz, z. B. wo dieses Token verwendet wird</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A note about the token; press Enter to save</source>
        <translation>Eine Notiz zum Token; mit der Eingabetaste speichern</translation>
    </message>
    <message>
        <source>&amp;Import from .env…</source>
        <translation>Aus .env &amp;importieren…</translation>
    </message>
    <message>
        <source>Filter by name, environment, account or last four (Ctrl+F)</source>
        <translation>Nach Name, Umgebung, Konto oder letzten vier Zeichen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Tokens filtern</translation>
    </message>
    <message>
        <source>Show only the tokens whose name, environment, account or last four characters contain this text</source>
        <translation>Nur die Tokens zeigen, deren Name, Umgebung, Konto oder letzte vier Zeichen diesen Text enthalten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Replicate API tokens in the OS keychain.</source>
        <translation>Replicate-API-Tokens im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Quit once the window has been painted (benchmarks).</source>
        <translation>Beenden, sobald das Fenster gezeichnet wurde (Benchmarks).</translation>
    </message>
    <message>
        <source>Open with the environment NAME selected: the Tokens page shows its tokens and the composer sends to it.</source>
        <translation>Mit ausgewählter Umgebung NAME öffnen: Die Seite Tokens zeigt ihre Tokens und der Anfrage-Editor sendet an sie.</translation>
    </message>
    <message>
        <source>r8desk: unknown environment “%1”. Known environments: %2.
Add one in Settings, or with: r8 env add NAME --base-url URL
</source>
        <translation>r8desk: unbekannte Umgebung „%1“. Bekannte Umgebungen: %2.
Fügen Sie eine in den Einstellungen hinzu oder mit: r8 env add NAME --base-url URL
</translation>
    </message>
    <message>
        <source>Start minimised (to the system tray when there is one).</source>
        <translation>Minimiert starten (im Systemabschnitt der Kontrollleiste, wenn es einen gibt).</translation>
    </message>
</context>
<context>
    <name>r8</name>
    <message>
        <source>The text has several lines. Paste only the token itself.</source>
        <translation>Der Text besteht aus mehreren Zeilen. Fügen Sie nur das Token selbst ein.</translation>
    </message>
    <message>
        <source>No token was entered.</source>
        <translation>Es wurde kein Token eingegeben.</translation>
    </message>
    <message>
        <source>The token contains a space or tab. A Replicate token is one unbroken word.</source>
        <translation>Das Token enthält ein Leerzeichen oder einen Tabulator. Ein Replicate-Token ist ein einziges, ununterbrochenes Wort.</translation>
    </message>
    <message>
        <source>This is too short to be a Replicate token (they are 40 characters, starting r8_).</source>
        <translation>Das ist zu kurz für ein Replicate-Token (diese sind 40 Zeichen lang und beginnen mit r8_).</translation>
    </message>
    <message>
        <source>This does not look like a Replicate token: it contains characters tokens never have.</source>
        <translation>Das sieht nicht wie ein Replicate-Token aus: Es enthält Zeichen, die in Tokens nie vorkommen.</translation>
    </message>
    <message>
        <source>This token is %1 characters long; current Replicate tokens are 40. It will be stored, but check that it was copied whole.</source>
        <translation>Dieses Token ist %1 Zeichen lang; aktuelle Replicate-Tokens haben 40. Es wird gespeichert, aber prüfen Sie, ob es vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>This does not start with r8_. Older Replicate tokens had no prefix and still work, so it will be stored — verify it before relying on it.</source>
        <translation>Das beginnt nicht mit r8_. Ältere Replicate-Tokens hatten kein Präfix und funktionieren weiterhin, daher wird es gespeichert – prüfen Sie es, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Stopped working</source>
        <translation>Funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>The token list is not valid JSON (%1 at byte %2).</source>
        <translation>Die Token-Liste ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The token list is not a JSON object.</source>
        <translation>Die Token-Liste ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The token list has no format version.</source>
        <translation>Die Token-Liste hat keine Formatversion.</translation>
    </message>
    <message>
        <source>The token list was written by a newer r8desk (format %1; this version reads up to %2).</source>
        <translation>Die Token-Liste wurde von einem neueren r8desk geschrieben (Format %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2; the limit is %3.</source>
        <translation>%1 ist %2; die Grenze ist %3.</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2.</source>
        <translation>%1 ist größer als die Grenze von %2.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (uid %2).</source>
        <translation>%1 gehört einem anderen Benutzer (UID %2).</translation>
    </message>
    <message>
        <source>%1 can be changed by other users (mode %2).</source>
        <translation>%1 kann von anderen Benutzern geändert werden (Modus %2).</translation>
    </message>
    <message>
        <source>its “%1” is missing or not text</source>
        <translation>sein „%1“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>its “%1” is not text</source>
        <translation>sein „%1“ ist kein Text</translation>
    </message>
    <message>
        <source>its “legacy_shape” is not true or false</source>
        <translation>sein „legacy_shape“ ist weder true noch false</translation>
    </message>
    <message>
        <source>The token list&apos;s “tokens” is not a list.</source>
        <translation>„tokens“ in der Token-Liste ist keine Liste.</translation>
    </message>
    <message>
        <source>The token list&apos;s “defaults” is not an object.</source>
        <translation>„defaults“ in der Token-Liste ist kein Objekt.</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>es ist kein Objekt</translation>
    </message>
    <message>
        <source>its id is used by an earlier entry</source>
        <translation>seine ID wird schon von einem früheren Eintrag verwendet</translation>
    </message>
    <message>
        <source>Entry %1 of the token list cannot be read: %2. It is kept as it is; its secret (if any) stays in the keychain.</source>
        <translation>Eintrag %1 der Token-Liste kann nicht gelesen werden: %2. Er bleibt unverändert erhalten; sein Geheimnis (falls vorhanden) bleibt im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>r8::EnvImporter</name>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
</context>
<context>
    <name>r8::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>the item is still there, in a locked collection</source>
        <translation>der Eintrag ist noch da, in einer gesperrten Sammlung</translation>
    </message>
    <message>
        <source>the item is in a locked collection</source>
        <translation>der Eintrag liegt in einer gesperrten Sammlung</translation>
    </message>
    <message>
        <source>the item is still there after the delete</source>
        <translation>der Eintrag ist nach dem Löschen noch da</translation>
    </message>
    <message>
        <source>the item is there, but its secret did not arrive over the Secret Service session</source>
        <translation>der Eintrag ist da, aber sein Geheimnis kam über die Secret-Service-Sitzung nicht an</translation>
    </message>
</context>
<context>
    <name>r8::MemorySecretStore</name>
    <message>
        <source>in-memory store</source>
        <translation>flüchtiger Speicher (nur im Arbeitsspeicher)</translation>
    </message>
</context>
<context>
    <name>r8::SecretError</name>
    <message>
        <source>The keychain has no secret for this token any more (it may have been removed outside r8desk). Delete this entry and add the token again.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis mehr für dieses Token (es wurde vielleicht außerhalb von r8desk entfernt). Löschen Sie diesen Eintrag und fügen Sie das Token erneut hinzu.</translation>
    </message>
    <message>
        <source>No OS keychain is reachable. Start a Secret Service (for example gnome-keyring or KeePassXC with Secret Service enabled) in your desktop session, then try again.</source>
        <translation>Kein Schlüsselbund des Systems erreichbar. Starten Sie in Ihrer Desktop-Sitzung einen Secret Service (zum Beispiel gnome-keyring oder KeePassXC mit aktiviertem Secret Service) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (your login keyring) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (Ihren Anmelde-Schlüsselbund) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow r8desk to use the keychain and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie r8desk, den Schlüsselbund zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Check that your Secret Service is running and unlocked, then try again.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet. Prüfen Sie, ob Ihr Secret Service läuft und entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>(Keychain said: %1)</source>
        <translation>(Meldung des Schlüsselbunds: %1)</translation>
    </message>
</context>
<context>
    <name>r8::TimeText</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation>vor 1 Monat</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>vor 1 Jahr</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>vor %1 Jahren</translation>
    </message>
</context>
<context>
    <name>r8::TokenVault</name>
    <message>
        <source>Cannot read the token list %1: %2</source>
        <translation>Die Token-Liste %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot use the token list %1. %2 The file was left as it is; fix or move it away and restart.</source>
        <translation>Die Token-Liste %1 kann nicht verwendet werden. %2 Die Datei wurde unverändert gelassen; reparieren Sie sie oder verschieben Sie sie und starten Sie neu.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Cannot write the token list %1: %2</source>
        <translation>Die Token-Liste %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Give the token a name.</source>
        <translation>Geben Sie dem Token einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation>Der Name ist zu lang (höchstens 100 Zeichen).</translation>
    </message>
    <message>
        <source>The name must be a single line.</source>
        <translation>Der Name muss aus einer einzigen Zeile bestehen.</translation>
    </message>
    <message>
        <source>A token named “%1” already exists.</source>
        <translation>Ein Token namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>This token is already stored as “%1”.</source>
        <translation>Dieses Token ist bereits als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The token was not stored. %1</source>
        <translation>Das Token wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>That token no longer exists.</source>
        <translation>Dieses Token gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The token was not deleted. %1</source>
        <translation>Das Token wurde nicht gelöscht. %1</translation>
    </message>
    <message>
        <source>The keychain item was deleted, but the token list could not be updated. %1</source>
        <translation>Der Schlüsselbund-Eintrag wurde gelöscht, aber die Token-Liste konnte nicht aktualisiert werden. %1</translation>
    </message>
    <message>
        <source>Cannot use the token list %1: %2 The file was left as it is.</source>
        <translation>Die Token-Liste %1 kann nicht verwendet werden: %2 Die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>it is larger than 64 MB.</source>
        <translation>sie ist größer als 64 MB.</translation>
    </message>
    <message>
        <source>The name looks like a token. Give it a name; the token itself is read from the keychain dialog or standard input, never from a name.</source>
        <translation>Der Name sieht wie ein Token aus. Geben Sie ihm einen Namen; das Token selbst wird aus dem Schlüsselbund-Dialog oder der Standardeingabe gelesen, nie aus einem Namen.</translation>
    </message>
</context>
<context>
    <name>r8::api</name>
    <message>
        <source>an account</source>
        <translation>ein Konto</translation>
    </message>
    <message>
        <source>The account answer has no “username”.</source>
        <translation>Die Kontoantwort enthält keinen „username“.</translation>
    </message>
    <message>
        <source>The environments file is not valid JSON (%1).</source>
        <translation>Die Umgebungsdatei ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The environments file has an unknown format version.</source>
        <translation>Die Umgebungsdatei hat eine unbekannte Formatversion.</translation>
    </message>
    <message>
        <source>The environments file has an entry without a name or with an invalid base URL.</source>
        <translation>Die Umgebungsdatei enthält einen Eintrag ohne Namen oder mit ungültiger Basis-URL.</translation>
    </message>
    <message>
        <source>The server sent an empty answer where %1 was expected.</source>
        <translation>Der Server hat eine leere Antwort geschickt, wo %1 erwartet wurde.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2); expected %3.</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2); erwartet wurde %3.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is JSON but not an object; expected %1.</source>
        <translation>Die Antwort des Servers ist JSON, aber kein Objekt; erwartet wurde %1.</translation>
    </message>
    <message>
        <source>The model version has no “id”.</source>
        <translation>Die Modellversion hat keine „id“.</translation>
    </message>
    <message>
        <source>The model has no “owner” or “name”.</source>
        <translation>Das Modell hat keinen „owner“ oder „name“.</translation>
    </message>
    <message>
        <source>a model version</source>
        <translation>eine Modellversion</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>ein Modell</translation>
    </message>
    <message>
        <source>a list page</source>
        <translation>eine Listenseite</translation>
    </message>
    <message>
        <source>The list page has no “results” array.</source>
        <translation>Die Listenseite hat kein „results“-Array.</translation>
    </message>
    <message>
        <source>The list page&apos;s “next” is not an absolute URL.</source>
        <translation>Das „next“ der Listenseite ist keine absolute URL.</translation>
    </message>
    <message>
        <source>The prediction has no “id”.</source>
        <translation>Die Vorhersage hat keine „id“.</translation>
    </message>
    <message>
        <source>The prediction “%1” has no “status”.</source>
        <translation>Die Vorhersage „%1“ hat keinen „status“.</translation>
    </message>
    <message>
        <source>a prediction</source>
        <translation>eine Vorhersage</translation>
    </message>
    <message>
        <source>Bad request (HTTP 400)</source>
        <translation>Ungültige Anfrage (HTTP 400)</translation>
    </message>
    <message>
        <source>Not authenticated (HTTP 401)</source>
        <translation>Nicht angemeldet (HTTP 401)</translation>
    </message>
    <message>
        <source>Forbidden (HTTP 403)</source>
        <translation>Verboten (HTTP 403)</translation>
    </message>
    <message>
        <source>Not found (HTTP 404)</source>
        <translation>Nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>Method not allowed (HTTP 405)</source>
        <translation>Methode nicht erlaubt (HTTP 405)</translation>
    </message>
    <message>
        <source>Conflict (HTTP 409)</source>
        <translation>Konflikt (HTTP 409)</translation>
    </message>
    <message>
        <source>Request too large (HTTP 413)</source>
        <translation>Anfrage zu groß (HTTP 413)</translation>
    </message>
    <message>
        <source>Invalid request (HTTP 422)</source>
        <translation>Ungültige Anfrage (HTTP 422)</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429)</source>
        <translation>Zu viele Anfragen (HTTP 429)</translation>
    </message>
    <message>
        <source>Server error (HTTP 500)</source>
        <translation>Serverfehler (HTTP 500)</translation>
    </message>
    <message>
        <source>Bad gateway (HTTP 502)</source>
        <translation>Fehlerhaftes Gateway (HTTP 502)</translation>
    </message>
    <message>
        <source>Service unavailable (HTTP 503)</source>
        <translation>Dienst nicht verfügbar (HTTP 503)</translation>
    </message>
    <message>
        <source>Gateway timeout (HTTP 504)</source>
        <translation>Gateway-Zeitüberschreitung (HTTP 504)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>A token in the server&apos;s answer has no “id”.</source>
        <translation>Ein Token in der Antwort des Servers hat keine „id“.</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>ein Token</translation>
    </message>
    <message>
        <source>The token list holds something that is not a token.</source>
        <translation>Die Token-Liste enthält etwas, das kein Token ist.</translation>
    </message>
    <message>
        <source>“%1” is not a usable URL.</source>
        <translation>„%1“ ist keine verwendbare URL.</translation>
    </message>
    <message>
        <source>Refusing plain http to %1: only https is allowed, except to this computer (loopback).</source>
        <translation>Unverschlüsseltes http zu %1 wird abgelehnt: Nur https ist erlaubt, außer zu diesem Computer (Loopback).</translation>
    </message>
    <message>
        <source>Unsupported URL scheme “%1”: use https.</source>
        <translation>Nicht unterstütztes URL-Schema „%1“: Verwenden Sie https.</translation>
    </message>
    <message>
        <source>“%1” is not an absolute URL (expected e.g. %2).</source>
        <translation>„%1“ ist keine absolute URL (erwartet z. B. %2).</translation>
    </message>
    <message>
        <source>A base URL has no query, fragment or user name: “%1”.</source>
        <translation>Eine Basis-URL hat keine Abfrage, kein Fragment und keinen Benutzernamen: „%1“.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stopped working: %1 — maybe disabled after a leak; rotate it.</source>
        <translation>Funktioniert nicht mehr: %1 – vielleicht nach einem Leck deaktiviert; rotieren Sie es.</translation>
    </message>
    <message>
        <source>The request was redirected to %1, another origin than the API; the token was not sent there, so its answer (%2) says nothing about the token.</source>
        <translation>Die Anfrage wurde nach %1 umgeleitet, zu einem anderen Ursprung als der API; das Token wurde dorthin nicht gesendet, daher sagt die Antwort (%2) nichts über das Token.</translation>
    </message>
</context>
<context>
    <name>r8::api::AccountTokens</name>
    <message>
        <source>This server does not offer token management over HTTP (api.replicate.com does not, today). Manage the account&apos;s tokens on %1.</source>
        <translation>Dieser Server bietet keine Token-Verwaltung über HTTP an (api.replicate.com derzeit auch nicht). Verwalten Sie die Tokens des Kontos auf %1.</translation>
    </message>
    <message>
        <source>The token list goes on for more than 100 pages; stopped.</source>
        <translation>Die Token-Liste geht über mehr als 100 Seiten; abgebrochen.</translation>
    </message>
    <message>
        <source>No token “%1” on this account, or this server does not offer token management (%2).</source>
        <translation>Kein Token „%1“ in diesem Konto, oder dieser Server bietet keine Token-Verwaltung an (%2).</translation>
    </message>
</context>
<context>
    <name>r8::api::EnvironmentStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot use %1. %2</source>
        <translation>%1 kann nicht verwendet werden. %2</translation>
    </message>
    <message>
        <source>An environment needs a name on one line.</source>
        <translation>Eine Umgebung braucht einen Namen in einer Zeile.</translation>
    </message>
    <message>
        <source>There is no environment named “%1”.</source>
        <translation>Es gibt keine Umgebung namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Not using %1: %2 Another user could point an environment at their own server and receive your token. Make the file and its folder yours alone (chmod 600 the file, chmod 700 the folder), then try again.</source>
        <translation>%1 wird nicht verwendet: %2 Ein anderer Benutzer könnte eine Umgebung auf seinen eigenen Server zeigen lassen und Ihr Token erhalten. Machen Sie die Datei und ihren Ordner allein zu Ihren (chmod 600 für die Datei, chmod 700 für den Ordner) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>it is larger than 4 MB.</source>
        <translation>sie ist größer als 4 MB.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
</context>
<context>
    <name>r8::api::FileBodyDevice</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed after its size (%2 bytes) was checked; it was not uploaded.</source>
        <translation>%1 hat sich geändert, nachdem seine Größe (%2 Bytes) geprüft wurde; es wurde nicht hochgeladen.</translation>
    </message>
    <message>
        <source>%1 changed while it was being uploaded (it was %2 bytes); the upload was stopped.</source>
        <translation>%1 hat sich während des Hochladens geändert (es hatte %2 Bytes); das Hochladen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>r8::api::Problem</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; the server&apos;s answer was not the expected JSON error</source>
        <translation>%1; die Antwort des Servers war nicht der erwartete JSON-Fehler</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>r8::api::RotationController</name>
    <message>
        <source>The token to rotate no longer exists.</source>
        <translation>Das zu rotierende Token gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot tell which account the old token belongs to (%1), so the new one cannot be checked against it. Nothing was changed.</source>
        <translation>Es lässt sich nicht feststellen, zu welchem Konto das alte Token gehört (%1), daher kann das neue nicht damit verglichen werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The new token does not work: %1. Nothing was changed.</source>
        <translation>Das neue Token funktioniert nicht: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The new token belongs to the account “%1”, not “%2”. Nothing was changed.</source>
        <translation>Das neue Token gehört zum Konto „%1“, nicht zu „%2“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Rotated from “%1”</source>
        <translation>Rotiert von „%1“</translation>
    </message>
    <message>
        <source>The new token is stored and is the default, but the old one was not disabled: %1</source>
        <translation>Das neue Token ist gespeichert und ist der Standard, aber das alte wurde nicht deaktiviert: %1</translation>
    </message>
    <message>
        <source>The new token is stored and is the default, but the server lists no active token ending in “%1”: disable the old one on the dashboard.</source>
        <translation>Das neue Token ist gespeichert und ist der Standard, aber der Server listet kein aktives Token, das auf „%1“ endet: Deaktivieren Sie das alte im Dashboard.</translation>
    </message>
    <message>
        <source>The new token is stored and is the default, but several tokens end in “%1”: disable the old one on the dashboard.</source>
        <translation>Das neue Token ist gespeichert und ist der Standard, aber mehrere Tokens enden auf „%1“: Deaktivieren Sie das alte im Dashboard.</translation>
    </message>
    <message>
        <source>Disabled during rotation.</source>
        <translation>Bei der Rotation deaktiviert.</translation>
    </message>
</context>
<context>
    <name>r8::api::TokenVerifier</name>
    <message>
        <source>That token no longer exists.</source>
        <translation>Dieses Token gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>No API address for the environment “%1” (is the sandbox running?).</source>
        <translation>Keine API-Adresse für die Umgebung „%1“ (läuft die Sandbox?).</translation>
    </message>
</context>
<context>
    <name>r8::cli</name>
    <message>
        <source>Environment to use (its default token and API address).</source>
        <translation>Zu verwendende Umgebung (ihr Standard-Token und ihre API-Adresse).</translation>
    </message>
    <message>
        <source>Stored token to use, by name.</source>
        <translation>Zu verwendendes gespeichertes Token, nach Name.</translation>
    </message>
    <message>
        <source>API base URL, e.g. http://127.0.0.1:8080/v1 (default: the environment&apos;s; also REPLICATE_BASE_URL).</source>
        <translation>API-Basis-URL, z. B. http://127.0.0.1:8080/v1 (Standard: die der Umgebung; auch REPLICATE_BASE_URL).</translation>
    </message>
    <message>
        <source>Cannot run “%1”: %2</source>
        <translation>„%1“ kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Cannot run “%1”: no such program.</source>
        <translation>„%1“ kann nicht ausgeführt werden: Programm nicht gefunden.</translation>
    </message>
    <message>
        <source>Cannot start “%1”: %2</source>
        <translation>„%1“ kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>r8 — Replicate API tokens from the OS keychain, for scripts and terminals.</source>
        <translation>r8 – Replicate-API-Tokens aus dem Schlüsselbund des Systems, für Skripte und Terminals.</translation>
    </message>
    <message>
        <source>Usage: r8 COMMAND [ARGS...]</source>
        <translation>Aufruf: r8 COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help; `r8 COMMAND --help` shows a command&apos;s own.</source>
        <translation>Diese Hilfe anzeigen; `r8 COMMAND --help` zeigt die eines Befehls.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Die Version ausgeben.</translation>
    </message>
    <message>
        <source>r8: unknown command “%1”. Run `r8 --help` for the list.</source>
        <translation>r8: unbekannter Befehl „%1“. `r8 --help` zeigt die Liste.</translation>
    </message>
    <message>
        <source>Looking up %1: %2</source>
        <translation>Nachschlagen von %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not an input: write key=value (or key=@file).</source>
        <translation>„%1“ ist keine Eingabe: Schreiben Sie key=value (oder key=@datei).</translation>
    </message>
    <message>
        <source>The model has no input “%1”. Its inputs: %2.</source>
        <translation>Das Modell hat keine Eingabe „%1“. Seine Eingaben: %2.</translation>
    </message>
    <message>
        <source>%1: cannot read the file %2: %3</source>
        <translation>%1: Die Datei %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: the file %2 is not JSON (%3).</source>
        <translation>%1: Die Datei %2 ist kein JSON (%3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>keychain token “%1”</source>
        <translation>Schlüsselbund-Token „%1“</translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation>nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>older token shape</source>
        <translation>ältere Token-Form</translation>
    </message>
    <message>
        <source>git-ignored</source>
        <translation>von Git ignoriert</translation>
    </message>
    <message>
        <source>r8 scan: not scanned: %1: %2</source>
        <translation>r8 scan: nicht durchsucht: %1: %2</translation>
    </message>
    <message>
        <source>r8 scan: %1</source>
        <translation>r8 scan: %1</translation>
    </message>
    <message>
        <source>The token list could not be read, so findings were not compared with the keychain: %1</source>
        <translation>Die Token-Liste konnte nicht gelesen werden, daher wurden die Funde nicht mit dem Schlüsselbund verglichen: %1</translation>
    </message>
    <message>
        <source>Some keychain tokens could not be read, so not every finding was compared: %1</source>
        <translation>Einige Schlüsselbund-Tokens konnten nicht gelesen werden, daher wurde nicht jeder Fund verglichen: %1</translation>
    </message>
    <message>
        <source>No tokens stored. Add one with `r8 tokens add NAME` (the token is read from standard input), or import a .env file with `r8 tokens import FILE`.</source>
        <translation>Keine Tokens gespeichert. Fügen Sie eines mit `r8 tokens add NAME` hinzu (das Token wird von der Standardeingabe gelesen) oder importieren Sie eine .env-Datei mit `r8 tokens import FILE`.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>* = default token of its environment</source>
        <translation>* = Standard-Token seiner Umgebung</translation>
    </message>
    <message>
        <source>Paste the token and press Enter (it is not shown): </source>
        <translation>Fügen Sie das Token ein und drücken Sie die Eingabetaste (es wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Stored “%1” in the OS keychain.</source>
        <translation>„%1“ im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>r8 tokens add: %1</source>
        <translation>r8 tokens add: %1</translation>
    </message>
    <message>
        <source>r8 tokens rm: no token named “%1”.</source>
        <translation>r8 tokens rm: kein Token namens „%1“.</translation>
    </message>
    <message>
        <source>Deleted “%1” from the OS keychain.</source>
        <translation>„%1“ aus dem Schlüsselbund des Systems gelöscht.</translation>
    </message>
    <message>
        <source>r8 tokens rm: %1</source>
        <translation>r8 tokens rm: %1</translation>
    </message>
    <message>
        <source>r8 tokens import: %1</source>
        <translation>r8 tokens import: %1</translation>
    </message>
    <message>
        <source>%1:%2: skipped: %3</source>
        <translation>%1:%2: übersprungen: %3</translation>
    </message>
    <message>
        <source>No REPLICATE_API_TOKEN assignment found.</source>
        <translation>Keine REPLICATE_API_TOKEN-Zuweisung gefunden.</translation>
    </message>
    <message>
        <source>%1:%2: already stored as “%3”</source>
        <translation>%1:%2: bereits gespeichert als „%3“</translation>
    </message>
    <message>
        <source>%1:%2: stored as “%3”</source>
        <translation>%1:%2: gespeichert als „%3“</translation>
    </message>
    <message>
        <source>; the line now says where the token went</source>
        <translation>; die Zeile sagt jetzt, wohin das Token gegangen ist</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>Usage: r8 tokens remote [--disable ID] [--json] [--env NAME | --token NAME]
The tokens of the account, as the server lists them (GET /v1/tokens).</source>
        <translation>Aufruf: r8 tokens remote [--disable ID] [--json] [--env NAME | --token NAME]
Die Tokens des Kontos, wie der Server sie auflistet (GET /v1/tokens).</translation>
    </message>
    <message>
        <source>Disable the account token with this id (cannot be undone).</source>
        <translation>Das Konto-Token mit dieser ID deaktivieren (kann nicht rückgängig gemacht werden).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: r8 tokens remote [--disable ID]</source>
        <translation>Aufruf: r8 tokens remote [--disable ID]</translation>
    </message>
    <message>
        <source>r8 tokens remote: %1</source>
        <translation>r8 tokens remote: %1</translation>
    </message>
    <message>
        <source>Disabled %1 (…%2).</source>
        <translation>%1 (…%2) deaktiviert.</translation>
    </message>
    <message>
        <source>Disabled with r8 tokens remote.</source>
        <translation>Mit r8 tokens remote deaktiviert.</translation>
    </message>
    <message>
        <source>disabled %1</source>
        <translation>deaktiviert %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>stored as “%1”</source>
        <translation>gespeichert als „%1“</translation>
    </message>
    <message>
        <source>* = the token used for this request</source>
        <translation>* = das Token, das für diese Anfrage verwendet wurde</translation>
    </message>
    <message>
        <source>Usage: r8 tokens verify [NAME | --all] [--env NAME] [--base-url URL] [--json]
Without NAME: the default token of the environment.</source>
        <translation>Aufruf: r8 tokens verify [NAME | --all] [--env NAME] [--base-url URL] [--json]
Ohne NAME: das Standard-Token der Umgebung.</translation>
    </message>
    <message>
        <source>Verify every stored token (of --env only, if given).</source>
        <translation>Jedes gespeicherte Token prüfen (nur die von --env, falls angegeben).</translation>
    </message>
    <message>
        <source>Usage: r8 tokens verify [NAME | --all]</source>
        <translation>Aufruf: r8 tokens verify [NAME | --all]</translation>
    </message>
    <message>
        <source>No stored tokens to verify.</source>
        <translation>Keine gespeicherten Tokens zu prüfen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL (expected e.g. https://api.replicate.com/v1).</source>
        <translation>„%1“ ist keine gültige URL (erwartet z. B. https://api.replicate.com/v1).</translation>
    </message>
    <message>
        <source>r8 %1: too many arguments. Run `r8 %1 --help`.</source>
        <translation>r8 %1: zu viele Argumente. Führen Sie `r8 %1 --help` aus.</translation>
    </message>
    <message>
        <source>Usage: r8 run MODEL|VERSION [key=value ...] [--input-json FILE] [--wait N | --no-wait] [--stream] [--json] [--save DIR] [--print-curl] [--cancel-after D]
MODEL is OWNER/NAME, OWNER/NAME:VERSION, a version id or deployments/OWNER/NAME. Values are read by the model&apos;s input types; key=@file reads a file (small files go inline as data: URIs, larger ones are uploaded).</source>
        <translation>Aufruf: r8 run MODEL|VERSION [key=value ...] [--input-json FILE] [--wait N | --no-wait] [--stream] [--json] [--save DIR] [--print-curl] [--cancel-after D]
MODEL ist OWNER/NAME, OWNER/NAME:VERSION, eine Versions-ID oder deployments/OWNER/NAME. Werte werden nach den Eingabetypen des Modells gelesen; key=@datei liest eine Datei (kleine Dateien gehen inline als data:-URIs mit, größere werden hochgeladen).</translation>
    </message>
    <message>
        <source>Input object from a JSON file (- for standard input).</source>
        <translation>Eingabeobjekt aus einer JSON-Datei (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Hold the request up to N seconds (1–60) for the result (default: Prefer: wait).</source>
        <translation>Die Anfrage bis zu N Sekunden (1–60) auf das Ergebnis warten lassen (Standard: Prefer: wait).</translation>
    </message>
    <message>
        <source>Create asynchronously, then poll.</source>
        <translation>Asynchron erstellen, dann abfragen.</translation>
    </message>
    <message>
        <source>Stream the output as it is generated (models that stream).</source>
        <translation>Die Ausgabe streamen, während sie entsteht (bei Modellen, die streamen).</translation>
    </message>
    <message>
        <source>Cancel the prediction after this long (e.g. 90s, 5m).</source>
        <translation>Die Vorhersage nach dieser Zeit abbrechen (z. B. 90s, 5m).</translation>
    </message>
    <message>
        <source>Print the final prediction as JSON.</source>
        <translation>Die fertige Vorhersage als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Save output files into DIR.</source>
        <translation>Ausgabedateien in DIR speichern.</translation>
    </message>
    <message>
        <source>Print the request as a curl command (token from $REPLICATE_API_TOKEN) and exit.</source>
        <translation>Die Anfrage als curl-Befehl ausgeben (Token aus $REPLICATE_API_TOKEN) und beenden.</translation>
    </message>
    <message>
        <source>r8 run: which model? e.g. r8 run black-forest-labs/flux-schnell prompt=&quot;a cat&quot;</source>
        <translation>r8 run: welches Modell? z. B. r8 run black-forest-labs/flux-schnell prompt=&quot;a cat&quot;</translation>
    </message>
    <message>
        <source>r8 run: %1</source>
        <translation>r8 run: %1</translation>
    </message>
    <message>
        <source>r8 run: give either --wait N or --no-wait, not both.</source>
        <translation>r8 run: Geben Sie entweder --wait N oder --no-wait an, nicht beides.</translation>
    </message>
    <message>
        <source>r8 run: --wait takes seconds from 1 to 60, not “%1”.</source>
        <translation>r8 run: --wait erwartet Sekunden von 1 bis 60, nicht „%1“.</translation>
    </message>
    <message>
        <source># Run it with the token from the keychain:</source>
        <translation># Mit dem Token aus dem Schlüsselbund ausführen:</translation>
    </message>
    <message>
        <source>%1: %2 is %3 bytes; the API takes files of less than %4 bytes (100 MB).</source>
        <translation>%1: %2 hat %3 Bytes; die API nimmt Dateien mit weniger als %4 Bytes (100 MB).</translation>
    </message>
    <message>
        <source>%1: %2 The API takes files of less than %3 bytes (100 MB).</source>
        <translation>%1: %2 Die API nimmt Dateien mit weniger als %3 Bytes (100 MB).</translation>
    </message>
    <message>
        <source>r8 run: standard input is larger than %1 bytes; not an input object.</source>
        <translation>r8 run: Die Standardeingabe ist größer als %1 Bytes; das ist kein Eingabeobjekt.</translation>
    </message>
    <message>
        <source>r8 run: %1 is not a JSON object (%2 at offset %3).</source>
        <translation>r8 run: %1 ist kein JSON-Objekt (%2 bei Offset %3).</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>the folder %1 is not writable.</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>r8 run: --save: %1</source>
        <translation>r8 run: --save: %1</translation>
    </message>
    <message>
        <source>r8 run: input %1: %2</source>
        <translation>r8 run: Eingabe %1: %2</translation>
    </message>
    <message>
        <source>Uploading %1 (%2 bytes)…</source>
        <translation>%1 wird hochgeladen (%2 Bytes)…</translation>
    </message>
    <message>
        <source>r8 run: %1: %2</source>
        <translation>r8 run: %1: %2</translation>
    </message>
    <message>
        <source>The API takes files of less than %1 bytes (100 MB).</source>
        <translation>Die API nimmt Dateien mit weniger als %1 Bytes (100 MB).</translation>
    </message>
    <message>
        <source>r8 run: %1 is %2 bytes, too large for an inline data: URI (limit %3 bytes), and this server does not accept uploads (POST /v1/files answered %4). Give an https:// URL instead.</source>
        <translation>r8 run: %1 hat %2 Bytes, zu groß für eine inline data:-URI (Grenze %3 Bytes), und dieser Server nimmt keine Uploads an (POST /v1/files antwortete %4). Geben Sie stattdessen eine https://-URL an.</translation>
    </message>
    <message>
        <source>r8 run: uploading %1 failed: %2</source>
        <translation>r8 run: Hochladen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>r8 run: uploading %1: %2</source>
        <translation>r8 run: Hochladen von %1: %2</translation>
    </message>
    <message>
        <source>Prediction %1 created for %2</source>
        <translation>Vorhersage %1 für %2 erstellt</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>  input %1: %2</source>
        <translation>  Eingabe %1: %2</translation>
    </message>
    <message>
        <source>r8 run: prediction %1 %2</source>
        <translation>r8 run: Vorhersage %1 %2</translation>
    </message>
    <message>
        <source>saved %1 (%2 bytes)</source>
        <translation>%1 gespeichert (%2 Bytes)</translation>
    </message>
    <message>
        <source>r8 run: cannot save %1: %2</source>
        <translation>r8 run: %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Read %1 files (%2 bytes; %3 binary, %4 UTF-16, %5 archives with %6 members); %7 symlink loops avoided; %8 broken symlinks; %9 not (fully) read.</source>
        <translation>%1 Dateien gelesen (%2 Bytes; %3 binär, %4 UTF-16, %5 Archive mit %6 Einträgen); %7 Symlink-Schleifen vermieden; %8 defekte Symlinks; %9 nicht (vollständig) gelesen.</translation>
    </message>
    <message>
        <source>History: %1 commits, %2 git objects.</source>
        <translation>Verlauf: %1 Commits, %2 Git-Objekte.</translation>
    </message>
    <message>
        <source>r8 tokens: %1</source>
        <translation>r8 tokens: %1</translation>
    </message>
    <message>
        <source>Paste the token and press Enter: </source>
        <translation>Fügen Sie das Token ein und drücken Sie die Eingabetaste: </translation>
    </message>
    <message>
        <source>standard input is larger than 64 KB; a token is one short line.</source>
        <translation>die Standardeingabe ist größer als 64 KB; ein Token ist eine kurze Zeile.</translation>
    </message>
    <message>
        <source>standard input has %1 lines; give exactly one token on one line.</source>
        <translation>die Standardeingabe hat %1 Zeilen; geben Sie genau ein Token in einer Zeile an.</translation>
    </message>
</context>
<context>
    <name>r8::cli::AccountCommand</name>
    <message>
        <source>Show the account a token belongs to (and check that it works).</source>
        <translation>Das Konto anzeigen, zu dem ein Token gehört (und prüfen, ob es funktioniert).</translation>
    </message>
    <message>
        <source>Usage: r8 account [--json] [--env NAME | --token NAME] [--base-url URL]</source>
        <translation>Aufruf: r8 account [--json] [--env NAME | --token NAME] [--base-url URL]</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>r8 account takes no arguments.</source>
        <translation>r8 account nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>r8 account: token “%1”: %2</source>
        <translation>r8 account: Token „%1“: %2</translation>
    </message>
    <message>
        <source>token “%1”, environment %2, %3</source>
        <translation>Token „%1“, Umgebung %2, %3</translation>
    </message>
</context>
<context>
    <name>r8::cli::ApiSession</name>
    <message>
        <source>The environment “%1” has no API address yet (the sandbox sets it when it starts; or use `r8 env add %1 --base-url URL`).</source>
        <translation>Die Umgebung „%1“ hat noch keine API-Adresse (die Sandbox setzt sie beim Start; oder verwenden Sie `r8 env add %1 --base-url URL`).</translation>
    </message>
    <message>
        <source>No stored token named “%1” (see `r8 tokens`).</source>
        <translation>Kein gespeichertes Token namens „%1“ (siehe `r8 tokens`).</translation>
    </message>
    <message>
        <source>No default token for the environment “%1”. Choose one with --token NAME, or add one with `r8 tokens add NAME --env %1`.</source>
        <translation>Kein Standard-Token für die Umgebung „%1“. Wählen Sie eines mit --token NAME oder fügen Sie eines mit `r8 tokens add NAME --env %1` hinzu.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>r8::cli::EnvCommand</name>
    <message>
        <source>List environments and their API addresses; add or remove custom ones.</source>
        <translation>Umgebungen und ihre API-Adressen auflisten; eigene hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <source>Usage: r8 env [--json]
       r8 env add NAME --base-url URL
       r8 env rm NAME</source>
        <translation>Aufruf: r8 env [--json]
       r8 env add NAME --base-url URL
       r8 env rm NAME</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>add: the API base URL, e.g. https://api.example.com/v1.</source>
        <translation>add: die API-Basis-URL, z. B. https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>add or rm (none: list)</source>
        <translation>add oder rm (keine Angabe: auflisten)</translation>
    </message>
    <message>
        <source>Usage: r8 env add NAME --base-url URL</source>
        <translation>Aufruf: r8 env add NAME --base-url URL</translation>
    </message>
    <message>
        <source>r8 env add: %1</source>
        <translation>r8 env add: %1</translation>
    </message>
    <message>
        <source>Environment “%1” now talks to %2.</source>
        <translation>Die Umgebung „%1“ spricht jetzt mit %2.</translation>
    </message>
    <message>
        <source>Usage: r8 env rm NAME</source>
        <translation>Aufruf: r8 env rm NAME</translation>
    </message>
    <message>
        <source>r8 env rm: %1</source>
        <translation>r8 env rm: %1</translation>
    </message>
    <message>
        <source>Removed “%1” (tokens labelled with it are kept).</source>
        <translation>„%1“ entfernt (damit bezeichnete Tokens bleiben erhalten).</translation>
    </message>
    <message>
        <source>r8 env: unknown action “%1”. Run `r8 env --help`.</source>
        <translation>r8 env: unbekannte Aktion „%1“. Siehe `r8 env --help`.</translation>
    </message>
    <message>
        <source>(not running)</source>
        <translation>(läuft nicht)</translation>
    </message>
    <message>
        <source>no default token</source>
        <translation>kein Standard-Token</translation>
    </message>
    <message>
        <source>default token: %1</source>
        <translation>Standard-Token: %1</translation>
    </message>
</context>
<context>
    <name>r8::cli::ExecCommand</name>
    <message>
        <source>Run a program with REPLICATE_API_TOKEN set from the keychain (no .env file needed).</source>
        <translation>Ein Programm mit REPLICATE_API_TOKEN aus dem Schlüsselbund ausführen (keine .env-Datei nötig).</translation>
    </message>
    <message>
        <source>Usage: r8 exec [--token NAME | --env NAME] [--base-url URL] -- COMMAND [ARGS...]

Runs COMMAND with REPLICATE_API_TOKEN set from the OS keychain (and REPLICATE_BASE_URL when the
environment does not use the default API). Its exit code and signals pass through. Example:
  r8 exec --env staging -- python generate.py</source>
        <translation>Aufruf: r8 exec [--token NAME | --env NAME] [--base-url URL] -- COMMAND [ARGS...]

Führt COMMAND mit REPLICATE_API_TOKEN aus dem Schlüsselbund des Systems aus (und mit REPLICATE_BASE_URL,
wenn die Umgebung nicht die Standard-API verwendet). Exit-Code und Signale werden durchgereicht. Beispiel:
  r8 exec --env staging -- python generate.py</translation>
    </message>
    <message>
        <source>Usage: r8 exec [--token NAME | --env NAME] -- COMMAND [ARGS...]   (note the “--”)</source>
        <translation>Aufruf: r8 exec [--token NAME | --env NAME] -- COMMAND [ARGS...]   (beachten Sie das „--“)</translation>
    </message>
    <message>
        <source>r8 exec: %1</source>
        <translation>r8 exec: %1</translation>
    </message>
</context>
<context>
    <name>r8::cli::RunCommand</name>
    <message>
        <source>Run a model: inputs as key=value, status and logs to stderr, output to stdout.</source>
        <translation>Ein Modell ausführen: Eingaben als key=value, Status und Protokoll auf stderr, Ausgabe auf stdout.</translation>
    </message>
</context>
<context>
    <name>r8::cli::SandboxCommand</name>
    <message>
        <source>Run the local Replicate look-alike server (offline, demo tokens) until interrupted.</source>
        <translation>Den lokalen Replicate-Nachbau (offline, Demo-Tokens) ausführen, bis er unterbrochen wird.</translation>
    </message>
    <message>
        <source>TCP port (0 = any free port; default 0).</source>
        <translation>TCP-Port (0 = ein beliebiger freier Port; Standard 0).</translation>
    </message>
    <message>
        <source>Seed of the demo data: same seed, same tokens and outputs (default 1).</source>
        <translation>Startwert der Demo-Daten: gleicher Startwert, gleiche Tokens und Ausgaben (Standard 1).</translation>
    </message>
    <message>
        <source>Run model timings X times faster (default 1).</source>
        <translation>Modelllaufzeiten X-mal schneller ablaufen lassen (Standard 1).</translation>
    </message>
    <message>
        <source>Inject faults, e.g. &quot;latency=100,error.create=0.2:503,truncate=0.1,drop=0.1,stall=0.1&quot;.</source>
        <translation>Fehler einspeisen, z. B. &quot;latency=100,error.create=0.2:503,truncate=0.1,drop=0.1,stall=0.1&quot;.</translation>
    </message>
    <message>
        <source>JSON file with accounts, tokens, models and limits.</source>
        <translation>JSON-Datei mit Konten, Tokens, Modellen und Grenzen.</translation>
    </message>
    <message>
        <source>Address to bind (default 127.0.0.1; anything else exposes the sandbox to the network).</source>
        <translation>Adresse, an die gebunden wird (Standard 127.0.0.1; alles andere macht die Sandbox im Netzwerk erreichbar).</translation>
    </message>
    <message>
        <source>Print one JSON object {base_url, tokens} on the first line.</source>
        <translation>Ein JSON-Objekt {base_url, tokens} in der ersten Zeile ausgeben.</translation>
    </message>
    <message>
        <source>r8 sandbox: unexpected argument “%1”.</source>
        <translation>r8 sandbox: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>r8 sandbox: cannot read the config file “%1”: %2</source>
        <translation>r8 sandbox: Die Konfigurationsdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>r8 sandbox: --seed must be a non-negative integer, not “%1”.</source>
        <translation>r8 sandbox: --seed muss eine nicht negative ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>r8 sandbox: --speed must be a number greater than 0 (at most 10000), not “%1”.</source>
        <translation>r8 sandbox: --speed muss eine Zahl größer als 0 sein (höchstens 10000), nicht „%1“.</translation>
    </message>
    <message>
        <source>r8 sandbox: --port must be a number from 0 to 65535, not “%1”.</source>
        <translation>r8 sandbox: --port muss eine Zahl von 0 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>r8 sandbox: --listen needs an IP address such as 127.0.0.1 or ::1, not “%1”.</source>
        <translation>r8 sandbox: --listen braucht eine IP-Adresse wie 127.0.0.1 oder ::1, nicht „%1“.</translation>
    </message>
    <message>
        <source>r8 sandbox: a local Replicate look-alike at %1</source>
        <translation>r8 sandbox: ein lokaler Replicate-Nachbau unter %1</translation>
    </message>
    <message>
        <source>Demo tokens (they only work here, never on replicate.com):</source>
        <translation>Demo-Tokens (sie funktionieren nur hier, nie auf replicate.com):</translation>
    </message>
    <message>
        <source>disabled (%1)</source>
        <translation>deaktiviert (%1)</translation>
    </message>
    <message>
        <source>Try: curl -H &quot;Authorization: Bearer %1&quot; %2/account</source>
        <translation>Probieren Sie: curl -H &quot;Authorization: Bearer %1&quot; %2/account</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Strg+C drücken.</translation>
    </message>
    <message>
        <source>warning: the sandbox listens on %1, reachable from other machines.</source>
        <translation>Warnung: Die Sandbox lauscht auf %1 und ist von anderen Rechnern erreichbar.</translation>
    </message>
    <message>
        <source>r8 sandbox: stopped.</source>
        <translation>r8 sandbox: beendet.</translation>
    </message>
    <message>
        <source>r8 sandbox: cannot use the config file “%1”: %2</source>
        <translation>r8 sandbox: Die Konfigurationsdatei „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>larger than 4 MB</source>
        <translation>größer als 4 MB</translation>
    </message>
</context>
<context>
    <name>r8::cli::ScanCommand</name>
    <message>
        <source>Look for exposed Replicate tokens in folders, git history and shell history.</source>
        <translation>Nach offengelegten Replicate-Tokens in Ordnern, im Git-Verlauf und im Shell-Verlauf suchen.</translation>
    </message>
    <message>
        <source>Scan shell history (bash, zsh, fish).</source>
        <translation>Den Shell-Verlauf durchsuchen (bash, zsh, fish).</translation>
    </message>
    <message>
        <source>Check this machine: shell history, ~/.config/replicate/hosts, ~/.netrc, shell start-up files, ~/.env*.</source>
        <translation>Diesen Rechner prüfen: Shell-Verlauf, ~/.config/replicate/hosts, ~/.netrc, Shell-Startdateien, ~/.env*.</translation>
    </message>
    <message>
        <source>Print the report as JSON (masked tokens only).</source>
        <translation>Den Bericht als JSON ausgeben (nur maskierte Tokens).</translation>
    </message>
    <message>
        <source>Print the report as Markdown (masked tokens only).</source>
        <translation>Den Bericht als Markdown ausgeben (nur maskierte Tokens).</translation>
    </message>
    <message>
        <source>Ask the API (GET /v1/account) whether tokens not in the keychain are live.</source>
        <translation>Die API fragen (GET /v1/account), ob Tokens, die nicht im Schlüsselbund sind, aktiv sind.</translation>
    </message>
    <message>
        <source>--verify: the API base URL (default: REPLICATE_BASE_URL or Replicate&apos;s).</source>
        <translation>--verify: die API-Basis-URL (Standard: REPLICATE_BASE_URL oder die von Replicate).</translation>
    </message>
    <message>
        <source>Do not compare findings with the keychain&apos;s tokens.</source>
        <translation>Funde nicht mit den Tokens im Schlüsselbund vergleichen.</translation>
    </message>
    <message>
        <source>Files or folders to scan.</source>
        <translation>Zu durchsuchende Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>r8 scan: --max-size takes a positive number of MiB, e.g. --max-size 100.</source>
        <translation>r8 scan: --max-size erwartet eine positive Anzahl MiB, z. B. --max-size 100.</translation>
    </message>
    <message>
        <source>r8 scan: choose one of --json and --markdown.</source>
        <translation>r8 scan: Wählen Sie eines von --json und --markdown.</translation>
    </message>
    <message>
        <source>Usage: r8 scan [PATH...] [--git] [--history] [--machine] [--json|--markdown] [--verify]
Finds r8_ tokens (and REPLICATE_API_TOKEN assignments of older tokens) in files, folders
(recursively, git-ignored files included; binary files, UTF-16 text and archives too), every
object of a repository&apos;s history, and shell history. No PATH and no --history/--machine: the
current folder. Exit 0: nothing found and everything read; 1: found; 2: error, or something
could not be read (an incomplete scan is never reported clean).</source>
        <translation>Aufruf: r8 scan [PFAD...] [--git] [--history] [--machine] [--json|--markdown] [--verify]
Findet r8_-Tokens (und REPLICATE_API_TOKEN-Zuweisungen älterer Tokens) in Dateien, Ordnern
(rekursiv, auch von Git ignorierte Dateien; auch Binärdateien, UTF-16-Text und Archive), jedem
Objekt des Verlaufs eines Repositorys und im Shell-Verlauf. Ohne PFAD und ohne --history/--machine:
der aktuelle Ordner. Exit 0: nichts gefunden und alles gelesen; 1: gefunden; 2: Fehler, oder etwas
konnte nicht gelesen werden (eine unvollständige Suche gilt nie als sauber).</translation>
    </message>
    <message>
        <source>Also scan the history of the repositories the paths are in: every object (all refs, stash, reflog, unreachable commits, commit and tag messages).</source>
        <translation>Auch den Verlauf der Repositorys durchsuchen, in denen die Pfade liegen: jedes Objekt (alle Refs, Stash, Reflog, unerreichbare Commits, Commit- und Tag-Nachrichten).</translation>
    </message>
    <message>
        <source>Do not read files larger than this many MiB (default: no limit; a file not read makes the scan incomplete, exit 2).</source>
        <translation>Keine Dateien lesen, die größer als so viele MiB sind (Standard: keine Grenze; eine nicht gelesene Datei macht die Suche unvollständig, Exit 2).</translation>
    </message>
</context>
<context>
    <name>r8::cli::TokensCommand</name>
    <message>
        <source>List, add, import or remove the tokens kept in the OS keychain.</source>
        <translation>Die Tokens im Schlüsselbund des Systems auflisten, hinzufügen, importieren oder entfernen.</translation>
    </message>
    <message>
        <source>Usage: r8 tokens [--json]
       r8 tokens add NAME [--env ENV]   (the token is read from standard input)
       r8 tokens import FILE... [--rewrite] [--env ENV]
       r8 tokens rm NAME
       r8 tokens verify [NAME | --all]   (checks with the API)
       r8 tokens remote [--disable ID]   (the account&apos;s tokens, over HTTP)</source>
        <translation>Aufruf: r8 tokens [--json]
       r8 tokens add NAME [--env ENV]   (das Token wird von der Standardeingabe gelesen)
       r8 tokens import FILE... [--rewrite] [--env ENV]
       r8 tokens rm NAME
       r8 tokens verify [NAME | --all]   (prüft bei der API)
       r8 tokens remote [--disable ID]   (die Tokens des Kontos, über HTTP)</translation>
    </message>
    <message>
        <source>Print JSON (metadata only; never a secret).</source>
        <translation>JSON ausgeben (nur Metadaten; nie ein Geheimnis).</translation>
    </message>
    <message>
        <source>Environment label (development, staging, production, or your own).</source>
        <translation>Umgebungsbezeichnung (development, staging, production oder eine eigene).</translation>
    </message>
    <message>
        <source>import: replace each imported line with a comment saying where the token went.</source>
        <translation>import: Jede importierte Zeile durch einen Kommentar ersetzen, der sagt, wohin das Token gegangen ist.</translation>
    </message>
    <message>
        <source>add, import or rm (none: list)</source>
        <translation>add, import oder rm (keine Angabe: auflisten)</translation>
    </message>
    <message>
        <source>Usage: r8 tokens add NAME [--env ENV] &lt; token-file   (never pass a token as an argument)</source>
        <translation>Aufruf: r8 tokens add NAME [--env ENV] &lt; token-datei   (übergeben Sie ein Token nie als Argument)</translation>
    </message>
    <message>
        <source>Usage: r8 tokens rm NAME</source>
        <translation>Aufruf: r8 tokens rm NAME</translation>
    </message>
    <message>
        <source>Usage: r8 tokens import FILE... [--rewrite] [--env ENV]</source>
        <translation>Aufruf: r8 tokens import FILE... [--rewrite] [--env ENV]</translation>
    </message>
    <message>
        <source>r8 tokens: unknown action “%1”. Run `r8 tokens --help`.</source>
        <translation>r8 tokens: unbekannte Aktion „%1“. Siehe `r8 tokens --help`.</translation>
    </message>
</context>
<context>
    <name>r8::composer</name>
    <message>
        <source># Cancel-After and extra headers are not sent by this client; see the requests version.</source>
        <translation># Cancel-After und zusätzliche Header sendet dieser Client nicht; siehe die requests-Version.</translation>
    </message>
    <message>
        <source>// Cancel-After and extra headers are not sent by this client; see the fetch version.</source>
        <translation>// Cancel-After und zusätzliche Header sendet dieser Client nicht; siehe die fetch-Version.</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>HTTPie</source>
        <translation>HTTPie</translation>
    </message>
    <message>
        <source>Python (replicate)</source>
        <translation>Python (replicate)</translation>
    </message>
    <message>
        <source>Python (requests)</source>
        <translation>Python (requests)</translation>
    </message>
    <message>
        <source>Node.js (replicate)</source>
        <translation>Node.js (replicate)</translation>
    </message>
    <message>
        <source>Node.js (fetch)</source>
        <translation>Node.js (fetch)</translation>
    </message>
    <message>
        <source>.http file</source>
        <translation>.http-Datei</translation>
    </message>
    <message>
        <source>r8 exec + curl</source>
        <translation>r8 exec + curl</translation>
    </message>
    <message>
        <source>Wait time must be from 1 to 60 seconds (or 0 for the default of 60), not %1.</source>
        <translation>Die Wartezeit muss 1 bis 60 Sekunden betragen (oder 0 für den Standardwert 60), nicht %1.</translation>
    </message>
    <message>
        <source>Cancel-After “%1” is not a duration from 5 seconds to 24 hours (e.g. 300, 90s, 1h30m).</source>
        <translation>Cancel-After „%1“ ist keine Dauer von 5 Sekunden bis 24 Stunden (z. B. 300, 90s, 1h30m).</translation>
    </message>
    <message>
        <source>Remove the Authorization header: r8desk adds the chosen token itself, and only for the API.</source>
        <translation>Entfernen Sie den Authorization-Header: r8desk fügt das gewählte Token selbst hinzu, und nur für die API.</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation>„%1“ ist kein gültiger Header-Name.</translation>
    </message>
    <message>
        <source>The value of header “%1” must be one line.</source>
        <translation>Der Wert des Headers „%1“ muss aus einer Zeile bestehen.</translation>
    </message>
    <message>
        <source>The webhook must be an https:// URL.</source>
        <translation>Der Webhook muss eine https://-URL sein.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a request line (METHOD URL).</source>
        <translation>Zeile %1: „%2“ ist keine Anfragezeile (METHODE URL).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a header (Name: value).</source>
        <translation>Zeile %1: „%2“ ist kein Header (Name: Wert).</translation>
    </message>
    <message>
        <source>Line %1: only prediction requests (POST …/predictions) can be opened in the composer.</source>
        <translation>Zeile %1: Nur Vorhersage-Anfragen (POST …/predictions) können im Composer geöffnet werden.</translation>
    </message>
    <message>
        <source>Line %1: the body is not a JSON object (%2).</source>
        <translation>Zeile %1: Der Rumpf ist kein JSON-Objekt (%2).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a prediction endpoint.</source>
        <translation>Zeile %1: „%2“ ist kein Vorhersage-Endpunkt.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Not a data: URI.</source>
        <translation>Keine data:-URI.</translation>
    </message>
    <message>
        <source>The data: URI has no “,” before its data.</source>
        <translation>Die data:-URI hat kein „,“ vor ihren Daten.</translation>
    </message>
    <message>
        <source>The data: URI’s base64 data is damaged.</source>
        <translation>Die base64-Daten der data:-URI sind beschädigt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a prediction: %1</source>
        <translation>Die Antwort des Servers ist keine Vorhersage: %1</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>The token was rejected (HTTP 401): it is wrong, disabled or expired. Verify it, or rotate it. Server said: %1</source>
        <translation>Das Token wurde abgelehnt (HTTP 401): Es ist falsch, deaktiviert oder abgelaufen. Prüfen oder rotieren Sie es. Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>The token may not do this (HTTP 403). Server said: %1</source>
        <translation>Das Token darf das nicht (HTTP 403). Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): check the model, version or deployment name — or this model is not an official one, so give OWNER/NAME:VERSION. Server said: %1</source>
        <translation>Nicht gefunden (HTTP 404): Prüfen Sie den Namen von Modell, Version oder Deployment – oder dieses Modell ist kein offizielles, dann geben Sie OWNER/NAME:VERSION an. Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP 422): %1</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP 422): %1</translation>
    </message>
    <message>
        <source>The server refused the input (HTTP 422): %1</source>
        <translation>Der Server hat die Eingabe abgelehnt (HTTP 422): %1</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429): try again in %1 s (at %2).</source>
        <translation>Zu viele Anfragen (HTTP 429): Versuchen Sie es in %1 s erneut (um %2).</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429): wait a moment and try again. Server said: %1</source>
        <translation>Zu viele Anfragen (HTTP 429): Warten Sie einen Moment und versuchen Sie es erneut. Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1 must be of type %2, not %3.</source>
        <translation>%1 muss vom Typ %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>%1 must be greater than or equal to %2.</source>
        <translation>%1 muss größer oder gleich %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be less than or equal to %2.</source>
        <translation>%1 muss kleiner oder gleich %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be a URL (https://…) or a data: URI.</source>
        <translation>%1 muss eine URL (https://…) oder eine data:-URI sein.</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long.</source>
        <translation>%1 darf höchstens %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not “%2”.</source>
        <translation>%1 braucht eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 needs a number, not “%2”.</source>
        <translation>%1 braucht eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 needs true or false, not “%2”.</source>
        <translation>%1 braucht true oder false, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 needs JSON (%2), which “%3” is not.</source>
        <translation>%1 braucht JSON (%2), und „%3“ ist keins.</translation>
    </message>
    <message>
        <source>“%1” is not a deployment: expected deployments/OWNER/NAME.</source>
        <translation>„%1“ ist kein Deployment: erwartet wird deployments/OWNER/NAME.</translation>
    </message>
    <message>
        <source>“%1” is not a model: expected OWNER/NAME, OWNER/NAME:VERSION or a 64-character version id.</source>
        <translation>„%1“ ist kein Modell: erwartet wird OWNER/NAME, OWNER/NAME:VERSION oder eine 64-stellige Versions-ID.</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not a valid owner or name (letters, digits, “-”, “_” and “.” only).</source>
        <translation>„%1“ in „%2“ ist kein gültiger Besitzer oder Name (nur Buchstaben, Ziffern, „-“, „_“ und „.“).</translation>
    </message>
    <message>
        <source>Enter a model (OWNER/NAME), a version (OWNER/NAME:VERSION) or a deployment (deployments/OWNER/NAME).</source>
        <translation>Geben Sie ein Modell (OWNER/NAME), eine Version (OWNER/NAME:VERSION) oder ein Deployment (deployments/OWNER/NAME) ein.</translation>
    </message>
    <message>
        <source>“%1” is not a replicate.com model page.</source>
        <translation>„%1“ ist keine Modellseite auf replicate.com.</translation>
    </message>
    <message>
        <source>“%1” is not a version id: it must be 64 lowercase hexadecimal characters.</source>
        <translation>„%1“ ist keine Versions-ID: Sie muss aus 64 hexadezimalen Kleinbuchstaben bestehen.</translation>
    </message>
    <message>
        <source>No version %1 of %2 on this server (HTTP 404).</source>
        <translation>Keine Version %1 von %2 auf diesem Server (HTTP 404).</translation>
    </message>
    <message>
        <source>No model %1 on this server (HTTP 404): check the owner and the name.</source>
        <translation>Kein Modell %1 auf diesem Server (HTTP 404): Prüfen Sie Besitzer und Namen.</translation>
    </message>
    <message>
        <source>%1 has no version to run yet.</source>
        <translation>%1 hat noch keine ausführbare Version.</translation>
    </message>
    <message>
        <source>The answer about %1 is not a model: %2</source>
        <translation>Die Antwort zu %1 ist kein Modell: %2</translation>
    </message>
    <message>
        <source>Image: a cat wearing a hat (FLUX.1 schnell)</source>
        <translation>Bild: eine Katze mit Hut (FLUX.1 schnell)</translation>
    </message>
    <message>
        <source>The request from Replicate&apos;s documentation: black-forest-labs/flux-schnell, waiting for the result.</source>
        <translation>Die Anfrage aus der Dokumentation von Replicate: black-forest-labs/flux-schnell, wartet auf das Ergebnis.</translation>
    </message>
    <message>
        <source>Hello world (replicate/hello-world)</source>
        <translation>Hallo Welt (replicate/hello-world)</translation>
    </message>
    <message>
        <source>The smallest model there is: it says hello. Runs by its latest version.</source>
        <translation>Das kleinste Modell, das es gibt: Es sagt Hallo. Läuft mit seiner neuesten Version.</translation>
    </message>
    <message>
        <source>Streaming text (Meta Llama 3 8B Instruct)</source>
        <translation>Gestreamter Text (Meta Llama 3 8B Instruct)</translation>
    </message>
    <message>
        <source>A language model whose answer streams in as it is written (Server-Sent Events).</source>
        <translation>Ein Sprachmodell, dessen Antwort hereinströmt, während sie geschrieben wird (Server-Sent Events).</translation>
    </message>
    <message>
        <source>A model that fails on purpose (sandbox)</source>
        <translation>Ein Modell, das absichtlich fehlschlägt (Sandbox)</translation>
    </message>
    <message>
        <source>sandbox/always-fails logs a few progress steps, then fails: try the error display.</source>
        <translation>sandbox/always-fails protokolliert ein paar Fortschrittsschritte und schlägt dann fehl: Probieren Sie die Fehleranzeige aus.</translation>
    </message>
    <message>
        <source>(unnamed input)</source>
        <translation>(unbenannte Eingabe)</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Rumpf ist leer</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>expected a key (a string in double quotes) but found %1</source>
        <translation>Schlüssel erwartet (eine Zeichenkette in doppelten Anführungszeichen), aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected “:” after a key but found %1</source>
        <translation>„:“ nach einem Schlüssel erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>more data after the end of the JSON value</source>
        <translation>weitere Daten nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>expected “,” or “%1” but found %2</source>
        <translation>„,“ oder „%1“ erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 is on another origin than the API, so the token was not sent there, and it answered HTTP %2. Server said: %3</source>
        <translation>%1 liegt auf einem anderen Ursprung als die API, daher wurde das Token dorthin nicht gesendet, und die Antwort war HTTP %2. Der Server sagte: %3</translation>
    </message>
</context>
<context>
    <name>r8::composer::BodyJob</name>
    <message>
        <source>No body.</source>
        <translation>Kein Rumpf.</translation>
    </message>
    <message>
        <source>A binary body (%1, %2): not shown as text. Use “Save body…” to keep it.</source>
        <translation>Ein binärer Rumpf (%1, %2): nicht als Text angezeigt. Mit „Rumpf speichern…“ können Sie ihn aufbewahren.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>This body is not valid JSON: %1. It is shown as received.</source>
        <translation>Dieser Rumpf ist kein gültiges JSON: %1. Er wird so angezeigt, wie er empfangen wurde.</translation>
    </message>
    <message>
        <source>An event stream (text/event-stream): shown as received.</source>
        <translation>Ein Ereignisstrom (text/event-stream): so angezeigt, wie er empfangen wurde.</translation>
    </message>
    <message>
        <source>Not JSON (%1): shown as received.</source>
        <translation>Kein JSON (%1): so angezeigt, wie er empfangen wurde.</translation>
    </message>
</context>
<context>
    <name>r8::composer::ComposerRun</name>
    <message>
        <source>The token “%1” could not be read from the %2: %3</source>
        <translation>Das Token „%1“ konnte nicht aus dem Speicher „%2“ gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>r8::composer::FileInput</name>
    <message>
        <source>The upload answer has no urls.get.</source>
        <translation>Die Upload-Antwort enthält kein urls.get.</translation>
    </message>
</context>
<context>
    <name>r8::composer::FileUploader</name>
    <message>
        <source>Cannot upload %1: there is no such file.</source>
        <translation>%1 kann nicht hochgeladen werden: Die Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot upload %1: it is %2, and the API takes files of less than 100 MB.</source>
        <translation>%1 kann nicht hochgeladen werden: Die Datei ist %2 groß, und die API nimmt Dateien unter 100 MB an.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Uploading %1 failed: %2</source>
        <translation>Hochladen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation>%1 kann nicht hochgeladen werden: %2</translation>
    </message>
</context>
<context>
    <name>r8::composer::HistoryModel</name>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>r8::composer::HistoryStore</name>
    <message>
        <source>the SQLite driver (QSQLITE) is not installed</source>
        <translation>der SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>The history file %1 is locked by another program (%2). History is kept in memory for this session only.</source>
        <translation>Die Verlaufsdatei %1 ist von einem anderen Programm gesperrt (%2). Der Verlauf wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be used (%2). History is kept in memory for this session only; move or delete the file to start a new one.</source>
        <translation>Die Verlaufsdatei %1 kann nicht verwendet werden (%2). Der Verlauf wird nur für diese Sitzung im Arbeitsspeicher gehalten; verschieben oder löschen Sie die Datei, um einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <translation>Der Verlauf ist aus: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>truncated by r8desk: the body had %1 bytes; %2 kept</source>
        <translation>von r8desk gekürzt: Der Rumpf hatte %1 Bytes; %2 wurden behalten</translation>
    </message>
    <message>
        <source>Saving to history</source>
        <translation>Speichern im Verlauf</translation>
    </message>
    <message>
        <source>Updating history</source>
        <translation>Aktualisieren des Verlaufs</translation>
    </message>
    <message>
        <source>The request body was over 1 MB and history kept only part of it, so it cannot be reopened.</source>
        <translation>Der Rumpf der Anfrage war größer als 1 MB und der Verlauf hat nur einen Teil davon behalten, daher kann sie nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>The stored request body is not JSON: %1</source>
        <translation>Der gespeicherte Rumpf der Anfrage ist kein JSON: %1</translation>
    </message>
</context>
<context>
    <name>r8::composer::OutputFetcher</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; save it to disk instead.</source>
        <translation>Die Datei ist größer als %1 MB; speichern Sie sie stattdessen auf der Festplatte.</translation>
    </message>
</context>
<context>
    <name>r8::composer::Parser</name>
    <message>
        <source>the data ends too early</source>
        <translation>die Daten enden zu früh</translation>
    </message>
    <message>
        <source>unexpected “%1”</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>unexpected byte 0x%1</source>
        <translation>unerwartetes Byte 0x%1</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a \u escape needs four hex digits</source>
        <translation>ein \u-Escape braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>“\%1” is not a JSON escape</source>
        <translation>„\%1“ ist kein JSON-Escape</translation>
    </message>
    <message>
        <source>a control character inside a string (escape it)</source>
        <translation>ein Steuerzeichen in einer Zeichenkette (maskieren Sie es)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>a number needs digits after its “.”</source>
        <translation>eine Zahl braucht Ziffern nach ihrem „.“</translation>
    </message>
    <message>
        <source>a number’s exponent needs digits</source>
        <translation>der Exponent einer Zahl braucht Ziffern</translation>
    </message>
</context>
<context>
    <name>r8::composer::PredictionRunner</name>
    <message>
        <source>the stream ended without a “done” event</source>
        <translation>der Stream endete ohne „done“-Ereignis</translation>
    </message>
    <message>
        <source>Streaming stopped (%1); following the prediction by polling instead.</source>
        <translation>Das Streaming wurde beendet (%1); die Vorhersage wird stattdessen durch Abfragen verfolgt.</translation>
    </message>
</context>
<context>
    <name>r8::composer::PresetStore</name>
    <message>
        <source>Cannot read the presets file %1: %2</source>
        <translation>Die Vorlagendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The presets file %1 is not valid JSON (%2 at offset %3).</source>
        <translation>Die Vorlagendatei %1 ist kein gültiges JSON (%2 bei Offset %3).</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Cannot save the presets to %1: %2</source>
        <translation>Die Vorlagen können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Some presets were skipped (they are kept in the file as they are): %1</source>
        <translation>Einige Vorlagen wurden übersprungen (sie bleiben unverändert in der Datei): %1</translation>
    </message>
    <message>
        <source>The presets file %1 could not be read, so it is not overwritten; repair or move it away to save presets.</source>
        <translation>Die Vorlagendatei %1 konnte nicht gelesen werden und wird daher nicht überschrieben; reparieren oder verschieben Sie sie, um Vorlagen zu speichern.</translation>
    </message>
</context>
<context>
    <name>r8::composer::TargetLookup</name>
    <message>
        <source>Choose a token to look %1 up.</source>
        <translation>Wählen Sie ein Token, um %1 nachzuschlagen.</translation>
    </message>
    <message>
        <source>The token could not be read from the keychain: %1</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>r8::env</name>
    <message>
        <source>development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>r8::sandbox::FaultSpec</name>
    <message>
        <source>--faults: “%1” is not of the form NAME=VALUE</source>
        <translation>--faults: „%1“ hat nicht die Form NAME=WERT</translation>
    </message>
    <message>
        <source>--faults: latency must be a number of milliseconds (0…600000), not “%1”</source>
        <translation>--faults: latency muss eine Anzahl Millisekunden sein (0…600000), nicht „%1“</translation>
    </message>
    <message>
        <source>--faults: %1 needs RATE[:STATUS] with RATE between 0 and 1, not “%2”</source>
        <translation>--faults: %1 braucht RATE[:STATUS] mit RATE zwischen 0 und 1, nicht „%2“</translation>
    </message>
    <message>
        <source>--faults: %1 status must be 500, 502, 503 or 504, not “%2”</source>
        <translation>--faults: Der Status von %1 muss 500, 502, 503 oder 504 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--faults: unknown area “%1” (use one of: %2)</source>
        <translation>--faults: unbekannter Bereich „%1“ (verwenden Sie einen von: %2)</translation>
    </message>
    <message>
        <source>--faults: %1 must be a fraction between 0 and 1, not “%2”</source>
        <translation>--faults: %1 muss ein Bruchteil zwischen 0 und 1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--faults: unknown fault “%1” (known: latency, error, error.AREA, malformed, truncate, drop, stall)</source>
        <translation>--faults: unbekannter Fehler „%1“ (bekannt: latency, error, error.AREA, malformed, truncate, drop, stall)</translation>
    </message>
</context>
<context>
    <name>r8::sandbox::ModelCatalog</name>
    <message>
        <source>sandbox config: model %1/%2 has unknown kind “%3” (image, text, language or fails)</source>
        <translation>Sandbox-Konfiguration: Das Modell %1/%2 hat die unbekannte Art „%3“ (image, text, language oder fails)</translation>
    </message>
</context>
<context>
    <name>r8::sandbox::SandboxConfig</name>
    <message>
        <source>sandbox config: invalid JSON at offset %1: %2</source>
        <translation>Sandbox-Konfiguration: ungültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>sandbox config: the top level must be a JSON object</source>
        <translation>Sandbox-Konfiguration: Die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>sandbox config: accounts[%1].username is missing</source>
        <translation>Sandbox-Konfiguration: accounts[%1].username fehlt</translation>
    </message>
    <message>
        <source>sandbox config: accounts[%1].type must be &quot;user&quot; or &quot;organization&quot;</source>
        <translation>Sandbox-Konfiguration: accounts[%1].type muss &quot;user&quot; oder &quot;organization&quot; sein</translation>
    </message>
    <message>
        <source>sandbox config: tokens[%1].token is too short</source>
        <translation>Sandbox-Konfiguration: tokens[%1].token ist zu kurz</translation>
    </message>
    <message>
        <source>sandbox config: tokens[%1].account names no account in &quot;accounts&quot;</source>
        <translation>Sandbox-Konfiguration: tokens[%1].account nennt kein Konto in &quot;accounts&quot;</translation>
    </message>
    <message>
        <source>sandbox config: models[%1] needs &quot;owner&quot; and &quot;name&quot;</source>
        <translation>Sandbox-Konfiguration: models[%1] braucht &quot;owner&quot; und &quot;name&quot;</translation>
    </message>
    <message>
        <source>sandbox config: rate_limits values must be at least 1</source>
        <translation>Sandbox-Konfiguration: Die Werte von rate_limits müssen mindestens 1 sein</translation>
    </message>
    <message>
        <source>sandbox config: connections.max must be at least 1</source>
        <translation>Sandbox-Konfiguration: connections.max muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>sandbox config: connections timeouts must be numbers of seconds above 0 (at most 86400)</source>
        <translation>Sandbox-Konfiguration: Die Zeitlimits in connections müssen Sekundenzahlen über 0 sein (höchstens 86400)</translation>
    </message>
    <message>
        <source>sandbox config: page_size must be between 1 and 1000</source>
        <translation>Sandbox-Konfiguration: page_size muss zwischen 1 und 1000 liegen</translation>
    </message>
    <message>
        <source>sandbox config: speed must be a positive number</source>
        <translation>Sandbox-Konfiguration: speed muss eine positive Zahl sein</translation>
    </message>
</context>
<context>
    <name>r8::sandbox::SandboxServer</name>
    <message>
        <source>Could not listen on %1 port %2.</source>
        <translation>Auf %1 Port %2 konnte nicht gelauscht werden.</translation>
    </message>
</context>
<context>
    <name>r8::scan</name>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>no such file (it may have been removed during the scan)</source>
        <translation>Datei nicht gefunden (sie wurde vielleicht während der Suche entfernt)</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>not a regular file (FIFO, socket or device); not opened</source>
        <translation>keine reguläre Datei (FIFO, Socket oder Gerät); nicht geöffnet</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Git history</source>
        <translation>Git-Verlauf</translation>
    </message>
    <message>
        <source>Shell history</source>
        <translation>Shell-Verlauf</translation>
    </message>
    <message>
        <source>Known token place</source>
        <translation>Bekannter Token-Ort</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>live — anyone with it can use the account</source>
        <translation>aktiv – jeder, der es hat, kann das Konto verwenden</translation>
    </message>
    <message>
        <source>rejected by the API (disabled or never valid)</source>
        <translation>von der API abgelehnt (deaktiviert oder nie gültig)</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>git could not be started: %1</source>
        <translation>git konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>git did not finish in time</source>
        <translation>git wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>git failed: %1</source>
        <translation>git fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This token is in the repository&apos;s history. Removing it with a history rewrite (git filter-repo, BFG) is not enough once the commit has been pushed: clones, forks, caches and scanners may already have it. Rotate the token — create a new one, switch to it, and disable this one — then clean the history if you still want to.</source>
        <translation>Dieses Token steht im Verlauf des Repositorys. Es mit einer Verlaufsumschreibung (git filter-repo, BFG) zu entfernen, reicht nicht, sobald der Commit gepusht wurde: Klone, Forks, Caches und Scanner haben es vielleicht schon. Rotieren Sie das Token – erstellen Sie ein neues, wechseln Sie darauf und deaktivieren Sie dieses – und bereinigen Sie danach den Verlauf, wenn Sie möchten.</translation>
    </message>
    <message>
        <source>The token will be stored in the keychain and line %1 of %2 replaced by a comment naming it (every other byte of the file is kept).</source>
        <translation>Das Token wird im Schlüsselbund gespeichert und Zeile %1 von %2 durch einen Kommentar ersetzt, der es nennt (alle anderen Bytes der Datei bleiben erhalten).</translation>
    </message>
    <message>
        <source>The token will be stored in the keychain. Shell history is not rewritten: delete the line by hand (for bash: `history -d N`, then `history -w`) or clear the history file.</source>
        <translation>Das Token wird im Schlüsselbund gespeichert. Der Shell-Verlauf wird nicht umgeschrieben: Löschen Sie die Zeile von Hand (für bash: `history -d N`, dann `history -w`) oder leeren Sie die Verlaufsdatei.</translation>
    </message>
    <message>
        <source>The token will be stored in the keychain. It is not in a REPLICATE_API_TOKEN= line, so %1 must be edited by hand at this place: %2.</source>
        <translation>Das Token wird im Schlüsselbund gespeichert. Es steht nicht in einer REPLICATE_API_TOKEN=-Zeile, daher muss %1 an dieser Stelle von Hand bearbeitet werden: %2.</translation>
    </message>
    <message>
        <source>Found by the leak check in %1</source>
        <translation>Von der Lecksuche gefunden in %1</translation>
    </message>
    <message>
        <source>r8desk leak check</source>
        <translation>r8desk-Lecksuche</translation>
    </message>
    <message>
        <source>Finished %1.</source>
        <translation>Beendet %1.</translation>
    </message>
    <message>
        <source>Canceled: the scan did not finish.</source>
        <translation>Abgebrochen: Die Suche wurde nicht beendet.</translation>
    </message>
    <message>
        <source>No exposed token found.</source>
        <translation>Kein offengelegtes Token gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n exposed token(s) found.</source>
        <translation>
            <numerusform>%n offengelegtes Token gefunden.</numerusform>
            <numerusform>%n offengelegte Tokens gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>older token shape</source>
        <translation>ältere Token-Form</translation>
    </message>
    <message>
        <source>git-ignored</source>
        <translation>von Git ignoriert</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Durchsucht</translation>
    </message>
    <message>
        <source>Files: %1 (%2 bytes)</source>
        <translation>Dateien: %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Symbolic link loops avoided: %1</source>
        <translation>Vermiedene Schleifen symbolischer Links: %1</translation>
    </message>
    <message>
        <source>Git history: %1 commits in %2</source>
        <translation>Git-Verlauf: %1 Commits in %2</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Nicht durchsucht</translation>
    </message>
    <message>
        <source>unknown archive error</source>
        <translation>unbekannter Archivfehler</translation>
    </message>
    <message>
        <source>read error after %1 bytes: %2</source>
        <translation>Lesefehler nach %1 Bytes: %2</translation>
    </message>
    <message>
        <source>larger than the --max-size limit (%1 bytes): not read</source>
        <translation>größer als die --max-size-Grenze (%1 Bytes): nicht gelesen</translation>
    </message>
    <message>
        <source>a push carries it (reachable from a branch or tag)</source>
        <translation>ein Push überträgt es (erreichbar von einem Branch oder Tag)</translation>
    </message>
    <message>
        <source>already on a remote (remote-tracking branch)</source>
        <translation>schon auf einem Remote (Remote-Tracking-Branch)</translation>
    </message>
    <message>
        <source>local only (stash, notes or another local ref): a plain push does not carry it</source>
        <translation>nur lokal (Stash, Notes oder eine andere lokale Ref): ein einfacher Push überträgt es nicht</translation>
    </message>
    <message>
        <source>only in the reflog: not pushed</source>
        <translation>nur im Reflog: nicht gepusht</translation>
    </message>
    <message>
        <source>unreachable: not pushed; removed by git gc</source>
        <translation>unerreichbar: nicht gepusht; git gc entfernt es</translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation>git %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>git cat-file gave output that could not be read</source>
        <translation>git cat-file lieferte eine Ausgabe, die nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation> (gelöscht)</translation>
    </message>
    <message>
        <source>No exposed token found in what was read, but the scan is INCOMPLETE: this is not a clean result.</source>
        <translation>In dem, was gelesen wurde, wurde kein offengelegtes Token gefunden, aber die Suche ist UNVOLLSTÄNDIG: Das ist kein sauberes Ergebnis.</translation>
    </message>
    <message numerus="yes">
        <source>%n exposed token(s) found, and the scan is INCOMPLETE.</source>
        <translation>
            <numerusform>%n offengelegtes Token gefunden, und die Suche ist UNVOLLSTÄNDIG.</numerusform>
            <numerusform>%n offengelegte Tokens gefunden, und die Suche ist UNVOLLSTÄNDIG.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was canceled.</source>
        <translation>Sie wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) could not be (fully) read; see “not scanned”.</source>
        <translation>
            <numerusform>%n Ort konnte nicht (vollständig) gelesen werden; siehe „nicht durchsucht“.</numerusform>
            <numerusform>%n Orte konnten nicht (vollständig) gelesen werden; siehe „nicht durchsucht“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Binary files (read like any file): %1</source>
        <translation>Binärdateien (wie jede Datei gelesen): %1</translation>
    </message>
    <message>
        <source>UTF-16 files (decoded): %1</source>
        <translation>UTF-16-Dateien (dekodiert): %1</translation>
    </message>
    <message>
        <source>Archives read inside: %1 (%2 members)</source>
        <translation>Archive, in die hineingesehen wurde: %1 (%2 Einträge)</translation>
    </message>
    <message>
        <source>Files over the --max-size limit (not read): %1</source>
        <translation>Dateien über der --max-size-Grenze (nicht gelesen): %1</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>Ordnername</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>The token will be stored in the keychain. It is in the name of the folder %1, not in a file: nothing is edited. Rename or delete the folder by hand (check first which tool made it).</source>
        <translation>Das Token wird im Schlüsselbund gespeichert. Es steht im Namen des Ordners %1, nicht in einer Datei: Nichts wird bearbeitet. Benennen Sie den Ordner von Hand um oder löschen Sie ihn (prüfen Sie zuerst, welches Programm ihn angelegt hat).</translation>
    </message>
    <message>
        <source>The token will be stored in the keychain. It is in the name of the file %1, not in its contents: nothing is edited. Rename or delete the file by hand (check first which tool made it).</source>
        <translation>Das Token wird im Schlüsselbund gespeichert. Es steht im Namen der Datei %1, nicht in ihrem Inhalt: Nichts wird bearbeitet. Benennen Sie die Datei von Hand um oder löschen Sie sie (prüfen Sie zuerst, welches Programm sie angelegt hat).</translation>
    </message>
</context>
<context>
    <name>r8::scan::DirWalker</name>
    <message>
        <source>folder cannot be read: permission denied</source>
        <translation>Ordner kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8, so it was not read (rename it to scan it)</source>
        <translation>der Name ist kein gültiges UTF-8, daher wurde der Eintrag nicht gelesen (zum Durchsuchen umbenennen)</translation>
    </message>
</context>
<context>
    <name>r8::scan::Finding</name>
    <message>
        <source>%1 cell %2, line %3</source>
        <translation>%1 Zelle %2, Zeile %3</translation>
    </message>
    <message>
        <source>%1 cell %2 (output)</source>
        <translation>%1 Zelle %2 (Ausgabe)</translation>
    </message>
    <message>
        <source>%1 @ %2%3: %4</source>
        <translation>%1 @ %2%3: %4</translation>
    </message>
    <message>
        <source>%1 @ %2%3: commit message</source>
        <translation>%1 @ %2%3: Commit-Nachricht</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>%1 tag object %2%3: tag message</source>
        <translation>%1 Tag-Objekt %2%3: Tag-Nachricht</translation>
    </message>
    <message>
        <source>%1 @ %2%3: %4 (the name of a file or folder it added)</source>
        <translation>%1 @ %2%3: %4 (Name einer hinzugefügten Datei oder eines hinzugefügten Ordners)</translation>
    </message>
    <message>
        <source>%1 tree %2 (in no commit): %3 (the name of a file or folder)</source>
        <translation>%1 Baum %2 (in keinem Commit): %3 (Name einer Datei oder eines Ordners)</translation>
    </message>
    <message>
        <source>%1 blob %2 (in no commit)</source>
        <translation>%1 Blob %2 (in keinem Commit)</translation>
    </message>
    <message>
        <source>%1 (the name of this folder)</source>
        <translation>%1 (Name dieses Ordners)</translation>
    </message>
    <message>
        <source>%1 (the name of this file)</source>
        <translation>%1 (Name dieser Datei)</translation>
    </message>
</context>
<context>
    <name>r8::scan::FindingsStore</name>
    <message>
        <source>The saved leak-check findings are damaged (%1); they were not loaded.</source>
        <translation>Die gespeicherten Funde der Lecksuche sind beschädigt (%1); sie wurden nicht geladen.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The saved leak-check findings could not be read (%1).</source>
        <translation>Die gespeicherten Funde der Lecksuche konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The leak-check findings could not be saved: %1</source>
        <translation>Die Funde der Lecksuche konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>r8::scan::Run</name>
    <message>
        <source>git is not installed: git-ignored files are not labelled.</source>
        <translation>git ist nicht installiert: Von Git ignorierte Dateien werden nicht gekennzeichnet.</translation>
    </message>
    <message>
        <source>git is not installed: the history cannot be scanned.</source>
        <translation>git ist nicht installiert: Der Verlauf kann nicht durchsucht werden.</translation>
    </message>
    <message>
        <source>%1 is not in a git repository: no history to scan.</source>
        <translation>%1 liegt in keinem Git-Repository: kein Verlauf zu durchsuchen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>r8::scan::ScanJob</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>r8::scan::Walk</name>
    <message>
        <source>the archive is damaged; the rest was not read: %1</source>
        <translation>das Archiv ist beschädigt; der Rest wurde nicht gelesen: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>encrypted: not scanned</source>
        <translation>verschlüsselt: nicht durchsucht</translation>
    </message>
    <message>
        <source>an archive nested more than %1 levels deep: its members were not opened (its bytes were scanned)</source>
        <translation>ein Archiv, das tiefer als %1 Ebenen verschachtelt ist: seine Einträge wurden nicht geöffnet (seine Bytes wurden durchsucht)</translation>
    </message>
    <message>
        <source>the archive expands to more than %1 bytes from %2 (a possible zip bomb): not followed further</source>
        <translation>das Archiv entpackt sich zu mehr als %1 Bytes aus %2 (möglicherweise eine Zip-Bombe): nicht weiter verfolgt</translation>
    </message>
    <message>
        <source>cannot be decompressed: %1</source>
        <translation>kann nicht entpackt werden: %1</translation>
    </message>
    <message>
        <source>not a readable archive: %1</source>
        <translation>kein lesbares Archiv: %1</translation>
    </message>
</context>
<context>
    <name>r8::session::SandboxSession</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>sandbox demo</source>
        <translation>Sandbox-Demo</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s demo token (not a real Replicate token).</source>
        <translation>Das Demo-Token der lokalen Sandbox (kein echtes Replicate-Token).</translation>
    </message>
</context>
<context>
    <name>r8::ui::AccountTokensDialog</name>
    <message>
        <source>The tokens of the account behind “%1” (%2), as its server lists them.</source>
        <translation>Die Tokens des Kontos hinter „%1“ (%2), wie sein Server sie auflistet.</translation>
    </message>
    <message>
        <source>The “%1” environment has no API address (is the sandbox running?).</source>
        <translation>Die Umgebung „%1“ hat keine API-Adresse (läuft die Sandbox?).</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <source>%1 tokens on this account; %2 of them stored here.</source>
        <translation>Tokens in diesem Konto: %1; davon hier gespeichert: %2.</translation>
    </message>
    <message>
        <source>Disable “%1” (ending in %2) on the server? Every program using it stops working at once, and a disabled token cannot be enabled again.</source>
        <translation>„%1“ (endet auf %2) auf dem Server deaktivieren? Jedes Programm, das es verwendet, funktioniert sofort nicht mehr, und ein deaktiviertes Token kann nicht wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>Disable a production token</source>
        <translation>Ein Produktions-Token deaktivieren</translation>
    </message>
    <message>
        <source>Type the token&apos;s name, “%1”, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Tokens ein, „%1“:</translation>
    </message>
    <message>
        <source>The name did not match; nothing was disabled.</source>
        <translation>Der Name stimmte nicht überein; es wurde nichts deaktiviert.</translation>
    </message>
    <message>
        <source>Disable token</source>
        <translation>Token deaktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Disabled over the API by you.</source>
        <translation>Von Ihnen über die API deaktiviert.</translation>
    </message>
    <message>
        <source>“%1” is disabled.</source>
        <translation>„%1“ ist deaktiviert.</translation>
    </message>
</context>
<context>
    <name>r8::ui::AddTokenDialog</name>
    <message>
        <source>Environment label</source>
        <translation>Umgebungsbezeichnung</translation>
    </message>
    <message>
        <source>&amp;Store in keychain</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Looks like a Replicate token (ends in %1).</source>
        <translation>Sieht wie ein Replicate-Token aus (endet auf %1).</translation>
    </message>
    <message>
        <source>Storing in the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
</context>
<context>
    <name>r8::ui::Banner</name>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
</context>
<context>
    <name>r8::ui::BodyView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>r8::ui::ComposerPage</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Hea&amp;ders</source>
        <translation>H&amp;eader</translation>
    </message>
    <message>
        <source>Choose an environment and a token to upload files to.</source>
        <translation>Wählen Sie eine Umgebung und ein Token, um Dateien hochzuladen.</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>Anfrage &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Cancel prediction</source>
        <translation>Vorhersage &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Wiede&amp;rholen</translation>
    </message>
    <message>
        <source>Go to the &amp;model field</source>
        <translation>Zum &amp;Modellfeld</translation>
    </message>
    <message>
        <source>Send the request (%1)</source>
        <translation>Die Anfrage senden (%1)</translation>
    </message>
    <message>
        <source>The JSON body does not parse — %1</source>
        <translation>Der JSON-Rumpf lässt sich nicht lesen – %1</translation>
    </message>
    <message>
        <source>Nothing to export yet: %1</source>
        <translation>Noch nichts zu exportieren: %1</translation>
    </message>
    <message>
        <source>Sending needs the API client, which this window was started without.</source>
        <translation>Zum Senden wird der API-Client gebraucht, ohne den dieses Fenster gestartet wurde.</translation>
    </message>
    <message>
        <source>The sandbox is not running: start it (File → Try the sandbox) to send to it.</source>
        <translation>Die Sandbox läuft nicht: Starten Sie sie (Datei → Die Sandbox ausprobieren), um an sie zu senden.</translation>
    </message>
    <message>
        <source>The environment “%1” has no API address.</source>
        <translation>Die Umgebung „%1“ hat keine API-Adresse.</translation>
    </message>
    <message>
        <source>Choose a token: %1 has none yet (add one on the Tokens page).</source>
        <translation>Wählen Sie ein Token: %1 hat noch keines (fügen Sie eines auf der Seite Tokens hinzu).</translation>
    </message>
    <message>
        <source>Looking the model up…</source>
        <translation>Das Modell wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>A file is still uploading; its URL goes into the input when it is done.</source>
        <translation>Eine Datei wird noch hochgeladen; ihre URL kommt in die Eingabe, sobald sie fertig ist.</translation>
    </message>
    <message>
        <source>A prediction is running: cancel it or wait for it to end.</source>
        <translation>Eine Vorhersage läuft: Brechen Sie sie ab oder warten Sie, bis sie endet.</translation>
    </message>
    <message>
        <source>Choose a model to see the request.</source>
        <translation>Wählen Sie ein Modell, um die Anfrage zu sehen.</translation>
    </message>
    <message>
        <source>Open “%1” in Tokens</source>
        <translation>„%1“ in Tokens öffnen</translation>
    </message>
    <message>
        <source>The token “%1” is not stored any more: %2 is chosen instead.</source>
        <translation>Das Token „%1“ ist nicht mehr gespeichert: Stattdessen ist %2 gewählt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Start the sandbox</source>
        <translation>Die Sandbox starten</translation>
    </message>
</context>
<context>
    <name>r8::ui::CopyAsMenu</name>
    <message>
        <source>Copy as</source>
        <translation>Kopieren als</translation>
    </message>
    <message>
        <source>The &amp;r8 exec line</source>
        <translation>Die &amp;r8-exec-Zeile</translation>
    </message>
    <message>
        <source>Copy the request as an r8 exec line that runs curl with the token from the keychain</source>
        <translation>Die Anfrage als r8-exec-Zeile kopieren, die curl mit dem Token aus dem Schlüsselbund ausführt</translation>
    </message>
    <message>
        <source>Copy the request as %1; the code reads the token from REPLICATE_API_TOKEN</source>
        <translation>Die Anfrage als %1 kopieren; der Code liest das Token aus REPLICATE_API_TOKEN</translation>
    </message>
    <message>
        <source>&amp;Show code…</source>
        <translation>Code an&amp;zeigen…</translation>
    </message>
    <message>
        <source>Read the request as code in any format before copying it</source>
        <translation>Die Anfrage vor dem Kopieren als Code in einem beliebigen Format ansehen</translation>
    </message>
    <message>
        <source>Copied the r8 exec line — it runs curl with the default %1 token from the keychain</source>
        <translation>r8-exec-Zeile kopiert – sie führt curl mit dem Standard-Token von %1 aus dem Schlüsselbund aus</translation>
    </message>
    <message>
        <source>Copied the r8 exec line — it runs curl with the token “%1” from the keychain</source>
        <translation>r8-exec-Zeile kopiert – sie führt curl mit dem Token „%1“ aus dem Schlüsselbund aus</translation>
    </message>
    <message>
        <source>Copied as a .http file — it reads the token from REPLICATE_API_TOKEN in a .env file beside it</source>
        <translation>Als .http-Datei kopiert – sie liest das Token aus REPLICATE_API_TOKEN in einer .env-Datei daneben</translation>
    </message>
    <message>
        <source>Copied as %1 — it reads the token from $REPLICATE_API_TOKEN</source>
        <translation>Als %1 kopiert – es liest das Token aus $REPLICATE_API_TOKEN</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>Kopieren &amp;als</translation>
    </message>
</context>
<context>
    <name>r8::ui::ExchangeListModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>r8::ui::FindingsModel</name>
    <message>
        <source> (git-ignored)</source>
        <translation> (von Git ignoriert)</translation>
    </message>
    <message>
        <source>not stored here</source>
        <translation>hier nicht gespeichert</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Stored token</source>
        <translation>Gespeichertes Token</translation>
    </message>
    <message>
        <source>Live?</source>
        <translation>Aktiv?</translation>
    </message>
</context>
<context>
    <name>r8::ui::FormField</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>wahr/falsch</translation>
    </message>
    <message numerus="yes">
        <source>one of %n</source>
        <translation>
            <numerusform>einer von %n</numerusform>
            <numerusform>einer von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>file or URL</source>
        <translation>Datei oder URL</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON %1</source>
        <translation>JSON %1</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>%1, ≥ %2</source>
        <translation>%1, ≥ %2</translation>
    </message>
    <message>
        <source>%1, ≤ %2</source>
        <translation>%1, ≤ %2</translation>
    </message>
    <message>
        <source>%1, at most %2 characters</source>
        <translation>%1, höchstens %2 Zeichen</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Erforderlich. %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Leave %1 out of the request (the model uses its default)</source>
        <translation>%1 nicht in die Anfrage aufnehmen (das Modell verwendet seinen Standardwert)</translation>
    </message>
    <message>
        <source>Back to the default: %1</source>
        <translation>Zurück zum Standardwert: %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>JSON array, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>JSON-Array, z. B. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>JSON object, e.g. {&quot;key&quot;: 1}</source>
        <translation>JSON-Objekt, z. B. {&quot;key&quot;: 1}</translation>
    </message>
    <message>
        <source>JSON value</source>
        <translation>JSON-Wert</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 (slider)</source>
        <translation>%1 (Schieberegler)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>Eine Datei für %1 wählen</translation>
    </message>
    <message>
        <source>Cannot use %1: there is no such file.</source>
        <translation>%1 kann nicht verwendet werden: Die Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2. Files over %3 are uploaded to the API first, which is not available here; give an https:// URL of the file instead.</source>
        <translation>%1 ist %2 groß. Dateien über %3 werden zuerst zur API hochgeladen, was hier nicht verfügbar ist; geben Sie stattdessen eine https://-URL der Datei an.</translation>
    </message>
    <message>
        <source>Uploading %1 (%2)…</source>
        <translation>%1 wird hochgeladen (%2)…</translation>
    </message>
    <message>
        <source>Uploading %1 failed.</source>
        <translation>Hochladen von %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>https://… or choose a file (or drop one here)</source>
        <translation>https://… oder eine Datei wählen (oder hier ablegen)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Files up to %1 are sent inline as a data: URI; larger ones are uploaded to the API.</source>
        <translation>Dateien bis %1 werden inline als data:-URI gesendet; größere werden zur API hochgeladen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the file from %1</source>
        <translation>Die Datei aus %1 entfernen</translation>
    </message>
    <message>
        <source>%1 (%2), sent inline as a data: URI</source>
        <translation>%1 (%2), inline als data:-URI gesendet</translation>
    </message>
    <message>
        <source>Inline data: URI (%1, %2)</source>
        <translation>Inline-data:-URI (%1, %2)</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>kein Typ</translation>
    </message>
    <message>
        <source>Inline data: URI (%1)</source>
        <translation>Inline-data:-URI (%1)</translation>
    </message>
    <message>
        <source>Uploaded %1 (%2); the API keeps uploaded files for 24 hours.</source>
        <translation>%1 (%2) hochgeladen; die API bewahrt hochgeladene Dateien 24 Stunden lang auf.</translation>
    </message>
</context>
<context>
    <name>r8::ui::HeadersModel</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>r8::ui::HeadersView</name>
    <message>
        <source>&amp;New header</source>
        <translation>&amp;Neuer Header</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>What will be sent:</source>
        <translation>Was gesendet wird:</translation>
    </message>
    <message>
        <source>Request line and headers</source>
        <translation>Anfragezeile und Header</translation>
    </message>
    <message>
        <source>The method, URL and headers of the request as it will be sent; the token is shown masked</source>
        <translation>Methode, URL und Header der Anfrage, wie sie gesendet wird; das Token wird maskiert angezeigt</translation>
    </message>
    <message>
        <source>E&amp;xtra headers:</source>
        <translation>&amp;Zusätzliche Header:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>Headers to send besides the ones r8desk sets; Authorization is not allowed</source>
        <translation>Header, die zusätzlich zu denen gesendet werden, die r8desk setzt; Authorization ist nicht erlaubt</translation>
    </message>
    <message>
        <source>Extra headers problem</source>
        <translation>Problem mit zusätzlichen Headern</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>Authorization: (choose a token)</source>
        <translation>Authorization: (Token wählen)</translation>
    </message>
    <message>
        <source>Authorization is not taken here: r8desk sends the chosen token itself, and only to the API&apos;s own address. Remove this row and pick the token above.</source>
        <translation>Authorization wird hier nicht angenommen: r8desk sendet das gewählte Token selbst, und nur an die eigene Adresse der API. Entfernen Sie diese Zeile und wählen Sie das Token oben.</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name (letters, digits and - only).</source>
        <translation>„%1“ ist kein gültiger Header-Name (nur Buchstaben, Ziffern und -).</translation>
    </message>
    <message>
        <source>%1 is set from the options; this row replaces it.</source>
        <translation>%1 wird aus den Optionen gesetzt; diese Zeile ersetzt es.</translation>
    </message>
</context>
<context>
    <name>r8::ui::HistoryPage</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>That request is no longer in history.</source>
        <translation>Diese Anfrage ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Ausgaben:</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Noch keine Anfragen</translation>
    </message>
    <message>
        <source>Every request you send from the Composer is kept here, newest first: search them, reopen one to change it and send it again, or copy it as code. Tokens are never kept in history, only their names.</source>
        <translation>Jede Anfrage, die Sie aus dem Anfrage-Editor senden, wird hier aufbewahrt, die neueste zuerst: Durchsuchen Sie sie, öffnen Sie eine wieder, um sie zu ändern und erneut zu senden, oder kopieren Sie sie als Code. Tokens werden nie im Verlauf aufbewahrt, nur ihre Namen.</translation>
    </message>
    <message>
        <source>No request matches “%1”</source>
        <translation>Keine Anfrage passt zu „%1“</translation>
    </message>
    <message>
        <source>The search looks at the model, the URL, the request body and the prediction id of the one request in history. Press Escape in the search field to see it.</source>
        <translation>Die Suche berücksichtigt Modell, URL, Anfragerumpf und Vorhersage-ID der einen Anfrage im Verlauf. Drücken Sie im Suchfeld Escape, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The search looks at the model, the URL, the request body and the prediction id of the %1 requests in history. Press Escape in the search field to see them all.</source>
        <translation>Die Suche berücksichtigt Modell, URL, Anfragerumpf und Vorhersage-ID der %1 Anfragen im Verlauf. Drücken Sie im Suchfeld Escape, um alle zu sehen.</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>Treffer: %1 von %2</translation>
    </message>
    <message>
        <source>The body was over 1 MB and only part of it was kept, so this request cannot be reopened.</source>
        <translation>Der Rumpf war größer als 1 MB und nur ein Teil davon wurde behalten, daher kann diese Anfrage nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>Select a request to see what was sent.</source>
        <translation>Wählen Sie eine Anfrage aus, um zu sehen, was gesendet wurde.</translation>
    </message>
    <message>
        <source>— (not recorded)</source>
        <translation>– (nicht aufgezeichnet)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>first byte after %1 · total %2</source>
        <translation>erstes Byte nach %1 · insgesamt %2</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>insgesamt %1</translation>
    </message>
    <message>
        <source>Enter or double-click opens it; Ctrl+C copies it</source>
        <translation>Eingabetaste oder Doppelklick öffnet sie; Strg+C kopiert sie</translation>
    </message>
    <message>
        <source>Inline data is not kept in history</source>
        <translation>Inline-Daten werden nicht im Verlauf aufbewahrt</translation>
    </message>
    <message>
        <source>No output URLs</source>
        <translation>Keine Ausgabe-URLs</translation>
    </message>
    <message>
        <source>(Only the first part of this %1 body was kept.)</source>
        <translation>(Nur der erste Teil dieses %1-Rumpfs wurde behalten.)</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(kein Rumpf)</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Keine Anwendung konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Copied the output URL.</source>
        <translation>Ausgabe-URL kopiert.</translation>
    </message>
    <message>
        <source>Delete from history</source>
        <translation>Aus dem Verlauf löschen</translation>
    </message>
    <message>
        <source>Delete the request to %1 sent %2 from history?</source>
        <translation>Die Anfrage an %1, gesendet %2, aus dem Verlauf löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The request could not be deleted from history. %1</source>
        <translation>Die Anfrage konnte nicht aus dem Verlauf gelöscht werden. %1</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Delete the one request in history? This cannot be undone.</source>
        <translation>Die eine Anfrage im Verlauf löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete all %1 requests from history? This cannot be undone.</source>
        <translation>Alle %1 Anfragen aus dem Verlauf löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete all</source>
        <translation>&amp;Alle löschen</translation>
    </message>
    <message>
        <source>History could not be cleared. %1</source>
        <translation>Der Verlauf konnte nicht geleert werden. %1</translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation>Verlauf geleert.</translation>
    </message>
</context>
<context>
    <name>r8::ui::ImageGridDelegate</name>
    <message>
        <source>Could not load this image</source>
        <translation>Dieses Bild konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>r8::ui::ImportEnvDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importieren</translation>
    </message>
    <message>
        <source>cannot import</source>
        <translation>nicht importierbar</translation>
    </message>
    <message>
        <source>No REPLICATE_API_TOKEN assignment was found in the chosen files.</source>
        <translation>In den gewählten Dateien wurde keine REPLICATE_API_TOKEN-Zuweisung gefunden.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1 — already in the keychain as “%2”</source>
        <translation>%1 – bereits im Schlüsselbund als „%2“</translation>
    </message>
    <message>
        <source>%1 — stored as “%2”</source>
        <translation>%1 – gespeichert als „%2“</translation>
    </message>
    <message>
        <source>; the line was replaced by a comment</source>
        <translation>; die Zeile wurde durch einen Kommentar ersetzt</translation>
    </message>
    <message>
        <source>%1 — not imported: %2</source>
        <translation>%1 – nicht importiert: %2</translation>
    </message>
    <message>
        <source>1 token imported.</source>
        <translation>1 Token importiert.</translation>
    </message>
    <message>
        <source>%1 tokens imported.</source>
        <translation>%1 Tokens importiert.</translation>
    </message>
    <message>
        <source>Check at least one token to import.</source>
        <translation>Haken Sie mindestens ein Token zum Importieren an.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
</context>
<context>
    <name>r8::ui::InputEditor</name>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Input views</source>
        <translation>Eingabeansichten</translation>
    </message>
    <message>
        <source>Fix in JSON</source>
        <translation>Im JSON beheben</translation>
    </message>
    <message>
        <source>Go to the JSON error</source>
        <translation>Zum JSON-Fehler</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation>Anfragerumpf (JSON)</translation>
    </message>
    <message>
        <source>The JSON body sent to the API; it stays in sync with the form.</source>
        <translation>Der JSON-Rumpf, der an die API gesendet wird; er bleibt mit dem Formular abgeglichen.</translation>
    </message>
    <message>
        <source>Go to error</source>
        <translation>Zum Fehler</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Format the JSON</source>
        <translation>Das JSON formatieren</translation>
    </message>
    <message>
        <source>Re-indent the body, input keys in form order (Ctrl+Shift+I)</source>
        <translation>Den Rumpf neu einrücken, Eingabeschlüssel in Formularreihenfolge (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Line %1, column %2: &quot;input&quot; must be a JSON object ({ … })</source>
        <translation>Zeile %1, Spalte %2: &quot;input&quot; muss ein JSON-Objekt sein ({ … })</translation>
    </message>
    <message>
        <source>Valid JSON. Edits here update the form, and the other way round.</source>
        <translation>Gültiges JSON. Änderungen hier aktualisieren das Formular und umgekehrt.</translation>
    </message>
    <message>
        <source>The JSON tab has an error, so the form is read-only until it is fixed: %1</source>
        <translation>Der JSON-Reiter enthält einen Fehler, daher ist das Formular schreibgeschützt, bis er behoben ist: %1</translation>
    </message>
</context>
<context>
    <name>r8::ui::JsonTextEdit</name>
    <message>
        <source>missing comma</source>
        <translation>Komma fehlt</translation>
    </message>
    <message>
        <source>a comma before “%1” (JSON allows none there)</source>
        <translation>ein Komma vor „%1“ (JSON erlaubt dort keines)</translation>
    </message>
    <message>
        <source>the request body must be a JSON object ({ … })</source>
        <translation>der Anfragerumpf muss ein JSON-Objekt sein ({ … })</translation>
    </message>
    <message>
        <source>the request body is empty</source>
        <translation>der Anfragerumpf ist leer</translation>
    </message>
</context>
<context>
    <name>r8::ui::JsonTreeActions</name>
    <message>
        <source>&amp;Copy Value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
</context>
<context>
    <name>r8::ui::JsonTreeModel</name>
    <message>
        <source>{1 key}</source>
        <translation>{1 Schlüssel}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 Schlüssel}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Elemente]</translation>
    </message>
    <message>
        <source>%1… (%2)</source>
        <translation>%1… (%2)</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1 characters; Ctrl+C copies the whole value</source>
        <translation>%1 Zeichen; Strg+C kopiert den ganzen Wert</translation>
    </message>
</context>
<context>
    <name>r8::ui::LeakCheckPage</name>
    <message>
        <source>No API address for this token&apos;s environment (is the sandbox running?).</source>
        <translation>Keine API-Adresse für die Umgebung dieses Tokens (läuft die Sandbox?).</translation>
    </message>
    <message>
        <source>Nothing scanned yet. “Check this machine” looks at shell histories, the Replicate CLI&apos;s config, ~/.netrc and .env files in your home folder.</source>
        <translation>Noch nichts durchsucht. „Diesen Rechner prüfen“ sieht sich die Shell-Verläufe, die Konfiguration der Replicate-CLI, ~/.netrc und .env-Dateien in Ihrem persönlichen Ordner an.</translation>
    </message>
    <message>
        <source>Scanning… %1 files, %2 — %3 found. %4</source>
        <translation>Suche läuft… %1 Dateien, %2 – %3 gefunden. %4</translation>
    </message>
    <message>
        <source>Reading the stored tokens to recognise them…</source>
        <translation>Die gespeicherten Tokens werden gelesen, um sie wiederzuerkennen…</translation>
    </message>
    <message>
        <source>Choose a folder to scan</source>
        <translation>Einen zu durchsuchenden Ordner wählen</translation>
    </message>
    <message>
        <source>Select a finding to see what to do about it.</source>
        <translation>Wählen Sie einen Fund aus, um zu sehen, was zu tun ist.</translation>
    </message>
    <message>
        <source>This is your stored token “%1”. Anyone who read this place can use it: rotate it.</source>
        <translation>Das ist Ihr gespeichertes Token „%1“. Jeder, der diese Stelle gelesen hat, kann es verwenden: Rotieren Sie es.</translation>
    </message>
    <message>
        <source>This token is not in your keychain. If it is still live, move it to the keychain and rotate it, or disable it on replicate.com.</source>
        <translation>Dieses Token ist nicht in Ihrem Schlüsselbund. Wenn es noch aktiv ist, verschieben Sie es in den Schlüsselbund und rotieren Sie es oder deaktivieren Sie es auf replicate.com.</translation>
    </message>
    <message>
        <source>The file is ignored by git, so it was probably never committed — but it is still on disk.</source>
        <translation>Die Datei wird von Git ignoriert, wurde also wahrscheinlich nie committet – aber sie liegt noch auf der Festplatte.</translation>
    </message>
    <message>
        <source>found token</source>
        <translation>gefundenes Token</translation>
    </message>
    <message>
        <source>Already in the keychain.</source>
        <translation>Bereits im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Not stored.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>The line in the file now says where the token went.</source>
        <translation>Die Zeile in der Datei sagt jetzt, wohin das Token gegangen ist.</translation>
    </message>
    <message>
        <source>Live: account %1</source>
        <translation>Aktiv: Konto %1</translation>
    </message>
    <message>
        <source>Export the leak report</source>
        <translation>Lecksuche-Bericht exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Report saved to %1 (tokens masked).</source>
        <translation>Bericht in %1 gespeichert (Tokens maskiert).</translation>
    </message>
    <message>
        <source>Findings kept from the last check: %1. Check again to move or live-check a token.</source>
        <translation>Aus der letzten Prüfung aufbewahrte Funde: %1. Prüfen Sie erneut, um ein Token zu verschieben oder live zu prüfen.</translation>
    </message>
    <message>
        <source>Found by an earlier check: check again to move it or check if it is live.</source>
        <translation>Von einer früheren Prüfung gefunden: Prüfen Sie erneut, um es zu verschieben oder zu prüfen, ob es live ist.</translation>
    </message>
    <message>
        <source>Read %1 files (%2; %3 binary, %4 UTF-16, %5 archives).</source>
        <translation>%1 Dateien gelesen (%2; %3 binär, %4 UTF-16, %5 Archive).</translation>
    </message>
    <message>
        <source>%1 commits (%2 git objects) checked.</source>
        <translation>%1 Commits (%2 Git-Objekte) geprüft.</translation>
    </message>
    <message>
        <source>Not scanned: %1 — %2</source>
        <translation>Nicht durchsucht: %1 — %2</translation>
    </message>
</context>
<context>
    <name>r8::ui::MainWindow</name>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>The API tokens kept in the OS keychain</source>
        <translation>Die API-Tokens im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Leak check</source>
        <translation>Lecksuche</translation>
    </message>
    <message>
        <source>Find exposed tokens in files, git history and shell history</source>
        <translation>Offengelegte Tokens in Dateien, im Git-Verlauf und im Shell-Verlauf finden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About r8desk</source>
        <translation>Ü&amp;ber r8desk</translation>
    </message>
    <message>
        <source>Secrets are kept in the %1; the token list holds names and the last four characters only.</source>
        <translation>Geheimnisse werden hier aufbewahrt: %1; die Token-Liste enthält nur Namen und die letzten vier Zeichen.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About r8desk</source>
        <translation>Über r8desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;r8desk %1&lt;/b&gt;&lt;p&gt;Replicate API tokens in the OS keychain instead of .env files.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;b&gt;r8desk %1&lt;/b&gt;&lt;p&gt;Replicate-API-Tokens im Schlüsselbund des Systems statt in .env-Dateien.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>r8desk</source>
        <translation>r8desk</translation>
    </message>
    <message>
        <source>A token stopped working</source>
        <translation>Ein Token funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>“%1” is rejected by the API now (%2). It may have been disabled after a leak: rotate it.</source>
        <translation>„%1“ wird jetzt von der API abgelehnt (%2). Es wurde vielleicht nach einem Leck deaktiviert: Rotieren Sie es.</translation>
    </message>
    <message>
        <source>Tokens due for rotation</source>
        <translation>Tokens, die rotiert werden sollten</translation>
    </message>
    <message>
        <source>%1 older than %2 days: rotate them (Token → Rotate token).</source>
        <translation>%1 älter als %2 Tage: Rotieren Sie sie (Token → Token rotieren).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Environments, verification interval, rotation age, clipboard, history size and tray</source>
        <translation>Umgebungen, Prüfintervall, Rotationsalter, Zwischenablage, Verlaufsgröße und Systemabschnitt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Environ&amp;ment:</source>
        <translation>Umgebun&amp;g:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Show the tokens of one environment; the composer sends to it</source>
        <translation>Die Tokens einer Umgebung anzeigen; der Anfrage-Editor sendet an sie</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiteres</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Anfrage-Editor</translation>
    </message>
    <message>
        <source>Send a prediction request with a stored token and follow it</source>
        <translation>Eine Vorhersage-Anfrage mit einem gespeicherten Token senden und verfolgen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every request the composer sent; reopen one in the composer</source>
        <translation>Jede Anfrage, die der Anfrage-Editor gesendet hat; öffnen Sie eine im Anfrage-Editor wieder</translation>
    </message>
    <message>
        <source>“%1” was rejected when the composer sent with it. Verify it (Ctrl+Shift+V) to see what the API says now, or rotate it (Ctrl+R).</source>
        <translation>„%1“ wurde abgelehnt, als der Anfrage-Editor damit gesendet hat. Prüfen Sie es (Strg+Umschalt+V), um zu sehen, was die API jetzt sagt, oder rotieren Sie es (Strg+R).</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>r8::ui::ManagePresetsDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No presets yet. Use “Save as preset…” in the composer to keep a model and its inputs for later. Presets never hold a token.</source>
        <translation>Noch keine Vorlagen. Mit „Als Vorlage speichern…“ im Anfrage-Editor bewahren Sie ein Modell und seine Eingaben für später auf. Vorlagen enthalten nie ein Token.</translation>
    </message>
</context>
<context>
    <name>r8::ui::MessageBar</name>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>r8::ui::ModelController</name>
    <message>
        <source>Type a model&apos;s name to build its input form, or pick one of the samples.</source>
        <translation>Geben Sie den Namen eines Modells ein, um sein Eingabeformular zu erstellen, oder wählen Sie eines der Beispiele.</translation>
    </message>
    <message>
        <source>A deployment: its inputs are not looked up — write them in the JSON tab.</source>
        <translation>Ein Deployment: Seine Eingaben werden nicht nachgeschlagen – schreiben Sie sie in den JSON-Reiter.</translation>
    </message>
    <message>
        <source>A version id without its model: its inputs are not looked up — write them in the JSON tab, or type OWNER/NAME:VERSION.</source>
        <translation>Eine Versions-ID ohne ihr Modell: Ihre Eingaben werden nicht nachgeschlagen – schreiben Sie sie in den JSON-Reiter oder geben Sie OWNER/NAME:VERSION ein.</translation>
    </message>
    <message>
        <source>Start the sandbox to look %1 up there (File → Try the sandbox).</source>
        <translation>Starten Sie die Sandbox, um %1 dort nachzuschlagen (Datei → Die Sandbox ausprobieren).</translation>
    </message>
    <message>
        <source>Choose a token to look %1 up.</source>
        <translation>Wählen Sie ein Token, um %1 nachzuschlagen.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>Not an official model: runs by its latest version %1.</source>
        <translation>Kein offizielles Modell: läuft mit seiner neuesten Version %1.</translation>
    </message>
    <message>
        <source>Inputs of version %1.</source>
        <translation>Eingaben der Version %1.</translation>
    </message>
    <message>
        <source>Its schema has no inputs to show: write them in the JSON tab.</source>
        <translation>Sein Schema hat keine Eingaben zum Anzeigen: Schreiben Sie sie in den JSON-Reiter.</translation>
    </message>
    <message>
        <source>Could not look %1 up: the token “%2” was rejected (HTTP 401).</source>
        <translation>%1 konnte nicht nachgeschlagen werden: Das Token „%2“ wurde abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>The token “%1” was rejected by %2 while looking up %3: it is wrong, disabled or expired. Verify it, or rotate it.</source>
        <translation>Das Token „%1“ wurde von %2 beim Nachschlagen von %3 abgelehnt: Es ist falsch, deaktiviert oder abgelaufen. Prüfen oder rotieren Sie es.</translation>
    </message>
</context>
<context>
    <name>r8::ui::OutputItemsModel</name>
    <message>
        <source>%1,… (%2)</source>
        <translation>%1,… (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
</context>
<context>
    <name>r8::ui::OutputSaver</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>r8::ui::OutputView</name>
    <message>
        <source>this system cannot show %1 images (on Debian, install qt6-image-formats-plugins)</source>
        <translation>dieses System kann keine %1-Bilder anzeigen (installieren Sie unter Debian qt6-image-formats-plugins)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>The output appears here when the model runs.</source>
        <translation>Die Ausgabe erscheint hier, wenn das Modell läuft.</translation>
    </message>
    <message>
        <source>The output was removed from Replicate (outputs of API predictions are kept for an hour).</source>
        <translation>Die Ausgabe wurde von Replicate entfernt (Ausgaben von API-Vorhersagen werden eine Stunde lang aufbewahrt).</translation>
    </message>
    <message>
        <source>No output: the prediction failed.</source>
        <translation>Keine Ausgabe: Die Vorhersage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No output: the prediction was canceled.</source>
        <translation>Keine Ausgabe: Die Vorhersage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The prediction succeeded without output.</source>
        <translation>Die Vorhersage war erfolgreich, aber ohne Ausgabe.</translation>
    </message>
    <message>
        <source>Waiting for output…</source>
        <translation>Warten auf Ausgabe…</translation>
    </message>
    <message>
        <source>no connection to download it</source>
        <translation>keine Verbindung, um sie herunterzuladen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Dateien (%1)</translation>
    </message>
    <message>
        <source>These output links expired at %1, an hour after the prediction finished. Files not saved yet can no longer be downloaded.</source>
        <translation>Diese Ausgabelinks sind um %1 abgelaufen, eine Stunde nach Ende der Vorhersage. Noch nicht gespeicherte Dateien können nicht mehr heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Replicate deletes output files an hour after the prediction finishes: these links stop working at %1. Save what you want to keep.</source>
        <translation>Replicate löscht Ausgabedateien eine Stunde nach Ende der Vorhersage: Diese Links funktionieren ab %1 nicht mehr. Speichern Sie, was Sie behalten möchten.</translation>
    </message>
    <message>
        <source>Replicate deletes output files an hour after the prediction finishes. Save what you want to keep.</source>
        <translation>Replicate löscht Ausgabedateien eine Stunde nach Ende der Vorhersage. Speichern Sie, was Sie behalten möchten.</translation>
    </message>
    <message>
        <source>Open on &amp;replicate.com</source>
        <translation>Auf replicate.com &amp;öffnen</translation>
    </message>
    <message>
        <source>Open &amp;web page</source>
        <translation>&amp;Webseite öffnen</translation>
    </message>
    <message>
        <source>Open on replicate.com</source>
        <translation>Auf replicate.com öffnen</translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation>Webseite öffnen</translation>
    </message>
    <message>
        <source>Save output</source>
        <translation>Ausgabe speichern</translation>
    </message>
    <message>
        <source>Save all outputs into</source>
        <translation>Alle Ausgaben speichern in</translation>
    </message>
    <message>
        <source>Saved 1 file in %1.</source>
        <translation>1 Datei in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1 files in %2.</source>
        <translation>%1 Dateien in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1 of %2 files in %3. %4</source>
        <translation>%1 von %2 Dateien in %3 gespeichert. %4</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>&amp;Open link in browser</source>
        <translation>Link im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Fit to view</source>
        <translation>An Ansicht an&amp;passen</translation>
    </message>
</context>
<context>
    <name>r8::ui::PickRequestDialog</name>
    <message>
        <source>&amp;Open in Composer</source>
        <translation>Im Anfrage-Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the chosen request in the composer</source>
        <translation>Die gewählte Anfrage im Anfrage-Editor öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>r8::ui::PresetsMenu</name>
    <message>
        <source>(%1 more not shown.)</source>
        <translation>(%1 weitere nicht angezeigt.)</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>Als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <source>Keep the model and its inputs under a name, to send again later</source>
        <translation>Das Modell und seine Eingaben unter einem Namen aufbewahren, um sie später erneut zu senden</translation>
    </message>
    <message>
        <source>Saved presets</source>
        <translation>Gespeicherte Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Manage presets…</source>
        <translation>Vorlagen &amp;verwalten…</translation>
    </message>
    <message>
        <source>Load, rename or delete presets</source>
        <translation>Vorlagen laden, umbenennen oder löschen</translation>
    </message>
    <message>
        <source>&amp;Import .http file…</source>
        <translation>.http-Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Open a request from a VS Code REST Client / JetBrains HTTP Client file</source>
        <translation>Eine Anfrage aus einer Datei für VS Code REST Client / JetBrains HTTP Client öffnen</translation>
    </message>
    <message>
        <source>&amp;Export as .http file…</source>
        <translation>Als .http-Datei &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the request as a .http file; it reads the token from a .env file, never holds it</source>
        <translation>Die Anfrage als .http-Datei speichern; sie liest das Token aus einer .env-Datei und enthält es nie</translation>
    </message>
    <message>
        <source>No presets yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
    <message>
        <source>Replace damaged presets file</source>
        <translation>Beschädigte Vorlagendatei ersetzen</translation>
    </message>
    <message>
        <source>%1

Saving writes a new presets file with the presets that could be read; what could not be read is lost. Save anyway?</source>
        <translation>%1

Beim Speichern wird eine neue Vorlagendatei mit den Vorlagen geschrieben, die gelesen werden konnten; was nicht gelesen werden konnte, geht verloren. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>Nothing was saved; the presets file was left as it is.</source>
        <translation>Es wurde nichts gespeichert; die Vorlagendatei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>A preset needs a name; nothing was saved.</source>
        <translation>Eine Vorlage braucht einen Namen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Replace preset</source>
        <translation>Vorlage ersetzen</translation>
    </message>
    <message>
        <source>A preset named “%1” already exists. Replace it with the current request?</source>
        <translation>Eine Vorlage namens „%1“ ist bereits vorhanden. Durch die aktuelle Anfrage ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Saved the preset “%1”.</source>
        <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>There is no preset named “%1” any more.</source>
        <translation>Es gibt keine Vorlage namens „%1“ mehr.</translation>
    </message>
    <message>
        <source>Loaded the preset “%1”.</source>
        <translation>Vorlage „%1“ geladen.</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>New name for the preset “%1”:</source>
        <translation>Neuer Name für die Vorlage „%1“:</translation>
    </message>
    <message>
        <source>A preset needs a name; “%1” was not renamed.</source>
        <translation>Eine Vorlage braucht einen Namen; „%1“ wurde nicht umbenannt.</translation>
    </message>
    <message>
        <source>A preset named “%1” already exists. Replace it with “%2”?</source>
        <translation>Eine Vorlage namens „%1“ ist bereits vorhanden. Durch „%2“ ersetzen?</translation>
    </message>
    <message>
        <source>Renamed the preset “%1” to “%2”.</source>
        <translation>Vorlage „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the preset “%1”? This cannot be undone.</source>
        <translation>Die Vorlage „%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleted the preset “%1”.</source>
        <translation>Vorlage „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>HTTP request files (*.http *.rest);;All files (*)</source>
        <translation>HTTP-Anfragedateien (*.http *.rest);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export as .http file</source>
        <translation>Als .http-Datei exportieren</translation>
    </message>
    <message>
        <source>Import a .http file</source>
        <translation>Eine .http-Datei importieren</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Nothing was imported.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 is %2; a .http file larger than %3 is not opened. Nothing was imported.</source>
        <translation>%1 ist %2 groß; eine .http-Datei über %3 wird nicht geöffnet. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text — is it really a .http file? Nothing was imported.</source>
        <translation>%1 ist kein UTF-8-Text – ist das wirklich eine .http-Datei? Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line %1: the request has a token written in the file (Authorization header). It was not imported — keep tokens out of files; the Leak check finds them.</source>
        <translation>Zeile %1: Die Anfrage hat ein Token in der Datei stehen (Authorization-Header). Sie wurde nicht importiert – halten Sie Tokens aus Dateien heraus; die Lecksuche findet sie.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>%1 — %2 (line %3)</source>
        <translation>%1 – %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>%1 has no request in it. Nothing was imported.</source>
        <translation>%1 enthält keine Anfrage. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>No prediction request could be opened from %1. Nothing was imported.</source>
        <translation>Aus %1 konnte keine Vorhersage-Anfrage geöffnet werden. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 has %2 prediction requests. Choose the one to open in the composer:</source>
        <translation>%1 enthält %2 Vorhersage-Anfragen. Wählen Sie die, die im Anfrage-Editor geöffnet werden soll:</translation>
    </message>
    <message>
        <source>Opened %1 from %2.</source>
        <translation>%1 aus %2 geöffnet.</translation>
    </message>
    <message>
        <source>Problems in the file:</source>
        <translation>Probleme in der Datei:</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Nothing was written.</source>
        <translation>%1 kann nicht gespeichert werden: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Exported the request to %1. The file reads the token from REPLICATE_API_TOKEN in a .env file beside it; it holds no token.</source>
        <translation>Die Anfrage wurde nach %1 exportiert. Die Datei liest das Token aus REPLICATE_API_TOKEN in einer .env-Datei daneben; sie enthält kein Token.</translation>
    </message>
</context>
<context>
    <name>r8::ui::RemoteTokensModel</name>
    <message>
        <source>%1 (used for this list)</source>
        <translation>%1 (für diese Liste verwendet)</translation>
    </message>
    <message>
        <source>not stored here</source>
        <translation>hier nicht gespeichert</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled: found leaked (%1)</source>
        <translation>Deaktiviert: als geleakt gefunden (%1)</translation>
    </message>
    <message>
        <source>Disabled (%1)</source>
        <translation>Deaktiviert (%1)</translation>
    </message>
    <message>
        <source>Replicate&apos;s leak scanning found this token in public and disabled it.</source>
        <translation>Die Leck-Suche von Replicate hat dieses Token öffentlich gefunden und deaktiviert.</translation>
    </message>
    <message>
        <source>Name on the server</source>
        <translation>Name auf dem Server</translation>
    </message>
    <message>
        <source>Ends in</source>
        <translation>Endet auf</translation>
    </message>
    <message>
        <source>Stored here as</source>
        <translation>Lokaler Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Letzte Nutzung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>r8::ui::ResponseViewer</name>
    <message>
        <source>Find in body</source>
        <translation>Im Rumpf suchen</translation>
    </message>
    <message>
        <source>No tree: %1</source>
        <translation>Kein Baum: %1</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>Noch keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Insgesamt %1</translation>
    </message>
    <message>
        <source>first byte %1</source>
        <translation>erstes Byte %1</translation>
    </message>
    <message>
        <source>no body received</source>
        <translation>kein Rumpf empfangen</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet %1</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>%1 Versuche</translation>
    </message>
    <message>
        <source>Total: from sending the request to the end of the answer. First byte: from sending to the first byte of the body.</source>
        <translation>Insgesamt: vom Senden der Anfrage bis zum Ende der Antwort. Erstes Byte: vom Senden bis zum ersten Byte des Rumpfs.</translation>
    </message>
    <message>
        <source>Formatting %1…</source>
        <translation>%1 wird formatiert…</translation>
    </message>
    <message>
        <source>Building the tree…</source>
        <translation>Der Baum wird aufgebaut…</translation>
    </message>
    <message>
        <source>Save response body</source>
        <translation>Antwortrumpf speichern</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The event stream is not kept here: its output events appear in the output, its log events in the logs.</source>
        <translation>Der Ereignisstrom wird hier nicht aufbewahrt: Seine Ausgabe-Ereignisse erscheinen in der Ausgabe, seine Protokoll-Ereignisse im Protokoll.</translation>
    </message>
    <message>
        <source>“%1” is not in this body.</source>
        <translation>„%1“ kommt in diesem Rumpf nicht vor.</translation>
    </message>
</context>
<context>
    <name>r8::ui::RotationWizard</name>
    <message>
        <source>&lt;p&gt;You are rotating &lt;b&gt;%1&lt;/b&gt; (%2, ending in %3).&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Create a new token on replicate.com.&lt;/li&gt;&lt;li&gt;Paste it here: r8desk checks that it belongs to the same account, stores it in the keychain and makes it the default of “%2”.&lt;/li&gt;&lt;li&gt;Optionally, the old token is disabled — only after the new one works, and authenticated with the new one.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;You can cancel at any step; neither token is lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie rotieren &lt;b&gt;%1&lt;/b&gt; (%2, endet auf %3).&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Erstellen Sie ein neues Token auf replicate.com.&lt;/li&gt;&lt;li&gt;Fügen Sie es hier ein: r8desk prüft, ob es zum selben Konto gehört, speichert es im Schlüsselbund und macht es zum Standard von „%2“.&lt;/li&gt;&lt;li&gt;Auf Wunsch wird das alte Token deaktiviert – erst, wenn das neue funktioniert, und angemeldet mit dem neuen.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Sie können bei jedem Schritt abbrechen; keines der beiden Tokens geht verloren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>On the API tokens page of your Replicate account, create a token. Give it a name that says where it is used (for example “%1”). Copy it; it is shown only once.</source>
        <translation>Erstellen Sie auf der Seite „API tokens“ Ihres Replicate-Kontos ein Token. Geben Sie ihm einen Namen, der sagt, wo es verwendet wird (zum Beispiel „%1“). Kopieren Sie es; es wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>The token to rotate no longer exists.</source>
        <translation>Das zu rotierende Token gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Stopped: %1 Both tokens are kept; go Back to try again.</source>
        <translation>Angehalten: %1 Beide Tokens bleiben erhalten; gehen Sie zurück, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Done. “%1” is now the default token of its environment (account %2).</source>
        <translation>Fertig. „%1“ ist jetzt das Standard-Token seiner Umgebung (Konto %2).</translation>
    </message>
    <message>
        <source>Check that the new token belongs to the same account</source>
        <translation>Prüfen, ob das neue Token zum selben Konto gehört</translation>
    </message>
    <message>
        <source>Store it in the OS keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Make it the environment&apos;s default</source>
        <translation>Zum Standard der Umgebung machen</translation>
    </message>
    <message>
        <source>Disable the old token over the API</source>
        <translation>Das alte Token über die API deaktivieren</translation>
    </message>
</context>
<context>
    <name>r8::ui::RunFeedback</name>
    <message>
        <source>Canceled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>The prediction could not be canceled: %1</source>
        <translation>Die Vorhersage konnte nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <source>The prediction failed without saying why; its logs may tell.</source>
        <translation>Die Vorhersage ist ohne Begründung fehlgeschlagen; ihr Protokoll verrät es vielleicht.</translation>
    </message>
    <message>
        <source>The prediction failed: %1</source>
        <translation>Die Vorhersage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Show logs</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <source>The prediction was canceled.</source>
        <translation>Die Vorhersage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The prediction was aborted by the platform before it started (a deadline, or Cancel-After).</source>
        <translation>Die Vorhersage wurde von der Plattform beendet, bevor sie begann (eine Frist oder Cancel-After).</translation>
    </message>
    <message>
        <source>The token “%1” was rejected by %2 (HTTP 401): it is wrong, disabled (perhaps after a leak) or expired. Verify it, or rotate it.</source>
        <translation>Das Token „%1“ wurde von %2 abgelehnt (HTTP 401): Es ist falsch, deaktiviert (vielleicht nach einem Leck) oder abgelaufen. Prüfen oder rotieren Sie es.</translation>
    </message>
    <message>
        <source>Open “%1” in Tokens</source>
        <translation>„%1“ in Tokens öffnen</translation>
    </message>
    <message>
        <source>%1 The fields are marked in the form.</source>
        <translation>%1 Die Felder sind im Formular markiert.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Canceled before the server answered. If it had already created the prediction, the prediction goes on (its id never arrived).</source>
        <translation>Abgebrochen, bevor der Server antwortete. Falls er die Vorhersage schon erstellt hatte, läuft sie weiter (ihre ID kam nie an).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests (HTTP 429): the rate limit resets in %n s (at %1). Retry then, or now if you know better.</source>
        <translation>
            <numerusform>Zu viele Anfragen (HTTP 429): Die Ratenbegrenzung wird in %n s zurückgesetzt (um %1). Wiederholen Sie dann – oder jetzt, wenn Sie es besser wissen.</numerusform>
            <numerusform>Zu viele Anfragen (HTTP 429): Die Ratenbegrenzung wird in %n s zurückgesetzt (um %1). Wiederholen Sie dann – oder jetzt, wenn Sie es besser wissen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429): the rate limit has reset — retry now.</source>
        <translation>Zu viele Anfragen (HTTP 429): Die Ratenbegrenzung ist zurückgesetzt – jetzt wiederholen.</translation>
    </message>
</context>
<context>
    <name>r8::ui::RunPanel</name>
    <message>
        <source>Cancel the prediction (Esc)</source>
        <translation>Die Vorhersage abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Send the same request again (Ctrl+Shift+Return)</source>
        <translation>Dieselbe Anfrage erneut senden (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>canceling…</source>
        <translation>wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Open this prediction on replicate.com</source>
        <translation>Diese Vorhersage auf replicate.com öffnen</translation>
    </message>
    <message>
        <source>The prediction&apos;s id</source>
        <translation>Die ID der Vorhersage</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>r8::ui::SamplesMenu</name>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
</context>
<context>
    <name>r8::ui::SchemaFormWidget</name>
    <message>
        <source>No form for this model: its input schema is not known (for example a bare version id). Write the input in the JSON tab.</source>
        <translation>Kein Formular für dieses Modell: Sein Eingabeschema ist nicht bekannt (zum Beispiel bei einer bloßen Versions-ID). Schreiben Sie die Eingabe in den JSON-Reiter.</translation>
    </message>
    <message>
        <source>Input form</source>
        <translation>Eingabeformular</translation>
    </message>
    <message>
        <source>Fields marked * are required. Optional fields left empty are not sent; the model then uses its own default.</source>
        <translation>Mit * markierte Felder sind erforderlich. Leer gelassene optionale Felder werden nicht gesendet; das Modell verwendet dann seinen eigenen Standardwert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>r8::ui::SettingsPage</name>
    <message>
        <source>Changes apply at once. They are kept in %1 — never a token: tokens stay in the keychain.</source>
        <translation>Änderungen gelten sofort. Sie werden in %1 aufbewahrt – nie ein Token: Tokens bleiben im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Changes apply at once.</source>
        <translation>Änderungen gelten sofort.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Default token</source>
        <translation>Standard-Token</translation>
    </message>
    <message>
        <source>“%1” is now the default token for %2.</source>
        <translation>„%1“ ist jetzt das Standard-Token für %2.</translation>
    </message>
    <message>
        <source>The tray icon tells whether every token works; its menu verifies, opens the composer or the leak check.</source>
        <translation>Das Symbol im Systemabschnitt zeigt, ob alle Tokens funktionieren; sein Menü prüft sie, öffnet den Anfrage-Editor oder die Lecksuche.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray: r8desk starts minimised instead.</source>
        <translation>Diese Arbeitsumgebung hat keinen Systemabschnitt in der Kontrollleiste: r8desk startet stattdessen minimiert.</translation>
    </message>
    <message>
        <source>Token, composer and window settings are back to their defaults. Environments are unchanged.</source>
        <translation>Die Einstellungen für Tokens, Anfrage-Editor und Fenster sind wieder auf den Standardwerten. Die Umgebungen sind unverändert.</translation>
    </message>
    <message>
        <source> hour</source>
        <translation> Stunde</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source> day</source>
        <translation> Tag</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> second</source>
        <translation> Sekunde</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source> request</source>
        <translation> Anfrage</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source>set when the sandbox starts</source>
        <translation>wird beim Start der Sandbox gesetzt</translation>
    </message>
    <message>
        <source>The sandbox runs inside r8desk on a free loopback port (File → Try the sandbox).</source>
        <translation>Die Sandbox läuft in r8desk auf einem freien Loopback-Port (Datei → Die Sandbox ausprobieren).</translation>
    </message>
    <message>
        <source>Set in Settings (or with r8 env add)</source>
        <translation>In den Einstellungen festlegen (oder mit r8 env add)</translation>
    </message>
    <message>
        <source>Replicate&apos;s API (built in)</source>
        <translation>API von Replicate (eingebaut)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Set when the sandbox starts</source>
        <translation>Wird beim Start der Sandbox gesetzt</translation>
    </message>
    <message>
        <source>The sandbox sets this itself: a free port on this computer.</source>
        <translation>Die Sandbox setzt das selbst: ein freier Port auf diesem Computer.</translation>
    </message>
    <message>
        <source>R&amp;eset to Replicate&apos;s API</source>
        <translation>Auf die API von Replicate &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>R&amp;emove environment</source>
        <translation>Umgebung &amp;entfernen</translation>
    </message>
    <message>
        <source>No default token</source>
        <translation>Kein Standard-Token</translation>
    </message>
    <message>
        <source>No token has this environment</source>
        <translation>Kein Token hat diese Umgebung</translation>
    </message>
    <message>
        <source>Enter a base URL for %1, e.g. https://api.replicate.com/v1.</source>
        <translation>Geben Sie eine Basis-URL für %1 ein, z. B. https://api.replicate.com/v1.</translation>
    </message>
    <message>
        <source>The base URL of %1 was not changed. %2</source>
        <translation>Die Basis-URL von %1 wurde nicht geändert. %2</translation>
    </message>
    <message>
        <source>Requests with %1 tokens now go to %2.</source>
        <translation>Anfragen mit Tokens von %1 gehen jetzt an %2.</translation>
    </message>
    <message>
        <source>Give the new environment a name, e.g. client-x.</source>
        <translation>Geben Sie der neuen Umgebung einen Namen, z. B. kunde-x.</translation>
    </message>
    <message>
        <source>There is already an environment named %1: select it in the list to change its base URL.</source>
        <translation>Es gibt bereits eine Umgebung namens %1: Wählen Sie sie in der Liste aus, um ihre Basis-URL zu ändern.</translation>
    </message>
    <message>
        <source>Give %1 a base URL, e.g. https://replicate-proxy.example.com/v1.</source>
        <translation>Geben Sie %1 eine Basis-URL, z. B. https://replicate-proxy.example.com/v1.</translation>
    </message>
    <message>
        <source>%1 was not added. %2</source>
        <translation>%1 wurde nicht hinzugefügt. %2</translation>
    </message>
    <message>
        <source>Added %1: requests with its tokens go to %2.</source>
        <translation>%1 hinzugefügt: Anfragen mit ihren Tokens gehen an %2.</translation>
    </message>
    <message>
        <source>1 token is labelled %1.</source>
        <translation>1 Token ist mit %1 bezeichnet.</translation>
    </message>
    <message>
        <source>%1 tokens are labelled %2.</source>
        <translation>%1 Tokens sind mit %2 bezeichnet.</translation>
    </message>
    <message>
        <source>They keep the label, and their requests go to Replicate&apos;s API (%1) from now on.</source>
        <translation>Sie behalten die Bezeichnung, und ihre Anfragen gehen ab jetzt an die API von Replicate (%1).</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 uses Replicate&apos;s API again.</source>
        <translation>%1 verwendet wieder die API von Replicate.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
</context>
<context>
    <name>r8::ui::ShowCodeDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Put the code shown on the clipboard</source>
        <translation>Den angezeigten Code in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Paste this line in a terminal: r8 reads the token from the keychain and hands it to curl for this command only. The line itself holds no secret.</source>
        <translation>Fügen Sie diese Zeile in ein Terminal ein: r8 liest das Token aus dem Schlüsselbund und übergibt es nur für diesen Befehl an curl. Die Zeile selbst enthält kein Geheimnis.</translation>
    </message>
    <message>
        <source>For VS Code&apos;s REST Client or JetBrains&apos; HTTP Client. The token comes from REPLICATE_API_TOKEN in a .env file beside it — keep that file out of git.</source>
        <translation>Für den REST Client von VS Code oder den HTTP Client von JetBrains. Das Token kommt aus REPLICATE_API_TOKEN in einer .env-Datei daneben – halten Sie diese Datei aus Git heraus.</translation>
    </message>
    <message>
        <source>The code reads the token from the REPLICATE_API_TOKEN environment variable and never contains it. Run it with the token set for that command only: %1</source>
        <translation>Der Code liest das Token aus der Umgebungsvariable REPLICATE_API_TOKEN und enthält es nie. Führen Sie ihn mit dem nur für diesen Befehl gesetzten Token aus: %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>r8::ui::StatusChip</name>
    <message>
        <source>Prediction status: %1</source>
        <translation>Status der Vorhersage: %1</translation>
    </message>
    <message>
        <source>Prediction status</source>
        <translation>Status der Vorhersage</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>r8::ui::TokenChooser</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The environment to send to; its API address and tokens</source>
        <translation>Die Umgebung, an die gesendet wird; ihre API-Adresse und Tokens</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>The stored token to authenticate with; its secret is read from the keychain only when sending</source>
        <translation>Das gespeicherte Token zur Anmeldung; sein Geheimnis wird erst beim Senden aus dem Schlüsselbund gelesen</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 — %2, ending in %3</source>
        <translation>%1 – %2, endet auf %3</translation>
    </message>
    <message>
        <source>No token for %1 — add one on the Tokens page</source>
        <translation>Kein Token für %1 (unter Tokens hinzufügen)</translation>
    </message>
</context>
<context>
    <name>r8::ui::TokenTableModel</name>
    <message>
        <source>⚠ Exposed · %1</source>
        <translation>⚠ Offengelegt · %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 · rotate</source>
        <translation>%1 · rotieren</translation>
    </message>
    <message>
        <source>default token for %1</source>
        <translation>Standard-Token für %1</translation>
    </message>
    <message>
        <source>not the default</source>
        <translation>nicht der Standard</translation>
    </message>
    <message>
        <source>token ending in %1</source>
        <translation>Token, das auf %1 endet</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Older token shape (no r8_ prefix or not 40 characters)</source>
        <translation>Ältere Token-Form (kein Präfix r8_ oder nicht 40 Zeichen)</translation>
    </message>
    <message>
        <source>Stored in the OS keychain; only the last four characters are shown</source>
        <translation>Im Schlüsselbund des Systems gespeichert; nur die letzten vier Zeichen werden angezeigt</translation>
    </message>
    <message>
        <source>The leak check found this token in a file or history on this computer: rotate it.
%1</source>
        <translation>Die Lecksuche hat dieses Token in einer Datei oder einem Verlauf auf diesem Computer gefunden: Rotieren Sie es.
%1</translation>
    </message>
    <message>
        <source>Added %1. Older than %2 days: time to rotate it (Token → Rotate token).</source>
        <translation>%1 hinzugefügt. Älter als %2 Tage: Zeit, es zu rotieren (Token → Token rotieren).</translation>
    </message>
    <message>
        <source>Default token for the %1 environment</source>
        <translation>Standard-Token für die Umgebung %1</translation>
    </message>
    <message>
        <source>Valid — account %1, checked %2.</source>
        <translation>Gültig – Konto %1, geprüft %2.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Rejected by the server, checked %1: %2</source>
        <translation>Vom Server abgelehnt, geprüft %1: %2</translation>
    </message>
    <message>
        <source>Stopped working — maybe disabled after a leak; rotate it. Checked %1; the server said: %2</source>
        <translation>Funktioniert nicht mehr – vielleicht nach einem Leck deaktiviert; rotieren Sie es. Geprüft %1; der Server meldete: %2</translation>
    </message>
    <message>
        <source>The API could not be reached at the last check (%1): %2</source>
        <translation>Die API war bei der letzten Prüfung nicht erreichbar (%1): %2</translation>
    </message>
    <message>
        <source>Not checked yet. Verify it to learn its account.</source>
        <translation>Noch nicht geprüft. Prüfen Sie es, um sein Konto zu erfahren.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>r8::ui::TokensPage</name>
    <message>
        <source>Environment label</source>
        <translation>Umgebungsbezeichnung</translation>
    </message>
    <message>
        <source>&amp;Import from .env…</source>
        <translation>Aus .env &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Reveal token</source>
        <translation>Token au&amp;fdecken</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Make d&amp;efault for its environment</source>
        <translation>Zum &amp;Standard für seine Umgebung machen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Verify token</source>
        <translation>Token &amp;prüfen</translation>
    </message>
    <message>
        <source>Verify a&amp;ll tokens</source>
        <translation>&amp;Alle Tokens prüfen</translation>
    </message>
    <message>
        <source>R&amp;otate token…</source>
        <translation>Token r&amp;otieren…</translation>
    </message>
    <message>
        <source>Account &amp;tokens…</source>
        <translation>Konto-&amp;Tokens…</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>Die &amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <source>&amp;Hide (%1 s)</source>
        <translation>&amp;Verbergen (%1 s)</translation>
    </message>
    <message>
        <source>Selected token — default for %1</source>
        <translation>Ausgewähltes Token – Standard für %1</translation>
    </message>
    <message>
        <source>Selected token</source>
        <translation>Ausgewähltes Token</translation>
    </message>
    <message>
        <source>Choose .env files</source>
        <translation>.env-Dateien wählen</translation>
    </message>
    <message>
        <source>.env files (.env .env.* *.env)</source>
        <translation>.env-Dateien (.env .env.* *.env)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not copy the token. %1</source>
        <translation>Das Token konnte nicht kopiert werden. %1</translation>
    </message>
    <message>
        <source>Copied “%1”. The clipboard will be cleared in %2 seconds.</source>
        <translation>„%1“ kopiert. Die Zwischenablage wird in %2 Sekunden geleert.</translation>
    </message>
    <message>
        <source>Could not read the token from the keychain. %1</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund gelesen werden. %1</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>Au&amp;fdecken</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Token löschen</translation>
    </message>
    <message>
        <source>Delete “%1” (%2)? The token is removed from the OS keychain. It keeps working on Replicate until you disable it there.</source>
        <translation>„%1“ (%2) löschen? Das Token wird aus dem Schlüsselbund des Systems entfernt. Auf Replicate funktioniert es weiter, bis Sie es dort deaktivieren.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The sandbox is running at %1 — a local look-alike of Replicate&apos;s API. Its demo token is stored as the default of the “sandbox” environment; nothing leaves this computer.</source>
        <translation>Die Sandbox läuft unter %1 – ein lokaler Nachbau der API von Replicate. Ihr Demo-Token ist als Standard der Umgebung „Sandbox“ gespeichert; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>12 days ago</source>
        <translation>vor 12 Tagen</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Add token…</source>
        <translation>Token &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Tokens filtern</translation>
    </message>
</context>
<context>
    <name>r8::ui::TrayController</name>
    <message>
        <source>r8desk quick actions</source>
        <translation>r8desk-Schnellaktionen</translation>
    </message>
    <message>
        <source>&amp;Verify all tokens</source>
        <translation>&amp;Alle Tokens prüfen</translation>
    </message>
    <message>
        <source>Open &amp;Composer</source>
        <translation>&amp;Anfrage-Editor öffnen</translation>
    </message>
    <message>
        <source>&amp;Leak check</source>
        <translation>&amp;Lecksuche</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Hide r8desk</source>
        <translation>r8desk &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>1 token stopped working</source>
        <translation>1 Token funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>%1 tokens stopped working</source>
        <translation>%1 Tokens funktionieren nicht mehr</translation>
    </message>
    <message>
        <source>1 token is rejected by the API</source>
        <translation>1 Token wird von der API abgelehnt</translation>
    </message>
    <message>
        <source>%1 tokens are rejected by the API</source>
        <translation>%1 Tokens werden von der API abgelehnt</translation>
    </message>
    <message>
        <source>1 token is due for rotation</source>
        <translation>1 Token ist zur Rotation fällig</translation>
    </message>
    <message>
        <source>%1 tokens are due for rotation</source>
        <translation>%1 Tokens sind zur Rotation fällig</translation>
    </message>
    <message>
        <source>No tokens stored yet</source>
        <translation>Noch keine Tokens gespeichert</translation>
    </message>
    <message>
        <source>The token works</source>
        <translation>Das Token funktioniert</translation>
    </message>
    <message>
        <source>All %1 tokens work</source>
        <translation>Alle %1 Tokens funktionieren</translation>
    </message>
    <message>
        <source>1 token stored, not verified yet</source>
        <translation>1 Token gespeichert, noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1 tokens stored, none verified yet</source>
        <translation>%1 Tokens gespeichert, noch keines geprüft</translation>
    </message>
    <message>
        <source>%1 of %2 tokens verified as working</source>
        <translation>%1 von %2 Tokens funktionieren nachweislich</translation>
    </message>
    <message>
        <source>r8desk</source>
        <translation>r8desk</translation>
    </message>
    <message>
        <source>&amp;Show r8desk</source>
        <translation>r8desk an&amp;zeigen</translation>
    </message>
</context>
</TS>
