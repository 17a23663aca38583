"""Discourse: a sentence that speaks again of a supply or a use the article named before, leaving
one or both of its parties out, is read with the parties of that earlier claim (sentences written
for these tests)."""

from __future__ import annotations

from tests.extracted import facts_of, only, pairs

DEAL = "Washington agreed in 2020 to sell 24 Apache helicopters to Morocco.\n\n"


def supplies_in(text: str, sentence: str) -> set[tuple[str, str]]:
    """(supplier, recipient) of the supplies quoted from ``sentence`` of ``text``."""
    return {(f["subject"], f["object"]) for f in only(facts_of(text), "SUPPLIES") if f["quote"] == sentence}


def test_arms_arriving_without_a_party_are_the_supply_the_article_named():
    said = "The first helicopters arrived last week, a ministry spokesman said."
    assert supplies_in(DEAL + said, said) == {("united-states", "morocco")}


def test_arms_received_as_a_participle_are_the_supply_named_before():
    text = DEAL + "The helicopters delivered on Tuesday will join the army's aviation wing."
    assert supplies_in(text, text.split("\n\n")[1]) == {("united-states", "morocco")}


def test_a_recipient_counting_them_received_them_from_the_supplier_named_before():
    text = DEAL + "Rabat has received six of them so far."
    assert supplies_in(text, "Rabat has received six of them so far.") == {("united-states", "morocco")}


def test_a_definite_supply_noun_opening_its_clause_is_the_supply_named_before():
    text = DEAL + "The sale comes as tensions with Algeria rise."
    assert supplies_in(text, "The sale comes as tensions with Algeria rise.") == {
        ("united-states", "morocco")
    }


def test_an_official_telling_of_arrivals_does_not_make_their_own_state_the_recipient():
    text = DEAL + "A US diplomat in Rabat also confirmed that the helicopters had arrived."
    assert pairs(facts_of(text), "SUPPLIES") == {("united-states", "morocco")}


def test_a_sentence_that_comes_before_the_supply_is_named_is_read_again_after_it():
    text = "The jets landed after a long delay. Officials confirmed the jets had arrived.\n\n" + (
        "Egypt bought 30 Rafale jets from France in 2021."
    )
    assert supplies_in(text, "Officials confirmed the jets had arrived.") == {("france", "egypt")}


def test_arms_that_have_not_arrived_state_no_supply_and_deny_nothing():
    text = DEAL + "The helicopters have not arrived yet."
    facts = [f for f in facts_of(text) if f["quote"] == "The helicopters have not arrived yet."]
    assert facts == []


def test_a_named_recipient_must_be_the_recipient_of_the_claim_it_resumes():
    text = DEAL + "Algeria has received six of them so far."
    assert supplies_in(text, "Algeria has received six of them so far.") == set()


def test_production_parades_and_tests_of_the_arms_are_not_supplies():
    text = DEAL + (
        "The helicopters are produced in Arizona. The helicopters were shown at a parade on Sunday. "
        "The army tested the missiles last week."
    )
    assert pairs(facts_of(text), "SUPPLIES") == {("united-states", "morocco")}
    assert len(only(facts_of(text), "SUPPLIES")) == 1


def test_them_after_give_is_who_receives_not_the_arms_named_before():
    text = DEAL + "We have no spare weapons to give them, the Moroccan minister said."
    assert supplies_in(text, "We have no spare weapons to give them, the Moroccan minister said.") == set()


def test_weapons_fired_without_a_user_are_used_by_whoever_launched_them_before():
    text = (
        "Russian forces launched 40 Shahed drones at Ukraine overnight, Kyiv said.\n\n"
        "The air force said the Shahed-136 drones had been fired at power plants."
    )
    uses = only(facts_of(text), "USES")
    assert ("russia-armed-forces", "shahed-136") in {(f["subject"], f["object"]) for f in uses}


def test_launched_by_an_invading_force_names_the_force():
    text = "Ukraine said 30 Shahed drones launched by invading Russian forces were destroyed."
    assert pairs(facts_of(text), "USES") == {("russia-armed-forces", "shahed-drones")}


def test_the_shooter_of_hyphen_launched_drones_uses_nothing_the_launcher_does():
    text = "Ukrainian gunners shot down 25 Russian-launched drones near Odesa."
    assert pairs(facts_of(text), "USES") == {("russia", "drone")}


def test_a_counted_weapon_that_strikes_is_used_by_the_launcher_named_before():
    text = (
        "Russian forces launched 40 Shahed drones at Ukraine overnight.\n\n"
        "One drone was reported to have struck a school in Odesa."
    )
    quoted = [f for f in only(facts_of(text), "USES") if f["quote"].startswith("One drone")]
    assert [(f["subject"], f["stance"]) for f in quoted] == [("russia-armed-forces", "reported")]


def test_a_counted_weapon_that_strikes_with_no_launcher_named_has_no_user():
    assert only(facts_of("Two missiles hit the port of Odesa on Monday."), "USES") == []


def test_weapons_that_were_hit_are_not_striking():
    text = "Russian forces launched 40 Shahed drones at Ukraine.\n\nTwo drones were hit by gunfire."
    assert [f for f in only(facts_of(text), "USES") if f["quote"].startswith("Two")] == []


def test_arms_arriving_from_a_new_supplier_go_where_the_article_has_such_arms_arriving():
    text = (
        "Six F-16 jets have arrived in Ukraine from the Netherlands, officials said.\n\n"
        "More jets are expected to arrive soon from Norway."
    )
    assert supplies_in(text, "More jets are expected to arrive soon from Norway.") == {("norway", "ukraine")}


def test_arms_from_a_new_supplier_go_nowhere_when_the_article_has_two_recipients():
    text = (
        "France delivered Rafale jets to Egypt last year. It also sold Rafale jets to India.\n\n"
        "More jets are expected to arrive soon from Sweden."
    )
    assert supplies_in(text, "More jets are expected to arrive soon from Sweden.") == set()


def test_a_delivery_not_yet_confirmed_is_told_of_not_confirmed():
    text = DEAL + "Washington has not yet confirmed the delivery."
    (fact,) = [f for f in facts_of(text) if f["quote"] == "Washington has not yet confirmed the delivery."]
    assert (fact["predicate"], fact["stance"], fact.get("attributed_to") or []) == (
        "SUPPLIES",
        "reported",
        [],
    )
    assert only(facts_of(text), "CONFIRMS") == []


def test_weapons_used_without_a_user_are_the_sole_recipients_when_of_no_named_origin():
    text = (
        "Navies have seized many shipments of weapons from Iran to the Houthis.\n\n"
        "The anti-ship missiles used in the attacks need trained crews. "
        "Russian missiles used in other strikes were older."
    )
    assert pairs(facts_of(text), "USES") == {("houthis", "anti-ship-missile")}


def test_a_supply_noun_after_if_is_the_supply_named_before_and_hypothetical():
    text = "Officials say Iran has sent drones to Russia.\n\nSanctions would follow if the deliveries were confirmed."
    quoted = [f for f in only(facts_of(text), "SUPPLIES") if f["quote"].startswith("Sanctions")]
    assert [(f["subject"], f["object"], f["stance"]) for f in quoted] == [("iran", "russia", "hypothetical")]


def test_contributing_arms_to_a_state_supplies_it_but_contributing_to_a_campaign_does_not():
    facts = facts_of(
        "Spain will also be contributing Leopard 2 tanks to Ukraine. "
        "Italy and its Tornado jets are also contributing to the air campaign."
    )
    assert pairs(facts, "SUPPLIES") == {("spain", "ukraine")}


def test_intercepted_shipments_quoted_as_a_subject_are_the_shipments_named_before():
    text = (
        "Navies have seized many shipments of weapons from Iran to the Houthis.\n\n"
        "The seized shipments “held cruise missiles and radars,” the admiral said."
    )
    quoted = [f for f in only(facts_of(text), "SUPPLIES") if f["quote"].startswith("The seized")]
    assert [(f["subject"], f["object"]) for f in quoted] == [("iran", "houthis")]


def test_aircraft_landing_as_a_batch_are_delivered_but_a_drone_landing_is_not():
    facts = facts_of(
        "Six US F-15 jets landed in Qatar on Monday, the first batch of 36, the ministry said. "
        "An Iranian drone landed in a field near Kyiv."
    )
    assert pairs(facts, "SUPPLIES") == {("united-states", "qatar")}


def test_securing_arms_from_a_state_receives_them_but_securing_a_border_does_not():
    facts = facts_of(
        "Moscow is working to secure ballistic missiles from Iran. "
        "Troops secured the border with Iran using tanks."
    )
    assert pairs(facts, "SUPPLIES") == {("iran", "russia")}


def test_a_supply_noun_whose_verb_is_future_is_hypothetical():
    text = DEAL + 'The minister wrote that "the delivery of the last helicopters will take place in May".'
    quoted = [f for f in only(facts_of(text), "SUPPLIES") if f["quote"].startswith("The minister")]
    assert [(f["subject"], f["object"], f["stance"]) for f in quoted] == [
        ("united-states", "morocco", "hypothetical")
    ]


def test_helicopters_of_the_supplier_make_opening_fire_are_used_by_the_recipient():
    text = (
        "Russia sold Mi-35 helicopters to Myanmar in 2019.\n\n"
        "Villagers said Russian-made Mi-35 helicopters opened fire on a school. "
        "Chinese-made helicopters opened fire on a market."
    )
    uses = only(facts_of(text), "USES")
    assert [(f["subject"], f["object"], f["stance"]) for f in uses] == [("myanmar", "mi-35", "reported")]


def test_arms_put_into_use_by_a_force_are_used_by_it():
    text = "Turkey delivered 20 Bayraktar TB2 drones to Ukraine.\n\nThe drones have been put into use by the Ukrainian Air Force."
    assert ("ukraine-air-force", "bayraktar-tb2") in pairs(facts_of(text), "USES")


def test_utilizing_weapons_is_using_them():
    assert pairs(facts_of("Sudan said the RSF is utilizing UAE-made drones."), "USES") == {("rsf", "drone")}


def test_a_denial_of_the_sale_denies_the_supply_the_sentence_just_reported():
    said = (
        "U.S. officials said Russia received its first shipment of the Iran-made drones in May, "
        "though Tehran has denied the drones sale."
    )
    before = (
        "Kyiv says it downed an Iranian drone that Russia had just bought. "
        "Debris of the Shahed-136 drone lay near Izium.\n\n"
    )
    facts = [f for f in facts_of(before + said) if f["quote"] == said]
    (supply,) = only(facts, "SUPPLIES")
    (denial,) = only(facts, "DENIES")
    assert (supply["subject"], supply["object"], supply["attributed_to"]) == (
        "iran",
        "russia",
        ["united-states"],
    )
    assert (denial["subject"], denial["claim"]) == ("iran", supply["id"])


def test_this_system_after_one_weapon_system_is_that_system():
    named = "Germany handed the first IRIS-T SLM to Ukraine on Tuesday.\n\n"
    said = "Chancellor Olaf Scholz had pledged to provide this system to Ukraine in June."
    (supply,) = [f for f in only(facts_of(named + said), "SUPPLIES") if f["quote"] == said]
    assert (supply["subject"], supply["object"], supply["weapons"]) == ("germany", "ukraine", ["iris-t-slm"])


def test_the_system_is_no_weapon_when_the_article_named_two_before_it():
    named = "Germany handed an IRIS-T SLM and a Gepard to Ukraine on Tuesday.\n\n"
    said = "Chancellor Olaf Scholz had pledged to provide the system to Kyiv in June."
    assert not [f for f in only(facts_of(named + said), "SUPPLIES") if f["quote"] == said]


def test_a_sentence_naming_the_arms_of_a_supply_told_before_with_a_deal_word_tells_it_again():
    facts = facts_of(
        "Egypt ordered 30 Rafale jets from France in May.\n\nThe Rafale deal was signed on Monday in Cairo."
    )
    again = [f for f in facts if f["predicate"] == "SUPPLIES" and f["quote"].startswith("The Rafale deal")]
    assert [(f["subject"], f["object"], f["weapons"]) for f in again] == [("france", "egypt", ["rafale"])]


def test_a_supply_told_before_is_not_told_again_by_a_sentence_of_refusal():
    facts = facts_of(
        "Egypt ordered 30 Rafale jets from France in May.\n\nThe Rafale deal will not be signed this year."
    )
    assert [f["quote"] for f in facts if f["predicate"] == "SUPPLIES"] == [
        "Egypt ordered 30 Rafale jets from France in May."
    ]


def test_a_supply_told_before_is_not_told_again_where_the_arms_go_with_another_party():
    ordered = "Egypt ordered 30 Rafale jets from France in May.\n\n"
    with_qatar = "A second Rafale purchase was later discussed with Qatar."
    in_cairo = "A second Rafale purchase was later discussed in Cairo."
    assert supplies_in(ordered + with_qatar, with_qatar) == set()
    assert supplies_in(ordered + in_cairo, in_cairo) == {("france", "egypt")}


def test_arms_of_another_maker_do_not_tell_a_supply_again():
    text = (
        "China has sold Ethiopia ammunition, officials said.\n\n"
        "For the Eritreans, cargo planes loaded with Bulgarian-made rifles and ammunition have arrived in the last week."
    )
    assert supplies_in(text, text.split("\n\n")[1]) != {("china", "ethiopia")}
