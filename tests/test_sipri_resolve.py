"""SIPRI's names resolve onto the gazetteer, or become entities of the register, never merged wrongly."""

from __future__ import annotations

import pytest

from graph.gazetteer import Gazetteer
from graph.ontology import EntityType, slugify
from loaders.sipri import describe_class, read_register, resolve
from loaders.sipri.resolve import _reference

from .conftest import SIPRI_REGISTER

RESOLVED = resolve(read_register(SIPRI_REGISTER).deals)
GAZ = Gazetteer.default().with_entities(RESOLVED.entities)


def weapon(designation: str, description: str, supplier: str) -> str:
    return RESOLVED.weapon(designation, description, supplier)


def test_states_resolve_by_their_names_in_the_gazetteer():
    actors = RESOLVED.actors
    assert (actors["Turkiye"], actors["Cote d'Ivoire"], actors["Russia"]) == (
        "turkey",
        "cote-d-ivoire",
        "russia",
    )


def test_historic_states_are_countries_with_their_iso_3166_3_code():
    soviet = GAZ["soviet-union"]
    assert soviet.type is EntityType.COUNTRY and soviet.iso3 == "SUN"
    assert "USSR" in soviet.aliases
    assert (GAZ["east-germany"].iso3, GAZ["yugoslavia"].iso3, GAZ["czechoslovakia"].iso3) == (
        "DDR",
        "YUG",
        "CSK",
    )
    assert RESOLVED.actors["East Germany (GDR)"] == "east-germany"


def test_non_state_actors_resolve_to_gazetteer_organisations_by_name():
    assert RESOLVED.actors["Houthi rebels (Yemen)*"] == "houthis"
    assert RESOLVED.actors["Hezbollah (Lebanon)*"] == "hezbollah"
    assert RESOLVED.actors["NATO**"] == "nato"
    assert RESOLVED.actors["United Nations**"] == "united-nations"


def test_other_non_state_actors_become_organisations_of_their_kind():
    rebels = GAZ[RESOLVED.actors["Syria rebels*"]]
    assert (rebels.id, rebels.type, rebels.kind) == (
        "syria-rebels",
        EntityType.ORGANIZATION,
        "non-state-actor",
    )


def test_unknown_parties_are_placeholders_of_kind_unknown():
    supplier = GAZ[RESOLVED.actors["unknown supplier(s)"]]
    recipient = GAZ[RESOLVED.actors["unknown recipient(s)"]]
    assert (supplier.id, supplier.kind) == ("unknown-supplier", "unknown")
    assert (recipient.id, recipient.kind) == ("unknown-recipient", "unknown")


def test_a_name_that_is_no_known_state_and_unmarked_is_unresolved_with_a_reason():
    assert "Atlantis" not in RESOLVED.actors
    assert "not marked * (non-state actor)" in RESOLVED.unresolved["Atlantis"]


def test_designations_resolve_to_the_gazetteer_systems_the_news_uses():
    assert weapon("Shahed-136", "one-way attack drone", "iran") == "shahed-136"
    assert weapon("Fath-360", "SSM", "iran") == "fath-360"
    assert weapon("Bayraktar TB-2", "armed drone", "turkey") == "bayraktar-tb2"
    assert weapon("FGM-148 Javelin", "anti-tank missile", "united-states") == "javelin"


def test_versions_of_a_gazetteer_system_resolve_through_the_reference_table():
    assert weapon("M-1A2 Abrams", "tank", "united-states") == "m1-abrams"
    assert weapon("Leopard-2A4", "tank", "germany") == "leopard-2"


def test_sibling_systems_are_never_merged():
    assert weapon("Shahed-131", "one-way attack drone", "iran") == "shahed-131"
    assert weapon("Shahed-131", "one-way attack drone", "iran") != weapon(
        "Shahed-136", "one-way attack drone", "iran"
    )


def test_a_name_shared_with_another_gazetteer_system_is_kept_apart():
    # SIPRI's "Javelin" portable SAM is the British Shorts Javelin, not the US anti-tank missile.
    shorts = weapon("Javelin", "portable surface-to-air missile", "united-kingdom")
    assert shorts != "javelin"
    assert (GAZ[shorts].name, GAZ[shorts].category) == ("Javelin", "manpads")


def test_one_missile_under_two_names_resolves_by_its_supplier():
    assert weapon("Storm Shadow/SCALP-EG", "air-to-surface missile", "united-kingdom") == "storm-shadow"
    assert weapon("Storm Shadow/SCALP-EG", "air-to-surface missile", "france") == "scalp-eg"


def test_one_designation_for_unrelated_items_is_two_systems():
    frigate = weapon("Leopard", "frigate", "netherlands")
    carrier = weapon("Leopard", "armoured personnel carrier", "united-kingdom")
    assert {frigate, carrier} == {"leopard-frigate", "leopard-armoured-personnel-carrier"}


def test_new_systems_get_a_slug_id_and_the_class_of_their_description():
    sammad = GAZ[weapon("Sammad-3", "one-way attack UAV", "iran")]
    assert (sammad.id, sammad.type, sammad.category) == (
        "sammad-3",
        EntityType.WEAPON_SYSTEM,
        "one-way-attack-drone",
    )
    hwasong = GAZ[weapon("Hwasong-11", "surface-to-surface missile", "north-korea")]
    assert hwasong.category == "missile"


def test_a_designation_that_only_names_a_class_is_that_class():
    engine = weapon("ship engine", "ship engine", "germany")
    assert GAZ[engine].type is EntityType.WEAPON_CATEGORY
    assert GAZ.categories_of(engine) == ["engine"]


def test_abbreviated_descriptions_are_spelled_out():
    assert describe_class("one-way attack UAV") == "one-way attack drone"
    assert describe_class("SSM") == "surface-to-surface missile"
    assert describe_class("mobile SAM system") == "mobile surface-to-air missile system"
    assert GAZ[weapon("OT-64", "APC", "czechoslovakia")].category == "armoured-personnel-carrier"


def test_new_classes_hang_under_the_gazetteer_tree():
    mi17 = weapon("Mi-17", "transport helicopter", "russia")
    assert GAZ.categories_of(mi17) == ["transport-helicopter", "helicopter"]


def test_a_local_designation_in_the_comments_is_an_alias_of_a_new_system():
    assert GAZ["sammad-3"].aliases == ["Yafa"]
    assert GAZ["leopard-frigate"].aliases == ["Elli"]
    # Gazetteer systems keep the gazetteer's names: Geran-2 already is Shahed-136.
    assert "shahed-136" not in {e.id for e in RESOLVED.entities}
    assert [e.id for e in Gazetteer.default().find("Geran-2")] == ["shahed-136"]


def test_new_ids_never_take_a_gazetteer_id():
    gazetteer = Gazetteer.default()
    assert not [e.id for e in RESOLVED.entities if e.id in gazetteer]


@pytest.mark.parametrize("table", ["same", "under"])
def test_every_class_the_reference_names_exists(table):
    reference = _reference()
    gazetteer = Gazetteer.default()
    known = {e.id for e in gazetteer if e.type is EntityType.WEAPON_CATEGORY}
    known |= {f["id"] for f in reference["families"]} | {slugify(k) for k in reference["under"]}
    assert not {target for target in reference[table].values() if target not in known}


def test_reference_designations_name_gazetteer_systems():
    gazetteer = Gazetteer.default()
    reference = _reference()
    targets = [*reference["designations"].values()]
    targets += [t for by in reference["by_supplier"].values() for t in by.values()]
    assert not [t for t in targets if t not in gazetteer or gazetteer[t].type is not EntityType.WEAPON_SYSTEM]


def test_new_classes_do_not_take_gazetteer_ids():
    gazetteer = Gazetteer.default()
    assert not [k for k in _reference()["under"] if slugify(k) in gazetteer]
