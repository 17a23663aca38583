"""SIPRI's names onto armsgraph entities: states, non-state actors, weapon systems and classes.

Resolution prefers what the gazetteer already has, so "Shahed-136" from the
register and from the news is one node; what it lacks becomes a new entity
of the register with a stable slug id. The hand-reviewed tables are in
``reference.yaml`` beside this module.

- **Actors.** States by name through the gazetteer (pycountry names,
  "Turkiye", "Viet Nam"); historic states (Soviet Union, East Germany,
  Yugoslavia...) as new countries carrying their ISO 3166-3 code from
  ``pycountry.historic_countries``; non-state actors, marked ``*``
  ("Houthi rebels (Yemen)*" is ``houthis``), and international
  organisations, marked ``**`` ("United Nations**"), by name or as new
  organisations; SIPRI's "unknown supplier(s)" and "unknown recipient(s)"
  as placeholder organisations of kind ``unknown``.
- **Weapon classes.** Each free-text description ("one-way attack UAV",
  "SSM") has its abbreviations spelled out, then means a gazetteer class
  (``same``) or becomes a class of its own under a parent (``under``).
- **Weapon systems.** A designation is a gazetteer system when a name or
  alias matches exactly (also without a calibre: "BM-21 Grad 122mm") or the
  ``designations`` table says so; otherwise a new system whose class is its
  description's. Siblings are never merged: Shahed-131 and Shahed-136 stay
  two systems. A designation that is only a class ("aircraft engine") is
  that class. "Russian designation Geran-2" in a comment is an alias of a
  system the register introduces.

Examples
--------
>>> from loaders.sipri.register import read_register
>>> r = resolve(read_register("tests/data/sipri-register.csv").deals)
>>> r.actors["Soviet Union"], r.actors["Houthi rebels (Yemen)*"], r.actors["Turkiye"]
('soviet-union', 'houthis', 'turkey')
>>> r.weapon("Shahed-136", "one-way attack drone", "iran")
'shahed-136'
>>> r.entity("sammad-3").category
'one-way-attack-drone'
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from graph.facts import EntitySpec
from graph.gazetteer import Gazetteer
from graph.ontology import EntityType, slugify

from .register import Deal

__all__ = ["Resolution", "describe_class", "resolve"]

_REFERENCE = Path(__file__).with_name("reference.yaml")
_TOKEN = re.compile(r"[A-Za-z&]+")
_CALIBRE = re.compile(r"\s+\d+(\.\d+)?mm$")
_BRACKET = re.compile(r"^(?P<short>.*?)\s*\((?P<where>[^()]*)\)$")
# "Russian designation Geran-2", "Houthi designation Waid-1": a name the weapon goes by.
_LOCAL_NAME = re.compile(r"\b(?:[A-Z][A-Za-z-]* )+designations? (?!uncertain)(?P<names>[^;]+)")


@dataclass
class Resolution:
    """What the register's names resolve to.

    ``actors`` maps SIPRI's supplier and recipient names to entity ids;
    ``unresolved`` the names that could not be resolved to the reason;
    ``entities`` are the entities the register introduces (the gazetteer
    has every other id used); ``unknown_descriptions`` are weapon
    descriptions not in the reference table, each made a class of its own.
    """

    actors: dict[str, str] = field(default_factory=dict)
    unresolved: dict[str, str] = field(default_factory=dict)
    weapons: dict[tuple[str, str, str], str] = field(default_factory=dict)
    entities: list[EntitySpec] = field(default_factory=list)
    unknown_descriptions: set[str] = field(default_factory=set)
    gazetteer_systems: int = 0

    def weapon(self, designation: str, description: str, supplier: str) -> str:
        """The weapon id of a deal's designation and description (per supplier id)."""
        return self.weapons[(designation, description, supplier)]

    def entity(self, entity_id: str) -> EntitySpec:
        """A new entity of the register by id."""
        return next(e for e in self.entities if e.id == entity_id)


def resolve(deals: Iterable[Deal], gazetteer: Gazetteer | None = None) -> Resolution:
    """Resolve every supplier, recipient and weapon of ``deals``."""
    return _Resolver(gazetteer or Gazetteer.default(), _reference()).run(list(deals))


def describe_class(description: str) -> str:
    """A SIPRI weapon description with its abbreviations spelled out.

    >>> describe_class("one-way attack UAV"), describe_class("SSM")
    ('one-way attack drone', 'surface-to-surface missile')
    """
    table = _reference()["abbreviations"]
    return _TOKEN.sub(lambda m: table.get(m.group(0), m.group(0)), description).strip()


@cache
def _reference() -> dict[str, Any]:
    return yaml.safe_load(_REFERENCE.read_text(encoding="utf-8"))


def _key(text: str) -> str:
    """Case, hyphens and spacing do not tell descriptions apart ("air-search radar")."""
    return re.sub(r"[\s-]+", " ", text.casefold()).strip()


class _Resolver:
    def __init__(self, gazetteer: Gazetteer, reference: dict[str, Any]):
        self.gaz = gazetteer
        self.ref = reference
        self.out = Resolution()
        self.new: dict[str, EntitySpec] = {}
        self.same = {_key(k): v for k, v in reference["same"].items()}
        self.under = {_key(k): k for k in reference["under"]}
        self.under_ids = {slugify(k): k for k in reference["under"]}
        self.families = {f["id"]: f for f in reference["families"]}
        self.group_of = {root: i for i, roots in enumerate(reference["one_system"]) for root in roots}
        self.class_of: dict[str, str] = {}

    def run(self, deals: list[Deal]) -> Resolution:
        for name in sorted({d.supplier for d in deals} | {d.recipient for d in deals}):
            entity_id = self._actor(name)
            if entity_id:
                self.out.actors[name] = entity_id
        self._weapons(deals)
        self.out.entities = sorted(self.new.values(), key=lambda e: (e.type, e.id))
        return self.out

    # --- actors ---------------------------------------------------------

    def _actor(self, name: str) -> str | None:
        if name in self.ref["actors"]:
            return self.ref["actors"][name]
        for spec in self.ref["states"]:
            if spec["sipri"] == name:  # a historic state the gazetteer may already know (soviet-union)
                return spec["id"] if spec["id"] in self.gaz else self._add(self._state(spec))
        for spec in self.ref["unknown"]:
            if spec["sipri"] == name:
                return self._add(
                    EntitySpec(id=spec["id"], type=EntityType.ORGANIZATION, name=spec["name"], kind="unknown")
                )
        marks = len(name) - len(name.rstrip("*"))
        if marks:
            return self._organisation(name.rstrip("*").strip(), international=marks >= 2)
        state = self._state_named(name)
        if state is None:
            self.out.unresolved[name] = (
                "not a state the gazetteer knows, and not marked * (non-state actor) or ** "
                "(international organisation); add it to loaders/sipri/reference.yaml"
            )
        return state

    def _state_named(self, name: str) -> str | None:
        found = [e.id for e in self.gaz.find(name) if e.type is EntityType.COUNTRY]
        if found:
            return found[0]
        entity = self.gaz.get(slugify(name))  # "Cote d'Ivoire" is cote-d-ivoire
        return entity.id if entity is not None and entity.type is EntityType.COUNTRY else None

    def _state(self, spec: dict[str, Any]) -> EntitySpec:
        import pycountry

        aliases = list(spec.get("aliases", []))
        iso3 = spec.get("historic")
        if iso3:
            historic = pycountry.historic_countries.get(alpha_3=iso3)
            if historic is None:
                raise ValueError(f"reference.yaml: {iso3} is not in pycountry.historic_countries")
            aliases.append(historic.name)
        return EntitySpec(
            id=spec["id"], type=EntityType.COUNTRY, name=spec["name"], iso3=iso3, aliases=sorted(set(aliases))
        )

    def _organisation(self, name: str, international: bool) -> str:
        match = _BRACKET.match(name)
        short, where = (match["short"], match["where"]) if match else (name, None)
        for candidate in (short, name):
            found = [e.id for e in self.gaz.find(candidate) if e.type is EntityType.ORGANIZATION]
            if found:
                return found[0]
        entity_id = self._free_id(slugify(name), "group")
        return self._add(
            EntitySpec(
                id=entity_id,
                type=EntityType.ORGANIZATION,
                name=name,
                kind="international-organisation" if international else "non-state-actor",
                country=self._state_named(where) if where else None,
            )
        )

    # --- weapons --------------------------------------------------------

    def _weapons(self, deals: list[Deal]) -> None:
        pairs = Counter((d.designation, d.description) for d in deals)
        local_names: dict[tuple[str, str], set[str]] = defaultdict(set)
        for d in deals:
            local_names[(d.designation, d.description)] |= _local_names(d.comments)
        suppliers: dict[tuple[str, str], set[str]] = defaultdict(set)
        for d in deals:
            if d.supplier in self.out.actors:
                suppliers[(d.designation, d.description)].add(self.out.actors[d.supplier])

        new_systems: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for designation, description in sorted(pairs):
            category = self._class(description)
            for supplier in sorted(suppliers[(designation, description)]):
                known = self._known_system(designation, description, category, supplier)
                if known is not None:
                    self.out.weapons[(designation, description, supplier)] = known
                else:
                    new_systems[designation].append((description, supplier))
        self.out.gazetteer_systems = len(
            {
                w
                for w in self.out.weapons.values()
                if w not in self.new and self.gaz[w].type is EntityType.WEAPON_SYSTEM
            }
        )

        for designation, uses in new_systems.items():
            by_group: dict[str | int, list[str]] = defaultdict(list)
            for description, _ in uses:
                root = self._root(self.class_of[description])
                by_group[self.group_of.get(root, root)].append(description)
            for descriptions in by_group.values():
                # The description of most deals names the system's class.
                main = max(sorted(set(descriptions)), key=lambda d: pairs[(designation, d)])
                base = slugify(designation) or "weapon"
                if len(by_group) > 1:  # "Leopard" the frigate and "Leopard" the APC
                    base = f"{base}-{slugify(describe_class(main))}"
                entity_id = self._free_id(base, slugify(describe_class(main)))
                aliases = set().union(*(local_names[(designation, d)] for d in set(descriptions)))
                aliases = {a for a in aliases if not self.gaz.find(a) and _key(a) != _key(designation)}
                self._add(
                    EntitySpec(
                        id=entity_id,
                        type=EntityType.WEAPON_SYSTEM,
                        name=designation,
                        aliases=sorted(aliases),
                        category=self.class_of[main],
                    )
                )
                for description, supplier in uses:
                    if description in descriptions:
                        self.out.weapons[(designation, description, supplier)] = entity_id

    def _known_system(self, designation: str, description: str, category: str, supplier: str) -> str | None:
        """A gazetteer system, or the class itself for a designation that only names a class."""
        named = _key(describe_class(designation))
        if named in (_key(describe_class(description)), _key(self._class_name(category))):
            return category
        by_supplier = self.ref["by_supplier"].get(designation)
        if by_supplier is not None:
            return by_supplier.get(supplier)
        if designation in self.ref["designations"]:
            return self.ref["designations"][designation]
        if designation in self.ref["not_gazetteer"]:
            return None
        for name in (designation, _CALIBRE.sub("", designation)):
            found = [e.id for e in self.gaz.find(name) if e.type is EntityType.WEAPON_SYSTEM]
            if found:
                return found[0]
        entity = self.gaz.get(slugify(designation))  # ids are slugs of names: "Akinci" is akinci
        if entity is not None and entity.type is EntityType.WEAPON_SYSTEM:
            return entity.id
        return None

    def _class(self, description: str) -> str:
        """The class id of a description, adding new classes as needed."""
        if description in self.class_of:
            return self.class_of[description]
        spelled = describe_class(description)
        key = _key(spelled)
        if key in self.same:
            class_id = self._ensure_class(self.same[key])
        elif key in self.under:
            class_id = self._ensure_class(slugify(self.under[key]))
        else:
            found = [e.id for e in self.gaz.find(spelled) if e.type is EntityType.WEAPON_CATEGORY]
            if found:
                class_id = found[0]
            else:
                self.out.unknown_descriptions.add(description)
                class_id = self._add(
                    EntitySpec(
                        id=self._free_id(slugify(spelled) or "weapon", "class"),
                        type=EntityType.WEAPON_CATEGORY,
                        name=spelled,
                    )
                )
        self.class_of[description] = class_id
        return class_id

    def _ensure_class(self, class_id: str) -> str:
        """Make sure a class of the tables exists: gazetteer, family or a description class."""
        if class_id in self.new:
            return class_id
        entity = self.gaz.get(class_id)
        if entity is not None and entity.type is EntityType.WEAPON_CATEGORY:
            return class_id
        if class_id in self.families:
            family = self.families[class_id]
            return self._add(EntitySpec(id=class_id, type=EntityType.WEAPON_CATEGORY, name=family["name"]))
        if class_id in self.under_ids:
            name = self.under_ids[class_id]
            parent = self._ensure_class(self.ref["under"][name])
            return self._add(
                EntitySpec(id=class_id, type=EntityType.WEAPON_CATEGORY, name=name, category=parent)
            )
        raise ValueError(f"loaders/sipri/reference.yaml: no weapon class {class_id!r}")

    def _class_name(self, class_id: str) -> str:
        spec = self.new.get(class_id) or self.gaz[class_id]
        return spec.name

    def _root(self, class_id: str) -> str:
        current = class_id
        while True:
            spec = self.new.get(current) or self.gaz[current]
            if not spec.category:
                return current
            current = spec.category

    # --- ids ------------------------------------------------------------

    def _free_id(self, base: str, qualifier: str) -> str:
        """``base``, or ``base-qualifier`` (then numbered) when the gazetteer or the register uses it."""
        for candidate in (base, f"{base}-{qualifier}"):
            if candidate not in self.gaz and candidate not in self.new:
                return candidate
        n = 2
        while f"{base}-{qualifier}-{n}" in self.gaz or f"{base}-{qualifier}-{n}" in self.new:
            n += 1
        return f"{base}-{qualifier}-{n}"

    def _add(self, spec: EntitySpec) -> str:
        self.new.setdefault(spec.id, spec)
        return spec.id


def _local_names(comments: str) -> set[str]:
    """Names a comment says the weapon goes by: "Russian designation Geran-2" -> {"Geran-2"}.

    >>> sorted(_local_names("Bought for use against Ukraine; Russian designation Geran-2; incl production"))
    ['Geran-2']
    >>> sorted(_local_names("Greek designation Elli or Kountouriotis"))
    ['Elli', 'Kountouriotis']
    >>> _local_names("designation uncertain (reported as '120mm mortar')")
    set()
    """
    names = set()
    for match in _LOCAL_NAME.finditer(comments):
        for part in re.split(r"\s+(?:and|or)\s+|,\s*", match["names"]):
            name = re.sub(r"\s*\(.*?\)\s*", " ", part).strip()
            if 0 < len(name) <= 40 and (name[0].isupper() or name[0].isdigit()):
                names.add(name)
    return names
