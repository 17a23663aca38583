"""The extractor on stories beyond the usual axis: rebels armed by neighbours, second-hand and
surplus sales between smaller states, training missions, deliveries announced by recipients
(issue 7m). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from loaders.extract import extract_text
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


# --- rebels backed by a neighbour -------------------------------------------------


def test_accusing_a_state_of_backing_an_armed_group_reports_that_it_arms_the_group():
    facts = facts_of("Kenya accused Eritrea of backing al-Shabaab.")
    assert pairs(facts, "SUPPLIES") == {("eritrea", "al-shabaab")}
    assert only(facts, "SUPPLIES")[0]["stance"] == "reported"
    assert only(facts, "SUPPLIES")[0]["attributed_to"] == ["kenya"]


def test_a_state_saying_a_neighbour_supports_a_group_reports_the_support_as_arming():
    facts = facts_of("Kinshasa says Kigali is supporting the M23 rebels.")
    assert pairs(facts, "SUPPLIES") == {("rwanda", "m23")}


def test_denying_backing_an_armed_group_is_a_denied_supply():
    facts = facts_of("Eritrea denied backing al-Shabaab.")
    assert pairs(facts, "SUPPLIES") == {("eritrea", "al-shabaab")}
    assert [(f["subject"], f["claim"]) for f in only(facts, "DENIES")] == [("eritrea", "f1")]


def test_backing_a_group_in_the_writers_own_voice_is_no_arms_supply():
    facts = facts_of("Qatar has openly backed the Taliban in talks, but has always denied arming them.")
    denied = {f["claim"] for f in only(facts, "DENIES")}
    assert all(f["id"] in denied for f in only(facts, "SUPPLIES"))  # only the arming it denies


def test_backing_a_state_is_no_arms_supply_even_when_reported():
    facts = facts_of("Hungary said it backs Serbia in the talks.")
    assert not only(facts, "SUPPLIES")


def test_unnamed_rebels_armed_against_a_complaining_state_are_its_rebels():
    facts = facts_of("Chad accused Sudan of arming the rebels behind Sunday's raids in the east.")
    assert pairs(facts, "SUPPLIES") == {("sudan", "chadian-rebels")}


def test_unnamed_rebels_need_a_complaining_state():
    facts = facts_of("Sudan denied arming the rebels.")
    assert not only(facts, "SUPPLIES")


# --- parties these stories name ----------------------------------------------------


def test_kosovo_is_a_state_though_the_iso_tables_leave_it_out():
    facts = facts_of("Turkey has delivered armed drones to Kosovo, Pristina said on Monday.")
    assert pairs(facts, "SUPPLIES") == {("turkey", "kosovo")}


def test_militias_of_african_wars_are_armed_groups_of_their_state():
    facts = facts_of("Chad charged that Khartoum is arming the Janjaweed militias.")
    assert pairs(facts, "SUPPLIES") == {("sudan", "janjaweed")}


def test_a_rebel_movement_named_with_for_and_and_is_one_name():
    facts = facts_of("The Movement for Justice and Democracy in Chad denies it has received arms from Libya.")
    assert pairs(facts, "SUPPLIES") == {("libya", "movement-for-justice-and-democracy")}


def test_a_group_a_state_backs_in_someones_charge_is_armed_by_that_state():
    facts = facts_of("Kinshasa, for its part, charges that Rwandan-backed M23 fighters shelled the town.")
    assert pairs(facts, "SUPPLIES") == {("rwanda", "m23")}
    assert only(facts, "SUPPLIES")[0]["attributed_to"] == ["dr-congo"]


def test_a_backed_group_in_the_writers_own_words_is_no_supply_claim():
    facts = facts_of("The Iran-backed Houthis fired two missiles at a tanker on Monday.")
    assert not only(facts, "SUPPLIES")


def test_a_denial_of_this_after_a_charge_denies_the_backing():
    facts = facts_of(
        "Bamako charges that Algerian-backed MNLA fighters attacked the base. Algeria has denied this."
    )
    assert pairs(facts, "SUPPLIES") == {("algeria", "mnla")}
    assert [f["subject"] for f in only(facts, "DENIES")] == ["algeria"]


def test_the_argentine_and_philippine_demonyms_name_their_states():
    facts = facts_of(
        "Israel sold Kfir jets to the Argentine government. Seoul sold drones to the Philippine government."
    )
    assert pairs(facts, "SUPPLIES") == {("israel", "argentina"), ("south-korea", "philippines")}


def test_drc_car_and_azeri_name_their_states():
    facts = facts_of(
        "Russia sent helicopters to the DRC and to CAR. Israel sold drones to the Azeri government."
    )
    assert pairs(facts, "SUPPLIES") >= {("russia", "dr-congo"), ("israel", "azerbaijan")}


def test_a_states_territory_is_where_a_weapon_lands_not_a_party():
    facts = facts_of("The Houthis fired ballistic missiles into Saudi territory, Riyadh said.")
    assert not [f for f in facts if f.get("object") == "saudi-arabia" and f["predicate"] == "SUPPLIES"]


# --- training missions --------------------------------------------------------------


def test_officers_in_a_state_for_training_are_trained_by_that_state():
    facts = facts_of("Malian officers have been in Russia for training.")
    assert pairs(facts, "TRAINS") == {("russia", "mali-armed-forces")}


def test_soldiers_training_in_a_state_are_trained_by_it():
    facts = facts_of("Kenyan pilots are training in Britain.")
    assert pairs(facts, "TRAINS") == {("united-kingdom", "kenya")}


def test_a_foreign_academy_in_a_state_trains_that_states_soldiers():
    facts = facts_of("About 1,300 soldiers were trained at a Turkish academy in Somalia, the ministry said.")
    assert pairs(facts, "TRAINS") == {("turkey", "somalia")}


def test_state_trained_soldiers_are_trained_by_that_state():
    facts = facts_of("Mali's army said its Russia-trained soldiers have been deployed in the north.")
    assert pairs(facts, "TRAINS") == {("russia", "mali-armed-forces")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Somali soldiers received training from Britain.",
        "Somali commandos completed ten months of military training by British instructors.",
        "Somali soldiers have started training with the British army.",
    ],
)
def test_training_soldiers_received_from_or_completed_with_a_state_is_its_training(sentence):
    trainers = {
        f["subject"] for f in only(facts_of(sentence), "TRAINS") if f["object"] == "somalia-armed-forces"
    }
    assert trainers <= {"united-kingdom", "united-kingdom-armed-forces"} and trainers


def test_soldiers_training_in_their_own_capital_name_no_trainer():
    assert not only(facts_of("Over 1000 Somali commandos complete military training in Mogadishu."), "TRAINS")


def test_sending_officers_to_a_state_for_training_is_training_by_it():
    facts = facts_of("India will send officers to Russia for training.")
    assert pairs(facts, "TRAINS") == {("russia", "india")}
    assert only(facts, "TRAINS")[0]["stance"] == "hypothetical"


def test_our_soldiers_trained_abroad_are_the_speakers_and_a_minister_named_by_title_first_is_of_that_state():
    facts = facts_of(
        "The defence minister of Chad said the army is ready. "
        "“Our soldiers have been trained in France,” minister Daoud Yaya told Reuters."
    )
    trains = only(facts, "TRAINS")
    assert [(f["subject"], f["object"], f["stance"]) for f in trains] == [("france", "chad", "confirmed")]
    assert trains[0]["attributed_to"] == ["daoud-yaya"]


def test_a_minister_telling_a_states_news_agency_is_not_of_that_state():
    doc = extract_text(
        "“Soldiers were trained at a Russian centre in Mali,” minister Ali Kone told Russia's RIA Novosti.",
        article_id="t",
    )
    assert {(f.subject, f.object) for f in doc.facts if f.predicate.value == "TRAINS"} == {
        ("russia", "mali-armed-forces")
    }
    assert next(e for e in doc.entities if e.id == "ali-kone").country != "russia"


# --- combat use -----------------------------------------------------------------------


def test_the_target_of_a_strike_is_never_the_user_of_the_weapon_it_was_hit_with():
    facts = facts_of("The jets took out Indian Army bunkers on the ridge using laser-guided bombs.")
    assert not only(facts, "USES")


def test_a_state_hitting_positions_using_a_weapon_uses_it():
    facts = facts_of("Azerbaijan hit Armenian positions using Turkish drones.")
    assert pairs(facts, "USES") == {("azerbaijan", "drone")}


def test_an_attack_by_the_rebels_is_by_the_rebels_the_article_has_armed():
    facts = facts_of(
        "Chad accuses Sudan of arming the rebels. "
        "A failed missile attack by the rebels on a French plane is proof of it, the minister says."
    )
    assert pairs(facts, "USES") == {("chadian-rebels", "missile")}


def test_a_failed_attack_is_no_hypothetical_but_failing_to_deliver_is():
    facts = facts_of(
        "The minister says a failed attack by the rebels is proof Khartoum is providing arms to the Houthis."
    )
    assert only(facts, "SUPPLIES")[0]["stance"] == "reported"
    facts = facts_of("Russia failed to deliver the jets to India.")
    assert only(facts, "SUPPLIES")[0]["stance"] == "hypothetical"


def test_the_rebels_denied_backing_are_the_group_the_article_named():
    facts = facts_of("M23 fighters seized the town on Monday. Rwanda denied backing the rebels.")
    assert pairs(facts, "SUPPLIES") == {("rwanda", "m23")}


def test_rebels_a_state_is_said_to_back_are_never_its_own():
    facts = facts_of(
        "Chad accuses Sudan of arming the rebels. The Sudanese have claimed Chad is backing rebels in the west."
    )
    assert ("chad", "chadian-rebels") not in pairs(facts, "SUPPLIES")


def test_instructors_in_a_state_training_the_army_train_that_states_forces():
    facts = facts_of("Russian military instructors are in Mali to train the army.")
    assert pairs(facts, "TRAINS") == {("russia", "mali-armed-forces")}


def test_a_states_military_advisers_training_soldiers_is_the_state_training():
    facts = facts_of("About two dozen US military advisers are training Taiwanese soldiers.")
    assert pairs(facts, "TRAINS") == {("united-states", "taiwan-armed-forces")}


# --- deals, purchases and second-hand sales ---------------------------------------------


def test_paying_for_a_named_system_is_buying_it_from_its_maker():
    facts = facts_of("Hanoi paid $375 million for three batteries of BrahMos missiles.")
    assert pairs(facts, "SUPPLIES") == {("india", "vietnam")}


def test_paying_for_anything_but_arms_is_no_purchase():
    facts = facts_of("Iraq paid Iran for electricity and gas last year.")
    assert not only(facts, "SUPPLIES")


def test_a_national_air_force_named_by_its_demonym_is_a_body_of_its_state():
    facts = facts_of("The Argentine Air Force will receive 24 used F-16s from Denmark.")
    assert pairs(facts, "SUPPLIES") == {("denmark", "argentina-air-force")}
    assert only(facts, "SUPPLIES")[0]["stance"] == "hypothetical"


def test_a_states_jets_shooting_down_anothers_are_used_against_it():
    facts = facts_of("Pakistani J-10C jets shot down three Indian Rafales on Wednesday.")
    uses = only(facts, "USES")
    assert [(f["subject"], f["object"], f["against"]) for f in uses] == [("pakistan", "j-10c", ["india"])]


def test_shooting_down_a_drone_with_a_missile_uses_the_missile_not_the_drone():
    facts = facts_of("Houthi rebels shot down a US MQ-9 Reaper drone with an Iranian-made missile.")
    assert pairs(facts, "USES") == {("houthis", "missile")}


def test_shooting_down_drones_is_no_use_of_them():
    facts = facts_of("Ukraine shot down 20 Shahed drones overnight.")
    assert not only(facts, "USES")


def test_receiving_arms_donated_by_a_state_is_a_supply_by_it():
    facts = facts_of("Bolivia's army received 20 armoured vehicles donated by China.")
    assert pairs(facts, "SUPPLIES") == {("china", "bolivia-armed-forces")}


def test_an_arms_maker_signing_a_contract_with_a_force_for_aircraft_sells_them():
    facts = facts_of("Embraer signed a contract with the Nigerian Air Force for six attack aircraft.")
    assert pairs(facts, "SUPPLIES") == {("embraer", "nigeria-air-force")}


def test_a_state_contracting_a_maker_for_a_system_of_the_makers_state_buys_from_the_maker():
    facts = facts_of("Poland signed a contract with Boeing for 96 Apache helicopters.")
    assert pairs(facts, "SUPPLIES") == {("boeing", "poland")}


def test_a_makers_contract_for_anything_but_arms_is_no_supply():
    facts = facts_of("Boeing signed a contract with Poland to maintain its airliners.")
    assert not only(facts, "SUPPLIES")


def test_a_force_inducting_jets_of_a_foreign_make_is_supplied_by_the_makers_state():
    facts = facts_of("The Indonesian Air Force inducted the first six Rafale jets on Monday.")
    assert pairs(facts, "SUPPLIES") == {("france", "indonesia-air-force")}


def test_commissioning_a_study_is_no_arms_receipt():
    facts = facts_of("The ministry commissioned a study on the war in Sudan.")
    assert not only(facts, "SUPPLIES")


def test_second_hand_patrol_vessels_of_a_former_owner_are_supplied_by_it():
    facts = facts_of("Uruguay received two ex-Portuguese patrol vessels in 2023.")
    assert pairs(facts, "SUPPLIES") == {("portugal", "uruguay")}
    assert only(facts, "SUPPLIES")[0]["weapons"] == ["patrol-vessel"]


def test_no_state_supplies_its_own_air_force():
    facts = facts_of(
        "China delivered J-10C jets to Pakistan. The Pakistan Air Force commissioned the jets in March."
    )
    assert ("pakistan", "pakistan-air-force") not in pairs(facts, "SUPPLIES")


# --- statements -------------------------------------------------------------------------


def test_a_denial_before_but_diplomats_say_stays_the_deniers_own():
    facts = facts_of("Rwanda has denied supporting M23 rebels, but diplomats say the denial rings hollow.")
    denials = only(facts, "DENIES")
    assert [(f["subject"], f["stance"]) for f in denials] == [("rwanda", "asserted")]


def test_approving_the_transfer_of_another_states_jets_is_a_supply_by_their_owner():
    facts = facts_of("Washington approved the transfer of Norwegian F-16s to Romania.")
    assert pairs(facts, "SUPPLIES") == {("norway", "romania")}


def test_approving_the_sale_of_its_own_states_jets_is_the_approvers_supply():
    facts = facts_of("Washington approved the sale of American F-16s to Argentina.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "argentina")}


def test_the_first_foreign_buyer_of_a_system_buys_from_the_state_that_makes_it():
    facts = facts_of("Indonesia became the first foreign buyer of the BrahMos missile.")
    assert pairs(facts, "SUPPLIES") == {("india", "indonesia")}


def test_a_contingent_of_a_states_troops_training_forces_there_is_the_state_training():
    facts = facts_of(
        "A contingent of US special operations troops is operating in Taiwan to train military forces there."
    )
    assert pairs(facts, "TRAINS") == {("united-states", "taiwan-armed-forces")}


def test_advisers_sent_to_a_state_to_train_its_army_train_that_states_forces():
    facts = facts_of("Russia has sent military advisers to Mali to train its army.")
    assert pairs(facts, "TRAINS") == {("russia", "mali-armed-forces")}


def test_a_state_training_its_own_army_abroad_trains_no_one_else():
    facts = facts_of("Russia is training its army in Belarus.")
    assert not only(facts, "TRAINS")


def test_a_receiving_states_ministry_confirming_a_delivery_confirms_receiving_it():
    facts = facts_of(
        "India agreed to sell BrahMos missiles to Vietnam. "
        "The Vietnamese defence ministry confirmed the delivery of the BrahMos missiles on Friday."
    )
    confirmed = [f for f in only(facts, "SUPPLIES") if f["stance"] == "confirmed"]
    assert [(f["subject"], f["object"]) for f in confirmed] == [("india", "vietnam")]


def test_a_ministry_confirming_a_delivery_of_foreign_made_jets_is_not_made_their_recipient_unprompted():
    facts = facts_of("The Dutch defence ministry confirmed the delivery of F-16 jets.")
    assert ("united-states", "netherlands") not in pairs(facts, "SUPPLIES")


def test_used_jets_are_second_hand_jets_not_a_use_of_them():
    facts = facts_of("Argentina bought 24 used F-16 jets from Denmark.")
    assert pairs(facts, "SUPPLIES") == {("denmark", "argentina")}
    assert not only(facts, "USES")


def test_a_state_that_used_drones_uses_them():
    facts = facts_of("Russia used Iranian drones against Ukraine.")
    assert pairs(facts, "USES") == {("russia", "drone")}


def test_deploying_drones_against_a_group_is_using_them_against_it():
    facts = facts_of("Sudan's army has deployed Iranian-made Mohajer-6 drones against the RSF in Khartoum.")
    uses = only(facts, "USES")
    assert [(f["subject"], f["object"], f["against"]) for f in uses] == [
        ("sudan-armed-forces", "mohajer-6", ["rsf"])
    ]


def test_deploying_missiles_along_a_border_is_no_use():
    facts = facts_of("India deployed BrahMos missiles along the border.")
    assert not only(facts, "USES")
    assert pairs(facts, "DEPLOYS") == {("india", "brahmos")}


def test_flying_weapons_to_a_group_supplies_it():
    facts = facts_of("The UAE has been flying weapons to the RSF via Chad, UN experts said.")
    assert pairs(facts, "SUPPLIES") == {("united-arab-emirates", "rsf")}


def test_flying_jets_against_drones_is_no_supply():
    facts = facts_of("Ukraine is flying F-16s against Russian drones.")
    assert not only(facts, "SUPPLIES")


def test_soldiers_trained_at_a_foreign_base_named_first_are_of_the_state_it_stands_in():
    facts = facts_of("At the Turkish base in Mogadishu, soldiers were trained for months.")
    assert pairs(facts, "TRAINS") == {("turkey", "somalia")}


def test_soldiers_instructed_at_a_states_centre_are_those_the_article_has_it_training():
    facts = facts_of(
        "Russia has trained Malian soldiers since 2021. "
        "At the Russian centre near Bamako, soldiers were instructed in new tactics, the minister said."
    )
    assert [(f["subject"], f["object"]) for f in only(facts, "TRAINS")] == [
        ("russia", "mali-armed-forces"),
        ("russia", "mali-armed-forces"),
    ]


def test_instructing_someone_to_act_is_an_order_not_training():
    assert not only(
        facts_of("Syria instructed its research centre to procure more weapons from North Korea."), "TRAINS"
    )
    facts = facts_of("Russian officers instructed Malian soldiers in how to fire the mortars.")
    assert pairs(facts, "TRAINS") == {("russia", "mali-armed-forces")}


def test_training_aircraft_and_training_purposes_are_no_training_given():
    for text in [
        "China sold ten training aircraft to Sudan.",
        "The US sent F-16s to Taiwan for training purposes.",
    ]:
        facts = facts_of(text)
        assert only(facts, "SUPPLIES") and not only(facts, "TRAINS"), text


def test_a_road_or_strait_named_after_a_state_is_a_place_not_a_party():
    facts = facts_of("The Burma Road was a supply line for Allied materiel shipped into China.")
    assert not only(facts, "SUPPLIES")


def test_training_their_pilots_trains_the_pilots_state():
    facts = facts_of(
        "France would transfer Mirage 2000-5 aircraft to Ukraine and train their Ukrainian pilots."
    )
    assert pairs(facts, "TRAINS") == {("france", "ukraine")}


def test_says_a_report_from_a_research_group_attributes_the_claim_to_the_group():
    facts = facts_of(
        "Sudan has supplied weapons and ammunition to rebels fighting South Sudan's government, "
        "says a report from the Small Arms Survey."
    )
    supplies = only(facts, "SUPPLIES")
    assert [(f["subject"], f["object"], f["attributed_to"]) for f in supplies] == [
        ("sudan", "south-sudan-rebels", ["small-arms-survey"])
    ]


def test_the_un_group_of_experts_is_one_body_the_one_on_the_state_the_story_is_about():
    facts = facts_of("According to the UN Group of Experts, Rwanda has provided the M23 with weapons.")
    assert only(facts, "SUPPLIES")[0]["attributed_to"] == ["un-panel-of-experts-on-drc"]


def test_providing_training_to_a_group_trains_it():
    facts = facts_of(
        "Burundi's president accused Rwanda of providing financial support and training to RED-Tabara."
    )
    assert pairs(facts, "TRAINS") == {("rwanda", "red-tabara")}


def test_the_island_nation_a_state_delivers_to_is_the_one_named_before():
    facts = facts_of(
        "India signed a deal with Indonesia in 2022. India delivered BrahMos missiles to the island nation on Friday."
    )
    assert ("india", "indonesia") in pairs(facts, "SUPPLIES")


def test_the_balkan_state_and_the_west_african_nation_are_the_states_named_before():
    facts = facts_of(
        "Turkey has close ties with Kosovo. Ankara delivered drones to the Balkan state last week."
    )
    assert pairs(facts, "SUPPLIES") == {("turkey", "kosovo")}
    facts = facts_of("Russia courted Mali. Moscow delivered helicopters to the West African nation.")
    assert pairs(facts, "SUPPLIES") == {("russia", "mali")}


def test_a_ministry_saying_foreign_troops_train_its_forces_confirms_they_are_trained():
    facts = facts_of("Taiwan's defence ministry said US troops were training its forces.")
    trains = only(facts, "TRAINS")
    assert [(f["subject"], f["object"], f["stance"]) for f in trains] == [
        ("united-states", "taiwan-armed-forces", "confirmed")
    ]


def test_its_forces_said_by_the_trainers_own_side_name_no_trainee():
    facts = facts_of("The Pentagon said US troops were training its forces.")
    assert not only(facts, "TRAINS")


def test_civilians_training_abroad_are_no_military_training():
    facts = facts_of("A group of Russian tourists trained in Egypt for the marathon.")
    assert not only(facts, "TRAINS")


def test_military_support_for_a_group_is_a_supply_and_political_support_is_not():
    facts = facts_of("Saudi Arabia condemned Iran's military support for the Houthis.")
    assert pairs(facts, "SUPPLIES") == {("iran", "houthis")}
    facts = facts_of("Iran's political support for the Houthis is no secret.")
    assert not only(facts, "SUPPLIES")


def test_forces_named_by_their_own_acronym_are_their_states_forces():
    facts = facts_of("The FARDC has been using Chinese CH-4 drones against M23.")
    assert pairs(facts, "USES") == {("dr-congo-armed-forces", "ch-4")}
    facts = facts_of("Turkey delivered drones to the KSF.")
    assert pairs(facts, "SUPPLIES") == {("turkey", "kosovo-security-force")}


def test_a_foreign_made_jet_shooting_down_aircraft_is_used_by_the_state_the_article_has_receiving_it():
    facts = facts_of(
        "China delivered J-10 jets to Pakistan in 2022. "
        "A Chinese-made J-10 fighter jet shot down two Indian military aircraft, two US officials said."
    )
    assert pairs(facts, "USES") == {("pakistan", "j-10")}


def test_a_maker_is_never_the_user_of_jets_that_shot_something_down():
    facts = facts_of("Chinese-made jets shot down two Indian jets.")
    assert not only(facts, "USES")


def test_instructors_sent_to_assist_an_army_with_training_train_it():
    facts = facts_of(
        "A Turkish transport plane has flown a team of officers and equipment to Mogadishu "
        "to assist the Somali army with counterterrorism training."
    )
    assert pairs(facts, "TRAINS") == {("turkey", "somalia-armed-forces")}


def test_arms_made_in_a_state_and_seized_by_a_navy_are_made_by_that_state_not_the_navy():
    facts = facts_of(
        "The Royal Navy seized a dhow carrying thousands of rifles believed to have been manufactured in Iran."
    )
    assert {(f["subject"], f["object"]) for f in only(facts, "PRODUCES")} == {("iran", "small-arms")}


def test_officers_trained_with_a_states_support_are_trained_by_it():
    facts = facts_of("A new batch of Malian officers was trained with the support of Russia last year.")
    assert pairs(facts, "TRAINS") == {("russia", "mali-armed-forces")}


def test_training_members_of_an_army_trains_that_army():
    facts = facts_of("Turkish instructors train members of the Somali army in Mogadishu.")
    assert pairs(facts, "TRAINS") == {("turkey", "somalia-armed-forces")}


def test_arms_made_in_a_state_are_produced_there_but_making_a_deal_produces_nothing():
    facts = facts_of("The drones that hit Kyiv were made in Iran.")
    assert {(f["subject"], f["object"]) for f in only(facts, "PRODUCES")} == {("iran", "drone")}
    assert not only(facts_of("Iran made a deal with Russia last year."), "PRODUCES")


def test_a_state_named_as_the_region_someone_is_in_does_not_deny_for_them():
    facts = facts_of(
        "Iran supplied rockets to Hezbollah, the report said.\n\n"
        "Hezbollah's senior political officer in south Lebanon rejected the report as baseless."
    )
    assert "lebanon" not in {f["subject"] for f in only(facts, "DENIES")}
