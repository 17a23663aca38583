"""Stores: where the graph lives. One module per store behind :class:`GraphStore`."""

from __future__ import annotations

import os
from pathlib import Path

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

STORE_KINDS = ("embedded",)


def open_store(kind: str = "embedded", db: str | os.PathLike[str] | None = None) -> GraphStore:
    """Open the store of ``kind`` with its schema in place.

    ``db`` is the embedded store's file; default ``$ARMSGRAPH_DB`` or
    ``.armsgraph/graph.db`` in the current folder.
    """
    if kind != "embedded":
        raise ValueError(f"unknown store {kind!r}; choose one of {', '.join(STORE_KINDS)}")
    store = EmbeddedStore(Path(db or os.environ.get("ARMSGRAPH_DB") or DEFAULT_DB))
    store.ensure_schema()
    return store
