#pragma once
#include "app/scan/ByteTransform.h"
#include "app/scan/Finding.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace r8::scan {

// A single file looked at because tokens are known to end up there.
struct ScanPlace
{
    QString path;
    Finding::Kind kind = Finding::Kind::KnownHome;
    QString source; // "bash", "zsh", "fish", "replicate-cli", "netrc", "shell-rc", "env"
    ByteTransform::Kind transform = ByteTransform::Kind::None;
};

// bash (~/.bash_history, $HISTFILE), zsh (~/.zsh_history, ~/.zhistory, $ZDOTDIR/.zsh_history;
// metafied), fish ($XDG_DATA_HOME/fish/fish_history). Paths only; existence is checked by the scan.
QList<ScanPlace> shellHistoryPlaces(const QString& home, const QProcessEnvironment& env);

// The Replicate CLI's hosts file ($XDG_CONFIG_HOME/replicate/hosts and ~/.config/replicate/hosts),
// ~/.netrc, shell start-up files (~/.bashrc, ~/.profile, ~/.zshrc, fish's config.fish …) and the
// .env* files directly in the home folder.
QList<ScanPlace> knownTokenHomes(const QString& home, const QProcessEnvironment& env);

} // namespace r8::scan
