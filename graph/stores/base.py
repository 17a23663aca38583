"""The one interface every store offers, and the graph values it returns.

A store runs Cypher with parameters and returns rows as dicts keyed by the
RETURN columns. Nodes, relationships and paths come back as the small value
types below, the same whichever store answered.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

__all__ = ["GraphStore", "Node", "Path", "Relationship", "Run", "plain"]

T = TypeVar("T")
Run = Callable[[str, dict[str, Any]], list[dict[str, Any]]]


@dataclass(frozen=True)
class Node:
    """A node: store-local ``element_id``, labels and properties."""

    element_id: str
    labels: tuple[str, ...]
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Relationship:
    """A relationship between the nodes with ``start`` and ``end`` element ids."""

    element_id: str
    type: str
    start: str
    end: str
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Path:
    """Alternating nodes and relationships, as a query returned them."""

    nodes: tuple[Node, ...]
    relationships: tuple[Relationship, ...]


class GraphStore(Protocol):
    """Where the graph lives: the embedded file store or a Neo4j server."""

    name: str
    #: The most rows one transaction may carry, or None when any load fits in one.
    transaction_rows: int | None

    def run(
        self, query: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Run one query; read-only unless ``write`` is true."""
        ...

    def atomic(self, work: Callable[[Run], T]) -> T:
        """Run ``work(run)`` so that all its writes land, or none do."""
        ...

    def ensure_schema(self) -> None:
        """Create the indexes and constraints of ``cypher/schema`` if missing."""
        ...

    def close(self) -> None:
        """Release the connection (and, embedded, stop the server)."""
        ...


def plain(value: Any) -> Any:
    """Graph values as plain JSON-able data: properties plus ``labels`` or ``type``.

    Lists and dicts are converted item by item; other values pass through.

    Examples
    --------
    >>> plain({"c": Node("1", ("Entity", "Country"), {"id": "iran"})})
    {'c': {'id': 'iran', 'labels': ['Entity', 'Country']}}
    >>> plain(Relationship("7", "SUPPLIES", "1", "2", {"status": "contested"}))
    {'status': 'contested', 'type': 'SUPPLIES'}
    """
    if isinstance(value, Node):
        return {**value.properties, "labels": list(value.labels)}
    if isinstance(value, Relationship):
        return {**value.properties, "type": value.type}
    if isinstance(value, Path):
        return {
            "nodes": [plain(n) for n in value.nodes],
            "relationships": [plain(r) for r in value.relationships],
        }
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
