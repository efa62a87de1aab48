"""A real X server (Xvfb), a real window manager (openbox) and the real r8desk binary, driven like
a person: the mouse and keyboard through XTest (xdotool), widgets found through the accessibility
tree (AT-SPI, as a screen reader finds them), geometry read from the X server (xwininfo).
Used by window_test.py; runs inside its own D-Bus session (the a11y bus and an unlocked keyring)."""
import os
import re
import shutil
import subprocess
import tempfile
import time

import pyatspi


class Failure(Exception):
    pass


def wait_for(what, predicate, timeout=20.0, step=0.1):
    """Polls `predicate` until it returns something true, or fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = predicate()
        except (Failure, RuntimeError, subprocess.CalledProcessError) as e:
            last = None
            err = e
        if last:
            return last
        time.sleep(step)
    raise Failure("timed out waiting for " + what)


def text_of(node):
    """The whole text of an accessible text widget."""
    t = node.queryText()
    return t.getText(0, t.characterCount)


class Screen:
    """Xvfb of the given size with openbox on it."""

    def __init__(self, width, height):
        self.width, self.height = width, height
        r, w = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(w), "-screen", "0", "%dx%dx24" % (width, height), "-nolisten", "tcp"],
            pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(w)
        number = b""
        with os.fdopen(r, "rb") as f:
            number = f.readline().strip()
        if not number:
            raise Failure("Xvfb did not start")
        self.display = ":" + number.decode()
        self.env = dict(os.environ, DISPLAY=self.display)
        self.wm = subprocess.Popen(["openbox", "--sm-disable"], env=self.env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # openbox owns the screen once the WM_S0 selection is taken.
        wait_for("openbox", lambda: "_NET_SUPPORTING_WM_CHECK" in self.run(["xprop", "-root"]), 10)

    def run(self, args):
        return subprocess.run(args, env=self.env, check=True, capture_output=True, text=True).stdout

    def xdotool(self, *args):
        return self.run(["xdotool"] + [str(a) for a in args])

    def click(self, x, y, button=1):
        self.xdotool("mousemove", "--sync", int(x), int(y))
        self.xdotool("click", button)

    def key(self, *keys):
        self.xdotool("key", "--clearmodifiers", *keys)

    def type(self, text):
        self.xdotool("type", "--delay", 20, text)

    def screenshot(self, path):
        self.run(["import", "-window", "root", path])

    def close(self):
        for p in (self.wm, self.xvfb):
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def _info(screen, window_id):
    out = screen.run(["xwininfo", "-id", str(window_id)]) + \
        screen.run(["xwininfo", "-children", "-id", str(window_id)])
    def num(label):
        return int(re.search(label + r":\s+(-?\d+)", out).group(1))
    parent = re.search(r"Parent window id: (0x[0-9a-f]+)", out).group(1)
    root = re.search(r"Root window id: (0x[0-9a-f]+)", out).group(1)
    rect = (num("Absolute upper-left X"), num("Absolute upper-left Y"), num("Width"), num("Height"))
    return rect, int(parent, 16), int(root, 16)


def geometry(screen, window_id):
    """(x, y, width, height) of the client area, and of the window manager's frame around it."""
    client, parent, root = _info(screen, window_id)
    frame = client
    while parent != root:
        frame, parent, root = _info(screen, parent)
    return client, frame


def min_size(screen, window_id):
    """The minimum size the window asks the window manager for (WM_NORMAL_HINTS)."""
    out = screen.run(["xprop", "-id", str(window_id), "WM_NORMAL_HINTS"])
    m = re.search(r"program specified minimum size: (\d+) by (\d+)", out)
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)


class App:
    """One r8desk process on a Screen, with its own data and settings folders (kept across
    restarts when the same `home` is given)."""

    def __init__(self, binary, screen, home, extra_env=None, args=()):
        self.screen = screen
        self.home = home
        env = dict(screen.env)
        env.update({
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, "config"),
            "XDG_DATA_HOME": os.path.join(home, "data"),
            "XDG_CACHE_HOME": os.path.join(home, "cache"),
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "R8_LANGUAGE": "C",
        })
        env.pop("NO_AT_BRIDGE", None)
        env.update(extra_env or {})
        self.log = open(os.path.join(home, "r8desk.log"), "ab")
        self.proc = subprocess.Popen([binary] + list(args), env=env, stdout=self.log, stderr=self.log)
        self.window = int(wait_for("the r8desk window", lambda: self._find_window(), 30))
        self.acc = wait_for("r8desk on the accessibility bus", self._find_accessible, 30)

    def _find_window(self):
        if self.proc.poll() is not None:
            raise Failure("r8desk exited with %s" % self.proc.returncode)
        try:
            out = self.screen.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid),
                                   "--name", "r8desk"])
        except subprocess.CalledProcessError:
            return None
        ids = out.split()
        return ids[0] if ids else None

    def _find_accessible(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == self.proc.pid:
                    for frame in app:
                        if frame is not None and frame.getRole() == pyatspi.ROLE_FRAME:
                            return frame
            except Exception:
                pass
        return None

    def geometry(self):
        return geometry(self.screen, self.window)

    def min_size(self):
        return min_size(self.screen, self.window)

    def title(self):
        return self.screen.run(["xdotool", "getwindowname", str(self.window)]).strip()

    def enabled(self, node):
        return node.getState().contains(pyatspi.STATE_ENABLED)

    def description(self, node):
        """The description and the name: a status announces itself through either."""
        return (node.description or "") + " " + (node.name or "")

    def drag(self, node, dx, dy):
        x, y, w, h = self.extents(node)
        cx, cy = x + w // 2, y + h // 2
        self.screen.xdotool("mousemove", "--sync", cx, cy)
        self.screen.xdotool("mousedown", 1)
        for step in range(1, 6):
            self.screen.xdotool("mousemove", "--sync", cx + dx * step // 5, cy + dy * step // 5)
        self.screen.xdotool("mouseup", 1)

    def find(self, name, role=None, root=None, visible=True):
        """The first accessible named `name` (and of `role`) under `root`, showing on screen."""
        def match(node):
            try:
                # "NAME: state" too: a control that announces a change renames itself that way.
                named = node.name == name or node.name.startswith(name + ": ")
                if not named or (role is not None and node.getRole() != role):
                    return False
                if visible and not node.getState().contains(pyatspi.STATE_SHOWING):
                    return False
                return True
            except Exception:
                return False
        # From the application: menus and dialogs are windows of their own beside the main one.
        return pyatspi.utils.findDescendant(root or self.acc.parent or self.acc, match, True)

    def find_prefix(self, prefix, role=None, root=None):
        """The first showing accessible whose name starts with `prefix` (a name that carries its
        text, such as the message bar's “Message: …”)."""
        def match(node):
            try:
                return (node.name or "").startswith(prefix) and \
                    (role is None or node.getRole() == role) and \
                    node.getState().contains(pyatspi.STATE_SHOWING)
            except Exception:
                return False
        return pyatspi.utils.findDescendant(root or self.acc.parent or self.acc, match, True)

    def wait_find(self, name, role=None, root=None, timeout=20):
        return wait_for("“%s”" % name, lambda: self.find(name, role, root), timeout)

    def extents(self, node):
        """Where `node` is on the screen, in the X server's pixels. Qt reports accessible geometry in
        device-independent pixels: with a scale factor (QT_SCALE_FACTOR, or QT_FONT_DPI, from which
        Qt derives one) they are mapped through the main window's own two rectangles."""
        e = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        f = self.acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        client, _ = self.geometry()
        scale = client[2] / f.width if f.width else 1.0
        if abs(scale - 1.0) < 0.01:
            return e.x, e.y, e.width, e.height
        return (round(client[0] + (e.x - f.x) * scale), round(client[1] + (e.y - f.y) * scale),
                round(e.width * scale), round(e.height * scale))

    def click(self, node, dx=None, dy=None):
        x, y, w, h = self.extents(node)
        self.screen.click(x + (w // 2 if dx is None else dx), y + (h // 2 if dy is None else dy))

    def activate(self):
        def active():
            try:
                if int(self.screen.xdotool("getactivewindow").strip()) == self.window:
                    return True
            except (subprocess.CalledProcessError, ValueError):
                pass
            try:
                self.screen.xdotool("windowactivate", self.window)
            except subprocess.CalledProcessError:
                self.screen.xdotool("windowfocus", self.window)
            return False
        wait_for("the r8desk window to be active", active, 30, 0.2)

    def quit(self):
        """Ctrl+Q, as a person would; waits for the process to end."""
        self.activate()
        self.screen.key("ctrl+q")
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise Failure("r8desk did not quit on Ctrl+Q")
        self.log.close()

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.log.close()
