"""Statements and their stance: a party's denials, refusals and qualifications never come out as
confirmations, and who speaks is found in the usual frames of news reporting.

Every sentence here is written for these tests (none is copied from an article).
"""

from __future__ import annotations

import pytest

from tests.extracted import facts_of, only, pairs


def _stances(text: str, predicate: str = "SUPPLIES") -> set[str]:
    return {f["stance"] for f in only(facts_of(text), predicate)}


def _deniers(text: str) -> set[str]:
    return _deniers_of(facts_of(text))


def _deniers_of(facts: list[dict]) -> set[str]:
    return {f["subject"] for f in only(facts, "DENIES")}


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan said it supplied no ammunition to Ukraine.",
        "Ukraine says it has received no Taurus missiles from Germany.",
        'Tehran said it "sold" no drones to Moscow.',
        '"Not a single Iranian drone has been delivered to Russia," the Iranian minister said.',
        "Not one missile was sent to Russia, Iranian Foreign Minister Abbas Araghchi said.",
    ],
)
def test_a_party_saying_none_was_supplied_denies_the_supply(text):
    facts = facts_of(text)
    assert "confirmed" not in {f["stance"] for f in facts}
    assert only(facts, "DENIES")
    assert _stances(text) <= {"reported", "hypothetical"}


def test_no_fewer_than_is_a_quantity_not_a_denial():
    text = "Russia has received no fewer than 300 drones from Iran, Kyiv said."
    assert not only(facts_of(text), "DENIES")
    assert _stances(text) == {"reported"}


def test_having_yet_to_send_any_arms_is_a_denial_not_a_plan():
    text = "Hungary has yet to send any weapons to Ukraine, Foreign Minister Peter Szijjarto said."
    assert _deniers(text) == {"peter-szijjarto"}
    assert _stances(text) == {"reported"}


def test_a_party_s_own_word_that_it_will_not_supply_is_a_policy_not_a_denial():
    text = "Germany will not export any more weapons to Turkey, German Foreign Minister Heiko Maas said."
    assert _deniers(text) == set()
    assert _stances(text) == {"hypothetical"}


def test_a_party_saying_it_has_not_and_will_not_supply_denies_the_supply():
    text = (
        "China has not and will not provide weapons to Russia, Liu Pengyu, a Chinese embassy spokesman, said."
    )
    assert _deniers(text) == {"liu-pengyu"}


def test_another_state_saying_a_party_will_not_supply_denies_it():
    text = '"Russia will not supply weapons to Armenia," the Azerbaijani defence ministry said.'
    assert _deniers(text) == {"azerbaijan-defence-ministry"}


def test_a_states_government_denying_that_it_sold_arms_is_the_state_denying_its_sale():
    facts = facts_of("South Korea's government has denied reports that it sold shells to the United States.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("south-korea", "united-states")
    assert [f["subject"] for f in only(facts, "DENIES")] == ["south-korea"]


def test_it_after_by_acknowledging_that_is_the_one_acknowledging_not_the_accuser():
    facts = facts_of(
        "Iran has responded to the allegations by Ukraine by acknowledging that it supplied Russia with drones."
    )
    assert pairs(facts, "SUPPLIES") == {("iran", "russia")}


def test_a_leaders_government_that_decided_to_deliver_is_the_leaders_state():
    facts = facts_of(
        "Spain's prime minister Pedro Sanchez said the bombs were sold. Sanchez's government came under "
        "fire after it decided to go ahead with the delivery of 400 bombs to Saudi Arabia."
    )
    assert ("pedro-sanchez", "saudi-arabia") not in pairs(facts, "SUPPLIES")


def test_sending_only_equipment_not_weapons_denies_the_arms():
    text = "Israel says it sends only defensive equipment, not weapons, to Ukraine."
    assert _deniers(text) == {"israel"}
    assert "confirmed" not in _stances(text)


def test_an_army_saying_it_does_not_use_a_weapon_denies_the_use():
    text = "The Algerian army said it does not use Russian drones."
    assert _stances(text, "USES") == {"reported"}
    assert _deniers(text) == {"algeria-armed-forces"}


def test_a_willingness_to_sell_is_hypothetical_never_confirmed():
    text = (
        "Although Greece had earlier signalled willingness to sell tanks to Ukraine, Greek Defence "
        "Minister Nikos Dendias said this must first be discussed."
    )
    assert _stances(text) == {"hypothetical"}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("A Kremlin official denied that Iran sent drones to Russia.", "russia"),
        (
            "A senior White House official flatly denied that Washington sent Javelins to Ukraine.",
            "united-states",
        ),
        ("Sources close to the Kremlin denied that Iran sent drones to Russia.", "russia"),
    ],
)
def test_an_unnamed_voice_of_a_state_denies_for_it(text, state):
    assert _deniers(text) == {state}
    assert _stances(text) == {"reported"}


def test_a_speaker_saying_a_report_did_not_show_a_supply_denies_it():
    text = (
        '"The panel did not say that Belarus sent tanks to Russia," Belarusian Defence Minister '
        "Viktor Khrenin said."
    )
    assert _deniers(text) == {"viktor-khrenin"}
    assert _stances(text) == {"reported"}


def _sources(text: str, predicate: str = "SUPPLIES") -> set[str]:
    return {s for f in only(facts_of(text), predicate) for s in f.get("attributed_to", [])}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Belarus has sent tanks to Russia, documents seen by The Guardian show.", "the-guardian"),
        ("Files obtained by the BBC reveal that Belarus sent tanks to Russia.", "bbc"),
        (
            "Emails reviewed by The Washington Post show North Korea shipped shells to Russia.",
            "washington-post",
        ),
    ],
)
def test_papers_an_outlet_has_seen_make_the_claim_its_report(text, outlet):
    assert _sources(text) == {outlet}
    assert _stances(text) == {"reported"}


def test_a_verb_of_obtaining_without_papers_is_still_a_supply():
    assert _stances("Russia obtained drones from Iran.") == {"asserted"}


def test_the_speaker_is_the_named_person_not_the_one_whose_aide_they_are():
    text = "Andriy Yermak, Zelensky's chief of staff, said Sweden agreed to send fighter jets to Ukraine."
    assert _sources(text) == {"andriy-yermak"}


def test_an_outlet_relaying_a_written_post_reports_the_claim_with_its_author():
    text = (
        "According to RT News, Yury Lutsenko, Ukrainian President Petro Poroshenko's aide, reportedly "
        "wrote on his Facebook page that Italy agreed to send modern weapons to Ukraine."
    )
    assert _sources(text) == {"yury-lutsenko", "rt"}
    assert _stances(text) == {"reported"}


def test_a_fire_and_forget_missile_is_no_use_of_it():
    text = "Germany agreed to deliver fire-and-forget anti-tank missiles to Ukraine."
    assert not only(facts_of(text), "USES")


def test_a_number_of_a_blocs_members_going_to_deliver_is_the_blocs_plan():
    text = "Valery Heletey said a number of NATO countries are going to deliver weapons to Ukraine."
    facts = only(facts_of(text), "SUPPLIES")
    assert {(f["subject"], f["object"], f["stance"]) for f in facts} == {("nato", "ukraine", "hypothetical")}
    assert _sources(text) == {"valery-heletey"}


@pytest.mark.parametrize("voice", ["a senior official of", "a spokesman for"])
def test_the_unnamed_official_of_a_ministry_denies_for_the_ministry_in_the_next_sentence(voice):
    text = (
        f"{voice.capitalize()} the Belarusian Defence Ministry spoke on Monday. Belarus has never "
        "transferred weapons to Russia, the official said."
    ).replace("the official", "the spokesman" if "spokesman" in voice else "the official")
    denials = only(facts_of(text), "DENIES")
    assert {(f["subject"], f["stance"]) for f in denials} == {("belarus-defence-ministry", "asserted")}


def test_a_party_selling_to_one_state_not_for_another_denies_the_other():
    text = "Seoul said the shells it sells to Washington are only for US forces, not for Ukraine."
    facts = facts_of(text)
    by_recipient = {f["object"]: f["stance"] for f in only(facts, "SUPPLIES")}
    assert by_recipient["ukraine"] == "reported"
    denied = {f["claim"] for f in only(facts, "DENIES") if f["subject"] == "south-korea"}
    assert any(f["id"] in denied and f["object"] == "ukraine" for f in only(facts, "SUPPLIES"))


def test_the_recipient_a_party_excludes_is_never_confirmed():
    text = "Belgrade said it sold ammunition to third countries, not to Ukraine."
    assert _stances(text) == {"reported"}
    assert _deniers(text) == {"serbia"}


@pytest.mark.parametrize(
    "text",
    [
        "India said it has stopped exporting artillery shells to Armenia.",
        "Washington has stopped supplying Ukraine with Patriot interceptors, the Pentagon said.",
    ],
)
def test_a_supply_stopped_is_no_confirmed_supply(text):
    assert "confirmed" not in _stances(text)


def test_being_urged_to_stop_supplying_still_reports_the_supply():
    assert _stances("The US urged Iran to stop supplying drones to Russia.") == {"reported"}


def test_a_question_is_never_stated_as_fact():
    assert _stances("Did Belarus send tanks to Russia?") == {"reported"}


def test_a_statement_before_a_question_is_still_stated():
    text = '"We sell rifles to Serbia and Hungary, so why not to Slovakia?" the Czech minister asked.'
    assert "reported" not in {
        f["stance"] for f in only(facts_of(text), "SUPPLIES") if f["object"] == "serbia"
    }


def test_a_party_sending_advisers_not_drones_denies_the_drones():
    text = 'Tehran said it had sent so-called "military advisers" to Russia, not drones.'
    assert "confirmed" not in _stances(text)


def test_a_party_saying_a_sale_would_not_alter_the_military_balance_still_confirms_it():
    text = "The Pentagon said the sale of F-16 jets to Taiwan would not alter the military balance."
    assert not only(facts_of(text), "DENIES")


@pytest.mark.parametrize(
    "text",
    [
        "The US urged Iran not to send missiles to Russia.",
        "Israel has warned Moscow not to deliver advanced missiles to Syria.",
        "China told the US not to sell arms to Taiwan.",
        "Washington called on Beijing not to supply weapons to Russia.",
        "Germany asked Poland to not deliver tanks to Ukraine.",
    ],
)
def test_telling_a_state_not_to_supply_is_a_demand_not_a_denial(text):
    assert not only(facts_of(text), "DENIES")
    assert _stances(text) == {"hypothetical"}


def test_refusing_to_confirm_or_deny_denies_nothing_and_leaves_the_claim_open():
    facts = facts_of(
        "Iran's Foreign Ministry spokesman refused to confirm or deny whether Iran had supplied Hamas "
        "with artillery rockets."
    )
    assert not only(facts, "DENIES")
    assert [(f["subject"], f["object"], f["stance"]) for f in only(facts, "SUPPLIES")] == [
        ("iran", "hamas", "hypothetical")
    ]


def test_border_disputes_and_disputed_islands_deny_nothing():
    text = (
        "Russia supplied tanks to Nicaragua.\n\n"
        "Costa Rica and Nicaragua have strained relations punctuated by border disputes.\n\n"
        "Nicaragua sent the tanks to the disputed islands."
    )
    assert not only(facts_of(text), "DENIES")
    assert _deniers("Iran disputes the claim that it supplied drones to Russia.") == {"iran"}


def test_a_denial_by_a_state_after_an_adverb_is_that_states():
    text = (
        "Israel claimed that Tehran was sending weapons to Hezbollah, but it was dismissed again by Tehran."
    )
    assert _deniers(text) == {"iran"}


def test_denying_knowledge_of_talks_is_no_denial_of_the_supply():
    text = (
        "Moscow has been negotiating the delivery of anti-ship missiles to the Houthis, Reuters reported.\n\n"
        "Houthi spokesman Mohamed Abdel-Salam denied knowledge of the discussions."
    )
    assert not only(facts_of(text), "DENIES")


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua's military has not confirmed media reports that it bought 50 tanks from Russia.",
        "The Pentagon has not confirmed that Iran sent missiles to Russia.",
        "Nicaragua did not confirm reports that it bought 50 tanks from Russia.",
    ],
)
def test_a_supply_someone_has_not_confirmed_is_left_open_not_denied(text):
    facts = facts_of(text)
    assert not only(facts, "DENIES")
    assert {f["stance"] for f in only(facts, "SUPPLIES")} == {"hypothetical"}


def test_details_of_a_delivery_not_given_deny_no_delivery():
    text = (
        "The US has delivered Javelin missiles to Ukraine.\n\n"
        "Further details of the delivery have not been provided yet. No date for the delivery was given."
    )
    facts = facts_of(text)
    assert not only(facts, "DENIES")
    assert [f["stance"] for f in only(facts, "SUPPLIES")] == ["asserted"]


def test_saying_a_panel_did_not_accuse_a_state_of_sending_arms_denies_it():
    text = (
        "Araya Desta, Eritrea's ambassador to the UN, said: “The UN monitoring group did not accuse "
        "Eritrea of sending arms to al-Shabab.”"
    )
    facts = facts_of(text)
    assert {f["stance"] for f in only(facts, "SUPPLIES")} == {"reported"}
    assert _deniers(text) == {"araya-desta"}


def test_a_supply_said_to_be_impossible_is_denied_not_confirmed():
    text = (
        "“The supply of Russian S-300s to Azerbaijan is impossible,” a Russian defence ministry source said."
    )
    facts = facts_of(text)
    assert {f["stance"] for f in only(facts, "SUPPLIES")} == {"reported"}
    assert only(facts, "DENIES")


def test_not_sending_enough_aid_is_a_complaint_not_a_denial():
    text = (
        "Germany approved the delivery of infantry fighting vehicles to Ukraine amid criticism that "
        "Berlin has not been sending enough military aid to Kyiv."
    )
    assert not only(facts_of(text), "DENIES")


def test_denying_a_report_that_it_was_resuming_supplies_denies_its_own_supplies():
    text = "Despite India denying a media report that it was resuming supplies of lethal arms to Nepal's army, the row continued."
    facts = facts_of(text)
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [("india", "nepal-armed-forces")]
    assert _deniers(text) == {"india"}


def test_urging_a_government_to_buy_arms_is_only_a_possible_purchase():
    text = "Pakistan sold rifles to Nepal.\n\nNepal's army had been urging the government to buy ammunition from Pakistan."
    assert [f["stance"] for f in only(facts_of(text), "SUPPLIES")][-1] == "hypothetical"


def test_denying_allegations_of_something_else_denies_no_supply_told_before():
    text = (
        "Russia sold jets to Venezuela.\n\nThe US government has voiced concern that the sales would upset "
        "the balance but denies allegations that it plans to invade."
    )
    assert not only(facts_of(text), "DENIES")


def test_the_first_jets_that_landed_restate_their_delivery():
    text = "Russia sold 24 Su-30 fighter jets to Venezuela.\n\nThe first two Su-30 jets landed at a naval base in Venezuela on Thursday."
    assert [(f["subject"], f["object"]) for f in only(facts_of(text), "SUPPLIES")] == [
        ("russia", "venezuela")
    ] * 2


def test_a_promise_to_deliver_that_was_kept_is_a_delivery_but_one_made_is_not():
    assert _stances("The US fulfilled its pledge to send Abrams tanks to Ukraine.") == {"asserted"}
    assert _stances("The US made a pledge to send Abrams tanks to Ukraine.") == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "The Indonesian military has expressed its eagerness to acquire a squadron of Russian jets.",
        "Azerbaijan was interested in buying Bayraktar TB2 drones from Turkey.",
        "Brazil hoped to receive three batteries of Pantsir systems from Russia.",
    ],
)
def test_a_purchase_wished_for_is_only_possible(text):
    assert _stances(text) == {"hypothetical"}


def test_a_state_going_ahead_despite_anothers_warnings_was_warned_by_it():
    facts = facts_of("Turkey bought S-400s from Russia, ignoring US warnings of sanctions.")
    assert [(f["subject"], f["object"]) for f in only(facts, "WARNS")] == [("united-states", "turkey")]
    assert not only(facts_of("Turkey bought S-400s from Russia despite the weather."), "WARNS")


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        (
            "Russia said it had delivered anti-aircraft missile systems to Iran, immediately drawing "
            "criticism from the United States.",
            ("united-states", "russia"),
        ),
        (
            "Turkey bought S-400s from Russia, drawing criticism from U.S. Secretary of State Mike Pompeo.",
            ("mike-pompeo", "turkey"),
        ),
        (
            "Despite opposition from its own lawmakers and criticism from India, the United States will go "
            "ahead with the sale of eight F-16 fighter jets to Pakistan.",
            ("india", "united-states"),
        ),
    ],
)
def test_a_supply_that_draws_criticism_or_goes_ahead_despite_it_was_warned_against(text, warning):
    assert [(f["subject"], f["object"]) for f in only(facts_of(text), "WARNS")] == [warning]


def test_every_state_listed_as_criticising_a_deal_told_before_warns_its_supplier():
    facts = facts_of(
        "Russia said it had delivered new anti-aircraft missile systems to Iran.\n\n"
        "Washington and Israel have criticized the contract, saying Tehran could use them against its neighbors."
    )
    assert {(f["subject"], f["object"]) for f in only(facts, "WARNS")} == {
        ("united-states", "russia"),
        ("israel", "russia"),
    }


def test_states_named_together_after_a_preposition_do_not_warn_together():
    facts = facts_of(
        "Blinken said that Russia had received ballistic missiles from Iran, warning that cooperation "
        "between Moscow and Tehran threatened European security."
    )
    assert ("russia", "iran") not in {(f["subject"], f["object"]) for f in only(facts, "WARNS")}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey voiced its opposition to U.S. plans to arm the YPG.",
        "Those concerns stem from Ankara's opposition to U.S. plans to arm the YPG.",
        "Those concerns stem from Ankara's disapproval of U.S. plans to arm the YPG.",
    ],
)
def test_opposing_a_states_plans_to_arm_a_group_warns_that_state(text):
    facts = facts_of(text)
    assert pairs(facts, "SUPPLIES") == {("united-states", "ypg")}
    assert pairs(facts, "WARNS") == {("turkey", "united-states")}


def test_a_minister_who_reaffirmed_his_state_sends_no_arms_denies_it_himself():
    text = "Defense Minister Benny Gantz reaffirmed on Tuesday that Israel does not intend to sell arms to Ukraine."
    assert _deniers(text) == {"benny-gantz"}


def test_a_supply_called_for_is_only_possible():
    assert _stances("Saudi Arabia has publicly called for arming the Syrian rebels.") == {"hypothetical"}


def test_the_minister_of_a_state_who_today_disputed_the_claims_denies_them_for_it():
    text = (
        "Despite claims by the United States that Iran is smuggling weapons to the Taliban, the defense "
        "minister of Afghanistan today disputed those claims."
    )
    assert _deniers(text) == {"afghanistan"}
    assert _stances(text) == {"reported"}


@pytest.mark.parametrize(
    "text",
    [
        "Belarus has sold neither tanks nor ammunition to Russia, the ministry said.",
        "Croatia neither sold nor donated arms to Syrian rebels, the ministry said.",
    ],
)
def test_neither_nor_denies_the_supply(text):
    facts = facts_of(text)
    assert only(facts, "DENIES")
    assert "asserted" not in {f["stance"] for f in only(facts, "SUPPLIES")}


def test_not_only_but_also_denies_nothing():
    facts = facts_of("Serbia not only sold rifles to Armenia but also sent instructors.")
    assert not only(facts, "DENIES")
    assert {f["stance"] for f in only(facts, "SUPPLIES")} == {"asserted"}


@pytest.mark.parametrize("verb", ["discovered", "determined", "established", "concluded"])
def test_what_an_inquiry_concluded_is_its_report(verb):
    facts = facts_of(f"The United Nations {verb} that Eritrea sent rifles to Somali insurgents.")
    supplies = only(facts, "SUPPLIES")
    assert [(f["stance"], f.get("attributed_to")) for f in supplies] == [("reported", ["united-nations"])]


def test_establishing_ties_is_no_finding():
    facts = facts_of("Serbia established ties with Belarus and bought MiG-29s from Belarus.")
    assert not [f for f in only(facts, "SUPPLIES") if f.get("attributed_to")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran rejected US claims that it sent drones to Russia.", ("iran", "russia")),
        ("Pakistan denies Indian charges that it arms the Taliban.", ("pakistan", "taliban")),
    ],
)
def test_it_in_a_charge_a_state_denies_is_the_accused_not_the_accuser(text, pair):
    facts = facts_of(text)
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [pair]
    assert {f["subject"] for f in only(facts, "DENIES")} == {pair[0]}


def test_they_in_a_un_report_that_unnamed_states_denied_is_never_the_un():
    facts = facts_of(
        "Both countries denied allegations in an earlier UN report that they were arming the M23."
    )
    assert "united-nations" not in {f["subject"] for f in facts}


def test_no_arms_were_supplied_denies_the_supply():
    facts = facts_of("No military aircraft were supplied to Sudan, the Ukrainian Foreign Ministry said.")
    assert only(facts, "DENIES")
    assert "asserted" not in _stances("No military aircraft were supplied to Sudan, the ministry said.")


def test_no_doubt_that_arms_were_supplied_denies_nothing():
    assert not only(facts_of("There is no doubt that rifles were supplied to Sudan by Iran."), "DENIES")


def test_discounting_the_idea_of_arms_sales_denies_them():
    assert only(
        facts_of("Israeli officials discounted the idea of massive Israeli arms sales to Iran."), "DENIES"
    )


def test_terming_reports_propagandistic_sensationalism_denies_them():
    text = (
        "Iran's foreign ministry termed US remarks on sales of Russian-built missiles to Iran as "
        "propagandistic sensationalism."
    )
    assert "confirmed" not in _stances(text)
    assert only(facts_of(text), "DENIES")


def test_a_claim_made_despite_denials_by_a_state_is_denied_by_it():
    text = "Rwanda armed the M23 rebels, a UN group of experts said, despite reiterated denials by Kigali."
    assert _deniers(text) == {"rwanda"}


def test_a_report_a_denier_was_responding_to_is_the_claim_it_denied():
    facts = facts_of(
        "China denied that its army trains Pakistani soldiers.\n\n"
        "He was responding to a report in India which said that Chinese troops were training Pakistani soldiers."
    )
    assert len(only(facts, "DENIES")) == 2


def test_denying_participation_in_an_operation_denies_no_supply():
    facts = facts_of(
        "Cyprus has stopped a ship full of North Korean weapons bound for Syria. "
        "NATO has denied participation in the Cypriot operation."
    )
    assert not only(facts, "DENIES")


def test_a_surname_in_the_lead_before_the_full_name_is_that_person_and_denies():
    facts = facts_of(
        "Ahmadinejad rejected US claims that Iranian weapons are being supplied to the Taliban.\n\n"
        "KABUL: Iranian President Mahmoud Ahmadinejad spoke at a press conference in Kabul."
    )
    assert [(f["subject"], f["stance"]) for f in only(facts, "DENIES")] == [
        ("mahmoud-ahmadinejad", "asserted")
    ]


def test_dismissing_a_government_denies_nothing():
    facts = facts_of("China sent arms to Nepal. Gyanendra dismissed the government on 1 February.")
    assert not only(facts, "DENIES")


def test_sales_put_down_to_private_companies_deny_a_state_sale():
    facts = facts_of(
        "Turkey's drone sales to Ukraine were by private companies, not state deals, an official said."
    )
    supplies = [f for f in only(facts, "SUPPLIES") if f["subject"] == "turkey"]
    assert supplies and all(f["stance"] != "asserted" for f in supplies)
    assert {f["claim"] for f in only(facts, "DENIES")} >= {f["id"] for f in supplies}


def test_a_private_company_named_as_seller_denies_nothing_by_itself():
    facts = facts_of("A private company, Baykar, sold drones to Poland.")
    assert not only(facts, "DENIES")


def test_the_one_a_cleft_sets_aside_did_not_use_the_weapon():
    facts = facts_of(
        "Lavrov insisted that it was the insurgents and not the Syrian army who used chemical weapons."
    )
    used = {f["id"]: f["subject"] for f in only(facts, "USES")}
    denied = {used[f["claim"]] for f in only(facts, "DENIES") if f["claim"] in used}
    assert denied == {"syria-armed-forces"}


@pytest.mark.parametrize(
    "text, warning",
    [
        (
            "Qatar donated armoured vehicles to Somalia. Somaliland has protested Qatar's donation of "
            "armoured vehicles to Somalia.",
            ("somaliland", "qatar"),
        ),
        (
            "Russia's government has summoned the US ambassador to Moscow to protest an attack with "
            "US-supplied ATACMS missiles.",
            ("russia", "united-states"),
        ),
        (
            "The US approved the sale of F-16s to Taiwan. Beijing protested angrily at the time.",
            ("china", "united-states"),
        ),
        (
            "Britain sold Tornado jets to Saudi Arabia. Heseltine, dismissing Israeli protests that came "
            "after press leaks of the sale, praised the Saudis.",
            ("israel", "united-kingdom"),
        ),
        ("Turkey had protested to Russia over the missile deal with Cyprus.", ("turkey", "russia")),
        (
            "Turkey has complained to the U.S. ambassador about possible weapons aid to Syrian Kurdish forces.",
            ("turkey", "united-states"),
        ),
    ],
)
def test_a_protest_or_a_summoned_envoy_over_arms_warns_the_state_it_is_made_to(text, warning):
    assert pairs(facts_of(text), "WARNS") == {warning}


@pytest.mark.parametrize(
    "text",
    [
        "Anti-government protests continue in Myanmar, where China sold drones to the army.",
        "The United States has not yet issued a formal protest of Iran's shipment of arms to Bosnia.",
        "The UAE cancelled its arms deliveries to Somalia in protest of the seizure of its cash.",
    ],
)
def test_street_protests_protests_not_made_and_acts_in_protest_warn_no_one(text):
    assert not only(facts_of(text), "WARNS")


@pytest.mark.parametrize(
    "text, warning",
    [
        ("Greece asked Germany not to sell submarines to Turkey.", ("greece", "germany")),
        ("Israel tried to persuade Russia not to sell S-300 missiles to Iran.", ("israel", "russia")),
    ],
)
def test_asking_or_persuading_a_state_not_to_supply_warns_it_and_denies_nothing(text, warning):
    facts = facts_of(text)
    assert pairs(facts, "WARNS") == {warning}
    assert not only(facts, "DENIES")


def test_the_state_asked_not_to_provide_another_with_arms_is_the_supplier_asked_about():
    facts = facts_of("Greece asked Germany not to provide Turkey with Type 214 submarines.")
    assert pairs(facts, "SUPPLIES") == {("germany", "turkey")}


@pytest.mark.parametrize(
    "text, warnings",
    [
        (
            "Russia, despite appeals from Israel and the U.S., has begun delivery of an advanced cruise "
            "missile to Syria.",
            {("israel", "russia"), ("united-states", "russia")},
        ),
        (
            "Officials said the missiles came from North Korea or China, which has sold Silkworms to Iran "
            "over strong U.S. objections.",
            {("united-states", "china")},
        ),
    ],
)
def test_a_supply_made_despite_objections_or_appeals_was_warned_against_by_those_objecting(text, warnings):
    assert pairs(facts_of(text), "WARNS") == warnings


@pytest.mark.parametrize(
    "text, warning",
    [
        (
            "New Delhi had conveyed its concern to Washington over US plans to sell weapons to Pakistan.",
            ("india", "united-states"),
        ),
        (
            "The head of NATO expressed concern on Monday over Turkey's decision to co-produce a missile "
            "defence system with a Chinese firm.",
            ("nato", "turkey"),
        ),
    ],
)
def test_a_concern_over_arms_voiced_to_a_state_or_over_its_decision_warns_it(text, warning):
    assert pairs(facts_of(text), "WARNS") == {warning}


def test_a_concern_that_names_no_one_warns_no_one():
    facts = facts_of(
        "The US and South Korea have expressed concerns that North Korea is supplying Russia with weapons."
    )
    assert not only(facts, "WARNS")


@pytest.mark.parametrize(
    "text",
    [
        "US officials say Russia sent tanks to the Donbas separatists, which Russia flatly denies.",
        "U.S. intelligence officials have said Russia received its first shipment of the Iran-made drones "
        "in mid-August, though Tehran has denied the drones sale.",
    ],
)
def test_a_denial_in_the_writers_aside_after_a_reported_claim_is_the_writers_to_assert(text):
    (denial,) = only(facts_of(text), "DENIES")
    assert denial["stance"] == "asserted" and not denial["attributed_to"]


def test_a_denial_said_and_then_reported_by_an_outlet_is_the_outlets_report():
    facts = facts_of(
        "Libyan rebels have not received any weapons from Italy, Abdel Fattah Younes said, Reuters reports."
    )
    (denial,) = only(facts, "DENIES")
    assert (denial["subject"], denial["stance"], denial["attributed_to"]) == (
        "abdel-fattah-younes",
        "reported",
        ["reuters"],
    )


def test_urging_a_state_not_to_buy_warns_it_and_denies_nothing():
    facts = facts_of("Japan is urging Vietnam not to buy fighter jets from Russia.")
    assert pairs(facts, "WARNS") == {("japan", "vietnam")}
    assert not only(facts, "DENIES")
    assert {f["stance"] for f in only(facts, "SUPPLIES")} == {"hypothetical"}


def test_a_warning_to_two_suppliers_warns_both():
    for text in [
        "Russia warned the United States and NATO against sending arms to Ukraine.",
        "Russia warned that arms supplies to Ukraine by the United States and NATO will lead to war.",
        "Russia cautioned the United States and NATO against sending arms to Ukraine.",
    ]:
        assert pairs(facts_of(text), "WARNS") == {("russia", "united-states"), ("russia", "nato")}, text


def test_a_parliament_speaker_named_with_the_title_is_the_one_who_warns():
    facts = facts_of(
        "Russian State Duma Speaker Vyacheslav Volodin warned the United States against sending arms to Ukraine."
    )
    assert pairs(facts, "WARNS") == {("vyacheslav-volodin", "united-states")}


def test_calling_on_a_state_to_stop_a_supply_warns_it():
    facts = facts_of("The European Union called on Belarus to halt its arms deliveries to Russia.")
    assert pairs(facts, "WARNS") == {("european-union", "belarus")}


def test_urging_a_state_to_send_arms_warns_no_one():
    facts = facts_of("Poland urged Germany to send Leopard tanks to Ukraine.")
    assert not only(facts, "WARNS")


def test_demanding_that_a_state_not_sell_is_no_denial_by_it():
    facts = facts_of("Beijing demanded on Thursday that Paris not sell Mirage jets to Taiwan.")
    assert not only(facts, "DENIES")
    assert {f["stance"] for f in only(facts, "SUPPLIES")} == {"hypothetical"}


def test_saying_that_one_did_not_sell_is_still_a_denial():
    facts = facts_of("Paris said that it did not sell Mirage jets to Taiwan.")
    assert [f["subject"] for f in only(facts, "DENIES")] == ["france"]


def test_brushing_off_warnings_denies_no_supply():
    facts = facts_of(
        "France sold frigates to Taiwan. French officials have shrugged off Beijing's warnings over the deal."
    )
    assert not only(facts, "DENIES")


def test_what_follows_let_alone_after_a_negation_is_denied():
    facts = facts_of(
        "A US general said Russia was arming the Taliban. "
        '"The Russian Defense Ministry did not and can not have any interaction, let alone supplies '
        'of weapons to the Taliban," the ministry said.'
    )
    second = [f for f in only(facts, "SUPPLIES") if "let alone" in f["quote"]]
    assert second and all(f["stance"] != "confirmed" and f["stance"] != "asserted" for f in second)
    assert {f["claim"] for f in only(facts, "DENIES")} >= {f["id"] for f in second}


def test_a_stalled_sale_is_still_to_come():
    facts = facts_of("The US Congress has stalled the sale of eight F-16 jets to Pakistan.")
    assert {f["stance"] for f in only(facts, "SUPPLIES")} == {"hypothetical"}


def test_arms_still_to_be_delivered_are_to_come_but_the_first_of_them_arrived():
    later = facts_of("Moscow did not specify the number of Russian jets to be delivered to Algeria.")
    assert {f["stance"] for f in only(later, "SUPPLIES")} == {"hypothetical"}
    first = facts_of(
        "The first of 20 Bushmaster vehicles to be donated by Australia to Ukraine have departed."
    )
    assert {f["stance"] for f in only(first, "SUPPLIES")} == {"asserted"}


def test_a_threat_made_against_a_party_warns_it():
    assert pairs(facts_of("Saudi Arabia threatened retaliation against arch-foe Iran."), "WARNS") == {
        ("saudi-arabia", "iran")
    }
    facts = facts_of(
        "Last week, Iraqi President Saddam Hussein threatened to use missiles armed with chemical warheads "
        "against Israel if Israel attacked his country."
    )
    assert pairs(facts, "WARNS") == {("saddam-hussein", "israel")}


def test_a_denial_inside_a_relative_clause_ends_with_the_clause():
    facts = facts_of("Iran, which denies arming the Houthis, sent drones to Russia.")
    stances = {(f["object"], f["stance"]) for f in only(facts, "SUPPLIES")}
    assert stances == {("houthis", "reported"), ("russia", "asserted")}
    (denial,) = only(facts, "DENIES")
    assert next(f for f in facts if f["id"] == denial["claim"])["object"] == "houthis"


def test_supplying_as_the_means_of_an_aim_ruled_out_is_denied():
    text = (
        "Chad has no interest in prolonging the war in Sudan by supplying weapons to the RSF, "
        "Chadian Foreign Minister Abderaman Koulamallah said."
    )
    assert _stances(text) == {"reported"}
    assert _deniers(text) == {"abderaman-koulamallah"}


def test_supplying_as_the_means_of_an_aim_is_asserted():
    text = "Iran has fuelled the war in Yemen by supplying missiles to the Houthis."
    assert _stances(text) == {"asserted"}
    assert not _deniers(text)


@pytest.mark.parametrize("owner", ["his country", "his government"])
def test_an_official_denying_for_his_country_denies_its_supply(owner):
    text = f"Iranian Foreign Minister Abbas Araghchi said {owner} had never sent missiles to Russia."
    assert pairs(facts_of(text), "SUPPLIES") == {("iran", "russia")}
    assert _deniers(text) == {"abbas-araghchi"}


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("China condemned the US arms sales to Taiwan.", {("china", "united-states")}),
        ("Kyiv condemned Tehran for its missile shipments to Russia.", {("ukraine", "iran")}),
        ("The EU strongly condemned Iran for its drone deliveries to Russia.", {("european-union", "iran")}),
    ],
)
def test_a_condemnation_warns_the_party_condemned(text, warned):
    assert pairs(facts_of(text), "WARNS") == warned


def test_a_condemned_event_warns_no_one():
    text = "Iran says it sent drones to Russia before Russia's widely condemned invasion in February 2022."
    assert not only(facts_of(text), "WARNS")


@pytest.mark.parametrize(
    "text",
    [
        "Russia warned Israel against supplying weapons to Ukraine.",
        "Ukraine's Western partners vow to supply more weapons to Kyiv.",
        "North Korea seems to be gearing up to send additional drones to Russia.",
        "Were Iran to proceed with providing ballistic missiles to Russia, we are prepared to respond.",
    ],
)
def test_a_supply_warned_against_vowed_or_conditional_is_only_possible(text):
    assert _stances(text) == {"hypothetical"}


def test_a_denial_inside_a_relative_clause_takes_no_weapons_from_the_main_clause():
    facts = facts_of("Iran, which denies arming the Houthis, sent drones to Russia.")
    denied = {f["object"]: f.get("weapons", []) for f in only(facts, "SUPPLIES")}
    assert denied == {"houthis": [], "russia": ["drone"]}


def test_a_pronoun_in_a_charge_by_two_accusers_is_the_accused():
    facts = facts_of("Iran has denied US and Gulf accusations that it sends weapons to the Houthi rebels.")
    assert pairs(facts, "SUPPLIES") == {("iran", "houthis")}
    assert _deniers(
        "Iran has denied US and Gulf accusations that it sends weapons to the Houthi rebels."
    ) == {"iran"}


@pytest.mark.parametrize(
    "text",
    [
        "Iran summoned Hungary's ambassador and denied that it sent weapons to the Houthis.",
        "Iran supports Hamas but has always denied sending weapons to the Houthis.",
    ],
)
def test_a_denial_joined_to_an_earlier_verb_is_by_that_verbs_subject(text):
    assert _deniers(text) == {"iran"}
    assert pairs(facts_of(text), "SUPPLIES") == {("iran", "houthis")}


def test_a_joined_denial_is_by_the_titled_person_not_the_state_in_the_title():
    text = (
        "Iranian Foreign Minister Manouchehr Mottaki met his Syrian counterpart and dismissed "
        "Israeli allegations that Iran sent arms to Syria."
    )
    assert _deniers(text) == {"manouchehr-mottaki"}


def test_no_named_arms_supplied_denies_the_supply_told_before():
    facts = facts_of(
        "France has parachuted weapons to rebels in Libya, Le Figaro reported. “No Milan anti-tank "
        "missiles have been parachuted into Jebel Nafusa,” France's military spokesman Thierry "
        "Burkhard said."
    )
    assert pairs(facts, "SUPPLIES") == {("france", "libyan-rebels")}
    assert _deniers_of(facts) == {"thierry-burkhard"}


def test_a_states_ministry_telling_of_its_own_companys_export_confirms_it():
    facts = facts_of(
        "Poland signed a deal to buy K2 tanks from Hyundai Rotem, Seoul's defense ministry said."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["stance"]) == ("hyundai-rotem", "confirmed")
    assert supply["attributed_to"] == ["south-korea-defence-ministry"]


def test_officials_of_listed_states_denying_plans_to_supply_each_deny_their_own():
    facts = facts_of("Defence officials in Italy, Poland and Norway denied plans to provide arms to Ukraine.")
    supplies = {f["id"]: f["subject"] for f in only(facts, "SUPPLIES")}
    denials = {(f["subject"], supplies[f["claim"]]) for f in only(facts, "DENIES")}
    assert set(supplies.values()) == {"italy", "poland", "norway"}
    assert denials == {("italy", "italy"), ("poland", "poland"), ("norway", "norway")}


def test_two_states_denying_one_supply_both_deny_it():
    facts = facts_of("Russia and Iran both denied that Iran sent drones to Russia.")
    assert {f["subject"] for f in only(facts, "DENIES")} == {"russia", "iran"}


def test_a_warning_made_previously_is_still_a_warning():
    facts = facts_of("Turkey has previously warned the US that arming Kurdish forces could hurt Washington.")
    assert pairs(facts, "WARNS") == {("turkey", "united-states")}


@pytest.mark.parametrize(
    "text",
    [
        "Iran may have already delivered missiles to Russia.",
        "Iran could have recently delivered missiles to Russia.",
    ],
)
def test_a_supply_that_may_already_have_been_made_is_only_possible(text):
    assert _stances(text) == {"hypothetical"}


def test_a_state_showing_interest_in_buying_arms_only_may_buy_them():
    assert _stances("Albania has shown interest in buying Bayraktar TB2s.") == {"hypothetical"}


def test_a_state_denying_reports_of_arms_supplies_denies_its_own():
    facts = facts_of("Pakistan denied reports of arms supplies to Ukraine.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("pakistan", "ukraine", "reported")
    assert [(d["subject"], d["claim"]) for d in only(facts, "DENIES")] == [("pakistan", supply["id"])]


def test_a_denial_of_another_states_named_supplies_keeps_their_supplier():
    facts = facts_of("Russia denied reports of Iranian arms supplies to Syria.")
    assert pairs(facts, "SUPPLIES") == {("iran", "syria")}


def test_reports_alleging_a_supply_called_untrue_by_a_speaker_are_denied_by_the_speaker():
    facts = facts_of(
        "Western media reports alleging that China has supplied weapons to Russia are not true, Russian "
        "Ambassador to Beijing Andrey Denisov said on Wednesday."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("china", "russia", "reported")
    assert [(d["subject"], d["claim"]) for d in only(facts, "DENIES")] == [("andrey-denisov", supply["id"])]


@pytest.mark.parametrize(
    "confirmation",
    [
        "Prime Minister Eduard Heger has confirmed the information.",
        "Prime Minister Eduard Heger (OĽaNO), who is on his way to Kyiv, has confirmed the information.",
    ],
)
def test_an_official_confirming_the_information_confirms_the_claim_told_before(confirmation: str):
    facts = facts_of(f"Slovakia has sent its S-300 system to Ukraine, Reuters reported. {confirmation}")
    assert [f["subject"] for f in only(facts, "CONFIRMS")] == ["eduard-heger"]


def test_a_place_inside_a_relative_clause_never_confirms():
    facts = facts_of(
        "Slovakia has sent its S-300 system to Ukraine, Reuters reported. "
        "Heger, who is on his way to Kyiv, confirmed the report."
    )
    assert "ukraine" not in {f["subject"] for f in only(facts, "CONFIRMS")}


def test_a_supplier_suspending_its_exports_sanctions_the_recipient_and_confirms_it_when_it_tells():
    facts = facts_of(
        "OSLO: Norway has suspended exports of weapons and ammunition to the United Arab Emirates, "
        "the Foreign Ministry said on Wednesday."
    )
    (sanction,) = only(facts, "SANCTIONS")
    assert (sanction["subject"], sanction["object"], sanction["stance"]) == (
        "norway",
        "united-arab-emirates",
        "confirmed",
    )
    assert {f["stance"] for f in only(facts, "SUPPLIES")} == {"hypothetical"}


@pytest.mark.parametrize(
    "sentence",
    [
        "China urges the US to immediately stop arming Taiwan.",
        "Nicaragua said it was urgent that Germany halt its arms exports to Israel.",
        "The US did not suspend its arms shipments to Egypt.",
        "Iran must completely and definitively stop supplying weapons to Russia, Kyiv said.",
    ],
)
def test_a_halt_asked_for_or_denied_sanctions_no_one(sentence):
    assert not only(facts_of(sentence), "SANCTIONS")


def test_a_supplier_that_is_to_freeze_its_exports_holds_back_the_supply_and_sanctions():
    facts = facts_of(
        "The Netherlands is to freeze all weapons exports to Turkey, the Dutch foreign ministry said Friday."
    )
    assert [(f["subject"], f["object"], f["stance"]) for f in only(facts, "SUPPLIES")] == [
        ("netherlands", "turkey", "hypothetical")
    ]
    assert pairs(facts, "SANCTIONS") == {("netherlands", "turkey")}


def test_efforts_to_halt_another_s_delivery_halt_nothing_of_one_s_own():
    facts = facts_of("Turkey made efforts to halt the delivery of Russian S-300s to Cyprus.")
    assert pairs(facts, "SUPPLIES") == {("russia", "cyprus")}
    assert not only(facts, "SANCTIONS")
