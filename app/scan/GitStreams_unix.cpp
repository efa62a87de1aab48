#include "app/core/FileTr.h"
#include "app/scan/GitStreams.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace r8::scan {

R8_FILE_TR(r8::scan::GitHistoryScanner) // the strings were written there first

namespace {

constexpr size_t kReadBuffer = 1024 * 1024;
constexpr qsizetype kMaxStderr = 4096;
constexpr int kReadsPerWakeUp = 4; // then the other pipes get their turn
constexpr qint64 kCoalesce = 256 * 1024;

struct Child
{
    pid_t pid = -1;
    int in = -1, out = -1, err = -1; // this side's ends
    QByteArray pending;              // for stdin, not yet written
    qsizetype written = 0;
    bool closeWhenWritten = false;
    QByteArray errText; // the first kMaxStderr bytes of stderr
    bool running = false;
};

void closeFd(int& fd)
{
    if (fd >= 0) {
        ::close(fd);
        fd = -1;
    }
}

// A close-on-exec fd above 2 (so that dup2 onto 0, 1 or 2 in the child always makes a new fd).
bool lift(int& fd)
{
    if (fd > 2) {
        return ::fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
    }
    const int high = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
    ::close(fd);
    fd = high;
    return fd >= 0;
}

bool makePipe(int fds[2])
{
#ifdef __linux__
    if (::pipe2(fds, O_CLOEXEC) != 0) // close-on-exec at once: no other thread's child inherits them
        return false;
#else
    if (::pipe(fds) != 0)
        return false;
#endif
    if (!lift(fds[0]) || !lift(fds[1])) {
        closeFd(fds[0]);
        closeFd(fds[1]);
        return false;
    }
    return true;
}

void setNonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

// As QProcess does: a write to a pipe whose reader has gone fails with EPIPE instead of ending r8.
void ignoreSigpipe()
{
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    if (::sigaction(SIGPIPE, nullptr, &sa) == 0 && sa.sa_handler == SIG_DFL) {
        sa.sa_handler = SIG_IGN;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = 0;
        ::sigaction(SIGPIPE, &sa, nullptr);
    }
}

// Starts `git -C dir -c core.quotepath=on <args>` with three pipes; returns 0 or an errno.
int spawn(const QString& dir, const QStringList& args, const std::vector<char*>& envp, Child& c)
{
    int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
    if (!makePipe(in) || !makePipe(out) || !makePipe(err)) {
        const int e = errno;
        for (int* p : {in, out, err}) {
            closeFd(p[0]);
            closeFd(p[1]);
        }
        return e ? e : EMFILE;
    }
#ifdef F_SETPIPE_SZ
    // 1 MiB (the unprivileged maximum) instead of 64 KiB: git blocks, and this side wakes up,
    // 16 times less often while tens of megabytes of objects stream by.
    ::fcntl(out[0], F_SETPIPE_SZ, 1024 * 1024);
#endif
    QList<QByteArray> argStore{QByteArrayLiteral("git"), QByteArrayLiteral("-C"), QFile::encodeName(dir),
                               QByteArrayLiteral("-c"), QByteArrayLiteral("core.quotepath=on")};
    for (const QString& a : args)
        argStore.append(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&fa, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&fa, err[1], STDERR_FILENO);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    const int rc = ::posix_spawnp(&c.pid, "git", &fa, &attr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    closeFd(in[0]);
    closeFd(out[1]);
    closeFd(err[1]);
    if (rc != 0) {
        closeFd(in[1]);
        closeFd(out[0]);
        closeFd(err[0]);
        c.pid = -1;
        return rc;
    }
    c.in = in[1];
    c.out = out[0];
    c.err = err[0];
    for (int fd : {c.in, c.out, c.err})
        setNonBlocking(fd);
    c.running = true;
    return 0;
}

} // namespace

QString runGitStreamsPosix(const QString& dir, std::vector<GitStream>& streams,
                           const std::atomic_bool* cancel, bool* canceled)
{
    *canceled = false;
    QString error;
    ignoreSigpipe();
    // GIT_FLUSH=0: `git log` would otherwise flush its output after every commit when it writes
    // to a pipe (one write, and one wake-up here, per commit: twice the time on a long history).
    QList<QByteArray> envStore;
    for (char** e = environ; e && *e; ++e) {
        if (std::strncmp(*e, "GIT_FLUSH=", 10) != 0 && std::strncmp(*e, "GIT_NO_REPLACE_OBJECTS=", 23) != 0)
            envStore.append(QByteArray(*e));
    }
    envStore.append(QByteArrayLiteral("GIT_FLUSH=0"));
    // The objects as stored (and as a push sends them), not as `git replace` shows them.
    envStore.append(QByteArrayLiteral("GIT_NO_REPLACE_OBJECTS=1"));
    std::vector<char*> envp;
    for (QByteArray& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    std::vector<Child> children(streams.size());
    const auto killAll = [&children] {
        for (Child& c : children) {
            if (c.running)
                ::kill(c.pid, SIGKILL);
        }
    };
    for (size_t i = 0; i < streams.size() && error.isEmpty(); ++i) {
        Child& c = children[i];
        const int rc = spawn(dir, streams[i].args, envp, c);
        if (rc != 0) {
            error = tr("git could not be started: %1").arg(QString::fromLocal8Bit(std::strerror(rc)));
            killAll();
            break;
        }
        c.pending = streams[i].input;
        c.closeWhenWritten = !streams[i].keepInputOpen;
        if (streams[i].keepInputOpen) {
            streams[i].send = [&c](QByteArrayView bytes) {
                if (c.in >= 0)
                    c.pending.append(bytes.data(), bytes.size());
            };
            streams[i].closeInput = [&c] { c.closeWhenWritten = true; };
        }
    }

    const std::unique_ptr<char[]> buf(new char[kReadBuffer]); // not zeroed: only read into
    std::vector<pollfd> fds;
    std::vector<std::pair<size_t, int>> owner; // (stream, 0 stdin / 1 stdout / 2 stderr) per pollfd
    while (true) {
        fds.clear();
        owner.clear();
        bool waiting = false; // a child has closed its pipes and not exited yet
        bool any = false;
        for (size_t i = 0; i < children.size(); ++i) {
            Child& c = children[i];
            if (c.in >= 0 && c.closeWhenWritten && c.written >= c.pending.size()) {
                closeFd(c.in);
                c.pending = QByteArray();
                c.written = 0;
            }
            if (!c.running)
                continue;
            any = true;
            if (c.in >= 0 && c.written < c.pending.size()) {
                fds.push_back({c.in, POLLOUT, 0});
                owner.emplace_back(i, 0);
            }
            if (c.out >= 0) {
                fds.push_back({c.out, POLLIN, 0});
                owner.emplace_back(i, 1);
            }
            if (c.err >= 0) {
                fds.push_back({c.err, POLLIN, 0});
                owner.emplace_back(i, 2);
            }
            waiting = waiting || (c.out < 0 && c.err < 0);
        }
        if (!any)
            break;
        const int n = ::poll(fds.data(), nfds_t(fds.size()), waiting ? 5 : 100);
        if (n < 0 && errno != EINTR)
            break; // (not seen in practice) the children are reaped below
        if (cancel && cancel->load() && !*canceled) {
            *canceled = true;
            killAll();
        }
        qint64 readNow = 0; // stdout bytes read in this round
        for (size_t k = 0; n > 0 && k < fds.size(); ++k) {
            if (fds[k].revents == 0)
                continue;
            const auto [i, which] = owner[k];
            Child& c = children[i];
            if (which == 0) {
                const ssize_t w =
                    ::write(c.in, c.pending.constData() + c.written, size_t(c.pending.size() - c.written));
                if (w > 0) {
                    c.written += w;
                    if (c.written >= c.pending.size() || c.written > qsizetype(kReadBuffer)) {
                        c.pending.remove(0, c.written); // keeps what is left, bounded
                        c.written = 0;
                    }
                } else if (w < 0 && errno != EAGAIN && errno != EINTR) {
                    closeFd(c.in); // git stopped reading (it ended or failed: its exit says which)
                    c.pending = QByteArray();
                    c.written = 0;
                }
                continue;
            }
            int& fd = which == 1 ? c.out : c.err;
            for (int reads = 0; fd >= 0 && reads < kReadsPerWakeUp; ++reads) {
                const ssize_t r = ::read(fd, buf.get(), kReadBuffer);
                if (r > 0) {
                    if (which == 1) {
                        readNow += r;
                        if (!*canceled && error.isEmpty())
                            streams[i].sink(QByteArrayView(buf.get(), qsizetype(r)));
                    } else if (c.errText.size() < kMaxStderr) {
                        c.errText.append(buf.get(),
                                         qsizetype(std::min<ssize_t>(r, kMaxStderr - c.errText.size())));
                    }
                    if (size_t(r) < kReadBuffer)
                        break; // the pipe is empty now
                } else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
                    closeFd(fd);
                } else {
                    break;
                }
            }
        }
        if (readNow > 0 && readNow < kCoalesce) {
            // git writes 4 KiB at a time; waking up for each costs both sides more than the
            // bytes do (a third of the time on a long history). Output trickling in: let it
            // gather in the 1 MiB pipe for a moment (git keeps running meanwhile).
            ::poll(nullptr, 0, 1);
        }
        for (size_t i = 0; i < children.size(); ++i) {
            Child& c = children[i];
            if (!c.running || c.out >= 0 || c.err >= 0)
                continue;
            int status = 0;
            const pid_t got = ::waitpid(c.pid, &status, WNOHANG);
            if (got == 0 || (got < 0 && errno == EINTR))
                continue;
            c.running = false;
            closeFd(c.in);
            streams[i].send = [](QByteArrayView) {};
            streams[i].closeInput = [] {};
            if (!error.isEmpty() || *canceled)
                continue;
            if (got < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
                error =
                    tr("git %1 failed: %2")
                        .arg(streams[i].args.value(0), QString::fromLocal8Bit(c.errText).trimmed().left(500));
                killAll();
            } else if (streams[i].done) {
                streams[i].done();
            }
        }
    }
    for (size_t i = 0; i < children.size(); ++i) { // only after poll() failed: stop and reap
        Child& c = children[i];
        for (int* fd : {&c.in, &c.out, &c.err})
            closeFd(*fd);
        if (c.running) {
            ::kill(c.pid, SIGKILL);
            ::waitpid(c.pid, nullptr, 0);
            if (error.isEmpty() && !*canceled)
                error = tr("git %1 failed: %2")
                            .arg(streams[i].args.value(0), QString::fromLocal8Bit(std::strerror(errno)));
        }
        streams[i].send = [](QByteArrayView) {};
        streams[i].closeInput = [] {};
    }
    if (*canceled)
        return QString();
    return error;
}

} // namespace r8::scan
