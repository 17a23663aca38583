"""Claims in dispute: contested claims, who denies what, and the timeline of a pair of actors.

A denial of a claim also covers the narrower claims of the same
proposition (denying "ballistic missiles" denies a report of Fath-360), as
the stored claim status does.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("c", labels=["Claim"], predicate="SUPPLIES", subject="iran", object="russia", status="contested")
>>> for n in ("iran", "russia", "wsj", "kanani"):
...     G.add_node(n, labels=["Entity", "Organization"], name=n.upper())
>>> _ = G.add_edge("c", "iran", type="SUBJECT")
>>> _ = G.add_edge("c", "russia", type="OBJECT")
>>> _ = G.add_edge("wsj", "c", type="REPORTS", stance="reported", date="2024-09-06", article="a")
>>> _ = G.add_edge("kanani", "c", type="DENIES", stance="asserted", date="2024-09-08", article="a")
>>> [(r["claim"], r["stated_by"], r["denied_by"]) for r in contested_claims(G)]
[('c', ['wsj'], ['kanani'])]
>>> [(r["date"], r["source"], r["statement"]) for r in pair_timeline(G, "russia", "iran")]
[('2024-09-06', 'wsj', 'REPORTS'), ('2024-09-08', 'kanani', 'DENIES')]
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from ._common import Propositions, claims, name, proposition_fields
from .affiliation import affiliations
from .corroboration import SourceGroups

__all__ = ["contested_claims", "denials", "pair_timeline"]


def contested_claims(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Claims stated as fact by some sources and denied by others.

    Returns
    -------
    list of dict
        ``claim``, ``predicate``, ``subject``, ``object``, ``weapon``,
        ``stated_by`` (sources stating this very claim as fact),
        ``denied_by`` (deniers of it or of a broader claim covering it),
        ``n_independent`` (independent supporting sources, narrower claims
        included), ``first_reported`` and ``last_reported``; most
        independently supported first.
    """
    sources = SourceGroups(G)
    rows = []
    for claim, data in claims(G):
        if data.get("status") != "contested":
            continue
        stated = sorted({s for s, _, _ in sources.supporting(claim, narrower=False)})
        covering = sources.propositions.covering(claim)
        deniers = sorted({s for c in [claim, *covering] for s in _deniers(G, c)})
        rows.append(
            {
                **proposition_fields(claim, data),
                "stated_by": stated,
                "denied_by": deniers,
                "n_independent": len(sources.groups(claim)),
                "first_reported": data.get("first_reported"),
                "last_reported": data.get("last_reported"),
            }
        )
    return sorted(rows, key=lambda r: (-r["n_independent"], r["claim"]))


def denials(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Who denies what: every denial, in date order.

    Returns
    -------
    list of dict
        ``denier``, ``denier_name``, ``claim``, ``claim_status``,
        ``covers`` (narrower claims the denial also covers), ``date``,
        ``carried_by`` (who reported the denial, e.g. a news agency quoting
        an official), ``article`` and ``quote``.
    """
    propositions = Propositions(G)
    rows = []
    for claim, data in claims(G):
        denied = [
            (denier, edge) for denier, _, edge in G.in_edges(claim, data=True) if edge["type"] == "DENIES"
        ]
        covers = propositions.narrower(claim) if denied else []
        for denier, edge in denied:
            rows.append(
                {
                    "denier": denier,
                    "denier_name": name(G, denier),
                    "claim": claim,
                    "claim_status": data.get("status"),
                    "covers": covers,
                    "date": edge.get("date"),
                    "carried_by": _carriers(G, denier, claim),
                    "article": edge.get("article"),
                    "quote": edge.get("quote"),
                }
            )
    return sorted(rows, key=lambda r: (_undated_last(r["date"]), r["denier"], r["claim"]))


def pair_timeline(G: nx.MultiDiGraph, a: str, b: str, *, members: bool = True) -> list[dict[str, Any]]:
    """Every dated statement about claims between actors ``a`` and ``b``, in date order.

    Claims between the two in either direction count, and statements about
    those claims (a warning about them, an agency reporting a denial of
    them).

    Parameters
    ----------
    G : MultiDiGraph
        The full graph.
    a, b : str
        Entity ids.
    members : bool
        Also claims between bodies belonging to ``a`` and ``b`` (an IRGC
        general training the Russian armed forces is on the Iran-Russia
        timeline).

    Returns
    -------
    list of dict
        ``date``, ``source``, ``source_name``, ``statement`` (REPORTS,
        DENIES or CONFIRMS), ``stance``, ``claim``, ``predicate``,
        ``subject``, ``object``, ``weapon``, ``about`` (the pair's claim a
        statement is about, if not the claim itself), ``article``, ``quote``;
        undated statements last.

    Raises
    ------
    KeyError
        If ``a`` or ``b`` is not in the graph.
    """
    for actor in (a, b):
        if actor not in G:
            raise KeyError(actor)

    sides: dict[str, set[str]] = {}

    def side(actor: str | None) -> set[str]:
        if actor is None:
            return set()
        if actor not in sides:
            sides[actor] = {actor, *affiliations(G, actor)} if members else {actor}
        return sides[actor]

    pair = [
        c
        for c, data in claims(G)
        if (a in side(data.get("subject")) and b in side(data.get("object")))
        or (b in side(data.get("subject")) and a in side(data.get("object")))
    ]
    about = [(c, c) for c in pair]
    about += [(s, c) for c in pair for s, _, d in G.in_edges(c, data=True) if d["type"] == "ABOUT"]
    rows = []
    for claim, target in about:
        data = G.nodes[claim]
        for source, _, edge in G.in_edges(claim, data=True):
            if edge["type"] not in ("REPORTS", "DENIES", "CONFIRMS"):
                continue
            rows.append(
                {
                    "date": edge.get("date"),
                    "source": source,
                    "source_name": name(G, source),
                    "statement": edge["type"],
                    "stance": edge.get("stance"),
                    "claim": claim,
                    "predicate": data.get("predicate"),
                    "subject": data.get("subject"),
                    "object": data.get("object"),
                    "weapon": data.get("weapon"),
                    "about": None if target == claim else target,
                    "article": edge.get("article"),
                    "quote": edge.get("quote"),
                }
            )
    return sorted(rows, key=lambda r: (_undated_last(r["date"]), r["source"], r["claim"]))


def _undated_last(date: str | None) -> tuple[bool, str]:
    return date is None, date or ""


def _deniers(G: nx.MultiDiGraph, claim: str) -> list[str]:
    return [s for s, _, d in G.in_edges(claim, data=True) if d["type"] == "DENIES"]


def _carriers(G: nx.MultiDiGraph, denier: str, claim: str) -> list[str]:
    """Sources reporting ``denier``'s denial of ``claim`` (the statement is a claim of its own)."""
    carriers = set()
    for statement, _, d in G.in_edges(claim, data=True):
        if d["type"] != "ABOUT" or G.nodes[statement].get("predicate") != "DENIES":
            continue
        if G.nodes[statement].get("subject") != denier:
            continue
        carriers |= {
            s for s, _, e in G.in_edges(statement, data=True) if e["type"] in ("REPORTS", "CONFIRMS")
        }
    return sorted(carriers)
