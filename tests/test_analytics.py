"""Analytics answer the analysts' questions about the seed graph, and count sources honestly."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from armsgraph.cli import analyze, cli
from graph import analytics
from graph.nxgraph import fetch_graph
from loaders import load_inputs


@pytest.fixture(scope="module")
def G(seed_store) -> nx.MultiDiGraph:
    return fetch_graph(seed_store)


def country_graph(*names: str) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for n in names:
        G.add_node(n, labels=["Entity", "Country"], name=n.title())
    return G


def test_iran_is_the_top_supplier_and_russia_the_top_recipient(G):
    rows = {r["actor"]: r for r in analytics.actor_importance(G)}
    assert set(rows) == {"iran", "russia"}
    assert rows["iran"]["supplies_weight"] == 7 and rows["russia"]["receives_weight"] == 7
    assert rows["iran"]["supplier_rank"] > rows["russia"]["supplier_rank"]
    assert rows["russia"]["recipient_rank"] > rows["iran"]["recipient_rank"]


def test_supplies_only_ever_denied_are_no_link_in_the_network():
    G = country_graph("a", "b", "c")
    G.add_edge("a", "b", type="SUPPLIES", status="denied", n_sources=3)
    G.add_edge("b", "c", type="SUPPLIES", status="reported", n_sources=1)
    assert list(analytics.supply_network(G).edges) == [("b", "c")]
    assert {r["actor"] for r in analytics.actor_importance(G)} == {"b", "c"}


def test_a_re_exporter_is_the_broker_of_the_supply_network():
    G = country_graph("iran", "russia", "belarus")
    G.add_edge("iran", "russia", type="SUPPLIES", status="reported", n_sources=2)
    G.add_edge("russia", "belarus", type="SUPPLIES", status="reported", n_sources=1)
    assert [r["actor"] for r in analytics.brokers(G)] == ["russia"]


def test_iran_connects_the_seed_story_as_its_main_broker(G):
    rows = analytics.brokers(G, network="entities")
    assert rows[0]["actor"] == "iran"
    assert analytics.brokers(G, network="supply") == []  # one supplier, one recipient: nobody in between


def test_unknown_network_is_refused(G):
    with pytest.raises(ValueError, match="unknown network"):
        analytics.brokers(G, network="trade")


def test_communities_keep_ukraine_apart_from_irans_ministry(G):
    rows = analytics.communities(G)
    where = {m: r["community"] for r in rows for m in r["members"]}
    assert where["ukraine"] == where["ukraine-foreign-ministry"] == where["andriy-yermak"]
    assert where["iran-foreign-ministry"] == where["nasser-kanani"] != where["ukraine"]
    assert [r["size"] for r in rows] == sorted((r["size"] for r in rows), reverse=True)
    assert analytics.communities(G) == rows  # the same seed, the same communities


def test_iranian_drones_reach_use_against_ukraine_through_russia(G):
    rows = analytics.supply_chains(G)
    assert [(r["producer"], r["route"], r["user"], r["weapon"], r["against"]) for r in rows] == [
        ("iran", ["iran", "russia"], "russia", "shahed-drones", ["ukraine"])
    ]
    assert rows[0]["basis"] == "unspecified weapons"  # Ukraine's "stop supplying weapons to Russia"
    assert rows[0]["claims"] == ["SUPPLIES:iran>russia", "USES:russia>shahed-drones"]


def chain_graph() -> nx.MultiDiGraph:
    G = country_graph("iran", "russia", "belarus")
    G.add_node("russia-armed-forces", labels=["Entity", "Organization"])
    G.add_node("shahed-drones", labels=["Entity", "WeaponCategory"], origin="iran")
    G.add_node("shahed-136", labels=["Entity", "WeaponSystem"])
    G.add_node("fath-360", labels=["Entity", "WeaponSystem"], origin="iran")
    G.add_edge("shahed-136", "shahed-drones", type="IS_A")
    G.add_edge("russia-armed-forces", "russia", type="PART_OF", status="reported")
    G.add_node("s1", labels=["Claim"], weapon="shahed-drones", status="reported")
    G.add_node("u1", labels=["Claim"], against=["ukraine"], status="reported")
    G.add_edge("iran", "russia", type="SUPPLIES", status="reported", claims=["s1"])
    G.add_edge("russia-armed-forces", "shahed-136", type="USES", status="reported", claims=["u1"])
    return G


def test_a_chain_reaches_a_user_belonging_to_the_recipient_through_a_weapon_category():
    rows = analytics.supply_chains(chain_graph())
    assert [(r["route"], r["user"], r["weapon"], r["produced"], r["basis"]) for r in rows] == [
        (["iran", "russia"], "russia-armed-forces", "shahed-136", "shahed-drones", "category")
    ]


def test_a_detour_through_a_third_state_counts_only_without_a_direct_supply():
    G = chain_graph()
    G.add_edge("iran", "belarus", type="SUPPLIES", status="reported", claims=["s1"])
    G.add_edge("belarus", "russia", type="SUPPLIES", status="reported", claims=["s1"])
    assert [r["route"] for r in analytics.supply_chains(G)] == [["iran", "russia"]]
    G.remove_edge("iran", "russia")
    assert [r["route"] for r in analytics.supply_chains(G)] == [["iran", "belarus", "russia"]]
    assert analytics.supply_chains(G, max_hops=1) == []


def test_a_supply_of_another_weapon_makes_no_chain():
    G = chain_graph()
    G.nodes["s1"]["weapon"] = "fath-360"
    assert analytics.supply_chains(G) == []


def test_corroboration_counts_a_state_and_its_officials_once(G):
    rows = {r["claim"]: r for r in analytics.corroboration(G)}
    generic = rows["SUPPLIES:iran>russia"]
    assert "andriy-yermak + ukraine-foreign-ministry" in generic["independent_sources"]
    assert generic["n_independent"] == 4


def test_possibilities_and_denials_do_not_corroborate(G):
    rows = {r["claim"]: r for r in analytics.corroboration(G)}
    fath = rows["SUPPLIES:iran>russia:fath-360"]  # only Reuters' "may receive"
    assert fath["n_sources"] == 1 and fath["n_independent"] == 0
    ballistic = rows["SUPPLIES:iran>russia:ballistic-missile"]  # WSJ's "short-range" report counts for it
    assert ballistic["independent_sources"] == [
        "andriy-yermak",
        "article:iran-denies-missiles-2024-09-10",
        "wall-street-journal",
    ]


def write_fact(folder, article_id, outlet, stance, attributed_to=None):
    attribution = f", attributed_to: [{attributed_to}]" if attributed_to else ""
    (folder / f"{article_id}.yaml").write_text(
        f"""
article: {{id: {article_id}, title: T, published: 2024-10-01, outlet: {outlet}}}
facts:
  - {{id: f1, predicate: SUPPLIES, subject: iran, object: russia, weapons: [fath-360],
     stance: {stance}{attribution}, quote: "Iran sent Fath-360 missiles to Russia."}}
""",
        encoding="utf-8",
    )


def test_one_outlet_and_an_outlet_repeating_an_agency_are_one_source(store, tmp_path):
    write_fact(tmp_path, "cnn-1", "cnn", "reported", attributed_to="reuters")  # CNN carries Reuters
    write_fact(tmp_path, "cnn-2", "cnn", "asserted")
    write_fact(tmp_path, "cnn-3", "cnn", "asserted")  # the same outlet again
    write_fact(tmp_path, "bbc-1", "bbc", "asserted")
    load_inputs(store, [tmp_path])
    claim = "SUPPLIES:iran>russia:fath-360"
    G = fetch_graph(store)
    assert G.nodes[claim]["n_sources"] == 3  # reuters, cnn, bbc
    assert analytics.independent_sources(G, claim) == [["bbc"], ["cnn", "reuters"]]


def test_contested_claims_name_the_deniers_of_the_broader_claim(G):
    rows = {r["claim"]: r for r in analytics.contested_claims(G)}
    assert set(rows) == {
        "SUPPLIES:iran>russia:ballistic-missile",
        "SUPPLIES:iran>russia:short-range-ballistic-missile",
    }
    srbm = rows["SUPPLIES:iran>russia:short-range-ballistic-missile"]
    assert srbm["stated_by"] == ["article:iran-denies-missiles-2024-09-10", "wall-street-journal"]
    assert srbm["denied_by"] == ["iran-mission-to-the-un", "nasser-kanani"]


def test_denials_say_who_carried_them_and_what_they_cover(G):
    rows = analytics.denials(G)
    assert [(r["date"], r["denier"], r["carried_by"]) for r in rows] == [
        ("2024-09-08", "nasser-kanani", ["irna"]),
        ("2024-09-10", "iran-mission-to-the-un", []),
    ]
    assert "SUPPLIES:iran>russia:fath-360" in rows[0]["covers"]
    assert "completely baseless" in rows[0]["quote"]


def test_pair_timeline_is_dated_in_order_and_includes_bodies_of_each_side(G):
    rows = analytics.pair_timeline(G, "russia", "iran")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates) and dates[0] == "2023-12"
    assert ("sbu", "TRAINS") in {
        (r["source"], r["predicate"]) for r in rows
    }  # IRGC general → Russian military
    assert ("irna", "SUPPLIES:iran>russia:ballistic-missile") in {(r["source"], r["about"]) for r in rows}
    narrow = analytics.pair_timeline(G, "russia", "iran", members=False)
    assert "TRAINS" not in {r["predicate"] for r in narrow}
    with pytest.raises(KeyError):
        analytics.pair_timeline(G, "iran", "atlantis")


@pytest.mark.parametrize("command", sorted(analyze.commands))
def test_every_analysis_has_help(command):
    result = CliRunner().invoke(cli, ["analyze", command, "--help"])
    assert result.exit_code == 0
    assert len(analyze.commands[command].get_short_help_str()) > 10


def test_analyses_from_the_cli_print_tables_and_json(tmp_path):
    from .conftest import SEED_FACTS

    db = str(tmp_path / "graph.db")
    assert CliRunner().invoke(cli, ["--db", db, "load", str(SEED_FACTS)]).exit_code == 0
    for args in (
        ["importance"],
        ["brokers", "--network", "entities"],
        ["communities"],
        ["supply-chains"],
        ["corroboration"],
        ["contested"],
        ["denials"],
        ["timeline", "iran", "russia"],
    ):
        result = CliRunner().invoke(cli, ["--db", db, "analyze", *args, "--format", "json"])
        assert result.exit_code == 0, (args, result.output)
        assert json.loads(result.output), args
    table = CliRunner().invoke(cli, ["--db", db, "analyze", "supply-chains"]).output
    assert table.splitlines()[0].split()[:3] == ["producer", "route", "user"]
    missing = CliRunner().invoke(cli, ["--db", db, "analyze", "timeline", "iran", "atlantis"])
    assert missing.exit_code == 2 and "no entity 'atlantis'" in missing.output
