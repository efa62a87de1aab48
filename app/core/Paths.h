#pragma once
#include <QString>

namespace r8 {

// Where r8desk keeps its (non-secret) data: QStandardPaths::AppDataLocation for the
// "r8desk" application, created if missing. The core sets the application and organisation
// name itself so that the GUI and the CLI agree on the folder.
QString appDataDir();

// Creates `path` and any missing parent owner-only (0700) whatever the umask; an existing folder
// owned by this user that others could enter or write is narrowed to 0700. False if it cannot be.
bool makePrivateDir(const QString& path);

// Empty when nobody but this user (or root) can change the file at `path` or replace it in its
// folder; otherwise a translated sentence saying who else can. A missing file only checks its folder.
QString writableByOthers(const QString& path);

// Call once at start of each binary (GUI, CLI, tests) before anything touches QStandardPaths.
void setApplicationIdentity();

} // namespace r8
