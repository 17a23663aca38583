"""The shipped gazetteer resolves names, aliases, demonyms and metonyms to stable ids."""

from __future__ import annotations

import pycountry

from graph.gazetteer import Gazetteer
from graph.ontology import SLUG_PATTERN, EntityType


def ids(name: str) -> list[str]:
    return [e.id for e in Gazetteer.default().find(name)]


def test_every_iso_state_is_a_country_with_a_slug_id():
    countries = [e for e in Gazetteer.default() if e.type == EntityType.COUNTRY]
    assert {iso.alpha_3 for iso in pycountry.countries} <= {c.iso3 for c in countries}
    assert all(SLUG_PATTERN.match(c.id) for c in countries)
    assert {"iran", "russia", "ukraine", "north-korea", "united-states", "turkey"} <= {
        c.id for c in countries
    }


def test_demonyms_and_capitals_resolve_to_their_state():
    assert ids("Iranian") == ["iran"]
    assert ids("Tehran") == ["iran"]
    assert ids("the Kremlin") == ["russia"]
    assert ids("Kyiv") == ["ukraine"]


def test_a_state_named_by_its_people_resolves_but_an_adjective_alone_does_not_swallow_names():
    assert ids("the Eritreans") == ["eritrea"]
    assert ids("the Pakistanis") == ["pakistan"]
    assert ids("the Chinese") == []  # "the Chinese Foreign Ministry" stays the ministry


def test_a_us_administration_of_any_decade_is_the_united_states():
    assert ids("Reagan administration") == ids("Clinton administration") == ["united-states"]


def test_aliases_resolve_but_siblings_stay_apart():
    assert ids("Geran-2") == ["shahed-136"]
    assert ids("Shahed-131") == ["shahed-131"]
    assert ids("IRGC") == ["irgc"]
    gaz = Gazetteer.default()
    assert gaz["iran-foreign-ministry"].country == "iran"
    assert gaz["russia-foreign-ministry"].country == "russia"


def test_weapons_link_up_to_their_categories():
    assert Gazetteer.default().categories_of("fath-360") == [
        "short-range-ballistic-missile",
        "ballistic-missile",
        "missile",
    ]


def test_ids_are_unique_slugs_and_categories_exist():
    gaz = Gazetteer.default()
    for entity in gaz:
        assert SLUG_PATTERN.match(entity.id), entity.id
        if entity.category:
            assert gaz[entity.category].type == EntityType.WEAPON_CATEGORY, entity.id
        if entity.origin:
            assert gaz[entity.origin].type == EntityType.COUNTRY, entity.id


def test_every_organisation_has_a_kind_and_no_person_has_one():
    # a ministry filed among the people would be read as a person, and the
    # titles would never find it as their state's ministry
    for entity in Gazetteer.default():
        if entity.type == EntityType.ORGANIZATION:
            assert entity.kind, entity.id
        elif entity.type == EntityType.PERSON:
            assert entity.kind is None, entity.id


def test_sibling_sukhoi_variants_are_separate_systems():
    gaz = Gazetteer.default()
    assert {e.id for e in gaz.find("Su-30SM")} == {"su-30sm"}
    assert {e.id for e in gaz.find("Su-30MKI")} == {"su-30mki"}
    assert gaz["su-30"].category == gaz["su-30sm"].category == "combat-aircraft"


def test_armed_groups_carry_their_country_and_kind():
    gaz = Gazetteer.default()
    for group, state in [("taliban", "afghanistan"), ("kataib-hezbollah", "iraq"), ("m23", "dr-congo")]:
        assert (gaz[group].kind, gaz[group].country) == ("armed-group", state)


def test_leaders_of_armed_groups_and_juntas_resolve_by_their_surnames_and_noms_de_guerre():
    gaz = Gazetteer.default()
    assert [e.id for e in gaz.find("Hemedti")] == ["mohamed-hamdan-dagalo"]
    assert [e.id for e in gaz.find("Haftar")] == ["khalifa-haftar"]
    assert gaz["min-aung-hlaing"].country == "myanmar"


def test_officials_resolve_with_the_state_they_speak_for():
    gaz = Gazetteer.default()
    assert (gaz["sadio-camara"].country, gaz["mette-frederiksen"].country) == ("mali", "denmark")
    assert ids("Nuri al-Maliki") == ["nouri-al-maliki"]
    assert (gaz["sigmar-gabriel"].country, gaz["anatoliy-hrytsenko"].country) == ("germany", "ukraine")


def test_widely_sold_systems_resolve_by_the_names_the_press_uses():
    assert ids("Black Hawks") == ["uh-60-black-hawk"]
    assert ids("Kfirs") == ["kfir"]
    assert ids("Kilo-class submarines") == ["kilo-class-submarine"]
    assert ids("Hawk jets") == ["bae-hawk"]
    assert ids("Milan anti-tank missiles") == ["milan"]


def test_the_drones_of_the_us_and_israel_sold_abroad_resolve_by_their_names():
    assert ids("Predator drones") == ["mq-1-predator"]
    assert ids("Gray Eagle") == ["mq-1c-gray-eagle"]
    assert ids("Heron drones") == ["heron"]
    assert ids("Heron MK II") == ["heron-mk-ii"]
    assert ids("Hermes 450") == ["hermes-450"]
    assert ids("Harpy drones") == ["harpy"]


def test_armour_ships_and_missiles_the_dev_stories_declared_again_and_again_are_known():
    assert ids("Stryker vehicles") == ["stryker"]
    assert ids("Dolphin submarines") == ["dolphin-submarine"]
    assert ids("Mistral warships") == ["mistral-class"]
    assert ids("Hellfire missiles") == ["hellfire"]
    assert ids("Su-30MK2s") == ["su-30mk2"]
    assert ids("Krabs") == ["krab"]


def test_names_of_armour_and_missiles_that_are_also_common_words_or_names_need_their_noun():
    assert ids("M60") == []  # also a machine gun
    assert ids("Akash") == []  # a given name
    assert ids("Spike") == ids("Boxer") == ids("Dolphin") == ids("Piranha") == ids("Archer") == []
    assert ids("C-130") == []  # the plane that carries a story's arms
    assert ids("T-50") == []  # "T-" names Russian tanks


def test_names_shared_with_places_or_sibling_systems_stay_apart():
    assert ids("Milan") == []  # the city
    assert ids("MIM-23 Hawk") == ["mim-23-hawk"]
    assert {*ids("Mi-8"), *ids("Mi-17"), *ids("Mi-171")} == {"mi-8", "mi-17", "mi-171"}
    assert ids("F/A-18") != ids("Super Hornet")
