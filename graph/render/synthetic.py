"""Generated entity networks in the shape :func:`~graph.render.fetch.fetch_network` returns.

For tests and benchmarks of the renderer at sizes the seed article cannot
reach, without a store: countries are hubs, every edge summarises one or two
claims, and every claim has one or two statements with a quote of typical
length.

Examples
--------
>>> G = synthetic_network(100, 300)
>>> G.number_of_nodes(), G.number_of_edges()
(100, 300)
"""

from __future__ import annotations

import random

import networkx as nx

from ..ontology import ClaimStatus, EntityType, Predicate

__all__ = ["synthetic_network"]

_TYPES = [
    (EntityType.COUNTRY, 0.1),
    (EntityType.ORGANIZATION, 0.4),
    (EntityType.PERSON, 0.2),
    (EntityType.WEAPON_SYSTEM, 0.2),
    (EntityType.WEAPON_CATEGORY, 0.1),
]
_PREDICATES = [p.value for p in Predicate if not p.is_statement]
_QUOTE = (
    "Officials cited by the agency said on Tuesday that the shipment number {k} had left port and "
    "that further deliveries were expected before the end of the year, a claim the ministry rejected."
)


def synthetic_network(n_nodes: int, n_edges: int, seed: int = 1) -> nx.MultiDiGraph:
    """A random entity network with ``n_nodes`` nodes and ``n_edges`` edges."""
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    kinds = rnd.choices([t for t, _ in _TYPES], weights=[w for _, w in _TYPES], k=n_nodes)
    for i, kind in enumerate(kinds):
        G.add_node(
            f"e{i}", labels=("Entity", kind.value), id=f"e{i}", name=f"{kind.value} {i}", aliases=[f"E-{i}"]
        )
    hubs = [f"e{i}" for i, k in enumerate(kinds) if k == EntityType.COUNTRY] or ["e0"]
    statuses = [s.value for s in ClaimStatus]
    edges = 0
    while edges < n_edges:
        s = f"e{rnd.randrange(n_nodes)}"
        o = rnd.choice(hubs) if rnd.random() < 0.4 else f"e{rnd.randrange(n_nodes)}"
        predicate = rnd.choice(_PREDICATES)
        if s == o or G.has_edge(s, o, key=predicate):
            continue
        claims = [f"{predicate}:{s}>{o}"] + ([f"{predicate}:{s}>{o}:w"] if rnd.random() < 0.3 else [])
        status = rnd.choice(statuses)
        evidence = [
            {
                "id": c,
                "predicate": predicate,
                "subject": s,
                "object": o,
                "status": status,
                "n_sources": 1,
                "statements": [
                    {
                        "source": f"Source {rnd.randrange(50)}",
                        "statement": "REPORTS",
                        "stance": "reported",
                        "date": f"2024-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}",
                        "quote": _QUOTE.format(k=edges),
                        "article": f"Article {rnd.randrange(500)}",
                        "published": "2024-12-01",
                    }
                    for _ in range(rnd.choice((1, 1, 2)))
                ],
            }
            for c in claims
        ]
        G.add_edge(
            s,
            o,
            key=predicate,
            type=predicate,
            claims=claims,
            status=status,
            n_sources=rnd.randint(1, 5),
            first_reported="2024-01",
            last_reported="2024-12",
            evidence=evidence,
        )
        edges += 1
    return G
