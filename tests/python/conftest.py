# SPDX-License-Identifier: MIT
"""Shared pieces of the Python package's tests: the CLI to compare with, the fixtures, a corpus slice.

Run by ctest (test `python`) as /usr/bin/python3 -m pytest tests/python, with PYTHONPATH at the build's
python/ folder and CHIDAO_CLI naming the chidao executable of the same build.
"""
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
CORPUS = pathlib.Path(os.environ.get("CHIDAO_CORPUS", ROOT.parent / "shared" / "corpus")) / "vi-news.txt.zst"
SEPARATOR = b"\n\n=====\n\n"


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("CHIDAO_CLI")
    if not path:
        pytest.fail("CHIDAO_CLI must name the chidao executable (ctest sets it)")
    return path


def fixture_inputs():
    """Every fixtures/**/*.txt with the parse options of its .options file, as the fixture runner reads them."""
    found = []
    for path in sorted(FIXTURES.rglob("*.txt")):
        options = {"lexicons": [], "lenient": False, "encoding": ""}
        options_file = path.with_suffix(".options")
        if options_file.exists():
            for line in options_file.read_text().splitlines():
                if line == "lenient":
                    options["lenient"] = True
                elif line.startswith("encoding "):
                    options["encoding"] = line[len("encoding "):]
                elif line.startswith("lexicon "):
                    options["lexicons"].append(str(path.parent / line[len("lexicon "):]))
        found.append((path, options))
    return found


def cli_arguments(options):
    args = []
    if options["lenient"]:
        args.append("--lenient")
    if options["encoding"]:
        args += ["--encoding", options["encoding"]]
    for lexicon in options["lexicons"]:
        args += ["--lexicon", lexicon]
    return args


def run_cli(cli, *args, input=None):
    return subprocess.run([cli, "-q", *args], input=input, capture_output=True)


def corpus_slice(size):
    """The whole articles within the first `size` bytes of the corpus, or a skip when it is absent."""
    if not CORPUS.exists():
        pytest.skip(f"the corpus is not at {CORPUS} (set CHIDAO_CORPUS to its folder)")
    with subprocess.Popen(["zstd", "-dc", str(CORPUS)], stdout=subprocess.PIPE) as zstd:
        head = zstd.stdout.read(size)
        zstd.kill()
    return head.split(SEPARATOR)[:-1]  # the last one may be cut
