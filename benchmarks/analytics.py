"""How long the analytics and exports take on a graph of a register's size.

Generates fact documents of random supplies (with uses and denials) between
the gazetteer's states, loads them into a temporary embedded store, then
times reading the graph into networkx, each analytic and each export.
Prints the median of ``--repeat`` runs per step.

    python benchmarks/analytics.py --documents 400 --facts 10 --repeat 3
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from graph import analytics
from graph.export import export_graph
from graph.gazetteer import Gazetteer
from graph.nxgraph import fetch_graph
from graph.ontology import EntityType
from graph.stores import open_store
from loaders import load_fact_files

MEDIA = ["reuters", "associated-press", "wall-street-journal", "bbc", "cnn", "new-york-times"]


def documents(n_docs: int, n_facts: int, seed: int = 0) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    gaz = Gazetteer.default()
    states = sorted(e.id for e in gaz if e.type == EntityType.COUNTRY)[:120]
    weapons = sorted(e.id for e in gaz if e.type == EntityType.WEAPON_SYSTEM and e.origin)
    docs = []
    for d in range(n_docs):
        facts = []
        for f in range(n_facts):
            supplier, recipient = rng.sample(states, 2)
            weapon = rng.choice(weapons)
            fid = f"f{f}"
            kind = rng.random()
            if kind < 0.7:
                facts.append(
                    {
                        "id": fid,
                        "predicate": "SUPPLIES",
                        "subject": supplier,
                        "object": recipient,
                        "weapons": [weapon],
                        "stance": rng.choice(["reported", "reported", "asserted", "hypothetical"]),
                        "attributed_to": [rng.choice(MEDIA)],
                        "date": f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}",
                        "quote": f"{supplier} sent {weapon} to {recipient}.",
                    }
                )
                if rng.random() < 0.2:
                    facts.append(
                        {
                            "id": fid + "d",
                            "predicate": "DENIES",
                            "subject": supplier,
                            "claim": fid,
                            "stance": "asserted",
                            "quote": f"{supplier} denies it.",
                        }
                    )
            else:
                facts.append(
                    {
                        "id": fid,
                        "predicate": "USES",
                        "subject": recipient,
                        "object": weapon,
                        "against": [supplier],
                        "stance": "reported",
                        "attributed_to": [rng.choice(MEDIA)],
                        "quote": f"{recipient} used {weapon} against {supplier}.",
                    }
                )
        docs.append(
            {
                "article": {"id": f"bench-{d}", "title": f"Benchmark {d}", "published": "2024-09-10"},
                "facts": facts,
            }
        )
    return docs


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
    parser.add_argument("--documents", type=int, default=400)
    parser.add_argument("--facts", type=int, default=10, help="facts per document")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "facts"
        folder.mkdir()
        for doc in documents(args.documents, args.facts):
            (folder / f"{doc['article']['id']}.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
        store = open_store("embedded", Path(tmp) / "graph.db")
        start = time.perf_counter()
        summary = load_fact_files(store, [folder])
        print(f"load: {time.perf_counter() - start:.2f} s for {summary}")
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
