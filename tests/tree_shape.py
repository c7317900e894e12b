#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The tree nests, on real pages: over corpus articles, every child lies inside its parent's span,
siblings (nodes, a list's points) are in order and do not overlap, and no span is reversed.

Usage: tree_shape.py CHIDAO [--megabytes N]. By default the first 30 MB of the corpus (about 10,000
articles; scripts/check runs this); --megabytes 0 reads the whole corpus (84,132 articles). Exits 77
(skipped) when the corpus is not at ../shared/corpus, 1 with the first faults when the tree does not nest.
"""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'devset'))
import corpus  # noqa: E402

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument('chidao')
parser.add_argument('--megabytes', type=int, default=30, help='how much of the corpus to read; 0: all of it')
args = parser.parse_args()
if not corpus.available():
    print(f'skipped: no corpus at {corpus.folder()}')
    sys.exit(77)

with open(corpus.text_path(), 'rb') as f:
    text = f.read(args.megabytes * 1_000_000) if args.megabytes else f.read()
if args.megabytes:
    text = text[:text.rfind(corpus.SEPARATOR)]  # whole articles only
run = subprocess.run([args.chidao, '-q', '-f', 'jsonl', '--lenient', '--split-on', '=====', '-'],
                     input=text, capture_output=True, check=True)

faults = []


def fault(article, path, what):
    faults.append(f'article {article} {path}: {what}')


def nodes(article, items, parent, path):
    after = parent[0]
    for i, n in enumerate(items):
        here = f'{path}/{i}'
        begin, end = n['span']
        if begin > end:
            fault(article, here, f'reversed span {n["span"]}')
        if begin < parent[0] or end > parent[1]:
            fault(article, here, f'{n["span"]} is outside its parent {list(parent)}')
        if begin < after:
            fault(article, here, f'{n["span"]} overlaps its previous sibling, which ends at {after}')
        after = max(after, end)
        if n['kind'] == 'list':
            nodes(article, n['items'], n['span'], here + '/items')
        for key in ('children',):
            if key in n:
                nodes(article, n[key], n['span'], here + '/children')


count = 0
for count, line in enumerate(run.stdout.decode('utf-8').splitlines(), start=1):
    doc = json.loads(line)
    if 'nodes' in doc:
        nodes(count, doc['nodes'], (0, len(text)), '/nodes')
print(f'{count} articles, {len(faults)} nesting faults')
for f in faults[:20]:
    print(f)
sys.exit(1 if faults else 0)
