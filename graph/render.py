"""Network maps: the graph as one self-contained, offline HTML page.

pyvis builds the vis.js node and edge records; the page inlines the
vis-network library that pyvis ships, so it opens with no network at all
(no CDN, which pyvis's own templates still reference). Every text from an
article or a fact file reaches the page as JSON data, never as markup, and
tooltips are filled with ``textContent``: a quote containing ``<script>``
shows as text.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections import defaultdict
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from .ontology import EntityType, Predicate
from .stores.base import GraphStore

__all__ = ["EDGE_COLOURS", "NODE_STYLE", "fetch_network", "network_html", "render_network"]

SHORTCUTS = [p.value for p in Predicate if not p.is_statement]

NODE_STYLE: dict[str, dict[str, str]] = {
    EntityType.COUNTRY: {"shape": "dot", "color": "#1f77b4"},
    EntityType.ORGANIZATION: {"shape": "square", "color": "#2ca02c"},
    EntityType.PERSON: {"shape": "triangle", "color": "#ff7f0e"},
    EntityType.WEAPON_SYSTEM: {"shape": "diamond", "color": "#d62728"},
    EntityType.WEAPON_CATEGORY: {"shape": "hexagon", "color": "#9467bd"},
}

EDGE_COLOURS: dict[str, str] = {
    "SUPPLIES": "#d62728",
    "TRAINS": "#ff7f0e",
    "USES": "#8c564b",
    "PRODUCES": "#17becf",
    "DEPLOYS": "#e377c2",
    "WARNS": "#bcbd22",
    "SANCTIONS": "#7f7f7f",
    "MEMBER_OF": "#2ca02c",
    "PART_OF": "#98df8a",
    "IS_A": "#c5b0d5",
}

FETCH_EDGES = """
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) IN $types
RETURN s, type(r) AS type, r, o
"""

FETCH_STATEMENTS = """
UNWIND $claims AS cid
MATCH (src)-[r:REPORTS|DENIES|CONFIRMS]->(c:Claim {id: cid})
RETURN cid AS claim, coalesce(src.name, src.title, src.id) AS source, type(r) AS statement,
       r.stance AS stance, r.date AS date, r.quote AS quote
ORDER BY claim, date, source
"""


def fetch_network(store: GraphStore, *, focus: str | None = None, depth: int = 2) -> nx.MultiDiGraph:
    """The entity network of ``store`` (shortcut and IS_A edges) as networkx.

    With ``focus``, only the entities within ``depth`` steps of it, in
    either direction. Edge attributes include ``statements``: every
    report, denial and confirmation behind the edge, with its quote.
    """
    G = nx.MultiDiGraph()
    claims: set[str] = set()
    for row in store.run(FETCH_EDGES, {"types": [*SHORTCUTS, "IS_A"]}):
        for node in (row["s"], row["o"]):
            G.add_node(node.properties["id"], labels=node.labels, **node.properties)
        props = dict(row["r"].properties)
        claims.update(props.get("claims", []))
        G.add_edge(
            row["s"].properties["id"], row["o"].properties["id"], key=row["type"], type=row["type"], **props
        )
    if focus is not None:
        if focus not in G:
            raise KeyError(focus)
        keep = nx.ego_graph(G.to_undirected(as_view=True), focus, radius=depth)
        G = G.subgraph(keep.nodes).copy()
    said: dict[str, list[dict[str, Any]]] = defaultdict(list)
    wanted = sorted(c for _, _, d in G.edges(data=True) for c in d.get("claims", []))
    for row in store.run(FETCH_STATEMENTS, {"claims": wanted}) if wanted else []:
        said[row["claim"]].append(row)
    for _, _, data in G.edges(data=True):
        data["statements"] = [s for c in data.get("claims", []) for s in said[c]]
    return G


def network_html(G: nx.MultiDiGraph, *, title: str = "armsgraph network") -> str:
    """A self-contained HTML page drawing ``G``, with legend and tooltips."""
    net = Network(directed=True)
    degree = dict(G.degree())
    for node_id, data in G.nodes(data=True):
        entity_type = next((lbl for lbl in data.get("labels", ()) if lbl != "Entity"), "Entity")
        style = NODE_STYLE.get(entity_type, {"shape": "dot", "color": "#999999"})
        net.add_node(
            node_id,
            label=data.get("name", node_id),
            title=_node_tooltip(node_id, entity_type, data),
            size=12 + 4 * min(degree.get(node_id, 0), 10),
            entity_type=entity_type,
            **style,
        )
    for s, o, data in G.edges(data=True):
        kind = data["type"]
        status = data.get("status")
        net.add_edge(
            s,
            o,
            label="is a" if kind == "IS_A" else kind.lower().replace("_", " "),
            title=_edge_tooltip(G, s, o, data),
            color=EDGE_COLOURS.get(kind, "#999999"),
            dashes=status in ("denied", "contested", "hypothetical"),
            width=1 + min(data.get("n_sources") or 0, 8),
            arrows="to",
            predicate=kind,
            status=status or "",
        )
    data = {"nodes": net.nodes, "edges": net.edges}
    return _page(title, data)


def render_network(
    store: GraphStore, out: str | os.PathLike[str], *, focus: str | None = None, depth: int = 2
) -> Path:
    """Draw the store's network into the HTML file ``out``; returns its path.

    Raises
    ------
    KeyError
        If ``focus`` names no entity in the network.
    """
    G = fetch_network(store, focus=focus, depth=depth)
    title = f"armsgraph: around {G.nodes[focus].get('name', focus)}" if focus else "armsgraph network"
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(network_html(G, title=title), encoding="utf-8")
    return path


def _node_tooltip(node_id: str, entity_type: str, data: dict[str, Any]) -> str:
    lines = [f"{data.get('name', node_id)} ({entity_type}, id {node_id})"]
    for key in ("kind", "country", "iso3", "category", "origin"):
        if data.get(key):
            lines.append(f"{key}: {data[key]}")
    if data.get("aliases"):
        lines.append("also: " + ", ".join(data["aliases"][:8]))
    return "\n".join(lines)


def _edge_tooltip(G: nx.MultiDiGraph, s: str, o: str, data: dict[str, Any]) -> str:
    head = f"{G.nodes[s].get('name', s)} {data['type']} {G.nodes[o].get('name', o)}"
    if data["type"] == "IS_A":
        return head
    lines = [f"{head}: {data.get('status')}"]
    if data.get("weapons"):
        lines.append("weapons: " + ", ".join(data["weapons"]))
    lines.append(f"independent sources: {data.get('n_sources')}")
    for st in data.get("statements", []):
        lines.append("")
        lines.append(f"{st['source']} {st['statement'].lower()} ({st['stance']}, {st['date'] or 'undated'}):")
        lines.append(f"“{st['quote']}”")
    return "\n".join(lines)


def _asset(name: str) -> str:
    text = (files("pyvis") / "templates" / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")
    # No source-map lookups: the page must not try to fetch anything. (Not
    # splitlines(): the library has U+2028 and friends inside string literals.)
    return re.sub(r"^//# sourceMappingURL=.*$", "", text, flags=re.MULTILINE)


def _json_for_script(data: Any) -> str:
    """JSON that cannot close or comment out the <script> element it sits in."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _page(title: str, data: dict[str, Any]) -> str:
    legend_nodes = "".join(
        f'<li><span class="swatch" style="background:{s["color"]}"></span>{html.escape(t)}</li>'
        for t, s in NODE_STYLE.items()
    )
    legend_edges = "".join(
        f'<li><span class="line" style="background:{c}"></span>{html.escape(p.lower().replace("_", " "))}</li>'
        for p, c in EDGE_COLOURS.items()
    )
    return _TEMPLATE.format(
        title=html.escape(title),
        css=_asset("vis-network.css"),
        js=_asset("vis-network.min.js"),
        data=_json_for_script(data),
        legend_nodes=legend_nodes,
        legend_edges=legend_edges,
    )


_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:;">
<title>{title}</title>
<style>{css}</style>
<style>
body {{ margin: 0; font-family: system-ui, sans-serif; }}
#network {{ position: absolute; inset: 0; }}
#legend {{ position: absolute; top: 8px; left: 8px; background: rgba(255,255,255,.92);
  border: 1px solid #ccc; border-radius: 6px; padding: 6px 10px; font-size: 12px; z-index: 2; }}
#legend h1 {{ font-size: 14px; margin: 0 0 4px; }}
#legend ul {{ list-style: none; margin: 0 0 4px; padding: 0; columns: 2; }}
.swatch {{ display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; }}
.line {{ display: inline-block; width: 16px; height: 3px; margin: 0 4px 3px 0; }}
.tip {{ white-space: pre-wrap; max-width: 480px; font-size: 12px; }}
</style>
</head>
<body>
<div id="legend"><h1>{title}</h1>
<ul>{legend_nodes}</ul><ul>{legend_edges}</ul>
<div>dashed: denied, contested or hypothetical; width: independent sources</div></div>
<div id="network"></div>
<script type="application/json" id="graph-data">{data}</script>
<script>{js}</script>
<script>
(function () {{
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  function tip(text) {{ var el = document.createElement("div"); el.className = "tip"; el.textContent = text; return el; }}
  data.nodes.forEach(function (n) {{ n.title = tip(n.title); }});
  data.edges.forEach(function (e) {{ e.title = tip(e.title); }});
  var nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("network"), {{nodes: nodes, edges: edges}}, {{
    edges: {{ font: {{ size: 10, align: "middle" }}, smooth: {{ type: "dynamic" }} }},
    nodes: {{ font: {{ size: 14 }} }},
    physics: {{ solver: "forceAtlas2Based", stabilization: {{ iterations: 300 }} }},
    interaction: {{ hover: true, tooltipDelay: 100 }}
  }});
  network.once("stabilizationIterationsDone", function () {{ network.setOptions({{ physics: false }}); }});
  window.armsgraph = {{ network: network, nodes: nodes, edges: edges }};
}})();
</script>
</body>
</html>
"""
