#!/bin/sh
# ctest r8_gui_only_for_sandbox: `r8` creates a QGuiApplication (which loads a platform plugin) only
# for `r8 sandbox`, whose images are drawn with QPainter; every other command runs on a
# QCoreApplication. QT_DEBUG_PLUGINS shows which plugins Qt looks for (R8_DEBUG lets Qt speak on stderr).
#   sh gui_only_for_sandbox.sh PATH/TO/r8
set -u
R8=${1:?usage: gui_only_for_sandbox.sh R8}
status=0
for args in "--version" "--help" "tokens --help" "env --help" "--env x account --help"; do
    # shellcheck disable=SC2086
    if R8_DEBUG=1 QT_DEBUG_PLUGINS=1 "$R8" $args 2>&1 | grep -q "platforms"; then
        echo "FAIL: r8 $args loaded a Qt platform plugin (a QGuiApplication)"
        status=1
    fi
done
if ! R8_DEBUG=1 QT_DEBUG_PLUGINS=1 "$R8" sandbox --help 2>&1 | grep -q "platforms"; then
    echo "FAIL: r8 sandbox --help did not start a QGuiApplication (the check above would prove nothing)"
    status=1
fi
[ $status = 0 ] && echo "ok: only r8 sandbox starts a QGuiApplication"
exit $status
