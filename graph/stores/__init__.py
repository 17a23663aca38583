"""Stores: where the graph lives. One module per store behind :class:`GraphStore`."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import StoreUnavailable
from .base import GraphStore, Node, Relationship, Run, plain
from .base import Path as GraphPath
from .embedded import DEFAULT_DB, EmbeddedStore

__all__ = [
    "STORE_KINDS",
    "EmbeddedStore",
    "GraphPath",
    "GraphStore",
    "Node",
    "Relationship",
    "Run",
    "open_store",
    "plain",
]

STORE_KINDS = ("embedded", "neo4j")


def open_store(kind: str = "embedded", db: str | os.PathLike[str] | None = None) -> GraphStore:
    """Open the store of ``kind`` with its schema in place.

    ``embedded``: ``db`` is the store's file; default ``$ARMSGRAPH_DB`` or
    ``.armsgraph/graph.db`` in the current folder. ``neo4j``: the server in
    ``NEO4J_URI`` with ``NEO4J_USER`` / ``NEO4J_PASSWORD`` / ``NEO4J_DATABASE``.
    """
    store: GraphStore
    if kind == "embedded":
        store = EmbeddedStore(Path(db or os.environ.get("ARMSGRAPH_DB") or DEFAULT_DB))
    elif kind == "neo4j":
        try:
            from .neo4j import Neo4jStore
        except ImportError:
            raise StoreUnavailable(
                "the Neo4j store needs the driver: pip install 'armsgraph[neo4j]'"
            ) from None
        store = Neo4jStore.from_env()
    else:
        raise ValueError(f"unknown store {kind!r}; choose one of {', '.join(STORE_KINDS)}")
    store.ensure_schema()
    return store
