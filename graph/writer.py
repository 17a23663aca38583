"""Write a :class:`GraphBatch` into a store, then refresh the derived parts.

Writes are ``MERGE`` on stable ids in batches of ``UNWIND $rows``, so
running them twice changes nothing. Labels and relationship types in the
query text come only from the ontology (a whitelist); every value is a
parameter. The whole write runs as one atomic unit of the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from itertools import islice
from typing import Any

from .builder import GraphBatch, claim_id
from .derive import Statement, summarize
from .ontology import EntityType, Predicate
from .stores.base import GraphStore, Run

__all__ = ["BATCH_SIZE", "rows_to_write", "write_graph"]

BATCH_SIZE = 1000

_LINK_TYPES = ("SUBJECT", "OBJECT", "INVOLVES")
_STATEMENT_TYPES = ("REPORTS", "DENIES", "CONFIRMS")
_SOURCE_LABELS = ("Entity", "Article")

UPSERT_ARTICLES = "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props"

UPSERT_CLAIMS = """
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c.predicate = row.predicate, c.subject = row.subject, c.object = row.object,
    c.proposition = row.proposition,
    c.weapon = row.weapon, c.weapon_categories = row.weapon_categories,
    c.quantity = coalesce(c.quantity, row.quantity),
    c.period = coalesce(c.period, row.period),
    c.location = coalesce(c.location, row.location),
    c.role = coalesce(c.role, row.role),
    c.in_exchange_for = [x IN coalesce(c.in_exchange_for, []) WHERE NOT x IN row.in_exchange_for] + row.in_exchange_for,
    c.against = [x IN coalesce(c.against, []) WHERE NOT x IN row.against] + row.against
"""

LINK_ABOUT = """
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim}) MATCH (t:Claim {id: row.target})
MERGE (c)-[:ABOUT]->(t)
"""

LINK_STATED_IN = """
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim}) MATCH (a:Article {id: row.article})
MERGE (c)-[r:STATED_IN {fact_id: row.fact_id}]->(a)
SET r.quote = row.quote, r.stance = row.stance
"""

LINK_IS_A = """
UNWIND $rows AS row
MATCH (a:Entity {id: row.child}) MATCH (b:Entity {id: row.parent})
MERGE (a)-[:IS_A]->(b)
"""

_STATEMENT_FIELDS = """
RETURN c.id AS claim, c.subject AS subject, c.predicate AS predicate, c.object AS object,
       c.weapon AS weapon, c.weapon_categories AS categories,
       type(r) AS kind, r.stance AS stance, src.id AS source, r.date AS date
"""

# Claims are found by their indexed proposition key, so a supplier with thousands of
# claims (the United States in SIPRI) costs no scan of them per object.
STATEMENTS_OF_TRIPLES = (
    """
UNWIND $rows AS proposition
MATCH (c:Claim {proposition: proposition})
OPTIONAL MATCH (src)-[r:REPORTS|DENIES|CONFIRMS]->(c)
"""
    + _STATEMENT_FIELDS
)

STATEMENTS_OF_CLAIMS = (
    """
UNWIND $rows AS cid
MATCH (c:Claim {id: cid})
OPTIONAL MATCH (src)-[r:REPORTS|DENIES|CONFIRMS]->(c)
"""
    + _STATEMENT_FIELDS
)

DELETE_SOME_RELATIONSHIPS = "MATCH ()-[r]->() WITH r LIMIT $n DELETE r RETURN count(*) AS n"
DELETE_SOME_NODES = "MATCH (x) WITH x LIMIT $n DELETE x RETURN count(*) AS n"

SET_CLAIM_STATUS = """
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
SET c.status = row.status, c.n_sources = row.n_sources,
    c.first_reported = row.first_reported, c.last_reported = row.last_reported
"""


def upsert_entities(label: EntityType) -> str:
    """MERGE entities of one type; the label comes from the ontology only."""
    return f"UNWIND $rows AS row MERGE (e:Entity:{EntityType(label).value} {{id: row.id}}) SET e += row.props"


def link_claims(rel: str) -> str:
    """Link claims to their subject, object or weapon."""
    if rel not in _LINK_TYPES:
        raise ValueError(rel)
    return (
        "UNWIND $rows AS row MATCH (c:Claim {id: row.claim}) MATCH (e:Entity {id: row.entity}) "
        f"MERGE (c)-[:{rel}]->(e)"
    )


def link_statements(kind: str, source_label: str) -> str:
    """Who reports, denies or confirms a claim, one edge per article and fact."""
    if kind not in _STATEMENT_TYPES or source_label not in _SOURCE_LABELS:
        raise ValueError((kind, source_label))
    return f"""
UNWIND $rows AS row
MATCH (s:{source_label} {{id: row.source}}) MATCH (c:Claim {{id: row.claim}})
MERGE (s)-[r:{kind} {{article: row.article, fact_id: row.fact_id}}]->(c)
SET r.stance = row.stance, r.quote = row.quote, r.date = row.date, r += row.record
"""


def upsert_shortcuts(predicate: Predicate) -> str:
    """One (subject)-[:PREDICATE]->(object) edge summarising its claims."""
    if predicate.is_statement:
        raise ValueError(predicate)
    return f"""
UNWIND $rows AS row
MATCH (s:Entity {{id: row.subject}}) MATCH (o:Entity {{id: row.object}})
MERGE (s)-[r:{Predicate(predicate).value}]->(o)
SET r.claims = row.claims, r.weapons = row.weapons, r.status = row.status,
    r.n_sources = row.n_sources, r.first_reported = row.first_reported,
    r.last_reported = row.last_reported
"""


def write_graph(store: GraphStore, batch: GraphBatch, progress: Callable[[int], None] | None = None) -> None:
    """Write ``batch`` into ``store``, then derive statuses and shortcut edges.

    A load that fits one transaction of the store (``store.transaction_rows``
    rows; None means any load) is one atomic unit: it lands whole or not at
    all. A bigger one is written in consecutive transactions of at most that
    many rows; every step only MERGEs or recomputes, so a load interrupted
    between them is completed by running it again.

    ``progress``, if given, is called with the number of rows of each
    ``UNWIND`` batch once it is written (derived rows included); a load
    sends about :func:`rows_to_write` of them.
    """
    steps = _write_steps(batch)
    triples = sorted({(c["subject"], c["predicate"], c["object"]) for c in batch.claims if c["object"]})
    statement_claims = sorted(c["id"] for c in batch.claims if not c["object"])
    limit = store.transaction_rows

    def atomic(work: Callable[[Run], object]) -> None:
        store.atomic(lambda run: work(_counted(run, progress) if progress else run))

    if limit is None or sum(len(rows) for _, rows in steps) + len(triples) + len(statement_claims) <= limit:

        def everything(run: Run) -> None:
            for query, rows in steps:
                _batched(run, query, rows)
            _refresh_derived(run, triples, statement_claims)

        atomic(everything)
        return
    for unit in _transactions(steps, limit):
        atomic(lambda run, unit=unit: [_batched(run, q, rows) for q, rows in unit])
    for chunk in _chunks(triples, limit // 10):
        atomic(lambda run, chunk=chunk: _refresh_derived(run, chunk, []))
    for chunk in _chunks(statement_claims, limit // 10):
        atomic(lambda run, chunk=chunk: _refresh_derived(run, [], chunk))


def rows_to_write(batch: GraphBatch) -> int:
    """About how many rows writing ``batch`` sends: its own, and the derived
    ones of its claims (exact when no earlier load shares its claims' pairs)."""
    own = sum(len(rows) for rows in batch.entities.values()) + len(batch.articles) + len(batch.claims)
    own += sum(len(rows) for rows in batch.links.values()) + len(batch.about) + len(batch.stated_in)
    own += len(batch.is_a) + sum(len(rows) for rows in batch.statements.values())
    triples = {(c["subject"], c["predicate"], c["object"]) for c in batch.claims if c["object"]}
    derived = 2 * len(triples) + len(batch.claims)  # statements read back, shortcut edges; claim statuses
    return own + derived + sum(1 for c in batch.claims if not c["object"])


def _counted(run: Run, progress: Callable[[int], None]) -> Run:
    def counted(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        result = run(query, params)
        progress(len(params.get("rows", ())))
        return result

    return counted


def clear_graph(store: GraphStore) -> None:
    """Delete everything in ``store``, relationships first, in bounded transactions.

    A node with a hundred thousand relationships (an outlet, the register)
    cannot be detached in one Neo4j transaction of default size.
    """
    for query in (DELETE_SOME_RELATIONSHIPS, DELETE_SOME_NODES):
        while store.run(query, {"n": BATCH_SIZE * 5}, write=True)[0]["n"]:
            pass


def _write_steps(batch: GraphBatch) -> list[tuple[str, list[dict[str, Any]]]]:
    """Every (query, rows) of the raw write, in dependency order: nodes before links."""
    steps = [(upsert_entities(label), rows) for label, rows in batch.entities.items()]
    steps += [(UPSERT_ARTICLES, batch.articles), (UPSERT_CLAIMS, batch.claims)]
    steps += [(link_claims(rel), rows) for rel, rows in batch.links.items()]
    steps += [(LINK_ABOUT, batch.about), (LINK_STATED_IN, batch.stated_in), (LINK_IS_A, batch.is_a)]
    for kind, rows in batch.statements.items():
        for label in _SOURCE_LABELS:
            steps.append((link_statements(kind, label), [r for r in rows if r["source_label"] == label]))
    return [(query, rows) for query, rows in steps if rows]


def _transactions(
    steps: list[tuple[str, list[dict[str, Any]]]], limit: int
) -> Iterator[list[tuple[str, list[dict[str, Any]]]]]:
    """Group steps into units of at most ``limit`` rows, splitting big steps, keeping order."""
    unit: list[tuple[str, list[dict[str, Any]]]] = []
    size = 0
    for query, rows in steps:
        for chunk in _chunks(rows, limit):
            if size + len(chunk) > limit and unit:
                yield unit
                unit, size = [], 0
            unit.append((query, chunk))
            size += len(chunk)
    if unit:
        yield unit


def _refresh_derived(run: Run, triples: list[tuple[str, str, str]], statement_claims: list[str]) -> None:
    """Recompute status and shortcut edges of the given triples and statement claims.

    Reads back all statements of each (subject, predicate, object) triple,
    including those of earlier loads, so the result does not depend on load
    order.
    """
    rows = _batched(run, STATEMENTS_OF_TRIPLES, [claim_id(p, s, o) for s, p, o in triples])
    rows += _batched(run, STATEMENTS_OF_CLAIMS, statement_claims)

    claims: dict[str, dict[str, Any]] = {}
    said: dict[str, list[Statement]] = defaultdict(list)
    for row in rows:
        claims.setdefault(row["claim"], row)
        if row["kind"]:
            said[row["claim"]].append(Statement(row["source"], row["kind"], row["stance"], row["date"]))

    by_triple: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for cid, claim in claims.items():
        if claim["object"]:
            by_triple[(claim["subject"], claim["predicate"], claim["object"])].append(cid)

    status_rows = []
    for cid, claim in claims.items():
        # A denial of a whole category ("ballistic missiles") or of the bare
        # proposition also denies each narrower claim of the same triple.
        covering = [
            s
            for other in by_triple.get((claim["subject"], claim["predicate"], claim["object"]), [])
            if other != cid
            and (claims[other]["weapon"] is None or claims[other]["weapon"] in (claim["categories"] or []))
            for s in said[other]
            if s.kind == "DENIES"
        ]
        summary = summarize([*said[cid], *covering])
        status_rows.append({"id": cid, **asdict(summary)})
    _batched(run, SET_CLAIM_STATUS, status_rows)

    shortcuts: dict[Predicate, list[dict[str, Any]]] = defaultdict(list)
    for (subject, predicate, obj), cids in sorted(by_triple.items()):
        summary = summarize(s for cid in cids for s in said[cid])
        weapons = sorted({claims[c]["weapon"] for c in cids if claims[c]["weapon"]})
        shortcuts[Predicate(predicate)].append(
            {"subject": subject, "object": obj, "claims": sorted(cids), "weapons": weapons, **asdict(summary)}
        )
    for predicate, rows_ in shortcuts.items():
        _batched(run, upsert_shortcuts(predicate), rows_)


def _batched(run: Run, query: str, rows: Sequence[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for chunk in _chunks(rows, BATCH_SIZE):
        out += run(query, {"rows": chunk})
    return out


def _chunks(rows: Sequence[Any], size: int) -> Iterator[list[Any]]:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk
