#!/usr/bin/python3
"""r8desk as a screen reader sees it, over the real AT-SPI bus (pyatspi), from outside the process.

1. Every page (chosen through the page list, as a screen reader user would; Settings among them), the
   Add Token dialog and the dialogs the Tokens page opens (the Delete token confirmation, an "alert",
   among them): each showing interactive control has a role and a non-empty name.
2. Focus order follows reading order on the first-run page: Tab from the first button visits the
   buttons in their on-screen left-to-right order (real key presses through XTest, xdotool).
3. Status changes are announced: starting the sandbox from the first-run page shows its message in
   the banner, heard as an accessible-name change (object:property-change:accessible-name); a sandbox
   prediction sent from the Composer page is heard finishing ("Prediction status: succeeded").
Exit 1 with a list of problems.
"""
import subprocess
import sys
import time

import pyatspi

APP = sys.argv[1] if len(sys.argv) > 1 else "r8desk"
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LINK,
}
problems = []


def wait_for(pred, timeout, what):
    end = time.time() + timeout
    while time.time() < end:
        try:
            v = pred()
            if v:
                return v
        except Exception:
            pass
        time.sleep(0.2)
    raise SystemExit(f"atspi: timed out waiting for {what}")


def find_app():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == APP:
            return app
    return None


def has(acc, state):
    try:
        return acc.getState().contains(state)
    except Exception:
        return False


def walk(acc, out, depth=0):
    try:
        n = acc.childCount
    except Exception:
        return
    if depth > 0 and not has(acc, pyatspi.STATE_SHOWING):
        return
    out.append(acc)
    for i in range(n):
        try:
            c = acc.getChildAtIndex(i)
        except Exception:
            continue
        if c is not None:
            walk(c, out, depth + 1)


def showing_windows(app):
    return [w for w in app if w is not None and has(w, pyatspi.STATE_SHOWING)]


def check_controls(where, root):
    nodes = []
    walk(root, nodes)
    count = 0
    for a in nodes:
        try:
            role, name = a.getRole(), (a.name or "").strip()
        except Exception:
            continue
        focusable = has(a, pyatspi.STATE_FOCUSABLE)
        if role in INTERACTIVE or (focusable and role in (pyatspi.ROLE_UNKNOWN, pyatspi.ROLE_FILLER)):
            count += 1
            if role == pyatspi.ROLE_UNKNOWN or (role == pyatspi.ROLE_FILLER and not name):
                problems.append(f"{where}: a focusable control without a role (name {name!r})")
            elif role == pyatspi.ROLE_FILLER:
                # Qt 6.4 exposes focusable containers (a scroll area, a tab widget) as a named "filler"
                # (QAccessible::Client): Orca reads the name; the controls inside have their own roles.
                print(f"atspi: {where}: container {name!r} is a named filler (scroll area / tab widget)")
            elif not name:
                problems.append(f"{where}: a {a.getRoleName()} without a name "
                                f"(parent {a.parent.getRoleName() if a.parent else '?'} {a.parent.name if a.parent else ''!r})")
    print(f"atspi: {where}: {count} interactive controls checked", flush=True)
    return nodes


def focused(app):
    for w in showing_windows(app):
        nodes = []
        walk(w, nodes)
        for a in nodes:
            if has(a, pyatspi.STATE_FOCUSED) and a.getRole() != pyatspi.ROLE_FRAME:
                return a
    return None


def key(k):
    subprocess.run(["xdotool", "key", "--clearmodifiers", k], check=True)


app = wait_for(find_app, 30, f"{APP} on the a11y bus")
frame = wait_for(lambda: [w for w in showing_windows(app) if w.getRole() == pyatspi.ROLE_FRAME], 30,
                 "the main window")[0]
print(f"atspi: found {APP} (toolkit {app.toolkitName} {app.toolkitVersion}), window {frame.name!r}")
# Put the keyboard focus into the window (XTest key events go to the focused X window).
wid = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "r8desk"],
                     capture_output=True, text=True).stdout.split()
if wid:
    subprocess.run(["xdotool", "windowfocus", "--sync", wid[0]], check=False)

# --- 2. first-run page: reading order vs Tab order --------------------------------------------------
nodes = check_controls("first-run page", frame)
row_names = {"Add token", "Try the sandbox", "Import from .env files"}
row = [a for a in nodes if a.getRole() == pyatspi.ROLE_PUSH_BUTTON and a.name in row_names]
if len(row) < 2:
    problems.append(f"first-run page: its buttons are not all on the bus: {[a.name for a in row]}")
else:
    def x_of(a):
        return a.queryComponent().getExtents(pyatspi.DESKTOP_COORDS).x
    reading = [a.name for a in sorted(row, key=x_of)]
    first = sorted(row, key=x_of)[0]
    first.queryComponent().grabFocus()
    wait_for(lambda: focused(app) is not None and focused(app).name == reading[0], 10, "focus on the first button")
    tabbed = [reading[0]]
    for _ in range(len(reading) - 1):
        before = focused(app)
        key("Tab")
        now = wait_for(lambda: (lambda f: f if f is not None and f.name != before.name else None)(focused(app)),
                       10, "focus to move on Tab")
        tabbed.append(now.name)
    print(f"atspi: first-run page reads {reading}; Tab goes {tabbed}")
    if tabbed != reading:
        problems.append(f"first-run page: Tab order {tabbed} differs from the reading order {reading}")

# --- 1b. the Add Token dialog (Ctrl+N on the Tokens page) ------------------------------------------
first_button = [a for a in row if a.name == "Add token"]
if first_button:
    first_button[0].queryAction().doAction(0)
    dlg = wait_for(lambda: [w for w in showing_windows(app) if w.getRole() == pyatspi.ROLE_DIALOG], 15,
                   "the Add Token dialog")[0]
    check_controls(f"dialog {dlg.name!r}", dlg)
    key("Escape")
    wait_for(lambda: not [w for w in showing_windows(app) if w.getRole() == pyatspi.ROLE_DIALOG], 10,
             "the dialog to close")

# --- 3. a status change is announced: "Try the sandbox" shows a message in the banner -----------------
from gi.repository import GLib  # noqa: E402  (pyatspi dispatches events through GLib's main loop)

heard = []


def on_name(event):
    try:
        heard.append(str(event.source.name))
    except Exception:
        pass


pyatspi.Registry.registerEventListener(on_name, "object:property-change:accessible-name")
sandbox = [a for a in row if a.name == "Try the sandbox"]
if not sandbox:
    problems.append("first-run page: no 'Try the sandbox' button")
else:
    sandbox[0].queryAction().doAction(0)
    ctx = GLib.MainContext.default()
    end = time.time() + 30
    while time.time() < end and not any(h.startswith("Message: The sandbox is running") for h in heard):
        ctx.iteration(False)
        time.sleep(0.05)
    said = [h for h in heard if h.startswith("Message: ")]
    print(f"atspi: announced after 'Try the sandbox': {said[:3]}")
    if not any(h.startswith("Message: The sandbox is running") for h in said):
        problems.append(f"the sandbox message was not announced (name changes heard: {heard[:10]})")
pyatspi.Registry.deregisterEventListener(on_name, "object:property-change:accessible-name")

# --- 1. every page through the page list ---------------------------------------------------------
lists = [a for a in nodes if a.getRole() == pyatspi.ROLE_LIST]
nav = None
walked_settings = False
for l in lists:
    try:
        names = [l.getChildAtIndex(i).name for i in range(l.childCount)]
    except Exception:
        continue
    if "Tokens" in names:
        nav = l
        break
if nav is None:
    problems.append("the page list is not on the bus as a list with a 'Tokens' item")
else:
    # Qt 6.4 exposes the page list without AT-SPI's Selection interface: click each item (XTest), as a
    # user would, and wait until AT-SPI reports it selected.
    for i in range(nav.childCount):
        item = nav.getChildAtIndex(i)
        name = (item.name or "").strip()
        if not name:
            problems.append(f"page list item {i} has no name")
        e = item.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        subprocess.run(["xdotool", "mousemove", str(e.x + e.width // 2), str(e.y + e.height // 2), "click", "1"],
                       check=True)
        wait_for(lambda: has(nav.getChildAtIndex(i), pyatspi.STATE_SELECTED), 10, f"page {name!r} to be selected")
        time.sleep(0.3)  # let the page's widgets register with the bridge (not synchronisation of results)
        nodes_here = check_controls(f"page {name!r}", frame)
        if name == "Settings":
            walked_settings = len(nodes_here) > 1

# --- 1c. the dialogs opened from the Tokens page (now with the sandbox's token selected) -------------
def dialogs():
    # A confirmation (QMessageBox: the Delete token question) is an "alert" on AT-SPI.
    def role(w):
        try:
            return w.getRole()
        except Exception:  # a window closed while it was being listed
            return None
    return [w for w in showing_windows(app)
            if role(w) in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_FILE_CHOOSER, pyatspi.ROLE_ALERT)]


def close_dialogs():
    """Closes the open dialogs with their Cancel/Close/No button (through AT-SPI), else Escape."""
    for _ in range(4):
        ds = dialogs()
        if not ds:
            return
        nodes = []
        walk(ds[0], nodes)
        cancel = [a for a in nodes if a.getRole() == pyatspi.ROLE_PUSH_BUTTON
                  and (a.name or "").replace("&", "") in ("Cancel", "Close", "No")]
        if cancel:
            cancel[0].queryAction().doAction(0)
        else:
            key("Escape")
        end = time.time() + 5
        while time.time() < end:
            now = dialogs()  # read once: the dialog may close between two reads
            if not now or now[0] != ds[0]:
                break
            time.sleep(0.1)
    wait_for(lambda: not dialogs(), 5, "the dialogs to close")


tokens_item = nav.getChildAtIndex(0) if nav is not None else None
opened = []
opened_by = {}
if tokens_item is not None:
    e = tokens_item.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    subprocess.run(["xdotool", "mousemove", str(e.x + e.width // 2), str(e.y + e.height // 2), "click", "1"],
                   check=True)
    wait_for(lambda: has(nav.getChildAtIndex(0), pyatspi.STATE_SELECTED), 10, "the Tokens page")
    time.sleep(0.3)
    buttons = [a.name for a in check_controls("Tokens page (with a token)", frame)
               if a.getRole() == pyatspi.ROLE_PUSH_BUTTON and has(a, pyatspi.STATE_ENABLED)]
    # Every button of the page that opens a dialog (pressed through AT-SPI's action, as Orca users do);
    # Delete too: its confirmation is a dialog, and Escape answers it with Cancel.
    for name in buttons:
        if name in ("Copy", "Reveal", "Verify all", "Verify", "Make default") or name.startswith("Dismiss"):
            continue
        btn = [a for a in check_controls("Tokens page", frame)
               if a.getRole() == pyatspi.ROLE_PUSH_BUTTON and a.name == name]
        if not btn:
            continue
        btn[0].queryAction().doAction(0)
        end = time.time() + 3
        while time.time() < end and not dialogs():
            time.sleep(0.1)
        if not dialogs():
            continue
        dlg = dialogs()[0]
        opened.append(dlg.name)
        opened_by[name] = dlg
        dnodes = check_controls(f"dialog {dlg.name!r} (button {name!r})", dlg)
        if name == "Delete token":
            # The confirmation: its question is read, and both answers are buttons with names.
            answers = sorted((a.name or "").replace("&", "") for a in dnodes if a.getRole() == pyatspi.ROLE_PUSH_BUTTON)
            print(f"atspi: delete confirmation {dlg.getRoleName()} {dlg.name!r}, buttons {answers}")
            if "Cancel" not in answers or not any(a.startswith("Delete") for a in answers):
                problems.append(f"the delete confirmation's buttons are {answers} (want Delete and Cancel)")
        close_dialogs()
print(f"atspi: dialogs opened from the Tokens page: {opened}")
if len(opened) < 2:
    problems.append(f"expected several dialogs from the Tokens page, opened: {opened}")
if "Delete token" not in opened_by:
    problems.append(f"'Delete token' opened no confirmation on the bus (opened: {list(opened_by)})")
if nav is not None and not walked_settings:
    problems.append("the Settings page was not walked")

# --- 3b. "prediction finished" is announced: a sandbox prediction sent from the Composer page --------
# (the sandbox started by 'Try the sandbox' above is the chosen environment). Qt 6.4 does not put an
# open menu on the bus: the sample is chosen with the keyboard, as a person does after clicking Samples.
def named(role, want, root):
    found = []
    walk(root, found)
    return [a for a in found if a.getRole() == role and (a.name or "").replace("&", "") == want]


def click(acc):
    e = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    subprocess.run(["xdotool", "mousemove", str(e.x + e.width // 2), str(e.y + e.height // 2), "click", "1"],
                   check=True)


composer_i = None
for i in range(nav.childCount if nav is not None else 0):
    if (nav.getChildAtIndex(i).name or "").strip() == "Composer":
        composer_i = i
if composer_i is None:
    problems.append("no Composer page in the page list")
else:
    click(nav.getChildAtIndex(composer_i))
    wait_for(lambda: has(nav.getChildAtIndex(composer_i), pyatspi.STATE_SELECTED), 10, "the Composer page")
    click(wait_for(lambda: named(pyatspi.ROLE_PUSH_BUTTON, "Samples", frame), 10, "the Samples button")[0])
    time.sleep(0.5)  # the menu opens (it is not on the bus to wait for)
    for k in ("Down", "Return"):  # the first sample: FLUX.1 schnell, "a cat wearing a hat"
        key(k)
    send = wait_for(lambda: [b for b in named(pyatspi.ROLE_PUSH_BUTTON, "Send", frame)
                             if has(b, pyatspi.STATE_ENABLED)], 30, "Send to be enabled")
    heard.clear()
    pyatspi.Registry.registerEventListener(on_name, "object:property-change:accessible-name")
    send[0].queryAction().doAction(0)
    ctx = GLib.MainContext.default()
    end = time.time() + 60
    while time.time() < end and "Prediction status: succeeded" not in heard:
        ctx.iteration(False)
        time.sleep(0.05)
    pyatspi.Registry.deregisterEventListener(on_name, "object:property-change:accessible-name")
    said = [h for h in heard if h.startswith("Prediction status: ")]
    print(f"atspi: announced after Send: {said}")
    if "Prediction status: succeeded" not in said:
        problems.append(f"'prediction finished' was not announced (name changes heard: {heard[:10]})")

if problems:
    print("atspi: PROBLEMS:\n  " + "\n  ".join(problems))
    sys.exit(1)
print("atspi: all checks passed")
