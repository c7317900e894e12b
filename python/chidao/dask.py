# SPDX-License-Identifier: MIT
"""python3 -m chidao.dask INPUTS... --out DIR: chidao over the workers of a Dask distributed cluster.

Inputs are files (a directory: its files matching --glob, recursively, sorted), multi-document files
(--split-on LINE, as the command line splits them) and JSON Lines record files (--input jsonl). They are
cut into partitions of about --partition-mb of text; each worker parses its partitions with the binding
and writes DIR/part-NNNNN.jsonl (or .tsv), one line a document as `chidao -f jsonl` writes it (an error
document for a rejected input), so the parts in order are the command line's output. DIR/summary.json
counts documents, lists, points, speakers, errors and time, and names every document that failed.

Workers read the inputs and write DIR themselves: on several machines, both must be on a file system
they all see (NFS, a cluster file system), under the same path. With no --scheduler, a local cluster of
--workers processes is started on 127.0.0.1.

A rejected document is written as its error document and named in the summary; the run goes on. A
partition whose worker dies is run again by Dask (a worker killed mid-run loses nothing); one that keeps
failing is run again a document at a time, so that only the documents that fail are reported lost.
"""

import argparse
import fnmatch
import json
import mmap
import os
import sys
import time

import chidao

PIECE_ATTEMPTS = 3  # a document run alone is reported lost after failing this many times
PARTITION_BYTES = 8 << 20  # about a second of parsing: few enough tasks for the scheduler


# ---------------------------------------------------------------------------------------------------------
# Planning: what each partition reads. A partition is a dict, small enough to ship to a worker: files to
# read whole, (part, start, end) ranges of a split file, or a byte range of whole lines of a record file.

def _files(inputs, glob):
    """Inputs as the command line expands them: a directory's files matching glob, recursively, sorted."""
    found = []
    for path in inputs:
        if os.path.isdir(path):
            below = []
            for folder, _, names in os.walk(path):
                below += [os.path.join(folder, n) for n in names if fnmatch.fnmatchcase(n, glob)]
            found += sorted(below)
        else:
            found.append(path)
    return found


def _line_end(data, start, end):
    """2 when data[start:end] ends with CRLF, 1 with LF, else 0."""
    if end - start >= 2 and data[end - 2:end] == b"\r\n":
        return 2
    return 1 if end - start >= 1 and data[end - 1:end] == b"\n" else 0


def split_ranges(data, separator):
    """(part, start, end) of each document of a multi-document file, exactly as `chidao --split-on` cuts it:
    a line holding exactly the separator (its line end may be CRLF) ends a document; the empty line on
    each side belongs to the separator; FILE#1, FILE#2 … are numbered from 1."""
    sep = separator.encode()
    ranges = []
    start = 0
    size = len(data)
    search = 0
    while True:
        at = data.find(sep, search)
        while at != -1:
            after = at + len(sep)
            line_start = at == start or (at > 0 and data[at - 1:at] == b"\n")
            ends_line = after == size or data[after:after + 1] == b"\n" or data[after:after + 2] == b"\r\n"
            if line_start and ends_line:
                break
            at = data.find(sep, at + 1)
        if at == -1:
            if start < size or not ranges:
                ranges.append((len(ranges) + 1, start, size))
            return ranges
        end = at
        cut = _line_end(data, start, end)
        if cut and _line_end(data, start, end - cut):
            end -= cut  # the empty line before the separator
        end -= _line_end(data, start, end)  # the line end of the document's last line
        ranges.append((len(ranges) + 1, start, end))
        after = at + len(sep)
        after += 2 if data[after:after + 2] == b"\r\n" else 1 if data[after:after + 1] == b"\n" else 0
        if data[after:after + 1] == b"\n":
            after += 1  # the empty line after it
        elif data[after:after + 2] == b"\r\n":
            after += 2
        start = search = after


def plan(inputs, split_on=None, input_format="text", glob="*.txt", partition_bytes=PARTITION_BYTES):
    """The partitions of a run, in input order."""
    partitions = []

    def add(**spec):
        spec["index"] = len(partitions)
        partitions.append(spec)

    files = _files(inputs, glob)
    if input_format == "jsonl":
        for path in files:
            with open(path, "rb") as f, _mapped(f) as data:
                start, line = 0, 1
                while start < len(data):
                    end = data.find(b"\n", min(start + partition_bytes, len(data)) - 1)
                    end = len(data) if end == -1 else end + 1
                    add(kind="records", path=path, start=start, end=end, line=line)
                    line += data[start:end].count(b"\n")
                    start = end
    elif split_on is not None:
        for path in files:
            with open(path, "rb") as f, _mapped(f) as data:
                batch, size = [], 0
                for part, start, end in split_ranges(data, split_on):
                    batch.append((part, start, end))
                    size += end - start
                    if size >= partition_bytes:
                        add(kind="split", path=path, documents=batch)
                        batch, size = [], 0
                if batch:
                    add(kind="split", path=path, documents=batch)
    else:
        batch, size = [], 0
        for path in files:
            batch.append(path)
            size += os.path.getsize(path) if os.path.isfile(path) else 0
            if size >= partition_bytes:
                add(kind="files", files=batch)
                batch, size = [], 0
        if batch:
            add(kind="files", files=batch)
    return partitions


class _mapped:
    """A read-only map of a file (an empty file maps to b"")."""

    def __init__(self, f):
        self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if os.fstat(f.fileno()).st_size else None

    def __enter__(self):
        return self._map if self._map is not None else b""

    def __exit__(self, *exc):
        if self._map is not None:
            self._map.close()


def pieces(spec):
    """A partition cut into partitions of one document (or one record) each, to run them one by one."""
    if spec["kind"] == "files":
        return [dict(spec, files=[f]) for f in spec["files"]]
    if spec["kind"] == "split":
        return [dict(spec, documents=[d]) for d in spec["documents"]]
    out = []
    with open(spec["path"], "rb") as f:
        f.seek(spec["start"])
        position, line = spec["start"], spec["line"]
        for record in f.read(spec["end"] - spec["start"]).split(b"\n"):
            size = len(record) + 1
            end = min(position + size, spec["end"])
            if end > position:
                out.append(dict(spec, start=position, end=end, line=line))
            position += size
            line += 1
    return out


# ---------------------------------------------------------------------------------------------------------
# On a worker: one partition in, one part file and its counts out.

_parsers = {}


def _parser(options):
    key = json.dumps(options, sort_keys=True)
    if key not in _parsers:
        _parsers[key] = chidao.Parser(options["lexicons"], options["lenient"], options["encoding"])
    return _parsers[key]


def _documents(spec, text_field, id_field):
    """(source, bytes or None, malformed-record message or None, read error or None) of a partition."""
    if spec["kind"] == "files":
        for path in spec["files"]:
            yield path, None, None, None
    elif spec["kind"] == "split":
        with open(spec["path"], "rb") as f:
            for part, start, end in spec["documents"]:
                f.seek(start)
                yield f"{spec['path']}#{part}", f.read(end - start), None, None
    else:
        with open(spec["path"], "rb") as f:
            f.seek(spec["start"])
            lines = f.read(spec["end"] - spec["start"]).split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        for number, line in enumerate(lines, spec["line"]):
            where = f"{spec['path']}:{number}"
            if not line.strip(b" \t\r"):
                continue
            try:
                record = json.loads(line)
            except (ValueError, UnicodeDecodeError) as e:
                yield where, None, f"{where}: malformed record: {e}", None
                continue
            if not isinstance(record, dict):
                yield where, None, f"{where}: malformed record: not a JSON object", None
                continue
            text = record.get(text_field)
            if not isinstance(text, str):
                yield where, None, f'{where}: malformed record: no string field "{text_field}"', None
                continue
            ident = record.get(id_field, where)
            source = ident if isinstance(ident, str) else json.dumps(ident, ensure_ascii=False, separators=(",", ":"))
            try:
                yield source, text.encode(), None, None
            except UnicodeEncodeError as e:  # a lone surrogate ("\ud800") has no UTF-8
                yield where, None, f"{where}: malformed record: {e.reason}", None


def run_partition(spec, options, out, fmt="jsonl", text_field="text", id_field="id", before=None):
    """Parses one partition and writes out/part-NNNNN.jsonl (or .tsv) atomically; returns its counts.

    A rejected document is written as its error document (JSON Lines) and named in "failed"; a malformed
    record in "malformed". `before(spec)`, if given, is called first (tests use it to kill a worker)."""
    if before is not None:
        before(spec)
    started = time.monotonic()
    parser = _parser(options)
    counts = {"documents": 0, "lists": 0, "points": 0, "speakers": 0, "bytes": 0, "failed": [], "malformed": []}
    name = os.path.join(out, f"part-{spec['index']:05d}{spec.get('suffix', '')}.{fmt}")
    temporary = f"{name}.{os.getpid()}.tmp"
    with open(temporary, "w", encoding="utf-8", newline="") as f:
        if fmt == "tsv":
            f.write("\t".join(parser(b"").table("points")[0]) + "\n")
        for source, data, malformed, _ in _documents(spec, text_field, id_field):
            if malformed is not None:
                counts["malformed"].append(malformed)
                continue
            counts["documents"] += 1
            try:
                doc = parser.parse_file(source) if data is None else parser(data, source)
            except chidao.Error as e:
                counts["failed"].append({"source": source, "message": str(e)})
                if fmt == "jsonl":
                    f.write(e.to_json() + "\n")
                continue
            counts["bytes"] += len(data) if data is not None else os.path.getsize(source)
            lists, points, speakers = doc._native.counts()  # without making the typed nodes
            counts["lists"] += lists
            counts["points"] += points
            counts["speakers"] += speakers
            if fmt == "jsonl":
                f.write(doc.to_json() + "\n")
            else:
                f.write(_tsv_rows(doc))
    os.replace(temporary, name)  # a part is whole or absent: a worker killed mid-write leaves no half part
    counts["seconds"] = time.monotonic() - started
    return counts


def _tsv_rows(doc):
    def cell(value):
        text = "" if value is None else str(value)
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")
    return "".join("\t".join(cell(v) for v in row) + "\n" for row in doc.table("points")[1])


class exit_once:
    """A `before` hook for testing: ends the worker's process the first time any worker meets partition
    `index` (the first one creates `marker`), as a machine lost mid-run would."""

    def __init__(self, index, marker):
        self.index, self.marker = index, marker

    def __call__(self, spec):
        if spec["index"] != self.index or "suffix" in spec:
            return
        try:
            os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return
        os._exit(1)


class exit_always:
    """A `before` hook for testing: ends the worker's process every time it meets partition `index`, as a
    document that crashes the parser would, and, when the partition is run again a document at a time,
    each time it meets one of the documents numbered in `pieces` (from 0)."""

    def __init__(self, index, pieces=()):
        self.index, self.pieces = index, [f"-{k:05d}" for k in pieces]

    def __call__(self, spec):
        if spec["index"] == self.index and ("suffix" not in spec or spec["suffix"] in self.pieces):
            os._exit(1)


# ---------------------------------------------------------------------------------------------------------
# The driver.

def run(inputs, out, client, split_on=None, input_format="text", fmt="jsonl", glob="*.txt", lexicons=(),
        lenient=False, encoding="", text_field="text", id_field="id", partition_bytes=PARTITION_BYTES,
        before=None, log=None):
    """Runs chidao over `inputs` on a distributed Client; returns the summary (also DIR/summary.json)."""
    from distributed import as_completed

    started = time.monotonic()
    os.makedirs(out, exist_ok=True)
    for stale in os.listdir(out):
        if stale.startswith("part-"):
            os.remove(os.path.join(out, stale))
    options = {"lexicons": [os.path.abspath(f) for f in lexicons], "lenient": lenient, "encoding": encoding}
    specs = plan(inputs, split_on, input_format, glob, partition_bytes)
    extra = {"options": options, "out": os.path.abspath(out), "fmt": fmt, "text_field": text_field,
             "id_field": id_field, "before": before}
    summary = {"documents": 0, "lists": 0, "points": 0, "speakers": 0, "bytes": 0, "errors": 0, "failed": [],
               "malformed": [], "partitions": len(specs), "rerun_by_document": 0,
               "workers": len(client.scheduler_info()["workers"])}
    futures = {client.submit(run_partition, spec, **extra, pure=False, retries=2): spec for spec in specs}
    pending = as_completed(list(futures), with_results=False)
    for future in pending:
        spec = futures[future]
        try:
            counts = future.result()
        except Exception as e:  # the partition kept failing (a worker dying on it each time): one at a time
            if "suffix" not in spec:
                summary["rerun_by_document"] += 1
                for k, piece in enumerate(pieces(spec)):
                    piece["suffix"] = f"-{k:05d}"
                    again = client.submit(run_partition, piece, **extra, pure=False, retries=1)
                    futures[again] = piece
                    pending.add(again)
            elif spec.get("attempt", 1) < PIECE_ATTEMPTS:
                # A piece may fail because another one killed the worker it was queued on: try it again.
                piece = dict(spec, attempt=spec.get("attempt", 1) + 1)
                again = client.submit(run_partition, piece, **extra, pure=False, retries=1)
                futures[again] = piece
                pending.add(again)
            else:
                for source, _, _, _ in _documents(spec, text_field, id_field):
                    summary["failed"].append({"source": source, "message": f"lost: {type(e).__name__}: {e}"})
            continue
        for key in ("documents", "lists", "points", "speakers", "bytes"):
            summary[key] += counts[key]
        summary["failed"] += counts["failed"]
        summary["malformed"] += counts["malformed"]
        if log is not None and counts["failed"]:
            for failure in counts["failed"]:
                log(failure["message"])
    summary["errors"] = len(summary["failed"])
    summary["seconds"] = round(time.monotonic() - started, 3)
    summary["documents_per_second"] = round(summary["documents"] / summary["seconds"], 1) if summary["seconds"] else 0
    with open(os.path.join(out, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return summary


def main(argv=None):
    arguments = argparse.ArgumentParser(
        prog="python3 -m chidao.dask",
        description="Parse files, multi-document files or JSON Lines records on a Dask cluster; write "
                    "DIR/part-NNNNN.jsonl (or .tsv) and DIR/summary.json.")
    arguments.add_argument("inputs", nargs="+", metavar="INPUT", help="files or directories")
    arguments.add_argument("--out", required=True, metavar="DIR", help="where the parts and summary.json go")
    arguments.add_argument("--scheduler", metavar="ADDRESS",
                           help="a running scheduler (tcp://host:8786); default: a local cluster")
    arguments.add_argument("--workers", type=int, default=2, help="local cluster: worker processes (default 2)")
    arguments.add_argument("--split-on", metavar="LINE", help="each file holds documents separated by LINE")
    arguments.add_argument("--input", choices=["text", "jsonl"], default="text", dest="input_format")
    arguments.add_argument("--text-field", default="text")
    arguments.add_argument("--id-field", default="id")
    arguments.add_argument("--format", choices=["jsonl", "tsv"], default="jsonl", dest="fmt")
    arguments.add_argument("--glob", default="*.txt", help="files taken from directories (default *.txt)")
    arguments.add_argument("--lexicon", action="append", default=[], metavar="FILE")
    arguments.add_argument("--lenient", action="store_true")
    arguments.add_argument("--encoding", default="")
    arguments.add_argument("--partition-mb", type=float, default=8.0, help="text per partition (default 8)")
    args = arguments.parse_args(argv)
    if args.split_on is not None and args.input_format == "jsonl":
        arguments.error("--input jsonl reads a record a line: it does not combine with --split-on")

    from distributed import Client, LocalCluster

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, host="127.0.0.1",
                               dashboard_address=None, processes=True)
        client = Client(cluster)
    try:
        summary = run(args.inputs, args.out, client, split_on=args.split_on, input_format=args.input_format,
                      fmt=args.fmt, glob=args.glob, lexicons=args.lexicon, lenient=args.lenient,
                      encoding=args.encoding, text_field=args.text_field, id_field=args.id_field,
                      partition_bytes=int(args.partition_mb * (1 << 20)),
                      log=lambda line: print(line, file=sys.stderr))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for line in summary["malformed"]:
        print(line, file=sys.stderr)
    print(f"chidao.dask: {summary['documents']} documents, {summary['lists']} lists, {summary['points']} points, "
          f"{summary['speakers']} speakers, {summary['errors']} errors, {len(summary['malformed'])} malformed "
          f"records skipped; {summary['partitions']} partitions on {summary['workers']} workers in "
          f"{summary['seconds']} s ({summary['documents_per_second']} documents/s); {args.out}/summary.json",
          file=sys.stderr)
    return 1 if summary["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
