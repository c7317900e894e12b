#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The licence a legal team looks for (issue 14): LICENSE holds the MIT text, the README names it, and
# every file of the covered paths says so in an SPDX line near its top, and so does every source file
# (code, scripts, CMake, lexicons) of the whole tree; data (fixtures, gold annotations) carries none.
set -u
root=$1
failures=0
passes=0
check() {  # check NAME CONDITION-STATUS
  if [ "$2" -eq 0 ]; then passes=$((passes + 1)); else echo "FAIL: $1"; failures=$((failures + 1)); fi
}

grep -q '^MIT License$' "$root/LICENSE" 2>/dev/null; check "LICENSE holds the MIT licence" $?
grep -q '^Copyright (c) .* the chidao authors$' "$root/LICENSE" 2>/dev/null; check "LICENSE names the chidao authors" $?
grep -q 'MIT' "$root/README.md"; check "the README names the licence" $?

covered=(src/cli src/write src/text include scripts completions tests/write tests/text tests/cli_test.sh tests/cli_tty.py
         tests/install_test.sh tests/license_test.sh tests/html_test.py
         CMakeLists.txt tests/CMakeLists.txt)
for path in "${covered[@]}"; do
  while IFS= read -r -d '' file; do
    head -n 3 "$file" | grep -qE '^(//|#|/\*) SPDX-License-Identifier: MIT( \*/)?$'
    check "${file#"$root"/}: no SPDX-License-Identifier line in its first three lines" $?
  done < <(find "$root/$path" -type f -print0)
done

# Source files anywhere else: C and C++, Python, shell, CMake, the lexicons, the scripts.
while IFS= read -r -d '' file; do
  head -n 3 "$file" | grep -qE '^(//|#|/\*) SPDX-License-Identifier: MIT( \*/)?$'
  check "${file#"$root"/}: no SPDX-License-Identifier line in its first three lines" $?
done < <(find "$root/src" "$root/grammar" "$root/tests" "$root/cmake" "$root/scripts" "$root/.ci" -type f \
           \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' -o -name '*.c' -o -name '*.py' -o -name '*.sh' \
              -o -name 'CMakeLists.txt' -o -name '*.cmake' -o -name '*.in' -o -path '*/lexicons/*.txt' \
              -o -path '*/scripts/*' -o -path '*/.ci/*' \) -print0)

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
