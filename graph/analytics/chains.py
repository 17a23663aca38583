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
  Russian armed forces use what Russia receives;
- one chain per producer, user and weapon: the shortest route (up to
  ``max_hops`` supply hops; a direct supply explains a use, a detour
  through third states counts only when nothing shorter exists), the
  strongest of those, to the user or else the nearest body it belongs to.

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
from itertools import islice, pairwise
from typing import Any

import networkx as nx

from ..ontology import Predicate
from ._common import NOT_DENIED, categories, shortcuts
from .affiliation import affiliations
from .networks import supply_network

__all__ = ["BASES", "ROUTES_COMPARED", "supply_chains"]

BASES = ("same weapon", "category", "unspecified weapons")
"""How a supply hop matches the weapon used, strongest first."""

ROUTES_COMPARED = 100
"""Shortest routes compared for one producer and user, to pick the strongest."""


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
    One supply network per weapon used, holding the hops compatible with
    it; then a breadth-first search from each producer, O(V + E) per
    producer and weapon.
    """
    exclude = tuple(exclude)
    chains = _Chains(G, exclude, max_hops)
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for user, weapon, use in shortcuts(G, [Predicate.USES], exclude):
        use_claims = [c for c in use.get("claims", []) if chains.counts(c)]
        against = sorted({a for c in use_claims for a in G.nodes[c].get("against", [])})
        for produced, producer, route, hops in chains.routes(weapon, chains.targets(user)):
            rows.setdefault(
                (producer, user, weapon),
                {
                    "producer": producer,
                    "route": route,
                    "user": user,
                    "weapon": weapon,
                    "produced": produced,
                    "against": against,
                    "basis": max((h["basis"] for h in hops), key=BASES.index),
                    "supply_status": [h["status"] for h in hops],
                    "use_status": use.get("status"),
                    "claims": [c for h in hops for c in h["claims"]] + use_claims,
                },
            )
    return sorted(
        rows.values(),
        key=lambda r: (BASES.index(r["basis"]), r["producer"], r["route"], r["user"], r["weapon"]),
    )


class _Chains:
    """The supply network seen from one weapon at a time, built once per weapon."""

    def __init__(self, G: nx.MultiDiGraph, exclude: tuple[str, ...], max_hops: int):
        self.G, self.exclude, self.max_hops = G, exclude, max_hops
        self.makers = _producers(G, exclude)
        self._categories: dict[str, list[str]] = {}
        self._networks: dict[str, nx.DiGraph] = {}
        self._reach: dict[tuple[str, str], dict[str, int]] = {}
        self._targets: dict[str, list[str]] = {}
        # Every counted supply claim, by the weapon it names (None: arms unspecified).
        S = supply_network(G, exclude=exclude)
        self._status = {(a, b): edge["status"] for a, b, edge in S.edges(data=True)}
        self._hops: dict[str | None, list[tuple[str, str, str]]] = defaultdict(list)
        for a, b, edge in S.edges(data=True):
            for claim in edge.get("claims", []):
                if self.counts(claim):
                    self._hops[G.nodes[claim].get("weapon")].append((a, b, claim))
        self._below: dict[str, set[str]] = defaultdict(set)
        for supplied in self._hops:
            for category in self.categories(supplied) if supplied else []:
                self._below[category].add(supplied)

    def targets(self, user: str) -> list[str]:
        """Where a weapon must arrive for ``user`` to have it: the user, then the bodies it belongs to."""
        if user not in self._targets:
            self._targets[user] = [user, *affiliations(self.G, user)]
        return self._targets[user]

    def counts(self, claim: str) -> bool:
        return claim in self.G and self.G.nodes[claim].get("status") not in self.exclude

    def categories(self, weapon: str) -> list[str]:
        if weapon not in self._categories:
            self._categories[weapon] = categories(self.G, weapon) if weapon in self.G else []
        return self._categories[weapon]

    def routes(
        self, weapon: str, targets: list[str]
    ) -> Iterable[tuple[str, str, list[str], list[dict[str, Any]]]]:
        """``(produced, producer, route, hops)``: each producer's best shortest route to the nearest target.

        Best: the strongest weakest hop, then the first route in order. At
        most :data:`ROUTES_COMPARED` shortest routes are compared.
        """
        W = self.network(weapon)
        seen: set[str] = set()
        for produced in [weapon, *self.categories(weapon)]:
            for producer in sorted(p for p in self.makers.get(produced, ()) if p in W and p not in seen):
                seen.add(producer)
                if (weapon, producer) not in self._reach:
                    self._reach[(weapon, producer)] = nx.single_source_shortest_path_length(
                        W, producer, cutoff=self.max_hops
                    )
                reach = self._reach[(weapon, producer)]
                target = next((t for t in targets if t != producer and t in reach), None)
                if target is None:
                    continue
                routes = sorted(islice(nx.all_shortest_paths(W, producer, target), ROUTES_COMPARED))
                route = min(routes, key=lambda r: max(BASES.index(W[a][b]["basis"]) for a, b in pairwise(r)))
                yield produced, producer, route, [W[a][b] for a, b in pairwise(route)]

    def network(self, weapon: str) -> nx.DiGraph:
        """The supply hops compatible with ``weapon``, each with its best basis and its claims."""
        if weapon not in self._networks:
            bases: dict[str | None, str] = {None: "unspecified weapons"}
            bases |= {related: "category" for related in [*self.categories(weapon), *self._below[weapon]]}
            bases[weapon] = "same weapon"
            found: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
            for supplied, basis in bases.items():
                for a, b, claim in self._hops.get(supplied, []):
                    found[(a, b)][basis].append(claim)
            W = nx.DiGraph()
            for (a, b), by_basis in found.items():
                basis = next(x for x in BASES if by_basis[x])
                W.add_edge(a, b, basis=basis, claims=by_basis[basis], status=self._status[(a, b)])
            self._networks[weapon] = W
        return self._networks[weapon]


def _producers(G: nx.MultiDiGraph, exclude: tuple[str, ...]) -> dict[str, set[str]]:
    makers: dict[str, set[str]] = defaultdict(set)
    for maker, weapon, _ in shortcuts(G, [Predicate.PRODUCES], exclude):
        makers[weapon].add(maker)
    for node, data in G.nodes(data=True):
        if data.get("origin"):
            makers[node].add(data["origin"])
    return makers
