#!/usr/bin/python3
"""Runs the ctest tests labelled gui (and tst_single_instance) on the wayland platform.

Each test's own command and environment come from `ctest --show-only=json-v1`; QT_QPA_PLATFORM is
replaced by wayland. Test functions are read from Qt Test's TAP output. A failing function must be
listed in the differences file ("tst_name::function  reason"); anything else fails the run. Each listed
function is then run on X11 (Xvfb with openbox) and must pass there: a listed difference is Wayland's, not
r8desk's.
"""
import json
import os
import re
import subprocess
import sys

build, differences_file = sys.argv[1], sys.argv[2]
expected = {}
for line in open(differences_file, encoding="utf-8"):
    line = line.strip()
    if line and not line.startswith("#"):
        key, _, reason = line.partition(" ")
        expected[key] = reason.strip()

info = json.loads(subprocess.run(["ctest", "--test-dir", build, "--show-only=json-v1"], check=True,
                                 capture_output=True, text=True).stdout)
tests = []
for t in info["tests"]:
    props = {p["name"]: p["value"] for p in t.get("properties", [])}
    labels = props.get("LABELS", [])
    command = t.get("command") or []
    if command and os.path.basename(command[0]) == "xvfb-run":
        continue  # brings its own platform (X11)
    if "gui" in labels or t["name"] == "tst_single_instance":
        tests.append((t["name"], t.get("command") or ["(not built)"], props.get("ENVIRONMENT", [])))

unexpected, known, passed = [], [], 0
for name, command, envlist in tests:
    env = dict(os.environ)
    for kv in envlist:
        k, _, v = kv.partition("=")
        env[k] = v
    env["QT_QPA_PLATFORM"] = "wayland"
    if not os.path.exists(command[0]):
        unexpected.append(f"{name}: not built ({command[0]})")
        continue
    out, err, code = "", "", None
    try:
        r = subprocess.run(command + ["-o", "-,tap"], env=env, capture_output=True, text=True,
                           timeout=600, cwd=os.path.dirname(command[0]))
        out, err, code = r.stdout, r.stderr, r.returncode
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        unexpected.append(f"{name}: timed out")
    fails = re.findall(r"^not ok \d+ - (\w+)\(", out, re.M)
    oks = re.findall(r"^ok \d+ - (\w+)\(", out, re.M)
    if not fails and not oks:
        unexpected.append(f"{name}: no test output (exit {code}): {err[-400:]}")
        continue
    if code not in (0, None) and not fails:
        unexpected.append(f"{name}: exit {code} (crash?) after {len(oks)} passed: {err[-400:]}")
    passed += len(oks)
    for f in fails:
        key = f"{name}::{f}"
        if key in expected:
            known.append(key)
        else:
            detail = re.search(r"^not ok \d+ - " + f + r"\(.*?\n((?:  .*\n){0,8})", out, re.M)
            unexpected.append(key + (("\n" + detail.group(1).rstrip()) if detail else ""))
    print(f"wayland: {name}: {len(oks)} passed, {len(fails)} failed", flush=True)

# What Wayland's headless compositor cannot do is checked on X11 instead (Xvfb, xcb, openbox): the same
# functions must pass there, or the run fails.
commands = {name: (command, envlist) for name, command, envlist in tests}
for k in known:
    print(f"wayland: known difference {k}: {expected[k]}")
    name, _, function = k.partition("::")
    command, envlist = commands[name]
    env = dict(os.environ)
    for kv in envlist:
        kk, _, v = kv.partition("=")
        env[kk] = v
    env["QT_QPA_PLATFORM"] = "xcb"
    env.pop("WAYLAND_DISPLAY", None)
    # A window manager makes windows active on X11 (shortcuts); openbox when installed.
    inner = ('command -v openbox >/dev/null && { openbox >/dev/null 2>&1 & }; '
             'for i in $(seq 1 50); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window && break; '
             'command -v openbox >/dev/null || break; sleep 0.1; done; exec "$@"')
    # Each try gets its own Xvfb and openbox. A second try only when the first one failed: under load the
    # window is sometimes not exposed within QTest's 5 s while openbox starts (seen in 1-3 of 14 first tries).
    results = []
    for attempt in range(2):
        r = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24 -nolisten tcp", "sh", "-c", inner, "sh"]
                           + command + [function],
                           env=env, capture_output=True, text=True, timeout=600, cwd=os.path.dirname(command[0]))
        results.append(r.returncode == 0)
        if r.returncode == 0:
            break
    print(f"wayland: {k} on X11 (xcb, Xvfb, openbox): {'pass' if results[-1] else 'FAIL'}"
          + (" (second try)" if len(results) > 1 else ""))
    if not results[-1]:
        fails = [l.strip() for l in r.stdout.splitlines() if l.startswith("FAIL!")]
        if fails and all("qWaitForWindowExposed" in l for l in fails):
            # The X server never showed the test's window (Xvfb with openbox under load): the behaviour
            # the function checks was not reached, so X11 says nothing about it either way.
            print(f"wayland: {k} on X11: not reached (the window was not exposed within 5 s, twice)")
        else:
            why = [l.strip() for l in r.stdout.splitlines() if l.startswith("FAIL!") or "Loc:" in l][:4]
            unexpected.append(f"{k}: listed as a Wayland-only difference, but fails on X11 too: {' '.join(why)}")
for k in expected:
    if k not in known:
        print(f"wayland: listed difference {k} did not fail (passes on Wayland now?)")
if unexpected:
    print("wayland: UNEXPECTED failures:\n  " + "\n  ".join(unexpected))
    sys.exit(1)
print(f"wayland: {len(tests)} test programs, {passed} functions passed, {len(known)} known differences")
