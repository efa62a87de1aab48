#include "app/scan/GitStreams.h"

namespace r8::scan {

QString runGitStreams(const QString& dir, std::vector<GitStream>& streams, const std::atomic_bool* cancel,
                      bool* canceled)
{
#ifdef Q_OS_UNIX
    return runGitStreamsPosix(dir, streams, cancel, canceled);
#else
    return runGitStreamsQt(dir, streams, cancel, canceled);
#endif
}

} // namespace r8::scan
