# SPDX-License-Identifier: MIT
"""chidao.frames() and the CLI's --format tsv/csv: the same rows, column for column."""
import csv
import io
import subprocess

import pandas
import pytest

import chidao
from conftest import FIXTURES, fixture_inputs, run_cli

ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))


def as_text(frame):
    """The cells as the CLI writes them: numbers in decimal, nothing for null."""
    return [["" if cell is None else str(cell) for cell in row] for row in frame.itertuples(index=False)]


def test_frames_columns_and_rows():
    parser = chidao.Parser()
    docs = [parser.parse_file(p) for p in ARTICLES]
    frames = chidao.frames(docs)
    assert list(frames.points.columns) == [
        "document", "list", "depth", "style", "ordinal", "marker", "text", "speaker", "speaker_name",
        "speaker_kind", "attribution", "verb", "act", "addressee", "start", "end"]
    assert len(frames.points) == sum(len(d.points) for d in docs)
    assert len(frames.statements) == sum(len(d.statements) for d in docs)
    assert len(frames.speakers) == sum(len(d.speakers) for d in docs)
    first = docs[0]
    rows = frames.points[frames.points.document == first.source]
    for row, point in zip(rows.itertuples(index=False), first.points, strict=True):
        assert (row.marker, row.text, row.ordinal, row.start, row.end) == (
            point.marker, point.text, point.ordinal, point.span.start, point.span.end)
        assert row.speaker_name == (point.speaker.name if point.speaker else None)
        statement = point.list.statement
        assert row.verb == (statement.verb if statement else None)
    assert frames.points.ordinal.dtype.kind == "i" and frames.points.start.dtype.kind == "i"
    spoken = frames.points.dropna(subset=["speaker"])
    assert len(spoken) > 0 and set(spoken.speaker_kind) <= {"person", "group", "institution", "role"}
    by_speaker = frames.speakers.set_index(["document", "speaker"])
    for doc in docs:
        for speaker in doc.speakers:
            assert by_speaker.loc[(doc.source, speaker.id), "lists"] == len(speaker.lists)
            assert by_speaker.loc[(doc.source, speaker.id), "statements"] == len(speaker.statements)
    empty = chidao.frames([])
    assert list(empty.points.columns) == list(frames.points.columns) and len(empty.points) == 0


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
def test_cli_table_is_the_frames_points_table(cli, fmt):
    inputs = [p for p, options in fixture_inputs() if not any(options.values())]
    out = run_cli(cli, "-f", fmt, *map(str, inputs))
    assert out.returncode == 1  # the fixture of invalid UTF-8 is rejected, and only reported on stderr
    assert b"invalid_utf8_rejected.txt:5:3: invalid UTF-8" in out.stderr
    parser = chidao.Parser()
    docs = parser.pipe((p.read_bytes() for p in inputs), sources=map(str, inputs), errors="return")
    points = chidao.frames(d for d in docs if not isinstance(d, chidao.Error)).points
    assert len(points) > 100
    text = out.stdout.decode()
    if fmt == "csv":
        table = list(csv.reader(io.StringIO(text, newline="")))
        assert any("\n" in cell for row in table for cell in row)  # multi-line points, quoted
    else:
        lines = text.split("\n")
        assert lines.pop() == ""
        unescape = {"\\\\": "\\", "\\t": "\t", "\\n": "\n", "\\r": "\r"}

        def cell(raw):
            out, k = [], 0
            while k < len(raw):
                if raw[k] == "\\":
                    out.append(unescape[raw[k:k + 2]])
                    k += 2
                else:
                    out.append(raw[k])
                    k += 1
            return "".join(out)

        assert any("\\n" in line for line in lines)  # multi-line points stay on one line
        table = [[cell(c) for c in line.split("\t")] for line in lines]
    assert table[0] == list(points.columns)
    assert table[1:] == as_text(points)


def test_duckdb_style_reader_gets_the_rows(cli):
    """pandas reads the CSV as DuckDB would: a header, quoted multi-line cells, one row per point."""
    path = ARTICLES[0]
    out = run_cli(cli, "-f", "csv", str(path))
    frame = pandas.read_csv(io.BytesIO(out.stdout), keep_default_na=False, dtype=str)
    points = chidao.frames([chidao.parse_file(path)]).points
    assert as_text(frame) == as_text(points)
