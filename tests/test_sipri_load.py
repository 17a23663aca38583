"""The register in the graph: deals as claims SIPRI states, checked against the news."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from armsgraph.cli import cli
from graph.builder import build_graph
from graph.crosscheck import check_claims, describe_check, unreported_deals
from graph.errors import FactValidationError
from graph.facts import parse_document
from graph.writer import write_graph
from loaders import read_fact_files
from loaders.sipri import read_register_document

from .conftest import SEED_FACTS, SIPRI_REGISTER, counts

DOCUMENT = read_register_document(SIPRI_REGISTER)


def load_register(store):
    write_graph(store, build_graph([DOCUMENT.file]))


def edges(store):
    return store.run(
        "MATCH (s)-[r]->(o) RETURN s.id AS s, type(r) AS t, o.id AS o, properties(r) AS p ORDER BY s, t, o, p.fact_id"
    )


def test_the_register_becomes_one_document_of_supply_facts_stated_by_sipri():
    document = DOCUMENT.file.document
    assert document.article.outlet == "sipri" and document.article.dataset == "sipri-arms-transfers"
    assert document.article.published == "2026-02-03"
    assert {f.predicate.value for f in document.facts} == {"SUPPLIES"}
    assert {f.stance.value for f in document.facts} == {"asserted"}
    assert len(document.facts) == 28 and DOCUMENT.n_claims == 27
    assert [p.line for p in DOCUMENT.skipped] == [16, 19]


def test_each_deal_is_a_sipri_statement_of_its_claim_with_the_deal_on_the_edge(store):
    load_register(store)
    [row] = store.run(
        "MATCH (s:Entity)-[r:REPORTS]->(c:Claim {id: 'SUPPLIES:iran>russia:fath-360'}) "
        "RETURN s.id AS source, r.stance AS stance, r.date AS date, properties(r) AS p, c.status AS status"
    )
    assert (row["source"], row["stance"], row["date"], row["status"]) == (
        "sipri",
        "asserted",
        "2023",
        "reported",
    )
    p = row["p"]
    assert (p["number_ordered"], p["number_delivered"], p["delivery_years"]) == (150, 150, [2024])
    assert (p["order_year"], p["order_year_uncertain"], p["number_delivered_uncertain"]) == (
        2023,
        False,
        True,
    )
    assert (p["tiv_per_unit"], p["tiv_order"], p["tiv_delivered"]) == (0.12, 18.0, 18.0)
    assert (p["deal_status"], p["designation"], p["description"]) == ("New", "Fath-360", "SSM")
    assert p["dataset"] == "sipri-arms-transfers" and p["article"] == "sipri-trade-register-2026-02-03"
    assert "comments" not in p and "number_ordered" in p


def test_two_deals_of_one_proposition_are_one_claim_with_two_statements(store):
    load_register(store)
    rows = store.run(
        "MATCH (:Entity {id: 'sipri'})-[r:REPORTS]->(c:Claim {id: 'SUPPLIES:russia>afghanistan:mi-17'}) "
        "RETURN r.fact_id AS fact, r.number_delivered AS delivered, c.n_sources AS n ORDER BY fact"
    )
    assert rows == [
        {"fact": "russia>afghanistan:mi-17:2010", "delivered": 6, "n": 1},
        {"fact": "russia>afghanistan:mi-17:2010#2", "delivered": 4, "n": 1},
    ]


def test_the_register_is_an_article_node_every_deal_is_stated_in(store):
    load_register(store)
    rows = store.run(
        "MATCH (c:Claim)-[st:STATED_IN]->(a:Article {dataset: 'sipri-arms-transfers'}) "
        "RETURN a.id AS id, a.url AS url, count(st) AS deals"
    )
    assert rows == [
        {
            "id": "sipri-trade-register-2026-02-03",
            "url": "https://www.sipri.org/databases/armstransfers",
            "deals": 28,
        }
    ]


def test_weapons_link_to_their_classes_and_historic_states_to_their_deals(store):
    load_register(store)
    chain = store.run(
        "MATCH (:WeaponSystem {id: 'mi-17'})-[:IS_A*]->(c:WeaponCategory) RETURN c.id AS id ORDER BY id"
    )
    assert [r["id"] for r in chain] == ["helicopter", "transport-helicopter"]
    soviet = store.run(
        "MATCH (s:Country {id: 'soviet-union'})-[r:SUPPLIES]->(o:Entity) RETURN s.iso3 AS iso3, o.id AS o, r.weapons AS w ORDER BY o"
    )
    assert soviet == [
        {"iso3": "SUN", "o": "afghanistan", "w": ["t-55"]},
        {"iso3": "SUN", "o": "east-germany", "w": ["mig-21bis"]},
    ]


def test_loading_the_register_twice_changes_nothing(store):
    load_register(store)
    first, snapshot = counts(store), edges(store)
    write_graph(store, build_graph([read_register_document(SIPRI_REGISTER).file]))
    assert counts(store) == first
    assert edges(store) == snapshot


def test_news_and_register_share_weapon_nodes_and_claims(store):
    write_graph(store, build_graph([*read_fact_files([SEED_FACTS]), DOCUMENT.file]))
    rows = store.run(
        "MATCH (src)-[r:REPORTS]->(c:Claim {id: 'SUPPLIES:iran>russia:fath-360'}) "
        "RETURN src.id AS source, r.stance AS stance, c.status AS status ORDER BY source"
    )
    # Reuters raised it as possible, SIPRI records it, Iran's denial of ballistic missiles covers it.
    assert [(r["source"], r["stance"]) for r in rows] == [("reuters", "hypothetical"), ("sipri", "asserted")]
    assert rows[0]["status"] == "contested"
    assert store.run("MATCH (w:WeaponSystem {id: 'fath-360'}) RETURN count(w) AS n") == [{"n": 1}]


def test_a_news_claim_of_a_class_is_checked_against_the_systems_under_it(seed_and_register_store):
    checks = {row["claim"]: row for row in check_claims(seed_and_register_store)}
    srbm = checks["SUPPLIES:iran>russia:short-range-ballistic-missile"]
    assert [r["designation"] for r in srbm["sipri_records"]] == ["Fath-360"]
    assert srbm["sipri_records"][0]["number_delivered"] == 150
    anything = checks["SUPPLIES:iran>russia"]
    # In order of the deals: by year of order, then as the register lists them.
    assert [r["weapon"] for r in anything["sipri_records"]] == [
        "shahed-136",
        "shahed-131",
        "mohajer-6",
        "fath-360",
    ]


def test_a_check_reads_as_who_said_what_and_what_sipri_records(seed_and_register_store):
    checks = {row["claim"]: row for row in check_claims(seed_and_register_store)}
    text = describe_check(checks["SUPPLIES:iran>russia:short-range-ballistic-missile"])
    assert text == (
        "Iran → Russia, short-range ballistic missile (contested): reported by The Wall Street Journal, "
        "Iran Denies Allegations of Supplying Ballistic Missiles to Russia; denied by Nasser Kanani "
        "(of ballistic-missile), Permanent Mission of Iran to the United Nations (of ballistic-missile). "
        "SIPRI records 150? Fath-360 delivered in 2024 (ordered 2023)."
    )


def test_news_claims_are_checked_only_from_news_articles(seed_and_register_store):
    checks = check_claims(seed_and_register_store)
    assert {row["supplier"] for row in checks} == {"iran"}
    statements = [st for row in checks for st in row["statements"]]
    assert "sipri" not in {st["source"] for st in statements}


def test_big_deals_the_news_never_mentions_are_listed_biggest_first(seed_and_register_store):
    deals = unreported_deals(seed_and_register_store, min_tiv=100, since=2014, limit=10)
    assert [(d["supplier"], d["recipient"], d["designation"]) for d in deals] == [
        ("france", "india", "Rafale M"),
        ("united-states", "poland", "M-1A2 Abrams"),
        ("united-states", "ukraine", "FGM-148 Javelin"),
        ("north-korea", "russia", "Hwasong-11"),
    ]
    # Iran -> Russia deals are mentioned: the news says Iran supplies weapons to Russia.
    assert not [
        d
        for d in unreported_deals(seed_and_register_store, min_tiv=0, since=0, limit=100)
        if d["supplier"] == "iran" and d["recipient"] == "russia"
    ]


def document_with_record(record: dict) -> dict:
    """A one-fact document whose fact carries ``record``."""
    fact = {"id": "f1", "predicate": "SUPPLIES", "subject": "iran", "object": "russia"}
    fact |= {"stance": "asserted", "quote": "q", "record": record}
    return {"article": {"id": "a1", "title": "T"}, "facts": [fact]}


def test_a_record_holds_flat_values_only():
    doc = document_with_record({"years": [2022, 2023], "note": {"nested": 1}})
    with pytest.raises(FactValidationError, match="'note': a record holds strings, numbers"):
        parse_document(doc, file="a1.yaml")


def test_a_record_cannot_overwrite_the_statement_edge_properties():
    doc = document_with_record({"stance": "denied"})
    with pytest.raises(FactValidationError, match="'stance' cannot name a record field"):
        parse_document(doc, file="a1.yaml")


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def test_cli_loads_a_register_found_by_content_and_says_how_many_rows_became_claims(tmp_path, caplog):
    db = tmp_path / "graph.db"
    result = run(db, "load", str(SEED_FACTS), str(SIPRI_REGISTER))
    assert result.exit_code == 0, result.output
    assert "Loaded 1 document(s), 34 facts." in result.output
    assert "30 rows, 28 deals as 27 claims; 2 rows left out." in result.output
    notes = [r.getMessage() for r in caplog.records]
    assert f"{SIPRI_REGISTER}:19: field Year of order: '19x5' is not a year; row left out" in notes
    assert any(n.startswith(f"{SIPRI_REGISTER}:16: field Recipient: 'Atlantis'") for n in notes)
    again = run(db, "load", "--sipri", str(SIPRI_REGISTER))
    assert again.output.splitlines()[-1] == result.output.splitlines()[-1]  # the same nodes and relationships


def test_cli_validate_reads_a_register_without_loading_it(tmp_path):
    result = run(tmp_path / "graph.db", "validate", "--sipri", str(SIPRI_REGISTER))
    assert result.exit_code == 0
    assert "Read the SIPRI trade register" in result.output and "27 claims" in result.output


def test_cli_load_needs_something_to_load(tmp_path):
    result = run(tmp_path / "graph.db", "load")
    assert result.exit_code == 2 and "--sipri FILE" in result.output


def test_cli_crosscheck_prints_checks_unmentioned_deals_and_sipri_credit(tmp_path):
    db = tmp_path / "graph.db"
    run(db, "load", str(SEED_FACTS), "--sipri", str(SIPRI_REGISTER))
    result = run(db, "crosscheck", "--since", "2020")
    assert result.exit_code == 0, result.output
    assert "- Iran → Russia, Fath-360 (contested): raised as possible by Reuters;" in result.output
    assert "- United States → Poland: 250 M-1A2 Abrams (tank) ordered in 2022" in result.output
    assert (
        "Information from the SIPRI Arms Transfers Database, URL <http://armstrade.sipri.org/>."
        in result.output
    )
    data = json.loads(run(db, "crosscheck", "--format", "json", "--limit", "1").output)
    assert data["register"]["id"] == "sipri-trade-register-2026-02-03"
    assert len(data["claims"]) == 5 and len(data["unreported"]) == 1


def test_cli_crosscheck_without_a_register_says_how_to_load_one(tmp_path):
    db = tmp_path / "graph.db"
    run(db, "load", str(SEED_FACTS))
    result = run(db, "crosscheck")
    assert result.exit_code == 1
    assert (
        "Error: no SIPRI trade register in the store; load one with 'armsgraph load --sipri FILE'"
        in result.output
    )
