"""The fact document: one article, the entities it introduces, its facts.

This is the interchange contract of DESIGN.md. YAML and JSON carry the same
fields; every model forbids unknown fields so a misspelt key fails loudly.

Examples
--------
>>> doc = parse_document({
...     "article": {"id": "a1", "title": "T", "published": "2024-09-10"},
...     "facts": [{"id": "f1", "predicate": "SUPPLIES", "subject": "iran",
...                "object": "russia", "stance": "reported", "quote": "..."}],
... }, file="a1.yaml")
>>> doc.document.facts[0].predicate
<Predicate.SUPPLIES: 'SUPPLIES'>
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from .errors import FactValidationError, Problem
from .ontology import SLUG_PATTERN, EntityType, Predicate, Stance

__all__ = [
    "Article",
    "EntitySpec",
    "Fact",
    "FactDocument",
    "FactFile",
    "PartialDate",
    "RecordValue",
    "parse_document",
]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _partial_date(value: Any) -> Any:
    """Accept 2024, 2024-09 or 2024-09-10 (YAML may hand us a date object)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, str):
        if not _DATE.match(value):
            raise ValueError(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        padded = value + "-01" * (2 - value.count("-"))
        try:
            dt.date.fromisoformat(padded)
        except ValueError:
            raise ValueError(f"{value!r} is not a real date") from None
    return value


def _slug(value: Any) -> Any:
    if isinstance(value, str) and not SLUG_PATTERN.match(value):
        raise ValueError(f"{value!r} is not a lowercase slug id such as 'nasser-kanani'")
    return value


# Names the statement edges already use for their own properties.
_STATEMENT_PROPERTIES = frozenset({"article", "fact_id", "stance", "quote", "date"})
_RECORD_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_SCALARS = (str, int, float, bool)


@cache
def _is_record_key(key: str) -> bool:
    return bool(_RECORD_KEY.match(key)) and key not in _STATEMENT_PROPERTIES


def _is_flat(value: Any) -> bool:
    """A scalar, or a list of scalars of one type: what Neo4j and FalkorDB both keep as a property."""
    if isinstance(value, list):
        return len({type(v) for v in value}) <= 1 and all(isinstance(v, _SCALARS) for v in value)
    return isinstance(value, _SCALARS)


def _record(value: dict[str, Any]) -> dict[str, Any]:
    bad = [key for key in value if not _is_record_key(key)]
    if bad:
        raise ValueError(
            f"{', '.join(map(repr, bad))} cannot name a record field: use lowercase snake_case, "
            f"not one of {', '.join(sorted(_STATEMENT_PROPERTIES))}"
        )
    nested = [key for key, v in value.items() if not _is_flat(v)]
    if nested:
        raise ValueError(
            f"{', '.join(map(repr, nested))}: a record holds strings, numbers, booleans "
            "or lists of one of them, nothing nested"
        )
    return value


PartialDate = Annotated[str, BeforeValidator(_partial_date)]
Slug = Annotated[str, BeforeValidator(_slug)]
# Flat values only, so that every store can keep them as properties of an edge.
RecordValue = str | int | float | bool | list[str] | list[int] | list[float] | list[bool]
Record = Annotated[dict[str, Any], AfterValidator(_record)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Article(_Strict):
    """The article a document's facts come from.

    ``dataset`` names the dataset when the "article" is an export of one
    (``sipri-arms-transfers`` for the SIPRI trade register): its statements
    are records of that dataset rather than reporting.
    """

    id: Slug
    title: str
    published: PartialDate | None = None
    outlet: Slug | None = None
    url: str | None = None
    dataset: Slug | None = None


class EntitySpec(_Strict):
    """A new entity, or an override of a gazetteer entity with the same id."""

    id: Slug
    type: EntityType
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str | None = None
    iso3: str | None = None
    country: Slug | None = None
    category: Slug | None = None
    origin: Slug | None = None


class Fact(_Strict):
    """One statement of the article, with its verbatim quote.

    Statement predicates (DENIES / CONFIRMS / REPORTS) take ``claim``, the id
    of the fact they are about; every other predicate takes ``object``.
    ``record`` holds the data a structured source gives with its statement
    (a SIPRI deal's numbers, years and TIVs): flat values, kept as properties
    of the statement's REPORTS / DENIES / CONFIRMS edges.
    """

    id: str = Field(min_length=1)
    predicate: Predicate
    subject: Slug
    object: Slug | None = None
    claim: str | None = None
    weapons: list[Slug] = Field(default_factory=list)
    stance: Stance
    attributed_to: list[Slug] = Field(default_factory=list)
    date: PartialDate | None = None
    quote: str = Field(min_length=1)
    quantity: int | str | None = None
    in_exchange_for: list[str] = Field(default_factory=list)
    period: str | None = None
    against: list[Slug] = Field(default_factory=list)
    location: str | None = None
    role: str | None = None
    about: str | None = None
    record: Record = Field(default_factory=dict)


class FactDocument(_Strict):
    """One article's facts: ``article``, optional ``entities``, ``facts``."""

    article: Article
    entities: list[EntitySpec] = Field(default_factory=list)
    facts: list[Fact]


@dataclass(frozen=True)
class FactFile:
    """A parsed document and where it came from (for error messages)."""

    path: str
    document: FactDocument
    fact_lines: dict[str, int] = field(default_factory=dict)

    def problem(self, message: str, *, fact: str | None = None, field: str | None = None) -> Problem:
        """A problem located in this file, at the fact's line when known."""
        line = self.fact_lines.get(fact) if fact else None
        return Problem(self.path, message, line=line, fact=fact, field=field)


def parse_document(data: Any, *, file: str, lines: dict[int, int] | None = None) -> FactFile:
    """Validate raw YAML/JSON data as a fact document.

    Parameters
    ----------
    data : object
        The decoded YAML or JSON.
    file : str
        Where it came from, for error messages.
    lines : dict, optional
        Line number of each fact by its position in ``facts``, when known.

    Raises
    ------
    FactValidationError
        Listing every problem, each naming the file, fact id and field.
    """
    lines = lines or {}
    try:
        document = FactDocument.model_validate(data)
    except ValidationError as exc:
        raise FactValidationError([_problem(file, data, err, lines) for err in exc.errors()]) from None
    fact_lines = {f.id: lines[i] for i, f in enumerate(document.facts) if i in lines}
    return FactFile(file, document, fact_lines)


def _problem(file: str, data: Any, err: Any, lines: dict[int, int]) -> Problem:
    loc = [str(part) for part in err["loc"]]
    message = err["msg"]
    if err["type"] == "extra_forbidden":
        message = "unknown field"
    elif err["type"] == "missing":
        message = "required field is missing"
    if len(loc) >= 2 and loc[0] == "facts" and loc[1].isdigit():
        index = int(loc[1])
        raw = data["facts"][index] if isinstance(data, dict) else None
        fact_id = raw.get("id") if isinstance(raw, dict) else None
        fact = str(fact_id) if fact_id is not None else f"#{index + 1}"
        return Problem(file, message, line=lines.get(index), fact=fact, field=".".join(loc[2:]) or None)
    return Problem(file, message, field=".".join(loc) or None)
