"""Reading a map's contents from a store into networkx.

Three kinds of map, each a ``networkx.MultiDiGraph`` in the shape
:func:`~graph.render.page.network_html` draws:

- :func:`fetch_network`: entities joined by the shortcut edges that summarise
  claims (``SUPPLIES``, ``PART_OF``, ...) and by ``IS_A``;
- :func:`fetch_claims`: every claim as a node between its subject and object,
  with the sources that report, deny or confirm it;
- :func:`fetch_query`: whatever nodes, relationships and paths a Cypher query
  returns, as Neo4j Browser draws them.

Nodes carry ``labels`` and their properties; entity nodes are keyed by entity
id, claims by claim id, query results by the store's element id. Edges carry ``type`` and their properties; an edge that
summarises claims also carries ``evidence``: each claim with its
``statements`` (source, statement, stance, date, quote, article). Only the
:class:`~graph.stores.GraphStore` protocol is used, so every store works.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import networkx as nx

from ..errors import UnknownEntity
from ..stores.base import GraphStore, Node, Path, Relationship
from .filters import EDGE_TYPES, Filters

__all__ = ["fetch_claims", "fetch_network", "fetch_query"]

FETCH_EDGES = """
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) IN $types
RETURN s, type(r) AS type, r, o
"""

FETCH_CLAIMS = "MATCH (c:Claim) RETURN c"

FETCH_CLAIMS_BY_ID = "UNWIND $ids AS cid MATCH (c:Claim {id: cid}) RETURN c"

FETCH_STATEMENTS = """
UNWIND $ids AS cid
MATCH (src)-[r:REPORTS|DENIES|CONFIRMS]->(c:Claim {id: cid})
OPTIONAL MATCH (a:Article {id: r.article})
RETURN cid AS claim, src, type(r) AS statement, r.stance AS stance, r.date AS date,
       r.quote AS quote, a.title AS article, a.published AS published
"""

FETCH_CLAIM_LINKS = """
UNWIND $ids AS cid
MATCH (c:Claim {id: cid})-[r:SUBJECT|OBJECT|INVOLVES]->(e:Entity)
RETURN cid AS claim, type(r) AS role, e
"""

FETCH_ABOUT = """
UNWIND $ids AS cid
MATCH (c:Claim {id: cid})-[:ABOUT]->(t:Claim)
RETURN cid AS claim, t.id AS about
"""

FETCH_CATEGORIES = "MATCH (a:Entity)-[:IS_A]->(b:Entity) RETURN a, b"

FETCH_NAMES = "UNWIND $ids AS eid MATCH (e:Entity {id: eid}) RETURN e.id AS id, e.name AS name"


def fetch_network(
    store: GraphStore, *, focus: str | None = None, depth: int = 2, filters: Filters | None = None
) -> nx.MultiDiGraph:
    """Entities and the shortcut and ``IS_A`` edges between them.

    Parameters
    ----------
    store : GraphStore
        Any store.
    focus : str, optional
        Keep only entities within ``depth`` steps of this entity id, in
        either direction, after filtering.
    depth : int
        Steps from ``focus``.
    filters : Filters, optional
        Which relationships and claims to draw; status and number of sources
        are those of the edge (the summary of its claims), dates those of
        its statements.

    Returns
    -------
    networkx.MultiDiGraph
        Keyed by entity id; each edge's key is its type, and edges that
        summarise claims carry ``evidence`` and ``weapon_names``.

    Raises
    ------
    UnknownEntity
        If ``focus`` is not on the map (with these filters).
    """
    filters = filters or Filters()
    types = [t for t in EDGE_TYPES if filters.keeps_type(t) and t != "IS_A"]
    rows = [r for r in store.run(FETCH_EDGES, {"types": types}) if filters.keeps_summary(r["r"].properties)]
    evidence: dict[str, dict[str, Any]] = {}
    if filters.since or filters.until:
        evidence = _evidence(store, _claim_ids(r["r"].properties for r in rows))
        rows = [r for r in rows if filters.keeps_dates(_dates(evidence, r["r"].properties.get("claims", [])))]
    G = nx.MultiDiGraph()
    for row in rows:
        s, o = _add_entity(G, row["s"]), _add_entity(G, row["o"])
        G.add_edge(s, o, key=row["type"], **{**row["r"].properties, "type": row["type"]})
    if filters.keeps_type("IS_A"):
        _add_categories(store, G, upwards_from=list(G) if filters.on_claims else None)
    if focus is not None:
        G = _around(G, focus, depth)
    missing = _claim_ids(d for _, _, d in G.edges(data=True))
    evidence.update(_evidence(store, [c for c in missing if c not in evidence]))
    names = _names(store, {w for _, _, d in G.edges(data=True) for w in d.get("weapons") or []}, G)
    for _, _, data in G.edges(data=True):
        if data.get("claims"):
            data["evidence"] = [evidence[c] for c in data["claims"] if c in evidence]
            data["weapon_names"] = [names.get(w, w) for w in data.get("weapons") or []]
    return G


def fetch_claims(
    store: GraphStore, *, focus: str | None = None, depth: int = 2, filters: Filters | None = None
) -> nx.MultiDiGraph:
    """Claims as nodes: subject → claim → object, sources → claim.

    Each claim node sits between its subject (edge ``SUBJECT``, drawn from
    the subject) and its object (edge ``OBJECT``, drawn to the object), with
    ``INVOLVES`` edges to its weapon, ``ABOUT`` edges to the claim a
    statement is about, and one ``REPORTS`` / ``DENIES`` / ``CONFIRMS``
    edge per statement from the entity that made it. Statements in an
    article's own voice are in the claim's ``statements`` but not drawn
    (the article would link to every claim); ``G.graph["notes"]`` says so.
    ``depth`` counts entity steps: a claim is half a step from its subject.

    Raises
    ------
    UnknownEntity
        If ``focus`` is not on the map (with these filters).
    """
    filters = filters or Filters()
    claims = {c["c"].properties["id"]: dict(c["c"].properties) for c in store.run(FETCH_CLAIMS)}
    claims = {k: c for k, c in claims.items() if filters.keeps_type(c.get("predicate", ""))}
    said = _statements(store, sorted(claims))
    kept = {
        cid: c
        for cid, c in claims.items()
        if filters.keeps_claim(c, [s["date"] or s["published"] for s in said[cid]])
    }
    G = nx.MultiDiGraph()
    for cid, claim in kept.items():
        G.add_node(cid, **claim, labels=("Claim",), statements=[_public(s) for s in said[cid]])
    ids = sorted(kept)
    for row in store.run(FETCH_CLAIM_LINKS, {"ids": ids}) if ids else []:
        entity, claim = _add_entity(G, row["e"]), kept[row["claim"]]
        ends = (entity, row["claim"]) if row["role"] == "SUBJECT" else (row["claim"], entity)
        G.add_edge(*ends, type=row["role"], predicate=claim.get("predicate"), status=claim.get("status"))
    for row in store.run(FETCH_ABOUT, {"ids": ids}) if ids else []:
        if row["about"] in G:
            G.add_edge(row["claim"], row["about"], type="ABOUT")
    own_voice = 0
    for cid in ids:
        for st in said[cid]:
            if "Entity" not in st["src"].labels:
                own_voice += 1
                continue
            source = _add_entity(G, st["src"])
            G.add_edge(source, cid, **_public(st), type=st["statement"])
    if own_voice:
        G.graph["notes"] = [
            f"{own_voice} statement(s) in an article's own voice are listed in the claims' tooltips, "
            "not drawn (the article would link to every claim)."
        ]
    if filters.keeps_type("IS_A"):
        _add_categories(store, G, upwards_from=list(G))
    if focus is not None:
        G = _around(G, focus, 2 * depth)
    return G


def fetch_query(store: GraphStore, query: str, params: Mapping[str, Any] | None = None) -> nx.MultiDiGraph:
    """The nodes, relationships and paths a read-only Cypher query returns.

    Values are found anywhere in the rows, also inside lists and maps.
    Relationships whose end nodes the query did not return are left out and
    counted in ``G.graph["notes"]`` (return the nodes or a path to see them).
    Relationships that summarise claims get their ``evidence``, claim nodes
    their ``statements``.
    """
    nodes: dict[str, Node] = {}
    rels: dict[str, Relationship] = {}
    for row in store.run(query, dict(params or {})):
        for value in _graph_values(row.values()):
            if isinstance(value, Node):
                nodes[value.element_id] = value
            else:
                rels[value.element_id] = value
    G = nx.MultiDiGraph(notes=[])
    for key, node in nodes.items():
        G.add_node(key, **{**node.properties, "labels": node.labels})
    claim_nodes = [n.properties["id"] for n in nodes.values() if "Claim" in n.labels and "id" in n.properties]
    said = _statements(store, claim_nodes)
    for key, node in nodes.items():
        if "Claim" in node.labels and "id" in node.properties:
            G.nodes[key]["statements"] = [_public(s) for s in said[node.properties["id"]]]
    skipped = 0
    for key, rel in rels.items():
        if rel.start in nodes and rel.end in nodes:
            G.add_edge(rel.start, rel.end, key=key, **{**rel.properties, "type": rel.type})
        else:
            skipped += 1
    if skipped:
        G.graph["notes"].append(
            f"{skipped} relationship(s) left out: the query did not return their end nodes "
            "(return the nodes too, or a path)."
        )
    evidence = _evidence(store, _claim_ids(d for _, _, d in G.edges(data=True)))
    for _, _, data in G.edges(data=True):
        if data.get("claims"):
            data["evidence"] = [evidence[c] for c in data["claims"] if c in evidence]
    return G


def _add_entity(G: nx.MultiDiGraph, node: Node) -> str:
    key = node.properties["id"]
    if key not in G:
        G.add_node(key, **{**node.properties, "labels": node.labels})
    return key


def _add_categories(store: GraphStore, G: nx.MultiDiGraph, *, upwards_from: list[str] | None) -> None:
    """IS_A edges: all of them, or those leading up from the given entities."""
    rows = store.run(FETCH_CATEGORIES)
    if upwards_from is not None:
        parents: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            parents[row["a"].properties["id"]].append(row)
        rows, todo, seen = [], list(upwards_from), set(upwards_from)
        while todo:
            for row in parents.get(todo.pop(), []):
                rows.append(row)
                if (parent := row["b"].properties["id"]) not in seen:
                    seen.add(parent)
                    todo.append(parent)
    for row in rows:
        a, b = _add_entity(G, row["a"]), _add_entity(G, row["b"])
        if not G.has_edge(a, b, key="IS_A"):
            G.add_edge(a, b, key="IS_A", type="IS_A")


def _around(G: nx.MultiDiGraph, focus: str, radius: int) -> nx.MultiDiGraph:
    if focus not in G:
        raise UnknownEntity(focus)
    keep = nx.ego_graph(G.to_undirected(as_view=True), focus, radius=radius)
    return G.subgraph(keep.nodes).copy()


def _claim_ids(edges: Iterable[Mapping[str, Any]]) -> list[str]:
    return sorted({c for d in edges for c in d.get("claims") or []})


def _statements(store: GraphStore, claim_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Every statement about each claim, in date order (undated last)."""
    said: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.run(FETCH_STATEMENTS, {"ids": claim_ids}) if claim_ids else []:
        said[row["claim"]].append(row)
    for rows in said.values():
        rows.sort(key=lambda s: (s["date"] or s["published"] or "~", _source_name(s["src"])))
    return said


def _evidence(store: GraphStore, claim_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Each claim's properties with its ``statements``."""
    said = _statements(store, claim_ids)
    rows = store.run(FETCH_CLAIMS_BY_ID, {"ids": claim_ids}) if claim_ids else []
    out = {}
    for row in rows:
        claim = dict(row["c"].properties)
        claim["statements"] = [_public(s) for s in said[claim["id"]]]
        out[claim["id"]] = claim
    return out


def _dates(evidence: Mapping[str, Mapping[str, Any]], claims: Iterable[str]) -> list[str | None]:
    return [s["date"] or s["published"] for c in claims if c in evidence for s in evidence[c]["statements"]]


def _public(statement: Mapping[str, Any]) -> dict[str, Any]:
    """A statement row as plain data: the source node becomes its name."""
    return {
        "source": _source_name(statement["src"]),
        "statement": statement["statement"],
        "stance": statement["stance"],
        "date": statement["date"],
        "quote": statement["quote"],
        "article": statement["article"],
        "published": statement["published"],
    }


def _source_name(node: Node) -> str:
    """Who made a statement: an entity's name, or "the article" for its own voice."""
    if "Article" in node.labels:
        return "the article"
    props = node.properties
    return str(props.get("name") or props.get("id") or "?")


def _names(store: GraphStore, ids: set[str], G: nx.MultiDiGraph) -> dict[str, str]:
    known = {i: G.nodes[i].get("name", i) for i in ids if i in G}
    unknown = sorted(ids - set(known))
    for row in store.run(FETCH_NAMES, {"ids": unknown}) if unknown else []:
        known[row["id"]] = row["name"] or row["id"]
    return known


def _graph_values(values: Iterable[Any]) -> Iterator[Node | Relationship]:
    for value in values:
        if isinstance(value, Node | Relationship):
            yield value
        elif isinstance(value, Path):
            yield from value.nodes
            yield from value.relationships
        elif isinstance(value, list | tuple):
            yield from _graph_values(value)
        elif isinstance(value, Mapping):
            yield from _graph_values(value.values())
