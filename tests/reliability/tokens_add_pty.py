#!/usr/bin/env python3
"""Interactive `r8 tokens add` on a pseudo-terminal (issue 13, item 12).

The pasted token must not be echoed, the terminal's echo must be on again afterwards — also when
the user presses Ctrl+C at the prompt — and the prompt's promise ("it is not shown") must hold.
Ctrl+Z at the prompt stops r8 with echo back on (the shell gets its terminal as it was); when it
continues, echo is off again and the token it then reads is stored.
Usage: tokens_add_pty.py PATH/TO/r8   (inside tests/run-headless.sh: it provides the keyring)
"""
import fcntl
import os
import pty
import secrets
import select
import signal
import string
import sys
import tempfile
import termios
import time

R8 = sys.argv[1]


def run(keys, env):
    """Runs `r8 tokens add NAME` on a new pty, typing `keys` once the prompt shows.
    Returns (exit status, everything the terminal displayed, echo flag of the pty afterwards)."""
    master, slave = pty.openpty()
    name = "pty-" + secrets.token_hex(4)
    pid = os.fork()
    if pid == 0:
        os.setsid()
        os.close(master)
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        for fd in (0, 1, 2):
            os.dup2(slave, fd)
        os.execve(R8, [R8, "tokens", "add", name], env)
    shown = b""
    deadline = time.monotonic() + 60
    typed = False
    status = None
    while time.monotonic() < deadline:
        r, _, _ = select.select([master], [], [], 0.2)
        if r:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                chunk = b""
            shown += chunk
        if not typed and b"Paste the token" in shown:
            # The prompt is printed after echo is switched off; give the line discipline the keys.
            os.write(master, keys)
            typed = True
        done, st = os.waitpid(pid, os.WNOHANG)
        if done:
            status = st
            # drain
            while True:
                r, _, _ = select.select([master], [], [], 0.2)
                if not r:
                    break
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                shown += chunk
            break
    if status is None:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        raise SystemExit("FAIL: r8 tokens add did not finish (keys typed: %s)" % typed)
    echo = bool(termios.tcgetattr(slave)[3] & termios.ECHO)
    os.close(master)
    os.close(slave)
    return status, shown, echo


def read_some(master, shown, timeout=0.2):
    r, _, _ = select.select([master], [], [], timeout)
    if r:
        try:
            return shown + os.read(master, 4096)
        except OSError:
            pass
    return shown


def state_of(pid):
    """The process's state letter from /proc (T: stopped), or None when it is gone."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return None


def wait_for(what, check, master, shown, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check(shown):
            return shown
        shown = read_some(master, shown, 0.05)
    raise SystemExit("FAIL: %s did not happen within %d s" % (what, seconds))


def run_suspended(token, env):
    """`r8 tokens add` as a job of a minimal shell on a new pty (its own process group in the
    foreground, whose parent is in the same session: a Ctrl+Z stops it, as in a real shell).
    Ctrl+Z at the prompt, checks while stopped, SIGCONT, then the token. Returns the job's exit
    status, what the terminal displayed, and the echo flag seen stopped / continued / at the end."""
    master, slave = pty.openpty()
    rpipe, wpipe = os.pipe()
    name = "pty-z-" + secrets.token_hex(4)
    shell = os.fork()
    if shell == 0:
        try:
            os.setsid()
            os.close(master)
            os.close(rpipe)
            fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
            job = os.fork()
            if job == 0:
                os.setpgid(0, 0)
                signal.signal(signal.SIGTTOU, signal.SIG_IGN)  # to take the foreground from here
                os.tcsetpgrp(slave, os.getpgrp())
                signal.signal(signal.SIGTTOU, signal.SIG_DFL)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                os.execve(R8, [R8, "tokens", "add", name], env)
            try:
                os.setpgid(job, job)
            except OSError:
                pass  # the job did it first
            os.write(wpipe, b"%d\n" % job)
            os.close(wpipe)
            _, st = os.waitpid(job, 0)  # a stop does not end this wait
            os._exit(os.WEXITSTATUS(st) if os.WIFEXITED(st) else 128 + os.WTERMSIG(st))
        except BaseException:
            os._exit(127)
    os.close(wpipe)
    job = int(os.read(rpipe, 64).split(b"\n")[0])
    os.close(rpipe)
    echo = lambda: bool(termios.tcgetattr(slave)[3] & termios.ECHO)
    shown = wait_for("the prompt", lambda out: b"Paste the token" in out, master, b"")
    if echo():
        raise SystemExit("FAIL: echo is on at the prompt")
    os.write(master, b"\x1a")  # Ctrl+Z
    shown = wait_for("the stop after Ctrl+Z", lambda _: state_of(job) == "T", master, shown)
    echo_stopped = echo()
    os.kill(job, signal.SIGCONT)
    shown = wait_for("echo off after SIGCONT", lambda _: state_of(job) not in ("T", None) and not echo(),
                     master, shown)
    echo_continued = echo()
    os.write(master, token.encode() + b"\r")
    deadline = time.monotonic() + 60
    status = None
    while time.monotonic() < deadline:
        shown = read_some(master, shown)
        done, st = os.waitpid(shell, os.WNOHANG)
        if done:
            status = st
            shown = read_some(master, shown)
            break
    if status is None:
        os.kill(job, 9)
        os.kill(shell, 9)
        os.waitpid(shell, 0)
        raise SystemExit("FAIL: r8 tokens add did not finish after SIGCONT")
    echo_end = echo()
    os.close(master)
    os.close(slave)
    return status, shown, echo_stopped, echo_continued, echo_end, name


def main():
    env = dict(os.environ)
    home = tempfile.mkdtemp(prefix="r8-pty-")
    env["XDG_DATA_HOME"] = home  # a token list of its own; the keychain is the shared test one
    alphabet = string.ascii_letters + string.digits
    token = "r8_" + "".join(secrets.choice(alphabet) for _ in range(37))

    status, shown, echo = run(token.encode() + b"\r", env)
    if token.encode() in shown or token[-12:].encode() in shown:
        raise SystemExit("FAIL: the pasted token was echoed to the terminal")
    if not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0):
        raise SystemExit("FAIL: tokens add exited %r: %r" % (status, shown.replace(token.encode(), b"<token>")))
    if b"Stored" not in shown:
        raise SystemExit("FAIL: no confirmation shown")
    if not echo:
        raise SystemExit("FAIL: echo is still off after tokens add")

    # Ctrl+C at the prompt: the terminal must come back with echo on.
    status, shown, echo = run(b"\x03", env)
    if not os.WIFSIGNALED(status) or os.WTERMSIG(status) != 2:
        raise SystemExit("FAIL: Ctrl+C did not stop tokens add with SIGINT: %r" % (status,))
    if not echo:
        raise SystemExit("FAIL: echo stayed off after Ctrl+C")

    # Ctrl+Z at the prompt: stopped with echo on, echo off again when continued, the token stored.
    token2 = "r8_" + "".join(secrets.choice(alphabet) for _ in range(37))
    status, shown, stopped, continued, end, name = run_suspended(token2, env)
    if token2.encode() in shown or token2[-12:].encode() in shown:
        raise SystemExit("FAIL: the token typed after SIGCONT was echoed")
    if not stopped:
        raise SystemExit("FAIL: echo was off while r8 was stopped by Ctrl+Z")
    if continued:
        raise SystemExit("FAIL: echo stayed on after SIGCONT")
    if not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0) or b"Stored" not in shown:
        raise SystemExit("FAIL: tokens add after Ctrl+Z/SIGCONT: %r %r" % (status, shown.replace(token2.encode(), b"<token>")))
    if not end:
        raise SystemExit("FAIL: echo is still off after tokens add (after a stop)")
    with open(os.path.join(home, "r8desk", "tokens.json")) as f:
        if ('"%s"' % name) not in f.read():
            raise SystemExit("FAIL: the token entered after SIGCONT is not in the token list")
    print("ok: token not echoed, echo restored after success, after Ctrl+C and while stopped by Ctrl+Z")


if __name__ == "__main__":
    main()
