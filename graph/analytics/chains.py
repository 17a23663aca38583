"""Supply chains: from who makes a weapon, through who passes it on, to who uses it and against whom.

A chain is PRODUCES → SUPPLIES (one hop or more) → USES:

- producers of a weapon are the subjects of PRODUCES edges and the
  weapon's ``origin``; a weapon also counts as made by the producers of
  its categories (Shahed-136 is a Shahed drone, whose origin is Iran);
- every supply hop must carry a claim compatible with the weapon: the
  same weapon (basis ``same weapon``), a category above or below it
  (``category``), or arms without a named weapon (``unspecified
  weapons``); a chain is as strong as its weakest hop;
- the user may be the last recipient or a body belonging to it: the
  Russian armed forces use what Russia receives.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n, label in [("iran", "Country"), ("russia", "Country"), ("ukraine", "Country")]:
...     G.add_node(n, labels=["Entity", label], name=n.title())
>>> G.add_node("shahed-136", labels=["Entity", "WeaponSystem"], name="Shahed-136", origin="iran")
>>> G.add_node("c1", labels=["Claim"], predicate="SUPPLIES", object="russia", weapon="shahed-136", status="reported")
>>> G.add_node("c2", labels=["Claim"], predicate="USES", object="shahed-136", against=["ukraine"], status="reported")
>>> _ = G.add_edge("iran", "russia", type="SUPPLIES", claims=["c1"], status="reported")
>>> _ = G.add_edge("russia", "shahed-136", type="USES", claims=["c2"], status="reported")
>>> [(r["route"], r["weapon"], r["against"], r["basis"]) for r in supply_chains(G)]
[(['iran', 'russia'], 'shahed-136', ['ukraine'], 'same weapon')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

import networkx as nx

from ..ontology import Predicate
from ._common import NOT_DENIED, categories, shortcuts
from .affiliation import affiliations
from .networks import supply_network

__all__ = ["BASES", "supply_chains"]

BASES = ("same weapon", "category", "unspecified weapons")
"""How a supply hop matches the weapon used, strongest first."""


def supply_chains(
    G: nx.MultiDiGraph, *, max_hops: int = 3, exclude: Iterable[str] = NOT_DENIED
) -> list[dict[str, Any]]:
    """Every producer → supplier(s) → user chain of the graph.

    Parameters
    ----------
    G : MultiDiGraph
        The full graph (:func:`graph.nxgraph.fetch_graph`).
    max_hops : int
        Longest chain of SUPPLIES hops followed (re-exports).
    exclude : iterable of str
        Claim statuses that do not count as a link; default ``("denied",)``.

    Returns
    -------
    list of dict
        ``producer``, ``route`` (producer to last recipient), ``user``,
        ``weapon`` (the one used), ``produced`` (the weapon or category the
        producer is known for), ``against``, ``basis`` (the weakest hop's,
        one of :data:`BASES`), ``supply_status`` (per hop), ``use_status``
        and ``claims`` (the supply and use claims behind the chain);
        strongest basis first.

    Notes
    -----
    Simple paths up to ``max_hops`` between each producer and user:
    exponential in ``max_hops`` on dense networks, small on real ones.
    """
    exclude = tuple(exclude)
    S = supply_network(G, exclude=exclude)
    makers = _producers(G, exclude)
    rows: dict[tuple[str, tuple[str, ...], str, str], dict[str, Any]] = {}
    for user, weapon, use in shortcuts(G, [Predicate.USES], exclude):
        use_claims = [c for c in use.get("claims", []) if _counts(G, c, exclude)]
        targets = [t for t in [user, *affiliations(G, user)] if t in S]
        for produced in [weapon, *categories(G, weapon)]:
            for producer in sorted(p for p in makers.get(produced, ()) if p in S):
                for target in targets:
                    for route in _routes(S, producer, target, max_hops):
                        hops = [_hop(G, S[a][b], weapon, exclude) for a, b in pairwise(route)]
                        if None in hops:
                            continue
                        rows.setdefault(
                            (producer, tuple(route), user, weapon),
                            {
                                "producer": producer,
                                "route": route,
                                "user": user,
                                "weapon": weapon,
                                "produced": produced,
                                "against": sorted(
                                    {a for c in use_claims for a in G.nodes[c].get("against", [])}
                                ),
                                "basis": max((h[0] for h in hops), key=BASES.index),
                                "supply_status": [S[a][b]["status"] for a, b in pairwise(route)],
                                "use_status": use.get("status"),
                                "claims": [c for h in hops for c in h[1]] + use_claims,
                            },
                        )
    return sorted(
        rows.values(),
        key=lambda r: (BASES.index(r["basis"]), r["producer"], r["route"], r["user"], r["weapon"]),
    )


def _routes(S: nx.DiGraph, producer: str, target: str, max_hops: int) -> list[list[str]]:
    if producer == target:
        return []
    return list(nx.all_simple_paths(S, producer, target, cutoff=max_hops))


def _producers(G: nx.MultiDiGraph, exclude: tuple[str, ...]) -> dict[str, set[str]]:
    makers: dict[str, set[str]] = defaultdict(set)
    for maker, weapon, _ in shortcuts(G, [Predicate.PRODUCES], exclude):
        makers[weapon].add(maker)
    for node, data in G.nodes(data=True):
        if data.get("origin"):
            makers[node].add(data["origin"])
    return makers


def _counts(G: nx.MultiDiGraph, claim: str, exclude: tuple[str, ...]) -> bool:
    return claim in G and G.nodes[claim].get("status") not in exclude


def _hop(
    G: nx.MultiDiGraph, edge: dict[str, Any], weapon: str, exclude: tuple[str, ...]
) -> tuple[str, list[str]] | None:
    """The best basis of one supply hop for ``weapon`` and the claims giving it, or None."""
    related = {weapon, *categories(G, weapon)}
    found: dict[str, list[str]] = defaultdict(list)
    for claim in edge.get("claims", []):
        if not _counts(G, claim, exclude):
            continue
        supplied = G.nodes[claim].get("weapon")
        if supplied is None:
            found["unspecified weapons"].append(claim)
        elif supplied == weapon:
            found["same weapon"].append(claim)
        elif supplied in related or weapon in categories(G, supplied):
            found["category"].append(claim)
    for basis in BASES:
        if found[basis]:
            return basis, found[basis]
    return None
