"""Reading the SIPRI trade register: its preamble, its header and one :class:`Deal` per row.

The trade register is SIPRI's CSV export of the Arms Transfers Database:
Windows-1252 text, a preamble of notes ending with the date the data was
generated, a header of 16 columns, then one row per deal. Three columns
named ``" "`` hold a ``?`` flag marking the column before them as
uncertain; ``Year(s) of delivery`` is a ``"; "``-separated list; Comments
may hold quoted commas and, in some exports, a stray line break.

A row that cannot be read is reported with its line number and skipped;
the rest of the register still loads.

Examples
--------
>>> register = read_register("tests/data/sipri-register.csv")
>>> register.generated.isoformat()
'2026-02-03T10:15:42'
>>> deal = next(d for d in register.deals if d.designation == "Fath-360")
>>> deal.supplier, deal.recipient, deal.number_delivered, deal.delivery_years
('Iran', 'Russia', 150, (2024,))
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import FactValidationError, Problem

__all__ = ["COLUMNS", "Deal", "Register", "is_trade_register", "read_register"]

COLUMNS = (
    "Recipient",
    "Supplier",
    "Year of order",
    " ",
    "Number ordered",
    " ",
    "Weapon designation",
    "Weapon description",
    "Number delivered",
    " ",
    "Year(s) of delivery",
    "status",
    "Comments",
    "SIPRI TIV per unit",
    "SIPRI TIV for total order",
    "SIPRI TIV of delivered weapons",
)
ENCODING = "cp1252"
_HEADER_START = "Recipient,Supplier,Year of order,"
_GENERATED = re.compile(r"^Data generated:\s*(.+?)\s*$")
_YEAR = re.compile(r"^\d{4}$")
_COUNT = re.compile(r"^\d+$")
_TIV = re.compile(r"^\d+(\.\d+)?$")


@dataclass(frozen=True)
class Deal:
    """One row of the register: a deal between a supplier and a recipient.

    Numbers are as SIPRI gives them: ``number_ordered`` is None where SIPRI
    has no figure yet; TIVs (SIPRI trend-indicator values, millions) are None
    where the field is empty; ``delivery_years`` is empty before any delivery.
    """

    line: int
    recipient: str
    supplier: str
    order_year: int
    order_year_uncertain: bool
    number_ordered: int | None
    number_ordered_uncertain: bool
    designation: str
    description: str
    number_delivered: int | None
    number_delivered_uncertain: bool
    delivery_years: tuple[int, ...]
    status: str
    comments: str
    tiv_per_unit: float | None
    tiv_order: float | None
    tiv_delivered: float | None


@dataclass(frozen=True)
class Register:
    """A read register: when its data was generated, its deals, and the rows it could not read."""

    path: str
    generated: dt.datetime
    deals: list[Deal]
    problems: list[Problem] = field(default_factory=list)
    rejoined: list[int] = field(default_factory=list)

    @property
    def rows(self) -> int:
        """Deal rows in the file: read and unreadable."""
        return len(self.deals) + len(self.problems)


def is_trade_register(path: str | os.PathLike[str]) -> bool:
    """True if ``path`` is a file whose first lines are a SIPRI trade register's.

    >>> is_trade_register("tests/data/sipri-register.csv")
    True
    >>> is_trade_register("data/facts/iran-denies-missiles-2024-09-10.yaml")
    False
    """
    try:
        with open(path, "rb") as f:
            head = f.read(8192).decode(ENCODING, errors="replace")
    except OSError:
        return False
    return any(line.startswith(_HEADER_START) for line in head.splitlines()[:20])


def read_register(path: str | os.PathLike[str]) -> Register:
    """Read a trade register export.

    Raises
    ------
    FactValidationError
        When the file cannot be read or is not a trade register (no header of
        the 16 SIPRI columns, no "Data generated" line). Single bad rows are
        not raised but listed in :attr:`Register.problems`.
    """
    name = str(path)
    try:
        text = Path(path).read_bytes().decode(ENCODING)
    except OSError as exc:
        raise FactValidationError([Problem(name, f"cannot read: {exc.strerror}")]) from None
    except UnicodeDecodeError as exc:
        raise FactValidationError(
            [Problem(name, f"not Windows-1252 text ({exc.reason} at byte {exc.start})")]
        ) from None
    # The register ends lines with LF; a CR is never a line end (some exports have one inside Comments).
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    header_at = next((i for i, line in enumerate(lines[:20]) if line.startswith(_HEADER_START)), None)
    if header_at is None:
        raise FactValidationError(
            [Problem(name, "not a SIPRI trade register: no 'Recipient,Supplier,Year of order,...' header")]
        )
    header = next(csv.reader([lines[header_at]]))
    if tuple(header) != COLUMNS:
        raise FactValidationError(
            [
                Problem(
                    name,
                    f"unexpected columns {header}; expected the 16 columns of the trade register",
                    line=header_at + 1,
                )
            ]
        )
    generated = _generated(name, lines[:header_at])
    deals: list[Deal] = []
    problems: list[Problem] = []
    rejoined: list[int] = []
    for line_no, fields, parts in _records(lines, start=header_at + 1):
        if parts > 1:
            rejoined.append(line_no)
        try:
            deals.append(_deal(line_no, fields))
        except _RowError as exc:
            problems.append(Problem(name, exc.message, line=line_no, field=exc.column))
    return Register(name, generated, deals, problems, rejoined)


def _generated(name: str, preamble: list[str]) -> dt.datetime:
    for line in preamble:
        match = _GENERATED.match(line)
        if match:
            try:
                return dt.datetime.strptime(match.group(1), "%d %b %Y %I:%M:%S %p")
            except ValueError:
                break
    raise FactValidationError(
        [Problem(name, "no readable 'Data generated: 18 May 2026 2:29:20 PM' line in the preamble")]
    )


def _records(lines: list[str], start: int) -> list[tuple[int, list[str], int]]:
    """(line number, fields, physical lines used) of each row after the header.

    A row cut short by a line break inside a field is joined with the lines
    after it while that brings it closer to 16 fields.
    """
    out = []
    i = start
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        text, fields, used = lines[i], _split(lines[i]), 1
        while len(fields) < len(COLUMNS) and i + used < len(lines):
            longer = text + " " + lines[i + used]
            longer_fields = _split(longer)
            if len(longer_fields) > len(COLUMNS):
                break
            text, fields, used = longer, longer_fields, used + 1
        out.append((i + 1, fields, used))
        i += used
    return out


def _split(text: str) -> list[str]:
    return next(csv.reader([text]), [])


class _RowError(Exception):
    def __init__(self, message: str, column: str | None = None):
        self.message, self.column = message, column


def _deal(line: int, fields: list[str]) -> Deal:
    if len(fields) != len(COLUMNS):
        raise _RowError(f"has {len(fields)} fields, expected {len(COLUMNS)}")
    f = [value.strip() for value in fields]
    recipient, supplier, designation = f[0], f[1], f[6]
    for value, column in ((recipient, "Recipient"), (supplier, "Supplier"), (designation, COLUMNS[6])):
        if not value:
            raise _RowError("is empty", column)
    return Deal(
        line=line,
        recipient=recipient,
        supplier=supplier,
        order_year=_year(f[2], "Year of order"),
        order_year_uncertain=_flag(f[3]),
        number_ordered=_count(f[4], "Number ordered"),
        number_ordered_uncertain=_flag(f[5]),
        designation=designation,
        description=f[7],
        number_delivered=_count(f[8], "Number delivered"),
        number_delivered_uncertain=_flag(f[9]),
        delivery_years=tuple(_year(y.strip(), COLUMNS[10]) for y in f[10].split(";") if y.strip()),
        status=f[11],
        comments=f[12],
        tiv_per_unit=_tiv(f[13], COLUMNS[13]),
        tiv_order=_tiv(f[14], COLUMNS[14]),
        tiv_delivered=_tiv(f[15], COLUMNS[15]),
    )


def _year(value: str, column: str) -> int:
    if not _YEAR.match(value):
        raise _RowError(f"{value!r} is not a year", column)
    return int(value)


def _count(value: str, column: str) -> int | None:
    if not value:
        return None
    if not _COUNT.match(value):
        raise _RowError(f"{value!r} is not a whole number", column)
    return int(value)


def _tiv(value: str, column: str) -> float | None:
    if not value:
        return None
    if not _TIV.match(value):
        raise _RowError(f"{value!r} is not a number", column)
    return float(value)


def _flag(value: str) -> bool:
    return value == "?"
