#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Throughput of the Python binding on 1 and 2 threads against `chidao --jobs 1/2`, on the same documents.

    PYTHONPATH=build/rel/python /usr/bin/python3 tests/bench/python_threads.py build/rel/chidao FILE [RUNS]

FILE holds documents separated by "=====" lines (as --split-on cuts them); each of RUNS (default 3) runs
times every configuration once, in turn, and the best of the runs is reported for each. The binding is timed twice: parsing only (documents, nodes not yet made), and
parsing plus writing each document's JSON line, which is what the CLI does.
"""
import subprocess
import sys
import time

import chidao
import chidao.dask


def main():
    cli, path = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    with open(path, "rb") as f:
        data = f.read()
    documents = [data[s:e] for _, s, e in chidao.dask.split_ranges(data, "=====")]
    size = sum(map(len, documents)) / 1e6
    parser = chidao.Parser(lenient=True)
    print(f"{len(documents)} documents, {size:.1f} MB; best of {runs}")

    # Each run times every configuration once, in turn, so that a burst of load elsewhere on the machine
    # falls on all of them alike; the best of the runs is reported.
    configurations = {}
    for threads in (1, 2):
        configurations[f"binding pipe(n_threads={threads}), parse"] = lambda t=threads: sum(
            1 for _ in parser.pipe(documents, n_threads=t))
        configurations[f"binding pipe(n_threads={threads}), parse + to_json"] = lambda t=threads: sum(
            len(d.to_json()) for d in parser.pipe(documents, n_threads=t))
    for jobs in (1, 2):
        command = [cli, "-q", "-f", "jsonl", "--lenient", "--split-on", "=====", "--jobs", str(jobs), path]
        configurations[f"chidao --jobs {jobs} -f jsonl > /dev/null"] = lambda c=command: subprocess.run(
            c, stdout=subprocess.DEVNULL, check=True)
    times = {name: [] for name in configurations}
    for _ in range(runs):
        for name, work in configurations.items():
            started = time.perf_counter()
            work()
            times[name].append(time.perf_counter() - started)
    for name, measured in times.items():
        seconds = min(measured)
        print(f"  {name:<44} {seconds:6.2f} s  {len(documents) / seconds:7.0f} documents/s  {size / seconds:5.1f} MB/s")

if __name__ == "__main__":
    main()
