"""The weapons a trigger moves or uses, where they come from, and the quantity, period and
payment a fact carries.
"""

from __future__ import annotations

import re
from typing import Any

from graph.ontology import EntityType

from ..mentions import Mention, Sentence
from .clauses import _entity
from .vocabulary import _EXCHANGE, _MADE, _NUMBERS, _PERIOD, _QUANTITY, _QUANTITY_HINT, _YEAR, _YEAR_BEFORE

__all__ = ["WeaponRules"]


class WeaponRules:
    """Finds the weapons of a fact, their origin, and its qualifiers."""

    def _system_origin(self, weapons: list[str]) -> str | None:
        """The state that makes one of these specific systems (a Rafale is French); never a small arm
        made the world over (AK-47s, RPG-7s), which says nothing of who passed it on."""
        for w in weapons:
            spec = self.spec(w)
            if (
                spec is not None
                and spec.type == EntityType.WEAPON_SYSTEM
                and spec.origin
                and self._branded(w)
            ):
                return spec.origin
        return None

    def _branded(self, weapon: str) -> bool:
        """Whether a system is made by its maker's state alone, not copied and licensed the world over
        as small arms are ("cartridges for Kalashnikov AK-47 rifles" are no Russian supply)."""
        return "small-arms" not in self.gaz.categories_of(weapon)

    def _named_origin(self, sent: Sentence, t: int, hi: int, weapons: list[str]) -> str | None:
        """The origin the sentence gives the arms ("Iranian drones", "North Korean weapons"), not
        the one the gazetteer knows of a system."""
        return next(
            (m.origin for m in sent.mentions if m.role == "weapon" and m.entity in weapons and m.origin),
            None,
        ) or _origin_near(sent, t, hi)

    def _arms_origin(self, sent: Sentence, t: int, hi: int, weapons: list[str]) -> str | None:
        """The origin of the arms a supply at ``t`` moves: "Iranian weapons smuggling", "the transfer of
        North Korean weapons"."""
        return self._origin_of_weapons(sent, weapons) or _origin_near(sent, t, hi)

    def _origin_of_weapons(self, sent: Sentence, weapons: list[str]) -> str | None:
        for m in sent.mentions:
            if m.role == "weapon" and m.entity in weapons and m.origin:
                return m.origin
        # "the transfer of the first IRIS-T system": a specific system comes from its maker's state
        return self._system_origin(weapons)

    def _weapon_mentions(self, sent: Sentence, t: int, hi: int, before: bool = False) -> list[Mention]:
        if before:
            return [m for m in sent.mentions if m.role == "weapon" and t - 6 <= m.start < t]
        return [m for m in sent.mentions if m.role == "weapon" and t < m.start < hi]

    def _weapons(self, sent: Sentence, t: int, hi: int) -> list[str]:
        found = self._weapon_mentions(sent, t, hi) or self._weapon_mentions(sent, t, hi, before=True)
        return self._distinct(found)

    def _distinct(self, found: list[Mention]) -> list[str]:
        """Weapon ids of mentions, a system's head noun dropped ("Geran-2 drones" is one weapon)."""
        out: list[str] = []
        for i, m in enumerate(found):
            prev = found[i - 1] if i else None
            if prev is not None and prev.end == m.start and m.entity in self.gaz.categories_of(prev.entity):
                continue
            if prev is not None and prev.end == m.start and prev.type == EntityType.WEAPON_SYSTEM:
                continue
            if m.entity not in out:
                out.append(m.entity)
        return out

    def _qualifiers(self, sent: Sentence, fact: dict[str, Any], t: int, hi: int) -> None:
        text = sent.text
        for m in sent.mentions:
            if m.role == "weapon" and t < m.start < hi:
                before = text[max(0, sent.offsets[m.start] - 60) : sent.offsets[m.start]]
                q = _QUANTITY.search(before) if _QUANTITY_HINT.search(before) else None
                if q and _YEAR.fullmatch(q.group(1).strip()) and _YEAR_BEFORE.search(before[: q.start(1)]):
                    q = None  # "to hand over to Serbia in 2018 eight MiG-29s": a year, not how many
                at = max(0, sent.offsets[m.start] - 60) + q.start(1) if q else 0
                if q and any(
                    w.role == "weapon" and w is not m and _covers(sent, w, at) for w in sent.mentions
                ):
                    q = None  # "Mirage 2000 fighter aircraft": a model's number, not how many
                if q:
                    fact["quantity"] = q.group(1).strip('“”" ')
                    break
        if fact["predicate"] == "SUPPLIES" and len(fact.get("weapons", [])) > 1:
            counted = self._counted_arms(sent, t, hi, fact["weapons"])
            if counted is not None:
                fact["_counted"] = counted
        if (
            fact["predicate"] == "SUPPLIES"
            and not sent.vocab.isdisjoint({"exchange", "return"})
            and (x := _EXCHANGE.search(text))
        ):
            items = re.sub(
                r"^(?:imports|goods|products) (?:like|such as)\s+|^(?:the|its|their|a)\s+",
                "",
                x.group(1).strip(),
            )
            fact["in_exchange_for"] = [i.strip() for i in re.split(r",\s*|\s+and\s+", items) if i.strip()]
        if "for" in sent.vocab and (p := _PERIOD.search(text)):
            fact["period"] = p.group(1)
        if fact["predicate"] == "SUPPLIES":
            target = self._after_word(sent, t, hi, {"against"})
            if target is not None:
                fact["against"] = [_entity(target)]

    def _counted_arms(
        self, sent: Sentence, t: int, hi: int, weapons: list[str]
    ) -> list[tuple[list[str], str]] | None:
        """The arms of a list that gives each its own number ("40 MiG-29 fighters, 20 Su-30 fighters
        and 16 Yak-130 planes"), grouped with that number; None unless every weapon named after the
        verb has one (a weapon right after a counted one, "8 S-300 PMU2 rocket systems", is its head).

        A fact holds one quantity, so such a list is one fact per number, as annotators write it.
        """
        low = sent.lower
        groups: list[tuple[list[str], str]] = []
        last: Mention | None = None
        for m in sent.mentions:
            if m.role != "weapon" or not t < m.start < hi or m.entity not in weapons:
                continue
            k = m.start - 1
            while k > t and k >= m.start - 3 and sent.mention_at(k) is None and low[k] not in _LIST_BREAKS:
                if low[k] in _NUMBERS or _COUNT.fullmatch(low[k]):
                    break
                k -= 1  # "five assault helicopters", "20 Sukhoi-30 fighters": words between
            word = low[k] if k > t and sent.mention_at(k) is None else ""
            if word in _NUMBERS - {"a", "an"} or (_COUNT.fullmatch(word) and not _YEAR.fullmatch(word)):
                groups.append(([m.entity], sent.words[k]))
            elif (
                groups
                and last is not None
                and m.start - last.end <= 3
                and _LIST_BREAKS.isdisjoint(low[last.end : m.start])
            ):
                if m.entity not in groups[-1][0]:
                    groups[-1][0].append(m.entity)  # "8 S-300 PMU2 Favorit rocket systems": one item
            else:
                return None
            last = m
        named = {w for ws, _ in groups for w in ws}
        return groups if len(groups) > 1 and named == set(weapons) else None


_LIST_BREAKS = frozenset([",", "and", "or", "as", ";"])
_COUNT = re.compile(r"\d[\d,]*")  # "20", "1,200"; never "Sukhoi-30" or "155-mm"


def _covers(sent: Sentence, m: Mention, offset: int) -> bool:
    """Whether the text of mention ``m`` covers the character at ``offset``."""
    end = sent.offsets[m.end - 1] + len(sent.words[m.end - 1])
    return sent.offsets[m.start] <= offset < end


def _origin_near(sent: Sentence, t: int, hi: int) -> str | None:
    """The state an adjective names as the arms' origin near the supply word at ``t``: "Iranian
    weapons smuggling", "Russian-made arms were supplied" (a "-made" compound may stand further back)."""
    low = sent.lower
    for m in sent.mentions:
        if m.role != "origin" or not m.start < hi:
            continue
        made = low[m.end : m.end + 1] == ["-"] and low[m.end + 1 : m.end + 2] and low[m.end + 1] in _MADE
        if t - (6 if made else 4) <= m.start:
            return m.entity
    return None
