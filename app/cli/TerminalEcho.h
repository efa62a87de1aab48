#pragma once

namespace r8::cli {

// While alive, the terminal on standard input does not echo what is typed (for pasting a secret).
// The previous setting comes back when it goes out of scope, and also when the program is stopped
// by Ctrl+C, SIGTERM or SIGHUP (the signal is then delivered as before). Ctrl+Z (SIGTSTP, and
// SIGTTIN/SIGTTOU) stops the program with echo back on; echo goes off again when it continues.
// Does nothing when standard input is not a terminal.
class EchoOff
{
public:
    EchoOff();
    ~EchoOff();
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

    bool active() const { return m_active; }

private:
    bool m_active = false;
};

} // namespace r8::cli
