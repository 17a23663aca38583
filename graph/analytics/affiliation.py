"""Who belongs to whom: PART_OF and MEMBER_OF edges, followed up to a state.

An official speaks for the state whose organs they belong to; a unit is
part of its armed forces, which are part of the state. Only the graph's own
PART_OF / MEMBER_OF edges count (not denied), and a Country is where the
climb stops: a state's membership of an alliance does not make its
statements the alliance's.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n, label in [("iran", "Country"), ("iran-parliament", "Organization"), ("mp", "Person")]:
...     G.add_node(n, labels=["Entity", label])
>>> _ = G.add_edge("mp", "iran-parliament", type="MEMBER_OF", status="reported")
>>> _ = G.add_edge("iran-parliament", "iran", type="PART_OF", status="reported")
>>> affiliations(G, "mp")
['iran-parliament', 'iran']
>>> speaks_for(G, "mp")
['iran']
>>> members(G, "iran")
['iran-parliament', 'mp']
"""

from __future__ import annotations

import networkx as nx

from ..ontology import EntityType, Predicate
from ._common import NOT_DENIED, entity_type

__all__ = ["AFFILIATION_TYPES", "affiliations", "members", "speaks_for"]

AFFILIATION_TYPES = frozenset({Predicate.PART_OF.value, Predicate.MEMBER_OF.value})


def _parents(G: nx.MultiDiGraph, node: str) -> list[str]:
    if entity_type(G, node) == EntityType.COUNTRY:
        return []
    return sorted(
        {
            o
            for _, o, d in G.out_edges(node, data=True)
            if d["type"] in AFFILIATION_TYPES and d.get("status") not in NOT_DENIED
        }
    )


def affiliations(G: nx.MultiDiGraph, actor: str) -> list[str]:
    """Every body ``actor`` belongs to, directly or through others, nearest first."""
    seen: list[str] = []
    frontier = [actor]
    while frontier:
        nxt = [p for node in frontier for p in _parents(G, node) if p not in seen and p != actor]
        nxt = list(dict.fromkeys(nxt))
        seen += nxt
        frontier = nxt
    return seen


def speaks_for(G: nx.MultiDiGraph, actor: str) -> list[str]:
    """The top of ``actor``'s affiliations: the states (or top bodies) it speaks for, else itself."""
    tops = [a for a in affiliations(G, actor) if not _parents(G, a)]
    return tops or [actor]


def members(G: nx.MultiDiGraph, body: str) -> list[str]:
    """Every actor that belongs to ``body``, directly or through others, sorted."""
    found: set[str] = set()
    frontier = {body}
    while frontier:
        nxt = {
            s
            for node in frontier
            for s, _, d in G.in_edges(node, data=True)
            if d["type"] in AFFILIATION_TYPES
            and d.get("status") not in NOT_DENIED
            and entity_type(G, s) != EntityType.COUNTRY
        }
        frontier = nxt - found - {body}
        found |= frontier
    return sorted(found)
