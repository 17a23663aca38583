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
