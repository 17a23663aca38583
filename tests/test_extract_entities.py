"""The extractor recognising and resolving the parties of a story (issue 7h): bodies of states,
their officials, armed groups, outlets and weapon systems, with the ids an annotator gives."""

from __future__ import annotations

import datetime as dt

from loaders.extract import extract_text


def facts_of(text: str) -> list[dict]:
    doc = extract_text(text, article_id="t", published=dt.date(2024, 9, 10))
    return [f.model_dump(mode="json", exclude_none=True) for f in doc.facts]


def pairs(facts: list[dict], predicate: str) -> set[tuple[str, str]]:
    return {(f["subject"], f["object"]) for f in facts if f["predicate"] == predicate}


# --- PART_OF only for the bodies the facts name ---------------------------------


def test_a_body_met_in_passing_gets_no_part_of():
    facts = facts_of(
        "India has sold artillery to Armenia. "
        "The Armenian military attaché in New Delhi will coordinate the deliveries."
    )
    assert ("armenia-armed-forces", "armenia") not in pairs(facts, "PART_OF")


def test_a_body_that_speaks_is_part_of_its_state():
    facts = facts_of("The Kenyan Defence Ministry said it had received six drones from Turkey.")
    assert ("kenya-defence-ministry", "kenya") in pairs(facts, "PART_OF")


# --- officials titled without their state ---------------------------------------


def test_a_minister_titled_without_a_state_belongs_to_the_ministry_of_his_own_state():
    facts = facts_of("Foreign Minister Sergei Lavrov said Russia would keep selling arms to Venezuela.")
    assert ("sergey-lavrov", "russia-foreign-ministry") in pairs(facts, "MEMBER_OF")
    assert ("russia-foreign-ministry", "russia") in pairs(facts, "PART_OF")


def test_a_new_minister_titled_without_a_state_belongs_to_the_state_he_speaks_for():
    facts = facts_of("Defence Minister Amadou Toure said Niger had bought two drones from Turkey.")
    assert ("amadou-toure", "niger-defence-ministry") in pairs(facts, "MEMBER_OF")


def test_a_minister_of_another_portfolio_belongs_to_that_ministry_of_the_state():
    facts = facts_of("Pakistan's interior minister, Mohsin Naqvi, said the rifles came from Afghanistan.")
    assert ("mohsin-naqvi", "pakistan-interior-ministry") in pairs(facts, "MEMBER_OF")


def test_a_states_media_minister_is_no_press_of_that_state():
    facts = facts_of("Ali Hamid, the Chadian media minister, denied that Chad had sent weapons to the RSF.")
    assert ("ali-hamid", "chad-media-ministry") in pairs(facts, "MEMBER_OF")
    assert not any(f["subject"] == "chadian-media" for f in facts)


def test_a_known_body_of_a_state_that_speaks_is_part_of_it():
    facts = facts_of("The IDF said Hamas had fired rockets made in Iran at Israel.")
    assert ("israel-defense-forces", "israel") in pairs(facts, "PART_OF")


# --- the gazetteer: armed groups, forces and outlets of arms news --------------------------


def test_an_iraqi_militia_is_not_the_lebanese_hezbollah():
    facts = facts_of("Iran supplied drones to Kataib Hezbollah, the group said.")
    assert pairs(facts, "SUPPLIES") == {("iran", "kataib-hezbollah")}


def test_armed_groups_of_africa_and_asia_are_recognised_as_recipients():
    facts = facts_of(
        "Turkey delivered drones to the Libyan National Army and Russia sent rifles to the Taliban."
    )
    assert {("turkey", "libyan-national-army"), ("russia", "taliban")} <= pairs(facts, "SUPPLIES")


def test_a_news_agency_of_the_region_is_a_source():
    facts = facts_of("Russia sent helicopters to Mali, Anadolu Agency reported.")
    assert [f["attributed_to"] for f in facts if f["predicate"] == "SUPPLIES"] == [["anadolu-agency"]]


def test_stockholms_peace_research_institute_is_sipri():
    facts = facts_of("Stockholm's International Peace Research Institute said Russia sold arms to Myanmar.")
    assert [f["attributed_to"] for f in facts if f["predicate"] == "SUPPLIES"] == [["sipri"]]
