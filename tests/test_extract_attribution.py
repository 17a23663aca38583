"""The extractor's statements and attribution: who reports, confirms, denies or warns."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.extract import extract_text
from tests.extracted import facts_of as facts_published
from tests.extracted import only


def facts_of(text: str) -> list[dict]:
    return facts_published(text, published=dt.date(2024, 3, 4))


def test_he_after_an_unnamed_ministry_spokesman_is_that_ministry():
    facts = facts_of(
        "Belarus has not armed Russia, a Belarusian Foreign Ministry spokesman said on Monday.\n\n"
        "He dismissed Polish media reports that Minsk had sent tanks to Russia as fabricated."
    )
    deniers = {f["subject"] for f in only(facts, "DENIES")}
    assert "polish-media" not in deniers
    assert any(d.startswith("belarus") for d in deniers)


def test_the_diplomat_after_an_unnamed_spokesman_speaks_for_the_same_ministry():
    facts = facts_of(
        "An Iranian Foreign Ministry spokesman spoke to reporters in Tehran on Sunday.\n\n"
        '"Iran has never sent drones to Russia," the diplomat said.'
    )
    (denial,) = only(facts, "DENIES")
    assert denial["subject"] == "iran-foreign-ministry"


def test_a_deal_that_never_happened_is_denied_not_confirmed():
    facts = facts_of(
        "Washington says North Korea has shipped artillery shells to Russia.\n\n"
        '"Pyongyang\'s position on the arms deals with Russia, which never happened, is unchanged," '
        "Kim Yo Jong said on Tuesday."
    )
    supply = only(facts, "SUPPLIES")[-1]
    assert supply["quote"].startswith('"Pyongyang') and supply["stance"] in {"reported", "denied"}
    assert any(d["claim"] == supply["id"] for d in only(facts, "DENIES"))


def test_a_denial_relayed_by_an_agency_is_reported_by_that_agency():
    facts = facts_of(
        '"China has never supplied lethal weapons to Russia," the spokesman Lin Jian said, '
        "according to Xinhua."
    )
    (denial,) = only(facts, "DENIES")
    assert denial["stance"] == "reported"
    assert denial.get("attributed_to") == ["xinhua"]


def test_the_alleged_supplies_name_no_speaker():
    facts = facts_of(
        "Serbia has shipped artillery shells to Russia, Ukrainian media reported.\n\n"
        "Serbian President Aleksandar Vucic slammed Ukrainian media reports about the alleged "
        "ammunition supplies as a lie, adding that Serbia sells to no party at war."
    )
    deniers = {f["subject"] for f in only(facts, "DENIES")}
    assert deniers and "ukrainian-media" not in deniers


def test_expressed_concerns_that_attribute_the_claim_to_those_concerned():
    facts = facts_of("Japan has expressed concerns that China is supplying drone parts to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "reported" and supply["attributed_to"] == ["japan"]


def test_a_named_officials_statement_that_is_their_claim():
    facts = facts_of(
        "The Kremlin answered Lloyd Austin's recent statement that Iran had been supplying "
        "Russia with drones."
    )
    supply = next(f for f in only(facts, "SUPPLIES") if f["subject"] == "iran")
    assert "lloyd-austin" in supply.get("attributed_to", [])


def test_a_long_opening_subject_still_speaks():
    facts = facts_of(
        "Warsaw and its partners in several Baltic capitals have accused Minsk of supplying "
        "Moscow with ammunition."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["subject"] == "belarus" and supply["attributed_to"] == ["poland"]


def test_it_warned_after_a_body_spoke_is_that_body():
    facts = facts_of(
        "NATO said on Monday that Iran had sent missiles to Russia. "
        "It warned that Iran would pay a price for the transfers."
    )
    assert any(f["subject"] == "nato" for f in only(facts, "WARNS"))


def test_an_outlet_citing_officials_reports_what_follows_said():
    facts = facts_of("The Financial Times, citing Western officials, said China has sent drones to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "reported" and supply["attributed_to"] == ["financial-times"]


def test_according_to_in_the_middle_of_a_sentence_attributes_the_whole_claim():
    facts = facts_of("Belarus, according to Ukrainian intelligence, has sent tanks to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("belarus", "russia")
    assert supply["stance"] == "reported" and supply.get("attributed_to")


def test_a_post_on_a_platform_is_a_statement():
    facts = facts_of("Andriy Yermak posted on Telegram that Iran had shipped drones to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["andriy-yermak"]


def test_officials_in_a_capital_speak_for_its_state():
    facts = facts_of("Officials in Seoul said North Korea had shipped shells to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["south-korea"]


def test_a_speaker_with_an_apposition_and_an_auxiliary_still_speaks():
    facts = facts_of(
        "Nikol Pashinyan, the prime minister of Armenia, has announced that Yerevan has "
        "received howitzers from India."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "confirmed"
    assert supply["attributed_to"] == ["nikol-pashinyan"]


def test_an_unnamed_official_confirming_makes_the_claim_confirmed():
    facts = facts_of("A senior official confirmed that Armenia has received howitzers from India.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "confirmed"


def test_a_quotation_continuing_after_an_attributed_one_keeps_its_speaker():
    facts = facts_of(
        '"Iran has sent drones to Russia," Josep Borrell said. "They were delivered by ship. '
        'Belarus has also sent tanks to Russia."'
    )
    belarus = next(f for f in only(facts, "SUPPLIES") if f["subject"] == "belarus")
    assert belarus["stance"] == "reported" and belarus["attributed_to"] == ["josep-borrell"]


def test_a_spy_agency_under_a_capital_dateline_speaks_for_that_state():
    facts = facts_of("TOKYO, May 2 (Kyodo) -- China has shipped drone parts to Russia, the spy agency said.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["japan"]


def test_widely_quoted_spokespeople_are_known_by_surname():
    facts = facts_of("Kirby said North Korea had shipped artillery shells to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["john-kirby"]


def test_an_officials_quoted_denial_in_the_name_of_their_state_is_their_own():
    facts = facts_of(
        '"Iran firmly rejects the claims that it sent missiles to Russia," Esmaeil Baghaei told reporters.'
    )
    (denial,) = only(facts, "DENIES")
    assert denial["subject"] == "esmaeil-baghaei" and denial["stance"] == "asserted"


def test_a_foreign_official_relaying_a_states_denial_reports_it():
    facts = facts_of('"Beijing rejects the claims that it sent drones to Russia," Maria Zakharova said.')
    (denial,) = only(facts, "DENIES")
    assert denial["subject"] == "china" and denial["attributed_to"] == ["maria-zakharova"]


def test_what_it_dismissed_is_the_subjects_denial():
    facts = facts_of(
        "Minsk lashed out at Lithuania for what it dismissed as false claims that Belarus is "
        "sending tanks to Russia."
    )
    (denial,) = only(facts, "DENIES")
    assert denial["subject"] == "belarus"


def test_hearsay_in_a_partys_mouth_confirms_nothing():
    facts = facts_of('"How could Iran supposedly sell drones to Russia?" Abbas Araghchi asked.')
    assert all(f["stance"] != "confirmed" for f in only(facts, "SUPPLIES"))


def test_a_speaker_with_a_participle_aside_is_not_the_clause_after_said():
    facts = facts_of(
        "Andrii Sybiha, speaking to reporters in Brussels, said Belarus had sent shells to Russia."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["subject"] == "belarus" and supply["attributed_to"] == ["andrii-sybiha"]


def test_accused_by_x_of_supplying_keeps_the_accused_as_supplier():
    facts = facts_of("North Korea has been accused by Seoul of supplying rockets to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("north-korea", "russia")
    assert supply["attributed_to"] == ["south-korea"]


def test_intelligence_that_suggests_a_supply_reports_it():
    facts = facts_of("British intelligence suggests that Iran has sent artillery shells to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "reported" and supply["attributed_to"] == ["united-kingdom"]


def test_a_party_seeing_no_evidence_of_its_supply_denies_it_never_confirms_it():
    facts = facts_of(
        '"There is no evidence that Russia received shells from North Korea," Maria Zakharova said.'
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "reported"
    assert [f["subject"] for f in only(facts, "DENIES")] == ["maria-zakharova"]


def test_the_state_whose_arms_are_said_to_be_used_seeing_no_evidence_denies_the_use():
    facts = facts_of(
        "Iranian Defense Minister Mohammad Reza Ashtiani said that Ukraine has not presented any "
        "evidence for its claim that Russia has used Iranian military drones in the war."
    )
    (use,) = only(facts, "USES")
    assert (use["subject"], use["stance"]) == ("russia", "reported")
    assert [f["subject"] for f in only(facts, "DENIES")] == ["mohammad-reza-ashtiani"]


def test_an_outsider_seeing_no_evidence_of_a_supply_leaves_it_open():
    facts = facts_of("A UN expert said there was no evidence that China supplied ammunition to Zimbabwe.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "hypothetical"
    assert not only(facts, "DENIES")


def test_that_is_according_to_x_attributes_the_sentence_before():
    facts = facts_of(
        "Belarus has sent 30 tanks to Russia. That is according to the Institute for the Study of War."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "reported"
    assert supply["attributed_to"] == ["institute-for-the-study-of-war"]


def test_the_military_said_is_the_armed_forces_named_before():
    facts = facts_of(
        "Japan's military said on Monday that China had fired missiles near Taiwan.\n\n"
        "China has also sent drone engines to Russia, the military said."
    )
    supply = next(f for f in only(facts, "SUPPLIES") if f["object"] == "russia")
    assert supply["attributed_to"] == ["japan-armed-forces"]


def test_the_military_aid_is_no_speaker():
    facts = facts_of(
        "Japan's military said on Monday that China had fired missiles near Taiwan.\n\n"
        "The military aid from Germany to Ukraine has grown, Olaf Scholz said."
    )
    assert all("japan-armed-forces" not in f.get("attributed_to", []) for f in only(facts, "SUPPLIES"))


def test_analysts_at_a_named_body_speak_for_it():
    facts = facts_of(
        "Analysts at the Institute for the Study of War have written that Belarus sent tanks to Russia."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["institute-for-the-study-of-war"]


def test_a_report_that_uncovered_a_supply_reports_it():
    facts = facts_of("Iran has shipped drones to Russia by sea, a report by The Telegraph has uncovered.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "reported" and supply["attributed_to"] == ["telegraph"]


def test_brushing_aside_claims_is_a_denial():
    facts = facts_of("Minsk brushed aside claims that it had sent tanks to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    (denial,) = only(facts, "DENIES")
    assert supply["stance"] == "reported" and denial["subject"] == "belarus"


def test_a_transfer_confirmed_by_officials_is_their_confirmation():
    facts = facts_of(
        "North Korea has delivered rocket launchers to Russia. "
        "The transfer was confirmed by Japanese officials on Friday."
    )
    confirmers = {f["subject"] for f in only(facts, "CONFIRMS")} | {
        s for f in only(facts, "SUPPLIES") if f["stance"] == "confirmed" for s in f["attributed_to"]
    }
    assert confirmers == {"japan"}


def test_officials_confirming_the_deliveries_confirm_the_claim_before():
    facts = facts_of(
        "Belarus has sent tanks to Russia, the BBC reported. Two Polish officials confirmed the deliveries."
    )
    confirmers = {f["subject"] for f in only(facts, "CONFIRMS")} | {
        s for f in only(facts, "SUPPLIES") if f["stance"] == "confirmed" for s in f["attributed_to"]
    }
    assert confirmers == {"poland"}


def test_saying_the_report_was_accurate_confirms_it():
    facts = facts_of(
        "China has sent drone engines to Russia, Politico reported. Kaja Kallas said the report was accurate."
    )
    (confirmation,) = only(facts, "CONFIRMS")
    assert confirmation["subject"] == "kaja-kallas"


def test_a_state_confirming_a_delivery_it_names_no_supplier_for_is_the_supplier():
    facts = facts_of("Norway confirmed the first delivery of F-16 jets to Ukraine.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("norway", "ukraine")
    assert supply["stance"] == "confirmed"


def test_a_recipient_confirming_a_delivery_is_not_its_supplier():
    facts = facts_of("Ukraine confirmed that the first F-16 jets had been delivered to Ukraine.")
    assert all(f["subject"] != "ukraine" for f in only(facts, "SUPPLIES"))


def test_the_paper_after_a_named_newspaper_is_that_newspaper():
    facts = facts_of(
        "The Guardian reported on Friday that Iran had sent drones to Russia. "
        "The paper, citing British officials, said Belarus had also sent tanks to Russia."
    )
    belarus = next(f for f in only(facts, "SUPPLIES") if f["subject"] == "belarus")
    assert belarus["attributed_to"] == ["the-guardian"]


def test_outlets_widely_cited_on_arms_for_russia_are_known():
    facts = facts_of("Kyodo, citing government sources, reported that North Korea had sent shells to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["kyodo-news"]


def test_taking_delivery_of_arms_from_a_state_is_a_receipt_from_it():
    facts = facts_of("Hezbollah took delivery of an arms shipment from Iran, the Israeli military said.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("iran", "hezbollah")


def test_quoted_by_an_agency_as_saying_is_the_speakers_word_relayed_by_the_agency():
    facts = facts_of("Nasser Kanani was quoted by IRNA as saying that Iran had never sent drones to Russia.")
    (denial,) = only(facts, "DENIES")
    assert denial["subject"] == "nasser-kanani"
    assert denial["stance"] == "reported" and denial["attributed_to"] == ["irna"]


def test_a_curly_quote_glued_to_a_word_still_opens_the_quotation():
    facts = facts_of(
        "Kyiv says Belarus has sent tanks to Russia. Minsk said the allegations were“baseless” on Monday."
    )
    assert [d["subject"] for d in only(facts, "DENIES")] == ["belarus"]


def test_a_dash_glued_to_a_dateline_leaves_the_speaker_whole():
    facts = facts_of("Dec. 21 (EIRNS)—The U.S. State Department said Washington had sent rifles to Ukraine.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["us-state-department"]


def test_outlets_listed_with_the_report_all_report():
    facts = facts_of("CNN and the New York Times reported that China had shipped drones to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert set(supply["attributed_to"]) == {"cnn", "new-york-times"}


def test_a_quotation_after_a_sentence_ending_in_a_colon_is_that_speakers():
    facts = facts_of(
        "Kyiv says Belarus has sent tanks to Russia.\n\n"
        "Belarusian Defence Minister Viktor Khrenin rejected the claim, saying:\n\n"
        '"Ukraine\'s false report that our country sent tanks to Russia is a provocation."'
    )
    assert "ukraine" not in {d["subject"] for d in only(facts, "DENIES")}


def test_arms_transactions_with_a_state_are_the_supply_told_of_between_them():
    facts = facts_of(
        "North Korea has sent shells to Russia, Seoul says.\n\n"
        "Japan said it was watching North Korea closely amid fears of arms transactions with Russia."
    )
    assert len([f for f in only(facts, "SUPPLIES") if f["subject"] == "north-korea"]) == 2


def test_that_is_according_to_x_makes_the_denial_before_reported_by_x():
    facts = facts_of(
        "Viktor Khrenin denies the transfer of Belarusian tanks to Russia. That is according to BelTA."
    )
    (denial,) = only(facts, "DENIES")
    assert denial["subject"] == "viktor-khrenin"
    assert denial["stance"] == "reported" and denial["attributed_to"] == ["belta"]


def test_its_deliveries_belong_to_the_actor_named_before():
    facts = facts_of("Warsaw criticised Minsk over its tank deliveries to Moscow.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("belarus", "russia")


def test_condemning_a_state_for_a_supply_reports_it():
    facts = facts_of("Seoul condemned Pyongyang for its missile shipments to Moscow.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "reported" and supply["attributed_to"] == ["south-korea"]


def test_a_states_claims_of_a_supply_are_its_report():
    facts = facts_of("Kyiv dismissed Minsk's claims of arms deliveries from Ukraine to Belarus.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["belarus"]
    assert [d["subject"] for d in only(facts, "DENIES")] == ["ukraine"]


def test_the_officials_are_those_of_the_state_whose_officials_spoke_last():
    facts = facts_of(
        "South Korean officials said North Korea had sent shells to Russia. "
        "According to the officials, Pyongyang had also shipped rockets to Moscow."
    )
    assert [f["attributed_to"] for f in only(facts, "SUPPLIES")] == [["south-korea"], ["south-korea"]]


def test_an_unnamed_spokesman_of_a_named_body_with_an_aside_speaks_for_it():
    facts = facts_of(
        "A Pentagon spokesman, speaking on condition of anonymity, said Iran had shipped drones to Russia."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["us-defense-department"]


def test_officials_telling_an_outlet_make_it_the_outlets_report():
    facts = facts_of("Officials told the Washington Post that North Korea had shipped shells to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["washington-post"]
    assert "officials" not in {e.id for e in extract_text("Officials told the BBC.", article_id="t").entities}


def test_a_speaker_telling_an_outlet_makes_the_claim_the_outlets_report_too():
    facts = facts_of("Iran has sent drones to Russia, Kirby told CNN.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "reported" and supply["attributed_to"] == ["john-kirby", "cnn"]


def test_an_outlet_told_of_a_partys_own_supply_does_not_confirm_it():
    facts = facts_of("Iran has sent drones to Russia, Iranian minister Nasser Kanani told CNN.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "confirmed" and supply["attributed_to"] == ["nasser-kanani"]


def test_an_agency_quoting_a_speaker_as_saying_reports_what_the_speaker_says():
    facts = facts_of("RIA Novosti quoted John Kirby as saying that Iran has supplied drones to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "reported" and supply["attributed_to"] == ["john-kirby", "ria-novosti"]


def test_an_agency_quoting_a_spokesman_s_denial_reports_his_denial():
    facts = facts_of(
        "Iran has sent ballistic missiles to Russia, Western officials said.\n"
        "“The claim of sending ballistic missiles to Russia is completely baseless,” the IRNA news"
        " agency quoted Iranian Foreign Ministry spokesman Nasser Kanani as saying."
    )
    (denial,) = only(facts, "DENIES")
    assert (denial["subject"], denial["stance"], denial["attributed_to"]) == (
        "nasser-kanani",
        "reported",
        ["irna"],
    )


def test_an_ambassador_quoted_on_his_states_own_supply_confirms_it():
    facts = facts_of(
        "“Russia has supplied the CAR with a third batch of weapons,” RIA Novosti quoted Russia's"
        " Ambassador in the CAR Vladimir Titorenko as saying."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "confirmed" and supply["attributed_to"] == ["vladimir-titorenko"]


def test_an_ambassador_named_after_the_state_he_serves_in_is_still_his_own_states():
    facts = facts_of(
        "Russia has delivered weapons to the CAR, Russia's Ambassador in the CAR Vladimir Titorenko said."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "confirmed" and supply["attributed_to"] == ["vladimir-titorenko"]


def test_the_soviet_era_name_itar_tass_is_tass():
    facts = facts_of("Algeria will buy 40 MiG-29 fighters, the Itar-Tass news agency reported.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["tass"]


@pytest.mark.parametrize(
    ("speaker", "source"),
    [("the US Senate", "united-states-senate"), ("UPI", "united-press-international")],
)
def test_the_us_senate_and_upi_are_named_as_themselves_not_as_the_united_states(speaker, source):
    facts = facts_of(f"Russia has sent tanks to Syria, {speaker} reported.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == [source]


def test_a_name_and_a_colon_open_a_quoted_claim():
    facts = facts_of("Sybiha: Belarus has shipped tanks to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "reported" and supply["attributed_to"] == ["andrii-sybiha"]


def test_a_capital_and_a_colon_are_a_dateline_not_a_speaker():
    facts = facts_of("Minsk: Belarus has received Iskander systems from Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert "belarus" not in supply.get("attributed_to", [])


def test_per_officials_attributes_the_claim():
    facts = facts_of("North Korea has shipped rockets to Russia, per South Korean officials.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["south-korea"]


def test_believed_to_have_supplied_is_reported_hearsay():
    facts = facts_of("Belarus is believed to have sent ammunition to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "reported"


def test_no_truth_to_reports_is_a_denial_never_a_confirmation():
    for text in [
        "Minsk said there was no truth to reports that it had sent tanks to Russia.",
        "Minsk said reports that it had sent tanks to Russia were not true.",
        "Minsk said the claims that it had sent tanks to Russia had no basis.",
        "Minsk said the allegation that it had sent tanks to Russia was a provocation.",
        "There is no credibility to reports that Belarus sent tanks to Russia, Minsk said.",
    ]:
        facts = facts_of(text)
        (supply,) = only(facts, "SUPPLIES")
        assert supply["stance"] == "reported", text
        assert [d["subject"] for d in only(facts, "DENIES")] == ["belarus"], text


def test_a_negation_with_a_curly_apostrophe_is_a_negation():
    facts = facts_of("Minsk said that the Belarusian government isn\u2019t supplying tanks to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] != "asserted" and only(facts, "DENIES")


def test_arms_delivered_that_were_promised_before_are_delivered_not_promised_again():
    facts = facts_of(
        "Slovakia delivered the remaining nine of the 13 MiG-29 jets that it promised to Ukraine."
    )
    assert [f["stance"] for f in only(facts, "SUPPLIES")] == ["asserted"]
    facts = facts_of("Seoul, which had pledged the artillery in November, balked at providing it to Ukraine.")
    assert "hypothetical" in {f["stance"] for f in only(facts, "SUPPLIES")}


def test_denying_any_arms_shipments_denies_the_deniers_own():
    facts = facts_of("The Chinese have consistently denied any arms shipments to Iran.")
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [("china", "iran")]
    assert [d["subject"] for d in only(facts, "DENIES")] == ["china"]
    facts = facts_of("Pavlov denied any Belarussian military exports to Iraq.")
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [("belarus", "iraq")]


def test_a_report_said_to_be_accurate_is_confirmed_but_not_accurate_denied():
    facts = facts_of(
        "China has sent drone engines to Russia, Politico reported. Mao Ning said the report was not accurate."
    )
    assert not only(facts, "CONFIRMS")
    assert [d["subject"] for d in only(facts, "DENIES")] == ["mao-ning"]


def test_scorned_reports_of_a_partys_supply_are_denied_never_confirmed():
    for word in ["absurd", "a hoax", "mere speculation", "unsubstantiated", "a fairy tale", "misleading"]:
        facts = facts_of(f"Pyongyang said reports that it had shipped shells to Russia were {word}.")
        (supply,) = only(facts, "SUPPLIES")
        assert supply["stance"] == "reported", word
        assert [d["subject"] for d in only(facts, "DENIES")] == ["north-korea"], word


def test_speculation_that_a_state_supplies_is_reported_not_denied():
    facts = facts_of("Amid speculation that Belarus sent tanks to Russia, Poland closed a border crossing.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "reported" and not only(facts, "DENIES")


def test_a_party_mentioning_reports_of_its_supply_does_not_confirm_them():
    facts = facts_of("Minsk said reports that it had sent tanks to Russia were exaggerated.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] != "confirmed"


def test_a_denial_in_the_passive_is_made_by_its_agent():
    facts = facts_of(
        "Serbian tabloids claimed that Croatia had sold howitzers to Kosovo.\n\n"
        "These rumours were rejected by the Croatian Ministry of Defence."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] != "asserted"
    (denial,) = only(facts, "DENIES")
    assert denial["subject"].startswith("croatia") and denial["claim"] == supply["id"]


def test_whoever_spreads_a_story_called_fake_reports_it_and_does_not_deny_it():
    facts = facts_of("Pro-Kremlin bloggers spread fake information that Poland had sent tanks to Moldova.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("poland", "moldova", "reported")
    assert not only(facts, "DENIES")


def test_rejecting_a_request_for_arms_is_a_refusal_not_a_denial():
    facts = facts_of("Sweden rejected Ukraine's request for Gripen fighters on Monday.")
    assert not only(facts, "DENIES")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "Switzerland rejected two German requests to re-export Swiss ammunition to Ukraine.",
        "Switzerland had previously denied similar re-export requests from Germany to send arms to Ukraine.",
    ],
)
def test_rejecting_requests_described_in_a_few_words_is_a_refusal_not_a_denial(text):
    assert not only(facts_of(text), "DENIES")


@pytest.mark.parametrize(
    "text",
    [
        "The Swiss government said that it will not allow Spain to transfer two anti-aircraft guns to Ukraine.",
        "Germany did not allow Poland to send tanks to Ukraine.",
    ],
)
def test_a_permit_withheld_for_a_supply_leaves_it_unmade_and_undenied(text):
    facts = facts_of(text)
    assert not only(facts, "DENIES")
    assert [f["stance"] for f in only(facts, "SUPPLIES")] == ["hypothetical"]


def test_rejecting_reports_described_in_a_few_words_is_still_a_denial():
    facts = facts_of("Iran rejected US reports that it sent drones to Russia.")
    assert [f["subject"] for f in only(facts, "DENIES")] == ["iran"]


def test_an_outlet_that_published_that_a_supply_took_place_reports_it():
    facts = facts_of("The US network CNN published today that Russia has been sending weapons to Iran.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("russia", "iran", "reported")
    assert supply["attributed_to"] == ["cnn"]


def test_sources_who_spoke_with_an_outlet_are_reported_by_that_outlet():
    facts = facts_of(
        "Iran's Revolutionary Guards have transferred missiles to militias in Iraq, according to sources "
        "who spoke with the British newspaper The Times."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["stance"], supply["attributed_to"]) == ("reported", ["the-times"])


def test_a_national_edition_of_an_agency_is_an_outlet_not_its_state_confirming():
    facts = facts_of(
        "Germany handed over tanks to Ukraine, the Interfax-Ukraine news agency reported on Monday."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["stance"], supply["attributed_to"]) == ("reported", ["interfax-ukraine"])


def test_countered_reiterated_informed_that_frame_what_follows():
    facts = facts_of("Khartoum has countered that Uganda arms the SPLA.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("uganda", "spla", "reported")
    assert supply["attributed_to"] == ["sudan"]
    facts = facts_of(
        "The minister informed parliament in a letter that Denmark will deliver F-16s to Ukraine."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("denmark", "ukraine", "hypothetical")


def test_a_verb_of_saying_without_that_frames_nothing():
    facts = facts_of("Washington maintained its arms embargo while Moscow sent tanks to Venezuela.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "asserted" and not supply.get("attributed_to")


def test_they_in_a_report_by_a_watchdog_are_the_accused_not_the_watchdog():
    facts = facts_of("Burundi denied a report by Human Rights Watch that it is smuggling arms to the M23.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("burundi", "m23")
    assert {d["subject"] for d in only(facts, "DENIES")} == {"burundi"}


def test_it_was_reported_makes_a_claim_reported_by_no_one_named():
    facts = facts_of("In November it was reported that Angola was buying three corvettes from South Korea.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("south-korea", "angola", "reported")
    assert not supply.get("attributed_to")


def test_an_estimated_price_is_no_frame_and_ends_no_clause():
    facts = facts_of(
        "Angola is buying three corvettes worth an estimated price of $90 million from South Korea."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("south-korea", "angola", "asserted")


def test_officials_telling_an_outlet_in_the_present_make_the_claim_its_report():
    (supply,) = only(facts_of("Iran is smuggling missiles to Hezbollah, officials tell Reuters."), "SUPPLIES")
    assert (supply["stance"], supply["attributed_to"]) == ("reported", ["reuters"])


def test_could_not_tell_is_no_one_telling():
    facts = facts_of("Analysts could not tell whether Iran sent missiles to Hezbollah.")
    assert not only(facts, "SUPPLIES")[0].get("attributed_to")


def test_it_said_closing_a_sentence_is_the_body_that_spoke_last():
    facts = facts_of(
        "The boarding team seized a dhow in the Arabian Sea, US Central Command (CENTCOM) revealed.\n\n"
        "The team found Iranian missiles bound for the Houthis, it said."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["stance"], supply["attributed_to"]) == ("reported", ["united-states-central-command"])


def test_an_embassy_in_the_republic_of_a_state_is_not_that_state_speaking_and_is_named_by_its_host():
    facts = facts_of(
        "Iran's Embassy in the Republic of Azerbaijan dismissed media reports about the transfer of "
        "Russian weapons to Armenia."
    )
    assert {d["subject"] for d in only(facts, "DENIES")} == {"iran-embassy-azerbaijan"}


def test_the_countrys_president_is_the_president_the_article_named():
    facts = facts_of(
        "Serbian President Aleksandar Vucic spoke on Sunday.\n\n"
        "Serbia is not supplying weapons to Ukraine or Russia, the country's president said."
    )
    assert {d["subject"] for d in only(facts, "DENIES")} == {"aleksandar-vucic"}


def test_a_states_foreign_minister_left_unnamed_is_the_minister_the_article_names_later():
    facts = facts_of(
        "Russia's foreign minister has rejected the U.S. claim that Moscow is sending helicopters to Syria.\n\n"
        "Foreign Minister Sergey Lavrov spoke in Tehran."
    )
    assert {d["subject"] for d in only(facts, "DENIES")} == {"sergey-lavrov"}


def test_the_demonym_and_office_is_the_one_holder_the_article_names():
    facts = facts_of(
        "Serbian Defence Minister Aleksandar Vulin met his hosts.\n\n"
        "Russia has not sent tanks to Serbia, the Serbian defence minister said."
    )
    assert {d["subject"] for d in only(facts, "DENIES")} == {"aleksandar-vulin"}


def test_an_office_two_people_hold_later_in_the_article_stays_the_state():
    facts = facts_of(
        "Russia has not sent tanks to Serbia, the Serbian defence minister said.\n\n"
        "Serbian Defence Minister Dragan Sutanovac visited Moscow in 2010.\n\n"
        "Serbian Defence Minister Aleksandar Vulin visited Moscow in 2017."
    )
    assert {d["subject"] for d in only(facts, "DENIES")} == {"serbia"}


def test_an_office_named_without_a_state_is_its_one_holder_in_the_article():
    facts = facts_of(
        "KIEV, Ukraine -- The defense minister on Friday denied allegations that Ukraine sold radar systems "
        "to Iran. Defense Minister Anatoliy Hrytsenko said the report was false."
    )
    assert {d["subject"] for d in only(facts, "DENIES")} == {"anatoliy-hrytsenko"}


def test_the_countrys_president_before_any_is_named_is_the_state():
    facts = facts_of("Serbia is not supplying weapons to Ukraine, the country's president said.")
    assert {d["subject"] for d in only(facts, "DENIES")} == {"serbia"}


def test_the_countrys_president_is_the_one_person_of_that_state_the_article_names_untitled():
    facts = facts_of(
        "Serbia is not supplying weapons to Ukraine, the country's president said on Sunday.\n\n"
        '"Serbia did not send weapons to anyone," Aleksandar Vucic told journalists.'
    )
    assert {d["subject"] for d in only(facts, "DENIES")} == {"aleksandar-vucic"}


def test_the_countrys_president_is_its_one_untitled_person_beside_a_titled_minister():
    facts = facts_of(
        "Serbia is not supplying weapons to Ukraine, the country's president said on Sunday.\n\n"
        '"Serbia did not send weapons to anyone," Aleksandar Vucic told journalists.\n\n'
        "Serbian Foreign Minister Ivica Dacic said the same."
    )
    first = only(facts, "DENIES")[0]
    assert first["subject"] == "aleksandar-vucic"


def test_the_countrys_president_stays_the_state_when_the_article_names_two_of_its_people():
    facts = facts_of(
        "Serbia is not supplying weapons to Ukraine, the country's president said on Sunday.\n\n"
        "Aleksandar Vucic and Aleksandar Vulin met journalists."
    )
    assert {d["subject"] for d in only(facts, "DENIES")} == {"serbia"}


def test_the_country_alleged_to_supply_is_not_the_home_of_the_outlet_alleging_it():
    facts = facts_of(
        "The Iranian foreign ministry rejected a report released by Fox News alleging that the country "
        "has smuggled arms to Hezbollah."
    )
    assert {(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")} == {("iran", "hezbollah")}


def test_an_outlet_that_reports_in_the_present_after_the_clause_reports_it():
    facts = facts_of(
        "The United States has been supplying Ukraine with ATACMS missiles, Reuters reports, citing an official."
    )
    assert [(f["stance"], f.get("attributed_to")) for f in only(facts, "SUPPLIES")] == [
        ("reported", ["reuters"])
    ]


def test_the_official_is_not_the_president_the_official_mentioned():
    facts = facts_of(
        "The missiles were part of a package that U.S. President Joe Biden approved in March, a U.S. official "
        "said.\n\nThe official said Ukrainian forces first used the missiles on April 17."
    )
    assert not [f for f in facts if "joe-biden" in f.get("attributed_to", [])]


def test_a_report_released_by_a_group_that_says_something_is_the_groups_report():
    facts = facts_of(
        "The report released Thursday by Human Rights First said China is the biggest supplier of small arms "
        "to Sudan."
    )
    assert [f.get("attributed_to") for f in only(facts, "SUPPLIES")] == [["human-rights-first"]]


def test_a_ministry_of_something_is_that_something_ministry():
    facts = facts_of("Serbia's Ministry of Commerce said Germany exports weapons to Saudi Arabia.")
    assert [f.get("attributed_to") for f in only(facts, "SUPPLIES")] == [["serbia-commerce-ministry"]]


def test_an_outlet_named_with_its_state_reports_not_the_state():
    for text in (
        "Iran sent drones to Russia, according to the Russian newspaper Kommersant.",
        "Iran sent drones to Russia, the Moscow daily Kommersant reported.",
        "Iran sent drones to Russia, according to a report by Russia's Kommersant newspaper.",
    ):
        assert [f.get("attributed_to") for f in only(facts_of(text), "SUPPLIES")] == [["kommersant"]], text


def test_a_known_outlet_named_with_its_state_and_kind_reports():
    facts = facts_of("North Korea sent shells to Russia, according to Russia's RIA Novosti news agency.")
    assert [f.get("attributed_to") for f in only(facts, "SUPPLIES")] == [["ria-novosti"]]


def test_an_acronym_outlet_after_its_state_and_kind_reports():
    facts = facts_of("Latvia will send Stinger missiles to Ukraine, the Estonian broadcaster ERR reported.")
    assert [f.get("attributed_to") for f in only(facts, "SUPPLIES")] == [["err"]]


def test_a_report_in_an_outlet_is_that_outlets_report():
    facts = facts_of(
        "China will sell drones to Saudi Arabia, according to a report in the Hurriyet Daily News."
    )
    assert [f.get("attributed_to") for f in only(facts, "SUPPLIES")] == [["hurriyet-daily-news"]]


def test_a_report_in_a_country_names_no_source():
    facts = facts_of("Iran sent drones to Russia, according to a report in Syria.")
    assert [f.get("attributed_to", []) for f in only(facts, "SUPPLIES")] == [[]]


def test_a_paper_named_after_what_it_is_reports():
    facts = facts_of("The independent paper Al Ahali said that Iran trains Al Houthi rebels in Eritrea.")
    assert [(f["subject"], f["object"], f.get("attributed_to")) for f in only(facts, "TRAINS")] == [
        ("iran", "houthis", ["al-ahali"])
    ]


def test_a_white_paper_is_no_outlet():
    facts = facts_of("Iran sends drones to Russia, the Defence White Paper said.")
    assert [f.get("attributed_to", []) for f in only(facts, "SUPPLIES")] == [[]]


def test_all_the_states_a_denied_claim_is_alleged_by_report_it_and_the_denial_is_no_ones_relay():
    facts = facts_of(
        "Tehran strongly denies supplying weapons to Yemeni rebels, as alleged by both Riyadh and Washington."
    )
    (supply,) = only(facts, "SUPPLIES")
    (denial,) = only(facts, "DENIES")
    assert supply["attributed_to"] == ["saudi-arabia", "united-states"]
    assert (denial["subject"], denial["stance"], denial.get("attributed_to", [])) == ("iran", "asserted", [])


def test_an_outlet_after_a_closing_reports_is_the_reporter():
    facts = facts_of("Turkiye has supplied drones to Sudan's military, reports the Middle East Monitor.")
    assert [(f["stance"], f.get("attributed_to")) for f in only(facts, "SUPPLIES")] == [
        ("reported", ["middle-east-monitor"])
    ]


def test_unnamed_sources_according_to_an_outlet_are_the_outlets_report():
    facts = facts_of("According to Reuters, unnamed sources revealed that Turkey supplied drones to Sudan.")
    assert [f.get("attributed_to") for f in only(facts, "SUPPLIES")] == [["reuters"]]


def test_a_given_name_alone_is_the_person_the_article_named_in_full():
    facts = facts_of(
        "Defence Minister Najib Razak met Russian officials in Kuala Lumpur.\n\n"
        '"Malaysia has agreed to buy 18 Sukhoi Su-30MKM aircraft from Russia," Najib told a news conference.'
    )
    assert [f.get("attributed_to") for f in only(facts, "SUPPLIES")] == [["najib-razak"]]


def test_a_parliament_that_voted_to_send_arms_decided_its_states_supply():
    facts = facts_of(
        "In early November 2022, the Bulgarian parliament voted to send heavy weapons to Ukraine."
    )
    assert [(f["subject"], f["stance"]) for f in only(facts, "SUPPLIES")] == [("bulgaria", "hypothetical")]


def test_the_sender_of_a_cable_warning_is_the_warner_not_the_outlet_that_reports_it():
    facts = facts_of(
        "According to The Washington Post, Russia sent a diplomatic cable to the United States warning "
        'of "unpredictable consequences" if the Americans kept arming Ukraine.'
    )
    assert [(f["subject"], f["object"]) for f in only(facts, "WARNS")] == [("russia", "united-states")]


def test_an_outlet_quoting_someone_as_saying_reports_what_they_said():
    facts = facts_of(
        "Kommersant quotes a source close to the Defense Ministry of Belarus as saying that the country "
        "is going to sell ten Polonez systems to Azerbaijan."
    )
    assert [f.get("attributed_to") for f in only(facts, "SUPPLIES")] == [["kommersant"]]


def test_a_column_by_a_writer_in_a_paper_is_the_writers_claim():
    facts = facts_of(
        "A column by Iranian Foreign Minister Javad Zarif in The Guardian claims that Israel sent drones to Azerbaijan."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["mohammad-javad-zarif"]


def test_the_report_further_noting_a_supply_is_the_report_of_the_source_before():
    facts = facts_of(
        "Reuters said Iran sent drones to Russia.\n\n"
        "The report further noted that Tehran is supplying weapons to militias in Iraq."
    )
    (later,) = [f for f in facts if f["predicate"] == "SUPPLIES" and f["quote"].startswith("The report")]
    assert later["attributed_to"] == ["reuters"]


def test_according_to_the_document_is_the_source_before():
    facts = facts_of(
        "Reuters said Iran sent drones to Russia.\n\n"
        "According to the document, Estonia will transfer Javelin missiles to Ukraine."
    )
    (later,) = [f for f in facts if f["predicate"] == "SUPPLIES" and f["subject"] == "estonia"]
    assert later["attributed_to"] == ["reuters"]


def test_states_listed_after_including_before_the_verb_each_say_and_supply():
    for text in (
        "Many countries, including Germany and Poland, said they would deliver tanks to Ukraine.",
        "Other NATO countries, including Germany and Poland, have said they would deliver tanks to Ukraine.",
    ):
        supplies = {(f["subject"], tuple(f["attributed_to"])) for f in only(facts_of(text), "SUPPLIES")}
        assert supplies == {("germany", ("germany",)), ("poland", ("poland",))}


def test_a_speaker_in_apposition_who_told_an_outlet_speaks_and_the_outlet_reports():
    facts = facts_of(
        '"Lithuania will buy NASAMS from Norway," Laimonas Brazaitis, a spokesperson for the ministry, '
        "told Defense News."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["laimonas-brazaitis", "defense-news"]
