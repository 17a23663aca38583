"""The network page is self-contained, offline, and shows article text as text."""

from __future__ import annotations

import json
import re

from graph.builder import build_graph
from graph.render import fetch_network, network_html, render_network
from graph.writer import write_graph
from loaders import read_fact_files

EXTERNAL = re.compile(
    r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import|sourceMappingURL""",
    re.I,
)


def graph_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert match, "the page carries its data as JSON"
    return json.loads(match.group(1))


def test_seed_page_draws_every_entity_edge_and_requests_nothing(seed_store, tmp_path):
    path = render_network(seed_store, tmp_path / "map.html")
    page = path.read_text(encoding="utf-8")
    assert EXTERNAL.search(page) is None
    assert "<script src" not in page and "<link" not in page
    assert "vis.Network" in page  # the library is inlined, not fetched
    data = graph_data(page)
    edges = {(e["from"], e["predicate"], e["to"]) for e in data["edges"]}
    assert ("iran", "SUPPLIES", "russia") in edges
    assert ("fath-360", "IS_A", "short-range-ballistic-missile") in edges
    expected = seed_store.run(
        "MATCH (s:Entity)-[r]->(o:Entity) WHERE NOT type(r) IN ['SUBJECT', 'OBJECT'] RETURN count(r) AS n"
    )[0]["n"]
    assert len(data["edges"]) == expected
    supplies = next(e for e in data["edges"] if e["predicate"] == "SUPPLIES")
    assert supplies["dashes"] is True and supplies["status"] == "contested"
    assert "Nasser Kanani denies" in supplies["title"] and "completely baseless" in supplies["title"]


def test_focus_keeps_only_the_neighbourhood(seed_store):
    G = fetch_network(seed_store, focus="irgc", depth=1)
    assert set(G) == {"irgc", "iran", "ballistic-missile", "abbas-mousa-sharifi-moasarei"}


def test_injected_markup_in_quotes_and_names_stays_text(store, tmp_path):
    evil = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"
    (tmp_path / "evil.yaml").write_text(
        f"""
article: {{id: evil, title: "{evil}", published: 2024-01-01}}
entities:
  - {{id: acme, type: Organization, name: "{evil}"}}
facts:
  - {{id: f1, predicate: SUPPLIES, subject: acme, object: russia, stance: asserted, quote: "{evil}"}}
""",
        encoding="utf-8",
    )
    write_graph(store, build_graph(read_fact_files([tmp_path / "evil.yaml"])))
    page = network_html(fetch_network(store))
    assert "<img" not in page and "<script>alert" not in page
    assert page.count("</script>") == 3  # data, library, our code: nothing closes a script early
    data = graph_data(page)
    assert any(evil in e["title"] for e in data["edges"])  # shown verbatim, as text
    assert "el.textContent = text" in page  # tooltips are filled as text, never parsed as HTML
