# SPDX-License-Identifier: MIT
"""Reads articles of the vi-news corpus (../shared/corpus, see its README) by number.

The corpus is kept out of the repository; it is decompressed once into build/corpus/ (zstd) and
read from there. CHIDAO_CORPUS names another folder holding vi-news.txt.zst and
vi-news.index.tsv.zst. When the corpus is absent, `available()` says so and callers skip.
"""
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEPARATOR = b'\n\n=====\n\n'
PAPERS = {'NLD': 'Người Lao Động', 'TT': 'Tuổi Trẻ', 'TN': 'Thanh Niên', 'VNE': 'VnExpress'}


def folder():
    return os.environ.get('CHIDAO_CORPUS', os.path.join(ROOT, '..', 'shared', 'corpus'))


def available():
    return os.path.exists(os.path.join(folder(), 'vi-news.txt.zst'))


def _cached(name):
    cache = os.path.join(ROOT, 'build', 'corpus')
    os.makedirs(cache, exist_ok=True)
    target = os.path.join(cache, name)
    source = os.path.join(folder(), name + '.zst')
    if not os.path.exists(target) or os.path.getmtime(target) < os.path.getmtime(source):
        part = f'{target}.{os.getpid()}.part'  # two test runs may decompress at once
        subprocess.run(['zstd', '-dqf', source, '-o', part], check=True)
        os.replace(part, target)
    return target


def text_path():
    """The decompressed corpus file: articles joined by SEPARATOR."""
    return _cached('vi-news.txt')


def articles():
    """All articles as bytes, article n at index n - 1."""
    with open(text_path(), 'rb') as f:
        return f.read().split(SEPARATOR)


def sources():
    """Article number -> (paper code, topic folder, original path)."""
    out = {}
    with open(_cached('vi-news.index.tsv'), encoding='utf-8') as f:
        next(f)
        for line in f:
            n, path = line.rstrip('\n').split('\t')
            topic = path.split('/')[1]
            name = path.split('/')[-1]
            # "XH_NLD_ (3672).txt", "DS_ VNE_ (1).txt": topic code, then the paper's code
            paper = name.split('_')[1].strip()
            out[int(n)] = (paper, topic, path)
    return out
