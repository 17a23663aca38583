"""Benchmark: the full SIPRI trade register into a store, then every library query on it.

Prints wall times (read, build, write; a second, idempotent load), peak
resident memory of this process and of the embedded FalkorDB server, node
and relationship counts, and each ``cypher/`` query's median latency with
its example parameters. The seed article's facts are loaded too, so the
queries' examples have news to answer about.

    python benchmarks/sipri.py --register /work/shared/data/sipri/trade-register.csv
    python benchmarks/sipri.py --store neo4j      # once the Neo4j store exists (issue #3)

Targets (issue #6): load < 60 s, peak RSS < 1.5 GB, every query's median < 500 ms.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psutil

from cypher import library
from graph.builder import build_graph
from graph.stores import STORE_KINDS, GraphStore, open_store
from graph.writer import write_graph
from loaders import read_fact_files
from loaders.sipri import read_register_document

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--register", default=os.environ.get("ARMSGRAPH_SIPRI_CSV"), help="trade register CSV"
    )
    parser.add_argument("--store", choices=STORE_KINDS, default="embedded")
    parser.add_argument("--runs", type=int, default=7, help="runs per query (median reported)")
    args = parser.parse_args()
    if not args.register:
        sys.exit("give --register FILE or set ARMSGRAPH_SIPRI_CSV")

    folder = Path(tempfile.mkdtemp(prefix="armsgraph-bench-"))
    store = open_store(args.store, folder / "graph.db")
    try:
        run(store, Path(args.register), folder, args.runs)
    finally:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)


def run(store: GraphStore, register: Path, folder: Path, runs: int) -> None:
    print(f"store: {store.name}   register: {register}   python: {sys.version.split()[0]}")
    start = time.perf_counter()
    document = read_register_document(register)
    read = time.perf_counter()
    batch = build_graph([document.file])
    built = time.perf_counter()
    write_graph(store, batch)
    written = time.perf_counter()
    print(
        f"load of the register: {written - start:.1f} s "
        f"(read {read - start:.1f} s, build {built - read:.1f} s, write {written - built:.1f} s)"
    )
    print(
        f"  {document.register.rows} rows, {len(document.file.document.facts)} deals as "
        f"{document.n_claims} claims, {len(document.skipped)} rows left out, "
        f"{len(document.resolution.entities)} new entities"
    )
    nodes, rels = counts(store)
    print(f"  store: {nodes} nodes, {rels} relationships")

    start = time.perf_counter()
    write_graph(store, build_graph([read_register_document(register).file]))
    again = time.perf_counter() - start
    print(
        f"second load of the same register: {again:.1f} s; counts unchanged: {counts(store) == (nodes, rels)}"
    )

    write_graph(store, build_graph(read_fact_files([ROOT / "data" / "facts"])))
    nodes, rels = counts(store)
    print(f"with the seed article's facts: {nodes} nodes, {rels} relationships")

    print(f"peak RSS: this process {peak_rss_self() / 1e6:.0f} MB, {server_peak(folder)}")
    print(f"\nquery medians over {runs} runs (example parameters):")
    slowest = 0.0
    for query in library().values():
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            rows = store.run(query.text, query.example)
            times.append(time.perf_counter() - t)
        median = statistics.median(times) * 1000
        slowest = max(slowest, median)
        print(f"  {query.name:<24} {median:8.1f} ms   {len(rows):>5} rows")
    print(f"slowest median: {slowest:.1f} ms (target < 500 ms)")


def counts(store: GraphStore) -> tuple[int, int]:
    nodes = store.run("MATCH (n) RETURN count(n) AS n")[0]["n"]
    rels = store.run("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    return nodes, rels


def peak_rss_self() -> int:
    """Peak resident memory of this process, in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def server_peak(folder: Path) -> str:
    """Peak resident memory of the embedded FalkorDB server, which runs in the store's folder."""
    for proc in psutil.process_iter(["name", "cwd"]):
        if proc.info["cwd"] == str(folder) and "redis-server" in (proc.info["name"] or ""):
            status = Path(f"/proc/{proc.pid}/status").read_text()
            kib = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
            return f"embedded server {kib * 1024 / 1e6:.0f} MB"
    return "store server not measured (not a process in the store's folder)"


if __name__ == "__main__":
    main()
