"""Reference entities shipped with armsgraph, and lookup by name or alias.

States come from maintained tables (pycountry for ISO names and codes,
countryinfo for capitals and demonyms, so "Tehran" and "Iranian" resolve to
Iran); organisations, people and weapons from the YAML files beside this
module. Fact documents may add entities or override these by id.

Examples
--------
>>> gaz = Gazetteer.default()
>>> gaz["iran"].iso3
'IRN'
>>> [e.id for e in gaz.find("Geran-2")]
['shahed-136']
>>> [e.id for e in gaz.find("Tehran")]
['iran']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import yaml

from .facts import EntitySpec
from .ontology import EntityType, slugify

__all__ = ["Gazetteer"]

_REFERENCE = Path(__file__).parent / "reference"

# Short names where the ISO name is not what the press writes.
_SHORT_NAMES = {
    "RUS": "Russia",
    "TUR": "Turkey",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "PSE": "Palestine",
    "VAT": "Vatican City",
    "FSM": "Micronesia",
    "BRN": "Brunei",
    "BES": "Caribbean Netherlands",
    "FLK": "Falkland Islands",
    "MAF": "Saint Martin",
    "SXM": "Sint Maarten",
    "SHN": "Saint Helena",
    "VGB": "British Virgin Islands",
    "VIR": "United States Virgin Islands",
    "CCK": "Cocos Islands",
}


class Gazetteer:
    """Entities by id, with a case-insensitive index of names and aliases."""

    def __init__(self, entities: Iterable[EntitySpec]):
        self._by_id: dict[str, EntitySpec] = {}
        for entity in entities:
            self._by_id[entity.id] = entity
        self._by_name: dict[str, list[str]] = {}
        for entity in self._by_id.values():
            for name in {entity.name, *entity.aliases}:
                ids = self._by_name.setdefault(name.casefold(), [])
                if entity.id not in ids:
                    ids.append(entity.id)

    @classmethod
    def default(cls) -> Gazetteer:
        """The shipped reference: every state, key organisations, people, weapons."""
        return _default()

    def __getitem__(self, entity_id: str) -> EntitySpec:
        return self._by_id[entity_id]

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def __iter__(self) -> Iterator[EntitySpec]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, entity_id: str) -> EntitySpec | None:
        """The entity with this id, or None."""
        return self._by_id.get(entity_id)

    def find(self, name: str) -> list[EntitySpec]:
        """Entities whose name or an alias equals ``name`` (case-insensitive)."""
        return [self._by_id[i] for i in self._by_name.get(name.casefold(), [])]

    def with_entities(self, entities: Iterable[EntitySpec]) -> Gazetteer:
        """A copy where ``entities`` add to or replace entries with the same id."""
        return Gazetteer([*self._by_id.values(), *entities])

    def categories_of(self, entity_id: str) -> list[str]:
        """The IS_A chain above a weapon: its category, that one's parent, ...

        >>> Gazetteer.default().categories_of("fath-360")[:2]
        ['short-range-ballistic-missile', 'ballistic-missile']
        """
        chain: list[str] = []
        current = self._by_id.get(entity_id)
        while current and current.category and current.category not in chain:
            chain.append(current.category)
            current = self._by_id.get(current.category)
        return chain


@cache
def _default() -> Gazetteer:
    actors = yaml.safe_load((_REFERENCE / "actors.yaml").read_text(encoding="utf-8"))
    weapons = yaml.safe_load((_REFERENCE / "weapons.yaml").read_text(encoding="utf-8"))
    entities = list(_countries(actors.get("country_aliases", {})))
    entities += [EntitySpec(type=EntityType.COUNTRY, **c) for c in actors.get("states", [])]  # Kosovo
    entities += [EntitySpec(type=EntityType.ORGANIZATION, **o) for o in actors["organizations"]]
    entities += [EntitySpec(type=EntityType.PERSON, **p) for p in actors["people"]]
    entities += [EntitySpec(type=EntityType.WEAPON_CATEGORY, **c) for c in weapons["categories"]]
    entities += [EntitySpec(type=EntityType.WEAPON_SYSTEM, **s) for s in weapons["systems"]]
    return Gazetteer(entities)


def _countries(extra_aliases: dict[str, list[str]]) -> Iterator[EntitySpec]:
    import pycountry
    from countryinfo import CountryInfo, CountryNotFoundError

    for country in pycountry.countries:
        name = _SHORT_NAMES.get(country.alpha_3) or getattr(country, "common_name", None) or country.name
        entity_id = slugify(name)
        aliases = [country.name, getattr(country, "official_name", None)]
        try:
            info = CountryInfo(country.alpha_3).info()
        except CountryNotFoundError:  # a few territories; their ISO names suffice
            info = {}
        aliases += [info.get("name"), info.get("demonym"), info.get("capital"), _people(info.get("demonym"))]
        aliases += [a for a in info.get("altSpellings", []) if len(a) > 3]
        aliases += extra_aliases.get(entity_id, [])
        unique = sorted({a for a in aliases if a and a != name})
        yield EntitySpec(
            id=entity_id, type=EntityType.COUNTRY, name=name, iso3=country.alpha_3, aliases=unique
        )


def _people(demonym: str | None) -> str | None:
    """A state named by its people: "the Eritreans", "the Pakistanis" (never "the Chinese" or "the
    French", which would swallow "the Chinese Foreign Ministry")."""
    if not demonym or demonym[-1] not in "ni":
        return None
    return f"the {demonym}s"
