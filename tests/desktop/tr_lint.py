#!/usr/bin/env python3
"""tr() lint: user-visible string literals that do not go through tr().

Usage: tr_lint.py [PATH ...]      (default: the ui/ and app/ folders next to this tests/ folder)

Scans C++ sources (.cpp, .h) for string literals handed to the Qt calls that put text on screen
(setText, setToolTip, setWindowTitle, setPlaceholderText, QMessageBox::warning, new QLabel(...),
QAction(...), addAction, headerData's return values, QCommandLineOption descriptions, …) without
tr() / QCoreApplication::translate(), and Qt Designer forms (.ui) whose visible text properties are
marked notr="true".

A literal counts as visible text when it holds a word (two letters in a row) once %1-style
placeholders, HTML tags and entities are taken out, and it is not a URL. Deliberate exceptions
(key names, URLs, format strings, product names) carry a `// notr` comment on the line of the call.

Prints `file:line: message` for each finding and exits 1 when there is one, 0 when clean.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

# Calls whose arguments are shown to the user: name -> indexes of the arguments to check ("*" = all).
SINKS = {
    "setText": [0], "setToolTip": [0], "setWindowTitle": [0], "setPlaceholderText": [0],
    "setStatusTip": [0], "setWhatsThis": [0], "setAccessibleName": [0],
    "setAccessibleDescription": [0], "setTitle": [0], "setSubTitle": [0], "setLabelText": [0],
    "setButtonText": [1], "showMessage": [0], "setInformativeText": [0], "setDetailedText": [0],
    "setWindowIconText": [0], "setHtml": [0], "setMarkdown": [0], "setPrefix": [0], "setSuffix": [0],
    "setSpecialValueText": [0], "setFormat": [0], "setTabText": [1], "setTabToolTip": [1],
    "setItemText": [1], "setHeaderLabels": "*", "setHorizontalHeaderLabels": "*",
    "setVerticalHeaderLabels": "*", "addTab": "*", "insertTab": "*", "addAction": "*",
    "addMenu": "*", "addSection": "*", "addItem": [0], "insertItem": [1], "addButton": [0],
    "setApplicationDescription": [0], "addPositionalArgument": [1], "setValueName": [],
    "setDescription": [0], "setOption": [], "notify": [0, 1], "showBanner": [0],
    "showError": [0], "showWarning": [0], "showInfo": [0], "setCommitButtonText": [],
    # static dialogs: (parent, title, text, ...)
    "QMessageBox::information": [1, 2], "QMessageBox::warning": [1, 2],
    "QMessageBox::critical": [1, 2], "QMessageBox::question": [1, 2], "QMessageBox::about": [1, 2],
    "QInputDialog::getText": [1, 2], "QInputDialog::getItem": [1, 2],
    "QInputDialog::getInt": [1, 2], "QInputDialog::getMultiLineText": [1, 2],
    "QFileDialog::getOpenFileName": [1, 3], "QFileDialog::getOpenFileNames": [1, 3],
    "QFileDialog::getSaveFileName": [1, 3], "QFileDialog::getExistingDirectory": [1],
    "QProgressDialog": [0, 1],
}
# Widgets, actions and items whose constructor takes their text.
CTORS = ["QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
         "QMenu", "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QCommandLinkButton",
         "QMessageBox", "QStandardItem", "QWizardPage", "QDockWidget", "QWidgetAction"]
# QCommandLineOption{name(s), description, valueName, default}: only the description is text.
OPTION_CTOR = "QCommandLineOption"

UI_VISIBLE_PROPERTIES = {
    "text", "title", "windowTitle", "toolTip", "statusTip", "whatsThis", "placeholderText",
    "accessibleName", "accessibleDescription", "label", "html", "markdown", "plainText", "prefix",
    "suffix", "specialValueText", "windowIconText", "subTitle", "buttonText", "format",
}

LITERAL_WRAPPERS = (r"(?:QStringLiteral|QLatin1String|QLatin1StringView|QString::fromLatin1|"
                    r"QString::fromUtf8|QString::fromLocal8Bit|QString|QStringView|QByteArrayLiteral|"
                    r"QByteArray|u\"\"_qs)")
STRING_TOKEN = r'(?:u8|u|U|L)?"(?:[^"\\\n]|\\.)*"'
# A literal expression: wrapper( "a" "b" ) optionally followed by .arg(...) chains etc.
LITERAL_EXPR = re.compile(r'^\s*(?:' + LITERAL_WRAPPERS + r'\s*\(\s*)?((?:' + STRING_TOKEN + r'\s*)+)')


def strip_comments(text):
    """Blanks out comments (keeping line breaks and a `notr` marker's line) and returns
    (code, set of line numbers carrying `notr`)."""
    out = []
    notr_lines = set()
    i, n, line = 0, len(text), 1
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            if re.search(r"\bnotr\b", text[i:j]):
                notr_lines.add(line)
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            chunk = text[i:j]
            if re.search(r"\bnotr\b", chunk):
                notr_lines.add(line)
            out.append(re.sub(r"[^\n]", " ", chunk))
            line += chunk.count("\n")
            i = j
        elif c == '"' or (c == "'" and not (i > 0 and text[i - 1].isalnum())):
            # a string or character literal: copied as is
            j = i + 1
            while j < n and text[j] != c:
                if text[j] == "\\":
                    j += 1
                elif text[j] == "\n":
                    break
                j += 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith('R"', i) and (i == 0 or not text[i - 1].isalnum() or text[i - 1] in "uL8"):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            if m:
                end = text.find(")" + m.group(1) + '"', i)
                end = n if end < 0 else end + len(m.group(1)) + 2
                chunk = text[i:end]
                out.append(chunk)
                line += chunk.count("\n")
                i = end
            else:
                out.append(c)
                i += 1
        else:
            if c == "\n":
                line += 1
            out.append(c)
            i += 1
    return "".join(out), notr_lines


def skip_string(code, i):
    q = code[i]
    j = i + 1
    while j < len(code) and code[j] != q:
        if code[j] == "\\":
            j += 1
        j += 1
    return j + 1


def call_args(code, open_paren, closer=")"):
    """Splits the arguments of the call whose '(' (or '{') is at open_paren. Returns (args, end)."""
    depth = 0
    args, start = [], open_paren + 1
    i = open_paren
    pairs = {"(": ")", "[": "]", "{": "}"}
    while i < len(code):
        c = code[i]
        if c in "\"'":
            i = skip_string(code, i)
            continue
        if c in pairs:
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append(code[start:i])
                return args, i
        elif c == "," and depth == 1:
            args.append(code[start:i])
            start = i + 1
        elif c == "<" and depth == 1 and code[i - 1:i + 1] != "<<":
            pass
        i += 1
    return args, len(code)


def top_level_operands(expr):
    """Operands of a top-level `a + b`, `c ? d : e` expression (the whole thing otherwise)."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(expr):
        c = expr[i]
        if c in "\"'":
            i = skip_string(expr, i)
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0 and (c in "+?" or (c == ":" and expr[i - 1:i + 1] != "::"
                                             and expr[i:i + 2] != "::")):
            parts.append(expr[start:i])
            start = i + 1
        i += 1
    parts.append(expr[start:])
    return parts


def visible_words(literal_body):
    s = re.sub(r"\\.", " ", literal_body)             # escapes
    s = re.sub(r"%L?\d+|%n|%[sdp]", " ", s)            # placeholders
    s = re.sub(r"<[^>]*>", " ", s)                     # HTML tags
    s = re.sub(r"&[a-zA-Z]+;|&#\d+;", " ", s)          # entities
    if re.search(r"\b[a-z][a-z0-9+.-]*://", s):        # URLs
        return False
    return re.search(r"[A-Za-z]{2,}", s) is not None


def untranslated_literal(arg):
    """The visible literal in `arg` if it is shown without tr(), else None."""
    for operand in top_level_operands(arg):
        m = LITERAL_EXPR.match(operand)
        if not m:
            continue
        body = "".join(re.findall(r'"((?:[^"\\\n]|\\.)*)"', m.group(1)))
        if visible_words(body):
            return body
    return None


def line_of(code, index):
    return code.count("\n", 0, index) + 1


def lint_cpp(path, text):
    code, notr_lines = strip_comments(text)
    findings = []

    def report(start, end, what, literal):
        first, last = line_of(code, start), line_of(code, end)
        if any(l in notr_lines for l in range(first, last + 1)):
            return
        findings.append((path, first, '%s: "%s" is shown without tr()' % (what, literal)))

    names = sorted(SINKS, key=len, reverse=True)
    sink_re = re.compile(r"(?<![\w:])(" + "|".join(re.escape(n) for n in names) + r")\s*\(")
    for m in sink_re.finditer(code):
        name = m.group(1)
        if "::" not in name:
            # member calls only (x.setText( / x->setText( / setText( inside the class); not
            # declarations such as `void setText(const QString&)`.
            before = code[max(0, m.start() - 40):m.start()]
            if re.search(r"\b(?:void|QString|bool|int|auto|QAction\s*\*|QMenu\s*\*)\s*[&*]?\s*(?:\w+::)*$", before):
                continue
        args, end = call_args(code, m.end() - 1)
        which = range(len(args)) if SINKS[name] == "*" else SINKS[name]
        for k in which:
            if k < len(args):
                lit = untranslated_literal(args[k])
                if lit is not None:
                    report(m.start(), end, name, lit)
                    break

    ctor_re = re.compile(r"\b(?:new\s+(" + "|".join(CTORS) + r")\s*\(|(" + "|".join(CTORS)
                         + r")\s+\w+\s*[({]|(" + "|".join(CTORS) + r")\s*\{)")
    for m in ctor_re.finditer(code):
        name = m.group(1) or m.group(2) or m.group(3)
        args, end = call_args(code, m.end() - 1)
        for a in args:
            lit = untranslated_literal(a)
            if lit is not None:
                report(m.start(), end, name, lit)
                break

    # QCommandLineOption(names, description, …) and addOption({names, description, …})
    opt_re = re.compile(r"\b(?:QCommandLineOption\s*(?:\w+\s*)?[({]|addOption\s*\(\s*\{)")
    for m in opt_re.finditer(code):
        args, end = call_args(code, m.end() - 1, "}" if code[m.end() - 1] == "{" else ")")
        if len(args) > 1:
            lit = untranslated_literal(args[1])
            if lit is not None:
                report(m.start(), end, OPTION_CTOR, lit)

    # headerData(): every literal it returns is a column title.
    for m in re.finditer(r"::headerData\s*\([^)]*\)\s*const\s*\{", code):
        depth, i = 0, m.end() - 1
        while i < len(code):
            if code[i] in "\"'":
                i = skip_string(code, i)
                continue
            if code[i] == "{":
                depth += 1
            elif code[i] == "}":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        body_start = m.end()
        body = code[body_start:i]
        for r in re.finditer(r"\breturn\s+([^;]*);", body):
            lit = untranslated_literal(r.group(1))
            if lit is not None:
                report(body_start + r.start(), body_start + r.end(), "headerData", lit)
    return findings


def lint_ui(path, text):
    findings = []
    try:
        root = ET.fromstring(text)
    except ET.ParseError as e:
        return [(path, 1, "cannot parse the form: %s" % e)]
    lines = text.splitlines()
    for prop in root.iter():
        if prop.tag not in ("property", "attribute") or prop.get("name") not in UI_VISIBLE_PROPERTIES:
            continue
        s = prop.find("string")
        if s is None or s.get("notr") != "true" or not s.text or not visible_words(s.text):
            continue
        line = next((i + 1 for i, l in enumerate(lines) if s.text in l or
                     s.text.replace("&", "&amp;") in l), 1)
        findings.append((path, line, 'property "%s": "%s" is visible text marked notr="true"'
                         % (prop.get("name"), s.text)))
    return findings


def lint_paths(paths):
    findings = []
    for top in paths:
        files = [top] if os.path.isfile(top) else [
            os.path.join(d, f) for d, _, fs in os.walk(top) for f in sorted(fs)]
        for f in sorted(files):
            if f.endswith((".cpp", ".h")):
                with open(f, encoding="utf-8") as fh:
                    findings += lint_cpp(f, fh.read())
            elif f.endswith(".ui"):
                with open(f, encoding="utf-8") as fh:
                    findings += lint_ui(f, fh.read())
    return findings


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    paths = argv[1:] or [os.path.join(root, "ui"), os.path.join(root, "app")]
    for p in paths:
        if not os.path.exists(p):
            print("tr_lint: no such file or folder: %s" % p, file=sys.stderr)
            return 2
    findings = lint_paths(paths)
    for path, line, message in findings:
        print("%s:%d: %s" % (os.path.relpath(path, root) if path.startswith(root) else path, line, message))
    if findings:
        print("tr_lint: %d untranslated visible string(s); wrap them in tr() (or mark a deliberate "
              "exception with // notr)" % len(findings))
        return 1
    print("tr_lint: %d file(s) checked, every visible string goes through tr()"
          % sum(1 for p in paths for _ in ([p] if os.path.isfile(p) else
                                           [f for _, _, fs in os.walk(p) for f in fs
                                            if f.endswith((".cpp", ".h", ".ui"))])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
