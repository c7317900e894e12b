#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""schema/chidao.schema.json is the contract of every JSON output: it accepts each fixture's expected
JSON and everything chidao writes for the fixture inputs in every option combination (--offsets each
unit, --lossless, --lenient, each fixture's own options; -f jsonl, -f json for one input and for
several), for crafted bad inputs (every error code an input can cause), for --split-on and
--input jsonl, and an error document of every code the library has (ERROR_DOCUMENTS prints them). It
still refuses malformed documents. Run by ctest with Debian's python3 and python3-jsonschema.
   schema_test.py ROOT CHIDAO ERROR_DOCUMENTS"""
import copy, glob, json, os, subprocess, sys, tempfile

import jsonschema

root, chidao, error_documents = sys.argv[1], sys.argv[2], sys.argv[3]
schema = json.load(open(os.path.join(root, 'schema/chidao.schema.json'), encoding='utf-8'))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
passed, failed = 0, 0
codes_seen = set()


def fail(message):
    global failed
    failed += 1
    print('FAIL ' + message)


def expect(condition, message):
    global passed
    if condition:
        passed += 1
    else:
        fail(message)


# To say why a value is refused: the top level's oneOf only says that it fits none of its forms.
by_form = {form: jsonschema.Draft202012Validator({'$ref': f'#/$defs/{form}', '$defs': schema['$defs']})
           for form in ('document', 'error_document')}


def why(value):
    for i, one in enumerate(value if isinstance(value, list) else [value]):
        if isinstance(one, dict):
            form = 'error_document' if 'error' in one else 'document'
            for e in by_form[form].iter_errors(one):
                best = jsonschema.exceptions.best_match([e])
                where = ([i] if isinstance(value, list) else []) + list(best.absolute_path)
                return f"{best.message[:200]} at {where}"
    return jsonschema.exceptions.best_match(validator.iter_errors(value)).message[:200]


def check(name, value):
    """value (a document, an error document or an array of them) validates."""
    if not validator.is_valid(value):
        fail(f"{name}: {why(value)}")
        return
    expect(True, '')
    for document in value if isinstance(value, list) else [value]:
        if 'error' in document:
            codes_seen.add(document['error']['code'])


def run(name, args, inputs, fmt, stdin=None, want_status=(0, 1)):
    """Runs chidao -q -f FMT ARGS INPUTS and checks its output: one line a document with jsonl; with
    json one value, an array when the command can name several documents (several inputs, a
    directory, --split-on, --input jsonl)."""
    out = subprocess.run([chidao, '-q', '-f', fmt, *args, *inputs], input=stdin, capture_output=True)
    if out.returncode not in want_status:
        fail(f"{name}: exit {out.returncode}: {out.stderr.decode(errors='replace')[:300]}")
        return
    text = out.stdout.decode()
    if fmt == 'jsonl':
        lines = text.splitlines()
        if '--split-on' not in args and '--input' not in args and not any(os.path.isdir(i) for i in inputs):
            expect(len(lines) == len(inputs), f"{name}: {len(lines)} lines for {len(inputs)} inputs")
        for n, line in enumerate(lines):
            check(f"{name}, line {n + 1}", json.loads(line))
    else:
        value = json.loads(text)
        several = len(inputs) > 1 or '--split-on' in args or '--input' in args or any(os.path.isdir(i) for i in inputs)
        expect(isinstance(value, list) == several,
               f"{name}: -f json writes {'an array' if isinstance(value, list) else 'one document'} for {len(inputs)} inputs")
        check(name, value)


# The fixtures' expected JSON.
for path in sorted(glob.glob(os.path.join(root, 'fixtures/**/*.json'), recursive=True)):
    check(os.path.relpath(path, root), json.load(open(path, encoding='utf-8')))

# The fixture inputs, grouped by their NAME.options (lenient, encoding NAME, lexicon FILE), each group in
# every combination of output options, with and without --lenient.
groups = {}
for path in sorted(glob.glob(os.path.join(root, 'fixtures/**/*.txt'), recursive=True)):
    args = []
    options = path[:-len('.txt')] + '.options'
    if os.path.exists(options):
        for line in open(options, encoding='utf-8').read().split('\n'):
            word, _, value = line.strip().partition(' ')
            if word == 'lenient':
                args.append('--lenient')
            elif word == 'encoding':
                args += ['--encoding', value]
            elif word == 'lexicon':
                args += ['--lexicon', os.path.join(os.path.dirname(path), value)]
    groups.setdefault(tuple(args), []).append(path)
unit_options = [['--offsets', 'bytes'], ['--offsets', 'codepoints'], ['--offsets', 'utf16'], ['--lossless']]
combinations = [units + leniency for units in unit_options for leniency in ([], ['--lenient'])]
single = 0
for group, inputs in groups.items():
    for combination in combinations:
        args = list(group) + [a for a in combination if a not in group]
        label = ' '.join(args)
        run(f"-f jsonl {label} ({len(inputs)} fixtures)", args, inputs, 'jsonl')
        run(f"-f json {label} ({len(inputs)} fixtures)", args, inputs, 'json')
    # -f json for one input: each fixture once, the combinations taken in turn.
    for path in inputs:
        args = list(group) + [a for a in combinations[single % len(combinations)] if a not in group]
        single += 1
        run(f"-f json {' '.join(args)} {os.path.relpath(path, root)}", args, [path], 'json')

# --lossless spans are bytes: with another unit it is a usage error, so no document mixes them.
out = subprocess.run([chidao, '-q', '--lossless', '--offsets', 'utf16', '-'], input=b'', capture_output=True)
expect(out.returncode == 2 and out.stdout == b'', f"--lossless --offsets utf16: exit {out.returncode}, not a usage error")

# Crafted inputs: every error an input can cause, alone and among documents, and the other ways in.
with tempfile.TemporaryDirectory() as tmp:
    def write(name, data):
        path = os.path.join(tmp, name)
        with open(path, 'wb') as f:
            f.write(data)
        return path
    good = write('good.txt', 'Bộ trưởng đề nghị: Thứ nhất, cần A.\nThứ hai, cần B.\n'.encode())
    bad_utf8 = write('bad_utf8.txt', b'Th\xe1\xbb\xa9 nh\xe1\xba\xa5t, A.\n\xff\xfe B.\n')
    big = write('big.txt', b'Thu nhat, A. ' * 100)
    missing = os.path.join(tmp, 'missing.txt')
    for args, inputs, code in [
        ([], [bad_utf8], 'invalid_utf8'),
        (['--encoding', 'us-ascii'], [write('accents.txt', 'Thứ nhất, A.\n'.encode())], 'invalid_encoding'),
        (['--max-bytes', '100'], [big], 'input_too_large'),
        ([], [missing], 'io_failure'),
    ]:
        for fmt in ('jsonl', 'json'):
            for offsets in ('bytes', 'codepoints', 'utf16'):
                run(f"-f {fmt} --offsets {offsets} {' '.join(args)} {inputs}", args + ['--offsets', offsets], inputs, fmt)
            run(f"-f {fmt} --lossless {' '.join(args)} {inputs}", args + ['--lossless'], inputs, fmt)
        expect(code in codes_seen, f"no error document with code {code} from {inputs}")
    # Documents and error documents in one array (also from a directory), and one error document alone.
    run("-f json a directory", [], [tmp], 'json')
    run("-f jsonl a directory", ['--offsets', 'codepoints'], [tmp], 'jsonl')
    for fmt in ('json', 'jsonl'):
        run(f"-f {fmt} good, bad, missing, big", ['--max-bytes', '500'], [good, bad_utf8, missing, big], fmt)
        run(f"-f {fmt} --lossless good, bad, missing", ['--lossless'], [good, bad_utf8, missing], fmt)
    run("-f json one missing input", [], [missing], 'json')
    # --split-on: an array even of one document; a part too large is an error document in it.
    split = write('split.txt', b'\n\n=====\n\n'.join([open(good, 'rb').read(), b'x' * 600, b'\xff']))
    for fmt in ('json', 'jsonl'):
        for args in ([], ['--offsets', 'utf16'], ['--lossless'], ['--lenient']):
            run(f"-f {fmt} --split-on {' '.join(args)}", ['--split-on', '=====', '--max-bytes', '500'] + args, [split], fmt)
    run("-f json --split-on, one document", ['--split-on', '====='], [good], 'json')
    # Records: the id as the source; standard input.
    records = (json.dumps({'id': 7, 'text': open(good, encoding='utf-8').read()}) + '\n' +
               json.dumps({'id': 'r2', 'text': 'Một là A. Hai là B.'}) + '\n').encode()
    for fmt in ('json', 'jsonl'):
        run(f"-f {fmt} --input jsonl", ['--input', 'jsonl', '--offsets', 'codepoints'], ['-'], fmt, stdin=records)
        run(f"-f {fmt} standard input", ['--lossless'], ['-'], fmt, stdin=open(good, 'rb').read())

# An error document of every code the library has, as the C API and to_json(error) give them, even
# those no input can be made to cause here (invalid_lexicon, out_of_memory, internal_error).
library_codes = set()
for line in subprocess.run([error_documents], capture_output=True, check=True).stdout.decode().splitlines():
    document = json.loads(line)
    library_codes.add(document['error']['code'])
    check(f"error document {document['error']['code']}", document)
schema_codes = set(schema['$defs']['error_document']['properties']['error']['properties']['code']['enum'])
expect(library_codes == schema_codes, f"the library's error codes {sorted(library_codes)} are not the schema's {sorted(schema_codes)}")

# The schema is a contract, not a rubber stamp: each of these is refused.
document = json.loads(subprocess.run([chidao, '-q', '-f', 'jsonl', '--lossless', os.path.join(
    root, 'fixtures/articles/inline_thu_nhat_and_closing_quote.txt')], capture_output=True).stdout)
error_document = {"chidao": 1, "version": "0.1.0", "source": "x",
                  "error": {"code": "invalid_utf8", "message": "m", "line": 1, "column": 1, "byte": 0}}
check('the lossless article refused below, as it is', document)
check('the error document refused below, as it is', error_document)


def refused(description, change, base=document):
    value = copy.deepcopy(base)
    change(value)
    expect(not validator.is_valid(value), f"the schema accepts {description}")


refused('a document without speakers', lambda d: d.pop('speakers'))
refused('a document without its version', lambda d: d.pop('version'))
refused('a document with a key of its own', lambda d: d.update(extra=1))
refused('an unknown span unit', lambda d: d.update(offsets='characters'))
refused('a speaker without its key', lambda d: d['speakers'][0].pop('key'))
def first_list(nodes):
    for node in nodes:
        if node['kind'] == 'list':
            return node
        found = first_list(node.get('children', []) + [c for i in node.get('items', []) for c in i['children']])
        if found:
            return found


refused('a list of one point', lambda d: first_list(d['nodes'])['items'].__delitem__(slice(1, None)))
refused('a point with ordinal 0', lambda d: first_list(d['nodes'])['items'][0].update(ordinal=0))
refused('a negative span', lambda d: d['nodes'][0].update(span=[-1, 3]))
refused('a span of three numbers', lambda d: d['nodes'][0].update(span=[1, 2, 3]))
refused('leaves with spans in code points', lambda d: d.update(offsets='codepoints'))
refused('a leaf of an unknown kind', lambda d: d['leaves'][0].update(kind='word'))
refused('a leaf without its owner', lambda d: d['leaves'][0].pop('owner'))
refused('a leaf owned by no JSON pointer', lambda d: d['leaves'][0].update(owner='nodes/0'))
refused('a leaf owned by a speaker', lambda d: d['leaves'][0].update(owner='/speakers/0'))
refused('leaves that are not an array', lambda d: d.update(leaves={}))
refused('an error document with an unknown code', lambda d: d['error'].update(code='disk_full'), error_document)
refused('an error document with a status number for a code', lambda d: d['error'].update(code=5), error_document)
refused('an error document without its message', lambda d: d['error'].pop('message'), error_document)
refused('an error document with nodes', lambda d: d.update(nodes=[]), error_document)
refused('an error document at line 0', lambda d: d['error'].update(line=0), error_document)
expect(not validator.is_valid([error_document, {"chidao": 1}]), "the schema accepts an array holding a non-document")
expect(not validator.is_valid([[error_document]]), "the schema accepts an array of arrays")
expect(not validator.is_valid("text"), "the schema accepts a string")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
