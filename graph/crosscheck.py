"""News claims beside the SIPRI register: what the press says, and what SIPRI records.

Runs the library queries ``sipri-crosscheck`` (each SUPPLIES claim of the
news with SIPRI's deals for the same supplier, recipient and system or class)
and ``sipri-unreported`` (big deals the news never mentions), and puts their
rows into sentences::

    Iran → Russia, Fath-360 (contested): raised as possible by Reuters; denied by
    Nasser Kanani, Permanent Mission of Iran to the United Nations (of ballistic-missile).
    SIPRI records 200? Fath-360 delivered in 2024 (ordered 2023).

SIPRI's figures are SIPRI's; which deals are matched to which claim is
armsgraph's doing, not SIPRI's.

Examples
--------
>>> describe_years([1979, 1980, 1982, 2022, 2023, 2024])
'1979-1980, 1982, 2022-2024'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cypher import get_query

from .stores.base import GraphStore

__all__ = [
    "CREDIT",
    "DATASET",
    "check_claims",
    "crosscheck_text",
    "describe_check",
    "describe_deal",
    "describe_years",
    "latest_register",
    "unreported_deals",
]

DATASET = "sipri-arms-transfers"
LATEST_REGISTER = """
MATCH (a:Article {dataset: $dataset})
RETURN a.id AS id, a.title AS title ORDER BY id DESC LIMIT 1
"""
_SHOWN = 5


def latest_register(store: GraphStore) -> dict[str, Any] | None:
    """The latest SIPRI register in the store (``id``, ``title``), or None."""
    rows = store.run(LATEST_REGISTER, {"dataset": DATASET})
    return rows[0] if rows else None


def check_claims(store: GraphStore) -> list[dict[str, Any]]:
    """Every SUPPLIES claim of the news with what the register records for it."""
    return store.run(get_query("sipri-crosscheck").text, {})


def unreported_deals(
    store: GraphStore, *, min_tiv: float = 100.0, since: int = 2014, limit: int = 20
) -> list[dict[str, Any]]:
    """The biggest register deals ordered since ``since`` that no news claim mentions."""
    params = {"min_tiv": min_tiv, "since": since, "limit": limit}
    return store.run(get_query("sipri-unreported").text, params)


CREDIT = (
    "Information from the SIPRI Arms Transfers Database, URL <http://armstrade.sipri.org/>. "
    "The matching of deals to claims is armsgraph's, not SIPRI's."
)


def crosscheck_text(
    register: Mapping[str, Any],
    checks: list[dict[str, Any]],
    deals: list[dict[str, Any]] | None,
    *,
    min_tiv: float,
    since: int,
) -> str:
    """The report ``armsgraph crosscheck`` prints: checks, unmentioned deals (unless None), SIPRI's credit."""
    lines = [f"Checked against {register['title']} ({register['id']}).", ""]
    lines.append(f"Supply claims of the news, and what SIPRI records ({len(checks)}):")
    lines += [f"- {describe_check(row)}" for row in checks] or ["  (no SUPPLIES claims from the news loaded)"]
    if deals is not None:
        lines += [
            "",
            f"Big deals the news never mentions (SIPRI TIV >= {min_tiv:g}, ordered {since} or later):",
        ]
        lines += [f"- {describe_deal(row)}" for row in deals] or ["  (none)"]
    return "\n".join([*lines, "", CREDIT])


def describe_check(row: Mapping[str, Any]) -> str:
    """A ``sipri-crosscheck`` row as one paragraph: who said what, and what SIPRI records."""
    weapon = row["weapon_name"] or "weapons"
    said = _said(row["statements"], row["claim"])
    records = row["sipri_records"]
    if not records:
        sipri = "SIPRI records no such deal."
    else:
        shown = "; ".join(_deal(r) for r in records[:_SHOWN])
        more = len(records) - _SHOWN
        sipri = f"SIPRI records {shown}" + (f"; and {more} more deals." if more > 0 else ".")
    return f"{row['supplier_name']} → {row['recipient_name']}, {weapon} ({row['status']}): {said}. {sipri}"


def describe_deal(row: Mapping[str, Any]) -> str:
    """A ``sipri-unreported`` row as one line.

    >>> describe_deal({"supplier_name": "United States", "recipient_name": "Poland",
    ...     "designation": "M-1A2 Abrams", "description": "tank", "order_year": 2022,
    ...     "number_ordered": 250, "number_delivered": 250, "delivery_years": [2024, 2025],
    ...     "tiv": 1625.0})
    'United States → Poland: 250 M-1A2 Abrams (tank) ordered in 2022, 250 delivered in 2024-2025; SIPRI TIV 1625'
    """
    ordered = row["number_ordered"]
    what = f"{ordered} {row['designation']}" if ordered is not None else row["designation"]
    years = row["delivery_years"] or []
    delivered = (
        f"{row['number_delivered']} delivered in {describe_years(years)}" if years else "none delivered yet"
    )
    tiv = f"SIPRI TIV {row['tiv']:g}" if row["tiv"] is not None else "no SIPRI TIV"
    return (
        f"{row['supplier_name']} → {row['recipient_name']}: {what} ({row['description']}) "
        f"ordered in {row['order_year']}, {delivered}; {tiv}"
    )


def describe_years(years: list[int]) -> str:
    """Years as runs: 2022, 2023, 2024 → 2022-2024."""
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def _said(statements: list[Mapping[str, Any]], claim: str) -> str:
    """Sources grouped by what they did, in order of first statement."""
    groups: dict[str, list[str]] = {}
    for st in sorted(statements, key=lambda s: (s["date"] or "", s["source"])):
        if st["statement"] == "DENIES" or st["stance"] == "denied":
            verb = "denied by"
        elif st["statement"] == "CONFIRMS" or st["stance"] == "confirmed":
            verb = "confirmed by"
        elif st["stance"] == "hypothetical":
            verb = "raised as possible by"
        else:
            verb = "reported by"
        name = st["source_name"]
        if st["claim"] != claim:  # a denial of a broader claim of the pair
            name += f" (of {st['weapon'] or 'weapons'})"
        names = groups.setdefault(verb, [])
        if name not in names:
            names.append(name)
    order = ("reported by", "confirmed by", "raised as possible by", "denied by")
    return "; ".join(f"{verb} {', '.join(groups[verb])}" for verb in order if verb in groups)


def _deal(record: Mapping[str, Any]) -> str:
    """One register record: "200? Fath-360 delivered in 2024 (ordered 2023)"."""
    ordered = f"ordered {record['order_year']}{'?' if record['order_year_uncertain'] else ''}"
    years = record["delivery_years"] or []
    if years:
        uncertain = "?" if record["number_delivered_uncertain"] else ""
        return (
            f"{record['number_delivered']}{uncertain} {record['designation']} delivered in "
            f"{describe_years(years)} ({ordered})"
        )
    number = record["number_ordered"]
    return f"{number if number is not None else 'an unknown number of'} {record['designation']} {ordered}, none delivered yet"
