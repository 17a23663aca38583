"""Projections of the full graph that the analytics run on.

Both keep only the shortcut edges between entities (one per subject,
predicate and object, summarising its claims) and drop those whose status
is in ``exclude`` (by default ``denied``: a claim only ever denied is no
evidence of a link). Edge ``weight`` is the edge's ``n_sources`` (distinct
sources stating its claims), at least 1.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("iran", labels=["Entity", "Country"], name="Iran")
>>> G.add_node("russia", labels=["Entity", "Country"], name="Russia")
>>> _ = G.add_edge("iran", "russia", type="SUPPLIES", status="contested", n_sources=7, weapons=["fath-360"])
>>> S = supply_network(G)
>>> S["iran"]["russia"]["weight"], S.nodes["russia"]["name"]
(7, 'Russia')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import networkx as nx

from ..ontology import Predicate
from ._common import NOT_DENIED, shortcuts, weight

__all__ = ["SHORTCUT_TYPES", "Network", "entity_network", "network", "supply_network"]

SHORTCUT_TYPES = tuple(p.value for p in Predicate if not p.is_statement)

Network = Literal["supply", "entities"]
"""Which projection an analytic runs on: :func:`supply_network` or :func:`entity_network`."""


def supply_network(G: nx.MultiDiGraph, *, exclude: Iterable[str] = NOT_DENIED) -> nx.DiGraph:
    """Who supplies whom: a directed graph of the SUPPLIES edges.

    Parameters
    ----------
    G : MultiDiGraph
        The full graph (:func:`graph.nxgraph.fetch_graph`).
    exclude : iterable of str
        Claim statuses to leave out; default ``("denied",)``. Pass
        ``("denied", "hypothetical")`` for established supplies only.

    Returns
    -------
    DiGraph
        Nodes carry the entities' attributes; edges ``weight`` (sources),
        ``tiv`` (SIPRI trend-indicator value of the deliveries SIPRI's deals
        record under the edge's claims, millions; 0 without a register),
        ``status``, ``weapons``, ``claims``, ``n_sources``, ``first_reported``
        and ``last_reported``.
    """
    S = nx.DiGraph()
    for s, o, data in shortcuts(G, [Predicate.SUPPLIES], exclude):
        S.add_node(s, **G.nodes[s])
        S.add_node(o, **G.nodes[o])
        props = {k: v for k, v in data.items() if k != "type"}
        S.add_edge(s, o, **props, weight=weight(data), tiv=_tiv(G, data.get("claims", [])))
    return S


def _tiv(G: nx.MultiDiGraph, claims: list[str]) -> float:
    """SIPRI trend-indicator value delivered under these claims (millions), summed over their deals."""
    return round(
        sum(
            d.get("tiv_delivered") or 0
            for claim in claims
            if claim in G
            for _, _, d in G.in_edges(claim, data=True)
            if d["type"] == "REPORTS"
        ),
        3,
    )


def entity_network(G: nx.MultiDiGraph, *, exclude: Iterable[str] = NOT_DENIED) -> nx.Graph:
    """Every relation between entities (supplies, training, use, membership, ...), undirected.

    Weapon taxonomy (``IS_A``) is left out: it is classification, not a
    relation between actors. Parallel relations add up their weights, and
    ``types`` lists them.
    """
    H = nx.Graph()
    for s, o, data in shortcuts(G, SHORTCUT_TYPES, exclude):
        if s == o:
            continue
        H.add_node(s, **G.nodes[s])
        H.add_node(o, **G.nodes[o])
        if H.has_edge(s, o):
            H[s][o]["weight"] += weight(data)
            H[s][o]["types"] = sorted({*H[s][o]["types"], data["type"]})
        else:
            H.add_edge(s, o, weight=weight(data), types=[data["type"]])
    return H


def network(G: nx.MultiDiGraph, kind: Network, *, exclude: Iterable[str] = NOT_DENIED) -> nx.Graph:
    """The projection named ``kind``: ``supply`` (directed) or ``entities`` (undirected).

    Raises
    ------
    ValueError
        For another name.
    """
    if kind == "supply":
        return supply_network(G, exclude=exclude)
    if kind == "entities":
        return entity_network(G, exclude=exclude)
    raise ValueError(f"unknown network {kind!r}; choose supply or entities")
