"""The extractor's events: who supplies, trains and uses what, told in the many ways news tells it.

Every sentence here is written for the test, not taken from an annotated article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import facts_of as facts_published
from tests.extracted import only, pairs


def facts_of(text: str) -> list[dict]:
    return facts_published(text, published=dt.date(2024, 3, 1))


def test_a_recipient_listed_as_and_the_second_state_is_a_recipient_too():
    facts = facts_of("Washington approved weapons sales to Qatar and the United Arab Emirates on Monday.")
    assert pairs(facts, "SUPPLIES") >= {("united-states", "qatar"), ("united-states", "united-arab-emirates")}


def test_training_as_the_subject_of_its_own_clause_makes_no_trainer():
    facts = facts_of(
        "Sweden and Finland said they will send Gripen jets to Ukraine once pilot training is finished."
    )
    assert not pairs(facts, "TRAINS")
    assert ("sweden", "ukraine") in pairs(facts, "SUPPLIES")


def test_a_state_called_the_user_of_a_weapon_uses_it():
    facts = facts_of("Greece became the second user of the Rafale in Europe last year.")
    assert ("greece", "rafale") in pairs(facts, "USES")


def test_a_user_of_a_weapon_needs_to_be_said_to_be_one():
    assert not pairs(facts_of("Poland warned the users of Shahed drones."), "USES")


def test_a_relative_clause_user_is_the_group_before_it_not_its_home():
    facts = facts_of(
        "The radars protect the border against Hezbollah fighters in Lebanon, who fire rockets and "
        "unmanned aerial systems into Israel."
    )
    assert pairs(facts, "USES") == {("hezbollah", "rocket"), ("hezbollah", "drone")}


def test_shooting_down_a_weapon_is_not_using_it():
    facts = facts_of("Polish air defences shoot down Russian drones over the border.")
    assert not pairs(facts, "USES")


def test_arms_not_meant_to_be_delivered_somewhere_are_a_denial_of_that_supply():
    facts = facts_of(
        "Japan said on Tuesday that its artillery shells are not meant to be delivered to Israel."
    )
    supply = next(f for f in facts if f["predicate"] == "SUPPLIES" and f["object"] == "israel")
    assert supply["stance"] == "reported"
    assert any(f["predicate"] == "DENIES" and f["claim"] == supply["id"] for f in facts)


def test_every_seller_listed_after_from_supplies_the_buyer():
    facts = facts_of("Morocco has bought drones from Turkey, Israel and China.")
    assert pairs(facts, "SUPPLIES") == {("turkey", "morocco"), ("israel", "morocco"), ("china", "morocco")}


def test_sellers_added_with_as_well_as_from_supply_the_buyer():
    facts = facts_of("Vietnam now buys arms from India as well as from Israel and South Korea.")
    assert pairs(facts, "SUPPLIES") == {
        ("india", "vietnam"),
        ("israel", "vietnam"),
        ("south-korea", "vietnam"),
    }


def test_arms_imports_from_a_state_are_its_supplies_to_the_importer():
    facts = facts_of("Egypt's arms imports from France rose sharply last year.")
    assert pairs(facts, "SUPPLIES") == {("france", "egypt")}


def test_a_state_cast_as_its_main_supplier_supplies_the_one_it_is_said_of():
    facts = facts_of("Algeria, with Russia as its main arms supplier, bought few Western weapons.")
    assert ("russia", "algeria") in pairs(facts, "SUPPLIES")


def test_a_delivery_without_its_supplier_is_from_whoever_the_article_has_sending_those_arms():
    facts = facts_of(
        "Norway will send F-16 jets to Ukraine, the government said. "
        "Officials are preparing six F-16s for delivery to Ukraine."
    )
    assert pairs(facts, "SUPPLIES") == {("norway", "ukraine")}


def test_a_delivery_without_its_supplier_or_such_arms_before_is_from_the_makers_state():
    facts = facts_of(
        "Norway will send tanks to Ukraine. Officials are preparing the transfer of an IRIS-T system to Ukraine."
    )
    assert ("germany", "ukraine") in pairs(facts, "SUPPLIES")


def test_the_sale_spoken_of_as_a_subject_is_the_sale_the_article_reports():
    facts = facts_of(
        "France approved the sale of Caesar howitzers to Armenia on Monday. "
        "The sale is a threat to peace in the region, Azerbaijan's foreign ministry said."
    )
    later = [f for f in facts if f["predicate"] == "SUPPLIES" and f["quote"].startswith("The sale")]
    assert [(f["subject"], f["object"]) for f in later] == [("france", "armenia")]


def test_the_sale_named_before_the_article_tells_of_it_is_read_again_once_it_does():
    facts = facts_of(
        "Beijing's foreign ministry said that the sale was a grave interference in its affairs. "
        "Washington approved the transfer of F-16 jets to Taiwan on Tuesday."
    )
    first = [f for f in facts if f["predicate"] == "SUPPLIES" and "grave" in f["quote"]]
    assert [(f["subject"], f["object"]) for f in first] == [("united-states", "taiwan")]


def test_a_planned_sale_spoken_of_again_in_the_present_is_still_planned():
    facts = facts_of(
        "Washington may sell Patriot missiles to Qatar, the State Department said. "
        "The proposed sale will improve Qatar's air defence, the department said."
    )
    assert {f["stance"] for f in facts if f["predicate"] == "SUPPLIES"} == {"hypothetical"}


def test_a_deal_signed_with_a_state_for_its_systems_is_that_states_supply():
    facts = facts_of("Greece signed a deal with France for 24 Rafale jets.")
    assert pairs(facts, "SUPPLIES") == {("france", "greece")}


def test_a_deal_signed_with_its_price_before_the_noun_is_a_supply_all_the_same():
    facts = facts_of("India and France have signed a 7.8bn euro ($8.7bn) agreement for 36 Rafale jets.")
    assert pairs(facts, "SUPPLIES") == {("france", "india")}


def test_two_states_signing_a_contract_for_one_of_their_systems_makes_its_maker_the_seller():
    facts = facts_of(
        "The governments of Croatia and France signed an agreement for the procurement of 12 Rafale jets."
    )
    assert pairs(facts, "SUPPLIES") == {("france", "croatia")}


def test_the_partner_of_a_contract_to_supply_arms_is_the_recipient():
    facts = facts_of("Turkey signed a contract with Kuwait to supply drones.")
    assert pairs(facts, "SUPPLIES") == {("turkey", "kuwait")}


def test_the_partner_of_a_contract_to_buy_arms_is_the_seller():
    facts = facts_of("Brazil signed a contract with Sweden to buy 36 fighter jets.")
    assert pairs(facts, "SUPPLIES") == {("sweden", "brazil")}


def test_buying_a_named_system_from_no_one_named_buys_it_from_its_makers_state():
    facts = facts_of("Qatar bought Rafale jets in 2015.")
    assert pairs(facts, "SUPPLIES") == {("france", "qatar")}


def test_militants_in_a_state_are_that_states_armed_group():
    facts = facts_of("Iran sent weapons to militants in Syria.")
    assert pairs(facts, "SUPPLIES") == {("iran", "syrian-rebels")}


def test_arming_a_group_with_weapons_supplies_it():
    facts = facts_of("Iran armed the Houthis with ballistic missiles.")
    assert pairs(facts, "SUPPLIES") == {("iran", "houthis")}


def test_armed_as_an_adjective_supplies_nothing_more():
    facts = facts_of("Kyrgyzstan received Turkish armed drones.")
    assert pairs(facts, "SUPPLIES") == {("turkey", "kyrgyzstan")}


def test_the_supplier_named_after_is_in_x_main_supplier_is_y():
    facts = facts_of("Azerbaijan's main arms supplier is Israel.")
    assert pairs(facts, "SUPPLIES") == {("israel", "azerbaijan")}


def test_a_state_called_on_to_stop_selling_arms_is_reported_selling_them():
    facts = facts_of("Beijing called on Washington to stop selling arms to Taiwan.")
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert (supply["subject"], supply["object"], supply["stance"]) == ("united-states", "taiwan", "reported")
    assert supply["attributed_to"] == ["china"]


def test_a_state_called_on_to_send_arms_is_asked_not_sending():
    facts = facts_of("Warsaw called on Berlin to send more tanks to Ukraine.")
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert (supply["subject"], supply["object"], supply["stance"]) == ("germany", "ukraine", "hypothetical")


def test_the_state_urged_to_supply_arms_would_supply_the_one_urging():
    facts = facts_of("Kyiv urged Berlin to supply Taurus missiles.")
    assert pairs(facts, "SUPPLIES") == {("germany", "ukraine")}
    assert {f["stance"] for f in facts if f["predicate"] == "SUPPLIES"} == {"hypothetical"}


def test_every_agent_listed_after_by_supplies():
    facts = facts_of("Tanks were delivered to Ukraine by Poland, Germany and Canada.")
    assert pairs(facts, "SUPPLIES") == {("poland", "ukraine"), ("germany", "ukraine"), ("canada", "ukraine")}


def test_the_agent_of_a_second_joined_participle_does_not_supply():
    facts = facts_of(
        "Portugal sent ten tanks to Ukraine in May. "
        "The tanks were delivered and put into service by the Ukrainian army."
    )
    assert pairs(facts, "SUPPLIES") == {("portugal", "ukraine")}


def test_its_attacks_with_a_weapon_are_the_subjects_use_of_it():
    facts = facts_of("Hezbollah has intensified its rocket attacks on northern Israel.")
    assert pairs(facts, "USES") == {("hezbollah", "rocket")}


def test_a_demonym_before_attacks_still_names_no_user():
    assert not pairs(facts_of("Iranian drone attacks on Kyiv intensified."), "USES")


def test_a_force_named_before_its_attacks_is_their_user():
    facts = facts_of(
        "GNA drone strikes targeting the LNA's Al-Watiya air base destroyed an ammunitions depot."
    )
    assert pairs(facts, "USES") == {("government-of-national-accord", "drone")}


def test_its_ministry_is_the_ministry_of_the_sentences_subject_state():
    facts = facts_of(
        "Greece has signed a contract to buy six Rafale jets from France, its Defence Ministry said on Monday."
    )
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert supply["attributed_to"] == ["greece-defence-ministry"]
    assert supply["stance"] == "confirmed"


def test_a_trailing_speaker_with_a_time_and_more_after_still_speaks_what_came_before():
    facts = facts_of(
        "Chile bought 20 tanks from Germany, the defence ministry announced on Friday, with more due in 2026."
    )
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert (supply["subject"], supply["object"], supply["stance"]) == ("germany", "chile", "confirmed")


def test_it_includes_at_a_sentences_start_lists_what_the_deal_just_told_of_holds():
    facts = facts_of(
        "Greece signed a deal with France for 24 Rafale jets. "
        "It includes training, spare parts and weapons for the Greek air force."
    )
    later = [f for f in facts if f["quote"].startswith("It includes")]
    assert {(f["predicate"], f["subject"], f["object"]) for f in later} == {
        ("SUPPLIES", "france", "greece"),
        ("TRAINS", "france", "greece"),
    }


def test_a_state_announcing_its_intention_to_buy_arms_would_receive_them():
    facts = facts_of("Serbia announced its intention to procure 12 Rafale jets.")
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert (supply["subject"], supply["object"], supply["stance"]) == ("france", "serbia", "hypothetical")


def test_a_state_announcing_a_deal_to_buy_arms_receives_them_however_long_its_price():
    facts = facts_of(
        "Croatia on Thursday announced an 86 million euro ($91 million) deal to purchase lethal drones from Türkiye."
    )
    assert pairs(facts, "SUPPLIES") == {("turkey", "croatia")}


def test_arms_pledged_or_committed_to_a_state_are_a_supply_to_come():
    facts = facts_of(
        "The Netherlands pledged 24 F-16s to Ukraine. Denmark has committed 19 F-16 jets to Ukraine."
    )
    supplies = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert {(f["subject"], f["object"], f["stance"]) for f in supplies} == {
        ("netherlands", "ukraine", "hypothetical"),
        ("denmark", "ukraine", "hypothetical"),
    }


def test_being_committed_to_support_pledges_no_arms():
    assert not pairs(facts_of("Germany is committed to supporting Ukraine with air defence."), "SUPPLIES")


def test_a_state_promised_arms_by_another_would_receive_them_from_it():
    facts = facts_of("Kyiv has been promised ATACMS missiles by Washington.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "ukraine")}


def test_taking_delivery_of_arms_from_a_state_is_receiving_them():
    facts = facts_of("Taiwan took delivery of its first Abrams tanks from the United States.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "taiwan")}


def test_arms_from_a_state_that_arrived_somewhere_were_supplied_by_it():
    facts = facts_of("The first Leopard tanks from Germany arrived in Ukraine on Monday.")
    assert pairs(facts, "SUPPLIES") == {("germany", "ukraine")}


def test_striking_a_place_with_a_weapon_is_using_it_against_that_state():
    facts = facts_of("Russia attacked Kyiv with Shahed drones on Sunday.")
    (use,) = [f for f in facts if f["predicate"] == "USES"]
    assert (use["subject"], use["object"], use["against"]) == ("russia", "shahed-drones", ["ukraine"])


def test_a_place_hit_with_a_weapon_names_no_user():
    assert not pairs(facts_of("Kyiv was hit with missiles overnight."), "USES")


@pytest.mark.parametrize(
    ("sentence", "use"),
    [
        ("India was attacking Pakistan with Israeli-made Harop drones.", ("india", "harop")),
        ("Russia is bombarding Ukrainian cities with North Korean missiles.", ("russia", "missile")),
    ],
)
def test_a_state_striking_with_a_weapon_as_it_goes_on_uses_it(sentence, use):
    assert pairs(facts_of(sentence), "USES") == {use}


def test_targets_struck_with_a_weapon_do_not_use_it():
    facts = facts_of("Israel struck Hezbollah targets with US-made bombs.")
    assert pairs(facts, "USES") == {("israel", "aerial-bomb")}


def test_weapons_named_before_that_strike_are_used_by_whoever_launched_them():
    facts = facts_of("Russia launched 40 Shahed drones overnight. The drones struck Kyiv's power plants.")
    uses = [f for f in facts if f["predicate"] == "USES" and f["quote"].startswith("The drones")]
    assert [(f["subject"], f["against"]) for f in uses] == [("russia", ["ukraine"])]


def test_weapons_that_strike_with_no_one_using_or_receiving_them_name_no_user():
    assert not pairs(facts_of("The drones struck Kyiv."), "USES")


def test_a_sale_officially_suspended_is_a_supply_not_made_but_one_partly_suspended_goes_on():
    (supply,) = only(facts_of("The sale of F-35 jets to the UAE was officially suspended."), "SUPPLIES")
    assert supply["stance"] == "hypothetical"
    (supply,) = only(facts_of("The sale of F-35 jets to the UAE was partially suspended."), "SUPPLIES")
    assert supply["stance"] == "asserted"


def test_a_sale_said_to_be_suspended_further_on_is_a_supply_not_made():
    (supply,) = only(facts_of("The sale of F-35 jets to the UAE was suspended."), "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == (
        "united-states",
        "united-arab-emirates",
        "hypothetical",
    )


@pytest.mark.parametrize(
    "sentence",
    ["Malaysia currently has a fleet of eight F/A-18D fighters.", "Malaysia possesses about 30 F/A-18 jets."],
)
def test_a_state_holding_a_fleet_of_a_weapon_system_uses_it(sentence):
    assert pairs(facts_of(sentence), "USES") == {("malaysia", "f-18-hornet")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Malaysia purchased its fleet of 18 F/A-18D fighters in 1997.",
        "The deal does not include weapons for Malaysia's fleet of F/A-18 jets.",
        "Malaysia is trying to upgrade its ageing fleet of F/A-18 fighters.",
        "Malaysia acquired its F/A-18 fleet in 1997.",
        "The deal includes parts for Malaysia's entire F/A-18 fleet.",
    ],
)
def test_a_states_own_fleet_of_a_weapon_is_in_its_use_whatever_it_plans_for_it(sentence):
    (use,) = only(facts_of(sentence), "USES")
    assert (use["subject"], use["object"], use["stance"]) == ("malaysia", "f-18-hornet", "asserted")


def test_arms_in_service_with_a_force_or_in_operational_use_in_states_are_in_their_use():
    facts = facts_of(
        "The T-90s, which have been in service with the Russian Armed Forces since the mid-1990s, were "
        "sold to India. The NASAMS is in operational use in Norway, Spain and Finland."
    )
    uses = pairs(facts, "USES")
    assert {
        ("russia-armed-forces", "t-90"),
        ("norway", "nasams"),
        ("spain", "nasams"),
        ("finland", "nasams"),
    } <= uses


def test_arms_in_use_in_a_war_s_country_are_not_in_its_use():
    facts = facts_of("Iran sent drones to Russia, which were in use in Ukraine.")
    assert ("ukraine", "drone") not in pairs(facts, "USES")


def test_arms_named_as_in_a_force_s_inventory_or_arsenal_are_in_its_use():
    facts = facts_of(
        "Hürkuş trainers and MAM-L munitions produced by Roketsan were included in the inventory of the "
        "Chadian Air Force."
    )
    assert pairs(facts, "USES") == {("chad-air-force", "hurkus"), ("chad-air-force", "mam-l")}
    assert {f["stance"] for f in only(facts, "USES")} == {"asserted"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Stinger missiles were the most potent weapon in the arsenal of the Taliban.",
        "Stinger missiles remain in the inventory of the Taliban.",
    ],
)
def test_arms_in_a_force_s_arsenal_are_in_its_use_without_a_holding_verb(sentence):
    assert pairs(facts_of(sentence), "USES") == {("taliban", "stinger")}


def test_arms_sent_to_another_s_arsenal_are_no_use_by_the_sender():
    facts = facts_of("Drones that Iran sent were added to the arsenal of Russia.")
    assert ("iran", "drone") not in pairs(facts, "USES")


def test_a_state_that_has_sent_weapons_holds_none():
    assert not pairs(facts_of("Malaysia has sent F-16 jets to Ukraine."), "USES")


def test_a_state_operating_a_weapon_system_uses_it():
    assert pairs(facts_of("Pakistan operates Chinese J-10C fighters."), "USES") == {("pakistan", "j-10c")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Malaysia is procuring F/A-18 fighter jets from Kuwait.",
        "Malaysia said it was interested in procuring fighter jets from Kuwait.",
        "Malaysia is obtaining fighter jets from Kuwait.",
    ],
)
def test_procuring_or_obtaining_arms_from_a_state_is_receiving_them(sentence):
    assert pairs(facts_of(sentence), "SUPPLIES") == {("kuwait", "malaysia")}


def test_getting_arms_from_a_state_is_receiving_them():
    facts = facts_of("Ukraine will get more Patriot systems from Germany.")
    assert pairs(facts, "SUPPLIES") == {("germany", "ukraine")}


def test_getting_something_from_no_one_named_is_no_supply():
    assert not pairs(facts_of("Ukraine got more tanks this year."), "SUPPLIES")


def test_thanking_a_leader_for_arms_names_his_state_the_supplier():
    facts = facts_of("Zelensky thanked Biden for the Patriot systems.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "ukraine")}


def test_thanking_states_governments_for_arms_names_each_state_a_supplier():
    facts = facts_of("Zelensky thanked the Italian and French governments for supplying the SAMP/T system.")
    assert pairs(facts, "SUPPLIES") == {("italy", "ukraine"), ("france", "ukraine")}


def test_thanks_for_the_donation_told_before_restate_that_supply():
    facts = facts_of(
        "China donated rifles to the Philippines.\n\n"
        "Philippine President Rodrigo Duterte thanked China profusely for the donation."
    )
    supplies = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert [(f["subject"], f["object"]) for f in supplies] == [("china", "philippines")] * 2


def test_thanks_for_a_donation_the_article_never_told_name_no_supply():
    facts = facts_of("Philippine President Rodrigo Duterte thanked Qatar for the donation.")
    assert not pairs(facts, "SUPPLIES")


def test_thanks_for_support_alone_name_no_supply():
    assert not pairs(facts_of("Zelensky thanked Biden for his support."), "SUPPLIES")


def test_a_speaker_before_a_relative_clause_set_off_by_commas_still_speaks():
    facts = facts_of(
        "The Defense Security Cooperation Agency, which oversees foreign military sales, also said "
        "Taiwan's purchase of F-16 jets would not alter the military balance."
    )
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert supply["attributed_to"] == ["us-defense-security-cooperation-agency"]
    assert (supply["subject"], supply["object"], supply["stance"]) == ("united-states", "taiwan", "confirmed")


def test_an_approved_sale_is_a_supply_not_yet_made():
    facts = facts_of("Washington approved the proposed sale of F-16 jets to Taiwan on Tuesday.")
    assert {f["stance"] for f in facts if f["predicate"] == "SUPPLIES"} == {"hypothetical"}


def test_a_sale_cleared_by_the_state_department_is_hypothetical():
    facts = facts_of("The State Department has cleared the sale of almost $4 billion in weapons to Bahrain.")
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert (supply["subject"], supply["object"], supply["stance"]) == (
        "united-states",
        "bahrain",
        "hypothetical",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Germany on April 1 approved the delivery to Ukraine of several dozen infantry fighting vehicles.",
        "US President Donald Trump earlier this month approved arming the YPG fighters, angering Turkey.",
        "In total, the German government approved the export of up to 178 Leopard 1 tanks to Ukraine.",
    ],
)
def test_an_approved_delivery_export_or_arming_is_a_supply_not_yet_made(text):
    assert {f["stance"] for f in facts_of(text) if f["predicate"] == "SUPPLIES"} == {"hypothetical"}


def test_arms_exports_approved_for_a_year_are_exports_made():
    facts = facts_of("In 2022, Germany approved arms exports to Israel amounting to 326.5 million euros.")
    assert {f["stance"] for f in facts if f["predicate"] == "SUPPLIES"} == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia will continue to deliver weapons to Armenia.",
        "Moscow will continue providing military aid to Damascus.",
    ],
)
def test_a_supply_that_will_continue_is_going_on_not_planned(text):
    assert {f["stance"] for f in facts_of(text) if f["predicate"] == "SUPPLIES"} == {"asserted"}


def test_a_charge_of_approving_a_sale_reports_the_sale_made():
    facts = facts_of(
        "In 2002, the United States accused Ukrainian President Leonid Kuchma of approving the sale of "
        "Kolchuga radars to Iraq."
    )
    assert {f["stance"] for f in facts if f["predicate"] == "SUPPLIES"} == {"reported"}


def test_a_use_of_arms_said_to_be_supplied_by_a_state_tells_that_supply_too():
    facts = facts_of("Ukraine fired US-supplied ATACMS missiles into Russia.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "ukraine")}
    assert pairs(facts, "USES") == {("ukraine", "atacms")}


def test_a_use_of_arms_of_some_origin_tells_no_supply():
    assert not pairs(facts_of("Russia is using Iranian drones against Ukraine."), "SUPPLIES")


def test_a_state_accounting_for_a_share_of_anothers_arms_imports_supplies_it():
    facts = facts_of("Russia accounted for 36 percent of India's major arms imports between 2019 and 2023.")
    assert pairs(facts, "SUPPLIES") == {("russia", "india")}


def test_every_supplier_listed_after_x_suppliers_are_supplies_x():
    facts = facts_of("Egypt's main arms suppliers are France, Russia and the United States.")
    assert pairs(facts, "SUPPLIES") == {("france", "egypt"), ("russia", "egypt"), ("united-states", "egypt")}


def test_widely_sold_western_and_asian_systems_are_known_weapons():
    facts = facts_of(
        "Qatar will receive 24 Eurofighter jets from Britain. Poland ordered K2 tanks from South Korea."
    )
    weapons = {w for f in facts if f["predicate"] == "SUPPLIES" for w in f.get("weapons", [])}
    assert {"eurofighter-typhoon", "k2-black-panther"} <= weapons


def test_the_top_recipient_of_a_states_arms_receives_them_from_it():
    facts = facts_of("Saudi Arabia was the top recipient of US arms, SIPRI said.")
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert (supply["subject"], supply["object"], supply["attributed_to"]) == (
        "united-states",
        "saudi-arabia",
        ["sipri"],
    )


def test_a_top_arms_client_of_states_receives_arms_from_each():
    facts = facts_of("Saudi Arabia is a top arms client of Britain and France.")
    assert pairs(facts, "SUPPLIES") == {("united-kingdom", "saudi-arabia"), ("france", "saudi-arabia")}


def test_the_top_recipient_of_something_not_arms_receives_no_arms():
    assert not pairs(facts_of("Qatar is the top recipient of Chinese investment."), "SUPPLIES")


@pytest.mark.parametrize(
    "sentence",
    [
        "Members of the Revolutionary Guards are training Iraqi militias.",
        "About 50 members of the IRGC are training Iraqi militias.",
    ],
)
def test_members_of_a_force_who_train_are_that_force_training(sentence: str):
    assert pairs(facts_of(sentence), "TRAINS") == {("irgc", "iraqi-militias")}


def test_a_trainer_of_more_than_so_many_recruits_trains_their_state():
    facts = facts_of("Britain has trained more than 30,000 Ukrainian recruits.")
    assert pairs(facts, "TRAINS") == {("united-kingdom", "ukraine")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Germany conducted training for Ukrainian troops.", ("germany", "ukraine-armed-forces")),
        (
            "The U.S. side will start Tomahawk operational training for the Self-Defense Forces.",
            ("united-states", "japan-armed-forces"),
        ),
    ],
)
def test_training_conducted_or_started_for_a_force_trains_it(text: str, pair: tuple[str, str]):
    assert pairs(facts_of(text), "TRAINS") == {pair}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Italy trained twenty Ukrainian specialists to operate the system.", ("italy", "ukraine")),
        ("Hezbollah previously trained a large number of Houthis in Lebanon.", ("hezbollah", "houthis")),
    ],
)
def test_those_trained_may_be_counted_in_words(text: str, pair: tuple[str, str]):
    assert pairs(facts_of(text), "TRAINS") == {pair}


@pytest.mark.parametrize(
    "text",
    ["Ukrainian tank crews trained in the UK on the machines.", "Ukrainian F-16 pilots trained in Denmark."],
)
def test_crews_of_a_weapon_trained_abroad_are_their_states_forces_not_the_weapons_origin(text):
    (training,) = only(facts_of(text), "TRAINS")
    assert training["object"] == "ukraine-armed-forces"


def test_every_trainer_after_by_trains_the_subject_of_the_passive():
    facts = facts_of("Ukrainian pilots are being trained by the Netherlands and Denmark.")
    assert pairs(facts, "TRAINS") == {("netherlands", "ukraine"), ("denmark", "ukraine")}


def test_ruling_out_a_supply_denies_it_and_never_asserts_it():
    facts = facts_of("Washington has ruled out sending F-16s to Ukraine.")
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert supply["stance"] != "asserted"
    assert any(f["predicate"] == "DENIES" and f["claim"] == supply["id"] for f in facts)


def test_jets_of_a_designation_the_gazetteer_lacks_are_bought_as_that_system():
    facts = facts_of("Pakistan plans to buy 40 J-35 jets from China.")
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert (supply["subject"], supply["object"], supply["weapons"]) == ("china", "pakistan", ["j-35"])


def test_arms_that_provide_a_state_with_capabilities_supply_nothing():
    facts = facts_of("France sold Rafale jets to India. The jets will provide India with new capabilities.")
    assert [f["quote"][:6] for f in facts if f["predicate"] == "SUPPLIES"] == ["France"]


def test_militants_in_a_region_of_a_state_are_that_states_armed_group():
    facts = facts_of("Turkey sent weapons to militants in northern Syria.")
    assert pairs(facts, "SUPPLIES") == {("turkey", "syrian-rebels")}


def test_a_contract_with_a_states_arms_makers_is_that_states_supply():
    facts = facts_of("Georgia signed contracts with French arms manufacturers worth $300 million.")
    assert pairs(facts, "SUPPLIES") == {("france", "georgia")}


def test_contracts_signed_by_a_state_with_arms_makers_come_from_the_makers_state():
    facts = facts_of("The order follows defence contracts signed by Baku with Israeli arms makers in 2016.")
    assert pairs(facts, "SUPPLIES") == {("israel", "azerbaijan")}


@pytest.mark.parametrize(
    ("sentence", "use"),
    [
        ("A US warship fired cruise missiles at radar sites in Yemen.", ("united-states", "cruise-missile")),
        ("An Israeli warplane fired missiles at a car in Gaza.", ("israel", "missile")),
        (
            "A U.S. Navy destroyer launched Tomahawk cruise missiles at three radar sites.",
            ("united-states-navy", "tomahawk"),
        ),
    ],
)
def test_the_state_or_forces_whose_ship_or_aircraft_fires_use_what_it_fires(sentence, use):
    assert pairs(facts_of(sentence), "USES") == {use}


def test_a_platform_named_by_its_maker_that_fires_names_no_user():
    assert not pairs(facts_of("Russian-made helicopters fired rockets at the village."), "USES")


def test_what_a_weapon_is_launched_at_is_a_target_not_a_weapon_used():
    facts = facts_of("The Houthis launched a drone at a US warship in the Red Sea.")
    assert pairs(facts, "USES") == {("houthis", "drone")}


def test_resuming_deliveries_of_arms_to_a_state_supplies_it():
    facts = facts_of("Washington resumed deliveries of 500-pound bombs to Israel.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "israel")}


def test_pausing_a_shipment_of_arms_is_no_supply():
    assert not pairs(facts_of("The administration paused a shipment of bombs to Israel."), "SUPPLIES")


def test_arms_named_before_an_apposition_are_what_was_used():
    facts = facts_of(
        "HIMARS, a truck-mounted unit that can launch precision-guided rockets, have been used by Ukraine "
        "against Russia."
    )
    assert pairs(facts, "USES") == {("ukraine", "himars")}


def test_the_users_of_arms_named_in_the_sentence_are_their_only_recipients():
    facts = facts_of(
        "Ukrainian forces first used the ATACMS missiles on April 17.\n\n"
        "Russia used ballistic missiles supplied by North Korea against Ukraine."
    )
    assert pairs(facts, "SUPPLIES") == {("north-korea", "russia")}


def test_them_after_a_system_and_its_kind_is_the_system():
    facts = facts_of(
        "The US supplied Ukraine with ATACMS long-range missiles, and Ukrainian defenders used them last week."
    )
    assert pairs(facts, "USES") == {("ukraine-armed-forces", "atacms")}


def test_a_state_helping_a_group_launch_missiles_supplies_it_and_the_group_launches_them():
    facts = facts_of("Iran is helping the Houthis to launch missiles at Saudi Arabia.")
    assert pairs(facts, "SUPPLIES") == {("iran", "houthis")}
    assert pairs(facts, "USES") == {("houthis", "missile")}


def test_ordering_a_plane_carrying_arms_to_land_is_no_purchase():
    facts = facts_of("Turkey ordered a cargo plane carrying arms from Iran to Syria to land in Diyarbakir.")
    assert pairs(facts, "SUPPLIES") == {("iran", "syria")}


def test_militias_in_a_state_after_its_shiite_militias_are_those_militias():
    facts = facts_of(
        "Iran has transferred missiles to Shiite militias in Iraq.\n\nIran sent more missiles to militias in Iraq."
    )
    assert pairs(facts, "SUPPLIES") == {("iran", "iraqi-shiite-militias")}


def test_a_state_using_arms_from_another_state_was_supplied_by_it():
    facts = facts_of("Sudan has been using helicopters from Belarus in Darfur.")
    assert pairs(facts, "SUPPLIES") == {("belarus", "sudan")}
    assert pairs(facts, "USES") == {("sudan", "helicopter")}


def test_rockets_fired_from_a_state_were_not_supplied_by_it():
    assert not pairs(facts_of("Hezbollah fired rockets from Syria."), "SUPPLIES")


def test_bolstering_forces_with_arms_supplies_them_but_bolstering_ties_does_not():
    assert pairs(facts_of("Ankara is bolstering the GNA with Turkish drones."), "SUPPLIES") == {
        ("turkey", "government-of-national-accord")
    }
    assert not pairs(facts_of("Russia is bolstering ties with Iran over drones."), "SUPPLIES")


def test_a_body_monitoring_sanctions_on_a_state_does_not_impose_them():
    facts = facts_of(
        "The United Nations, tasked with monitoring sanctions on the Central African Republic, said so."
    )
    assert not pairs(facts, "SANCTIONS")


def test_arms_that_have_been_used_are_not_used_by_the_supplier_named_before_them():
    facts = facts_of("Belarus has sold Syria hundreds of rockets that have been used against Aleppo.")
    assert ("belarus", "syria") in pairs(facts, "SUPPLIES")
    assert ("belarus", "rocket") not in pairs(facts, "USES")


def test_a_state_that_had_been_using_arms_uses_them():
    facts = facts_of("Armenia admitted that it had been using Russian-made drones against Azerbaijan.")
    assert ("armenia", "drone") in pairs(facts, "USES")


def test_talks_with_a_state_to_buy_arms_name_the_seller_and_are_still_to_come():
    facts = facts_of("Kenya is in discussions with Turkey to buy more than 100 armoured vehicles.")
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert (supply["subject"], supply["object"], supply["stance"]) == ("turkey", "kenya", "hypothetical")


def test_arms_received_from_two_makers_give_each_maker_its_own_arms():
    facts = facts_of("Algeria is receiving Russian Su-35 jets and Chinese Wing Loong drones.")
    supplies = {(f["subject"], tuple(f.get("weapons", []))) for f in facts if f["predicate"] == "SUPPLIES"}
    assert ("russia", ("su-35",)) in supplies
    assert any(subject == "china" for subject, _ in supplies)


def test_a_list_of_arms_with_a_comma_before_and_still_reaches_its_recipient():
    facts = facts_of(
        "Russia was delivering T-90 tanks, BMP-3 armoured vehicles, and Mi-35 helicopters to Egypt."
    )
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert (supply["subject"], supply["object"]) == ("russia", "egypt")
    assert "mi-35" in supply["weapons"]


def test_trainer_planes_named_by_model_are_planes_not_instructors():
    facts = facts_of("Russia delivered six Yak-130 trainers to Myanmar.")
    assert ("russia", "myanmar") in pairs(facts, "SUPPLIES")
    assert not pairs(facts, "TRAINS")


def test_a_state_adjective_before_used_arms_is_their_origin_not_their_user():
    facts = facts_of("The Rafales competed with Israeli used F-16s and new Swedish Gripens.")
    assert not pairs(facts, "USES")


def test_a_state_whose_name_ends_like_an_adjective_still_uses_arms():
    assert ("mali", "drone") in pairs(facts_of("Mali used Turkish drones against the rebels."), "USES")


def test_a_shipyard_launching_a_warship_uses_no_arms():
    assert not pairs(
        facts_of("Turkey's STM has launched the second Babur-class corvette for Pakistan."), "USES"
    )
    assert pairs(facts_of("The Houthis launched missiles at a US warship."), "USES") == {
        ("houthis", "missile")
    }


def test_an_export_model_of_arms_is_no_sale_but_the_verb_export_is():
    facts = facts_of(
        "Egypt will co-produce the P18 export corvette during a visit of its president to Beijing."
    )
    assert not pairs(facts, "SUPPLIES")
    assert pairs(facts_of("China will export J-10 jets to Pakistan."), "SUPPLIES") == {("china", "pakistan")}


def test_a_latin_american_nation_is_not_the_united_states():
    facts = facts_of("Peru became the third Latin American nation to buy the Embraer Super Tucano.")
    assert ("brazil", "peru") in pairs(facts, "SUPPLIES")
    assert not any("united-states" in pair for pair in pairs(facts, "SUPPLIES"))


def test_a_trainer_and_attack_aircraft_is_a_plane_not_a_teacher():
    facts = facts_of("Ecuador bought the Super Tucano trainer and light attack aircraft from Brazil.")
    assert ("brazil", "ecuador") in pairs(facts, "SUPPLIES")
    assert not pairs(facts, "TRAINS")


def test_a_state_named_between_a_verb_of_giving_and_the_arms_receives_them():
    facts = facts_of("Belarus has shipped Azerbaijan rifles and ammunition, officials said.")
    assert ("belarus", "azerbaijan") in pairs(facts, "SUPPLIES")


def test_the_arming_of_a_group_is_a_supply_by_whoever_arms_it():
    assert pairs(facts_of("Damascus's arming of Hezbollah has gone on for years."), "SUPPLIES") == {
        ("syria", "hezbollah")
    }
    facts = facts_of("The arming of Hezbollah by Iran went on, followed by the Israeli strikes.")
    assert pairs(facts, "SUPPLIES") == {("iran", "hezbollah")}


def test_arms_listed_each_with_its_own_number_are_one_fact_per_number():
    facts = facts_of(
        "Peru plans to buy 12 transport helicopters, 20 amphibious tanks and two submarines from Russia."
    )
    supplies = sorted((f["weapons"][0], f["quantity"]) for f in facts if f["predicate"] == "SUPPLIES")
    assert supplies == [("submarine", "two"), ("tank", "20"), ("transport-helicopter", "12")]


def test_arms_listed_with_one_number_stay_one_fact():
    facts = facts_of("Russia sold 24 MiG-29 jets and S-300 missiles to Syria.")
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert supply["weapons"] == ["mig-29", "s-300"]


def test_arms_exchanged_between_two_states_are_a_supply_each_way():
    assert pairs(facts_of("Syria and Libya exchanged missiles in 2010."), "SUPPLIES") == {
        ("syria", "libya"),
        ("libya", "syria"),
    }
    assert pairs(facts_of("Iran has been exchanging ballistic missiles with N. Korea."), "SUPPLIES") == {
        ("iran", "north-korea"),
        ("north-korea", "iran"),
    }


def test_arms_given_in_exchange_for_goods_go_one_way():
    assert pairs(facts_of("Russia gave Iran drones in exchange for oil."), "SUPPLIES") == {("russia", "iran")}


def test_military_advisers_sent_to_a_state_train_it_but_security_advisers_do_not():
    assert pairs(facts_of("Russia sent military advisers to Mali."), "TRAINS") == {("russia", "mali")}
    assert not pairs(facts_of("The US sent security advisers to Kyiv."), "TRAINS")


def test_a_states_military_advisers_working_with_another_army_train_it():
    facts = facts_of("About 3,000 Cuban military advisers work with Nicaragua's army.")
    assert pairs(facts, "TRAINS") == {("cuba", "nicaragua-armed-forces")}
    assert not pairs(facts_of("Chinese military experts said the jets landed in Belgrade."), "TRAINS")


def test_a_states_military_trainers_arrived_in_another_state_train_it():
    facts = facts_of("Dozens of Russian military trainers have arrived in Burkina Faso.")
    assert pairs(facts, "TRAINS") == {("russia", "burkina-faso")}


def test_attacks_carried_out_are_used_by_the_subject_with_each_weapon_listed():
    facts = facts_of(
        "The Houthi rebels, who control significant portions of Yemen, have carried out over 100 "
        "drone and missile attacks targeting merchant vessels in the Red Sea."
    )
    assert pairs(facts, "USES") == {("houthis", "drone"), ("houthis", "missile")}
    assert pairs(facts_of("Russia has been conducting massive missile strikes on Ukraine."), "USES") == {
        ("russia", "missile")
    }


def test_an_attack_noun_far_from_a_listed_weapon_does_not_use_it():
    facts = facts_of(
        "Zelenskyy asked the G7 to provide air defense systems to protect against rocket attacks from Russia."
    )
    assert ("russia", "air-defence-system") not in pairs(facts, "USES")


def test_opposing_air_strikes_is_no_use_of_aircraft():
    assert not pairs(facts_of("The US opposed launching air strikes."), "USES")
    assert pairs(facts_of("Egypt conducted airstrikes in Libya."), "USES") == {("egypt", "combat-aircraft")}


@pytest.mark.parametrize(
    "sentence",
    [
        "US lawmakers raised questions about the end use of the F-16 aircraft sold to Pakistan.",
        "China exports nitrocellulose, a material that can be used to produce ammunition, to Russia.",
        "Brazil abstained from a vote to ban the use of cluster munitions.",
    ],
)
def test_a_use_word_that_tells_of_no_weapon_used_is_no_use(sentence):
    assert not pairs(facts_of(sentence), "USES")


def test_soldiers_trained_in_a_state_named_with_the_are_trained_by_it():
    facts = facts_of("Ukrainian soldiers trained in the United Kingdom last year.")
    assert pairs(facts, "TRAINS") == {("united-kingdom", "ukraine-armed-forces")}


def test_a_sale_on_hold_is_a_hypothetical_supply():
    facts = facts_of("The F-16 sales to Bahrain had been on hold for years.")
    assert {f["stance"] for f in facts if f["predicate"] == "SUPPLIES"} == {"hypothetical"}


def test_a_supply_followed_by_if_confirmed_is_a_condition_not_a_confirmation():
    facts = facts_of(
        "Hinz said the delivery of UAVs from China to Russia, if confirmed, would be a significant development."
    )
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert (supply["subject"], supply["object"], supply["stance"]) == ("china", "russia", "hypothetical")


def test_a_state_buying_arms_for_an_armed_group_supplies_the_group():
    facts = facts_of("Venezuela tried to acquire advanced weapons for Colombian FARC rebels.")
    assert pairs(facts, "SUPPLIES") == {("venezuela", "farc")}


def test_arms_bought_from_a_seller_for_another_state_are_supplied_to_it_by_both():
    facts = facts_of("Germany bought Patriot systems from the United States for Ukraine.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "ukraine"), ("germany", "ukraine")}


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            "India acquired Rafale jets from Dassault Aviation for the Indian Air Force.",
            ("dassault-aviation", "india"),
        ),
        ("Poland bought 180 K2 tanks for PLN 5.8 billion.", ("south-korea", "poland")),
        (
            "Kyrgyz President Sadyr Japarov inspected Bayraktar TB2 drones purchased from Turkey for the Border Service.",
            ("turkey", "kyrgyzstan"),
        ),
    ],
)
def test_buying_for_the_buyers_own_forces_or_for_a_price_keeps_the_buyer_the_recipient(sentence, pair):
    assert pair in pairs(facts_of(sentence), "SUPPLIES")


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            "The United States had decided to completely lift its embargo on trade in lethal arms with Vietnam.",
            ("united-states", "vietnam"),
        ),
        (
            "The partial lifting of the US embargo on arms supplies to Cyprus angered Turkey.",
            ("united-states", "cyprus"),
        ),
        (
            "The EU's current deliberations on lifting its arms embargo on China are outrageous.",
            ("european-union", "china"),
        ),
    ],
)
def test_an_arms_embargo_lifted_opens_supplies_to_come_from_its_imposer_to_its_target(sentence, pair):
    assert [(f["subject"], f["object"], f["stance"]) for f in only(facts_of(sentence), "SUPPLIES")] == [
        (*pair, "hypothetical")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The US will not lift its embargo on Cuba.",
        "The Security Council refused to extend the arms embargo on Iran.",
    ],
)
def test_an_arms_embargo_kept_opens_no_supply(sentence):
    assert not only(facts_of(sentence), "SUPPLIES")


@pytest.mark.parametrize(
    ("sentence", "use"),
    [
        (
            "US officials said Iran has sent hundreds of drones to Russia for use in Ukraine.",
            ("russia", "drone"),
        ),
        (
            "North Korea is producing ballistic missiles for use by Russia against Ukraine.",
            ("russia", "ballistic-missile"),
        ),
    ],
)
def test_arms_supplied_or_made_for_use_are_to_be_used_by_their_recipient_or_the_one_named(sentence, use):
    assert [(f["subject"], f["object"], f["stance"]) for f in only(facts_of(sentence), "USES")] == [
        (*use, "hypothetical")
    ]


def test_a_denied_supply_for_use_in_a_war_is_no_use():
    facts = facts_of(
        "Kanani has dismissed reports that Iran sends ballistic missiles to Russia for use against Ukraine."
    )
    assert not only(facts, "USES")


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            "China says it will impose sanctions on U.S. companies involved in selling weapons to Taiwan.",
            ("united-states", "taiwan"),
        ),
        ("Russia is directly involved in supplying drones to Iran.", ("russia", "iran")),
    ],
)
def test_the_party_or_the_firms_state_involved_in_a_supply_is_its_supplier(sentence, pair):
    assert pairs(facts_of(sentence), "SUPPLIES") == {pair}


@pytest.mark.parametrize(
    ("sentence", "trainers"),
    [
        ("The United States and Britain train Ukrainian soldiers.", {"united-states", "united-kingdom"}),
        ("Turkey, the United States and Uganda train Somali forces.", {"turkey", "united-states", "uganda"}),
    ],
)
def test_every_state_listed_as_training_trains(sentence, trainers):
    assert {f["subject"] for f in only(facts_of(sentence), "TRAINS")} == trainers


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Denmark is involved in the training of Ukrainian pilots.", ("denmark", "ukraine")),
        (
            "The deal includes the training of 36 Qatari pilots and 100 technicians by the French military.",
            ("france", "qatar"),
        ),
        (
            "Extending British training of Ukrainian Armed Forces sends a clear message.",
            ("united-kingdom", "ukraine-armed-forces"),
        ),
    ],
)
def test_the_training_of_a_force_is_given_by_the_one_named_after_by_or_taking_part(sentence, pair):
    assert pairs(facts_of(sentence), "TRAINS") == {pair}


def test_investigating_the_training_of_a_force_trains_no_one():
    facts = facts_of("The UN is investigating the training of Ukrainian pilots.")
    assert not only(facts, "TRAINS")


def test_a_state_set_apart_before_a_list_of_trainers_is_not_one_of_them():
    facts = facts_of(
        "Apart from Turkey, the United States, the UK, Kenya and Uganda have also been providing training "
        "to the Somali Army."
    )
    assert {f["subject"] for f in only(facts, "TRAINS")} == {
        "united-states",
        "united-kingdom",
        "kenya",
        "uganda",
    }
