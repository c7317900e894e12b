#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The CLI as a script sees it: exit codes, one output line per input, messages on stderr.
set -u
chidao=$1
fixtures=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
passes=0

expect() {  # expect NAME WANTED_STATUS ACTUAL_STATUS
  if [ "$2" = "$3" ]; then passes=$((passes + 1)); else echo "FAIL: $1: exit $3, wanted $2"; failures=$((failures + 1)); fi
}
contains() {  # contains NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then passes=$((passes + 1)); else echo "FAIL: $1: '$3' not in:"; cat "$2"; failures=$((failures + 1)); fi
}

printf 'Thứ nhất, A.\nThứ hai, B.\n' > "$tmp/good.txt"
printf 'dòng một\nhai \xC3\x28 ba\n' > "$tmp/bad.txt"

"$chidao" -f jsonl "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "good file" 0 $?
contains "good file" "$tmp/out" '"style":"thu"'

"$chidao" -f jsonl "$tmp/bad.txt" "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "bad file among good" 1 $?
contains "bad file message" "$tmp/err" "$tmp/bad.txt:2:5: invalid UTF-8: byte sequence 0xC3 is not a character"
expect "one line per input" 2 "$(wc -l < "$tmp/out")"
contains "the good file is still processed" "$tmp/out" '"style":"thu"'
contains "the bad file has an error document" "$tmp/out" '"code":"invalid_utf8"'

"$chidao" --lenient "$tmp/bad.txt" > "$tmp/out" 2> "$tmp/err"; expect "lenient" 0 $?
contains "lenient warns" "$tmp/err" "warning: invalid UTF-8 replaced by U+FFFD (bytes 16-17)"
# A run of bad bytes is one warning. stderr shows ten warnings a run (--max-warnings), then one line
# counting the others; the output has all of them. -q leaves errors alone on stderr.
printf 'a\xff\xfe\xfdb' > "$tmp/run.txt"
"$chidao" --lenient "$tmp/run.txt" > "$tmp/out" 2> "$tmp/err"; expect "lenient run" 0 $?
contains "a run is one warning" "$tmp/err" "warning: 3 invalid UTF-8 sequences replaced by U+FFFD each (bytes 1-4)"
for k in $(seq 1 30); do printf 'x\xff'; done > "$tmp/many.txt"
"$chidao" --lenient "$tmp/many.txt" > "$tmp/out" 2> "$tmp/err"; expect "many warnings" 0 $?
expect "ten warning lines by default" 10 "$(grep -c ': warning: ' "$tmp/err")"
contains "warnings beyond ten are counted" "$tmp/err" "chidao: 20 more warnings left out (--max-warnings 10); the output has them all"
if [ "$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["warnings"]))' "$tmp/out")" -eq 30 ]; then passes=$((passes + 1)); else echo "FAIL: the JSON lost warnings"; failures=$((failures + 1)); fi
"$chidao" -f jsonl --lenient --max-warnings 3 "$tmp/many.txt" "$tmp/many.txt" > "$tmp/out" 2> "$tmp/err"; expect "max warnings" 0 $?
expect "--max-warnings counts over the run" 3 "$(grep -c ': warning: ' "$tmp/err")"
contains "--max-warnings: the rest counted" "$tmp/err" "chidao: 57 more warnings left out (--max-warnings 3)"
"$chidao" --lenient --max-warnings 0 "$tmp/run.txt" > "$tmp/out" 2> "$tmp/err"
expect "--max-warnings 0: no warning line" 0 "$(grep -c ': warning: ' "$tmp/err")"
contains "--max-warnings 0: one line counts them" "$tmp/err" "chidao: 1 more warning left out (--max-warnings 0)"
"$chidao" -q --lenient "$tmp/many.txt" > "$tmp/out" 2> "$tmp/err"; expect "quiet with warnings" 0 $?
expect "-q: no warnings on stderr" 0 "$(wc -c < "$tmp/err")"
"$chidao" -q "$tmp/bad.txt" > "$tmp/out" 2> "$tmp/err"; expect "quiet with an error" 1 $?
contains "-q: errors still on stderr" "$tmp/err" "$tmp/bad.txt:2:5: invalid UTF-8"

"$chidao" -f jsonl < "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "stdin" 0 $?
contains "stdin is named -" "$tmp/out" '"source":"-"'

# The progress bar (stderr at a terminal, after a second): a warning clears it before it is written,
# not after its last column; reading standard input, whose size is unknown, it counts bytes read and
# shows no ETA. Chunks of standard input come 1.5 s apart, so the second document is written after
# the first second, with its progress, and the third's warning after that.
printf 'Thứ nhất, A.\nThứ hai, B.\n\n=====\n\n' > "$tmp/chunk1"
cp "$tmp/chunk1" "$tmp/chunk2"
printf 'x\xffy\n\n=====\n\n' > "$tmp/chunk3"
/usr/bin/python3 "$(dirname "$0")/cli_tty.py" stderr "$tmp/out" "$tmp/err" 1.5 "$tmp/chunk1" "$tmp/chunk2" "$tmp/chunk3" -- \
  "$chidao" -f jsonl --split-on ===== --lenient; expect "progress at a terminal" 0 $?
progress=$(grep -bo 'MB read' "$tmp/err" | head -1 | cut -d: -f1)
warning=$(grep -bo 'warning:' "$tmp/err" | head -1 | cut -d: -f1)
if [ -n "$progress" ] && [ -n "$warning" ] && [ "$progress" -lt "$warning" ]; then passes=$((passes + 1)); else echo "FAIL: no progress bar (counting bytes read) before the warning:"; cat -v "$tmp/err"; failures=$((failures + 1)); fi
if grep -q 'ETA' "$tmp/err"; then echo "FAIL: an ETA for standard input"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
if grep -q '^-#3: warning: invalid UTF-8' "$tmp/err.screen"; then passes=$((passes + 1)); else echo "FAIL: the warning is written over the progress bar:"; cat "$tmp/err.screen"; failures=$((failures + 1)); fi
contains "the progress bar is gone at the end" "$tmp/err.screen" "$(printf '\nchidao: 3 documents, 2 lists')"

# At a terminal chidao says it reads standard input, and how that ends, before it waits; in a pipe
# (above) or with -q it says nothing.
tty=$(dirname "$0")/cli_tty.py
/usr/bin/python3 "$tty" stdin "$tmp/out" "$tmp/err" "$tmp/good.txt" Ctrl-D 10 -- "$chidao" -f jsonl; expect "stdin on a terminal" 0 $?
contains "stdin on a terminal: a hint before the wait" "$tmp/err" "chidao: reading standard input until Ctrl-D"
contains "stdin on a terminal: what was typed is read" "$tmp/out" '"style":"thu"'
/usr/bin/python3 "$tty" stdin "$tmp/out" "$tmp/err" "$tmp/good.txt" Ctrl-D 0.5 -- "$chidao" -q - > /dev/null
if grep -q Ctrl-D "$tmp/err"; then echo "FAIL: -q still prints the stdin hint"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
"$chidao" < "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"
if grep -q Ctrl-D "$tmp/err"; then echo "FAIL: the stdin hint in a pipe"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

"$chidao" "$tmp/missing.txt" > "$tmp/out" 2> "$tmp/err"; expect "missing file" 1 $?
contains "missing file message" "$tmp/err" "$tmp/missing.txt:1:1: cannot open"

mkdir -p "$tmp/dir/sub" && cp "$tmp/good.txt" "$tmp/dir/sub/a.txt" && cp "$tmp/good.txt" "$tmp/dir/b.txt" && cp "$tmp/good.txt" "$tmp/dir/c.md"
"$chidao" -f jsonl "$tmp/dir" > "$tmp/out" 2> "$tmp/err"; expect "directory" 0 $?
expect "a directory gives its *.txt files, recursively" 2 "$(wc -l < "$tmp/out")"
head -1 "$tmp/out" > "$tmp/first"
contains "directory files in sorted order" "$tmp/first" "$tmp/dir/b.txt"
"$chidao" -f jsonl --glob '*.md' "$tmp/dir" > "$tmp/out" 2> "$tmp/err"; expect "glob" 1 "$(wc -l < "$tmp/out")"
contains "summary, singular where one" "$tmp/err" "chidao: 1 document, 1 list, 2 points, 0 speakers, 0 warnings, 0 errors"

"$chidao" --format yaml "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "unknown format" 2 $?
contains "usage errors are chidao's" "$tmp/err" "chidao: --format: yaml not in {json,jsonl,outline,markdown,html,tsv,csv}"
"$chidao" --no-such-option > "$tmp/out" 2> "$tmp/err"; expect "unknown option" 2 $?
contains "an unknown option is named" "$tmp/err" "chidao: unknown option --no-such-option"
# A typo gets the nearest option; a prefix gets the option it starts.
"$chidao" --formt json "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "typo" 2 $?
contains "a typo suggests the nearest option" "$tmp/err" "chidao: unknown option --formt; did you mean --format?"
"$chidao" --quite "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "transposed letters" 2 $?
contains "transposed letters are one typo" "$tmp/err" "did you mean --quiet?"
"$chidao" --verify=x "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "prefix" 2 $?
contains "a prefix suggests the option" "$tmp/err" "chidao: unknown option --verify; did you mean --verify-roundtrip?"
"$chidao" --offsets furlongs "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "bad offsets unit" 2 $?
contains "a bad value lists the choices, not an enum's insides" "$tmp/err" "chidao: --offsets: furlongs not in {bytes,codepoints,utf16}"

"$chidao" --help > "$tmp/out" 2> "$tmp/err"; expect "help" 0 $?
contains "help explains exit codes" "$tmp/out" "Exit status:"
contains "help says how standard input ends" "$tmp/out" "Ctrl-D"
# Help shows what to type, not how CLI11 checks it (types, validators, enum values).
if grep -nE -- '->|TEXT|UINT|ENUM|[A-Z]:\{' "$tmp/out"; then echo "FAIL: --help shows parser internals"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
contains "help names an option's value" "$tmp/out" "-f, --format FORMAT"
# Help wraps at the terminal's width: the ioctl on a terminal, else COLUMNS, else 80.
for columns in 60 72; do
  COLUMNS=$columns "$chidao" --help > "$tmp/out" 2> "$tmp/err"
  longest=$(/usr/bin/python3 -c 'import sys; print(max(len(l.rstrip("\n")) for l in open(sys.argv[1], encoding="utf-8")))' "$tmp/out")
  if [ "$longest" -le "$columns" ]; then passes=$((passes + 1)); else echo "FAIL: --help has a line of $longest columns, wider than $columns"; failures=$((failures + 1)); fi
done
"$chidao" --help > "$tmp/out" 2> "$tmp/err"
longest=$(/usr/bin/python3 -c 'import sys; print(max(len(l.rstrip("\n")) for l in open(sys.argv[1], encoding="utf-8")))' "$tmp/out")
if [ "$longest" -le 80 ]; then passes=$((passes + 1)); else echo "FAIL: --help in a pipe has a line of $longest columns, wider than 80"; failures=$((failures + 1)); fi
"$chidao" --version > "$tmp/out" 2> "$tmp/err"; expect "version" 0 $?
contains "version" "$tmp/out" "chidao 0."
contains "version names the JSON contract" "$tmp/out" "JSON contract 1"
contains "version names ICU" "$tmp/out" "ICU 7"

"$chidao" -f outline "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "outline" 0 $?
contains "outline" "$tmp/out" "1. Thứ nhất A."
# A numeric point's marker is its number: the outline prints it once ("1. text", not "1. 1. text").
printf '1. Điểm một.\n(2) Điểm hai.\n' > "$tmp/numeric.txt"
"$chidao" -q -f outline "$tmp/numeric.txt" > "$tmp/out" 2> "$tmp/err"; expect "outline numeric" 0 $?
contains "outline: a numeric marker stands for the number" "$tmp/out" "  1. Điểm một."
contains "outline: a numeric marker as written" "$tmp/out" "  (2) Điểm hai."

# Outline and Markdown show the same statements: all by default, or those introducing a list with
# --statements with-lists. A statement header is the one line with its act in brackets (outline, not
# wrapped) or in parentheses (Markdown).
acts='(directive|assertive|evaluative)'
for option in --color=never --statements=all --statements=with-lists; do  # the first: the default
  differ=0
  total=0
  for article in "$fixtures"/articles/*.txt "$fixtures"/speakers/*.txt "$fixtures"/lists/*.txt; do
    o=$("$chidao" -q --lenient -f outline --width 1000 "$option" "$article" | grep -cE "\[$acts\]")
    m=$("$chidao" -q --lenient -f markdown "$option" "$article" | grep -cE "\($acts\)")
    if [ "$o" != "$m" ]; then echo "FAIL: $option: $article: $o statements in the outline, $m in Markdown"; differ=1; fi
    total=$((total + o))
  done
  if [ "$differ" -eq 0 ] && [ "$total" -gt 0 ]; then passes=$((passes + 1)); else echo "FAIL: $option: the views differ, or show no statement"; failures=$((failures + 1)); fi
done
"$chidao" -q -f outline "$fixtures/speakers/according_to_speaker.txt" > "$tmp/out" 2> "$tmp/err"
contains "the outline shows a statement without a list" "$tmp/out" "Bùi Thanh Sơn (Bộ trưởng Ngoại giao) — Theo [assertive]"
contains "the outline shows what it said" "$tmp/out" "    Theo Bộ trưởng Ngoại giao Bùi Thanh Sơn, Hội nghị là dịp quan trọng"
for f in outline markdown; do
  "$chidao" -q -f $f --statements with-lists "$fixtures/speakers/according_to_speaker.txt" > "$tmp/out" 2> "$tmp/err"; expect "--statements with-lists, $f" 0 $?
  if grep -q "Theo" "$tmp/out"; then echo "FAIL: --statements with-lists: $f shows a statement without a list"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
done
"$chidao" -q --statements all "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "--statements is for outline and markdown" 2 $?

# A group speaker keeps its name as written, and has a key to count it by over many pages.
"$chidao" -q -f jsonl "$fixtures/speakers/group_speakers.txt" > "$tmp/out" 2> "$tmp/err"
contains "a speaker's key" "$tmp/out" '"name":"Các đại biểu","key":"các đại biểu","kind":"group"'

printf '[title]\nTổng Giám đốc Tập đoàn\n' > "$tmp/ours.lexicon"
printf 'Tổng Giám đốc Tập đoàn Nguyễn Văn An đề nghị các đơn vị cần tiết kiệm.\n' > "$tmp/company.txt"
"$chidao" -f jsonl --lexicon "$tmp/ours.lexicon" "$tmp/company.txt" > "$tmp/out" 2> "$tmp/err"; expect "lexicon then a file" 0 $?
contains "the lexicon's title is used" "$tmp/out" '"titles":["Tổng Giám đốc Tập đoàn"]'
printf '[title]\nok\n[bogus]\n' > "$tmp/bad.lexicon"
"$chidao" --lexicon "$tmp/bad.lexicon" "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "bad lexicon" 2 $?
contains "bad lexicon message names the line" "$tmp/err" "$tmp/bad.lexicon:3:1: unknown lexicon section '[bogus]'"

"$chidao" -f jsonl "$tmp/good.txt" "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "jsonl" 0 $?
expect "jsonl: one line per input" 2 "$(wc -l < "$tmp/out")"
"$chidao" -f jsonl --pretty "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "pretty is for json" 2 $?
# json is one indented JSON value a run: an object when the command names one input (a file, or
# standard input), an array, in input order, when it can name several (files, a directory,
# --split-on), however many documents they hold. jsonl stays one compact line a document.
json_shape() {  # json_shape FILE: "object" or "array N" (errors inside counted as "error")
  /usr/bin/python3 -c 'import json, sys
v = json.load(open(sys.argv[1], encoding="utf-8"))
print("object" if isinstance(v, dict) else "array %d%s" % (len(v), "".join(" error" for d in v if "error" in d)))' "$1"
}
"$chidao" "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "json one file" 0 $?
expect "json: one file gives one object" object "$(json_shape "$tmp/out")"
contains "json is indented" "$tmp/out" '  "chidao": 1,'
"$chidao" - < "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"
expect "json: standard input gives one object" object "$(json_shape "$tmp/out")"
"$chidao" "$tmp/bad.txt" "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "json two files" 1 $?
expect "json: two files give an array, the rejected one as an error document" "array 2 error" "$(json_shape "$tmp/out")"
"$chidao" --glob '*.md' "$tmp/dir" > "$tmp/out" 2> "$tmp/err"
expect "json: a directory gives an array, even of one" "array 1" "$(json_shape "$tmp/out")"
"$chidao" --glob '*.none' "$tmp/dir" > "$tmp/out" 2> "$tmp/err"
expect "json: a directory without matches says so: an array of its error document" "array 1 error" "$(json_shape "$tmp/out")"
printf 'Một là x.\nHai là y.\n\n=====\n\nMột là x.\nHai là y.\n' > "$tmp/two.txt"
"$chidao" --split-on ===== "$tmp/two.txt" > "$tmp/out" 2> "$tmp/err"
expect "json: --split-on gives an array" "array 2" "$(json_shape "$tmp/out")"
"$chidao" --lossless "$tmp/good.txt" "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"
expect "json: --lossless documents in an array" "array 2" "$(json_shape "$tmp/out")"
"$chidao" -f jsonl "$tmp/good.txt" "$tmp/good.txt" > "$tmp/jsonl" 2> "$tmp/err"
"$chidao" -f json "$tmp/good.txt" "$tmp/good.txt" > "$tmp/json" 2> "$tmp/err"
if cmp -s "$tmp/json" "$tmp/jsonl"; then echo "FAIL: -f json and -f jsonl give the same bytes"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
"$chidao" --pretty "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "--pretty is still accepted with json" 0 $?
# Outline and Markdown are for people: a rejected input is reported on stderr, never as JSON in them,
# and --lossless (leaves for JSON) is a usage error there rather than silently ignored.
for f in outline markdown; do
  "$chidao" -f $f "$tmp/bad.txt" "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "$f with a rejected input" 1 $?
  if grep -q '"error"' "$tmp/out"; then echo "FAIL: $f output holds an error document"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
  contains "$f: the rejected input is on stderr" "$tmp/err" "$tmp/bad.txt:2:5: invalid UTF-8"
  contains "$f: the good input is written" "$tmp/out" "$tmp/good.txt"
  "$chidao" -f $f --lossless "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "--lossless with $f" 2 $?
  contains "--lossless with $f: why" "$tmp/err" "chidao: --lossless adds leaves to JSON: it does not combine with --format $f"
done
"$chidao" -f markdown "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "markdown" 0 $?
contains "markdown list" "$tmp/out" "1. **Thứ nhất**: A."
"$chidao" -f outline --color=always "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "colour always" 0 $?
contains "colour always" "$tmp/out" "$(printf '\033[')"
NO_COLOR=1 "$chidao" -f outline --color=auto "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"
if grep -q "$(printf '\033')" "$tmp/out"; then echo "FAIL: colour in a pipe"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
"$chidao" --offsets utf16 "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "offsets" 0 $?

for i in $(seq 1 30); do printf 'Tài liệu %s. Thứ nhất, A.\nThứ hai, B.\n' "$i" > "$tmp/many_$(printf %02d "$i").txt"; done
"$chidao" -q -f jsonl -j 1 "$tmp"/many_*.txt > "$tmp/one" 2> "$tmp/err"; expect "jobs 1" 0 $?
"$chidao" -q -f jsonl -j 4 "$tmp"/many_*.txt > "$tmp/four" 2> "$tmp/err"; expect "jobs 4" 0 $?
if cmp -s "$tmp/one" "$tmp/four"; then passes=$((passes + 1)); else echo "FAIL: --jobs 4 changed the output or its order"; failures=$((failures + 1)); fi
printf 'Thứ nhất, A.\nThứ hai, B.\n\n=====\n\nMột là x.\nHai là y.' > "$tmp/joined.txt"
"$chidao" -q -f jsonl --split-on ===== "$tmp/joined.txt" > "$tmp/out" 2> "$tmp/err"; expect "split" 0 $?
expect "split gives two documents" 2 "$(wc -l < "$tmp/out")"
contains "split names the parts" "$tmp/out" "\"source\":\"$tmp/joined.txt#2\""
# A file written on Windows: the separator line and the empty lines around it end in CRLF; they split
# the same way, and belong to the separator, not to the documents.
printf 'Thứ nhất, A.\r\nThứ hai, B.\r\n\r\n=====\r\n\r\nMột là x.\r\nHai là y.\r\n' > "$tmp/joined_crlf.txt"
"$chidao" -q -f jsonl --split-on ===== "$tmp/joined_crlf.txt" > "$tmp/out" 2> "$tmp/err"; expect "split CRLF" 0 $?
expect "split on a CRLF separator line gives two documents" 2 "$(wc -l < "$tmp/out")"
"$chidao" -q --verify-roundtrip --split-on ===== "$tmp/joined_crlf.txt" > "$tmp/out" 2> "$tmp/err"
contains "the CRLF separator's lines leave the first document" "$tmp/out" "$tmp/joined_crlf.txt#1: ok, 31 bytes"
contains "the CRLF separator's lines leave the second document" "$tmp/out" "$tmp/joined_crlf.txt#2: ok, 26 bytes"
"$chidao" -q "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"
expect "quiet: nothing on stderr" 0 "$(wc -c < "$tmp/err")"

"$chidao" -q --verify-roundtrip "$tmp/good.txt" "$tmp/joined.txt" > "$tmp/out" 2> "$tmp/err"; expect "verify roundtrip" 0 $?
contains "verify roundtrip says ok" "$tmp/out" "$tmp/good.txt: ok, 31 bytes in 8 leaves"
"$chidao" -q -f jsonl --lossless "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "lossless" 0 $?
contains "lossless leaves" "$tmp/out" '"leaves":[{"kind":"marker","span":[0,12],"text":"Thứ nhất","owner":"/nodes/0/items/0"}'
"$chidao" -q --verify-roundtrip "$tmp/bad.txt" "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "verify roundtrip with a rejected input" 1 $?
if grep -q '"error"' "$tmp/out"; then echo "FAIL: --verify-roundtrip output holds an error document"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
contains "verify roundtrip: the rejected input on stderr" "$tmp/err" "$tmp/bad.txt:2:5: invalid UTF-8"
"$chidao" -q --lossless --offsets utf16 "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "lossless with offsets" 2 $?

# Output that cannot be taken: a closed pipe ends chidao quietly; a full disk is an error, exit 3.
for i in $(seq 1 3000); do printf 'Thứ nhất, điểm %s.\nThứ hai, điểm tiếp.\n\n=====\n\n' "$i"; done > "$tmp/big.txt"
"$chidao" -f jsonl --split-on ===== "$tmp/big.txt" 2> "$tmp/err" | head -1 > /dev/null
expect "closed pipe: no message" 0 "$(wc -c < "$tmp/err")"
"$chidao" -q -f jsonl --split-on ===== "$tmp/big.txt" > /dev/full 2> "$tmp/err"; expect "full disk" 3 $?
contains "full disk message" "$tmp/err" "cannot write output: No space left on device"
# SIGTERM: stop after the documents under way, print the summary, exit 130, every line whole. No
# sleep decides the order: the first input is a FIFO, and opening its writing end returns only once
# chidao has opened it (its handlers are in place by then). The signal comes while chidao waits for
# the document's text: the wait ends (issue 13), no document was under way, none is written.
mkfifo "$tmp/fifo"
"$chidao" -f jsonl "$tmp/fifo" "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err" &
pid=$!
exec 3> "$tmp/fifo"
kill -TERM "$pid"
wait "$pid"; expect "SIGTERM" 130 $?
exec 3>&-
contains "SIGTERM summary" "$tmp/err" "chidao: interrupted; the documents above are complete"
expect "SIGTERM while waiting for a document: nothing written, no other document taken" 0 "$(wc -l < "$tmp/out")"
rm -f "$tmp/fifo"
# Standard input is read a document at a time, and each document's line goes out as soon as its
# separator and the empty line after it have come, before chidao waits for the next document: a
# pipeline that sends one and waits for its line gets it (with one job, this thread parses, writes,
# then reads; a CR LF after the separator needs its second byte, a lone CR beginning the next document).
for jobs in 1 2; do
   coproc streaming { "$chidao" -q -f jsonl --split-on ===== --jobs "$jobs" -; }
   printf 'Thứ nhất, A.\nThứ hai, B.\n\n=====\n\n' >&"${streaming[1]}"
   if read -r -t 20 line <&"${streaming[0]}"; then
      passes=$((passes + 1))
      case "$line" in *'"text":"A."'*) passes=$((passes + 1)) ;; *) echo "FAIL: streaming, --jobs $jobs: not the first document: $line"; failures=$((failures + 1)) ;; esac
   else
      echo "FAIL: streaming, --jobs $jobs: no line for the first document while the input stays open"; failures=$((failures + 1))
   fi
   exec {streaming[1]}>&-
   wait "$streaming_PID"; expect "streaming, --jobs $jobs" 0 $?
done
# Odd paths: a file under a file, NUL bytes, a binary file.
"$chidao" "$tmp/good.txt/x" > "$tmp/out" 2> "$tmp/err"; expect "path under a file" 1 $?
contains "path under a file" "$tmp/err" "$tmp/good.txt/x:1:1: cannot open: Not a directory"
printf 'Thứ nhất, A\0B.\nThứ hai, C.\n' > "$tmp/nul.txt"
"$chidao" -q -f jsonl "$tmp/nul.txt" > "$tmp/out" 2> "$tmp/err"; expect "NUL bytes are text" 0 $?
contains "NUL bytes kept" "$tmp/out" '"text":"A\u0000B."'
# A file over the 2 GiB limit is refused by its size, before a byte is read (a sparse file: no disk).
truncate -s 3G "$tmp/huge.bin"
"$chidao" -q -f jsonl "$tmp/huge.bin" "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "over 2 GiB" 1 $?
contains "over 2 GiB is named" "$tmp/err" "$tmp/huge.bin:1:1: input of 3221225472 bytes exceeds the 2 GiB limit"
contains "over 2 GiB has its code" "$tmp/out" '"code":"input_too_large"'
contains "the next file still runs" "$tmp/out" '"source":"'"$tmp"'/good.txt","nodes"'
rm -f "$tmp/huge.bin"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$tmp/image.png"
"$chidao" -q "$tmp/image.png" > "$tmp/out" 2> "$tmp/err"; expect "binary file" 1 $?
contains "binary file is named" "$tmp/err" "$tmp/image.png:1:1: invalid UTF-8: byte sequence 0x89 is not a character"

# Every encoding --help gives as an example is one chidao reads.
examples=$(COLUMNS=100 "$chidao" --help | tr -s '\n ' '  ' | grep -o "The inputs' encoding ([^)]*)" | sed 's/.*(//; s/[)…]//g; s/,/ /g')
[ -n "$examples" ]; expect "--help names encodings" 0 $?
for name in $examples; do
  "$chidao" -q --encoding "$name" - < /dev/null > "$tmp/out" 2> "$tmp/err"; expect "--help's example encoding $name" 0 $?
done
"$chidao" --encoding klingon "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "unknown encoding" 2 $?
contains "unknown encoding message" "$tmp/err" "unknown encoding 'klingon'"
"$chidao" -q -f jsonl --encoding windows-1258 "$fixtures/encodings/windows_1258.txt" > "$tmp/out" 2> "$tmp/err"; expect "windows-1258" 0 $?
contains "windows-1258 decoded" "$tmp/out" '"marker":"Thứ hai"'
# TCVN3, VNI and VISCII, which ICU has not: chidao's own tables. A byte the table lacks (a VNI mark
# after no vowel it goes on) is refused with its place, or read as U+FFFD with a warning naming the encoding.
for encoding in tcvn3 vni viscii; do
  "$chidao" -q -f jsonl --encoding "$encoding" "$fixtures/encodings/${encoding}_passage.txt" > "$tmp/out" 2> "$tmp/err"; expect "$encoding" 0 $?
  contains "$encoding decoded" "$tmp/out" '"marker":"Thứ hai"'
done
"$chidao" -q --encoding VNI-Windows "$fixtures/encodings/vni_stray_mark_rejected.txt" > "$tmp/out" 2> "$tmp/err"; expect "vni stray mark" 1 $?
contains "vni stray mark message" "$tmp/err" "vni_stray_mark_rejected.txt:3:28: byte 0xE4 at offset 55 is not a character in vni (a VNI tone or vowel mark"
printf 'Vie\xe4\xe4t' | "$chidao" --lenient --encoding vni - > "$tmp/out" 2> "$tmp/err"; expect "vni lenient" 0 $?
contains "vni lenient warns" "$tmp/err" "warning: invalid vni replaced by U+FFFD (bytes 4-5)"

# -f html: one page a document. One input: the page on stdout. Several (files, a directory, --split-on,
# decided by the command as for -f json): a usage error without --output-dir DIR, which gets a page per
# document, named in input order, and index.html linking them, a rejected input listed with its reason.
# The page itself, in a browser, is tests/html_test.py's.
"$chidao" -q -f html "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "html" 0 $?
contains "html: a page" "$tmp/out" '<!DOCTYPE html>'
contains "html: the marker highlighted, with its span" "$tmp/out" 'data-begin="0" data-end="12"'
"$chidao" -q -f html - < "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "html from standard input" 0 $?
"$chidao" -f html "$tmp/good.txt" "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "html, two files, no --output-dir" 2 $?
contains "html, several documents: why" "$tmp/err" "chidao: --format html writes one page per document: for several (files, a directory, --split-on), give --output-dir DIR"
expect "html, several documents: nothing on stdout" 0 "$(wc -c < "$tmp/out")"
"$chidao" -f html --split-on ===== "$tmp/two.txt" > "$tmp/out" 2> "$tmp/err"; expect "html, --split-on, no --output-dir" 2 $?
"$chidao" -f html --output-dir "$tmp/pages" "$tmp/good.txt" "$tmp/bad.txt" "$tmp/two.txt" > "$tmp/out" 2> "$tmp/err"
expect "html --output-dir, a rejected input among them" 1 $?
expect "html --output-dir: nothing on stdout" 0 "$(wc -c < "$tmp/out")"
contains "html --output-dir: where the pages are" "$tmp/err" "chidao: 2 pages in $tmp/pages; open $tmp/pages/index.html"
ls "$tmp/pages" > "$tmp/listing"
expect "html --output-dir: a page per document and the index" "0001-good.html 0003-two.html index.html" "$(tr '\n' ' ' < "$tmp/listing" | sed 's/ $//')"
contains "html --output-dir: the index links the pages" "$tmp/pages/index.html" '<a href="0003-two.html">'
contains "html --output-dir: the index gives a rejected input's reason" "$tmp/pages/index.html" "invalid UTF-8: byte sequence 0xC3 is not a character"
contains "html --output-dir: a page links back to the index" "$tmp/pages/0001-good.html" '<a href="index.html">'
"$chidao" -q -f html --output-dir "$tmp/split" --split-on ===== "$tmp/two.txt" > "$tmp/out" 2> "$tmp/err"; expect "html --output-dir --split-on" 0 $?
expect "html --split-on: a page per document" "0001-two-1.html 0002-two-2.html index.html" "$(ls "$tmp/split" | tr '\n' ' ' | sed 's/ $//')"
"$chidao" -f json --output-dir "$tmp/pages" "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "--output-dir without html" 2 $?
contains "--output-dir without html: why" "$tmp/err" "chidao: --output-dir is for --format html, a page per document"
"$chidao" -f html --offsets codepoints "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "html --offsets" 2 $?
"$chidao" -f html --lossless "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "html --lossless" 2 $?
"$chidao" -q -f html --statements with-lists "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "html --statements" 0 $?
printf 'x' > "$tmp/a_file"
"$chidao" -f html --output-dir "$tmp/a_file/pages" "$tmp/good.txt" > "$tmp/out" 2> "$tmp/err"; expect "html --output-dir under a file" 3 $?
contains "html --output-dir under a file: why" "$tmp/err" "chidao: cannot write output: cannot create $tmp/a_file/pages"

# --input jsonl (issue 12): a record a line in, a document a line out carrying the record's id, in
# input order; a line that is no record is reported with its line number and skipped, and the run goes on
# with exit 0 (a Spark or Hadoop mapper must not fail for one bad record).
{
  printf '{"id": "a-1", "text": "Thứ nhất, A.\\nThứ hai, B.\\n", "url": "x"}\n'
  printf '{"id": 2, "text": "Không có danh sách."}\n'
  printf '\n'
  printf '{"id": "broken", "text": "Thứ nhất\n'
  printf '{"id": "no-text"}\n'
  printf '["not", "an", "object"]\n'
  printf '{"text": "Một là, X.\\r\\nHai là, Y.\\r\\n"}\r\n'
} > "$tmp/records.jsonl"
"$chidao" --input jsonl -f jsonl < "$tmp/records.jsonl" > "$tmp/out" 2> "$tmp/err"; expect "records" 0 $?
expect "records: one line per good record" 3 "$(wc -l < "$tmp/out")"
expect "records: ids as sources, in input order" "a-1 2 -:7" "$(/usr/bin/python3 -c 'import json,sys; print(*[json.loads(l)["source"] for l in open(sys.argv[1])])' "$tmp/out")"
expect "records: the texts are parsed" "thu none la" "$(/usr/bin/python3 -c 'import json,sys; print(*[(json.loads(l)["nodes"] or [{"style": "none"}])[0].get("style", "none") for l in open(sys.argv[1])])' "$tmp/out")"
contains "records: a broken line, with its number" "$tmp/err" "-:4: malformed record: parse error at line 1, column"
contains "records: no text field" "$tmp/err" '-:5: malformed record: no string field "text"'
contains "records: not an object" "$tmp/err" "-:6: malformed record: not a JSON object"
contains "records: skipped records are counted" "$tmp/err" "chidao: 3 documents, 2 lists, 4 points, 0 speakers, 0 warnings, 0 errors, 3 malformed records skipped"
printf '{"doc": "d9", "body": "Thứ nhất, A.\\nThứ hai, B.\\n"}\n' > "$tmp/fields.jsonl"
"$chidao" -q --input jsonl --text-field body --id-field doc -f jsonl "$tmp/fields.jsonl" "$tmp/records.jsonl" > "$tmp/out" 2> "$tmp/err"; expect "records: fields named, files" 0 $?
contains "records: --id-field names the document" "$tmp/out" '"source":"d9"'
contains "records: --text-field is read" "$tmp/out" '"style":"thu"'
contains "records: errors name the file" "$tmp/err" "$tmp/records.jsonl:5: malformed record: no string field \"body\""
"$chidao" -q --input jsonl -f jsonl -j 2 < "$tmp/records.jsonl" > "$tmp/two" 2> /dev/null
"$chidao" -q --input jsonl -f jsonl -j 1 < "$tmp/records.jsonl" > "$tmp/one" 2> /dev/null
if cmp -s "$tmp/one" "$tmp/two"; then passes=$((passes + 1)); else echo "FAIL: records: -j 2 differs from -j 1"; failures=$((failures + 1)); fi
# Streaming: the first record's line is out before standard input ends.
( printf '{"id":"first","text":"Thứ nhất, A.\\nThứ hai, B.\\n"}\n'; sleep 3; printf '{"id":"second","text":"x"}\n' ) |
  "$chidao" -q --input jsonl -f jsonl > "$tmp/stream" 2> /dev/null &
sleep 2
contains "records: streaming, a line per record as it comes" "$tmp/stream" '"source":"first"'
wait
"$chidao" --input jsonl --split-on ===== - < /dev/null > /dev/null 2> "$tmp/err"; expect "records and --split-on" 2 $?
"$chidao" --text-field body "$tmp/good.txt" > /dev/null 2> "$tmp/err"; expect "--text-field without --input jsonl" 2 $?

# --format tsv/csv: a header, then a row per point; TSV keeps a row on a line, CSV quotes.
"$chidao" -q -f tsv "$tmp/good.txt" "$tmp/bad.txt" > "$tmp/out" 2> "$tmp/err"; expect "tsv" 1 $?
expect "tsv: header and two points" 3 "$(wc -l < "$tmp/out")"
contains "tsv: header" "$tmp/out" "$(printf 'document\tlist\tdepth\tstyle\tordinal\tmarker\ttext\tspeaker')"
contains "tsv: a row" "$tmp/out" "$(printf '%s\t1\t0\tthu\t2\tThứ hai\tB.\t\t' "$tmp/good.txt")"
contains "tsv: a rejected input on stderr" "$tmp/err" "$tmp/bad.txt:2:5: invalid UTF-8"
printf 'Thứ nhất, A\tx "q".\nThứ hai, B, c.\n' > "$tmp/cells.txt"
"$chidao" -q -f tsv "$tmp/cells.txt" > "$tmp/out" 2> "$tmp/err"
contains "tsv: a tab in a cell is escaped" "$tmp/out" "$(printf '\tA\\tx "q".\t')"
"$chidao" -q -f csv "$tmp/cells.txt" > "$tmp/out" 2> "$tmp/err"; expect "csv" 0 $?
contains "csv: quotes doubled" "$tmp/out" ',"A	x ""q"".",'
contains "csv: a comma quoted" "$tmp/out" ',"B, c.",'
"$chidao" -q -f csv - < /dev/null > "$tmp/out"; expect "csv: no points, the header alone" 1 "$(wc -l < "$tmp/out")"
"$chidao" -q -f tsv --lossless "$tmp/good.txt" > /dev/null 2>&1; expect "tsv and --lossless" 2 $?

# The first line names the source file as given, whatever its length (CI checks out under a longer path); the rest wraps.
for width in 40 60; do
   for article in "$fixtures"/articles/*.txt; do
      "$chidao" -q -f outline --width "$width" "$article" > "$tmp/out" 2> "$tmp/err"; expect "outline width $width" 0 $?
      longest=$(python3 -c 'import sys; print(max(len(l.rstrip("\n")) for l in list(open(sys.argv[1], encoding="utf-8"))[1:]))' "$tmp/out")
      if [ "$longest" -le "$width" ]; then passes=$((passes + 1)); else echo "FAIL: $article: an outline line is $longest columns, wider than $width"; failures=$((failures + 1)); fi
   done
done
"$chidao" -q -f outline --width 60 "$fixtures/articles/mot_la_then_thu_nhat_lists.txt" > "$tmp/out" 2> "$tmp/err"
contains "outline wraps the speaker line" "$tmp/out" "  viên Bộ Chính trị) — nhấn mạnh [assertive]"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
