#!/usr/bin/python3
"""The real-window tier: the real r8desk binary on a real X server (Xvfb) under a real window
manager (openbox), driven like a person (XTest mouse and keyboard, widgets found by their
accessible names), at 1024×600 with the default font, 1366×768 with a 12 pt font
(QT_FONT_DPI=120) and 1920×1080 with QT_SCALE_FACTOR=1.5. It asserts that the window stays inside
the screen and never grows by itself, that resizes are honoured, that geometry, splitter and page
come back after a restart, History's mouse selection, the composer flow against the sandbox (send,
stream, Response tab, a 422 that marks its field), the composer's state after a model change, and
the sandbox after a restart. Screenshots of each state go to OUT_DIR: look at them.
    window_test.py R8DESK_BINARY OUT_DIR
Every check is reported; the exit code is 1 when any failed."""
import os
import shutil
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import desk  # noqa: E402

BINARY, OUT = sys.argv[1], sys.argv[2]
os.makedirs(OUT, exist_ok=True)
failures = []
notes = []

PAGES = [("Tokens", "Tokens page"), ("Composer", "Composer page"), ("History", "History page"),
         ("Leak check", "Leak check page"), ("Settings", "Settings page")]


def check(ok, what, detail=""):
    print(("ok    " if ok else "FAIL  ") + what + ((" — " + detail) if detail else ""), flush=True)
    if not ok:
        failures.append(what + ((" — " + detail) if detail else ""))
    return ok


def contains(outer, inner):
    """Whether the rectangle `inner` (x, y, w, h) lies within `outer`."""
    ox, oy, ow, oh = outer
    ix, iy, iw, ih = inner
    return iw > 0 and ih > 0 and ix >= ox and iy >= oy and ix + iw <= ox + ow and iy + ih <= oy + oh


def inside(screen, frame):
    x, y, w, h = frame
    return x >= 0 and y >= 0 and x + w <= screen.width and y + h <= screen.height


class Scenario:
    def __init__(self, name, width, height, env, restart):
        self.name, self.env, self.restart = name, env, restart
        self.screen = desk.Screen(width, height)
        self.home = tempfile.mkdtemp(prefix="r8desk-window-")
        self.app = None

    def shot(self, state):
        path = os.path.join(OUT, "%s-%s.png" % (self.name, state))
        self.screen.screenshot(path)

    def start(self):
        self.app = desk.App(BINARY, self.screen, self.home, self.env)
        # The first geometry can still change while the window manager maps the window.
        last = [None]

        def settled():
            g = self.app.geometry()
            same = g == last[0]
            last[0] = g
            return same

        desk.wait_for("the window to settle", settled, 10, 0.3)
        return self.app

    def same_size(self, before, what):
        client, frame = self.app.geometry()
        check(client[2:] == before[2:], "%s: %s keeps the window's size" % (self.name, what),
              "%s → %s" % (before[2:], client[2:]))
        check(inside(self.screen, frame), "%s: %s — the window is inside the %dx%d screen"
              % (self.name, what, self.screen.width, self.screen.height), str(frame))

    def page_scrollbars(self, page):
        """Scroll bars of the page's frame (the page needs more room than the window gives it)."""
        bars = []
        frame = page.parent
        while frame is not None and frame.getRole() not in (pyatspi.ROLE_SCROLL_PANE, pyatspi.ROLE_FILLER):
            frame = frame.parent
        holder = frame.parent if frame is not None else None
        for node in (holder or []):
            if node is None:
                continue
            for child in node:
                try:
                    if child is not None and child.getRole() == pyatspi.ROLE_SCROLL_BAR and \
                            child.getState().contains(pyatspi.STATE_SHOWING):
                        x, y, w, h = self.app.extents(child)
                        bars.append("horizontal" if w > h else "vertical")
                except Exception:
                    pass
        return bars

    def go(self, index):
        self.app.activate()
        self.screen.key("ctrl+%d" % (index + 1))
        return self.app.wait_find(PAGES[index][1])

    def run(self):
        app = self.start()
        client, frame = app.geometry()
        check(inside(self.screen, frame), "%s: the window opens inside the screen" % self.name, str(frame))
        start_size = client
        self.shot("tokens-first-run")

        # "Try the sandbox": the sandbox environment is chosen for the whole window.
        app.activate()
        button = app.wait_find("Try the sandbox", pyatspi.ROLE_PUSH_BUTTON)
        app.click(button)
        table = desk.wait_for("the sandbox's token", lambda: app.find("Stored tokens", pyatspi.ROLE_TABLE), 30)
        desk.wait_for("the sandbox's environment", lambda: "sandbox" in app.title(), 10)
        check("sandbox" in app.title(), "%s: Try the sandbox selects the sandbox environment" % self.name,
              app.title())
        self.same_size(start_size, "Try the sandbox")
        self.shot("tokens")

        # At least five rows of tokens fit; the filter field keeps a useful width.
        t = table.queryTable()
        row_h = app.extents(t.getAccessibleAt(0, 0))[3]
        header_h = app.extents(t.getColumnHeader(0))[3] if t.getColumnHeader(0) else row_h
        rows = (app.extents(table)[3] - header_h) // max(1, row_h)
        check(rows >= 5, "%s: the token table shows at least 5 rows" % self.name, "%d rows" % rows)
        filt = app.wait_find("Filter tokens")
        check(app.extents(filt)[2] >= 200, "%s: the filter field keeps a useful width" % self.name,
              "%d px" % app.extents(filt)[2])

        # Every page: the window keeps its size and stays on the screen.
        for i, (title, name) in enumerate(PAGES):
            page = self.go(i)
            time.sleep(0.3)
            self.same_size(start_size, "showing %s" % title)
            bars = self.page_scrollbars(page)
            notes.append("%s: %s page — window minimum %s, scroll bars: %s"
                         % (self.name, title, app.min_size(), ", ".join(bars) or "none"))
            check("horizontal" not in bars, "%s: %s fits the window's width" % (self.name, title),
                  "scroll bars: " + ", ".join(bars))
            self.shot("page-%d-%s" % (i + 1, title.lower().replace(" ", "-")))

        self.composer_flow(start_size)
        self.history_by_mouse(start_size)
        self.resizes()
        if self.restart:
            self.restart_and_compare()
        app.quit()

    def composer_flow(self, start_size):
        app = self.app
        self.go(1)
        self.pick_sample(3)  # Streaming text (Meta Llama 3 8B Instruct)
        send = app.wait_find("Send", pyatspi.ROLE_PUSH_BUTTON)
        desk.wait_for("Send to be enabled", lambda: app.enabled(send), 30)
        self.same_size(start_size, "loading a sample")
        # Ctrl+Return from inside the page (Send may be scrolled out of view while the composer is
        # wider than the window: see the fits-the-width check below).
        app.click(app.wait_find("Model", pyatspi.ROLE_TEXT))
        self.screen.key("ctrl+Return")
        # The status chip's name carries its state ("Prediction status: …").
        chip = desk.wait_for("the prediction status", lambda: app.find_prefix("Prediction status"), 20)
        desk.wait_for("the prediction to succeed",
                      lambda: "succeeded" in app.description(chip).lower(), 90, 0.3)
        self.same_size(start_size, "a streamed prediction")
        self.shot("composer-streamed")
        app.click(app.wait_find("Response", pyatspi.ROLE_PAGE_TAB))
        time.sleep(0.5)
        self.same_size(start_size, "the Response tab")
        self.shot("composer-response")
        composer = app.wait_find("Composer page")
        bars = self.page_scrollbars(composer)
        check("horizontal" not in bars, "%s: the composer after a response fits the window's width "
              "(composer growth: fixed on the composer branch)" % self.name, ", ".join(bars))
        # A model change clears the previous run's state.
        self.pick_sample(2)  # Hello world (replicate/hello-world)
        time.sleep(1)
        check("succeeded" not in app.description(chip).lower(),
              "%s: loading another model clears the last run's status (composer branch)" % self.name,
              app.description(chip))
        self.shot("composer-model-changed")
        self.composer_422(start_size)

    def composer_422(self, start_size):
        """A 422 as a person sees it: FLUX.1 schnell with num_outputs 9 (the schema allows 1–4),
        typed into the JSON tab and sent; the sandbox refuses it."""
        app = self.app
        self.pick_sample(1)  # Image: a cat wearing a hat (FLUX.1 schnell)
        send = app.wait_find("Send", pyatspi.ROLE_PUSH_BUTTON)
        desk.wait_for("Send to be enabled", lambda: app.enabled(send), 30)
        composer = app.wait_find("Composer page")
        app.click(app.wait_find("JSON", pyatspi.ROLE_PAGE_TAB, composer))
        editor = app.wait_find("Request body (JSON)", None, composer)
        app.click(editor)
        self.screen.key("ctrl+a")
        self.screen.type('{"input": {"prompt": "a cat wearing a hat", "num_outputs": 9}}')
        desk.wait_for("the typed body", lambda: '"num_outputs": 9' in desk.text_of(editor), 10)
        app.click(app.wait_find("Model", pyatspi.ROLE_TEXT, composer))
        self.screen.key("ctrl+Return")
        # The status chip's name carries its state ("Prediction status: …").
        chip = desk.wait_for("the prediction status",
                             lambda: app.find_prefix("Prediction status", root=composer), 20)

        def message():
            node = app.find_prefix("Message: ", root=composer)
            return node if node is not None and "422" in node.name else None
        try:
            bar = desk.wait_for("the 422 message", message, 30, 0.2)
        except desk.Failure:
            bar = app.find_prefix("Message: ", root=composer)
        text = bar.name if bar is not None else "(no message shown)"
        check(bar is not None and "422" in text and "num_outputs" in text,
              "%s: a 422 shows the server's refusal naming the field in the message bar" % self.name, text)
        check("succeeded" not in app.description(chip).lower(),
              "%s: … and the status is not a success" % self.name, app.description(chip))
        self.same_size(start_size, "a 422")
        # The marked field: the form is shown again, the field is on screen and has the focus.
        field = desk.wait_for("the marked field", lambda: app.find("Num Outputs", pyatspi.ROLE_SPIN_BUTTON,
                                                                   composer), 10)
        desk.wait_for("the marked field's focus",
                      lambda: field.getState().contains(pyatspi.STATE_FOCUSED), 10)
        states = field.getState()
        check(states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_FOCUSED),
              "%s: after a 422 the marked field (Num Outputs) is shown and focused" % self.name,
              "showing=%s focused=%s" % (states.contains(pyatspi.STATE_SHOWING),
                                         states.contains(pyatspi.STATE_FOCUSED)))
        x, y, w, h = app.extents(field)
        check(w > 0 and h > 0 and inside(self.screen, (x, y, w, h)),
              "%s: … and inside the screen" % self.name, str((x, y, w, h)))
        # The whole marked row is in view: its title (not cut at the left by a sideways scroll), the
        # field, and the line that says what is wrong (not below the visible part of the form), inside
        # both the form's view and the request side's.
        title = app.find("Num Outputs", pyatspi.ROLE_LABEL, composer)
        problem = desk.wait_for("the field's problem line", lambda: app.find_prefix(
            "Must be less than or equal to", pyatspi.ROLE_LABEL, composer), 10)
        # (By name and not a row: the Response tab's exchange list has rows named "Request" too.)
        rows = (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM)
        request_side = pyatspi.utils.findDescendant(
            composer, lambda n: n.name == "Request" and n.getRole() not in rows and
            n.getState().contains(pyatspi.STATE_SHOWING), True)
        views = (("the form", app.find("Input form", None, composer)),
                 ("the request side", request_side))
        for what, node in (("its title", title), ("the field", field), ("its problem line", problem)):
            box = app.extents(node) if node is not None else None
            for view_name, view in views:
                frame = app.extents(view) if view is not None else None
                check(box is not None and frame is not None and contains(frame, box),
                      "%s: after a 422 %s is inside %s's view" % (self.name, what, view_name),
                      "%s in %s" % (box, frame))
        # … and nothing there is scrolled sideways: no horizontal scroll bar on the request side or
        # the form (a person would see the labels cut at their left edge).
        for view_name, view in views:
            # (Qt does not say a scroll bar's orientation over AT-SPI: a horizontal one is wider
            # than it is tall.)
            bars = [] if view is None else [
                b for b in pyatspi.utils.findAllDescendants(
                    view, lambda n: n.getRole() == pyatspi.ROLE_SCROLL_BAR and
                    n.getState().contains(pyatspi.STATE_SHOWING))
                if app.extents(b)[2] > app.extents(b)[3]]
            check(view is not None and not bars,
                  "%s: after a 422 %s has no horizontal scroll bar" % (self.name, view_name),
                  "%d showing" % len(bars))
        self.shot("composer-422")

    def pick_sample(self, position):
        # Qt 6.4 does not put an open menu on the accessibility bus: its items are chosen with the
        # keyboard, as a person would after opening it with the mouse.
        self.app.click(self.app.wait_find("Samples", pyatspi.ROLE_PUSH_BUTTON))
        time.sleep(0.5)
        self.screen.key(*(["Down"] * position + ["Return"]))

    def history_by_mouse(self, start_size):
        app = self.app
        self.go(2)
        table = app.wait_find("Sent requests", pyatspi.ROLE_TABLE)
        cell = table.queryTable().getAccessibleAt(0, 1)
        app.click(cell)
        reopen = app.wait_find("Reopen in the composer", pyatspi.ROLE_PUSH_BUTTON)
        desk.wait_for("Reopen to be enabled", lambda: app.enabled(reopen), 5)
        check(app.enabled(reopen), "%s: a History row clicked with the mouse enables Reopen" % self.name)
        check(app.enabled(app.wait_find("Delete the request", pyatspi.ROLE_PUSH_BUTTON)),
              "%s: … and Delete" % self.name)
        self.same_size(start_size, "History with a selected request")
        self.shot("history-selected")

    def resizes(self):
        app = self.app
        for w, h in ((self.screen.width * 3 // 4, self.screen.height * 3 // 4),
                     (self.screen.width * 7 // 8, self.screen.height * 7 // 8)):
            app.screen.xdotool("windowsize", "--sync", app.window, w, h)
            # Within 2 px: with a scale factor Qt rounds the size to whole device-independent pixels.
            def near():
                c = app.geometry()[0]
                return abs(c[2] - w) <= 2 and abs(c[3] - h) <= 2
            try:
                desk.wait_for("the resize", near, 5)
            except desk.Failure:
                pass
            client, frame = app.geometry()
            check(near(), "%s: a resize to %dx%d is honoured" % (self.name, w, h), str(client))
            check(inside(self.screen, frame), "%s: after the resize the window is inside the screen" % self.name)
        self.shot("resized")

    def restart_and_compare(self):
        app = self.app
        # Move the Tokens page's splitter, end on History, quit; all of it must come back.
        self.go(0)
        dismiss = app.find("Dismiss message", pyatspi.ROLE_PUSH_BUTTON)
        if dismiss is not None:  # the sandbox's banner: not there after a restart either
            app.click(dismiss)
        split = app.wait_find("Stored tokens", pyatspi.ROLE_TABLE)
        handle = None
        for node in split.parent:
            if node is not None and node.getRole() != pyatspi.ROLE_TABLE and \
                    0 < app.extents(node)[3] <= 12 and app.extents(node)[2] > 0:
                handle = node
        table_h = app.extents(split)[3]
        if check(handle is not None, "%s: the token list has a splitter" % self.name):
            app.drag(handle, 0, -30)
            desk.wait_for("the splitter to move", lambda: app.extents(split)[3] < table_h, 5)
        table_h = app.extents(split)[3]
        self.shot("splitter-moved")
        self.go(2)
        client, _ = app.geometry()
        app.quit()
        app = self.start()
        client2, frame2 = app.geometry()
        check(client2[2:] == client[2:], "%s: the window's size is restored after a restart" % self.name,
              "%s → %s" % (client[2:], client2[2:]))
        check(abs(client2[0] - client[0]) <= 2 and abs(client2[1] - client[1]) <= 2,
              "%s: the window's place is restored after a restart" % self.name,
              "%s → %s" % (client[:2], client2[:2]))
        check(app.find("History page") is not None, "%s: the last page (History) is shown again" % self.name)
        self.shot("restarted")
        self.go(0)
        table = app.wait_find("Stored tokens", pyatspi.ROLE_TABLE)
        check(abs(app.extents(table)[3] - table_h) <= 2, "%s: the splitter position is restored" % self.name,
              "%d → %d" % (table_h, app.extents(table)[3]))
        # The sandbox's server went away with the old process: Verify starts it again.
        app.click(app.wait_find("Verify token", pyatspi.ROLE_PUSH_BUTTON))
        status = app.wait_find("Token status")
        desk.wait_for("the sandbox token's status", lambda: "Valid" in app.description(status), 30, 0.3)
        check("Valid" in app.description(status) and "demo" in app.description(status),
              "%s: after a restart the sandbox answers Verify (restarted, same demo token)" % self.name,
              app.description(status))
        self.shot("sandbox-after-restart")
        self.app = app

    def close(self):
        if self.app:
            self.app.kill()
        self.screen.close()
        shutil.rmtree(self.home, ignore_errors=True)


SCENARIOS = [
    ("1024x600", 1024, 600, {}, True),
    ("1366x768-12pt", 1366, 768, {"QT_FONT_DPI": "120"}, False),
    ("1920x1080-scale1.5", 1920, 1080, {"QT_SCALE_FACTOR": "1.5"}, False),
]
only = os.environ.get("R8_WINDOW_SCENARIO")
for name, w, h, env, restart in SCENARIOS:
    if only and only != name:
        continue
    s = Scenario(name, w, h, env, restart)
    try:
        s.run()
    except Exception as e:  # a step that could not be done is a failure, the others still run
        check(False, "%s: %s" % (name, type(e).__name__), str(e))
        try:
            s.shot("failed")
        except Exception:
            pass
    finally:
        s.close()

print("\n".join(notes))
print("screenshots: " + OUT)
if failures:
    print("%d check(s) failed:\n  %s" % (len(failures), "\n  ".join(failures)))
    sys.exit(1)
print("all checks passed")
