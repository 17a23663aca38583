"""Typed errors of armsgraph, one subclass per failure.

    ArmsgraphError
    ├── FactValidationError      a fact document is wrong (file, fact id, field)
    ├── ArticleError             an article cannot be read or has no text
    ├── StoreError               a store failed to run a query
    │   └── StoreUnavailable     the store cannot be reached or started
    ├── QueryNotFound            no query of that name in the Cypher library
    ├── ExportError              the graph cannot be written in the asked format
    ├── NothingToDraw            the filters or the query leave an empty map
    └── UnknownEntity            no entity of that id on the map (also a KeyError)

Messages say what went wrong and what to do next; the CLI prints them as
``Error: ...`` lines.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ArmsgraphError",
    "ArticleError",
    "ExportError",
    "FactValidationError",
    "NothingToDraw",
    "Problem",
    "QueryNotFound",
    "StoreError",
    "StoreUnavailable",
    "UnknownEntity",
]


class ArmsgraphError(Exception):
    """Base of every error armsgraph raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a fact document, located as precisely as known."""

    file: str
    message: str
    line: int | None = None
    fact: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        parts = [where]
        if self.fact:
            parts.append(f"fact {self.fact}")
        if self.field:
            parts.append(f"field {self.field}")
        return ": ".join(parts) + f": {self.message}"


class FactValidationError(ArmsgraphError):
    """One or more fact documents are invalid; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class StoreError(ArmsgraphError):
    """A store rejected or failed a query."""


class StoreUnavailable(StoreError):
    """The store cannot be reached, opened or started."""


class QueryNotFound(ArmsgraphError):
    """The named query is not in the Cypher library."""


class ArticleError(ArmsgraphError):
    """An article cannot be read or holds no text to extract facts from."""


class ExportError(ArmsgraphError):
    """The graph cannot be written in the asked format (a value the format cannot carry)."""


class NothingToDraw(ArmsgraphError):
    """A map would be empty: nothing matches the filters, or the query returned no graph values."""


class UnknownEntity(ArmsgraphError, KeyError):
    """The entity id asked for is not on the map (or not in the store)."""

    def __init__(self, entity_id: str):
        self.entity_id = entity_id
        super().__init__(f"no entity {entity_id!r} on the map; check the id, or loosen the filters")

    def __str__(self) -> str:
        return str(self.args[0])
