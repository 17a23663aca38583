"""A map as one self-contained HTML page: vis-network and our code inlined.

The page needs nothing outside itself (no CDN, no fonts, no source maps; its
Content-Security-Policy forbids every request), so it opens from a USB stick
on an air-gapped laptop. All text from articles and fact files travels as
JSON inside ``<script type="application/json">`` with ``<``, ``>`` and ``&``
escaped, and the page puts it on screen only through ``textContent``: a quote
containing ``<script>`` or ``<img onerror=...>`` shows as text and runs
nothing.

Small maps lay themselves out with vis-network's physics, which stops once
the layout has settled. Above :data:`LARGE_MAP` nodes (or 3x as many edges)
the page computes positions once with a fast Barnes-Hut layout of its own,
draws with physics off, hides edge labels, draws arrows and dashes only on
the edges in view once zoomed in (they cost most of a frame), and says so.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import networkx as nx

from .style import (
    CLAIM,
    EDGE_COLOURS,
    EDGE_LABELS,
    NODE_STYLE,
    STATUS_DASHES,
    STATUS_NOTES,
    node_kind,
)

__all__ = ["LARGE_MAP", "Layout", "choose_layout", "network_html"]

LARGE_MAP = 200
"""Maps with more nodes than this (or more than 3x as many edges) get the fast layout."""


@dataclass(frozen=True)
class Layout:
    """How the page lays the map out: ``physics`` (settles, then stops) or ``fast``."""

    mode: str
    note: str


def choose_layout(n_nodes: int, n_edges: int) -> Layout:
    """The layout for a map of this size, with the sentence the page and CLI show.

    >>> choose_layout(30, 40).mode, choose_layout(10_000, 30_000).mode
    ('physics', 'fast')
    """
    if n_nodes > LARGE_MAP or n_edges > 3 * LARGE_MAP:
        return Layout(
            "fast",
            f"Large map ({n_nodes:,} nodes, {n_edges:,} edges): fast layout. Positions are computed "
            "once in the page and physics is off. Edge labels are hidden (hover or click an edge); "
            "arrows and dashes show once you zoom in.",
        )
    return Layout("physics", "The layout settles by itself and then stops moving; drag nodes to tidy up.")


def network_html(G: nx.MultiDiGraph, *, title: str | None = None) -> str:
    """The page drawing ``G`` (from :mod:`graph.render.fetch`), as a string.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Nodes with ``labels`` and properties; edges with ``type`` and
        properties (``status``, ``n_sources``, ``evidence``, ...).
    title : str, optional
        Shown in the page; default ``G.graph["title"]`` or "armsgraph network".

    Returns
    -------
    str
        A complete HTML document; write it to a file or put it in an
        iframe's ``srcdoc``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("iran", labels=("Entity", "Country"), id="iran", name="Iran")
    >>> page = network_html(G, title="<b>Iran</b>")
    >>> "<title>&lt;b&gt;Iran&lt;/b&gt;</title>" in page, '"key":"iran"' in page
    (True, True)
    """
    title = title or G.graph.get("title") or "armsgraph network"
    layout = choose_layout(G.number_of_nodes(), G.number_of_edges())
    data = {
        "title": title,
        "layout": {"mode": layout.mode, "note": layout.note},
        "notes": list(G.graph.get("notes", [])),
        "styles": _styles(),
        **_items(G, large=layout.mode == "fast"),
    }
    parts = {
        "title": html.escape(title),
        "css": _asset("page.css"),
        "data": _json_for_script(data),
        "vis": _vis_network(),
        "layout": _asset("layout.js"),
        "app": _asset("page.js"),
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], _asset("page.html"))


def _items(G: nx.MultiDiGraph, *, large: bool) -> dict[str, list[dict[str, Any]]]:
    """vis-network's nodes and edges, slimmed to what the page cannot derive.

    Each item carries its graph attributes as ``p`` unchanged (no copies:
    this is most of the page); the page styles items from the tables and
    builds tooltips from ``p`` when they are shown.
    """
    index = {key: i for i, key in enumerate(G)}
    weight: Counter[Any] = Counter()
    edges = []
    for s, successors in G.adjacency():  # 6x faster than G.edges(data=True) on a MultiDiGraph
        for o, keyed in successors.items():
            for d in keyed.values():
                w = max(1, d.get("n_sources") or 1)
                weight[s] += w
                weight[o] += w
                edges.append({"from": index[s], "to": index[o], "p": d})
    nodes = []
    for key, d in G.nodes(data=True):
        kind = node_kind(d.get("labels", ()))
        label = _short(_node_label(G, d, kind))
        nodes.append(
            {"key": str(key), "kind": kind, "label": label, "size": _size(weight[key], large), "p": d}
        )
    return {"nodes": nodes, "edges": edges}


def _size(weight: int, large: bool) -> float:
    """Node radius from weighted degree (each edge counts its independent sources)."""
    if large:
        return round(min(4 + 1.5 * math.sqrt(weight), 20), 1)
    return round(min(12 + 5 * math.sqrt(weight), 48), 1)


def _node_label(G: nx.MultiDiGraph, d: Mapping[str, Any], kind: str) -> str:
    if kind == CLAIM:
        verb = EDGE_LABELS.get(d.get("predicate", ""), str(d.get("predicate", "claim")).lower())
        weapon = d.get("weapon")
        return f"{verb}: {G.nodes[weapon].get('name', weapon) if weapon in G else weapon}" if weapon else verb
    return str(d.get("name") or d.get("title") or d.get("id") or next(iter(d.get("labels", ())), "node"))


def _short(text: str, width: int = 22, lines: int = 2) -> str:
    """Wrap a label onto at most ``lines`` lines of about ``width`` characters.

    >>> _short("Majlis National Security and Foreign Policy Committee")
    'Majlis National\\nSecurity and Foreign…'
    """
    words, out, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    out.append(line)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1].rstrip() + "…"
    return "\n".join(out)


def _styles() -> dict[str, Any]:
    return {
        "nodes": {str(k): v for k, v in NODE_STYLE.items()},
        "edges": {str(k): {"color": c, "label": EDGE_LABELS.get(k, "")} for k, c in EDGE_COLOURS.items()},
        "dashes": {str(k): v for k, v in STATUS_DASHES.items()},
        "statuses": {str(k): v for k, v in STATUS_NOTES.items()},
    }


def _json_for_script(data: Any) -> str:
    """JSON that cannot close or comment out the <script> element it sits in."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@cache
def _asset(name: str) -> str:
    return (files(__package__) / "assets" / name).read_text(encoding="utf-8")


@cache
def _vis_network() -> str:
    """The vis-network library pyvis ships, inlined as-is.

    Not split into lines and rejoined: the library has U+2028 and friends
    inside string literals. Its source-map comment goes, so the browser does
    not try to fetch one.
    """
    text = (files("pyvis") / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(
        encoding="utf-8"
    )
    return re.sub(r"^//# sourceMappingURL=.*$", "", text, flags=re.MULTILINE)
