"""The extractor: article text → facts with stance, attribution and evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from armsgraph.cli import cli
from graph.errors import ArticleError
from loaders.extract import article_text, evaluate, extract_file, extract_text, read_article
from tests.extracted import facts_of, only

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "articles" / "iran-denies-missiles-2024-09-10.txt"


def test_denial_never_creates_positive_supply():
    facts = facts_of("Iran denies supplying ballistic missiles to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    (denial,) = only(facts, "DENIES")
    assert supply["stance"] == "reported"
    assert denial["subject"] == "iran" and denial["claim"] == supply["id"]


def test_dismissed_reports_are_a_denial_by_the_speaker():
    facts = facts_of(
        "Iranian Foreign Ministry Spokesperson Nasser Kanani has dismissed reports that Iran sends "
        "ballistic missiles to Russia."
    )
    (denial,) = only(facts, "DENIES")
    assert denial["subject"] == "nasser-kanani"
    assert only(facts, "SUPPLIES")[0]["stance"] == "reported"


def test_negated_supply_is_denied_not_asserted():
    facts = facts_of("China has never supplied lethal weapons to Russia, the Chinese Foreign Ministry said.")
    assert all(f["stance"] != "asserted" for f in only(facts, "SUPPLIES"))
    assert only(facts, "DENIES")[0]["subject"] == "china-foreign-ministry"


def test_neither_denied_nor_confirmed_is_neither():
    facts = facts_of("The Kremlin has neither denied nor confirmed its use of North Korean-made missiles.")
    assert not only(facts, "DENIES") and not only(facts, "CONFIRMS")
    assert all(f["stance"] not in {"denied", "confirmed"} for f in facts)


def test_attribution_is_reported_with_its_source():
    facts = facts_of(
        "The Wall Street Journal on September 6 cited unnamed US officials as saying Iran has sent "
        "short-range ballistic missiles to Russia."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "reported"
    assert supply["attributed_to"] == ["wall-street-journal"]
    assert supply["weapons"] == ["short-range-ballistic-missile"]
    assert supply["date"] == "2024-09-06"


def test_sentence_final_attribution():
    facts = facts_of("North Korea is supplying artillery shells to Russia, according to the White House.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["attributed_to"]) == (
        "north-korea",
        "russia",
        ["united-states"],
    )


def test_conditional_and_prospective_claims_are_hypothetical():
    facts = facts_of(
        "The Ukrainian Foreign Ministry warned that if the transfer of ballistic missiles by Iran to "
        "Russia is confirmed, it will have devastating consequences."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "hypothetical"
    (warning,) = only(facts, "WARNS")
    assert (warning["subject"], warning["object"], warning["about"]) == (
        "ukraine-foreign-ministry",
        "iran",
        supply["id"],
    )
    assert only(
        facts_of("Reuters reported that Russia may receive Fath-360 missiles from Iran."), "SUPPLIES"
    )[0]["stance"] == ("hypothetical")


def test_a_party_speaking_of_its_own_supplies_confirms():
    facts = facts_of(
        "Senior Iranian MP Ahmad Bakhshayesh Ardestani said that Iran sends missiles to Russia "
        "in exchange for imports like soy and wheat."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "confirmed"
    assert supply["attributed_to"] == ["ahmad-bakhshayesh-ardestani"]
    assert supply["in_exchange_for"] == ["soy", "wheat"]


def test_demonym_before_a_weapon_is_its_origin_not_an_actor():
    facts = facts_of("Russia has been using Iranian Shahed drones against Ukraine.")
    (use,) = facts
    assert (use["predicate"], use["subject"], use["object"], use["against"]) == (
        "USES",
        "russia",
        "shahed-drones",
        ["ukraine"],
    )
    (supply,) = only(facts_of("Russia received Iranian drones."), "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("iran", "russia")


def test_capitals_and_the_kremlin_stand_for_their_states():
    (supply,) = only(facts_of("Tehran has supplied drones to Moscow."), "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("iran", "russia")
    (denial,) = only(facts_of("The Kremlin denied that Pyongyang sent shells to Russia."), "DENIES")
    assert denial["subject"] == "russia"


def test_titles_give_membership_and_the_state_behind_the_body():
    facts = facts_of("Chinese Foreign Ministry spokesman Wang Wenbin said that the report was false.")
    (member,) = only(facts, "MEMBER_OF")
    assert (member["subject"], member["object"], member["role"]) == (
        "wang-wenbin",
        "china-foreign-ministry",
        "spokesperson",
    )
    assert ("china-foreign-ministry", "china") in {
        (f["subject"], f["object"]) for f in only(facts, "PART_OF")
    }


def test_apposition_and_references_back_to_a_person():
    facts = facts_of(
        "Shin Won-sik, South Korean defense minister, said on Monday that Pyongyang sent shells to Russia. "
        "He also said North Korea supplied ballistic missiles to Russia."
    )
    supplies = only(facts, "SUPPLIES")
    assert [s["attributed_to"] for s in supplies] == [["shin-won-sik"], ["shin-won-sik"]]
    assert supplies[0]["date"] == "2024-09-09"
    (member,) = only(facts, "MEMBER_OF")
    assert member["object"] == "south-korea-defence-ministry"


def test_siblings_are_never_merged():
    facts = facts_of(
        "Iran supplied Shahed-131 and Shahed-136 drones to Russia. Russia delivered S-300 systems to Syria."
    )
    weapons = [w for f in only(facts, "SUPPLIES") for w in f.get("weapons", [])]
    assert {"shahed-131", "shahed-136", "s-300"} <= set(weapons)
    assert "s-400" not in weapons


def test_new_people_and_bodies_get_slug_ids_and_are_listed():
    doc = extract_text(
        "Iran's Tasnim News Agency revealed that Iran supplied the Houthis with a Ghadr-110 ballistic missile.",
        article_id="t",
    )
    ids = {e.id: e for e in doc.entities}
    (supply,) = [f for f in doc.facts if f.predicate == "SUPPLIES"]
    assert supply.attributed_to == ["tasnim-news-agency"]
    assert supply.weapons == ["ghadr"]
    assert ids["tasnim-news-agency"].kind == "media"
    referenced = {f.subject for f in doc.facts} | {f.object for f in doc.facts if f.object}
    assert referenced <= set(ids)


def test_relative_dates_resolve_against_publication():
    facts = facts_of("Last December, the IRGC deployed ballistic missiles to a training area inside Iran.")
    (deploy,) = only(facts, "DEPLOYS")
    assert deploy["date"] == "2023-12"
    assert deploy["location"] == "a training area inside Iran"


@pytest.mark.parametrize(
    ("sentence", "location"),
    [
        ("The home-made Kassam rockets manufactured in Gaza by Hamas are crude.", "Gaza"),
        (
            "Chavez's plans to build a Kalashnikov factory in South America are stirring fears.",
            "South America",
        ),
    ],
)
def test_a_place_of_production_ends_where_the_next_phrase_begins(sentence: str, location: str):
    (made,) = only(facts_of(sentence), "PRODUCES")
    assert made["location"] == location


def test_an_infinitive_after_a_production_is_no_place():
    facts = facts_of(
        "After identifying the Bulgarian company that manufactured the mortar shells, Dunarit, the "
        "team tried to trace the history of these weapons."
    )
    (made,) = only(facts, "PRODUCES")
    assert "location" not in made


def test_quantities_are_kept():
    facts = facts_of("Reuters reported that Russia may receive “hundreds” of Fath-360 missiles from Iran.")
    assert only(facts, "SUPPLIES")[0]["quantity"] == "hundreds"


def test_seed_article_reproduces_the_reviewed_facts():
    scores = evaluate(ROOT / "data" / "facts", ROOT / "data" / "articles")
    assert scores.overall().f1 >= 0.9
    assert scores.stance_accuracy >= 0.9
    assert scores.inversions == 0


def test_dev_set_has_no_denial_inversions():
    scores = evaluate(ROOT / "data" / "dev" / "facts", ROOT / "data" / "dev" / "articles")
    assert scores.documents >= 10
    assert scores.inversions == 0
    # a floor against regressions, just under today's figure: the 0.85 target is measured and
    # reported in the README (round 10's 144 articles, first read at 0.74-0.80, pulled the set from
    # 0.851 to 0.839; round 12's supplies told again, matched 89 more facts of which 41 with the
    # gold's stance, from 0.834 to 0.825; round 12's waves b and c, first read at 0.76 and 0.74, to 0.819;
    # round 17's wave 17a, first read at 0.73, from 0.811 to 0.810; round 19's wave 19a, first read at
    # 0.72, to 0.805, and its rules of plans tried, sought and due back to 0.809; round 20's wave 20a,
    # first read at 0.63, to 0.805, and its rules of approved and agreed sales back to 0.810; round 21's
    # supplies told again, matched 174 more facts at 61% agreement, from 0.812 to 0.809, and its rules
    # of the writer's asides, approvals and outlets' reports back to 0.812; round 22's officials in the
    # gazetteer, speaking for their states, from 0.812 to 0.816, and its stopped supplies back to 0.815;
    # round 24's wave 24a, first read at 0.77, from 0.8142 to 0.8134, where the round's 92 more
    # matched facts, 75 of them with the gold's stance, left it; round 25's wave 25a, first read at
    # 0.73, from 0.8136 to 0.8116)
    assert scores.stance_accuracy >= 0.811


def test_publication_date_is_read_from_the_byline():
    doc = extract_file(SEED)
    assert doc.article.published == "2024-09-10"
    assert doc.article.title == "Iran Denies Allegations of Supplying Ballistic Missiles to Russia"


# --- attribution: who says it ---------------------------------------------------


def test_source_named_after_the_verb():
    facts = facts_of("Iran sent drones to Russia last week, said Maria Lopez, a spokeswoman for Spain.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["maria-lopez"]


def test_source_before_an_apposition_is_the_person_not_their_state():
    facts = facts_of("Anna Berg, Sweden’s defence minister, said that Iran sent drones to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["attributed_to"]) == ("iran", ["anna-berg"])
    facts = facts_of(
        "Carlos Ruiz, the spokesperson of the Ministry of Defence of Chile, said that Iran sent drones to Russia."
    )
    assert only(facts, "SUPPLIES")[0]["attributed_to"] == ["carlos-ruiz"]
    (member,) = only(facts, "MEMBER_OF")
    assert (member["object"], member["role"]) == ("chile-defence-ministry", "spokesperson")


def test_the_speaker_is_credited_not_the_evidence_they_cite():
    facts = facts_of(
        "Carlos Ruiz, a spokesman for Chile, said on Friday that Chilean intelligence indicates that Iran "
        "is supplying Russia with drones."
    )
    assert only(facts, "SUPPLIES")[0]["attributed_to"] == ["carlos-ruiz"]


def test_coordinated_verbs_share_their_speaker():
    facts = facts_of(
        "Iran acknowledged that it sent drones to Russia but said that they arrived before the war."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("iran", "russia", "confirmed")


def test_a_speaker_we_cannot_name_still_makes_the_claim_reported():
    for text in (
        "They believe North Korea sent shells to Russia.",
        "North Korea sent shells to Russia, according to state media.",
    ):
        (supply,) = only(facts_of(text), "SUPPLIES")
        assert supply["stance"] == "reported" and not supply["attributed_to"]


def test_a_named_report_that_attributes_its_claim():
    facts = facts_of("Officials were asked about a Reuters report that Iran had shipped missiles to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["stance"], supply["attributed_to"]) == ("reported", ["reuters"])


def test_by_phrase_names_the_titled_person():
    facts = facts_of(
        "Iran denies sending drones to Russia. This was stated by the spokesperson of the Ministry of "
        "Foreign Affairs of Iran Nasser Kanani."
    )
    assert {d["subject"] for d in only(facts, "DENIES")} >= {"nasser-kanani"}


def test_every_sentence_of_a_quotation_belongs_to_its_speaker():
    facts = facts_of(
        "Carlos Ruiz, Chile’s defence minister, spoke on Monday. “We are worried. Belarus sent rockets to Syria. "
        "We will respond,” "
        "Ruiz told reporters."
    )
    assert only(facts, "SUPPLIES")[0]["attributed_to"] == ["carlos-ruiz"]


def test_a_quotation_after_an_attributed_one_continues_its_speaker():
    facts = facts_of(
        "“We are still assessing the impacts,” said Carlos Ruiz, a spokesman. “We expect that Belarus will send "
        "rockets to Syria.”"
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["attributed_to"], supply["stance"]) == (["carlos-ruiz"], "hypothetical")


def test_a_quotation_opened_after_its_speaker():
    facts = facts_of("Spokesman Carlos Ruiz said: “We are worried. Belarus sent rockets to Syria.”")
    assert only(facts, "SUPPLIES")[0]["attributed_to"] == ["carlos-ruiz"]


# --- supplies: who gives what to whom ---------------------------------------------


def test_the_recipient_right_after_the_verb_comes_before_a_later_for_phrase():
    facts = facts_of(
        "Belarus provided Syria with rockets, said a spokesman for the Foreign Ministry of Chile."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("belarus", "syria")


def test_listed_recipients_each_get_a_claim_and_a_denial():
    facts = facts_of("Turkey denied supplying drones to Armenia or Azerbaijan.")
    assert {(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")} == {
        ("turkey", "armenia"),
        ("turkey", "azerbaijan"),
    }
    assert len(only(facts, "DENIES")) == 2
    assert all(f["stance"] == "reported" for f in only(facts, "SUPPLIES"))


def test_a_comma_without_and_is_not_a_list_of_recipients():
    facts = facts_of(
        "After Belarus’s delivery of rockets to Serbia, Croatia must be given air defences, he added."
    )
    assert {f["object"] for f in only(facts, "SUPPLIES")} == {"serbia"}


def test_a_sentence_that_says_the_same_supply_twice_gives_one_fact():
    facts = facts_of("Belarus admitted that it sent drones to Syria but said that they were sent in 2019.")
    assert len(only(facts, "SUPPLIES")) == 1


def test_supplies_without_a_named_recipient_go_where_the_article_has_them_going():
    facts = facts_of(
        "Belarus sent rockets to Syria, Reuters reported. Belarus also sent drones, an official said. "
        "A small number of rockets had been shipped in May, the minister said."
    )
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [("belarus", "syria")] * 3


def test_an_explicit_destination_that_is_no_actor_is_not_replaced():
    facts = facts_of(
        "Belarus sent rockets to Syria. Belarus never sent weapons to any of the parties in Yemen."
    )
    assert not any(f["stance"] == "asserted" and f["id"] != "f1" for f in only(facts, "SUPPLIES"))


def test_a_passive_with_its_agent_and_a_reception_by_the_recipient():
    facts = facts_of(
        "Belarus sent rockets to Syria. Whether the shipments were received by Syria is unclear. "
        "Military aid provided by Belarus was critical, the minister said."
    )
    supplies = only(facts, "SUPPLIES")
    assert [(f["subject"], f["object"]) for f in supplies] == [("belarus", "syria")] * 3
    assert supplies[1]["stance"] == "hypothetical"


def test_seeking_arms_from_a_state_is_a_hypothetical_supply_by_that_state():
    facts = facts_of(
        "Officials assess that Syria is seeking military assistance from Belarus, including drones."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("belarus", "syria", "hypothetical")


def test_helping_a_state_with_weapons_is_a_supply():
    (supply,) = only(facts_of("Belarus is helping Syria with weapons and ammunition."), "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("belarus", "syria")
    assert not only(facts_of("Belarus is helping Syria rebuild its schools."), "SUPPLIES")


def test_what_a_speaker_announces_to_provide_their_state_provides_and_confirms():
    facts = facts_of(
        "The Pentagon announced a package of military aid worth $150 million to provide Ukraine with drones."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == (
        "united-states",
        "ukraine",
        "confirmed",
    )


def test_received_information_is_not_a_delivery_of_what_the_information_says():
    facts = facts_of(
        "Belarus sent rockets to Syria. Syria said its agencies had received information that Belarus "
        "was supplying artillery to Iraq."
    )
    assert ("belarus", "iraq") in {(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")}
    assert not any(f["subject"] == "belarus" and f["object"] == "syria" and f["id"] != "f1" for f in facts)


def test_modality_after_the_supply_does_not_make_it_hypothetical():
    facts = facts_of("Belarus sent drones to Syria, which may use them against rebels.")
    assert only(facts, "SUPPLIES")[0]["stance"] == "asserted"
    facts = facts_of("Syria may use the newly received Belarusian drones in the north, the Journal said.")
    assert only(facts, "SUPPLIES")[0]["stance"] == "reported"


def test_a_denied_plan_stays_hypothetical_and_is_never_positive():
    facts = facts_of("Belarus has denied reports about its plans to help Syria with the supply of weapons.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "hypothetical"
    assert only(facts, "DENIES")[0]["claim"] == supply["id"]


def test_denying_the_transfer_points_at_the_claim_made_earlier():
    facts = facts_of("Belarus sent rockets to Syria, Reuters reported. Belarus denied the transfer.")
    (supply,) = only(facts, "SUPPLIES")
    (denial,) = only(facts, "DENIES")
    assert denial["claim"] == supply["id"]


def test_the_weapons_a_relative_clause_uses():
    facts = facts_of("Belarus sent rockets that Syrian troops launch against rebels in Idlib.")
    (use,) = only(facts, "USES")
    assert use["object"] == "rocket"


def test_arms_bound_for_a_state_are_a_supply_without_a_supply_verb():
    facts = facts_of("Syria denies reports of Belarusian drones for Iraq.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("belarus", "iraq", "reported")
    facts = facts_of(
        "Belarus sent rockets to Syria. The crates held arms intended for Syria, officials said."
    )
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [("belarus", "syria")] * 2
    assert not only(facts_of("Belarusian drones to attack Syria were seen."), "SUPPLIES")


def test_the_origin_of_a_transferred_weapon_is_its_supplier():
    facts = facts_of(
        "Belarus sent rockets to Syria. Russia sent tanks to Iraq. "
        "Sanctions target those responsible for the transfer of the Belarusian weapons."
    )
    assert tuple(only(facts, "SUPPLIES")[-1][k] for k in ("subject", "object")) == ("belarus", "syria")


def test_a_one_word_outlet_that_reports_is_a_source_and_the_agency_later():
    facts = facts_of(
        "Belarus sent rockets to Syria, Belta reported on Monday, citing officials. "
        "They may have been used to move arms intended for Syria, according to the agency."
    )
    supplies = only(facts, "SUPPLIES")
    assert [s["attributed_to"] for s in supplies] == [["belta"], ["belta"]]
    assert supplies[1]["stance"] == "hypothetical"


def test_the_states_own_body_named_by_its_adjective():
    facts = facts_of(
        "Iran’s Tasnim News Agency said that Iran sent drones to Russia. "
        "The Iranian agency added that Iran sent missiles to Russia."
    )
    assert [s["attributed_to"] for s in only(facts, "SUPPLIES")] == [["tasnim-news-agency"]] * 2
    assert ("tasnim-news-agency", "iran") in {(f["subject"], f["object"]) for f in only(facts, "PART_OF")}


def test_a_number_in_a_weapons_name_is_no_quantity():
    (supply,) = only(facts_of("Iran supplied the Houthis with a Ghadr-110 ballistic missile."), "SUPPLIES")
    assert "quantity" not in supply


def test_a_number_in_a_model_before_a_weapon_word_is_no_quantity():
    (supply,) = only(facts_of("Germany sent Leopard 2 tanks to Ukraine."), "SUPPLIES")
    assert "quantity" not in supply


def test_a_year_before_the_count_is_no_quantity_but_a_count_is():
    facts = facts_of("Belarus will hand over to Serbia in 2018 eight MiG-29 fighter jets.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("belarus", "serbia")
    assert "quantity" not in supply
    (supply,) = only(facts_of("Russia sent 2000 rifles to Mali."), "SUPPLIES")
    assert supply["quantity"] == "2000"


def test_calling_on_a_state_to_stop_military_aid_reports_that_it_gives_it():
    facts = facts_of("Chile’s Defence Ministry called on Belarus to stop military aid to Syria.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("belarus", "syria", "reported")
    assert supply["attributed_to"] == ["chile-defence-ministry"]


def test_humanitarian_aid_is_not_arms():
    assert not only(facts_of("Belarus provided humanitarian aid to Syria."), "SUPPLIES")
    assert only(facts_of("Belarus provided military aid to Syria."), "SUPPLIES")


def test_a_supply_noun_after_a_supply_verb_is_the_same_claim():
    facts = facts_of("Officials said Belarus mulled providing “lethal” military assistance to Syria.")
    assert len(only(facts, "SUPPLIES")) == 1


def test_a_supplier_right_before_its_gerund_after_a_preposition():
    facts = facts_of("Ties grew after Russia invaded Ukraine, with Belarus supplying its drones to Syria.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("belarus", "syria")


def test_the_contents_of_a_package_named_before_are_supplied_by_it():
    facts = facts_of(
        "The Pentagon announced a new package of military aid to provide Ukraine with drones. "
        "The package also includes Javelin missiles, the spokesman said."
    )
    supplies = only(facts, "SUPPLIES")
    assert [(f["subject"], f["object"]) for f in supplies] == [("united-states", "ukraine")] * 2
    assert supplies[1]["weapons"] == ["javelin"]


def test_the_definite_category_is_the_weapon_named_before():
    facts = facts_of("Belarus gave Syria ballistic missiles, and Syria fired the missiles at rebels.")
    (use,) = only(facts, "USES")
    assert use["object"] == "ballistic-missile"
    facts = facts_of("Iran sent Shahed-136 drones to Russia. Russia used the drones against Ukraine.")
    assert only(facts, "USES")[0]["object"] == "shahed-136"


def test_makers_produce_weapons():
    facts = facts_of("Russia produces Geran-2 drones at Alabuga. Shahed-136 drones are manufactured by Iran.")
    assert [(f["subject"], f["object"]) for f in only(facts, "PRODUCES")] == [
        ("russia", "shahed-136"),
        ("iran", "shahed-136"),
    ]
    assert not only(facts_of("Russia used Iranian-produced drones against Ukraine."), "PRODUCES")


# --- denials -----------------------------------------------------------------------


def test_never_supplying_anyone_denies_every_supply_the_article_reported():
    facts = facts_of(
        "Belarus has denied supplying weapons to Syria or Iraq. "
        "“Belarus has never supplied weapons to any of the parties,” the ministry said."
    )
    denied = {f["claim"] for f in only(facts, "DENIES")}
    assert denied == {f["id"] for f in only(facts, "SUPPLIES")}
    assert not any(f["stance"] in {"asserted", "confirmed"} for f in only(facts, "SUPPLIES"))


def test_they_who_refute_are_the_state_named_before():
    facts = facts_of(
        "Belarus sent rockets to Syria, Reuters reported. I cannot add more than the Syrian officials have "
        "done. They have already refuted it."
    )
    (denial,) = only(facts, "DENIES")
    assert denial["subject"] == "syria"


def test_a_denial_heard_from_state_media_is_reported():
    facts = facts_of(
        "Reports of Belarus sending rockets to Syria are “lies”, Syrian minister Carlos Ruiz said on Monday "
        "according to state media."
    )
    (denial,) = only(facts, "DENIES")
    assert (denial["subject"], denial["stance"]) == ("carlos-ruiz", "reported")


def test_calling_reports_a_fake_is_a_denial_by_the_titled_speaker():
    facts = facts_of(
        "Press Secretary of the President of the Russian Federation Dmitry Peskov called the reports about "
        "the supplies of drones from Iran to Russia a fake."
    )
    (denial,) = only(facts, "DENIES")
    assert denial["subject"] == "dmitry-peskov"


def test_a_warning_in_the_first_person_is_the_speakers():
    facts = facts_of('"We warn the US to stop making reckless remarks," North Korea says.')
    assert [(w["subject"], w["object"]) for w in only(facts, "WARNS")] == [("north-korea", "united-states")]


def test_sanctions_a_state_says_it_will_impose_warn_their_target():
    facts = facts_of(
        '"China will take all necessary measures, including imposing sanctions on the US companies '
        'in this arms sale to Taiwan," Geng Shuang said.'
    )
    assert [(w["subject"], w["object"]) for w in only(facts, "WARNS")] == [("geng-shuang", "united-states")]


def test_a_state_that_says_it_will_oppose_a_sale_warns_its_supplier():
    facts = facts_of("Israel said it would oppose any U.S. sale of F-35 warplanes to Qatar.")
    assert [(w["subject"], w["object"]) for w in only(facts, "WARNS")] == [("israel", "united-states")]


def test_states_listed_as_objecting_to_a_deal_each_warn_its_supplier_and_no_one_before():
    facts = facts_of(
        "Russia signed a contract to sell S-300s to Iran. The missiles would boost Iran's ability to defend "
        "against air strikes, and Israel and the United States have strongly objected to the deal."
    )
    assert {(w["subject"], w["object"]) for w in only(facts, "WARNS")} == {
        ("israel", "russia"),
        ("united-states", "russia"),
    }


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        # an opening quote before the verb
        (
            "The US sold jets to Taiwan. Qin Gang said that China “is firmly opposed to the arms sales by the U.S. "
            "to Taiwan.”",
            ("china", "united-states"),
        ),
        # a verb joined to another, said of the speaker's "it"
        (
            "The US sold NASAMS to Taiwan. China said it strongly condemned and firmly opposed the sales.",
            ("china", "united-states"),
        ),
        # the one a relative clause is said of
        (
            "The US plans to sell F-16s to Pakistan. Senator Mark Hatfield, who opposed the sale, threatened a "
            "showdown.",
            ("mark-hatfield", "united-states"),
        ),
        # a noun of objection, its holder named before it and the sale a few words on
        (
            "Pakistan rejected Indian objections to a proposed 1.3 billion dollar US arms sale to Islamabad.",
            ("india", "united-states"),
        ),
        # an opposition the subject voices as "his"
        (
            "The US plans to sell jets to Israel. Netanyahu has repeatedly expressed his opposition to the sale of "
            "advanced weapons to Arab countries.",
            ("benjamin-netanyahu", "united-states"),
        ),
    ],
)
def test_whoever_opposes_or_objects_to_a_sale_however_phrased_warns_its_supplier(text, warning):
    assert warning in {(w["subject"], w["object"]) for w in only(facts_of(text), "WARNS")}


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        (
            "Denmark sent F-16 jets to Ukraine. Putin criticised the donations to Kyiv.",
            ("vladimir-putin", "denmark"),
        ),
        (
            "Russia will sell S-300 missiles to Iran. Israeli Defence Minister Moshe Ya’alon also criticized the sale.",
            ("moshe-yaalon", "russia"),
        ),
    ],
)
def test_criticising_a_supply_or_its_supplier_warns_the_supplier(text, warning):
    assert warning in {(w["subject"], w["object"]) for w in only(facts_of(text), "WARNS")}


def test_urging_a_states_government_to_stop_arms_sales_warns_the_state():
    facts = facts_of("China urges the U.S. government to stop arms sales to Taiwan.")
    assert [(w["subject"], w["object"]) for w in only(facts, "WARNS")] == [("china", "united-states")]


def test_sanctions_a_state_says_it_intends_to_impose_warn_their_target():
    facts = facts_of(
        "China says it intends to impose sanctions on U.S. companies involved in selling weapons to Taiwan."
    )
    assert [(w["subject"], w["object"]) for w in only(facts, "WARNS")] == [("china", "united-states")]


def test_the_political_opposition_to_a_sale_warns_no_one_by_that_name():
    facts = facts_of("The US sold jets to Taiwan. The Syrian opposition to the sale of arms grew.")
    assert not only(facts, "WARNS")


def test_deciding_not_to_object_to_shipments_warns_no_one():
    facts = facts_of("The Clinton administration decided not to object to Iranian arms shipments to Bosnia.")
    assert not only(facts, "WARNS")


def test_a_body_opposing_its_own_states_transfer_warns_no_one():
    facts = facts_of(
        "The US sent ATACMS missiles to Ukraine. The Pentagon initially opposed the transfer of ATACMS to Ukraine."
    )
    assert not only(facts, "WARNS")


def test_sanctions_imposed_warn_no_one():
    facts = facts_of("The EU imposed sanctions on Iran over its drone supplies to Russia.")
    assert not only(facts, "WARNS")


def test_a_threat_of_sanctions_should_a_state_supply():
    facts = facts_of(
        "The US State Department threatened to use sanctions against Iran and Russia should Tehran supply "
        "drones to Moscow."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["stance"], supply["attributed_to"]) == ("hypothetical", ["us-state-department"])
    (warning,) = only(facts, "WARNS")
    assert (warning["subject"], warning["object"], warning["about"]) == (
        "us-state-department",
        "iran",
        supply["id"],
    )
    assert {f["object"] for f in only(facts, "SANCTIONS")} == {"iran", "russia"}


def test_a_where_clause_after_a_statement_is_the_articles_own():
    facts = facts_of(
        "Belarus admitted that it sent drones to Syria before the war, where Syria has used them."
    )
    (use,) = only(facts, "USES")
    assert use["stance"] == "asserted"


def test_a_denial_with_its_own_content_is_not_about_the_earlier_claim():
    facts = facts_of(
        "Belarus sent rockets to Syria, Reuters reported. Syria denies it has violated sanctions."
    )
    assert not only(facts, "DENIES")


def test_opposing_arms_supplies_in_general_reports_no_supply():
    facts = facts_of(
        "Belarus sent rockets to Syria, Reuters reported. The Syrian minister said that Syria opposes the "
        "supply of foreign weapons to both Iraq and Belarus."
    )
    assert len(only(facts, "SUPPLIES")) == 1


def test_a_hyphenated_participle_is_an_adjective_not_an_event():
    facts = facts_of("Iran supplied the Houthis with a sea-launched ballistic missile.")
    assert not only(facts, "USES")
    assert only(facts_of("Russia test-fired the missiles into Ukraine."), "USES")


def test_modality_scopes_over_its_whole_clause():
    facts = facts_of(
        "Belarus sent rockets to Syria. The government plans to accelerate delivery of these munitions "
        "by resequencing upcoming deliveries for Syria, the ministry said."
    )
    assert [f["stance"] for f in only(facts, "SUPPLIES")][1:] == ["hypothetical"]


def test_a_name_before_a_comma_is_no_speaker():
    facts = facts_of("Iran sent drones to Russia before the war in Ukraine, the man claimed.")
    assert only(facts, "SUPPLIES")[0]["attributed_to"] == []


def test_a_ministry_named_in_lower_case_is_the_states():
    facts = facts_of(
        "Iran is sending drones to Russia, the US said. The foreign ministry of Iran refuted that."
    )
    (denial,) = only(facts, "DENIES")
    assert denial["subject"] == "iran-foreign-ministry"


def test_coordinated_deniers_each_deny_and_the_claimants_report():
    facts = facts_of(
        "Both Belarus and Syria have denied U.S. and Turkish claims that Belarus has been transferring arms "
        "to Syria."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert set(supply["attributed_to"]) == {"united-states", "turkey"}
    assert {d["subject"] for d in only(facts, "DENIES")} == {"belarus", "syria"}


def test_a_speaker_cited_as_adding():
    facts = facts_of(
        "Iran’s foreign minister, Hossein Amirabdollahian, spoke on Friday. He was cited as adding, ‘the "
        "claim that Iran has sent missiles to Russia is incorrect.’"
    )
    (denial,) = only(facts, "DENIES")
    assert denial["subject"] == "hossein-amirabdollahian"
    assert only(facts, "SUPPLIES")[0]["stance"] == "reported"


def test_the_object_of_one_verb_is_not_the_subject_of_the_next():
    facts = facts_of(
        "Tehran is getting ready to train Russian forces to use drones and provide them to Russia."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("iran", "russia")


def test_names_with_a_middle_initial_a_typo_or_one_word():
    facts = facts_of(
        "Spokesman John F. Kirby said that Iran sent drones to Russia. Kriby said that Iran sent missiles "
        "to Russia. “Iran sent rockets to Russia,” Lopez told reporters."
    )
    assert [f["attributed_to"] for f in only(facts, "SUPPLIES")] == [
        ["john-kirby"],
        ["john-kirby"],
        ["lopez"],
    ]


def test_anti_tank_weapons_are_no_tanks_and_military_aid_is_no_army():
    facts = facts_of("Washington’s military assistance to Ukraine includes anti-tank weapons.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["subject"] == "united-states"
    assert "tank" not in supply.get("weapons", [])


def test_what_a_state_acknowledges_doing_it_did():
    facts = facts_of("On Saturday, Iran for the first time acknowledged providing drones to Moscow.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("iran", "russia", "confirmed")


def test_the_possessor_of_a_recipient_is_not_the_recipient():
    facts = facts_of(
        "Assessors say Iran violated a United Nations arms embargo by providing missiles to Yemen's Houthi rebels."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("iran", "houthis", "reported")


def test_a_titled_speaker_after_the_claim():
    facts = facts_of("Germany has delivered tanks to Ukraine, Chancellor Olaf Scholz said on Monday.")
    assert only(facts, "SUPPLIES")[0]["attributed_to"] == ["olaf-scholz"]


def test_who_calls_claims_untrue_is_the_denier_not_the_claimant():
    facts = facts_of(
        "Iran’s foreign minister, Hossein Amirabdollahian, denied as untrue American claims that Iran had "
        "sent drones to Russia."
    )
    (denial,) = only(facts, "DENIES")
    assert denial["subject"] == "hossein-amirabdollahian"
    assert only(facts, "SUPPLIES")[0]["attributed_to"] == ["united-states"]


def test_a_target_is_not_taken_from_the_next_statement():
    facts = facts_of(
        "The envoy called the Houthis' firing of a ballistic missile a red siren and said the United "
        "States would push for action against Iran."
    )
    assert not only(facts, "USES")[0]["against"]


def test_a_title_that_names_a_state_before_the_speaker():
    facts = facts_of(
        "Russia received missiles from Iran, US Secretary of State Daniel Harlow said on Tuesday."
    )
    assert only(facts, "SUPPLIES")[0]["attributed_to"] == ["daniel-harlow"]


def test_not_denying_is_no_denial():
    facts = facts_of(
        "Belarus sent rockets to Syria, Reuters reported. The Kremlin did not deny the accusations."
    )
    assert not only(facts, "DENIES")


def test_a_denial_verb_denies_what_follows_it_and_a_negation_its_own_claim():
    facts = facts_of(
        "Belarus sent rockets to Syria, Reuters reported. Senior commander Carlos Ruiz told state media that "
        "no missile was sent to Syria, while the ministry also rejected the claims."
    )
    denials = only(facts, "DENIES")
    assert "carlos-ruiz" in {d["subject"] for d in denials}
    assert all(not d.get("attributed_to") for d in denials)  # the ministry's denial is not Ruiz's report
    assert all(f["stance"] != "asserted" for f in only(facts, "SUPPLIES"))


def test_a_warning_reported_by_someone_else_and_one_about_no_arms():
    facts = facts_of(
        "Carlos Ruiz, a spokesman, said that Washington warned Iran that sending missiles to Russia would be an escalation."
    )
    (warning,) = only(facts, "WARNS")
    assert (warning["subject"], warning["stance"], warning["attributed_to"]) == (
        "united-states",
        "reported",
        ["carlos-ruiz"],
    )
    assert only(facts, "SUPPLIES")[0]["stance"] == "hypothetical"
    facts = facts_of("Iran sent missiles to Russia, Blinken said, warning that their ties threaten Europe.")
    assert not only(facts, "WARNS")


def test_using_the_shipments_uses_the_weapons_supplied():
    facts = facts_of(
        "Iran has sent short-range ballistic missiles to Russia. Russia is likely to use the shipments soon."
    )
    (use,) = only(facts, "USES")
    assert (use["object"], use["stance"]) == ("short-range-ballistic-missile", "hypothetical")


def test_confirming_the_report_confirms_its_claim():
    facts = facts_of(
        "Iran sent missiles to Russia, Reuters reported. The news of missile deliveries was first reported by "
        "the Wall Street Journal, with an EU spokesman confirming the report on Monday."
    )
    (confirms,) = only(facts, "CONFIRMS")
    assert confirms["subject"] == "european-union"
    assert not only(
        facts_of("Iran sent missiles to Russia. The Kremlin refused to confirm the reports."), "CONFIRMS"
    )


def test_a_generic_body_in_a_capital_is_that_states():
    facts = facts_of(
        "Iran sent drones to Russia. The Foreign Ministry in Tehran called the reports a blatant lie."
    )
    assert only(facts, "DENIES")[0]["subject"] == "iran-foreign-ministry"


def test_purchased_by_and_trained_dozens_of():
    facts = facts_of(
        "Turkey sold Bayraktar TB2 drones to Ukraine. Dozens of aircraft were already purchased by Kiev. "
        "Iran has trained dozens of Russian military personnel to use the Fath-360."
    )
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [("turkey", "ukraine")] * 2
    (train,) = only(facts, "TRAINS")
    assert (train["subject"], train["object"]) == ("iran", "russia-armed-forces")
    assert not only(facts, "USES")


# --- bad input -----------------------------------------------------------------


def test_empty_file_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n")
    with pytest.raises(ArticleError, match="empty"):
        read_article(path)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ArticleError, match="binary"):
        read_article(path)


def test_non_utf8_text_is_read_as_windows_1252(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Iran’s café: Iran denies supplying drones to Russia.".encode("cp1252"))
    doc = extract_file(path)
    assert "café" in doc.facts[0].quote
    assert {f.predicate.value for f in doc.facts} == {"SUPPLIES", "DENIES"}


def test_html_page_is_reduced_to_its_article(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Kremlin reacts</title></head><body><nav>Home | World | Sport</nav>"
        "<article><h1>Kremlin reacts</h1><p>The Journal cited officials as saying that Iran had sent "
        "short-range ballistic missiles to Russia, a claim Moscow did not address.</p></article>"
        "<footer>Cookies</footer></body></html>",
        encoding="utf-8",
    )
    doc = extract_file(path)
    assert doc.article.title == "Kremlin reacts"
    assert [f.predicate.value for f in doc.facts] == ["SUPPLIES"]


def test_html_without_an_article_body_is_refused():
    with pytest.raises(ArticleError, match="no main text"):
        article_text(b"<html><body><nav>Home</nav><div>Login</div><p>x</p></body></html>", name="p.html")


def test_five_megabyte_text_gives_a_correct_result():
    sentence = "Iran denies supplying ballistic missiles to Russia, the foreign ministry said on Monday. "
    text = sentence * (5_000_000 // len(sentence))
    doc = extract_text(text, article_id="big")
    assert len(doc.facts) > 1000
    assert not any(f.predicate.value == "SUPPLIES" and f.stance.value != "reported" for f in doc.facts)


def test_text_without_sentence_ends_is_read_in_sentence_sized_pieces():
    text = "Iran sent drones to Russia and " * 2000
    doc = extract_text(text, article_id="run-on")
    assert ("iran", "russia") in {(f.subject, f.object) for f in doc.facts}
    assert all(len(f.quote.split()) <= 150 and f.quote in text for f in doc.facts)


def test_a_long_run_of_punctuation_does_not_stall_the_sentences_after_it():
    doc = extract_text('"' * 50_000 + "\n\nIran sent drones to Russia.", article_id="quotes")
    assert [(f.predicate.value, f.subject, f.object) for f in doc.facts] == [("SUPPLIES", "iran", "russia")]


# --- the command line --------------------------------------------------------------


def test_extract_prints_a_document_that_loads(tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    referenced = {f["subject"] for f in data["facts"]} | {f.get("object") for f in data["facts"]} - {None}
    assert referenced <= {e["id"] for e in data["entities"]}
    path = tmp_path / "seed.json"
    path.write_text(result.output, encoding="utf-8")
    assert runner.invoke(cli, ["validate", str(path)]).exit_code == 0


def test_extract_reports_bad_input_without_a_traceback(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("")
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    assert "Error:" in result.output and "empty" in result.output
    assert "Traceback" not in result.output


def test_load_review_writes_proposed_fact_files(tmp_path):
    result = CliRunner().invoke(cli, ["load", str(SEED), "--review", str(tmp_path / "review")])
    assert result.exit_code == 0, result.output
    written = tmp_path / "review" / "iran-denies-missiles-2024-09-10.yaml"
    assert yaml.safe_load(written.read_text())["article"]["published"] == "2024-09-10"


def test_load_accepts_articles_directly(tmp_path):
    db = tmp_path / "graph.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "load", str(SEED)])
    assert result.exit_code == 0, result.output
    assert "Loaded 1 document(s)" in result.output


def test_eval_prints_scores():
    result = CliRunner().invoke(
        cli, ["eval", "--gold", str(ROOT / "data" / "facts"), "--articles", str(ROOT / "data" / "articles")]
    )
    assert result.exit_code == 0, result.output
    assert "denial inversions: 0" in result.output


def test_each_of_two_sellers_supplies_only_the_arms_named_with_it():
    facts = facts_of("Ecuador is in talks to buy tanks from China and fighter planes from Brazil.")
    weapons = {f["subject"]: f["weapons"] for f in only(facts, "SUPPLIES")}
    assert weapons == {"china": ["tank"], "brazil": ["combat-aircraft"]}


def test_using_money_to_buy_arms_is_no_use_of_the_arms():
    facts = facts_of("Armenia will use the money to buy Smerch rocket systems from Russia.")
    assert not only(facts, "USES")


def test_resisting_sanctions_imposes_none():
    facts = facts_of("Serbia has so far resisted implementing Western sanctions on Moscow.")
    assert not only(facts, "SANCTIONS")


def test_a_condition_stays_a_condition_through_it_is_confirmed_that():
    facts = facts_of("Sanctions would follow if it is confirmed that China has sold missiles to Pakistan.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "hypothetical"


def test_a_state_that_earned_money_from_arms_sales_to_another_sold_them():
    facts = facts_of(
        "Norway delivered NASAMS to Lithuania. "
        "The Scandinavian country also earned 300 million kroner from weapons sales to Qatar."
    )
    assert ("norway", "qatar") in {(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")}
    assert ("lithuania", "qatar") not in {(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")}


def test_a_hard_wrapped_article_reads_as_its_unwrapped_text():
    text = (
        "Azerbaijan made a protest to Russia over weapons transfers it said\n"
        "the Russians had made to Armenia.\n"
        "Russia's defence ministry denied reports that Moscow had supplied Yerevan with tanks,\n"
        "Interfax reported."
    )
    wrapped = extract_text(text, article_id="t").facts
    flat = extract_text(
        text.replace("said\nthe Russians", "said the Russians").replace(",\nInterfax", ", Interfax"),
        article_id="t",
    )
    assert [(f.predicate, f.subject, f.object, f.stance) for f in wrapped] == [
        (f.predicate, f.subject, f.object, f.stance) for f in flat.facts
    ]
    assert any(f.predicate.value == "DENIES" for f in wrapped)


def test_runs_of_spaces_in_the_text_read_like_single_ones():
    """spaCy keeps a run of spaces as a token of its own; a reference back ("the  nation") once
    crashed on it."""
    spaced = extract_text("Iran sent drones to Russia.  The  nation  denied it.", article_id="t").facts
    single = extract_text("Iran sent drones to Russia. The nation denied it.", article_id="t").facts
    assert [(f.predicate, f.subject, f.object, f.stance) for f in spaced] == [
        (f.predicate, f.subject, f.object, f.stance) for f in single
    ]


def test_a_word_of_supply_inside_a_name_is_no_restatement_of_the_articles_supply():
    """A sentence naming the article's arms whose only word of supply is in a name ("the Defense
    Acquisition Program Administration") once crashed the reading of restated supplies."""
    doc = extract_text(
        "South Korea sold KF-21 jets to Indonesia. The Defense Acquisition Program Administration "
        "announced that the KF-21 contribution ratio was approved.",
        article_id="t",
    )
    assert [(f.subject, f.object) for f in doc.facts if f.predicate.value == "SUPPLIES"] == [
        ("south-korea", "indonesia")
    ]
