#pragma once
#include <QString>

namespace r8 {

// Where r8desk keeps its (non-secret) data: QStandardPaths::AppDataLocation for the
// "r8desk" application, created if missing. The core sets the application and organisation
// name itself so that the GUI and the CLI agree on the folder.
QString appDataDir();

// Call once at start of each binary (GUI, CLI, tests) before anything touches QStandardPaths.
void setApplicationIdentity();

} // namespace r8
