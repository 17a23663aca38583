"""How the map looks: shape and colour by node kind, colour and label by
relationship type, dash pattern by claim status.

One table per visual channel, so the page, its legend and its filters read
the same definitions.

Examples
--------
>>> NODE_STYLE["Country"]["shape"], EDGE_COLOURS["SUPPLIES"]
('dot', '#d62728')
>>> STATUS_DASHES["contested"], STATUS_DASHES["reported"]
([10, 6], False)
"""

from __future__ import annotations

from ..ontology import ClaimStatus, EntityType, Predicate

__all__ = [
    "ARTICLE",
    "CLAIM",
    "EDGE_COLOURS",
    "EDGE_LABELS",
    "NODE_STYLE",
    "OTHER",
    "STATUS_DASHES",
    "STATUS_NOTES",
    "node_kind",
]

CLAIM = "Claim"
ARTICLE = "Article"
OTHER = "Other"

NODE_STYLE: dict[str, dict[str, str]] = {
    EntityType.COUNTRY: {"shape": "dot", "color": "#3b6fb6", "label": "country"},
    EntityType.ORGANIZATION: {"shape": "square", "color": "#2e8b57", "label": "organisation"},
    EntityType.PERSON: {"shape": "triangle", "color": "#e08a1e", "label": "person"},
    EntityType.WEAPON_SYSTEM: {"shape": "diamond", "color": "#c8393b", "label": "weapon system"},
    EntityType.WEAPON_CATEGORY: {"shape": "hexagon", "color": "#8e5fb5", "label": "weapon category"},
    CLAIM: {"shape": "box", "color": "#ffffff", "label": "claim"},
    ARTICLE: {"shape": "box", "color": "#e6e6e6", "label": "article"},
    OTHER: {"shape": "dot", "color": "#9e9e9e", "label": "other"},
}

EDGE_COLOURS: dict[str, str] = {
    Predicate.SUPPLIES: "#d62728",
    Predicate.TRAINS: "#ff7f0e",
    Predicate.USES: "#8c564b",
    Predicate.PRODUCES: "#17becf",
    Predicate.DEPLOYS: "#e377c2",
    Predicate.WARNS: "#a6a61c",
    Predicate.SANCTIONS: "#555555",
    Predicate.MEMBER_OF: "#2ca02c",
    Predicate.PART_OF: "#8fc47f",
    "IS_A": "#b9a3d0",
    Predicate.REPORTS: "#7f7f7f",
    Predicate.DENIES: "#b2182b",
    Predicate.CONFIRMS: "#1a9850",
    "ABOUT": "#999999",
    "SUBJECT": "#666666",
    "OBJECT": "#666666",
    "INVOLVES": "#b9a3d0",
    "STATED_IN": "#cccccc",
}

EDGE_LABELS: dict[str, str] = {
    **{str(p): p.lower().replace("_", " ") for p in Predicate},
    "IS_A": "is a",
    "ABOUT": "about",
    "SUBJECT": "",
    "OBJECT": "",
    "INVOLVES": "weapon",
    "STATED_IN": "stated in",
}

STATUS_DASHES: dict[str, list[int] | bool] = {
    ClaimStatus.REPORTED: False,
    ClaimStatus.CONFIRMED: False,
    ClaimStatus.CONTESTED: [10, 6],
    ClaimStatus.DENIED: [3, 5],
    ClaimStatus.HYPOTHETICAL: [14, 5, 3, 5],
}

STATUS_NOTES: dict[str, str] = {
    ClaimStatus.REPORTED: "stated, neither confirmed nor denied",
    ClaimStatus.CONFIRMED: "confirmed by a party, not denied",
    ClaimStatus.CONTESTED: "stated by some, denied by others",
    ClaimStatus.DENIED: "only denied",
    ClaimStatus.HYPOTHETICAL: "only stated as a possibility",
}


def node_kind(labels: tuple[str, ...] | list[str]) -> str:
    """The style key of a node with ``labels``: its entity type, Claim, Article or Other.

    >>> node_kind(("Entity", "Person")), node_kind(["Claim"]), node_kind(["Note"])
    ('Person', 'Claim', 'Other')
    """
    for label in labels:
        if label != "Entity" and label in NODE_STYLE:
            return label
    return OTHER
