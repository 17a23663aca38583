"""Who reports a claim the extractor reads: reporters named in frames beyond "X said that".

Each test is a sentence of our own in a common construction of news reporting.
"""

from __future__ import annotations

import pytest

from tests.extracted import facts_of, only


def _reporters(text: str, predicate: str = "SUPPLIES") -> dict[tuple[str, str], set[str]]:
    """(subject, object) of each claim of ``predicate``, with who it is attributed to."""
    return {
        (f["subject"], f["object"]): set(f.get("attributed_to", [])) for f in only(facts_of(text), predicate)
    }


def test_present_tense_claims_names_its_subject_as_reporter():
    text = "Ukraine's government claims Belarus has shipped rifles to Russia."
    assert _reporters(text) == {("belarus", "russia"): {"ukraine"}}


def test_present_tense_reports_without_that_names_the_outlet():
    assert _reporters("Bloomberg reports Iran delivered drones to Venezuela.") == {
        ("iran", "venezuela"): {"bloomberg"}
    }


def test_claims_judged_by_another_still_belong_to_their_maker():
    facts = facts_of("Minsk rejected Polish claims Belarus had sent rifles to Russia.")
    assert {(f["subject"], f["object"]): f.get("attributed_to") for f in only(facts, "SUPPLIES")} == {
        ("belarus", "russia"): ["poland"]
    }
    assert [f["subject"] for f in only(facts, "DENIES")] == ["belarus"]


def test_reports_from_several_sources_after_despite_attribute_the_denied_claim_to_each():
    facts = facts_of(
        "Serbia has denied selling shells to Ukraine, despite reports from UN investigators and US lawmakers."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("serbia", "ukraine")
    assert set(supply["attributed_to"]) == {"united-nations", "united-states"}
    (denial,) = only(facts, "DENIES")
    assert denial["subject"] == "serbia" and not denial.get("attributed_to")


def test_a_rights_group_described_by_its_seat_is_the_ngo_named_before():
    text = (
        "Human Rights Watch published its findings on Tuesday. "
        "The New York-based rights group said Belarus had delivered rifles to Russia."
    )
    assert _reporters(text) == {("belarus", "russia"): {"human-rights-watch"}}


def test_the_rights_watchdog_is_not_an_armed_group():
    text = "Amnesty International issued a statement. The rights watchdog said Iran had sent drones to Sudan."
    assert _reporters(text) == {("iran", "sudan"): {"amnesty-international"}}


def test_a_city_in_a_seat_description_is_not_the_reporter():
    text = (
        "Amnesty International released a report on Monday. "
        "The London-based human rights group said Serbia had sold shells to Ukraine."
    )
    reporters = _reporters(text)
    assert reporters == {("serbia", "ukraine"): {"amnesty-international"}}


def test_a_complaint_accusing_a_state_is_reported_by_whoever_filed_it():
    text = "Armenia filed a complaint at the UN accusing Turkey of sending drones to Azerbaijan."
    assert _reporters(text) == {("turkey", "azerbaijan"): {"armenia"}}


def test_a_complaint_denied_is_not_reported_by_the_denier():
    facts = facts_of("Poland denied a letter to the UN accusing it of sending tanks to Ukraine.")
    assert all("poland" not in f.get("attributed_to", []) for f in only(facts, "SUPPLIES"))


def test_it_said_after_an_outlet_published_is_the_outlet():
    text = "The claim was first reported by Reuters. It had said that Belarus had sent rifles to Russia."
    assert _reporters(text) == {("belarus", "russia"): {"reuters"}}


def test_a_rights_group_that_published_a_report_speaks_as_it():
    text = "Human Rights Watch published a report on Friday. It said Iran had shipped drones to Sudan."
    assert _reporters(text) == {("iran", "sudan"): {"human-rights-watch"}}


def test_japanese_dailies_are_known_outlets():
    text = "The Asahi Shimbun reported that North Korea had shipped shells to Russia."
    assert _reporters(text) == {("north-korea", "russia"): {"asahi-shimbun"}}


def test_experts_described_at_length_after_an_opening_adverb_still_speak():
    text = "Earlier, UN experts monitoring an arms embargo on Libya indicated that Turkey had supplied drones to Tripoli."
    assert {r for rs in _reporters(text).values() for r in rs} == {"un-panel-of-experts-on-libya"}


def test_the_report_added_is_the_outlet_that_reported_before():
    text = (
        "Bloomberg reported that Serbia would deliver shells to Ukraine. "
        "Serbia will deliver the shells to Ukraine by May, the report added."
    )
    facts = only(facts_of(text), "SUPPLIES")
    assert [f.get("attributed_to") for f in facts] == [["bloomberg"], ["bloomberg"]]


def test_the_report_added_after_officials_spoke_is_relayed_by_the_outlet():
    text = (
        "Bloomberg reported that Serbia would deliver shells to Ukraine. "
        "Officials in Belgrade said Serbia would deliver the shells to Ukraine soon, the report noted."
    )
    second = only(facts_of(text), "SUPPLIES")[-1]
    assert set(second["attributed_to"]) == {"serbia", "bloomberg"}


def test_a_singular_accusation_names_its_maker_as_reporter():
    facts = facts_of("Tehran dismissed the Pentagon's accusation of arms supplies from Iran to the Houthis.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["attributed_to"]) == (
        "iran",
        "houthis",
        ["us-defense-department"],
    )
    assert [f["subject"] for f in only(facts, "DENIES")] == ["iran"]


def test_it_said_after_a_state_rejected_an_outlets_report_is_not_the_outlet():
    text = "The Foreign Ministry of Iran dismissed a Reuters report on Monday. It said Iran had never sent drones to Russia."
    assert "reuters" not in {f["subject"] for f in only(facts_of(text), "DENIES")}


def test_an_investigation_that_found_a_transfer_is_reported_by_its_outlet():
    text = "A Bloomberg investigation found that Serbia had sold shells to Ukraine."
    assert _reporters(text) == {("serbia", "ukraine"): {"bloomberg"}}


def test_found_without_a_clause_reports_nothing():
    facts = facts_of("Investigators found Iranian parts in the drones Russia used.")
    assert all(not f.get("attributed_to") for f in facts)


def test_what_an_outlet_has_learned_it_reports():
    assert _reporters("Serbia has sold shells to Ukraine, the Financial Times has learned.") == {
        ("serbia", "ukraine"): {"financial-times"}
    }


def test_a_report_in_a_newspaper_is_the_newspapers():
    assert _reporters("A report in Bloomberg said Serbia had sold shells to Ukraine.") == {
        ("serbia", "ukraine"): {"bloomberg"}
    }


def test_present_tense_allege_and_insist_are_reporting_verbs():
    assert _reporters("Polish officials allege Belarus sent rifles to Russia.") == {
        ("belarus", "russia"): {"poland"}
    }
    assert _reporters("Kyiv insists Belarus sent rifles to Russia.") == {("belarus", "russia"): {"ukraine"}}


def test_a_charge_the_accused_denies_is_the_writers_aside_not_the_reporters():
    facts = facts_of("Warsaw says Belarus has sent rifles to Russia, a charge Minsk denies.")
    assert _reporters("Warsaw says Belarus has sent rifles to Russia.") == {("belarus", "russia"): {"poland"}}
    (denial,) = only(facts, "DENIES")
    assert (denial["subject"], denial["stance"], denial.get("attributed_to")) == ("belarus", "asserted", [])


def test_assessments_indicate_names_whose_they_are():
    text = "British intelligence assessments indicate Belarus sent rifles to Russia."
    assert _reporters(text) == {("belarus", "russia"): {"united-kingdom"}}


@pytest.mark.parametrize("kind", ["newspaper", "paper", "daily", "tabloid", "channel", "broadcaster"])
def test_the_outlet_named_by_its_kind_is_the_outlet_named_before(kind):
    facts = facts_of(
        f"Iran sent drones to Russia, the Washington Post reported.\n\nIran also sent missiles to Russia, the {kind} said."
    )
    assert [f.get("attributed_to") for f in facts if f["predicate"] == "SUPPLIES"] == [
        ["washington-post"]
    ] * 2


def test_an_outlet_before_a_relative_clause_with_commas_inside_it_still_speaks():
    facts = facts_of(
        "The Fars news agency, which has ties to the country's most powerful military force, the "
        "Revolutionary Guard, said Iran received two S-300s from Belarus."
    )
    assert [f.get("attributed_to") for f in facts if f["predicate"] == "SUPPLIES"] == [["fars-news-agency"]]


def test_a_speaker_who_claimed_as_he_showed_videos_speaks_of_what_came_before():
    facts = facts_of(
        "Turkey has been sending arms to Libya, a spokesman for the Libyan National Army claimed as he "
        "showed videos."
    )
    supplies = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert [(f["stance"], f.get("attributed_to")) for f in supplies] == [
        ("reported", ["libyan-national-army"])
    ]


def test_a_un_panel_of_experts_is_the_panel_on_the_state_the_article_is_about():
    text = (
        "A UN panel of experts said the UAE sent armoured vehicles to Haftar's forces in Libya.\n\n"
        "The panel said Jordan had also shipped rifles to the Libyan National Army."
    )
    panel = {"un-panel-of-experts-on-libya"}
    assert _reporters(text) == {
        ("united-arab-emirates", "libyan-national-army"): panel,
        ("jordan", "libyan-national-army"): panel,
    }


def test_un_sanctions_monitors_of_somalia_are_its_monitoring_group():
    text = "U.N. sanctions monitors said Eritrea sent rifles to al Shabaab militants in Somalia."
    assert _reporters(text) == {("eritrea", "al-shabaab"): {"un-monitoring-group-on-somalia"}}


def test_a_un_panel_is_the_generic_panel_when_no_state_under_sanctions_is_named():
    text = "A UN panel of experts said Russia sold helicopters to Venezuela."
    assert _reporters(text) == {("russia", "venezuela"): {"united-nations-panel-of-experts"}}


def test_a_monitoring_group_named_after_a_demonym_reports_and_its_state_confirms_nothing():
    text = "Belarus supplied ammunition to Russia, according to an investigation by the “Belarusian Gayun” monitoring group."
    (supply,) = only(facts_of(text), "SUPPLIES")
    assert (supply["stance"], supply["attributed_to"]) == ("reported", ["belarusian-gayun"])


def test_a_website_named_after_a_demonym_is_an_outlet_of_its_own():
    text = "The Georgian Batumelebi website reported that Iran sent drones to Russia."
    assert _reporters(text) == {("iran", "russia"): {"georgian-batumelebi"}}


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        (
            "Iran sent drones to Russia, Sky News reported, citing information provided by the Ukrainian Air Force.",
            ["sky-news", "ukraine-air-force"],
        ),
        (
            "Iran sent drones to Russia, the Interfax news agency reported, citing German news outlet Der Spiegel.",
            ["interfax", "spiegel"],
        ),
        ("Iran sent drones to Russia, Reuters reported, citing two sources.", ["reuters"]),
    ],
)
def test_a_named_source_an_outlet_cites_reports_the_claim_too(sentence, sources):
    (supply,) = only(facts_of(sentence), "SUPPLIES")
    assert supply["attributed_to"] == sources


def test_a_speaker_telling_an_outlet_has_the_outlet_report_it():
    facts = facts_of(
        "Officials disagreed, with the State Department telling Reuters that Iran sent drones to Russia."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert "reuters" in supply["attributed_to"]


def test_a_report_said_between_commas_to_be_published_by_an_outlet_is_its_report():
    facts = facts_of("The report, published by Reuters, claimed that Pakistan sent arms to Ukraine.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["reuters"]


@pytest.mark.parametrize(
    "refusal",
    [
        "A Rosoboronexport spokesman declined to comment.",
        "Rosoboronexport declined comment.",
        "Rosoboronexport would not confirm or deny the report.",
    ],
)
def test_one_who_declines_to_comment_on_a_supply_reports_it_only_as_possible(refusal):
    facts = facts_of(f"Vedomosti reported that Russia would sell 46 MiG-29 fighters to Egypt. {refusal}")
    last = [f for f in facts if f["quote"] == refusal and f["predicate"] == "SUPPLIES"]
    assert [(f["subject"], f["object"], f["stance"], f["attributed_to"]) for f in last] == [
        ("russia", "egypt", "hypothetical", ["rosoboronexport"])
    ]


def test_declining_to_comment_on_a_supply_the_sentence_tells_adds_no_second_one():
    facts = facts_of(
        "Rosoboronexport declined to comment on reports that Russia sold MiG-29 fighters to Egypt."
    )
    assert len(only(facts, "SUPPLIES")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian news website Lenta.ru reports that the tanks will be delivered to the DRC by Ukraine.",
        "Lenta.ru reports that Ukraine will deliver the tanks to the DRC.",
        "Ukraine will deliver the tanks to the DRC, according to Lenta.ru.",
    ],
)
def test_a_website_named_by_its_address_reports(sentence: str):
    (supply,) = only(facts_of(sentence), "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["attributed_to"]) == (
        "ukraine",
        "dr-congo",
        ["lenta-ru"],
    )


def test_the_plant_is_the_works_named_before_and_its_press_service_reports_with_the_outlet_told():
    facts = facts_of(
        "Malyshev Plant continues implementing a contract to supply Oplot tanks to Thailand. The plant is "
        "preparing for the transfer of a new batch of the tanks, the press service of the plant told "
        "Interfax-Ukraine on Tuesday."
    )
    assert [f["attributed_to"] for f in only(facts, "SUPPLIES") if f.get("attributed_to")] == [
        ["malyshev-plant", "interfax-ukraine"]
    ]


def test_two_people_who_speak_after_a_clause_do_not_take_its_last_state_as_a_third_speaker():
    (supply,) = only(facts_of("Russia sold jets to Egypt, Mike Pompeo and Mark Esper said."), "SUPPLIES")
    assert sorted(supply["attributed_to"]) == ["mark-esper", "mike-pompeo"]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Russia has supplied Su-30 jets to Armenia. This was reported by The Wall Street Journal.",
            ("reported", ["wall-street-journal"]),
        ),
        (
            "Russia signed contracts with Armenia to supply Su-30 jets. This was announced on August 25 by "
            "the head of the FSMTC Dmitry Shugaev.",
            ("confirmed", ["dmitry-shugaev"]),
        ),
    ],
)
def test_a_sentence_naming_who_told_the_one_before_tells_its_claims_again_as_theirs(text, told):
    supplies = only(facts_of(text), "SUPPLIES")
    assert [f["stance"] for f in supplies] == ["asserted", told[0]]
    assert supplies[1]["attributed_to"] == told[1]
