"""The extractor on general patterns of news reporting met in unseen articles (issue 7c)."""

from __future__ import annotations

import pytest

from tests.extracted import facts_of, only, pairs

# --- supplies without a supply verb --------------------------------------------


def test_the_biggest_supplier_of_arms_to_a_state_supplies_it():
    facts = facts_of("The US is by far the biggest supplier of arms to Israel.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "israel")}


def test_approving_the_sale_of_arms_to_a_state_is_a_supply_by_the_approver():
    facts = facts_of("In August, the US approved the sale of $20bn in fighter jets to Israel.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "israel")}


def test_an_administration_approving_a_weapons_package_for_a_state_supplies_it():
    facts = facts_of("The Biden administration approved another weapons package for Israel this week.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "israel")}


def test_a_leader_approving_shipments_makes_the_state_the_supplier():
    facts = facts_of("Last week, Biden approved new munition shipments to Israel, including bombs.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "israel")}


def test_a_person_is_never_the_recipient_of_a_supply():
    facts = facts_of(
        "Germany sent tanks to Ukraine. Reznikov did not give details of the tanks that were delivered."
    )
    assert all(f["object"] != "oleksii-reznikov" for f in only(facts, "SUPPLIES"))


def test_helping_a_state_produce_drones_is_a_supply_and_the_state_produces():
    facts = facts_of("China is helping Russia to produce drones.")
    assert pairs(facts, "SUPPLIES") == {("china", "russia")}
    assert pairs(facts, "PRODUCES") == {("russia", "drone")}


def test_the_transfer_of_a_named_system_comes_from_its_makers_state():
    facts = facts_of("The transfer of the first IRIS-T air defence system to Ukraine took place on Tuesday.")
    assert pairs(facts, "SUPPLIES") == {("germany", "ukraine")}


# --- stance ----------------------------------------------------------------------


def test_a_promise_to_transfer_is_hypothetical():
    facts = facts_of("U.S. President Joe Biden promised Ukraine to transfer air defense systems.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "hypothetical"


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Norway is due to supply a further 23 jets to Romania by 2025.", ("norway", "romania")),
        ("Denmark wanted to send 20 Piranha tanks to Ukraine.", ("denmark", "ukraine")),
        ("Cairo is mulling the purchase of 50 Ka-52K gunships from Russia.", ("russia", "egypt")),
        ("Norway is allowed to deliver three frigates to Egypt.", ("norway", "egypt")),
        ("China had been trying to sell J-10 fighters to Myanmar.", ("china", "myanmar")),
        ("Egypt sought to provide rockets to Russia.", ("egypt", "russia")),
        ("Russia was attempting to purchase shells from North Korea.", ("north-korea", "russia")),
    ],
)
def test_a_supply_due_wanted_mulled_allowed_or_attempted_is_hypothetical(sentence, pair):
    assert [((f["subject"], f["object"]), f["stance"]) for f in only(facts_of(sentence), "SUPPLIES")] == [
        (pair, "hypothetical")
    ]


def test_a_delivery_delayed_due_to_sanctions_is_not_made_hypothetical_by_due():
    facts = facts_of("Russia delivered the jets to Egypt in May, late due to sanctions.")
    assert [f["stance"] for f in only(facts, "SUPPLIES")] == ["asserted"]


def test_a_recipient_announcing_receipt_confirms_the_supply():
    facts = facts_of(
        "Alexander Lukashenko has announced that Minsk has received Iskander-M missiles from Russia."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("russia", "belarus")
    assert supply["stance"] == "confirmed" and supply["attributed_to"] == ["alexander-lukashenko"]


def test_sanctions_for_supplying_are_the_sanctioners_claim():
    facts = facts_of(
        "The US Treasury has imposed sanctions on two Chinese companies for supplying drones to Russia."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] == "reported" and supply["attributed_to"] == ["us-treasury-department"]


# --- uses without a use verb ---------------------------------------------------


def test_a_states_possessive_attacks_are_its_use_of_the_weapon():
    facts = facts_of("Russia's Shahed attacks on Kyiv continued through the night.")
    (use,) = only(facts, "USES")
    assert (use["subject"], use["object"], use["against"]) == ("russia", "shahed-drones", ["ukraine"])


def test_words_describing_the_attacks_stand_between_the_user_and_the_weapon():
    facts = facts_of("Russia's devastating missile strikes on Ukrainian cities killed 19 people.")
    assert pairs(facts, "USES") == {("russia", "missile")}


def test_airstrikes_are_a_use_of_combat_aircraft_by_who_conducted_or_flew_them():
    for text in (
        "Hemedti has accused Egypt of conducting airstrikes against his forces.",
        "Egyptian airstrikes pushed his troops back from Jebel Moya.",
        "Egypt carried out air raids on the RSF.",
    ):
        assert pairs(facts_of(text), "USES") == {("egypt", "combat-aircraft")}, text


def test_an_air_attack_with_a_named_weapon_is_a_use_of_that_weapon():
    facts = facts_of("Russia's airstrikes with Iranian drones hit Kyiv.")
    assert pairs(facts, "USES") == {("russia", "drone")}


def test_the_supplier_named_in_a_participle_is_not_who_used_the_arms():
    facts = facts_of("The drones, supplied by Iran, were used against Kyiv.")
    assert not pairs(facts, "USES")


def test_each_party_listed_as_the_subject_uses_the_arms_and_not_what_they_carry():
    facts = facts_of(
        "Boko Haram and the Islamic State West Africa Province (ISWAP) used drones loaded with explosives "
        "when they killed 12 soldiers."
    )
    assert pairs(facts, "USES") == {("boko-haram", "drone"), ("iswap", "drone")}


def test_a_possessive_before_a_described_test_is_no_attack():
    facts = facts_of("Iran's new ballistic missile tests alarmed Israel.")
    assert not pairs(facts, "USES")


def test_a_demonym_before_arms_another_state_makes_names_their_user():
    facts = facts_of("Ukrainian Bayraktar drones struck Russian positions near Kherson.")
    assert pairs(facts, "USES") == {("ukraine", "bayraktar-tb2")}


def test_a_demonym_before_its_own_states_arms_names_no_user():
    assert not pairs(facts_of("Iranian Shahed drones struck Kyiv overnight."), "USES")


def test_arms_fired_somewhere_by_a_group_are_its_use():
    facts = facts_of("Rockets fired into Israel by Hamas on Tuesday were made in Iran.")
    assert pairs(facts, "USES") == {("hamas", "rocket")}


def test_arms_launched_by_a_group_are_its_use_but_the_interceptor_before_them_is_not():
    facts = facts_of("Iron Dome intercepted rockets launched by Hamas.")
    assert pairs(facts, "USES") == {("hamas", "rocket")}


def test_rocket_attacks_from_a_state_are_its_use_of_rockets():
    facts = facts_of("Kyiv needs air defence amid massive rocket attacks from Russia.")
    assert pairs(facts, "USES") == {("russia", "rocket")}


def test_strikes_with_iranian_drones_is_use_with_origin():
    facts = facts_of("The city was hit by strikes by Russia with Iranian-made drones.")
    (use,) = only(facts, "USES")
    assert (use["subject"], use["object"]) == ("russia", "drone")
    assert not pairs(facts, "SUPPLIES")


def test_a_demonym_before_drone_attacks_names_the_origin_not_the_user():
    facts = facts_of("Iranian drone attacks on Kyiv continued.")
    assert ("iran", "drone") not in pairs(facts, "USES")


# --- training, names -------------------------------------------------------------


def test_training_units_from_a_state_trains_its_armed_forces():
    facts = facts_of("Zelensky said that Russia is training two military units from North Korea.")
    assert pairs(facts, "TRAINS") == {("russia", "north-korea-armed-forces")}


def test_spelling_variants_resolve_to_one_entity():
    facts = facts_of("Iran supplied missiles to the Huthis, Tasnim said.")
    assert pairs(facts, "SUPPLIES") == {("iran", "houthis")}


def test_a_misspelt_surname_of_a_known_person_is_that_person():
    facts = facts_of(
        "Kremlin spokesman Dmitry Peskov spoke on Monday. "
        '"Iran has never supplied drones to Russia," Peksov told reporters.'
    )
    assert {f["subject"] for f in only(facts, "DENIES")} == {"dmitry-peskov"}


# --- speakers, denials -------------------------------------------------------------


def test_we_in_a_leaders_quotation_is_the_leaders_state():
    facts = facts_of('"We have received such systems from the Russians," Lukashenko said.')
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("russia", "belarus")
    assert supply["stance"] == "confirmed"


def test_a_denial_does_not_cover_what_its_speaker_says_instead():
    facts = facts_of(
        "Iran denies selling drones to Russia, insisting that it only shipped a small number of "
        "drones to Russia before the war."
    )
    stances = sorted(f["stance"] for f in only(facts, "SUPPLIES"))
    assert stances == ["confirmed", "reported"]
    (denial,) = only(facts, "DENIES")
    denied = next(f for f in facts if f["id"] == denial["claim"])
    assert denied["stance"] == "reported"


def test_a_denial_followed_by_its_reason_still_covers_the_claim():
    facts = facts_of("Iran denied supplying missiles to Russia, saying such reports were lies.")
    assert all(f["stance"] == "reported" for f in only(facts, "SUPPLIES"))
    assert only(facts, "DENIES")


def test_a_quoted_phrase_inside_the_narrators_sentence_is_not_the_last_speakers():
    facts = facts_of(
        '"Chinese firms supply them with engines," said Oleg Alexandrov, a Ukrainian intelligence '
        "spokesman.\n"
        'Beijing has denied supplying drones to Russia, calling the statements "baseless."'
    )
    assert {f["subject"] for f in only(facts, "DENIES")} == {"china"}
    assert all(f["stance"] == "asserted" for f in only(facts, "DENIES"))


# --- contracts and orders ---------------------------------------------------------


def test_ordering_arms_from_a_state_is_a_supply_by_it():
    facts = facts_of("Poland ordered 96 Apache helicopters from the United States.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "poland")}


def test_ordering_some_of_the_new_arms_of_a_known_maker_is_a_supply_by_its_state():
    facts = facts_of("The Hungarian Armed Forces has ordered 44 of the new Leopard 2 A7s.")
    assert pairs(facts, "SUPPLIES") == {("germany", "hungary-armed-forces")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada has a contract to sell General Dynamics Corp LAV 6.0 armored vehicles to Saudi Arabia.",
        "The US will sell Lockheed Martin F-16s to Taiwan.",
    ],
)
def test_a_maker_named_before_the_arms_sold_is_not_whom_they_are_sold_to(sentence):
    (supply,) = only(facts_of(sentence), "SUPPLIES")
    assert supply["object"] in {"saudi-arabia", "taiwan"}


def test_signing_a_contract_to_buy_arms_from_a_state_is_a_supply_by_it():
    facts = facts_of("Ukraine signed a contract to buy Bayraktar TB2 drones from Turkey.")
    assert pairs(facts, "SUPPLIES") == {("turkey", "ukraine")}


def test_an_order_without_a_seller_is_no_supply():
    facts = facts_of("Putin ordered troops to use Iranian drones against Ukraine.")
    assert not pairs(facts, "SUPPLIES")
    assert pairs(facts, "USES") == {("russia", "drone")}


def test_from_in_a_later_phrase_is_not_the_supplier():
    facts = facts_of(
        "Germany sent air defence systems to Ukraine. Lambrecht called the transfer of the system "
        "very important support to Ukraine amid massive rocket attacks from Russia."
    )
    assert ("russia", "ukraine") not in pairs(facts, "SUPPLIES")
    assert ("russia", "rocket") in pairs(facts, "USES")


def test_the_prime_contractors_of_an_approved_sale_are_its_hypothetical_suppliers():
    facts = facts_of(
        "The State Department has approved the sale of 18 Black Hawk helicopters to Mexico. The principal "
        "contractors will be Sikorsky Aircraft Company in Stratford, Conn., and General Electric Aircraft "
        "Company in Lynn, Mass."
    )
    contractors = {(f["subject"], f["object"], f["stance"]) for f in only(facts, "SUPPLIES")} - {
        ("united-states", "mexico", "hypothetical")
    }
    assert contractors == {
        ("sikorsky", "mexico", "hypothetical"),
        ("general-electric", "mexico", "hypothetical"),
    }


def test_a_sale_told_again_after_its_contractor_is_still_the_states():
    facts = facts_of(
        "The State Department has approved the sale of F-16 jets to Jordan. Lockheed Martin will be the "
        "principal contractor. The estimated cost of this sale is $4.21 billion."
    )
    last = [f for f in only(facts, "SUPPLIES") if "estimated cost" in f["quote"]]
    assert {f["subject"] for f in last} <= {"united-states"}
    assert ("lockheed-martin", "jordan") in pairs(facts, "SUPPLIES")


def test_receiving_arms_named_only_by_their_origin_is_a_supply_from_that_state():
    facts = facts_of("Lebanon on Monday received its first shipment of French weapons.")
    assert pairs(facts, "SUPPLIES") == {("france", "lebanon")}


def test_an_acquisition_by_a_state_of_arms_makes_it_their_buyer():
    facts = facts_of(
        "US cables said Washington was concerned about the acquisition by Caracas of Russian Su-30 jets."
    )
    assert pairs(facts, "SUPPLIES") == {("russia", "venezuela")}


def test_a_states_purchasing_of_arms_makes_it_their_buyer():
    facts = facts_of("Rubio has called for sanctions on Algeria's purchasing of Russian weapons.")
    assert pairs(facts, "SUPPLIES") == {("russia", "algeria")}


def test_a_state_in_a_relative_aside_is_not_the_recipient_of_a_passive_sale():
    facts = facts_of(
        "The Mistral helicopter carriers, which France refused to hand over to Russia, have been sold to "
        "Egypt by Paris for a reported 950 million euros."
    )
    assert ("france", "egypt") in pairs(facts, "SUPPLIES")
    assert ("france", "france") not in pairs(facts, "SUPPLIES")


def test_supplying_the_government_of_a_state_supplies_the_state():
    facts = facts_of("Human rights groups have accused China of supplying the government in Sudan with arms.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("china", "sudan", "reported")


# --- restatements of the article's claim ----------------------------------------


def test_a_definite_shipment_approved_restates_the_articles_supply():
    facts = facts_of("The US sent bombs to Israel. The shipment was approved on Monday.")
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [
        ("united-states", "israel"),
        ("united-states", "israel"),
    ]


def test_arms_of_the_kind_supplied_restate_the_supply():
    facts = facts_of(
        "Germany has sent Leopard 1 tanks to Ukraine. A contract for 20 more tanks was signed on Monday."
    )
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [
        ("germany", "ukraine"),
        ("germany", "ukraine"),
    ]


def test_a_deal_opening_a_sentence_that_names_no_party_restates_the_supply():
    facts = facts_of(
        "Ukraine will sell 200 T-72 tanks to Ethiopia. The deal is projected to be worth more than "
        "$100 million, Ukrinform reported."
    )
    restated = only(facts, "SUPPLIES")[1]
    assert (restated["subject"], restated["object"], restated["attributed_to"]) == (
        "ukraine",
        "ethiopia",
        ["ukrinform"],
    )


def test_a_deal_with_a_party_of_its_own_restates_nothing():
    facts = facts_of(
        "Ukraine will sell 200 T-72 tanks to Ethiopia. The deal with Kenya is worth $50 million."
    )
    assert pairs(facts, "SUPPLIES") == {("ukraine", "ethiopia")}
    assert len(only(facts, "SUPPLIES")) == 1


def test_the_deal_named_anywhere_in_a_sentence_of_its_own_parties_restates_the_supply():
    facts = facts_of(
        "Russia delivered Su-35 jets to Iran in March. Iranian officials hope the deal will "
        "strengthen their air defences."
    )
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [
        ("russia", "iran"),
        ("russia", "iran"),
    ]


def test_a_deal_spoken_of_again_after_a_possible_sale_is_still_only_possible():
    facts = facts_of(
        "The United States approved a possible sale of C-130J aircraft to India. The US defence "
        "department has notified Congress of the deal."
    )
    assert [(f["subject"], f["object"], f["stance"]) for f in only(facts, "SUPPLIES")] == [
        ("united-states", "india", "hypothetical"),
        ("united-states", "india", "hypothetical"),
    ]


def test_the_deal_with_a_party_of_the_supply_restates_it():
    facts = facts_of(
        "Israel sold Barak-8 missiles to India in 2017. Revenue from the latest deal with India "
        "tops $2 billion."
    )
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [
        ("israel", "india"),
        ("israel", "india"),
    ]


def test_the_deal_in_a_sentence_naming_another_party_restates_nothing():
    facts = facts_of("Russia delivered Su-35 jets to Iran. Israel's army was worried by the deal.")
    assert len(only(facts, "SUPPLIES")) == 1


def test_a_sentence_naming_a_party_with_a_word_of_deal_restates_the_supply():
    facts = facts_of(
        "Russia sold Su-30 jets to Armenia in 2019. In 2012, Armenia and Russia signed a contract "
        "for at least one squadron of planes."
    )
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [
        ("russia", "armenia"),
        ("russia", "armenia"),
    ]


def test_a_recipient_receiving_a_batch_restates_its_supply():
    facts = facts_of(
        "The US sent ATACMS missiles to Ukraine. Kyiv's army received the first batch last week."
    )
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [
        ("united-states", "ukraine"),
        ("united-states", "ukraine"),
    ]


def test_a_party_that_controls_its_exports_restates_no_supply():
    facts = facts_of(
        "China exported artillery shells to Russia. China has been strictly controlling the exports "
        "of dual-use materials."
    )
    assert len(only(facts, "SUPPLIES")) == 1


def test_a_word_of_deal_beside_another_party_restates_nothing():
    facts = facts_of("Germany sent Leopard tanks to Ukraine. Poland was worried by the deliveries.")
    assert len(only(facts, "SUPPLIES")) == 1


def test_an_undetermined_approval_restates_nothing():
    facts = facts_of("The US sent bombs to Israel. Sanctions were approved on Monday.")
    assert len(only(facts, "SUPPLIES")) == 1


def test_requesting_approval_for_a_transfer_is_a_hypothetical_supply():
    facts = facts_of(
        "The Trump administration has requested congressional approval for the transfer of bombs "
        "to Israel, according to a report by the Wall Street Journal."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == (
        "united-states",
        "israel",
        "hypothetical",
    )
    assert supply["attributed_to"] == ["wall-street-journal"]


def test_what_an_arms_deal_includes_is_supplied_by_its_parties():
    facts = facts_of(
        "The US sent bombs to Israel. Biden is expected to approve another major arms deal that "
        "includes 50 F-16 fighter jets."
    )
    assert [f["stance"] for f in only(facts, "SUPPLIES")] == ["asserted", "hypothetical"]
    assert pairs(facts, "SUPPLIES") == {("united-states", "israel")}


def test_drones_used_in_a_war_are_used_by_whoever_the_article_has_receiving_them():
    facts = facts_of("China sent drones to Russia. The drones used in Ukraine were assembled there.")
    assert pairs(facts, "USES") == {("russia", "drone")}


def test_these_transfers_point_back_at_the_articles_supply_and_allegedly_reports_it():
    facts = facts_of(
        "Iran is smuggling weapons to Hezbollah. The orchestration of these transfers is allegedly "
        "managed through European ports."
    )
    second = only(facts, "SUPPLIES")[1]
    assert (second["subject"], second["object"], second["stance"]) == ("iran", "hezbollah", "reported")


def test_a_port_named_by_a_demonym_is_a_place_not_a_recipient():
    facts = facts_of(
        "The operation begins with the shipment of weapons from Iran to the Syrian port of Latakia."
    )
    assert ("iran", "syria") not in pairs(facts, "SUPPLIES")


def test_claims_of_non_involvement_deny_the_supply():
    facts = facts_of(
        "China sent drones to Russia, officials said. The sanctions target the two industries, despite "
        "China's claims of non-involvement in weapon supplies."
    )
    (denial,) = only(facts, "DENIES")
    assert denial["subject"] == "china"


def test_according_to_her_is_the_woman_named_before():
    facts = facts_of(
        "German Defence Minister Christine Lambrecht spoke on Monday. According to her, one IRIS-T "
        "air defence system was transferred to Ukraine."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["christine-lambrecht"] and supply["stance"] == "confirmed"


# --- vocabulary of supply and speakers ----------------------------------------------


def test_donating_and_gifting_are_supplies():
    facts = facts_of(
        "The UK is donating Storm Shadow missiles to Ukraine. France gifted Caesar howitzers to Ukraine."
    )
    assert pairs(facts, "SUPPLIES") == {("united-kingdom", "ukraine"), ("france", "ukraine")}


def test_a_states_donation_is_a_fact_though_the_clause_looks_ahead():
    facts = facts_of(
        "The UK sent tanks to Ukraine in January. "
        "Ukrainians will have the best chance after the UK's donation of Storm Shadow missiles."
    )
    assert [f["stance"] for f in only(facts, "SUPPLIES")] == ["asserted", "asserted"]


def test_denied_arming_a_group_is_a_denied_supply():
    facts = facts_of("Abu Dhabi has repeatedly denied arming the RSF, despite reports from UN experts.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == (
        "united-arab-emirates",
        "rsf",
        "reported",
    )
    assert only(facts, "DENIES")[0]["subject"] == "united-arab-emirates"


def test_a_full_name_before_said_is_a_new_speaker():
    facts = facts_of("Maria Kowalczyk said Poland sent tanks to Ukraine.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["maria-kowalczyk"]


def test_he_opening_a_sentence_is_the_last_sentences_subject():
    facts = facts_of(
        "Ben Wallace confirmed that he and Prime Minister Rishi Sunak had agreed to the donation. "
        'He told MPs: "Today the UK is donating Storm Shadow missiles to Ukraine."'
    )
    assert {s for f in only(facts, "SUPPLIES") for s in f.get("attributed_to", [])} == {"ben-wallace"}


def test_claims_of_non_involvement_by_a_third_party_in_a_speakers_demand_deny_nothing():
    facts = facts_of(
        "Iran sent missiles to Russia, the ministry said. "
        "\"Iran must stop supplying weapons to Russia to prove the sincerity of its leadership's claims "
        'of non-involvement," the statement added.'
    )
    assert not only(facts, "DENIES")


def test_the_enemy_in_a_speakers_words_is_who_the_article_has_attacking_the_speakers_state():
    facts = facts_of(
        "Russia has fired 24 North Korean ballistic missiles at Ukraine, Ukrainian authorities said. "
        "Andriy Kostin, Ukraine's prosecutor general, spoke on Friday. "
        '"The enemy launched at least 12 attacks on seven regions of Ukraine with this type of '
        '(North Korean) missile," the prosecutor said.'
    )
    assert [(f["subject"], f["object"]) for f in only(facts, "USES")] == [
        ("russia", "ballistic-missile"),
        ("russia", "missile"),
    ]


def test_the_enemy_with_no_attacker_in_the_article_is_no_one():
    facts = facts_of('"The enemy launched drones at Kharkiv," the Ukrainian military said.')
    assert not only(facts, "USES")


def test_transliterations_of_a_name_are_one_person():
    facts = facts_of("Zelenskiy said Germany sent tanks to Ukraine.")
    assert only(facts, "SUPPLIES")[0]["attributed_to"] == ["volodymyr-zelensky"]


def test_sentences_of_a_quotation_belong_to_the_name_after_it_whatever_follows():
    facts = facts_of(
        '"This is a blatant lie. Serbia did not send weapons to Ukraine. We are clean about it," '
        "Aleksandar Vucic told journalists in Doha, where he is attending a conference."
    )
    assert {f["subject"] for f in only(facts, "DENIES")} == {"aleksandar-vucic"}
    assert all(f["stance"] == "reported" for f in only(facts, "SUPPLIES"))


def test_the_countrys_president_is_of_the_country_the_sentence_is_about():
    facts = facts_of("Serbia is not supplying weapons to Ukraine, the country's president said on Sunday.")
    assert {f["subject"] for f in only(facts, "DENIES")} == {"serbia"}


def test_accused_of_backing_a_group_with_weapons_is_the_accusers_claim():
    facts = facts_of("Saudi Arabia has accused Iran of backing the Houthis with weapons and expertise.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("iran", "houthis")
    assert supply["stance"] == "reported" and supply["attributed_to"] == ["saudi-arabia"]


def test_an_armed_group_backed_by_a_state_is_supplied_by_it_in_the_writers_voice():
    (supply,) = only(facts_of("The Houthis are backed by Iran."), "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("iran", "houthis", "asserted")


def test_a_government_backed_by_a_state_is_no_supply():
    assert not only(facts_of("The government is backed by Iran."), "SUPPLIES")


def test_backing_a_group_openly_while_denying_arming_it_asserts_no_supply():
    facts = facts_of("Turkey has openly supported the Syrian rebels, but has always denied arming them.")
    assert {f["stance"] for f in only(facts, "SUPPLIES")} == {"reported"}
    assert {f["subject"] for f in only(facts, "DENIES")} == {"turkey"}


# --- issue 7d: patterns met in a fourth blind batch ------------------------------------


def test_states_listed_with_the_subject_each_supply():
    facts = facts_of(
        "Turkey, along with Iran and the United Arab Emirates, have been supplying Ethiopia with armed "
        "drones for months, the New York Times said on Monday."
    )
    assert pairs(facts, "SUPPLIES") == {
        ("turkey", "ethiopia"),
        ("iran", "ethiopia"),
        ("united-arab-emirates", "ethiopia"),
    }
    assert all(f["attributed_to"] == ["new-york-times"] for f in only(facts, "SUPPLIES"))


def test_a_list_of_subjects_governed_by_a_preposition_is_not_a_list_of_suppliers():
    facts = facts_of("Arms flowed to Iran, and Russia supplied drones to Venezuela.")
    assert pairs(facts, "SUPPLIES") == {("russia", "venezuela")}


def test_a_ministry_approving_sales_makes_its_state_the_supplier():
    facts = facts_of("The US Department of State on Thursday approved seven deals of weapon sales to Taiwan.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "taiwan")}


def test_an_ambassador_to_a_capital_named_before_said_is_the_speaker():
    facts = facts_of(
        "China's ambassador to Washington Cui Tiankai, speaking to reporters on Thursday, said the US "
        "arms sales to Taiwan will undermine mutual confidence."
    )
    assert [f["attributed_to"] for f in only(facts, "SUPPLIES")] == [["cui-tiankai"]]


def test_a_countrys_media_reporting_is_a_source_of_its_own():
    facts = facts_of(
        "In October, Polish media reported that South Korea will supply Poland with 1,000 tanks."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == (
        "south-korea",
        "poland",
        "hypothetical",
    )
    assert supply["attributed_to"] == ["polish-media"]


def test_a_calibre_or_compound_adjective_keeps_a_demonym_the_origin_of_the_weapons():
    facts = facts_of(
        "Armenia reportedly purchased $245 million worth of Indian multiple-launch rocket systems. "
        "Indian media reported that the two sides signed a deal to supply Indian 155-milimeter "
        "self-propelled howitzers to the Armenian army."
    )
    assert pairs(facts, "SUPPLIES") == {("india", "armenia"), ("india", "armenia-armed-forces")}
    assert only(facts, "SUPPLIES")[0]["stance"] == "reported"


def test_a_states_status_as_supplier_makes_it_the_supplier():
    facts = facts_of(
        "The deals may undermine Russia's status as the principal supplier of weapons to Armenia."
    )
    assert pairs(facts, "SUPPLIES") == {("russia", "armenia")}


def test_a_quotation_before_was_quoted_as_saying_is_the_named_speakers():
    facts = facts_of(
        "Poland has received the first batch of K2 tanks from South Korea, Polish President Andrzej Duda said. "
        '"The first 10 tanks have arrived in our country. Soon they will go to military units," Duda '
        "was quoted as saying by the Polish Public Television."
    )
    supplies = only(facts, "SUPPLIES")
    assert [(f["subject"], f["object"], f["stance"]) for f in supplies] == [
        ("south-korea", "poland", "confirmed")
    ] * 2
    assert all(f["attributed_to"] == ["andrzej-duda"] for f in supplies)


def test_a_trailing_outlet_reports_what_the_speaker_before_it_stated():
    facts = facts_of("Ukraine has stated that China is helping Russia to produce drones, writes Politico.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["ukraine", "politico"]


def test_an_outlet_after_the_speaker_of_a_quotation_reports_his_words_too():
    facts = facts_of(
        '"Russian MiG-29 fighter jets have arrived in Iran," Abolfazl Zohrevand said, according to Iran International.'
    )
    (supply,) = only(facts, "SUPPLIES")
    assert supply["attributed_to"] == ["abolfazl-zohrevand", "iran-international"]


def test_a_speaker_inside_what_an_outlet_reported_does_not_take_the_outlet_on():
    facts = facts_of(
        "The UK Defense Ministry has denied any plans to send Apache helicopters to Ukraine as reported by "
        "British media, Sky News correspondent Deborah Haynes said on Sunday."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert "sky-news" not in supply["attributed_to"]


def test_a_report_by_an_outlet_is_that_outlets():
    facts = facts_of(
        "Iran is utilizing European ports to smuggle weapons to Hezbollah, a report by The Telegraph revealed."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["stance"], supply["attributed_to"]) == ("reported", ["telegraph"])


def test_a_spokesperson_for_a_government_speaks_for_its_state():
    facts = facts_of("A spokesperson for the German government said Germany had delivered tanks to Ukraine.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["stance"], supply["attributed_to"]) == ("confirmed", ["germany"])


def test_the_press_service_of_a_ministry_speaks_for_the_ministry():
    facts = facts_of(
        "Reports of Israel supplying Merkava tanks to Ukraine are not true, the press service of the "
        "Israeli Ministry of Defense told TASS on Monday."
    )
    assert [f["subject"] for f in facts if f["predicate"] == "DENIES"] == ["israel-defence-ministry"]


def test_what_can_happen_or_has_yet_to_happen_is_hypothetical():
    facts = facts_of(
        "Reuters reported that Ethiopia was in the process of acquiring Turkish drones. "
        '"Ethiopia can buy these drones from whoever they want," the spokesman said. '
        "Ethiopia has yet to receive Turkish drones."
    )
    assert [f["stance"] for f in only(facts, "SUPPLIES")] == ["hypothetical"] * 3


def test_a_supply_whose_other_party_the_article_names_later_takes_it_from_there():
    facts = facts_of(
        "In total, 28 tanks have so far arrived in Poland. "
        "Six more tanks have been delivered, the ministry said. "
        "Poland ordered the tanks from South Korea."
    )
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [("south-korea", "poland")] * 3


def test_a_sentence_with_a_denial_is_never_read_again_for_a_party_named_later():
    facts = facts_of("Turkey denied that the drones were delivered. Turkey later sold drones to Ethiopia.")
    assert all(
        f["stance"] != "asserted" or f["quote"].startswith("Turkey later") for f in only(facts, "SUPPLIES")
    )


def test_arms_delivered_from_a_state_come_from_it():
    facts = facts_of("Six more K2 tanks have been delivered from South Korea to Poland.")
    assert pairs(facts, "SUPPLIES") == {("south-korea", "poland")}


def test_a_package_that_was_worth_and_included_arms_holds_them():
    facts = facts_of(
        "The last US arms sales to Taiwan was announced in December 2015. The previous package was worth "
        "$1.83 billion and included two frigates and anti-tank missiles."
    )
    assert [f.get("weapons") for f in only(facts, "SUPPLIES")][-1] == ["warship", "anti-tank-missile"]


def test_a_leader_receiving_arms_stands_for_the_state():
    facts = facts_of(
        "South Korea sold tanks to Poland. Polish President Andrzej Duda attended a ceremony to "
        "receive the tanks from South Korea."
    )
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [("south-korea", "poland")] * 2


def test_and_said_after_a_verb_that_is_not_speech_is_said_by_the_subject():
    facts = facts_of(
        "Serbia's Foreign Ministry disputed the UN report and said it no longer supplied weapons to Myanmar."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("serbia", "myanmar", "reported")
    assert [f["subject"] for f in only(facts, "DENIES")] == ["serbia-foreign-ministry"]


def test_a_sentence_that_denies_a_supply_never_restates_it_as_positive():
    facts = facts_of(
        "Russia, China, and Serbia supplied Myanmar's junta with arms. The ministry of Serbia explained "
        "that Serbia made a decision not to deliver weapons to this country under new export requests."
    )
    later = [f for f in only(facts, "SUPPLIES") if f["quote"].startswith("The ministry")]
    assert all(f["stance"] in {"reported", "hypothetical"} for f in later)
    assert only(facts, "DENIES")


def test_arms_that_should_no_longer_be_transferred_are_a_demand_not_a_denial():
    facts = facts_of(
        "Serbia supplied Myanmar with rockets. "
        '"Weapons used to kill civilians should no longer be transferred to Myanmar," Andrews said.'
    )
    assert not only(facts, "DENIES")


def test_the_report_said_is_the_last_named_source():
    facts = facts_of(
        "United Nations Special Rapporteur Tom Andrews reported that Russia supplied Myanmar with arms. "
        "The report said that China supplied Myanmar with fighter jets."
    )
    assert [f["attributed_to"] for f in only(facts, "SUPPLIES")] == [["tom-andrews"]] * 2
    assert pairs(facts, "MEMBER_OF") == {("tom-andrews", "united-nations")}


def test_a_states_arms_procurement_coming_from_another_is_a_supply():
    facts = facts_of("60% of Azerbaijan's arms procurement comes from Israel.")
    assert pairs(facts, "SUPPLIES") == {("israel", "azerbaijan")}


def test_the_president_of_a_state_speaking_of_its_use_of_arms_confirms_it():
    facts = facts_of(
        "Azerbaijan is using Israeli kamikaze drones in strikes against Armenian forces, the foreign "
        "policy adviser to the president of Azerbaijan told me."
    )
    (use,) = only(facts, "USES")
    assert (use["stance"], use["attributed_to"]) == ("confirmed", ["azerbaijan"])


def test_information_from_a_database_showed_is_the_databases_report():
    facts = facts_of(
        "Israel provided Azerbaijan with weapons. Those exports included drones and anti-tank missiles, "
        "information from SIPRI's Arms Transfers Database showed."
    )
    assert only(facts, "SUPPLIES")[-1]["attributed_to"] == ["sipri"]


def test_a_decision_to_send_arms_is_hypothetical():
    facts = facts_of("Olaf Scholz has decided to send Leopard 2 tanks to Ukraine, Spiegel reported.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["stance"], supply["attributed_to"]) == (
        "germany",
        "hypothetical",
        ["spiegel"],
    )


def test_a_weapon_family_name_alone_is_its_system():
    facts = facts_of(
        "Belarus received Iskander systems from Russia, Lukashenko said. "
        "Ukraine received new Bayraktars from Turkey."
    )
    assert [f["weapons"] for f in only(facts, "SUPPLIES")] == [["iskander-m"], ["bayraktar-tb2"]]


def test_a_state_set_to_deliver_arms_is_hypothetical():
    facts = facts_of("The United States is set to deliver Patriot missiles to Ukraine.")
    assert [f["stance"] for f in only(facts, "SUPPLIES")] == ["hypothetical"]


def test_a_state_confirming_it_sent_arms_confirms_once():
    facts = facts_of("Iran confirmed it had sent drones to Russia before the war.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["stance"], supply["attributed_to"]) == ("confirmed", ["iran"])
    assert not only(facts, "CONFIRMS")


def test_a_state_acknowledging_receipt_of_arms_receives_them_and_confirms():
    facts = facts_of("Russia acknowledged receiving artillery shells from North Korea.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("north-korea", "russia", "confirmed")


def test_asking_a_state_for_arms_is_a_hypothetical_supply_by_it():
    facts = facts_of(
        "Kyiv asked Berlin for more Leopard tanks. Asked for details, a spokesman declined comment."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("germany", "ukraine", "hypothetical")


def test_paramilitary_forces_named_by_a_demonym_are_a_group_not_the_state():
    facts = facts_of("The UAE has supplied weapons to Sudanese paramilitary forces.")
    assert pairs(facts, "SUPPLIES") == {("united-arab-emirates", "rsf")}  # Sudan's one paramilitary group


def test_states_listed_after_including_each_say_and_supply():
    facts = facts_of(
        "Many European countries, including the United Kingdom, Germany and Sweden, announced that "
        "they would be sending anti-tank weapons to Ukraine."
    )
    assert [(f["subject"], f["attributed_to"], f["stance"]) for f in only(facts, "SUPPLIES")] == [
        ("united-kingdom", ["united-kingdom"], "hypothetical"),
        ("germany", ["germany"], "hypothetical"),
        ("sweden", ["sweden"], "hypothetical"),
    ]


def test_the_report_said_after_a_state_spoke_is_not_the_states():
    facts = facts_of(
        "Britain said Russia used drones. The UAE has supplied weapons to Sudan, the report said."
    )
    assert not only(facts, "SUPPLIES")[0]["attributed_to"]


def test_a_quotation_the_statement_closes_with_no_source_before_it_is_no_ones():
    facts = facts_of(
        "The ministry issued a statement. “North Korea sent shells to Russia. They arrived in May,” "
        "the statement said."
    )
    assert [(f["stance"], f.get("attributed_to", [])) for f in only(facts, "SUPPLIES")] == [("reported", [])]


def test_a_quotation_the_statement_closes_is_the_statement_of_who_spoke_before():
    facts = facts_of(
        "The Kremlin said on Monday that it had read the report. “North Korea sent no shells to Russia. "
        "It sent no missiles either,” the statement said."
    )
    assert {d["subject"] for d in only(facts, "DENIES")} == {"russia"}


def test_as_reported_by_an_outlet_reads_as_according_to_it():
    facts = facts_of(
        "As reported by Reuters, Iran has sent drones to Russia. Iran has sent missiles to Russia, as "
        "reported by the BBC."
    )
    assert [f["attributed_to"] for f in only(facts, "SUPPLIES")] == [["reuters"], ["bbc"]]


def test_the_country_after_a_state_speaks_is_never_the_speaker():
    facts = facts_of("The US said the country appears to be supplying Russia with artillery shells.")
    assert ("united-states", "russia") not in pairs(facts, "SUPPLIES")


def test_the_authorities_in_the_west_african_country_are_that_countrys_voice():
    facts = facts_of(
        "A cargo plane has delivered four helicopters and ammunition from Russia to Mali, according to "
        "the military-led authorities in the West African country."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"], supply["attributed_to"]) == (
        "russia",
        "mali",
        "confirmed",
        ["mali"],
    )


def test_the_spokesman_of_a_recipients_armed_forces_confirms_the_receipt():
    facts = facts_of(
        "Egypt received Rafale jets from France. “Egyptian armed forces have received the second batch of "
        "three Rafale fighter jets,” the country\u2019s military spokesman said."
    )
    assert only(facts, "SUPPLIES")[-1]["stance"] == "confirmed"


def test_never_having_had_arms_dealings_denies_the_supply_the_article_tells_of():
    facts = facts_of(
        "North Korea says it has never had arms dealings with Russia, state media reports. "
        "John Kirby said North Korea is covertly supplying Russia with artillery shells. "
        "A North Korean defence ministry official said Pyongyang has “never had \u2018arms dealings\u2019 with Russia”."
    )
    supplies = only(facts, "SUPPLIES")
    assert all(f["stance"] == "reported" for f in supplies)
    denied = {f["claim"] for f in only(facts, "DENIES")}
    assert {f["id"] for f in supplies if "attributed_to" not in f or not f["attributed_to"]} <= denied
    assert len(denied) == 2


def test_a_frozen_delivery_is_a_supply_not_made():
    facts = facts_of("France froze the delivery of two warships to Russia.")
    assert [(f["subject"], f["object"], f["stance"]) for f in only(facts, "SUPPLIES")] == [
        ("france", "russia", "hypothetical")
    ]


def test_exports_a_state_halted_are_its_supplies_not_made():
    facts = facts_of("Britain and France halted exports of security equipment to Bahrain and Libya.")
    assert {(f["subject"], f["object"], f["stance"]) for f in only(facts, "SUPPLIES")} == {
        (supplier, recipient, "hypothetical")
        for supplier in ("united-kingdom", "france")
        for recipient in ("bahrain", "libya")
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Philippine government has scrapped a deal to purchase 16 Mi-17 helicopters from Russia.",
        "India has cancelled a $500 million deal to buy Spike missiles from Israel.",
        "Manila cancelled the 12.7-billion-peso ($227 million) deal to acquire Mi-17 helicopters from Russia.",
    ],
)
def test_a_deal_to_buy_that_was_called_off_is_a_supply_not_made(text: str):
    (supply,) = only(facts_of(text), "SUPPLIES")
    assert supply["stance"] == "hypothetical"


def test_a_deal_signed_after_another_was_cancelled_is_made():
    text = "Iraq, which cancelled an earlier order, signed a deal to buy 16 Mi-17 helicopters from Russia."
    (supply,) = only(facts_of(text), "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("russia", "iraq", "asserted")


def test_a_call_to_halt_exports_tells_of_exports_that_go_on():
    facts = facts_of("A lawyer for Nicaragua said that Germany needs to halt its weapons exports to Israel.")
    assert [(f["subject"], f["object"], f["stance"]) for f in only(facts, "SUPPLIES")] == [
        ("germany", "israel", "reported")
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Syria's government stopped sending weapons to Hezbollah.", ("syria", "hezbollah")),
        ("Israel stopped sending firearms to South Sudan in 2013.", ("israel", "south-sudan")),
    ],
)
def test_a_supply_a_state_stopped_is_a_supply_no_longer_made(text, pair):
    assert [(f["subject"], f["object"], f["stance"]) for f in only(facts_of(text), "SUPPLIES")] == [
        (*pair, "hypothetical")
    ]


def test_a_ban_on_arms_sales_is_no_claim():
    assert not only(facts_of("Washington banned U.S. arms sales to Venezuela."), "SUPPLIES")


def test_another_states_efforts_to_halt_a_delivery_do_not_make_it_the_supplier():
    facts = facts_of("Turkey made efforts to halt the delivery of Russian S-300 missiles to Cyprus.")
    assert ("turkey", "cyprus") not in pairs(facts, "SUPPLIES")


def test_a_sale_its_seller_delayed_is_a_supply_not_yet_made():
    facts = facts_of("The United States has delayed the sale of thousands of precision weapons to Israel.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == (
        "united-states",
        "israel",
        "hypothetical",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The delivery of S-300 systems from Russia to Iran was postponed due to international sanctions.",
        "The sale of S-300 systems from Russia to Iran has been delayed by two years.",
    ],
)
def test_a_delivery_said_to_be_postponed_or_delayed_is_a_supply_not_yet_made(sentence: str):
    facts = facts_of(sentence)
    assert [((f["subject"], f["object"]), f["stance"]) for f in only(facts, "SUPPLIES")] == [
        (("russia", "iran"), "hypothetical")
    ]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Russia signed a contract to sell S-300s to Iran but has yet to deliver them.", "hypothetical"),
        ("Russia signed a contract to sell S-300s to Iran but so far has not delivered.", "hypothetical"),
        ("Russia agreed to sell S-300s to Iran but never delivered them.", "hypothetical"),
        ("Russia sold S-300s to Iran, but Iran has not received spare parts.", "asserted"),
    ],
)
def test_a_deal_its_next_clause_says_was_never_carried_out_is_a_supply_not_yet_made(sentence, stance):
    assert [f["stance"] for f in only(facts_of(sentence), "SUPPLIES")] == [stance]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        (
            "The S-400 delivery contract to China is expected to be accomplished by the end of the decade.",
            "hypothetical",
        ),
        ("The delivery of Su-30s from Russia to Algeria is due to begin next year.", "hypothetical"),
        ("The Su-30s Russia delivered to Algeria are expected to enhance its air force.", "asserted"),
    ],
)
def test_a_supply_noun_expected_or_due_to_happen_is_a_supply_to_come(sentence: str, stance: str):
    assert [f["stance"] for f in only(facts_of(sentence), "SUPPLIES")] == [stance]


def test_a_sale_a_third_state_blocked_is_the_makers_supply_not_yet_made():
    facts = facts_of("Britain blocked the sale of Gripen jets to Argentina.")
    assert {(f["subject"], f["object"], f["stance"]) for f in only(facts, "SUPPLIES")} == {
        ("sweden", "argentina", "hypothetical")
    }


def test_a_parenthetical_said_between_commas_reports_what_came_before():
    facts = facts_of(
        "Egypt received three Rafale fighters from France today, the military said, six months after "
        "the first three arrived."
    )
    # what came before is the military's, which speaks for the state the sentence opens with
    supply = only(facts, "SUPPLIES")[0]
    assert (supply["stance"], supply["attributed_to"]) == ("confirmed", ["egypt"])


def test_a_report_accusing_it_of_supplying_accuses_the_sentences_subject():
    facts = facts_of(
        "The United Arab Emirates on Friday denied an Amnesty International report accusing it of "
        "providing Chinese-made weapons to the RSF."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["attributed_to"]) == ("united-arab-emirates", ["amnesty-international"])
    assert only(facts, "DENIES")


def test_information_that_indicates_inside_a_speakers_words_is_still_the_speakers():
    facts = facts_of(
        "John Kirby said last week the US has information that indicates North Korea is covertly "
        "supplying Russia with artillery shells."
    )
    assert only(facts, "SUPPLIES")[0]["attributed_to"] == ["john-kirby"]


def test_weapons_that_were_gifts_from_a_state_were_supplied_by_it():
    facts = facts_of(
        "Mali bought helicopters from Russia. The weapons and ammunition were gifts from Russia."
    )
    assert [(f["subject"], f["object"]) for f in only(facts, "SUPPLIES")] == [("russia", "mali")] * 2


def test_a_company_named_with_a_demonym_is_a_new_organisation_of_that_state():
    facts = facts_of("Israeli Aerospace Industries will supply Azerbaijan with unmanned aerial vehicles.")
    assert pairs(facts, "SUPPLIES") == {("israeli-aerospace-industries", "azerbaijan")}
    assert pairs(facts, "PART_OF") == {("israeli-aerospace-industries", "israel")}


def test_a_states_ambassador_named_by_office_speaks_for_the_state():
    facts = facts_of("Turkey's ambassador to Ukraine said Ankara had delivered drones to Kyiv.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["stance"], supply["attributed_to"]) == ("confirmed", ["turkey"])


def test_denying_any_supply_reports_the_claim_and_is_not_hypothetical():
    facts = facts_of("Beijing has repeatedly denied supplying any drones or weapons components to Russia.")
    assert [f["stance"] for f in only(facts, "SUPPLIES")] == ["reported"]
    assert only(facts, "DENIES")


def test_arms_carried_from_one_named_state_to_another_are_supplied_between_them():
    facts = facts_of(
        "Israeli analysts believe those planes are carrying weapons from Israel to Azerbaijan. "
        "Russia carried out strikes with drones on Ukraine."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("israel", "azerbaijan", "reported")
    assert not supply["attributed_to"]  # a country's analysts are not its voice


def test_troops_trained_in_a_state_are_trained_by_it():
    facts = facts_of(
        "These troops were trained at military sites in Russia's Far East and are part of a contingent "
        "of 12,000 North Korean soldiers."
    )
    assert pairs(facts, "TRAINS") == {("russia", "north-korea-armed-forces")}


def test_arms_a_state_failed_to_deliver_are_hypothetical():
    facts = facts_of(
        "Armenia's prime minister complained that Russia has failed to deliver weapons to Armenia."
    )
    assert [f["stance"] for f in only(facts, "SUPPLIES")] == ["hypothetical"]


def test_attribution_covers_each_claim_of_a_list_or_a_passive():
    facts = facts_of(
        "Drones, missiles and shells were delivered to Russia by Iran, Reuters reported. "
        "Iran delivered drones to Russia and Belarus, the Pentagon said."
    )
    assert [(f["object"], f["attributed_to"]) for f in only(facts, "SUPPLIES")] == [
        ("russia", ["reuters"]),
        ("russia", ["us-defense-department"]),
        ("belarus", ["us-defense-department"]),
    ]
    assert "artillery-shell" in only(facts, "SUPPLIES")[0]["weapons"]


# --- issue 7e: unnamed official voices, confirmations, groups ------------------


def test_an_official_statement_under_a_dateline_speaks_for_the_dateline_state():
    facts = facts_of(
        "BISHKEK, Kyrgyzstan (AA) - Kyrgyzstan has taken delivery of armed drones that the country "
        "purchased from Turkey, an official statement said on Saturday."
    )
    supply = only(facts, "SUPPLIES")[0]
    assert (supply["subject"], supply["object"], supply["stance"]) == ("turkey", "kyrgyzstan", "confirmed")
    assert supply["attributed_to"] == ["kyrgyzstan"]


def test_analysts_or_sources_with_no_state_named_speak_for_no_state():
    facts = facts_of("Egypt received three Rafale jets from France, military sources said.")
    assert only(facts, "SUPPLIES")[0]["stance"] == "reported"
    assert not only(facts, "SUPPLIES")[0].get("attributed_to")


def test_a_speaker_relaying_a_states_own_word_on_its_supplies_confirms_them():
    facts = facts_of(
        "Imad Sid Ahmad, Sudanese press secretary for President Omar al-Bashir, said Sudan had not sent "
        "weapons to Syria. Sid Ahmad said Khartoum declared that it had sent arms to Libyan rebels in 2011."
    )
    supply = next(f for f in only(facts, "SUPPLIES") if f["object"] == "libyan-rebels")
    assert (supply["subject"], supply["stance"], supply["attributed_to"]) == (
        "sudan",
        "confirmed",
        ["imad-sid-ahmad"],
    )


def test_an_outlet_relaying_a_states_word_on_its_supplies_only_reports_them():
    facts = facts_of("Reuters said Khartoum declared that it had sent arms to Libyan rebels.")
    supply = only(facts, "SUPPLIES")[0]
    assert (supply["stance"], supply["attributed_to"]) == ("reported", ["reuters"])


def test_the_name_opening_a_sentence_speaks_past_an_unclosed_apposition_naming_another():
    facts = facts_of(
        "Imad Sid Ahmad, Sudanese press secretary for President Omar Hassan al-Bashir also said, "
        '"Sudan has not sent weapons to Syria".'
    )
    assert [f["subject"] for f in only(facts, "DENIES")] == ["imad-sid-ahmad"]


def test_rebels_fighting_or_in_a_state_are_that_states_rebels():
    facts = facts_of(
        "France denied supplying anti-tank missiles to rebels fighting Libyan Moamer Kadhafi's regime. "
        "Qatar sent arms to insurgents in Syria."
    )
    assert pairs(facts, "SUPPLIES") == {("france", "libyan-rebels"), ("qatar", "syrian-rebels")}


def test_rebels_and_insurgents_named_by_a_state_are_one_group_named_by_its_demonym():
    facts = facts_of("Qatar sent arms to Syria insurgents. Turkey sent arms to Syrian rebels.")
    assert pairs(facts, "SUPPLIES") == {("qatar", "syrian-rebels"), ("turkey", "syrian-rebels")}


def test_the_rebels_in_a_state_point_back_to_the_group_already_named():
    facts = facts_of(
        "The Houthis fired a missile at Riyadh. Iran, which has long denied arming the rebels in Yemen, "
        "dismissed the report."
    )
    assert ("iran", "houthis") in pairs(facts, "SUPPLIES")


def test_a_states_own_military_supplies_for_the_state():
    facts = facts_of("The French military on Thursday denied supplying anti-tank missiles to Libyan rebels.")
    assert pairs(facts, "SUPPLIES") == {("france", "libyan-rebels")}
    assert only(facts, "SUPPLIES")[0]["stance"] == "reported"


def test_a_states_top_military_spokesman_speaking_of_its_supplies_confirms_them():
    facts = facts_of(
        "France's top military spokesman Thierry Burkhard said no missiles were sent. "
        "Burkhard said France had only supplied light arms to Libyan rebels."
    )
    supply = only(facts, "SUPPLIES")[-1]
    assert (supply["stance"], supply["attributed_to"]) == ("confirmed", ["thierry-burkhard"])


def test_a_new_minister_of_no_named_state_speaking_of_its_arms_confirms_them():
    facts = facts_of("Interim Defence Minister Sadio Camara said Mali had bought helicopters from Russia.")
    supply = only(facts, "SUPPLIES")[0]
    assert (supply["subject"], supply["object"], supply["stance"]) == ("russia", "mali", "confirmed")
    assert supply["attributed_to"] == ["sadio-camara"]


def test_a_new_person_with_no_title_still_only_reports():
    facts = facts_of("Amadou Kone said Mali had bought helicopters from Russia.")
    assert only(facts, "SUPPLIES")[0]["stance"] == "reported"


def test_a_report_published_by_an_outlet_claiming_a_supply_is_the_outlets_report():
    facts = facts_of(
        "Sudan's army denied a report published by the New York Times claiming that Sudan has sent arms "
        "to Qatar."
    )
    supply = only(facts, "SUPPLIES")[0]
    assert (supply["stance"], supply["attributed_to"]) == ("reported", ["new-york-times"])
    assert [f["subject"] for f in only(facts, "DENIES")] == ["sudan-armed-forces"]


def test_a_ministry_receiving_arms_receives_them_for_its_state():
    facts = facts_of(
        "Ukraine's defence ministry said it had received the first batch of Bayraktar drones from Turkey."
    )
    supply = only(facts, "SUPPLIES")[0]
    assert (supply["subject"], supply["object"], supply["stance"]) == ("turkey", "ukraine", "confirmed")


def test_the_military_of_a_supplier_with_no_dateline_is_no_state_of_its_own():
    facts = facts_of("North Korea has delivered millions of shells to Russia, the military said.")
    supply = only(facts, "SUPPLIES")[0]
    assert supply["stance"] == "reported"
    assert not supply.get("attributed_to")


def test_no_arms_parachuted_in_a_quotation_is_never_a_positive_supply():
    facts = facts_of(
        "France supplied light arms to Libyan rebels. “No Milan anti-tank missiles have been parachuted "
        "to the rebels,” France's top military spokesman Thierry Burkhard said."
    )
    assert [f["stance"] for f in only(facts, "SUPPLIES")][1:] == ["reported"]
    assert [f["subject"] for f in only(facts, "DENIES")] == ["thierry-burkhard"]


def test_arms_arrived_from_a_state_arrived_in_the_speakers_state():
    facts = facts_of("Poland's Defence Ministry said 10 K2 tanks had arrived from South Korea.")
    supply = only(facts, "SUPPLIES")[0]
    assert (supply["subject"], supply["object"], supply["stance"]) == ("south-korea", "poland", "confirmed")


def test_arms_arrived_from_a_state_as_an_outlet_tells_arrive_nowhere_named():
    assert not only(facts_of("Ten K2 tanks have arrived from South Korea, Reuters reported."), "SUPPLIES")


def test_a_state_acknowledging_passive_exports_is_their_supplier():
    facts = facts_of('Turkey acknowledged that "hunting rifles" had been exported to Syria.')
    supply = only(facts, "SUPPLIES")[0]
    assert (supply["subject"], supply["object"], supply["stance"]) == ("turkey", "syria", "confirmed")


def test_an_official_denying_passive_exports_denies_his_states():
    facts = facts_of(
        '"No war weapons have been exported to Syria in 2013," Turkish Defence Minister Ismet Yilmaz said.'
    )
    assert [(f["subject"], f["object"], f["stance"]) for f in only(facts, "SUPPLIES")] == [
        ("turkey", "syria", "reported")
    ]
    assert [f["subject"] for f in only(facts, "DENIES")] == ["ismet-yilmaz"]


def test_a_speaker_telling_of_passive_deliveries_is_not_their_supplier():
    assert not only(facts_of("Kirby said drones had been delivered to Russia."), "SUPPLIES")


def test_no_permits_issued_for_an_export_deny_it():
    facts = facts_of(
        "Turkish Defence Minister Ismet Yilmaz said his ministry had not issued any permits for the export "
        "of military equipment to Syria."
    )
    assert all(f["stance"] in {"reported", "hypothetical"} for f in only(facts, "SUPPLIES"))


def test_an_admission_beside_a_denial_is_no_denial_inversion():
    from graph.facts import FactDocument
    from loaders.extract.scoring import score_documents

    quote = "Turkey denied arming the rebels in Syria, but admitted rifles had been exported to Syria."
    base = {"article": {"id": "a", "title": "t"}}
    gold = FactDocument.model_validate(
        {
            **base,
            "facts": [
                {
                    "id": "f1",
                    "predicate": "SUPPLIES",
                    "subject": "turkey",
                    "object": "syria",
                    "stance": "reported",
                    "quote": quote,
                },
                {
                    "id": "f2",
                    "predicate": "DENIES",
                    "subject": "turkey",
                    "claim": "f1",
                    "stance": "asserted",
                    "quote": quote,
                },
                {
                    "id": "f3",
                    "predicate": "SUPPLIES",
                    "subject": "turkey",
                    "object": "syria",
                    "stance": "confirmed",
                    "quote": quote,
                },
            ],
        }
    )
    found = FactDocument.model_validate({**base, "facts": [gold.facts[2].model_dump()]})
    assert score_documents([(gold, found)]).inversions == 0
    gold_denial_only = FactDocument.model_validate(
        {**base, "facts": [f.model_dump() for f in gold.facts[:2]]}
    )
    assert score_documents([(gold_denial_only, found)]).inversions == 1


def test_an_unnamed_ministry_never_confirms_what_its_sentence_denies():
    facts = facts_of(
        "Iran sent missiles to Russia. denies supplying ballistic missiles to Russia, the foreign ministry "
        "said on Monday."
    )
    assert all(f["stance"] != "confirmed" for f in only(facts, "SUPPLIES")[1:])


@pytest.mark.parametrize(
    "text",
    [
        "Earlier, the media agency Vecernje Novosti reported that London had sent Javelin missiles to Kosovo.",
        "London had sent Javelin missiles to Kosovo, Vecernje Novosti reported.",
    ],
)
def test_an_unknown_outlet_of_two_words_that_reports_is_the_source(text: str):
    (supply,) = only(facts_of(text), "SUPPLIES")
    assert (supply["stance"], supply["attributed_to"]) == ("reported", ["vecernje-novosti"])


def test_the_un_register_of_conventional_arms_reports_in_its_own_name():
    text = "According to the UN Register of Conventional Arms, Belarus sold 153 T-72 tanks to Azerbaijan."
    (supply,) = only(facts_of(text), "SUPPLIES")
    assert supply["attributed_to"] == ["un-register-of-conventional-arms"]


def test_an_unknown_outlet_named_with_newspaper_or_daily_is_a_source():
    facts = facts_of(
        "Le Figaro newspaper said France sent arms to Libyan rebels. "
        "The Hurriyet daily reported that Turkey shipped weapons to Syrian rebels."
    )
    assert [f["attributed_to"] for f in only(facts, "SUPPLIES")] == [["le-figaro"], ["hurriyet"]]


def test_a_ship_that_does_not_carry_a_states_arms_denies_their_supply():
    facts = facts_of("The ship does not carry Iranian weapons to Syria, Syria's foreign minister said.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("iran", "syria", "reported")
    assert [d["claim"] for d in only(facts, "DENIES")] == [supply["id"]]


@pytest.mark.parametrize(
    "sentence",
    ["The ship carried Iranian weapons to Syria.", "An Iranian cargo ship carried Iranian weapons to Syria."],
)
def test_a_ship_named_as_a_vessel_is_no_verb_of_supply(sentence: str):
    assert pairs(facts_of(sentence), "SUPPLIES") == {("iran", "syria")}


def test_a_system_flown_by_a_force_is_no_supply_from_it():
    facts = facts_of(
        "Kuwait's acquisition of the Super Hornet, which is already flown by the U.S. Navy, would help."
    )
    assert "united-states-navy" not in {f["subject"] for f in only(facts, "SUPPLIES")}


def test_a_force_inducting_arms_uses_them():
    facts = facts_of(
        'The Pakistan Air Force on Friday inducted six China-made fighter aircraft J-10C, also known as "vigorous dragon".'
    )
    assert pairs(facts, "USES") == {("pakistan-air-force", "j-10c")}


def test_commissioning_a_study_on_drones_uses_no_drones():
    assert not only(facts_of("The European Commission commissioned a study on drones."), "USES")
