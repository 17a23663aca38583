"""How many independent sources stand behind a claim.

A claim's stored ``n_sources`` counts distinct sources. Corroboration asks
a stricter question: how many of them could have learned it independently.
The rule, read from the graph alone:

1. Only statements presenting the claim as fact count: REPORTS with stance
   ``asserted`` or ``reported``, and CONFIRMS. Possibilities ("may
   receive") and denials do not corroborate.
2. A source is the entity the statement is attributed to, else the
   article's outlet, else the article itself; so two articles of one
   outlet are already one source.
3. A source speaks for the top of its affiliations (PART_OF / MEMBER_OF
   up to a state, :func:`speaks_for`): a ministry, its spokesperson and
   the state news agency that is part of the state are one voice.
4. An outlet repeating an agency is that agency: when an article of outlet
   X attributes the claim to a media organisation Y (a news agency), X and
   Y are one source for that claim.
5. A statement of a narrower claim also supports the broader one (same
   subject, predicate and object; a weapon under the claim's weapon, or any
   weapon when the claim names none): "Fath-360" supports "ballistic
   missiles".

Sources joined by rules 3 and 4 form one independent source.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("c", labels=["Claim"], predicate="SUPPLIES", subject="iran", object="russia")
>>> for n, kind in [("reuters", "media"), ("daily", "media"), ("wsj", "media")]:
...     G.add_node(n, labels=["Entity", "Organization"], kind=kind)
>>> G.add_node("article:a1", labels=["Article"], outlet="daily")
>>> G.add_node("article:a2", labels=["Article"], outlet="daily")
>>> _ = G.add_edge("reuters", "c", type="REPORTS", stance="reported", article="a1")
>>> _ = G.add_edge("daily", "c", type="REPORTS", stance="asserted", article="a2")
>>> _ = G.add_edge("wsj", "c", type="REPORTS", stance="reported", article="a3")
>>> independent_sources(G, "c")
[['daily', 'reuters'], ['wsj']]
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from ..nxgraph import ARTICLE_PREFIX
from ._common import Propositions, claims, is_media, proposition_fields
from .affiliation import speaks_for

__all__ = ["corroboration", "independent_sources", "supporting_statements"]

_FACT_STANCES = ("asserted", "reported")

Statement = tuple[str, str, dict[str, Any]]
"""``(source, claim, edge data)`` of one REPORTS or CONFIRMS edge."""


def supporting_statements(G: nx.MultiDiGraph, claim: str, *, narrower: bool = True) -> list[Statement]:
    """``(source, claim, edge data)`` of every statement presenting ``claim`` as fact.

    With ``narrower``, statements of narrower claims of the same proposition
    count too (rule 5).
    """
    return SourceGroups(G).supporting(claim, narrower=narrower)


def independent_sources(G: nx.MultiDiGraph, claim: str, *, narrower: bool = True) -> list[list[str]]:
    """The sources supporting ``claim``, grouped into independent ones (see the module's rule).

    Returns
    -------
    list of list of str
        One sorted list of source keys per independent source; the groups
        sorted by their first member.
    """
    return SourceGroups(G).groups(claim, narrower=narrower)


def corroboration(G: nx.MultiDiGraph, *, narrower: bool = True) -> list[dict[str, Any]]:
    """Every claim with its independent sources, best corroborated first.

    Returns
    -------
    list of dict
        ``claim``, ``predicate``, ``subject``, ``object``, ``weapon``,
        ``status``, ``n_sources`` (distinct sources stating it, as stored),
        ``n_independent`` and ``independent_sources`` (each group joined
        with " + "), ``first_reported``, ``last_reported``.

    Notes
    -----
    Linear in the statements, plus the claims of each proposition squared.
    """
    sources = SourceGroups(G)
    rows = []
    for claim, data in claims(G):
        groups = sources.groups(claim, narrower=narrower)
        rows.append(
            {
                **proposition_fields(claim, data),
                "status": data.get("status"),
                "n_sources": data.get("n_sources"),
                "n_independent": len(groups),
                "independent_sources": [" + ".join(g) for g in groups],
                "first_reported": data.get("first_reported"),
                "last_reported": data.get("last_reported"),
            }
        )
    return sorted(rows, key=lambda r: (-r["n_independent"], r["claim"]))


class SourceGroups:
    """The module's rule applied to many claims of one graph, sharing what it reads."""

    def __init__(self, G: nx.MultiDiGraph):
        self.G = G
        self.propositions = Propositions(G)
        self._voices: dict[str, list[str]] = {}

    def supporting(self, claim: str, *, narrower: bool = True) -> list[Statement]:
        covered = [claim, *(self.propositions.narrower(claim) if narrower else [])]
        return [
            (source, c, data)
            for c in covered
            for source, _, data in self.G.in_edges(c, data=True)
            if data["type"] == "CONFIRMS"
            or (data["type"] == "REPORTS" and data.get("stance") in _FACT_STANCES)
        ]

    def groups(self, claim: str, *, narrower: bool = True) -> list[list[str]]:
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            parent.setdefault(x, x)
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(tokens: list[str]) -> None:
            roots = [find(t) for t in tokens]
            for r in roots[1:]:
                parent[r] = roots[0]

        sources: set[str] = set()
        for source, _, data in self.supporting(claim, narrower=narrower):
            sources.add(source)
            union([source, *self._voice(source)])
            outlet = self.G.nodes.get(ARTICLE_PREFIX + str(data.get("article")), {}).get("outlet")
            if outlet and outlet != source and outlet in self.G and is_media(self.G, source):
                union([source, outlet, *self._voice(outlet)])
        grouped: dict[str, list[str]] = {}
        for source in sorted(sources):
            grouped.setdefault(find(source), []).append(source)
        return sorted(grouped.values())

    def _voice(self, source: str) -> list[str]:
        if source not in self._voices:
            self._voices[source] = speaks_for(self.G, source)
        return self._voices[source]
