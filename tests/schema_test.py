#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Every fixture's expected JSON, and what chidao writes for every fixture input, validates against
schema/chidao.schema.json. Run by ctest with Debian's python3 and python3-jsonschema."""
import glob, json, os, subprocess, sys

import jsonschema

root, chidao = sys.argv[1], sys.argv[2]
schema = json.load(open(os.path.join(root, 'schema/chidao.schema.json'), encoding='utf-8'))
validator = jsonschema.Draft202012Validator(schema)
passed, failed = 0, 0
def check(name, document):
    global passed, failed
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    if errors:
        failed += 1
        print(f"FAIL {name}: {errors[0].message} at {list(errors[0].path)}")
    else:
        passed += 1
for path in sorted(glob.glob(os.path.join(root, 'fixtures/**/*.json'), recursive=True)):
    check(os.path.relpath(path, root), json.load(open(path, encoding='utf-8')))
inputs = [p for p in sorted(glob.glob(os.path.join(root, 'fixtures/**/*.txt'), recursive=True))]
out = subprocess.run([chidao, '-q', '-f', 'jsonl', '--lenient', *inputs], capture_output=True)
for path, line in zip(inputs, out.stdout.decode().splitlines()):
    check('chidao ' + os.path.relpath(path, root), json.loads(line))
# The schema is no rubber stamp: a document missing a required key is refused.
if validator.is_valid({"chidao": 1, "source": "x", "nodes": []}):
    failed += 1
    print("FAIL the schema accepts a document without speakers and warnings")
else:
    passed += 1
speaker = {"id": "S1", "name": "Các chuyên gia", "kind": "group", "titles": [],
           "mentions": [{"text": "Các chuyên gia", "span": [0, 19], "resolved": True}]}
if validator.is_valid({"chidao": 1, "source": "x", "nodes": [], "speakers": [speaker], "unresolved": [], "warnings": []}):
    failed += 1
    print("FAIL the schema accepts a speaker without its key")
else:
    passed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
