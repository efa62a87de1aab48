#!/bin/sh
# Every C++ file git tracks under app/, ui/ and tests/ is formatted as .clang-format says.
#   sh tests/codebase/check_format.sh SOURCE_DIR
# Fix with: git ls-files 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h' | xargs clang-format -i
set -eu
cd "${1:?usage: check_format.sh SOURCE_DIR}"
CF=${CLANG_FORMAT:-clang-format}
if ! command -v "$CF" >/dev/null 2>&1; then
    echo "check_format: $CF is not installed (sh packaging/dev.sh deps installs it)" >&2
    exit 1
fi
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "check_format: not a git checkout; nothing to compare" >&2
    exit 0
fi
files=$(git ls-files -- 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h')
count=$(printf '%s\n' "$files" | grep -c .)
# shellcheck disable=SC2086
if ! printf '%s\n' "$files" | xargs "$CF" --dry-run --Werror 2>/tmp/r8-format.$$; then
    bad=$(grep -o '^[^:]*:[0-9]*:[0-9]*: error' /tmp/r8-format.$$ | cut -d: -f1 | sort -u)
    echo "check_format: these files are not formatted as .clang-format says:" >&2
    printf '  %s\n' $bad >&2
    rm -f /tmp/r8-format.$$
    exit 1
fi
rm -f /tmp/r8-format.$$
echo "check_format: $count files formatted"
