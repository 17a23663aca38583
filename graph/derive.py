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
    statements = list(statements)
    deniers = {s.source for s in statements if s.kind == "DENIES" or s.stance == Stance.DENIED}
    confirmers = {s.source for s in statements if s.kind == "CONFIRMS" or s.stance == Stance.CONFIRMED}
    asserters = {
        s.source for s in statements if s.kind == "REPORTS" and s.stance in (Stance.ASSERTED, Stance.REPORTED)
    }
    stating = {s.source for s in statements if s.kind != "DENIES" and s.stance != Stance.DENIED}
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
    dates = sorted(s.date for s in statements if s.date)
    return Summary(
        status=status.value,
        n_sources=len(stating),
        first_reported=dates[0] if dates else None,
        last_reported=dates[-1] if dates else None,
    )
