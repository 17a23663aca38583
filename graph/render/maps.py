"""One call from a store to a map: choose what to draw, build the page, write it."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import NothingToDraw
from ..stores.base import GraphStore
from .fetch import fetch_claims, fetch_network, fetch_query
from .filters import Filters
from .page import Layout, choose_layout, network_html

__all__ = ["RenderedMap", "build_map", "render_network"]


@dataclass(frozen=True)
class RenderedMap:
    """What :func:`render_network` wrote: the file, its size in nodes and edges, its layout."""

    path: Path
    nodes: int
    edges: int
    layout: Layout
    notes: tuple[str, ...]


def build_map(
    store: GraphStore,
    *,
    focus: str | None = None,
    depth: int = 2,
    filters: Filters | None = None,
    claims: bool = False,
    query: str | None = None,
    params: Mapping[str, Any] | None = None,
    title: str | None = None,
) -> nx.MultiDiGraph:
    """The graph a map draws: entity network (default), claims, or a query's result.

    Parameters
    ----------
    store : GraphStore
        Any store.
    focus, depth : str, int
        Only entities within ``depth`` steps of ``focus``.
    filters : Filters, optional
        Relationship types, statuses, dates, minimum sources.
    claims : bool
        Draw claims as nodes (:func:`~graph.render.fetch.fetch_claims`).
    query, params : str, mapping, optional
        Draw what this read-only Cypher query returns instead; it cannot be
        combined with ``focus``, ``filters`` or ``claims`` (filter in the query).
    title : str, optional
        The page title; by default it says what is drawn.

    Raises
    ------
    ValueError
        If ``query`` is combined with other selections.
    UnknownEntity
        If ``focus`` is not on the map.
    """
    filters = filters or Filters()
    if query is not None:
        if focus is not None or claims or filters != Filters():
            raise ValueError("a query draws exactly what it returns: put focus and filters in the query")
        G = fetch_query(store, query, params)
        G.graph["title"] = title or "armsgraph: query result"
        return G
    fetch = fetch_claims if claims else fetch_network
    G = fetch(store, focus=focus, depth=depth, filters=filters)
    if title is None:
        title = "armsgraph claims" if claims else "armsgraph network"
        if focus is not None:
            title += f" around {G.nodes[focus].get('name', focus)} ({depth} step{'s' if depth != 1 else ''})"
        if filters.describe():
            title += f" · {filters.describe()}"
    G.graph["title"] = title
    return G


def render_network(store: GraphStore, out: str | os.PathLike[str], **options: Any) -> RenderedMap:
    """Draw a map of ``store`` into the HTML file ``out``.

    ``options`` are those of :func:`build_map`.

    Raises
    ------
    NothingToDraw
        If the map would be empty.
    UnknownEntity
        If ``focus`` is not on the map.
    """
    G = build_map(store, **options)
    if G.number_of_nodes() == 0:
        if options.get("query") is not None:
            raise NothingToDraw(
                " ".join(G.graph.get("notes", []))
                or "the query returned no nodes, relationships or paths; RETURN them whole (n, r or p), "
                "not their properties"
            )
        raise NothingToDraw("nothing on the map: no relationships match these filters")
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(network_html(G), encoding="utf-8")
    layout = choose_layout(G.number_of_nodes(), G.number_of_edges())
    return RenderedMap(
        path, G.number_of_nodes(), G.number_of_edges(), layout, tuple(G.graph.get("notes", ()))
    )
