"""Network maps: what each map contains, and a page that is one offline file.

What the page does in a browser is specified in ``test_render_browser.py``.
"""

from __future__ import annotations

import json
import re
from importlib.resources import files

import pytest

from graph.builder import build_graph
from graph.errors import NothingToDraw, UnknownEntity
from graph.render import (
    Filters,
    build_map,
    choose_layout,
    fetch_claims,
    fetch_network,
    fetch_query,
    network_html,
    render_network,
)
from graph.render.synthetic import synthetic_network
from graph.writer import write_graph
from loaders import read_fact_files

from .conftest import SEED_FACTS

EXTERNAL = re.compile(
    r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import|sourceMappingURL""",
    re.I,
)
EVIL = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"


def graph_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert match, "the page carries its data as JSON"
    return json.loads(match.group(1))


def edges(G) -> set[tuple[str, str, str]]:
    return {(s, d["type"], o) for s, o, d in G.edges(data=True)}


def write_evil_facts(store, tmp_path) -> None:
    """Load an article whose title, entity name and quote are markup."""
    (tmp_path / "evil.yaml").write_text(
        f"""
article: {{id: evil, title: "{EVIL}", published: 2024-01-01}}
entities:
  - {{id: acme, type: Organization, name: "{EVIL}"}}
facts:
  - {{id: f1, predicate: SUPPLIES, subject: acme, object: russia, stance: asserted, quote: "{EVIL}"}}
""",
        encoding="utf-8",
    )
    write_graph(store, build_graph(read_fact_files([tmp_path / "evil.yaml"])))


def test_seed_page_is_one_file_that_requests_nothing(seed_store, tmp_path):
    result = render_network(seed_store, tmp_path / "map.html")
    page = result.path.read_text(encoding="utf-8")
    assert EXTERNAL.search(page) is None
    assert "<script src" not in page and "<link" not in page
    assert "default-src 'none'" in page  # the browser itself refuses any request
    assert "vis.Network" in page  # the library is inlined, not fetched
    assert (result.nodes, result.edges, result.layout.mode) == (28, 31, "physics")


def test_vis_network_is_inlined_whole(seed_store):
    """Other line breaks inside the library's strings (NEL) survive: splitting lines once broke it."""
    page = network_html(fetch_network(seed_store))
    library = (files("pyvis") / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text("utf-8")
    body = re.sub(r"^//# sourceMappingURL=.*$", "", library, flags=re.M)
    assert body in page
    assert len(body.splitlines()) > body.count("\n") + 1  # breaks that str.splitlines() would cut at


def test_entity_map_has_every_shortcut_and_is_a_edge(seed_store):
    G = fetch_network(seed_store)
    expected = seed_store.run(
        "MATCH (s:Entity)-[r]->(o:Entity) WHERE NOT type(r) IN ['SUBJECT', 'OBJECT'] "
        "RETURN s.id AS s, type(r) AS t, o.id AS o"
    )
    assert edges(G) == {(r["s"], r["t"], r["o"]) for r in expected}
    assert ("iran", "SUPPLIES", "russia") in edges(G)
    assert ("fath-360", "IS_A", "short-range-ballistic-missile") in edges(G)


def test_an_edge_carries_each_claim_with_every_statement_and_its_quote(seed_store):
    supply = fetch_network(seed_store).edges["iran", "russia", "SUPPLIES"]
    assert supply["status"] == "contested" and supply["n_sources"] == 7
    assert "Fath-360" in supply["weapon_names"]
    claims = {c["id"]: c for c in supply["evidence"]}
    assert set(claims) == set(supply["claims"])
    denial = next(
        s
        for s in claims["SUPPLIES:iran>russia:ballistic-missile"]["statements"]
        if s["source"] == "Nasser Kanani"
    )
    assert denial["statement"] == "DENIES" and denial["date"] == "2024-09-08"
    assert "completely baseless" in denial["quote"]
    assert denial["article"] == "Iran Denies Allegations of Supplying Ballistic Missiles to Russia"


def test_focus_keeps_only_the_neighbourhood(seed_store):
    G = fetch_network(seed_store, focus="irgc", depth=1)
    assert set(G) == {"irgc", "iran", "ballistic-missile", "abbas-mousa-sharifi-moasarei"}


def test_unknown_focus_is_a_typed_error_that_is_also_a_key_error(seed_store):
    with pytest.raises(UnknownEntity, match="no entity 'atlantis'") as info:
        fetch_network(seed_store, focus="atlantis")
    assert isinstance(info.value, KeyError)


def test_claim_filters_keep_only_the_categories_above_drawn_weapons(seed_store):
    G = fetch_network(seed_store, filters=Filters(predicates={"DEPLOYS", "IS_A"}, min_sources=1))
    assert edges(G) == {("irgc", "DEPLOYS", "ballistic-missile"), ("ballistic-missile", "IS_A", "missile")}


def test_is_a_is_left_out_unless_chosen(seed_store):
    G = fetch_network(seed_store, filters=Filters(predicates={"USES", "TRAINS"}))
    assert edges(G) == {
        ("russia", "USES", "shahed-drones"),
        ("abbas-mousa-sharifi-moasarei", "TRAINS", "russia-armed-forces"),
    }


def test_status_filter_uses_the_status_drawn_on_the_edge(seed_store):
    G = fetch_network(seed_store, filters=Filters(status={"contested", "hypothetical"}))
    assert edges(G) == {("iran", "SUPPLIES", "russia"), ("g7", "SANCTIONS", "iran")}


def test_min_sources_counts_independent_sources(seed_store):
    assert edges(fetch_network(seed_store, filters=Filters(min_sources=2))) == {
        ("iran", "SUPPLIES", "russia")
    }


def test_date_window_counts_a_month_as_all_its_days(seed_store):
    """G7's March 2024 statements fall in a window ending 2024-03; undated ones count as published."""
    early = edges(fetch_network(seed_store, filters=Filters(until="2024-03")))
    assert {
        ("g7", "WARNS", "iran"),
        ("g7", "SANCTIONS", "iran"),
        ("irgc", "DEPLOYS", "ballistic-missile"),
    } <= early
    assert ("andriy-yermak", "WARNS", "iran") not in early
    late = edges(fetch_network(seed_store, filters=Filters(since="2024-09-08")))
    assert ("andriy-yermak", "WARNS", "iran") in late and ("g7", "WARNS", "iran") not in late


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"predicates": ["SELLS"]}, "unknown relationship type 'SELLS'"),
        ({"status": ["disputed"]}, "unknown status 'disputed'"),
        ({"since": "9/2024"}, "since '9/2024' is not a date"),
        ({"min_sources": -1}, "min_sources must be 0 or more"),
    ],
)
def test_bad_filters_say_what_is_allowed(kwargs, message):
    with pytest.raises(ValueError, match=message):
        Filters(**kwargs)


def test_claims_map_puts_each_claim_between_subject_and_object(seed_store):
    G = fetch_claims(seed_store)
    claim = "SUPPLIES:iran>russia:fath-360"
    assert {
        ("iran", "SUBJECT", claim),
        (claim, "OBJECT", "russia"),
        (claim, "INVOLVES", "fath-360"),
    } <= edges(G)
    assert ("reuters", "REPORTS", claim) in edges(G)
    assert ("nasser-kanani", "DENIES", "SUPPLIES:iran>russia:ballistic-missile") in edges(G)
    assert G.nodes[claim]["status"] == "denied" and G.nodes[claim]["statements"]
    assert not any(k.startswith("article") for k in G)  # the article's own voice is in tooltips only
    assert "own voice" in G.graph["notes"][0]


def test_claims_map_filters_claims(seed_store):
    G = fetch_claims(seed_store, filters=Filters(predicates={"SUPPLIES"}, status={"denied"}))
    assert {n for n, d in G.nodes(data=True) if "Claim" in d["labels"]} == {"SUPPLIES:iran>russia:fath-360"}


def test_query_map_draws_the_paths_a_query_returns(seed_store):
    G = fetch_query(
        seed_store, "MATCH p = (:Person {id: $id})-[:MEMBER_OF]->(o) RETURN p", {"id": "nasser-kanani"}
    )
    names = {d["name"] for _, d in G.nodes(data=True)}
    assert names == {"Nasser Kanani", "Ministry of Foreign Affairs of Iran"}
    assert [d["type"] for _, _, d in G.edges(data=True)] == ["MEMBER_OF"]


def test_query_map_gives_shortcut_edges_their_evidence(seed_store):
    G = fetch_query(seed_store, "MATCH (a)-[r:SUPPLIES]->(b) RETURN a, r, b")
    (_, _, supply), *_ = G.edges(data=True)
    assert {c["id"] for c in supply["evidence"]} == set(supply["claims"])


def test_query_map_leaves_out_relationships_without_their_nodes(seed_store, tmp_path):
    G = fetch_query(seed_store, "MATCH (a)-[r:SUPPLIES]->(b) RETURN r")
    assert G.number_of_nodes() == 0
    with pytest.raises(NothingToDraw, match="did not return their end nodes"):
        render_network(seed_store, tmp_path / "map.html", query="MATCH (a)-[r:SUPPLIES]->(b) RETURN r")


def test_a_query_draws_exactly_what_it_returns(seed_store):
    with pytest.raises(ValueError, match="put focus and filters in the query"):
        build_map(seed_store, query="MATCH (n) RETURN n", filters=Filters(status={"reported"}))


def test_an_empty_map_is_an_error(seed_store, tmp_path):
    with pytest.raises(NothingToDraw, match="no relationships match"):
        render_network(seed_store, tmp_path / "map.html", filters=Filters(status={"denied"}))
    assert not (tmp_path / "map.html").exists()


def test_titles_say_what_is_drawn(seed_store):
    G = build_map(seed_store, focus="irgc", depth=1, filters=Filters(predicates={"PART_OF", "DEPLOYS"}))
    assert (
        G.graph["title"]
        == "armsgraph network around Islamic Revolutionary Guard Corps (1 step) · DEPLOYS, PART_OF"
    )


def test_injected_markup_stays_inside_the_json_data(store, tmp_path):
    write_evil_facts(store, tmp_path)
    page = network_html(fetch_network(store, focus="acme"))
    assert "<img" not in page and "<script>alert" not in page
    assert page.count("</script>") == 4  # data, library, layout, our code: nothing closes a script early
    data = graph_data(page)
    acme = next(n for n in data["nodes"] if n["key"] == "acme")
    assert acme["p"]["name"] == EVIL  # kept verbatim, to be shown as text
    assert "textContent" in page and "innerHTML" not in page.split("</script>")[-2]


def test_large_maps_get_the_fast_layout_and_say_so():
    assert choose_layout(200, 600).mode == "physics"
    fast = choose_layout(201, 400)
    assert fast.mode == "fast" and "fast layout" in fast.note and "201 nodes" in fast.note
    assert choose_layout(50, 601).mode == "fast"
    data = graph_data(network_html(synthetic_network(300, 900)))
    assert data["layout"]["mode"] == "fast" and len(data["edges"]) == 900


def _comparable(G) -> list[str]:
    """Nodes and edges with every attribute, statement order within a date ignored."""

    def plain(d):
        d = {k: v for k, v in d.items() if k != "labels"}
        for claim in [d, *d.get("evidence", [])]:
            if "statements" in claim:
                claim["statements"] = sorted(
                    claim["statements"], key=lambda st: json.dumps(st, sort_keys=True)
                )
        return json.dumps(d, sort_keys=True, default=list)

    return sorted([f"{n} {plain(d)}" for n, d in G.nodes(data=True)]) + sorted(
        f"{s} {o} {plain(d)}" for s, o, d in G.edges(data=True)
    )


@pytest.mark.neo4j
def test_maps_are_the_same_from_neo4j(neo4j_store, seed_store, tmp_path):
    write_graph(neo4j_store, build_graph(read_fact_files([SEED_FACTS])))
    filters = Filters(status={"contested", "reported"}, since="2024-09")
    for fetch in (fetch_network, fetch_claims):
        assert _comparable(fetch(neo4j_store, filters=filters)) == _comparable(
            fetch(seed_store, filters=filters)
        )
        assert _comparable(fetch(neo4j_store, focus="irgc")) == _comparable(fetch(seed_store, focus="irgc"))
    query = "MATCH p = (:Person {id: $id})-[:MEMBER_OF]->() RETURN p"
    G = fetch_query(neo4j_store, query, {"id": "nasser-kanani"})
    assert sorted(d["name"] for _, d in G.nodes(data=True)) == [
        "Ministry of Foreign Affairs of Iran",
        "Nasser Kanani",
    ]
    result = render_network(neo4j_store, tmp_path / "map.html", claims=True)
    assert (result.nodes, result.edges) == (59, 91)
