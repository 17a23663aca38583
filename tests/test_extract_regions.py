"""The extractor on stories beyond the usual axis: rebels armed by neighbours, second-hand and
surplus sales between smaller states, training missions, deliveries announced by recipients
(issue 7m). Every sentence here is written for the test."""

from __future__ import annotations

from tests.extracted import facts_of, only, pairs

# --- arms bound for a recipient -------------------------------------------------


def test_a_named_system_before_an_arms_noun_bound_for_a_force_is_supplied_by_its_maker():
    facts = facts_of(
        "Two transport planes landed in Minsk carrying HQ-22 air defence systems for the Belarusian army."
    )
    assert pairs(facts, "SUPPLIES") == {("china", "belarus-armed-forces")}
    assert only(facts, "SUPPLIES")[0]["weapons"] == ["hq-22"]


def test_an_anti_aircraft_system_is_an_air_defence_system():
    facts = facts_of("Hungary took delivery of a Chinese anti-aircraft system last week.")
    assert pairs(facts, "SUPPLIES") == {("china", "hungary")}
    assert only(facts, "SUPPLIES")[0]["weapons"] == ["air-defence-system"]
