"""Groups of entities more tied to each other than to the rest (Louvain).

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n in ("a", "b", "c", "x", "y", "z"):
...     G.add_node(n, labels=["Entity", "Country"], name=n)
>>> for s, o in [("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")]:
...     _ = G.add_edge(s, o, type="SUPPLIES", status="reported", n_sources=1)
>>> [r["members"] for r in communities(G, network="supply")]  # most connected first
[['c', 'a', 'b'], ['x', 'y', 'z']]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from ._common import NOT_DENIED
from .networks import Network
from .networks import network as projection

__all__ = ["communities"]


def communities(
    G: nx.MultiDiGraph,
    *,
    network: Network = "entities",
    resolution: float = 1.0,
    seed: int = 0,
    exclude: Iterable[str] = NOT_DENIED,
) -> list[dict[str, Any]]:
    """Louvain communities of the entity network (or of the supply network).

    Parameters
    ----------
    G : MultiDiGraph
        The full graph.
    network : {"entities", "supply"}
        Every relation between entities, or only SUPPLIES; both undirected
        and weighted by the sources behind each link.
    resolution : float
        Above 1 favours smaller communities, below 1 larger ones.
    seed : int
        Louvain is randomised; the same seed gives the same communities.
    exclude : iterable of str
        Claim statuses left out; default ``("denied",)``.

    Returns
    -------
    list of dict
        ``community`` (1 is the largest), ``size``, ``members`` (ids, most
        connected first) and ``names``.
    """
    H = projection(G, network, exclude=exclude).to_undirected()
    groups = nx.community.louvain_communities(H, weight="weight", resolution=resolution, seed=seed)
    degree = dict(H.degree(weight="weight"))
    ordered = sorted(
        (sorted(group, key=lambda n: (-degree[n], n)) for group in groups), key=lambda g: (-len(g), g[0])
    )
    return [
        {
            "community": i,
            "size": len(group),
            "members": group,
            "names": [H.nodes[n].get("name", n) for n in group],
        }
        for i, group in enumerate(ordered, start=1)
    ]
