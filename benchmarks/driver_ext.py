"""The neo4j driver with and without its Rust extension, on armsgraph's batched load.

Runs the same load of N synthetic facts into Neo4j (NEO4J_URI; wiped) in
this interpreter, which may or may not have ``neo4j-rust-ext`` installed,
and prints the median. Compare two virtualenvs by running this script in
each, alternately, e.g.:

    for i in 1 2 3; do .venv/bin/python benchmarks/driver_ext.py; /tmp/rx/bin/python benchmarks/driver_ext.py; done
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import time

from graph.builder import build_graph
from graph.stores import open_store
from graph.writer import clear_graph, write_graph
from loaders.synthetic import synthetic_documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    batch = build_graph(synthetic_documents(args.facts, facts_per_document=args.facts, seed=42))
    rust = importlib.util.find_spec("neo4j._rust") is not None
    seconds = []
    with open_store("neo4j") as store:
        for _ in range(args.repeat):
            clear_graph(store)
            started = time.perf_counter()
            write_graph(store, batch)
            seconds.append(time.perf_counter() - started)
    median = statistics.median(seconds)
    print(
        f"rust extension: {'yes' if rust else 'no '}  median {median:.2f} s  {args.facts / median:,.0f} facts/s"
    )


if __name__ == "__main__":
    main()
