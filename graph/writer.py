"""Write a :class:`GraphBatch` into a store, with the derived parts.

Writes are batches of ``UNWIND $rows``. What the store already has is
``MERGE``d on stable ids, so running a load twice changes nothing; claims
whose proposition is new to the store are ``CREATE``d with everything hanging
off them, and their status and shortcut edges are derived from the batch
itself (no read-back), which is what makes a first load of many facts fast.
Labels and relationship types in the query text come only from the ontology
(a whitelist); every value is a parameter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import Any

from .builder import GraphBatch, claim_id
from .derive import Statement, summarize
from .ontology import EntityType, Predicate
from .stores.base import GraphStore, Run

__all__ = ["BATCH_SIZE", "rows_to_write", "write_graph"]

BATCH_SIZE = 1000

_STATEMENT_TYPES = ("REPORTS", "DENIES", "CONFIRMS")
_SOURCE_LABELS = ("Entity", "Article")

UPSERT_ARTICLES = "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props"

_CLAIM_LINKS = """
WITH c, row
MATCH (s:Entity {{id: row.subject}})
{verb} (c)-[:SUBJECT]->(s)
WITH c, row WHERE row.object IS NOT NULL
MATCH (o:Entity {{id: row.object}})
{verb} (c)-[:OBJECT]->(o)
WITH c, row WHERE row.weapon IS NOT NULL
MATCH (w:Entity {{id: row.weapon}})
{verb} (c)-[:INVOLVES]->(w)
"""

# Claims the store already has: qualifiers merge with what earlier loads said.
UPSERT_CLAIMS = """
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c.predicate = row.predicate, c.subject = row.subject, c.object = row.object,
    c.proposition = row.proposition,
    c.weapon = row.weapon,
    // a load that leaves the weapon uncategorised keeps the filing an earlier one gave it (as its IS_A)
    c.weapon_categories = CASE WHEN size(row.weapon_categories) = 0 THEN coalesce(c.weapon_categories, [])
                          ELSE row.weapon_categories END,
    c.quantity = coalesce(c.quantity, row.quantity),
    c.period = coalesce(c.period, row.period),
    c.location = coalesce(c.location, row.location),
    c.role = coalesce(c.role, row.role),
    c.in_exchange_for = [x IN coalesce(c.in_exchange_for, []) WHERE NOT x IN row.in_exchange_for] + row.in_exchange_for,
    c.against = [x IN coalesce(c.against, []) WHERE NOT x IN row.against] + row.against
""" + _CLAIM_LINKS.format(verb="MERGE")

# Claims of propositions new to the store: nothing to merge with, so CREATE, with
# their derived status already computed from this load's statements.
CREATE_CLAIMS = """
UNWIND $rows AS row
CREATE (c:Claim)
SET c += row.props
""" + _CLAIM_LINKS.format(verb="CREATE")

LINK_ABOUT = """
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim}) MATCH (t:Claim {id: row.target})
MERGE (c)-[:ABOUT]->(t)
"""

# A weapon has one category: a later load that files it under another moves it there, as
# the builder does when the documents are loaded together (the later description wins).
LINK_IS_A = """
UNWIND $rows AS row
MATCH (a:Entity {id: row.child}) MATCH (b:Entity {id: row.parent})
OPTIONAL MATCH (a)-[old:IS_A]->(other:Entity) WHERE other.id <> row.parent
DELETE old
MERGE (a)-[:IS_A]->(b)
"""

# A weapon filed anew also files anew the claims the store has of it: their categories are the
# ones the load gives it, as when the documents are loaded together.
REFILE_CLAIMS = """
UNWIND $rows AS row
MATCH (:Entity {id: row.weapon})<-[:INVOLVES]-(c:Claim)
SET c.weapon_categories = row.categories
"""

# Which of a load's claims the store already has (by proposition, or by id for
# the claims that are statements); those are merged, the rest created.
KNOWN_PROPOSITIONS = "UNWIND $rows AS key MATCH (c:Claim {proposition: key}) RETURN DISTINCT key"
KNOWN_CLAIMS = "UNWIND $rows AS key MATCH (c:Claim {id: key}) RETURN key"

_STATEMENT_FIELDS = """
RETURN c.id AS id, c.subject AS subject, c.predicate AS predicate, c.object AS object,
       c.weapon AS weapon, c.weapon_categories AS weapon_categories,
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

_CLAIM_PROPERTIES = (
    "id", "predicate", "subject", "object", "proposition", "weapon", "weapon_categories",
    "quantity", "period", "location", "role", "in_exchange_for", "against",
)  # fmt: skip

Steps = list[tuple[str, list[dict[str, Any]]]]


def upsert_entities(label: EntityType) -> str:
    """MERGE entities of one type; the label comes from the ontology only."""
    return f"UNWIND $rows AS row MERGE (e:Entity:{EntityType(label).value} {{id: row.id}}) SET e += row.props"


def link_stated_in(fresh: bool) -> str:
    """The article each fact stating a claim comes from, one edge per fact.

    ``fresh`` claims are new to the store, so their edges are created."""
    return f"""
UNWIND $rows AS row
MATCH (c:Claim {{id: row.claim}}) MATCH (a:Article {{id: row.article}})
{"CREATE" if fresh else "MERGE"} (c)-[r:STATED_IN {{fact_id: row.fact_id}}]->(a)
SET r.quote = row.quote, r.stance = row.stance
"""


def link_statements(kind: str, source_label: str, fresh: bool) -> str:
    """Who reports, denies or confirms a claim, one edge per article and fact."""
    if kind not in _STATEMENT_TYPES or source_label not in _SOURCE_LABELS:
        raise ValueError((kind, source_label))
    return f"""
UNWIND $rows AS row
MATCH (s:{source_label} {{id: row.source}}) MATCH (c:Claim {{id: row.claim}})
{"CREATE" if fresh else "MERGE"} (s)-[r:{kind} {{article: row.article, fact_id: row.fact_id}}]->(c)
SET r.stance = row.stance, r.quote = row.quote, r.date = row.date, r += row.record
"""


def upsert_shortcuts(predicate: Predicate) -> str:
    """One (subject)-[:PREDICATE]->(object) edge summarising its claims.

    Always MERGEd, even for claims new to the store: two loads running at once
    may both create claims of the same pair, and must not draw it twice."""
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
    """Write ``batch`` into ``store``, with claim statuses and shortcut edges.

    A load that fits one transaction of the store (``store.transaction_rows``
    rows; None means any load) is one atomic unit: it lands whole or not at
    all. A bigger one is written in consecutive transactions of at most that
    many rows; a load interrupted between them is completed by running it
    again, because what it had written is then known and merged.

    ``progress``, if given, is called with the number of rows of each
    ``UNWIND`` batch once it is written (derived rows included); a load
    sends about :func:`rows_to_write` of them.
    """
    known = _known_claims(store, batch)
    steps = _write_steps(batch, known)
    triples = sorted({_triple(c) for c in batch.claims if c["id"] in known and c["object"]})
    statement_claims = sorted(c["id"] for c in batch.claims if c["id"] in known and not c["object"])
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


def _filed(batch: GraphBatch) -> list[dict[str, Any]]:
    """Each weapon the load files under a category, with its categories up the load's own chain."""
    parent = {row["child"]: row["parent"] for row in batch.is_a}
    out = []
    for weapon in parent:
        chain, node = [], parent.get(weapon)
        while node is not None and node not in chain and len(chain) < 10:
            chain.append(node)
            node = parent.get(node)
        out.append({"weapon": weapon, "categories": chain})
    return out


def rows_to_write(batch: GraphBatch) -> int:
    """About how many rows writing ``batch`` sends (exact into a store that has
    none of its claims; claims the store has cost a read-back and a status row)."""
    own = sum(len(rows) for rows in batch.entities.values()) + len(batch.articles) + len(batch.claims)
    own += len(batch.about) + len(batch.stated_in) + 2 * len(batch.is_a)  # linked, then its claims refiled
    own += sum(len(rows) for rows in batch.statements.values())
    return own + len({_triple(c) for c in batch.claims if c["object"]})


def clear_graph(store: GraphStore) -> None:
    """Delete everything in ``store``, relationships first, in bounded transactions.

    A node with a hundred thousand relationships (an outlet, the register)
    cannot be detached in one Neo4j transaction of default size.
    """
    for query in (DELETE_SOME_RELATIONSHIPS, DELETE_SOME_NODES):
        while store.run(query, {"n": BATCH_SIZE * 5}, write=True)[0]["n"]:
            pass


def _known_claims(store: GraphStore, batch: GraphBatch) -> set[str]:
    """Ids of the batch's claims whose proposition (or, for statements, whose id)
    the store already has: they are merged and their status read back."""
    propositions = sorted({c["proposition"] for c in batch.claims if c["proposition"]})
    statements = sorted(c["id"] for c in batch.claims if not c["proposition"])
    known = set()
    for query, keys in ((KNOWN_PROPOSITIONS, propositions), (KNOWN_CLAIMS, statements)):
        for chunk in _chunks(keys, BATCH_SIZE * 10):
            known |= {row["key"] for row in store.run(query, {"rows": chunk})}
    return {c["id"] for c in batch.claims if (c["proposition"] or c["id"]) in known}


def _write_steps(batch: GraphBatch, known: set[str]) -> Steps:
    """Every (query, rows) of the write, in dependency order: nodes before links.

    Claims not in ``known`` are created with their statuses, and so are their
    statements and shortcut edges, all derived from the batch alone."""
    fresh = [c for c in batch.claims if c["id"] not in known]
    said: dict[str, list[Statement]] = defaultdict(list)
    for kind, rows in batch.statements.items():
        for row in rows:
            said[row["claim"]].append(Statement(row["source"], kind, row["stance"], row["date"]))
    statuses, shortcuts = _derive({c["id"]: c for c in fresh}, said)

    steps: Steps = [(upsert_entities(label), rows) for label, rows in batch.entities.items()]
    steps.append((UPSERT_ARTICLES, batch.articles))
    steps.append((UPSERT_CLAIMS, [c for c in batch.claims if c["id"] in known]))
    created = [
        {
            "subject": c["subject"],
            "object": c["object"],
            "weapon": c["weapon"],
            "props": {**{k: c[k] for k in _CLAIM_PROPERTIES}, **statuses[c["id"]]},
        }
        for c in fresh
    ]
    steps.append((CREATE_CLAIMS, created))
    steps += [(LINK_ABOUT, batch.about), (LINK_IS_A, batch.is_a), (REFILE_CLAIMS, _filed(batch))]
    for is_fresh in (False, True):
        steps.append(
            (link_stated_in(is_fresh), [r for r in batch.stated_in if (r["claim"] not in known) == is_fresh])
        )
        for kind, rows in batch.statements.items():
            for label in _SOURCE_LABELS:
                picked = [
                    r for r in rows if r["source_label"] == label and (r["claim"] not in known) == is_fresh
                ]
                steps.append((link_statements(kind, label, is_fresh), picked))
    steps += [(upsert_shortcuts(predicate), rows) for predicate, rows in shortcuts.items()]
    return [(query, rows) for query, rows in steps if rows]


def _transactions(steps: Steps, limit: int) -> Iterator[Steps]:
    """Group steps into units of at most ``limit`` rows, splitting big steps, keeping order."""
    unit: Steps = []
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
        claims.setdefault(row["id"], row)
        if row["kind"]:
            said[row["id"]].append(Statement(row["source"], row["kind"], row["stance"], row["date"]))
    statuses, shortcuts = _derive(claims, said)
    _batched(run, SET_CLAIM_STATUS, [{"id": cid, **status} for cid, status in statuses.items()])
    for predicate, rows_ in shortcuts.items():
        _batched(run, upsert_shortcuts(predicate), rows_)


def _derive(
    claims: dict[str, dict[str, Any]], said: dict[str, list[Statement]]
) -> tuple[dict[str, dict[str, Any]], dict[Predicate, list[dict[str, Any]]]]:
    """The status of each claim and the shortcut edge of each triple, from every
    statement about them (``claims`` must hold every claim of their triples)."""
    by_triple: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for cid, claim in claims.items():
        if claim["object"]:
            by_triple[_triple(claim)].append(cid)

    statuses = {}
    for cid, claim in claims.items():
        # A denial of a whole category ("ballistic missiles") or of the bare
        # proposition also denies each narrower claim of the same triple.
        covering = [
            s
            for other in by_triple.get(_triple(claim), [])
            if other != cid
            and (
                claims[other]["weapon"] is None
                or claims[other]["weapon"] in (claim["weapon_categories"] or [])
            )
            for s in said[other]
            if s.kind == "DENIES"
        ]
        statuses[cid] = vars(summarize([*said[cid], *covering]))

    shortcuts: dict[Predicate, list[dict[str, Any]]] = defaultdict(list)
    for (subject, predicate, obj), cids in sorted(by_triple.items()):
        summary = summarize(s for cid in cids for s in said[cid])
        weapons = sorted({claims[c]["weapon"] for c in cids if claims[c]["weapon"]})
        shortcuts[Predicate(predicate)].append(
            {"subject": subject, "object": obj, "claims": sorted(cids), "weapons": weapons, **vars(summary)}
        )
    return statuses, shortcuts


def _triple(claim: dict[str, Any]) -> tuple[str, str, str]:
    return (claim["subject"], claim["predicate"], claim["object"])


def _counted(run: Run, progress: Callable[[int], None]) -> Run:
    def counted(query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        result = run(query, params)
        progress(len(params.get("rows", ())))
        return result

    return counted


def _batched(run: Run, query: str, rows: Sequence[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for chunk in _chunks(rows, BATCH_SIZE):
        out += run(query, {"rows": chunk})
    return out


def _chunks(rows: Sequence[Any], size: int) -> Iterator[list[Any]]:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk
