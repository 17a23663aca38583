"""Derived properties: a claim's status from every statement about it.

Pure functions over statement records, so the same rule serves every store.

Examples
--------
>>> s = [Statement("wsj", "REPORTS", "reported", "2024-09-06"),
...      Statement("nasser-kanani", "DENIES", "asserted", "2024-09-08")]
>>> summarize(s).status
'contested'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .ontology import ClaimStatus, Stance

__all__ = ["Statement", "Summary", "summarize"]

# Plain strings: summarize runs once per claim of a load, so it compares str to str.
_DENIED = Stance.DENIED.value
_CONFIRMED = Stance.CONFIRMED.value
_STATED_AS_FACT = frozenset({Stance.ASSERTED.value, Stance.REPORTED.value})


@dataclass(frozen=True)
class Statement:
    """One source's statement about a claim: a REPORTS, DENIES or CONFIRMS edge."""

    source: str
    kind: str
    stance: str
    date: str | None


@dataclass(frozen=True)
class Summary:
    """What the statements about a claim (or a set of claims) add up to."""

    status: str
    n_sources: int
    first_reported: str | None
    last_reported: str | None


def summarize(statements: Iterable[Statement]) -> Summary:
    """Status, independent sources and date range of a set of statements.

    A source that denies counts as a denier; a source stating the claim (as
    fact or as a possibility) counts towards ``n_sources``. Status:
    ``contested`` when stated as fact by some and denied by others,
    ``denied`` when only denied, ``confirmed`` when a party confirms and none
    denies, ``reported`` when stated as fact, else ``hypothetical``.
    """
    deniers: set[str] = set()
    confirmers: set[str] = set()
    asserters: set[str] = set()
    stating: set[str] = set()
    dates: list[str] = []
    for s in statements:
        if s.kind == "DENIES" or s.stance == _DENIED:
            deniers.add(s.source)
        else:
            stating.add(s.source)
        if s.kind == "CONFIRMS" or s.stance == _CONFIRMED:
            confirmers.add(s.source)
        elif s.kind == "REPORTS" and s.stance in _STATED_AS_FACT:
            asserters.add(s.source)
        if s.date:
            dates.append(s.date)
    supporters = asserters | confirmers
    if supporters and deniers:
        status = ClaimStatus.CONTESTED
    elif deniers:
        status = ClaimStatus.DENIED
    elif confirmers:
        status = ClaimStatus.CONFIRMED
    elif asserters:
        status = ClaimStatus.REPORTED
    else:
        status = ClaimStatus.HYPOTHETICAL
    return Summary(
        status=status.value,
        n_sources=len(stating),
        first_reported=min(dates, default=None),
        last_reported=max(dates, default=None),
    )
