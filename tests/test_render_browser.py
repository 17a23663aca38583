"""Network maps in a real browser: Debian's headless Chromium, driven by Playwright.

No browser is downloaded (see the ``chromium`` fixture in conftest).
A screenshot of the seed map is saved under ``test-artifacts/``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from graph.render import Filters, fetch_claims, fetch_network, network_html, render_network
from graph.render.synthetic import synthetic_network

from .conftest import ROOT
from .test_render import EVIL, write_evil_facts

ARTIFACTS = ROOT / "test-artifacts"


@dataclass
class MapPage:
    """An opened map with everything the page tried: console errors, requests, dialogs."""

    page: Any
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def visible(self) -> tuple[set[str], set[tuple[str, str, str]]]:
        shown = self.js("() => armsgraph.visible()")
        return set(shown["nodes"]), {tuple(e) for e in shown["edges"]}

    def hover_edge(self, source: str, target: str) -> None:
        point = self.js(
            """([s, t]) => {
                const e = armsgraph.edges.get().find(e => armsgraph.key(e.from) === s && armsgraph.key(e.to) === t);
                const at = armsgraph.network.getPositions([e.from, e.to]);
                return armsgraph.network.canvasToDOM({x: (at[e.from].x + at[e.to].x) / 2, y: (at[e.from].y + at[e.to].y) / 2});
            }""",
            [source, target],
        )
        box = self.page.locator("#network").bounding_box()
        self.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
        self.page.wait_for_selector("#tip:not([hidden])")

    def click_edge(self, source: str, target: str) -> None:
        self.hover_edge(source, target)
        self.page.mouse.down()
        self.page.mouse.up()
        self.page.wait_for_selector("#details:not([hidden])")


@pytest.fixture
def open_map(chromium) -> Iterator[Callable[[Path], MapPage]]:
    """Open a map file in a fresh browser context and wait until its layout has settled."""
    contexts = []

    def open_(path: Path) -> MapPage:
        context = chromium.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        page = context.new_page()
        opened = MapPage(page, path.resolve().as_uri())
        page.on("console", lambda m: m.type == "error" and opened.errors.append(m.text))
        page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
        page.on("request", lambda r: opened.requests.append(r.url))
        page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
        page.goto(opened.url)
        page.wait_for_function(
            "() => window.armsgraph && window.armsgraph.settled", timeout=60_000, polling=100
        )
        return opened

    yield open_
    for context in contexts:
        context.close()


def write(G, path: Path) -> Path:
    path.write_text(network_html(G), encoding="utf-8")
    return path


def test_seed_map_loads_offline_settles_and_stops_moving(seed_store, open_map, tmp_path):
    m = open_map(render_network(seed_store, tmp_path / "seed.html").path)
    assert m.errors == []
    assert m.requests == [m.url]  # the file itself, nothing else
    assert m.js("() => armsgraph.layout") == "physics"
    before = m.js("() => armsgraph.network.getPositions()")
    m.page.wait_for_timeout(400)
    assert m.js("() => armsgraph.network.getPositions()") == before
    ARTIFACTS.mkdir(exist_ok=True)
    m.page.screenshot(path=ARTIFACTS / "seed-network.png")
    m.hover_edge("iran", "russia")
    m.page.screenshot(path=ARTIFACTS / "seed-network-tooltip.png")


@pytest.mark.parametrize(
    ("claims", "filters"),
    [
        (False, Filters()),
        (False, Filters(predicates={"PART_OF", "SUPPLIES"})),
        (False, Filters(status={"contested", "hypothetical"})),
        (False, Filters(predicates={"DEPLOYS", "IS_A"}, since="2023")),
        (True, Filters(predicates={"SUPPLIES", "DENIES"})),
    ],
    ids=["everything", "part-of-and-supplies", "contested-or-hypothetical", "deploys-since-2023", "claims"],
)
def test_drawn_network_is_exactly_the_graph_for_the_filters(seed_store, open_map, tmp_path, claims, filters):
    G = (fetch_claims if claims else fetch_network)(seed_store, filters=filters)
    m = open_map(write(G, tmp_path / "map.html"))
    nodes, edges = m.visible()
    assert nodes == set(G)
    assert edges == {(s, d["type"], o) for s, o, d in G.edges(data=True)}
    assert m.js("() => armsgraph.edges.length") == G.number_of_edges()
    assert m.errors == []


def test_page_filters_hide_a_type_and_the_nodes_it_leaves_alone(seed_store, open_map, tmp_path):
    G = fetch_network(seed_store)
    m = open_map(write(G, tmp_path / "map.html"))
    m.page.uncheck("input[data-pred=PART_OF]")
    nodes, edges = m.visible()
    assert edges == {(s, d["type"], o) for s, o, d in G.edges(data=True) if d["type"] != "PART_OF"}
    assert nodes == {n for e in edges for n in (e[0], e[2])}
    assert "irna" not in nodes and "iran" in nodes
    m.page.uncheck("input[data-status=contested]")
    assert ("iran", "SUPPLIES", "russia") not in m.visible()[1]
    m.page.check("input[data-pred=PART_OF]")
    assert ("irna", "PART_OF", "iran") in m.visible()[1]


def test_search_finds_an_entity_by_alias_and_shows_it(seed_store, open_map, tmp_path):
    m = open_map(render_network(seed_store, tmp_path / "map.html").path)
    m.page.fill("#search", "tehran")
    m.page.press("#search", "Enter")
    selected = m.js("() => armsgraph.network.getSelectedNodes().map(armsgraph.key)")
    assert selected == ["iran"]
    assert m.page.text_content("#details-body").startswith("Iran")
    assert "1 of 1" in m.page.text_content("#found")


def test_tooltips_show_claims_status_and_every_source_with_date_and_quote(seed_store, open_map, tmp_path):
    m = open_map(render_network(seed_store, tmp_path / "map.html").path)
    m.hover_edge("iran", "russia")
    tip = m.page.text_content("#tip")
    assert "Iran → Russia" in tip and "contested · 7 independent sources" in tip
    assert "Nasser Kanani denies (reported, 2024-09-08)" in tip and "completely baseless" in tip
    m.click_edge("iran", "russia")  # a click keeps it all in the side panel
    details = m.page.text_content("#details-body")
    assert "Ahmad Bakhshayesh Ardestani confirms (confirmed, 2024-09-07)" in details
    n_nodes, n_edges = m.js("() => [armsgraph.nodes.length, armsgraph.edges.length]")
    tips = m.js(
        "([n, e]) => [...Array(n).keys()].map(i => armsgraph.tipText('node', i))"
        ".concat([...Array(e).keys()].map(i => armsgraph.tipText('edge', i)))",
        [n_nodes, n_edges],
    )
    assert all(t.strip() for t in tips)


def test_injected_markup_shows_as_text_and_runs_nothing(store, open_map, tmp_path):
    write_evil_facts(store, tmp_path)
    m = open_map(render_network(store, tmp_path / "evil.html", focus="acme").path)
    m.click_edge("acme", "russia")
    assert m.dialogs == [] and m.errors == []
    assert m.requests == [m.url]
    assert m.js("() => window.__pwned === undefined && document.querySelectorAll('img, iframe').length === 0")
    assert EVIL in m.page.text_content("#tip")
    assert EVIL in m.page.text_content("#details-body")
    assert EVIL in m.page.title() and EVIL in m.page.text_content("#title")


def test_large_map_switches_to_the_fast_layout_and_says_so(open_map, tmp_path):
    m = open_map(write(synthetic_network(400, 1200), tmp_path / "large.html"))
    assert m.errors == [] and m.requests == [m.url]
    assert m.js("() => armsgraph.layout") == "fast"
    assert "fast layout" in m.page.text_content("#layout-notes")
    positions = m.js("() => Object.values(armsgraph.network.getPositions())")
    assert len(positions) == 400 and all(abs(p["x"]) < 1e6 and abs(p["y"]) < 1e6 for p in positions)
    assert len({(round(p["x"]), round(p["y"])) for p in positions}) == 400  # spread out, not piled up
    assert m.js("() => armsgraph.edges.get().every(e => e.dashes === false)")  # too fine to see at overview
    zoomed_in = m.js(
        "() => { const at = armsgraph.network.getPositions([0])[0];"
        " armsgraph.network.moveTo({position: at, scale: 1}); return armsgraph.levelOfDetail(); }"
    )
    dashed = m.js("() => armsgraph.edges.get().filter(e => Array.isArray(e.dashes)).length")
    assert 0 < dashed <= zoomed_in < 1200  # only the edges in view get arrows and dashes
