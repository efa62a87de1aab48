#include "app/core/FileTr.h"
#include "app/scan/GitStreams.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <memory>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace r8::scan {

R8_FILE_TR(r8::scan::GitHistoryScanner) // the strings were written there first

QString runGitStreamsQt(const QString& dir, std::vector<GitStream>& streams, const std::atomic_bool* cancel,
                        bool* canceled)
{
    *canceled = false;
    QString error;
    QEventLoop loop;
    std::vector<std::unique_ptr<QProcess>> procs;
    // One reused buffer (readAll would allocate — and fault in — a new block per read).
    std::vector<char> buf(256 * 1024);
    int running = 0;
    const auto stopAll = [&procs] {
        for (const auto& p : procs) {
            if (p->state() != QProcess::NotRunning)
                p->kill();
        }
    };
    const auto ended = [&] {
        if (--running == 0)
            loop.quit();
    };
    // GIT_FLUSH=0: `git log` would otherwise flush its output after every commit when it writes
    // to a pipe (one write, and one wake-up here, per commit: twice the time on a long history).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_FLUSH"), QStringLiteral("0"));
    env.insert(QStringLiteral("GIT_NO_REPLACE_OBJECTS"), QStringLiteral("1")); // objects as stored and pushed
    const auto start = [&](size_t i) { // false (with `error`) if git could not start
        GitStream* stream = &streams[i];
        QProcess* git = procs[i].get();
        git->setWorkingDirectory(dir);
        git->setProcessEnvironment(env);
#ifdef Q_OS_LINUX
        // A 1 MiB pipe (the unprivileged maximum) instead of 64 KiB: git blocks, and this side
        // wakes up, 16 times less often while tens of megabytes of objects stream by.
        git->setChildProcessModifier([] { ::fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1024 * 1024); });
#endif
        const auto drain = [git, stream, &buf] {
            while (true) {
                const qint64 n = git->read(buf.data(), qint64(buf.size()));
                if (n <= 0)
                    break;
                stream->sink(QByteArrayView(buf.data(), qsizetype(n)));
            }
        };
        QObject::connect(git, &QProcess::readyReadStandardOutput, &loop, drain);
        QObject::connect(
            git, &QProcess::finished, &loop, [&, git, stream, drain](int code, QProcess::ExitStatus status) {
                stream->send = [](QByteArrayView) {};
                stream->closeInput = [] {};
                drain();
                if (error.isEmpty() && !*canceled) {
                    if (status != QProcess::NormalExit || code != 0) {
                        error =
                            tr("git %1 failed: %2")
                                .arg(stream->args.value(0),
                                     QString::fromLocal8Bit(git->readAllStandardError()).trimmed().left(500));
                        stopAll();
                    } else if (stream->done) {
                        stream->done();
                    }
                }
                ended();
            });
        git->start(QStringLiteral("git"),
                   QStringList{QStringLiteral("-c"), QStringLiteral("core.quotepath=on")} + stream->args);
        if (!git->waitForStarted()) {
            if (error.isEmpty())
                error = tr("git could not be started: %1").arg(git->errorString());
            git->disconnect(&loop);
            return false;
        }
        ++running;
        if (!stream->input.isEmpty())
            git->write(stream->input);
        if (stream->keepInputOpen) {
            stream->send = [git](QByteArrayView bytes) { git->write(bytes.data(), bytes.size()); };
            stream->closeInput = [git] { git->closeWriteChannel(); };
        } else {
            git->closeWriteChannel();
        }
        return true;
    };
    for (size_t i = 0; i < streams.size(); ++i)
        procs.push_back(std::make_unique<QProcess>());
    for (size_t i = 0; i < streams.size() && error.isEmpty(); ++i) {
        if (!start(i))
            stopAll();
    }
    QTimer poll; // cancel is an atomic flag, not a signal
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load() && !*canceled) {
            *canceled = true;
            stopAll();
        }
    });
    poll.start();
    if (running > 0)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    for (const auto& p : procs) { // after a failed start: the others were killed
        if (p->state() != QProcess::NotRunning)
            p->waitForFinished();
    }
    for (GitStream& s : streams) { // their processes are gone with this function
        s.send = [](QByteArrayView) {};
        s.closeInput = [] {};
    }
    if (*canceled)
        return QString();
    return error;
}

} // namespace r8::scan
