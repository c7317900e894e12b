# SPDX-License-Identifier: MIT
"""python3 -m chidao.dask on a local cluster of 2 workers on loopback: its output, document for document,
is the command line's; a worker killed mid-run loses nothing."""
import json
import os
import subprocess
import sys
import warnings

import pytest

import chidao
import chidao.dask
from conftest import CORPUS, FIXTURES, SEPARATOR, corpus_slice, run_cli

distributed = pytest.importorskip("distributed")


def by_source(lines):
    out = {}
    for line in lines:
        if line:
            source = json.loads(line)["source"]
            assert source not in out, f"{source} twice"
            out[source] = line
    return out


def parts(folder):
    lines = []
    for name in sorted(os.listdir(folder)):
        if name.startswith("part-") and name.endswith(".jsonl"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                lines += f.read().split("\n")
    return [line for line in lines if line]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                                       processes=True)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def texts(tmp_path_factory):
    """A multi-document file and a record file: the fixtures' texts, and a slice of the corpus when it is there."""
    folder = tmp_path_factory.mktemp("inputs")
    documents = [p.read_bytes() for p in sorted(FIXTURES.rglob("*.txt"))]
    if CORPUS.exists():
        documents += corpus_slice(1_500_000)
    else:
        warnings.warn(f"the corpus is not at {CORPUS} (set CHIDAO_CORPUS): the Dask runs take the fixtures only")
    joined = folder / "joined.txt"
    joined.write_bytes(SEPARATOR.join(documents))
    records = folder / "records.jsonl"
    with open(records, "w", encoding="utf-8") as f:
        for k, data in enumerate(documents):
            text = data.decode("utf-8", "replace")
            f.write(json.dumps({"id": f"r{k}", "text": text}, ensure_ascii=False) + "\n")
            if k == 3:
                f.write('{"id": "broken", "text": \n')
    return joined, records, len(documents)


def tenth(path):
    """A partition size that cuts the file into about ten partitions, with or without the corpus."""
    return max(1000, os.path.getsize(path) // 10)


def test_split_file_with_a_worker_killed_mid_run(cli, client, texts, tmp_path):
    joined, _, count = texts
    marker = tmp_path / "killed"
    summary = chidao.dask.run([str(joined)], str(tmp_path / "out"), client, split_on="=====", lenient=True,
                              partition_bytes=tenth(joined), before=chidao.dask.exit_once(2, str(marker)))
    assert marker.exists(), "the worker was not killed: the test proves nothing"
    assert summary["partitions"] > 4 and summary["workers"] == 2
    cli_run = subprocess.run([cli, "-f", "jsonl", "--lenient", "--split-on", "=====", str(joined)], capture_output=True)
    expected = cli_run.stdout.decode().split("\n")
    assert by_source(parts(tmp_path / "out")) == by_source(expected)
    counted = "{documents} documents, {lists} lists, {points} points, {speakers} speakers".format(**summary)
    assert f"chidao: {counted}," in cli_run.stderr.decode()  # the CLI's summary line
    assert summary["documents"] == count and summary["errors"] == 0 and summary["failed"] == []
    with open(tmp_path / "out" / "summary.json", encoding="utf-8") as f:
        assert json.load(f)["documents"] == count


def test_a_partition_that_kills_its_worker_is_run_a_document_at_a_time(cli, texts, tmp_path):
    """Partition 1 kills its worker every time, and so does its first document: the others are all
    written, and that one is reported lost with its source. Dask gives up on a task after its first
    worker death here (allowed-failures 0), so the test needs few restarts, and gives a worker one task
    at a time (worker-saturation 1.0), so no other task is queued on a worker that dies."""
    import dask

    joined, _, count = texts
    with dask.config.set({"distributed.scheduler.allowed-failures": 0, "distributed.scheduler.worker-saturation": 1.0}):
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1",
                                           dashboard_address=None, processes=True)
    with cluster, distributed.Client(cluster) as client:
        summary = chidao.dask.run([str(joined)], str(tmp_path / "out"), client, split_on="=====", lenient=True,
                                  partition_bytes=tenth(joined), before=chidao.dask.exit_always(1, pieces=[0]))
    first_of_partition_1 = chidao.dask.plan([str(joined)], "=====", partition_bytes=tenth(joined))[1]["documents"][0][0]
    lost = f"{joined}#{first_of_partition_1}"
    assert [f["source"] for f in summary["failed"]] == [lost]
    assert summary["failed"][0]["message"].startswith("lost: KilledWorker")
    assert summary["rerun_by_document"] >= 1 and summary["documents"] == count - 1
    expected = by_source(run_cli(cli, "-f", "jsonl", "--lenient", "--split-on", "=====", str(joined)).stdout.decode()
                         .split("\n"))
    del expected[lost]
    assert by_source(parts(tmp_path / "out")) == expected


def test_files_and_rejected_documents(cli, client, tmp_path):
    summary = chidao.dask.run([str(FIXTURES)], str(tmp_path / "out"), client, partition_bytes=20_000)
    expected = run_cli(cli, "-f", "jsonl", str(FIXTURES)).stdout.decode().split("\n")
    assert by_source(parts(tmp_path / "out")) == by_source(expected)
    rejected = [json.loads(line)["source"] for line in expected if '"error":{' in line]
    assert len(rejected) >= 1 and [f["source"] for f in summary["failed"]] == rejected
    assert summary["errors"] == len(rejected)


def test_records_with_a_malformed_line(cli, client, texts, tmp_path):
    _, records, count = texts
    summary = chidao.dask.run([str(records)], str(tmp_path / "out"), client, input_format="jsonl",
                              partition_bytes=tenth(records))
    expected = run_cli(cli, "-f", "jsonl", "--input", "jsonl", str(records)).stdout.decode().split("\n")
    assert by_source(parts(tmp_path / "out")) == by_source(expected)
    assert summary["documents"] == count
    assert [m.split(": ")[0] for m in summary["malformed"]] == [f"{records}:5"]


def test_split_ranges_as_the_cli_cuts():
    data = b"a\r\n\r\n=====\r\n\r\nb\n\n=====\n\n\n=====\n=====\nc"
    assert [data[s:e] for _, s, e in chidao.dask.split_ranges(data, "=====")] == [b"a", b"b", b"", b"", b"c"]


def test_command_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Thứ nhất, A.\nThứ hai, B.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "chidao.dask", str(folder), "--out", str(tmp_path / "out"),
                          "--workers", "1", "--format", "tsv"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "chidao.dask: 1 documents, 1 lists, 2 points" in out.stderr
    with open(tmp_path / "out" / "part-00000.tsv", encoding="utf-8") as f:
        rows = f.read().split("\n")
    assert rows[0].startswith("document\tlist\tdepth") and rows[2].split("\t")[5] == "Thứ hai"
