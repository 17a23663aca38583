"""How long the analytics and exports take on a graph of a register's size.

Loads synthetic fact documents (``loaders.synthetic``: every predicate,
stances, attributions and denials over the gazetteer) into a temporary
embedded store, then times reading the graph into networkx, each analytic
and each export. Prints the median of ``--repeat`` runs per step.

    python benchmarks/analytics.py --facts 10000 --repeat 3
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from graph import analytics
from graph.builder import build_graph
from graph.export import export_graph
from graph.nxgraph import fetch_graph
from graph.stores import open_store
from graph.writer import write_graph
from loaders.synthetic import synthetic_documents


def busiest_pair(G: Any) -> tuple[str, str]:
    """The supplier and recipient of the SUPPLIES edge with the most sources."""
    s, o, _ = max(
        ((s, o, d) for s, o, d in G.edges(data=True) if d["type"] == "SUPPLIES"),
        key=lambda e: e[2]["n_sources"],
    )
    return s, o


def median_seconds(step: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store("embedded", Path(tmp) / "graph.db")
        documents = synthetic_documents(args.facts)
        start = time.perf_counter()
        write_graph(store, build_graph(documents))
        print(
            f"load: {time.perf_counter() - start:.2f} s for {args.facts} facts in {len(documents)} documents"
        )
        G = fetch_graph(store)
        print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} relationships")
        steps: dict[str, Callable[[], Any]] = {
            "fetch_graph": lambda: fetch_graph(store),
            "actor_importance": lambda: analytics.actor_importance(G),
            "brokers (supply)": lambda: analytics.brokers(G),
            "brokers (entities)": lambda: analytics.brokers(G, network="entities"),
            "communities": lambda: analytics.communities(G),
            "supply_chains (3 hops)": lambda: analytics.supply_chains(G),
            "corroboration": lambda: analytics.corroboration(G),
            "contested_claims": lambda: analytics.contested_claims(G),
            "denials": lambda: analytics.denials(G),
            "pair_timeline": lambda: analytics.pair_timeline(G, *busiest_pair(G)),
            **{
                f"export {fmt}": (lambda fmt=fmt: export_graph(G, fmt, Path(tmp) / "out" / f"g.{fmt}"))
                for fmt in ("graphml", "gexf", "json", "csv")
            },
        }
        for name, step in steps.items():
            seconds = median_seconds(step, args.repeat)
            result = step()
            rows = f"{len(result)} rows" if isinstance(result, list) else ""
            print(f"{name:<24} median {seconds:8.3f} s  ({args.repeat} runs)  {rows}")
        store.close()


if __name__ == "__main__":
    main()
