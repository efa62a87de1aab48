#include "app/cli/ChildProcess.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace r8::cli {

namespace {
volatile sig_atomic_t g_child = 0;

void forward(int sig)
{
    if (g_child > 0)
        ::kill(pid_t(g_child), sig);
}
} // namespace

ChildExit runChild(const QString& program, const QStringList& args,
                   const QList<QPair<QByteArray, QByteArray>>& extraEnv)
{
    ChildExit result;
    const QString path =
        program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    if (path.isEmpty() || !QFileInfo(path).isExecutable()) {
        result.error =
            QCoreApplication::translate("r8::cli", "Cannot run “%1”: no such program.").arg(program);
        return result;
    }
    // Everything the child needs is built before fork(): after it, only async-signal-safe calls.
    QList<QByteArray> argStore{QFile::encodeName(path)};
    for (const QString& a : args)
        argStore.append(a.toLocal8Bit());
    std::vector<char*> argv;
    argv.push_back(argStore[0].data());
    for (qsizetype i = 1; i < argStore.size(); ++i)
        argv.push_back(argStore[i].data());
    argv.push_back(nullptr);

    QList<QByteArray> envStore;
    for (char** e = environ; e && *e; ++e) {
        const QByteArray entry(*e);
        const QByteArray name = entry.left(entry.indexOf('='));
        bool replaced = false;
        for (const auto& x : extraEnv)
            replaced = replaced || x.first == name;
        if (!replaced)
            envStore.append(entry);
    }
    for (const auto& x : extraEnv)
        envStore.append(x.first + '=' + x.second);
    std::vector<char*> envp;
    for (QByteArray& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    struct sigaction sa
    {
    };
    sa.sa_handler = forward;
    sigemptyset(&sa.sa_mask);
    struct sigaction oldInt
    {
    }, oldTerm{}, oldHup{};
    sigaction(SIGINT, &sa, &oldInt);
    sigaction(SIGTERM, &sa, &oldTerm);
    sigaction(SIGHUP, &sa, &oldHup);

    const pid_t pid = fork();
    if (pid == 0) {
        sigaction(SIGINT, &oldInt, nullptr);
        sigaction(SIGTERM, &oldTerm, nullptr);
        sigaction(SIGHUP, &oldHup, nullptr);
        execve(argStore[0].constData(), argv.data(), envp.data());
        _exit(127);
    }
    if (pid < 0) {
        result.error = QCoreApplication::translate("r8::cli", "Cannot start “%1”: %2")
                           .arg(program, QString::fromLocal8Bit(std::strerror(errno)));
    } else {
        g_child = pid;
        int status = 0;
        pid_t w;
        do {
            w = waitpid(pid, &status, 0);
        } while (w < 0 && errno == EINTR);
        g_child = 0;
        result.started = true;
        if (WIFEXITED(status))
            result.exitCode = WEXITSTATUS(status);
        else if (WIFSIGNALED(status))
            result.signal = WTERMSIG(status);
    }
    // Wipe the copies of the environment that may hold a secret.
    for (QByteArray& e : envStore)
        e.fill('\0');
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);
    sigaction(SIGHUP, &oldHup, nullptr);
    return result;
}

void exitLikeChild(const ChildExit& e)
{
    if (e.signal > 0) {
        std::signal(e.signal, SIG_DFL);
        ::raise(e.signal);
        _exit(128 + e.signal); // the signal was ignored or blocked
    }
    std::exit(e.started ? e.exitCode : 127);
}

} // namespace r8::cli
