"""The seed article's graph answers the analysts' questions with exact rows."""

from __future__ import annotations

import yaml

from cypher import get_query

from .conftest import SEED_ARTICLE, SEED_FACTS


def ask(store, name, **params):
    return store.run(get_query(name).text, params)


def test_iran_russia_supplies_edge_is_contested(seed_store):
    rows = ask(seed_store, "suppliers-of", recipient="russia")
    assert [(r["supplier"], r["status"]) for r in rows] == [("iran", "contested")]
    assert rows[0]["weapons"] == ["ballistic-missile", "fath-360", "missile", "short-range-ballistic-missile"]
    assert rows[0]["first_reported"] == "2023-12"


def test_denial_never_creates_a_positive_claim_by_the_denier(seed_store):
    rows = seed_store.run(
        "MATCH (a:Entity)-[r:REPORTS|CONFIRMS]->(:Claim) WHERE a.id IN ['nasser-kanani', 'iran-mission-to-the-un'] "
        "RETURN count(r) AS n"
    )
    assert rows == [{"n": 0}]
    denials = ask(seed_store, "denials")
    assert {(r["denier"], r["claim"]) for r in denials} == {
        ("nasser-kanani", "SUPPLIES:iran>russia:ballistic-missile"),
        ("iran-mission-to-the-un", "SUPPLIES:iran>russia:ballistic-missile"),
    }


def test_claims_per_weapon_carry_their_own_status(seed_store):
    rows = ask(seed_store, "recipients-of", supplier="iran")
    assert {(r["weapon"], r["status"]) for r in rows} == {
        ("ballistic-missile", "contested"),
        (
            "short-range-ballistic-missile",
            "contested",
        ),  # WSJ report; covered by the denials of "ballistic missiles"
        ("fath-360", "denied"),  # only Reuters' "may receive", covered by the denials
        ("missile", "confirmed"),  # the MP's "missiles for soy and wheat", which nobody denies as such
        (None, "reported"),  # Ukraine's "stop supplying weapons"
    }
    missile = next(r for r in rows if r["weapon"] == "missile")
    assert missile["in_exchange_for"] == ["soy", "wheat"]


def test_contested_claims_name_who_stated_and_who_denied(seed_store):
    rows = ask(seed_store, "contested-claims")
    pairs = {(r["weapon"], r["stated_by"], r["denied_by"]) for r in rows}
    assert ("short-range-ballistic-missile", "wall-street-journal", "nasser-kanani") in pairs
    assert ("short-range-ballistic-missile", "wall-street-journal", "iran-mission-to-the-un") in pairs
    assert ("missile", "ahmad-bakhshayesh-ardestani", "nasser-kanani") not in pairs
    assert {r["denied_claim"] for r in rows} == {"SUPPLIES:iran>russia:ballistic-missile"}


def test_irna_reports_kananis_denial_as_a_claim_of_its_own(seed_store):
    rows = seed_store.run(
        "MATCH (:Entity {id: 'irna'})-[:REPORTS]->(d:Claim)-[:ABOUT]->(c:Claim) "
        "MATCH (d)-[:SUBJECT]->(s:Entity) RETURN d.predicate AS p, s.id AS denier, c.id AS about"
    )
    assert rows == [
        {"p": "DENIES", "denier": "nasser-kanani", "about": "SUPPLIES:iran>russia:ballistic-missile"}
    ]


def test_training_link_from_the_sbu_claim(seed_store):
    rows = ask(seed_store, "training-links")
    assert [
        (r["trainer"], r["trainee"], r["weapons"], r["status"], r["trainer_affiliations"]) for r in rows
    ] == [
        (
            "abbas-mousa-sharifi-moasarei",
            "russia-armed-forces",
            ["mohajer-6", "shahed-136"],
            "reported",
            ["irgc"],
        )
    ]
    sources = ask(seed_store, "statements-by", actor="sbu")
    assert {r["claim"] for r in sources} == {
        "TRAINS:abbas-mousa-sharifi-moasarei>russia-armed-forces:shahed-136",
        "TRAINS:abbas-mousa-sharifi-moasarei>russia-armed-forces:mohajer-6",
        "MEMBER_OF:abbas-mousa-sharifi-moasarei>irgc",
    }


def test_warnings_and_sanctions(seed_store):
    rows = ask(seed_store, "warnings-and-sanctions")
    assert [(r["actor"], r["predicate"], r["target"], r["status"], r["date"]) for r in rows] == [
        ("g7", "SANCTIONS", "iran", "hypothetical", "2024-03"),
        ("g7", "WARNS", "iran", "reported", "2024-03"),
        ("ukraine-foreign-ministry", "WARNS", "iran", "reported", "2024-09-07"),
        ("andriy-yermak", "WARNS", "iran", "reported", "2024-09-10"),
    ]
    assert rows[2]["about"] == ["SUPPLIES:iran>russia:ballistic-missile"]


def test_russia_uses_iranian_shahed_drones_against_ukraine(seed_store):
    rows = ask(seed_store, "weapons-of-origin", origin="iran")
    assert {(r["weapon"], tuple(r["users"])) for r in rows} == {
        ("fath-360", ("russia",)),
        ("mohajer-6", ("russia-armed-forces",)),
        ("shahed-136", ("russia-armed-forces",)),
        ("shahed-drones", ("russia",)),
    }
    uses = seed_store.run(
        "MATCH (c:Claim {predicate: 'USES'}) RETURN c.subject AS s, c.object AS o, c.against AS against"
    )
    assert uses == [{"s": "russia", "o": "shahed-drones", "against": ["ukraine"]}]


def test_irgc_deployment_for_the_russian_delegation(seed_store):
    rows = ask(seed_store, "actor-profile", actor="irgc")
    deploys = [r for r in rows if r["predicate"] == "DEPLOYS"]
    assert [(r["object"], r["stance"]) for r in deploys] == [("ballistic-missile", "asserted")]
    assert deploys[0]["quote"].startswith("Last December, the IRGC deployed ballistic missiles")


def test_memberships_reach_the_state(seed_store):
    rows = ask(seed_store, "members-of", body="iran")
    depth = {r["member"]: r["depth"] for r in rows}
    assert depth == {
        "iran-foreign-ministry": 1,
        "iran-parliament": 1,
        "irgc": 1,
        "irna": 1,
        "abbas-mousa-sharifi-moasarei": 2,
        "iran-mission-to-the-un": 2,
        "nasser-kanani": 2,
        "iran-parliament-national-security-committee": 2,
        "ahmad-bakhshayesh-ardestani": 2,
    }
    role = seed_store.run(
        "MATCH (c:Claim {id: 'MEMBER_OF:nasser-kanani>iran-foreign-ministry'}) RETURN c.role AS role"
    )
    assert role == [{"role": "spokesperson"}]


def test_paths_between_an_irgc_general_and_russia(seed_store):
    rows = ask(seed_store, "paths-between", source="abbas-mousa-sharifi-moasarei", target="russia")
    assert [r["path"] for r in rows] == [
        ["abbas-mousa-sharifi-moasarei", "russia-armed-forces", "russia"],
        ["abbas-mousa-sharifi-moasarei", "irgc", "iran", "russia"],
    ]


def test_pair_timeline_is_in_date_order(seed_store):
    rows = ask(seed_store, "pair-timeline", a="russia", b="iran")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    assert (rows[0]["date"], rows[0]["stance"]) == ("2023-12", "hypothetical")
    assert {"wall-street-journal", "reuters", "nasser-kanani", "ahmad-bakhshayesh-ardestani"} <= {
        r["source"] for r in rows
    }


def test_claims_ranked_by_independent_sources(seed_store):
    rows = ask(seed_store, "claims-by-sources", limit=2)
    assert [(r["claim"], r["n_sources"]) for r in rows] == [
        ("SUPPLIES:iran>russia:ballistic-missile", 5),
        ("SUPPLIES:iran>russia:short-range-ballistic-missile", 2),
    ]


def test_a_denial_of_a_category_reaches_its_systems_through_is_a(seed_store):
    rows = ask(seed_store, "weapon-categories", category="ballistic-missile")
    assert {r["weapon"] for r in rows} == {"ballistic-missile", "short-range-ballistic-missile", "fath-360"}


def test_every_seed_quote_is_verbatim_in_the_article():
    article = SEED_ARTICLE.read_text(encoding="utf-8")
    doc = yaml.safe_load((SEED_FACTS / "iran-denies-missiles-2024-09-10.yaml").read_text(encoding="utf-8"))
    missing = [f["id"] for f in doc["facts"] if f["quote"] not in article]
    assert missing == []
