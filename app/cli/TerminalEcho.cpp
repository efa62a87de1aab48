#include "app/cli/TerminalEcho.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstring>
#include <pthread.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace r8::cli {

#ifdef Q_OS_UNIX
namespace {
struct termios g_saved;
struct termios g_quiet;
volatile sig_atomic_t g_restore = 0;
struct sigaction g_previous[3];
constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};
// Job control: Ctrl+Z (and a background read or write) stops the program with the terminal as the
// user had it, and echo goes off again when it continues — as ssh's and sudo's password prompts do.
struct sigaction g_previousStop[3];
struct sigaction g_onStop;
constexpr int kStops[3] = {SIGTSTP, SIGTTIN, SIGTTOU};

void restoreTerminal()
{
    if (g_restore) {
        g_restore = 0;
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    }
}

// Async-signal-safe throughout: restores the terminal, stops the way the signal's default action
// would (inside this handler), and once continued (SIGCONT) turns echo off again. Continued in the
// background, the tcsetattr below raises SIGTTOU: this handler stops the program again until it
// is in the foreground, so the shell's terminal is never left without echo.
void onStop(int sig)
{
    const int savedErrno = errno;
    const bool quiet = g_restore;
    // In the background (a read or write there stopped us), the terminal is the shell's: leave it.
    if (quiet && tcgetpgrp(STDIN_FILENO) == getpgrp())
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    struct sigaction dfl;
    std::memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, nullptr);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, sig);
    pthread_sigmask(SIG_UNBLOCK, &only, nullptr);
    kill(getpid(), sig); // stops here, until SIGCONT
    pthread_sigmask(SIG_BLOCK, &only, nullptr);
    sigaction(sig, &g_onStop, nullptr);
    if (quiet && g_restore) { // not restored meanwhile (the prompt ended)
        while (tcsetattr(STDIN_FILENO, TCSANOW, &g_quiet) != 0 && errno == EINTR) {
        }
    }
    errno = savedErrno;
}

void onSignal(int sig)
{
    restoreTerminal(); // async-signal-safe
    for (int i = 0; i < 3; ++i) {
        if (kSignals[i] == sig)
            sigaction(sig, &g_previous[i], nullptr);
    }
    raise(sig);
}
void restoreHandlers()
{
    for (int i = 0; i < 3; ++i) {
        sigaction(kSignals[i], &g_previous[i], nullptr);
        sigaction(kStops[i], &g_previousStop[i], nullptr);
    }
}
} // namespace

EchoOff::EchoOff()
{
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &g_saved) != 0)
        return;
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    for (int i = 0; i < 3; ++i)
        sigaction(kSignals[i], &sa, &g_previous[i]);
    g_quiet = g_saved;
    g_quiet.c_lflag &= ~tcflag_t(ECHO);
    g_quiet.c_lflag |= ECHONL; // the Enter key still moves to the next line
    std::memset(&g_onStop, 0, sizeof g_onStop);
    g_onStop.sa_handler = onStop;
    g_onStop.sa_flags = SA_RESTART; // the read of the prompt goes on after a stop
    sigemptyset(&g_onStop.sa_mask);
    for (int i = 0; i < 3; ++i)
        sigaction(kStops[i], &g_onStop, &g_previousStop[i]);
    g_restore = 1;
    if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_quiet) != 0) {
        g_restore = 0;
        restoreHandlers();
        return;
    }
    m_active = true;
}

EchoOff::~EchoOff()
{
    if (!m_active)
        return;
    restoreTerminal();
    restoreHandlers();
}
#else
EchoOff::EchoOff() = default;
EchoOff::~EchoOff() = default;
#endif

} // namespace r8::cli
