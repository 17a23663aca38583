"""Small readers of the networkx graph that every analytic shares (private)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from ..ontology import EntityType

NOT_DENIED = ("denied",)


def entity_type(G: nx.MultiDiGraph, node: str) -> str:
    """The node's own label: Country, Organization, ..., Claim or Article."""
    labels = G.nodes[node].get("labels", [])
    return next((label for label in labels if label != "Entity"), "Entity")


def is_entity(G: nx.MultiDiGraph, node: str) -> bool:
    return "Entity" in G.nodes[node].get("labels", [])


def name(G: nx.MultiDiGraph, node: str) -> str:
    data = G.nodes[node]
    return data.get("name") or data.get("title") or data.get("id") or node


def is_media(G: nx.MultiDiGraph, node: str) -> bool:
    data = G.nodes[node]
    return entity_type(G, node) == EntityType.ORGANIZATION and data.get("kind") == "media"


def shortcuts(
    G: nx.MultiDiGraph, types: Iterable[str], exclude: Iterable[str] = NOT_DENIED
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Entity-to-entity edges of ``types`` whose status is not in ``exclude``."""
    wanted, skip = set(types), set(exclude)
    for s, o, data in G.edges(data=True):
        if data["type"] in wanted and data.get("status") not in skip and is_entity(G, s) and is_entity(G, o):
            yield s, o, data


def weight(data: dict[str, Any]) -> int:
    """An edge's weight: its ``n_sources``, at least 1."""
    return max(int(data.get("n_sources") or 0), 1)


def categories(G: nx.MultiDiGraph, weapon: str) -> list[str]:
    """The IS_A chain above a weapon, nearest first."""
    chain: list[str] = []
    current = weapon
    while True:
        parents = [o for _, o, d in G.out_edges(current, data=True) if d["type"] == "IS_A" and o not in chain]
        if not parents:
            return chain
        current = parents[0]
        chain.append(current)


def claims(G: nx.MultiDiGraph) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every claim node with an object: the propositions (not statements about statements)."""
    for node, data in G.nodes(data=True):
        if "Claim" in data.get("labels", []) and data.get("object"):
            yield node, data


def proposition_fields(claim: str, data: dict[str, Any]) -> dict[str, Any]:
    """The columns every claim row starts with: its id and its proposition."""
    return {"claim": claim, **{key: data.get(key) for key in ("predicate", "subject", "object", "weapon")}}


class Propositions:
    """The claims of ``G`` grouped by proposition (subject, predicate, object), read once."""

    def __init__(self, G: nx.MultiDiGraph):
        self.G = G
        self._by_triple: dict[tuple[Any, Any, Any], list[str]] = {}
        for claim, data in claims(G):
            self._by_triple.setdefault(_triple(data), []).append(claim)

    def others(self, claim: str) -> list[str]:
        """The other claims of this claim's proposition."""
        return [c for c in self._by_triple.get(_triple(self.G.nodes[claim]), []) if c != claim]

    def narrower(self, claim: str) -> list[str]:
        """Claims of the same proposition about a weapon under this claim's (any weapon if it names none)."""
        weapon = self.G.nodes[claim].get("weapon")
        nodes = self.G.nodes
        return sorted(
            c
            for c in self.others(claim)
            if nodes[c].get("weapon") and (weapon is None or weapon in nodes[c].get("weapon_categories", []))
        )

    def covering(self, claim: str) -> list[str]:
        """Broader claims of the same proposition, whose denial covers this one."""
        cats = self.G.nodes[claim].get("weapon_categories", [])
        nodes = self.G.nodes
        return sorted(
            c for c in self.others(claim) if nodes[c].get("weapon") is None or nodes[c]["weapon"] in cats
        )


def _triple(data: dict[str, Any]) -> tuple[Any, Any, Any]:
    return data.get("subject"), data.get("predicate"), data.get("object")
