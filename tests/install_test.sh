#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# What an install gives a user and a packager (issues 13, 14): the man page made from --help, bash
# completion in step with --help, the licence, the JSON schema, and a library that C and C++ programs
# link as the README says. Installs the build into a scratch prefix.
#   install_test.sh CMAKE BUILD_DIR CHIDAO MAN_PAGE(1|0) [PYTHON(1|0) [SANITIZE(1|0)]]
set -u
cmake=$1
build=$2
chidao=$3
man_page=$4
python=${5:-0}
sanitize=${6:-0}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
passes=0
check() {  # check NAME STATUS
  if [ "$2" -eq 0 ]; then passes=$((passes + 1)); else echo "FAIL: $1"; failures=$((failures + 1)); fi
}

"$cmake" --install "$build" --prefix "$tmp/root" > "$tmp/install.log" 2>&1; check "cmake --install" $?
man=$tmp/root/share/man/man1/chidao.1
completion=$tmp/root/share/bash-completion/completions/chidao
[ -f "$tmp/root/share/doc/chidao/LICENSE" ]; check "the licence is installed in share/doc/chidao" $?
[ -f "$completion" ]; check "bash completion is installed in share/bash-completion/completions/chidao" $?

# The JSON schema is installed, and it is the contract of the installed chidao: its output, a document
# (lossless) and an error document, validates against it.
schema=$tmp/root/share/chidao/chidao.schema.json
[ -f "$schema" ]; check "the JSON schema is installed in share/chidao/chidao.schema.json" $?
printf 'Thứ nhất, cần A.\nThứ hai, cần B.\n' > "$tmp/two_points.txt"
"$tmp/root/bin/chidao" -q -f json --lossless "$tmp/two_points.txt" "$tmp/missing.txt" > "$tmp/two_points.json" 2> /dev/null
/usr/bin/python3 -c '
import json, sys, jsonschema
documents = json.load(open(sys.argv[2], encoding="utf-8"))
jsonschema.validate(documents, json.load(open(sys.argv[1], encoding="utf-8")), cls=jsonschema.Draft202012Validator)
assert [len(d.get("leaves", [])) > 0 for d in documents] == [True, False], documents
' "$schema" "$tmp/two_points.json"
check "the installed chidao writes what the installed schema describes" $?

# Every long option of --help, and nothing else.
"$chidao" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u > "$tmp/help_options"

if [ "$man_page" = 1 ]; then
  [ -f "$man" ]; check "the man page is installed in share/man/man1/chidao.1" $?
  grep -q '^\.TH CHIDAO "1"' "$man"; check "the man page is a section 1 page" $?
  grep -q 'Ctrl\\-D' "$man"; check "the man page says how standard input ends" $?
  grep -q 'Thứ nhất' "$man"; check "the man page keeps the Vietnamese examples in UTF-8" $?
  grep -q 'MIT' "$man"; check "the man page names the licence" $?
  while read -r option; do
    grep -qF -- "$(printf '%s' "$option" | sed 's/-/\\-/g')" "$man"; check "the man page documents $option" $?
  done < "$tmp/help_options"
fi

# Completion as bash asks for it: COMP_WORDS, COMP_CWORD, then COMPREPLY. "=" is a word of its own.
complete_words() {  # complete_words WORD... (the last one is being completed)
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _chidao; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$completion" "$@" | sort
}
expect_completion() {  # expect_completion WANTED WORD...
  local wanted=$1
  shift
  local got
  got=$(complete_words "$@" | tr '\n' ' ')
  [ "$got" = "$wanted " ]; check "completing '$*' gives '$wanted', not '$got'" $?
}
expect_completion "--format" chidao --for
expect_completion "csv html json jsonl markdown outline tsv" chidao -f ""
expect_completion "json jsonl" chidao --format = js
expect_completion "csv html json jsonl markdown outline tsv" chidao --format =
expect_completion "all with-lists" chidao -f outline --statements ""
expect_completion "always auto never" chidao --color ""
expect_completion "bytes codepoints utf16" chidao --offsets ""
expect_completion "--max-bytes --max-warnings" chidao --max
expect_completion "--max-warnings" chidao --max-w
: > "$tmp/file.txt"
(cd "$tmp" && complete_words chidao fil) > "$tmp/files"
grep -qx 'file.txt' "$tmp/files"; check "completing a file name" $?

# The options offered are the options --help lists, both ways.
complete_words chidao -- | grep -E -- '^--' > "$tmp/offered"
diff "$tmp/help_options" "$tmp/offered" > "$tmp/diff"
status=$?
check "completion offers exactly the long options of --help: $(tr '\n' ' ' < "$tmp/diff")" $status
# Each value offered is one chidao takes.
for value in $(complete_words chidao -f ""); do
  "$chidao" -q -f "$value" - < /dev/null > /dev/null 2>&1; check "chidao takes -f $value" $?
done
for option in --statements --color; do
  for value in $(complete_words chidao "$option" ""); do
    "$chidao" -q -f outline "$option" "$value" - < /dev/null > /dev/null 2>&1; check "chidao takes $option $value" $?
  done
done
for value in $(complete_words chidao --input ""); do
  "$chidao" -q --input "$value" - < /dev/null > /dev/null 2>&1; check "chidao takes --input $value" $?
done
for option in --offsets --encoding; do
  for value in $(complete_words chidao "$option" ""); do
    "$chidao" -q "$option" "$value" - < /dev/null > /dev/null 2>&1; check "chidao takes $option $value" $?
  done
done

# The library from a C and from a C++ program, linked only as the README says: pkg-config without
# --static (libchidao.a is static: its Libs and Requires name ICU, fmt and, for a C program that a C
# compiler links, the C++ runtime), and find_package(chidao) in a C project and in a C++ one. A
# sanitized library needs the sanitizers' runtime: its consumers are built with the same flags.
flags=
if [ "$sanitize" = 1 ]; then flags="-fsanitize=address,undefined"; fi
step() {  # step NAME COMMAND...: runs it, its output kept; a failure shows the output's end
  "${@:2}" > "$tmp/step.log" 2>&1
  local status=$?
  check "$1$( [ "$status" -eq 0 ] || printf ': %s' "$(tail -c 400 "$tmp/step.log")" )" "$status"
}
pc=$(find "$tmp/root" -name chidao.pc | head -n 1)
[ -n "$pc" ]; check "chidao.pc is installed" $?
pkg() { PKG_CONFIG_PATH=$(dirname "$pc") pkg-config "$@"; }
[ "$(cd "$(pkg --variable=prefix chidao)" && pwd -P)" = "$(cd "$tmp/root" && pwd -P)" ]
check "chidao.pc finds the prefix it is installed in ($(pkg --variable=prefix chidao))" $?
cflags=$(pkg --cflags chidao) && libs=$(pkg --libs chidao); check "pkg-config --cflags --libs chidao" $?
# shellcheck disable=SC2086  # flags and pkg-config's output are lists of words
step "a C program links with: cc main.c \$(pkg-config --cflags --libs chidao)" \
  cc $flags "$here/install/c/main.c" -o "$tmp/c-pkgconfig" $cflags $libs
step "the C program (pkg-config) parses" "$tmp/c-pkgconfig"
# shellcheck disable=SC2086
step "a C++ program links with: c++ -std=c++20 main.cpp \$(pkg-config --cflags --libs chidao)" \
  c++ -std=c++20 $flags "$here/install/main.cpp" -o "$tmp/cxx-pkgconfig" $cflags $libs
step "the C++ program (pkg-config) parses" "$tmp/cxx-pkgconfig"
for consumer in c:c_consumer .:consumer; do
  dir=${consumer%%:*}
  program=${consumer#*:}
  step "find_package(chidao) configures tests/install/$dir" \
    "$cmake" -S "$here/install/$dir" -B "$tmp/cmake-$program" -DCMAKE_PREFIX_PATH="$tmp/root" \
    -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags"
  step "find_package(chidao) builds tests/install/$dir" "$cmake" --build "$tmp/cmake-$program"
  step "$program (find_package) parses" "$tmp/cmake-$program/$program"
done

# The Python package, where Debian's python3 looks under the prefix (PREFIX/lib/python3.X/dist-packages),
# imports and parses from there, not from the build tree.
if [ "$python" = 1 ]; then
  site=$(/usr/bin/python3 -c 'import sys; print(f"lib/python{sys.version_info.major}.{sys.version_info.minor}/dist-packages")')
  [ -f "$tmp/root/$site/chidao/__init__.py" ] && ls "$tmp/root/$site/chidao/"_chidao*.so > /dev/null 2>&1
  check "the Python package is installed in $site/chidao" $?
  (cd "$tmp" && PYTHONPATH="$tmp/root/$site" /usr/bin/python3 -c '
import chidao, sys
assert chidao.__file__.startswith(sys.argv[1]), chidao.__file__
assert [p.marker for p in chidao.Parser()("Thứ nhất, A.\nThứ hai, B.\n").points] == ["Thứ nhất", "Thứ hai"]
import chidao.dask' "$tmp/root/")
  check "the installed Python package imports and parses" $?
fi

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
