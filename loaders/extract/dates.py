"""Dates in news text, resolved against the publication date.

"on September 7", "In March", "last December", "on Monday", "Aug. 27" have
no year, or no day: they mean the latest such date not after publication.
Spans that start ("since Dec. 30") or bound a period ("between ... and ...")
are not the date of a statement and are skipped.

Examples
--------
>>> pub = dt.date(2024, 9, 10)
>>> statement_date("Reuters also reported in August that Russia may receive missiles.", pub)
'2024-08'
>>> statement_date("Last December, the IRGC deployed ballistic missiles.", pub)
'2023-12'
>>> statement_date("Peskov said on Monday that he had seen the report.", dt.date(2024, 9, 9))
'2024-09-09'
>>> statement_date("On Sept. 13, 2023, the two leaders met.", pub)
'2023-09-13'
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["find_published", "statement_date"]

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
_DATE = re.compile(
    r"(?P<pre>\b(?:since|between|until|till|from|before|after|and|by)\s+(?:the\s+)?)?"
    r"(?:(?P<dayfirst>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(?P<year1>(?:19|20)\d{2}))?"
    r"|"
    + _MONTH.replace("month", "month2")
    + r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<year2>(?:19|20)\d{2}))?"
    r"|(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<relday>yesterday|today))\b",
)
# Every date the pattern above finds holds one of these words: a cheap test first.
_HINT = re.compile(r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|day\b")
_LAST = re.compile(r"\blast\s*$", re.I)
# A full date holds its year, as does any date read without a publication date: a text without
# one needs no full scan.
_YEAR = re.compile(r"(?:19|20)\d{2}")


def statement_date(sentence: str, published: dt.date | None) -> str | None:
    """The first date of ``sentence`` that dates a statement, as YYYY, YYYY-MM or YYYY-MM-DD.

    Without a publication date only dates that carry their year are returned.
    """
    if not _HINT.search(sentence) or (published is None and not _YEAR.search(sentence)):
        return None
    for m in _DATE.finditer(sentence):
        if m["pre"]:
            continue
        value = _resolve(m, sentence[: m.start()], published)
        if value:
            return value
    return None


def find_published(lines: list[str]) -> dt.date | None:
    """The publication date in an article's header lines ("By X September 10, 2024").

    Lines about updates are skipped; the first full date (with its year) wins.

    >>> find_published(["Last update: October 5, 2024", "By Nigar Bayramli September 10, 2024"])
    datetime.date(2024, 9, 10)
    """
    for line in lines:
        if "update" in line.lower() or not _YEAR.search(line):
            continue
        for m in _DATE.finditer(line):
            year = m["year1"] or m["year2"]
            month = m["month"] or m["month2"]
            day = m["dayfirst"] or m["day"]
            if year and month and day:
                try:
                    return dt.date(int(year), _MONTHS[month.rstrip(".").lower()], int(day))
                except ValueError:
                    continue
    return None


def _resolve(m: re.Match[str], before: str, published: dt.date | None) -> str | None:
    if m["weekday"] or m["relday"]:
        if published is None:
            return None
        if m["relday"]:
            return (published - dt.timedelta(days=m["relday"].lower() == "yesterday")).isoformat()
        back = (published.weekday() - _WEEKDAYS.index(m["weekday"].lower())) % 7
        return (published - dt.timedelta(days=back)).isoformat()
    month_word = (m["month"] or m["month2"]).rstrip(".").lower()
    if (
        month_word == "may"
        and not (m["day"] or m["year2"])
        and not re.search(r"\b(?:in|of|last|early|late|mid)\s*$", before, re.I)
    ):
        return None  # "may" the verb
    month = _MONTHS[month_word]
    day = m["dayfirst"] or m["day"]
    year_text = m["year1"] or m["year2"]
    if year_text:
        year = int(year_text)
    elif published is None:
        return None
    else:
        year = published.year
        later = (month, int(day)) > (published.month, published.day) if day else month > published.month
        if later:
            year -= 1
        if _LAST.search(before) and not day and month == published.month:
            year -= 1
    if day:
        try:
            return dt.date(year, month, int(day)).isoformat()
        except ValueError:
            return None
    return f"{year:04d}-{month:02d}"
