"""What to draw: relationship types, claim status, dates and number of sources.

Filters apply to claims and the edges that summarise them. ``IS_A`` edges
carry no claim: with a claim filter set they are drawn only upwards from
entities already on the map, so a drawn weapon still shows its category.

Examples
--------
>>> f = Filters(status={"contested"}, since="2024-09")
>>> f.keeps_claim({"status": "contested"}, dates=["2024-09-08"])
True
>>> f.keeps_claim({"status": "contested"}, dates=["2024-08-30"])
False
>>> Filters(status={"disputed"})
Traceback (most recent call last):
...
ValueError: unknown status 'disputed'; choose from reported, confirmed, denied, contested, hypothetical
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..ontology import ClaimStatus, Predicate

__all__ = ["EDGE_TYPES", "STATUSES", "Filters", "in_window"]

EDGE_TYPES: tuple[str, ...] = (*(p.value for p in Predicate if not p.is_statement), "IS_A")
"""Relationship types of the entity map: every shortcut predicate and IS_A."""

STATUSES: tuple[str, ...] = tuple(s.value for s in ClaimStatus)

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Filters:
    """Which claims and relationships a map shows; the defaults keep everything.

    Parameters
    ----------
    predicates : set of str, optional
        Relationship types to draw (``SUPPLIES``, ``IS_A``, ...); in claim
        maps, the predicates of the claims. Default: all.
    status : set of str, optional
        Claim statuses to keep (``reported``, ``contested``, ...). Default: all.
    since, until : str, optional
        Keep claims with a statement dated in this window (``YYYY``,
        ``YYYY-MM`` or ``YYYY-MM-DD``, both ends included; a month or year
        covers all its days). A statement without a date counts with its
        article's publication date; claims with no date at all are left out
        once a window is set.
    min_sources : int
        Keep claims with at least this many independent sources.

    Raises
    ------
    ValueError
        On an unknown predicate or status, a malformed date or a negative
        ``min_sources``; the message lists what is allowed.
    """

    predicates: frozenset[str] | None = None
    status: frozenset[str] | None = None
    since: str | None = None
    until: str | None = None
    min_sources: int = 0

    def __init__(
        self,
        predicates: Iterable[str] | None = None,
        status: Iterable[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        min_sources: int = 0,
    ):
        preds = _choices("relationship type", predicates, (*EDGE_TYPES, "DENIES", "CONFIRMS", "REPORTS"))
        object.__setattr__(self, "predicates", preds)
        object.__setattr__(self, "status", _choices("status", status, STATUSES))
        for name, value in (("since", since), ("until", until)):
            if value is not None and not _DATE.match(value):
                raise ValueError(f"{name} {value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
            object.__setattr__(self, name, value)
        if min_sources < 0:
            raise ValueError(f"min_sources must be 0 or more, not {min_sources}")
        object.__setattr__(self, "min_sources", min_sources)

    @property
    def on_claims(self) -> bool:
        """True when a filter other than ``predicates`` is set."""
        return bool(self.status is not None or self.since or self.until or self.min_sources)

    def keeps_type(self, rel_type: str) -> bool:
        """Whether relationships (or claims) of ``rel_type`` are drawn."""
        return self.predicates is None or rel_type in self.predicates

    def keeps_claim(self, claim: Mapping[str, Any], dates: Iterable[str | None] = ()) -> bool:
        """Whether a claim (or an edge summarising claims) passes the claim filters.

        ``claim`` has ``status`` and ``n_sources``; ``dates`` are the dates
        of its statements.
        """
        return self.keeps_summary(claim) and self.keeps_dates(dates)

    def keeps_summary(self, claim: Mapping[str, Any]) -> bool:
        """Whether a claim's ``status`` and ``n_sources`` pass."""
        if self.status is not None and claim.get("status") not in self.status:
            return False
        return (claim.get("n_sources") or 0) >= self.min_sources

    def keeps_dates(self, dates: Iterable[str | None]) -> bool:
        """Whether any of a claim's statement dates is in the window (true if no window)."""
        if self.since or self.until:
            return any(in_window(d, self.since, self.until) for d in dates if d)
        return True

    def describe(self) -> str:
        """The filters in a few words, for titles and messages (empty if none).

        >>> Filters(predicates=["SUPPLIES"], min_sources=2).describe()
        'SUPPLIES · 2+ sources'
        """
        parts = []
        if self.predicates is not None:
            parts.append(", ".join(sorted(self.predicates)))
        if self.status is not None:
            parts.append(", ".join(s for s in STATUSES if s in self.status))
        if self.since or self.until:
            parts.append(f"{self.since or '…'} to {self.until or '…'}")
        if self.min_sources:
            parts.append(f"{self.min_sources}+ sources")
        return " · ".join(parts)


def in_window(date: str, since: str | None, until: str | None) -> bool:
    """Whether a (possibly partial) ISO date falls in ``[since, until]``.

    A partial date is the whole period it names, so it overlaps the window
    if any of its days does.

    >>> in_window("2024-09", "2024-09-05", None), in_window("2024-10", None, "2024-09")
    (True, False)
    """
    # "~" sorts after every digit: "2024-09~" is the end of September.
    return (since is None or date + "~" >= since) and (until is None or date <= until + "~")


def _choices(what: str, values: Iterable[str] | None, allowed: tuple[str, ...]) -> frozenset[str] | None:
    if values is None:
        return None
    chosen = frozenset(values)
    for value in sorted(chosen):
        if value not in allowed:
            raise ValueError(f"unknown {what} {value!r}; choose from {', '.join(allowed)}")
    return chosen
