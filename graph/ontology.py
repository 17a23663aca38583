"""The closed vocabularies of armsgraph: entity types, predicates and stances.

Every label and relationship type that reaches Cypher comes from here, so a
query can interpolate them safely (they are a whitelist, never user input).

Examples
--------
>>> Predicate("SUPPLIES").is_statement
False
>>> Predicate.DENIES.is_statement
True
>>> sorted(t.value for t in EntityType)[:2]
['Country', 'Organization']
"""

from __future__ import annotations

import re
from enum import StrEnum

__all__ = [
    "ACTOR_TYPES",
    "SLUG_PATTERN",
    "WEAPON_TYPES",
    "ClaimStatus",
    "EntityType",
    "Predicate",
    "Stance",
    "slugify",
]


class EntityType(StrEnum):
    """Node labels of entities; every entity node also carries ``:Entity``."""

    COUNTRY = "Country"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    WEAPON_SYSTEM = "WeaponSystem"
    WEAPON_CATEGORY = "WeaponCategory"


ACTOR_TYPES = frozenset({EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON})
WEAPON_TYPES = frozenset({EntityType.WEAPON_SYSTEM, EntityType.WEAPON_CATEGORY})


class Predicate(StrEnum):
    """What a fact says. Subjects are always actors; statement predicates
    (DENIES / CONFIRMS / REPORTS) point at another fact instead of an object."""

    SUPPLIES = "SUPPLIES"
    TRAINS = "TRAINS"
    USES = "USES"
    PRODUCES = "PRODUCES"
    DEPLOYS = "DEPLOYS"
    WARNS = "WARNS"
    SANCTIONS = "SANCTIONS"
    MEMBER_OF = "MEMBER_OF"
    PART_OF = "PART_OF"
    DENIES = "DENIES"
    CONFIRMS = "CONFIRMS"
    REPORTS = "REPORTS"

    @property
    def is_statement(self) -> bool:
        """True for DENIES / CONFIRMS / REPORTS, which are about a claim."""
        return self in _STATEMENTS

    @property
    def object_types(self) -> frozenset[EntityType]:
        """Entity types allowed as the object (empty for statements)."""
        return _OBJECT_TYPES[self]


_STATEMENTS = frozenset({Predicate.DENIES, Predicate.CONFIRMS, Predicate.REPORTS})

_OBJECT_TYPES: dict[Predicate, frozenset[EntityType]] = {
    Predicate.SUPPLIES: ACTOR_TYPES,
    Predicate.TRAINS: ACTOR_TYPES,
    Predicate.USES: WEAPON_TYPES,
    Predicate.PRODUCES: WEAPON_TYPES,
    Predicate.DEPLOYS: WEAPON_TYPES,
    Predicate.WARNS: ACTOR_TYPES,
    Predicate.SANCTIONS: ACTOR_TYPES,
    Predicate.MEMBER_OF: frozenset({EntityType.ORGANIZATION}),
    Predicate.PART_OF: frozenset({EntityType.ORGANIZATION, EntityType.COUNTRY}),
    Predicate.DENIES: frozenset(),
    Predicate.CONFIRMS: frozenset(),
    Predicate.REPORTS: frozenset(),
}


class Stance(StrEnum):
    """How a statement presents its claim.

    ``asserted``: the article's own voice; ``reported``: attributed to a
    source; ``hypothetical``: conditional or prospective ("if confirmed",
    "may receive"); ``denied`` / ``confirmed``: the source denies or confirms.
    """

    ASSERTED = "asserted"
    REPORTED = "reported"
    HYPOTHETICAL = "hypothetical"
    DENIED = "denied"
    CONFIRMED = "confirmed"


class ClaimStatus(StrEnum):
    """How settled a claim is, derived from every statement about it.

    ``contested``: stated by some sources and denied by others;
    ``denied``: only denials; ``confirmed``: confirmed by a party and not
    denied; ``reported``: stated, neither confirmed nor denied;
    ``hypothetical``: only ever stated as a possibility.
    """

    REPORTED = "reported"
    CONFIRMED = "confirmed"
    DENIED = "denied"
    CONTESTED = "contested"
    HYPOTHETICAL = "hypothetical"


SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


# letters Unicode does not decompose into a base letter and a mark: "Bjørn", "Łukasz", "Straße"
_LETTERS_APART = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "\u0131": "i", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"}
)


def slugify(text: str) -> str:
    """Turn a name into a stable lowercase id.

    >>> slugify("Nasser Kanani")
    'nasser-kanani'
    >>> slugify("Côte d'Ivoire")
    'cote-d-ivoire'
    >>> slugify("Bjørn Arild Gram")
    'bjorn-arild-gram'
    """
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.lower().translate(_LETTERS_APART))
    ascii_text = plain.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
