#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# What an install gives a user and a packager (issue 14): the man page made from --help, bash
# completion in step with --help, and the licence. Installs the build into a scratch prefix.
#   install_test.sh CMAKE BUILD_DIR CHIDAO MAN_PAGE(1|0) [PYTHON(1|0)]
set -u
cmake=$1
build=$2
chidao=$3
man_page=$4
python=${5:-0}
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
