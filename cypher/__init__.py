"""The analysts' query library: one query per ``.cypher`` file, plus the schema.

Each file starts with a header of ``//`` lines::

    // name: suppliers-of
    // question: Who supplies a recipient, with which weapons, how settled?
    // param recipient: entity id of the recipient
    // example: {"recipient": "russia"}

Examples
--------
>>> q = get_query("suppliers-of")
>>> q.params
{'recipient': 'entity id of the recipient'}
>>> q.example
{'recipient': 'russia'}
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from graph.errors import QueryNotFound

__all__ = ["QUERY_DIR", "Query", "get_query", "library", "resolve_query", "schema_statements"]

QUERY_DIR = Path(__file__).parent
_HEADER = re.compile(r"^//\s*(name|question|param\s+\w+|example):\s*(.*)$")


@dataclass(frozen=True)
class Query:
    """A library query with its documented header."""

    name: str
    question: str
    text: str
    path: Path
    params: dict[str, str] = field(default_factory=dict)
    example: dict[str, Any] = field(default_factory=dict)


def parse_query(path: Path) -> Query:
    """Read one ``.cypher`` file and its header."""
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    params: dict[str, str] = {}
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            continue
        key, value = match.groups()
        if key.startswith("param"):
            params[key.split()[1]] = value.strip()
        else:
            meta[key] = value.strip()
    return Query(
        name=meta.get("name", path.stem),
        question=meta.get("question", ""),
        text=text,
        path=path,
        params=params,
        example=json.loads(meta["example"]) if meta.get("example") else {},
    )


@cache
def library() -> dict[str, Query]:
    """Every query of the library, by name."""
    queries = (parse_query(p) for p in sorted(QUERY_DIR.glob("*.cypher")))
    return {q.name: q for q in queries}


def get_query(name: str) -> Query:
    """The library query called ``name``.

    Raises
    ------
    QueryNotFound
        With the names that do exist.
    """
    try:
        return library()[name]
    except KeyError:
        known = ", ".join(sorted(library()))
        raise QueryNotFound(f"no query named {name!r} in the library; known: {known}") from None


def resolve_query(query: str) -> str:
    """The Cypher text of ``query``: a library query's name, a ``.cypher`` file, or Cypher itself.

    A single word (no space, no parenthesis) is taken as a library name.

    Raises
    ------
    QueryNotFound
        For an unknown library name or an unreadable ``.cypher`` file.

    Examples
    --------
    >>> resolve_query("suppliers-of") == get_query("suppliers-of").text
    True
    >>> resolve_query("MATCH (c:Country) RETURN c.name")
    'MATCH (c:Country) RETURN c.name'
    """
    if query.endswith(".cypher"):
        try:
            return Path(query).read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryNotFound(f"cannot read the query file {query}: {exc.strerror}") from None
    if query in library() or (" " not in query.strip() and "(" not in query):
        return get_query(query).text
    return query


def schema_statements(dialect: str) -> list[str]:
    """The schema statements for ``dialect`` ('falkordb' or 'neo4j'), one per entry."""
    text = (QUERY_DIR / "schema" / f"{dialect}.cypher").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.strip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
