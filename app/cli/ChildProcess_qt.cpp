// Portable fallback (Windows): QProcess with forwarded channels. Exit codes pass through; there
// are no POSIX signals to forward.
#include "app/cli/ChildProcess.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

#include <cstdlib>

namespace r8::cli {

ChildExit runChild(const QString& program, const QStringList& args,
                   const QList<QPair<QByteArray, QByteArray>>& extraEnv)
{
    ChildExit result;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto& x : extraEnv)
        env.insert(QString::fromLocal8Bit(x.first), QString::fromLocal8Bit(x.second));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.setInputChannelMode(QProcess::ForwardedInputChannel);
    p.start(program, args);
    if (!p.waitForStarted(-1)) {
        result.error =
            QCoreApplication::translate("r8::cli", "Cannot run “%1”: %2").arg(program, p.errorString());
        return result;
    }
    p.waitForFinished(-1);
    result.started = true;
    result.exitCode = p.exitCode();
    return result;
}

void exitLikeChild(const ChildExit& e)
{
    std::exit(e.started ? e.exitCode : 127);
}

} // namespace r8::cli
