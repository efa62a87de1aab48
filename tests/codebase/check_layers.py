#!/usr/bin/env python3
"""The layers, as ARCHITECTURE.md draws them, checked on every include:
- every project include names its layer from the top of the tree ("app/...", "ui/...", "tests/...",
  "resources/..."), never a bare or relative name (generated ui_*.h excepted);
- app/ (the core and the binaries' main.cpp files) never includes ui/ or tests/, and no core file
  includes a Qt Widgets header;
- r8core's folders never include the sandbox (app/sandbox, app/session/SandboxSession) or the
  command line (app/cli): r8sandbox and r8cli sit above r8core;
- ui/ never includes tests/ or app/cli/.
Usage: check_layers.py SOURCE_DIR"""
import os
import re
import subprocess
import sys

root = sys.argv[1]
files = subprocess.run(["git", "-C", root, "ls-files", "app", "ui", "tests"], capture_output=True,
                       text=True).stdout.split()
if not files:  # not a git checkout: walk the folders
    for top in ("app", "ui", "tests"):
        for d, _, fs in os.walk(os.path.join(root, top)):
            files += [os.path.relpath(os.path.join(d, f), root) for f in fs]
files = [f for f in files if f.endswith((".cpp", ".h"))]
widgets = re.compile(r"#\s*include\s*<(QtWidgets/|Q(Widget|MainWindow|Dialog|Application|PushButton|Label|"
                     r"LineEdit|Layout|VBoxLayout|HBoxLayout|MessageBox|TableView|TreeView|ListView|Menu|Action|"
                     r"ComboBox|CheckBox|SpinBox|TabWidget|Splitter|ScrollArea|Style|StyledItemDelegate)\b)")
include = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
core_binaries = ("app/r8desk/",)  # the GUI's main.cpp may include ui/
above_core = ("app/sandbox/", "app/session/SandboxSession", "app/cli/", "app/r8/", "app/r8desk/")
problems = []
for f in files:
    text = open(os.path.join(root, f), encoding="utf-8", errors="replace").read()
    for m in include.finditer(text):
        name = m.group(1)
        line = text.count("\n", 0, m.start()) + 1
        if name.startswith(("ui_", "moc_")) or name.endswith(".moc"):
            continue
        if not name.startswith(("app/", "ui/", "tests/", "resources/")):
            problems.append(f"{f}:{line}: include \"{name}\" does not name its layer (write it from the tree's top)")
            continue
        if f.startswith("app/") and not f.startswith(core_binaries) and name.startswith(("ui/", "tests/")):
            problems.append(f"{f}:{line}: the core includes \"{name}\" from a layer above it")
        if f.startswith("app/") and not f.startswith(above_core) and name.startswith(above_core):
            problems.append(f"{f}:{line}: r8core includes \"{name}\" from r8sandbox or r8cli, above it")
        if f.startswith("ui/") and name.startswith(("tests/", "app/cli/")):
            problems.append(f"{f}:{line}: ui/ includes \"{name}\" (tests or the command line)")
    if f.startswith("app/") and not f.startswith(core_binaries):
        for m in widgets.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            problems.append(f"{f}:{line}: the core includes a Widgets header <{m.group(1)}…>")
for p in problems:
    print(p)
print(f"check_layers: {len(files)} files, {len(problems)} problems")
sys.exit(1 if problems else 0)
