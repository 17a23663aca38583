"""Who matters in the supply network: suppliers, recipients and brokers.

Importance uses the SUPPLIES network (:func:`supply_network`): weighted
out- and in-degree (the sources behind each link, ``n_sources``), and PageRank in
both directions. PageRank along supplier → recipient ranks recipients that
draw from well-supplied actors; along the reversed edges it ranks
suppliers that feed important recipients. Brokers are actors on many
shortest paths between others (betweenness).

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n in ("iran", "russia", "belarus"):
...     G.add_node(n, labels=["Entity", "Country"], name=n.title())
>>> _ = G.add_edge("iran", "russia", type="SUPPLIES", status="reported", n_sources=3)
>>> _ = G.add_edge("russia", "belarus", type="SUPPLIES", status="reported", n_sources=1)
>>> [(r["actor"], r["supplies_weight"], r["receives_weight"]) for r in actor_importance(G)]
[('iran', 3, 0), ('russia', 1, 3), ('belarus', 0, 1)]
>>> [(r["actor"], r["betweenness"]) for r in brokers(G)]
[('russia', 0.5)]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

import networkx as nx

from ._common import NOT_DENIED, entity_type, name
from .networks import Network, supply_network
from .networks import network as projection

__all__ = ["WEIGHTS", "Weight", "actor_importance", "brokers"]

Weight = Literal["sources", "tiv"]
WEIGHTS: dict[str, str] = {"sources": "weight", "tiv": "tiv"}
"""What a supply link weighs: its sources, or the SIPRI TIV delivered under it (edge attribute)."""


def actor_importance(
    G: nx.MultiDiGraph, *, weight: Weight = "sources", exclude: Iterable[str] = NOT_DENIED
) -> list[dict[str, Any]]:
    """Suppliers and recipients ranked by their place in the SUPPLIES network.

    Parameters
    ----------
    G : MultiDiGraph
        The full graph (:func:`graph.nxgraph.fetch_graph`).
    weight : {"sources", "tiv"}
        What a link weighs in PageRank: the sources behind it, or the SIPRI
        trend-indicator value delivered under it (a loaded SIPRI register).
    exclude : iterable of str
        Claim statuses left out of the network; default ``("denied",)``.

    Returns
    -------
    list of dict
        One row per actor in the network: ``actor``, ``name``, ``type``,
        ``recipients`` and ``suppliers`` (how many), ``supplies_weight`` and
        ``receives_weight`` (out- and in-degree weighted by sources),
        ``supplies_tiv`` and ``receives_tiv`` (by SIPRI TIV), ``supplier_rank``
        and ``recipient_rank`` (PageRank by ``weight``), sorted by supplier rank.

    Raises
    ------
    ValueError
        For another ``weight``.

    Notes
    -----
    PageRank is networkx's (SciPy); O(E) per iteration.
    """
    if weight not in WEIGHTS:
        raise ValueError(f"unknown weight {weight!r}; choose {' or '.join(WEIGHTS)}")
    S = supply_network(G, exclude=exclude)
    if not S:
        return []
    key = WEIGHTS[weight]
    recipient_rank = nx.pagerank(S, weight=key)
    supplier_rank = nx.pagerank(S.reverse(copy=False), weight=key)
    rows = [
        {
            "actor": node,
            "name": name(G, node),
            "type": entity_type(G, node),
            "recipients": S.out_degree(node),
            "suppliers": S.in_degree(node),
            "supplies_weight": S.out_degree(node, weight="weight"),
            "receives_weight": S.in_degree(node, weight="weight"),
            "supplies_tiv": round(S.out_degree(node, weight="tiv"), 3),
            "receives_tiv": round(S.in_degree(node, weight="tiv"), 3),
            "supplier_rank": round(supplier_rank[node], 4),
            "recipient_rank": round(recipient_rank[node], 4),
        }
        for node in S
    ]
    return sorted(rows, key=lambda r: (-r["supplier_rank"], -r["supplies_weight"], r["actor"]))


def brokers(
    G: nx.MultiDiGraph, *, network: Network = "supply", exclude: Iterable[str] = NOT_DENIED
) -> list[dict[str, Any]]:
    """Actors that sit between others: betweenness centrality, highest first.

    Parameters
    ----------
    G : MultiDiGraph
        The full graph.
    network : {"supply", "entities"}
        ``supply``: the directed SUPPLIES network (who passes arms on);
        ``entities``: every relation between entities, undirected (who
        connects the parts of the story).
    exclude : iterable of str
        Claim statuses left out; default ``("denied",)``.

    Returns
    -------
    list of dict
        ``actor``, ``name``, ``type``, ``betweenness`` (normalised, hop
        counts), for every actor with a betweenness above zero.

    Notes
    -----
    Brandes' algorithm: O(VE).
    """
    H = projection(G, network, exclude=exclude)
    scores = nx.betweenness_centrality(H, normalized=True)
    rows = [
        {"actor": n, "name": name(G, n), "type": entity_type(G, n), "betweenness": round(score, 4)}
        for n, score in scores.items()
        if score > 0
    ]
    return sorted(rows, key=lambda r: (-r["betweenness"], r["actor"]))
