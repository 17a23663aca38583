"""Network maps: a store's graph as one self-contained, offline HTML page.

:func:`render_network` writes a map file; :func:`build_map` and
:func:`network_html` give the graph and the page as a string (for notebooks).
"""

from .fetch import fetch_claims, fetch_network, fetch_query
from .filters import EDGE_TYPES, STATUSES, Filters
from .maps import RenderedMap, build_map, render_network
from .page import LARGE_MAP, Layout, choose_layout, network_html
from .style import EDGE_COLOURS, NODE_STYLE

__all__ = [
    "EDGE_COLOURS",
    "EDGE_TYPES",
    "LARGE_MAP",
    "NODE_STYLE",
    "STATUSES",
    "Filters",
    "Layout",
    "RenderedMap",
    "build_map",
    "choose_layout",
    "fetch_claims",
    "fetch_network",
    "fetch_query",
    "network_html",
    "render_network",
]
