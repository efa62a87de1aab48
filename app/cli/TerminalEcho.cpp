#include "app/cli/TerminalEcho.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <csignal>
#include <cstring>
#include <termios.h>
#include <unistd.h>
#endif

namespace r8::cli {

#ifdef Q_OS_UNIX
namespace {
struct termios g_saved;
volatile sig_atomic_t g_restore = 0;
struct sigaction g_previous[3];
constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};

void restoreTerminal()
{
    if (g_restore) {
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
        g_restore = 0;
    }
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
    struct termios quiet = g_saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL; // the Enter key still moves to the next line
    g_restore = 1;
    if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) != 0) {
        g_restore = 0;
        for (int i = 0; i < 3; ++i)
            sigaction(kSignals[i], &g_previous[i], nullptr);
        return;
    }
    m_active = true;
}

EchoOff::~EchoOff()
{
    if (!m_active)
        return;
    restoreTerminal();
    for (int i = 0; i < 3; ++i)
        sigaction(kSignals[i], &g_previous[i], nullptr);
}
#else
EchoOff::EchoOff() = default;
EchoOff::~EchoOff() = default;
#endif

} // namespace r8::cli
