#!/usr/bin/env python3
"""Interactive `r8 tokens add` on a pseudo-terminal (issue 13, item 12).

The pasted token must not be echoed, the terminal's echo must be on again afterwards — also when
the user presses Ctrl+C at the prompt — and the prompt's promise ("it is not shown") must hold.
Usage: tokens_add_pty.py PATH/TO/r8   (inside tests/run-headless.sh: it provides the keyring)
"""
import os
import pty
import secrets
import select
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
        import fcntl
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
    print("ok: token not echoed, echo restored after success and after Ctrl+C")


if __name__ == "__main__":
    main()
