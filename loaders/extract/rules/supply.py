"""Supply verbs and nouns ("supplied", "the transfer of", "received ... from") and their
parties: supplier and recipient, granters, addressees, deal partners, resellers.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from graph.facts import EntitySpec
from graph.ontology import EntityType, slugify

from ..mentions import Mention, Sentence, demonym, state_adjectives
from .clauses import (
    _armed_with,
    _arms_at,
    _arms_back,
    _arms_word,
    _entity,
    _head,
    _hold_verb,
    _mention_from,
    _named_subject,
    _no_subject,
    _of_arms,
    _own_plan,
    _passive,
    _possessive,
    _seizer,
    _teachers,
    _them_after,
    _title_start,
)
from .state import _Doc, _Frame
from .vocabulary import (
    _ADDRESS,
    _ARMING,
    _ARMS,
    _ARMS_AFTER,
    _ARMS_NOUNS,
    _ARRIVE,
    _ASIDE,
    _ATTACKS,
    _ATTEMPTS,
    _AUXILIARIES,
    _BACKING,
    _BE,
    _BOLSTER,
    _BOUGHT,
    _BOUND,
    _BREACHES,
    _BUYING,
    _CALLS,
    _CARRY_ON,
    _CARRYING,
    _CLAUSE_BREAKS,
    _CLAUSE_WORDS,
    _COUNT_WORDS,
    _COUNTER,
    _DEAL_NOUNS,
    _DENY,
    _DESTINATIONS,
    _DETAIL_LINKS,
    _DETAILS,
    _DETER,
    _DETERMINERS,
    _DID,
    _EARN,
    _FACING,
    _FOIL,
    _FORCE_NOUNS,
    _GETS,
    _GIVE_TWO,
    _GIVEN,
    _GOVERNMENT_BODIES,
    _GOVERNORS,
    _GRANT,
    _HALT_VERBS,
    _HELP,
    _HOLD_UP,
    _INFORMATION,
    _LEASE,
    _MADE,
    _MAKING,
    _MESSAGES,
    _MILITARY,
    _MODALS,
    _MONEY,
    _NATIONAL_FORCES,
    _NEGATION,
    _NO_SOURCE,
    _NOMINAL,
    _NUMBERS,
    _OPPOSE,
    _ORDERS,
    _OWN_SALES,
    _PACKAGE_WORDS,
    _PATRONS,
    _PAYS,
    _PENALTIES,
    _PENALTY_NOUNS,
    _PENALTY_VERBS,
    _PLACE_NOUNS,
    _POLICY,
    _PREPOSITIONS,
    _QUOTES,
    _RECEIPT_NOUNS,
    _RECEIVE,
    _RECIPIENT_PREPOSITIONS,
    _REQUEST,
    _REQUESTING,
    _RESOLVES,
    _SAY,
    _SEAL,
    _SENDING,
    _SHARE,
    _STOCKS,
    _SUPPLY,
    _TAKE,
    _TRAIN,
    _TRIGGERS,
    _UNDONE,
    _USE,
)

__all__ = ["SupplyRules"]


# who speaks for the states named after them with "in": "officials in Italy, Poland and Norway"
_OFFICIALS = frozenset(["officials", "ministries", "governments", "authorities", "diplomats", "spokesmen"])


class _Receipt(NamedTuple):
    """The parties of a verb of receiving: who sells, who receives, and the sellers listed."""

    supplier: Mention | str | None
    recipient: Mention | str | None
    guessed: bool  # the recipient is only the speaker's state ("arrived, X said")
    sellers: list[Mention]  # "bought tanks from Russia and Israel"
    second: tuple[Mention, list[str]] | None  # "tanks from China and planes from Brazil"


_TALKS = frozenset(
    ["talks", "discussions", "negotiations", "negotiating", "negotiated", "negotiate", "negotiates"]
)
# nouns of a supply made to someone: the partner of talks about one receives it
_SALE_NOUNS = frozenset(
    ["sale", "sales", "transfer", "transfers", "supply", "supplies", "delivery", "deliveries"]
)
# what joins talks to the supply they are about: "in negotiations with Tehran over the sale of"
_ABOUT = frozenset(["to", "over", "on", "for", "about", "regarding", "concerning"])


class SupplyRules:
    """Reads a supply verb or noun and finds its supplier and recipient."""

    def _listed_with(self, sent: Sentence, m: Mention, lo: int) -> list[Mention]:
        """Actors listed before the subject ``m`` with it: "Iran, Russia and China supplied", "Turkey,
        along with Iran and the UAE, have been supplying", "EU countries (Germany, France, Italy) as well
        as the US are exporting"; none when a preposition governs the list."""
        low = sent.lower
        out: list[Mention] = []
        k = m.start - 1
        anded = False  # a list has one "and": a second one before it joins another clause
        while k > lo:
            while k > lo and low[k] in {"the", ","}:
                k -= 1
            joined = True
            if low[k] == "and":
                if anded:
                    break  # "Italy supplied helicopters to Eritrea, and Israel, France and China supplied"
                anded = True
                k -= 1
            elif low[k] == "with" and low[k - 1] in {"along", "together"}:
                k -= 2
            elif low[k - 2 : k + 1] == ["as", "well", "as"]:
                k -= 3
            elif low[k + 1] != ",":
                break
            else:
                joined = False
            # a list in brackets before a conjunction: "(Germany, France, Italy) as well as" (never
            # "... Institute (SIPRI), China has": a name's abbreviation)
            while k >= lo and (low[k] == "," or (joined and low[k] == ")")):
                k -= 1
            prev = sent.mention_at(k)
            if prev is None or prev.role != "actor" or prev.end != k + 1:
                break
            out.append(prev)
            k = prev.start - 1
        first = min((x.start for x in out), default=0) - 1
        while first > 0 and low[first] in {"the", "a", "an"}:
            first -= 1
        if (
            out
            and first > 0
            and low[first - 1 : first + 1] in (["apart", "from"], ["aside", "from"], ["addition", "to"])
        ):
            return out[:-1]  # "Apart from Turkey, the United States, ... and Uganda have also": not Turkey
        if (
            out
            and first >= 0
            and (low[first] in _PREPOSITIONS or low[first] in _TRIGGERS)
            # "officials in Italy, Poland and Norway denied plans to provide": each state's officials
            and not (low[first] == "in" and low[first - 1 : first] and low[first - 1] in _OFFICIALS)
        ):
            return []  # "sent to Iran, Russia and China supplied ...": not a list of subjects
        return out

    def _possessor(self, sent: Sentence, t: int, loose: bool = False) -> Mention | None:
        """ "60% of Azerbaijan's arms procurement": whose the noun at ``t`` is (with ``loose``, past
        any adjectives: "Israel's major conventional arms imports")."""
        low = sent.lower
        for k in range(t - 1, max(-1, t - (6 if loose else 4)), -1):
            if low[k] in {"’s", "'s"} and (m := sent.mention_at(k - 1)) is not None and m.role == "actor":
                return m
            if sent.mention_at(k) is not None or low[k] in _CLAUSE_BREAKS:
                return None
            if not loose and not (low[k] in _ARMS or low[k] in _MILITARY):
                return None
        return None

    def _in_role(self, sent: Sentence, t: int) -> Mention | None:
        """ "Russia's status as the principal supplier": the one whose status, role or place it is."""
        low = sent.lower
        k = max((j for j in range(max(0, t - 5), t) if low[j] == "as"), default=None)
        if k is None or k < 3 or low[k - 1] not in {"status", "role", "position", "place", "rank"}:
            return None
        m = sent.mention_at(k - 3)
        return m if m is not None and m.role == "actor" and low[k - 2] in {"’s", "'s"} else None

    def _supply(self, sent: Sentence, t: int, frames: list[_Frame], doc: _Doc) -> dict[str, Any] | None:
        """The supply claim the verb or noun at ``t`` tells of: its parties, found by the kind of word
        (giving, receiving, a supplier noun) and from the article's earlier claims where the sentence
        leaves one out, checked and given their weapons; None when it tells of no supply."""
        low = sent.lower
        word = low[t]
        if word in _PAYS and not _paid_for_arms(sent, t):
            return None  # "paid tribute to", "paid for the fuel": no arms bought
        frame = self._frame_of(frames, t)
        lo, hi = (frame.start, frame.end) if frame else (0, len(low))
        hi = self._clause_end(sent, t, hi)
        skip = {id(frame.source)} if frame and frame.source else set()
        weapons = self._weapons(sent, t, _object_end(low, t, hi))
        if not weapons and _passive(low, t):
            # "one IRIS-T air defence system was transferred": the subject, however long
            weapons = self._distinct([m for m in sent.mentions if m.role == "weapon" and lo <= m.start < t])
        refers = None
        second: tuple[Mention, list[str]] | None = None  # "tanks from China and planes from Brazil"
        reach = t + 1  # where the claim's words end, for the modality that scopes over it
        guessed = False  # the recipient is only the speaker's state ("arrived, X said")
        sellers: list[Mention] = []
        flown = word in {"flown", "flew"} and "from" in low[t + 1 : hi] and "to" in low[t + 1 : hi]
        if word in {"flown", "flew", "fly", "flies"} and {"from", "to", "into"}.isdisjoint(low[t + 1 : hi]):
            return None  # "the Super Hornet, which is already flown by the U.S. Navy": who flies it, not a supply
        if word in _SUPPLY and word not in _NOMINAL and not flown and _weapon_subject(sent, t):
            # "the jets will provide India with new capabilities": arms do not supply (but "the
            # fighters had flown from Russia to Serbia": they were taken from one to the other)
            return None
        if not _DETAILS.isdisjoint(sent.vocab) and _details_of(low, t):
            return None  # "details of the delivery have not been provided": news of it withheld, no denial
        if (
            word == "equipped"
            and _passive(low, t)
            and "by" not in low[t + 1 : hi]
            and not any(m.role == "origin" and t < m.start < hi for m in sent.mentions)
        ):
            return None  # "they are well equipped with arms": what they have, not who gave it
        if word in _BOLSTER and "with" not in low[t + 1 : min(hi, t + 8)]:
            return None  # "bolstering the GNA forces with Turkish drones"; never "bolstering ties"
        if word in _RECEIVE or (word in _LEASE and "from" in low[t + 1 : hi]):
            receipt = self._receipt(sent, t, frame, lo, hi, skip, doc, weapons)
            if receipt is None:
                return None
            subject, obj, guessed, sellers, second = receipt
            bought_for = (
                isinstance(obj, Mention) and not guessed and (frame is None or obj is not frame.source)
            )
            if bought_for and (end_user := self._bought_for(sent, t, hi, obj)) is not None:
                # "tried to acquire weapons for FARC rebels", "bought Patriot systems from the United
                # States for Ukraine": the buyer supplies whom it buys for, and so does its seller
                sellers = [obj, *sellers] if subject is not None else sellers
                subject, obj, guessed = subject or obj, end_user, False
            if _paid_in_arms(sent, t, hi):
                # "Russia will receive commodities from Indonesia in return for the military equipment"
                subject, obj = obj, subject
        elif (
            word in {"supplier", "suppliers", "source", "sources"} | _PATRONS
            and (cast := self._cast_as(sent, t)) is not None
        ):
            subject, obj = cast  # "Despite ties with Russia as its key supplier, India ..."
        elif word in {"supplier", "suppliers", "source", "sources"} | _PATRONS:
            subject, obj = self._supplier_noun(sent, t, lo, hi, skip)
        else:
            subject, obj, refers = self._supply_parties(sent, t, lo, hi, skip, frame, doc, weapons)
            if low[t - 2 : t] == ["involved", "in"]:
                # "sanctions on U.S. companies involved in selling weapons to Taiwan": the ones involved
                subject = self._involved(sent, t - 2) or subject
            if obj is None and isinstance(subject, Mention) and subject.start < t:
                obj = self._relative_object(sent, subject)  # "the Houthis, whom Iran supplies with missiles"
            if obj is None and isinstance(subject, Mention) and subject.start < t:
                obj = self._gapped_recipient(sent, subject)  # "..., while Estonia has sent Javelins"
            if isinstance(subject, Mention) and _seizer(sent, subject, t):
                subject = None  # "the navy seized weapons being smuggled to Yemen": the seizer sent nothing
            if isinstance(subject, Mention) and (named := _unnamed_antecedent(sent, t, lo)) is not None:
                # "sanctioned a firm that sold drones to Russia": the firm sold them, not who sanctioned
                # it; "a Russian arms agency that has supplied Syria": Russia's agency
                subject = named[0] if named else self._after_word(sent, t, hi, {"from"})
        if subject is None and obj is not None and (fronted := _fronted_source(sent)) is not None:
            subject = fronted  # "From Russia, an institution ... has sent military tools ... to Syria"
        if (
            subject is None
            and obj is not None
            and _passive(low, t)
            and frame is not None
            and frame.source is not None
            and (
                frame.confirms
                or _no_subject(low, t)
                or "not" in low[max(0, t - 4) : t]
                or (word in _OWN_SALES and not _BE.isdisjoint(low[max(0, t - 3) : t]))
            )
        ):
            # "Turkey acknowledged that hunting rifles had been exported to Syria", "“No war weapons have
            # been exported to Syria,” Yilmaz said": the speaker's state, owning up or denying
            subject = self._home_of(_entity(frame.source))
        if subject is None and obj is not None and frame is None and word in _OWN_SALES and _passive(low, t):
            # "Bulgaria denied that the rifles had been sold to Rwanda": the denier's own sale
            d = next((k for k in range(t - 1, max(-1, t - 10), -1) if low[k] in _DENY), None)
            denier = self._left(sent, d, 0, set()) if d is not None else None
            subject = self._home_of(denier.entity) if denier is not None else None
        if subject is None and obj is not None and word in _NOMINAL and refers is None:
            # "Pakistan denied reports of arms supplies to Ukraine": the denier's own supply
            d = next((k for k in range(t - 1, max(lo - 1, t - 6), -1) if low[k] in _DENY), None)
            denier = self._left(sent, d, lo, set()) if d is not None else None
            home = self._home_of(_entity(denier)) if isinstance(denier, Mention) else None
            if home is not None and home != _entity(obj) and self._actor(home):
                subject = home
        if subject is not None and obj is None and not _NEGATION.isdisjoint(low[max(0, t - 3) : t]):
            # "China has never supplied weapons to any of the parties": a denial of what it was said to supply
            earlier = self._claims_by(doc, _entity(subject))
            if earlier:
                return {
                    "predicate": "SUPPLIES",
                    "subject": _entity(subject),
                    "object": earlier[0]["object"],
                    "_blanket": earlier,
                    "_span": (subject.start if isinstance(subject, Mention) else t, t + 1, hi, t),
                }
        if (subject is None or obj is None or guessed) and refers is None:
            # "The first jets arrived in March", "the F-16s received on Monday", "Kyiv has received 12
            # of them", "The delivery comes amid tensions": the supply the article named before
            earlier = self._told_again(sent, t, doc, weapons, subject, None if guessed else obj, frame)
            if earlier is not None:
                subject = subject or earlier["subject"]
                obj = earlier["object"] if guessed else obj or earlier["object"]
                refers = earlier["id"]
        if refers is not None and word in _NOMINAL:
            # 'the "delivery of the first aircraft will take place soon"': the verb of a supply noun
            # named before says whether it is still to come
            reach = next((j + 1 for j in range(t + 1, min(hi, t + 8)) if low[j] in _MODALS), t + 1)
        if _no_transfer(sent, t, hi, obj):
            return None
        if subject is None or obj is None:
            if (
                doc.index >= 0
                and (
                    (subject is None) != (obj is None)
                    or (weapons and _passive(low, t))
                    or (
                        word in _NOMINAL and _named_subject(sent, t)
                    )  # "The sale is ...", before the article names it
                    or (
                        _NEGATION.isdisjoint(low[max(0, t - 4) : t]) and _arms_back(sent, t)
                    )  # "the jets arrived"
                )
            ):
                doc.waiting.append((doc.index, len(doc.supplies)))  # the other party may come later
            return None
        ids = self._supply_ids(low, t, _entity(subject), _entity(obj))
        if ids is None:
            return None
        s_id, o_id = ids
        # a claim read before (perhaps on a second reading) is of arms
        predicate = "SUPPLIES"
        if not (weapons or refers is not None or self._of_arms_here(sent, t, lo, hi, o_id, frame, doc)):
            if not any(_teachers(low, k) for k in range(lo, hi)) or word not in _SUPPLY | _ARRIVE:
                return None
            if not _TRAIN.isdisjoint(low[t + 1 : hi]):
                return None  # "sent military advisers to Mali to train its army": the verb tells whom
            predicate = "TRAINS"  # "Russia sent military instructors to Mali": a training, no arms
        fact: dict[str, Any] = {"predicate": predicate, "subject": s_id, "object": o_id, "weapons": weapons}
        self._listed_parties(sent, t, fact, subject, obj, frame, lo, hi, sellers)
        if refers is not None:
            fact["_refers"] = refers
        if (
            _undone_by(low, t, hi, _CALLED_OFF, held=True)
            or _deal_called_off(low, t)
            or any(low[k] in _HALT_VERBS and _own_plan(low, k) for k in range(max(0, t - 4), t))
        ):
            fact["_called_off"] = True
        self._qualifiers(sent, fact, t, hi)
        parties = [m for m in (subject, obj) if isinstance(m, Mention)]
        fact["_span"] = (
            min([t, *(m.start for m in parties)]),
            max([reach, *(m.end for m in parties)]),
            hi,
            t,
        )
        if second is not None and isinstance(subject, Mention) and second[0].entity not in {s_id, o_id}:
            # "to buy tanks from China and fighter planes from Brazil": each seller its own arms
            fact["weapons"] = self._distinct(self._weapon_mentions(sent, t, subject.start))
            fact["_more"] = [{**fact, "subject": second[0].entity, "weapons": second[1]}]
        elif not isinstance(subject, Mention) and (split := self._by_origin(sent, t, hi, s_id)):
            # "Iran is receiving Russian S-400 and Chinese HQ-9 systems": each maker its own arms
            fact["weapons"] = split.pop(s_id)
            fact["_more"] = [{**fact, "subject": o, "weapons": w} for o, w in split.items() if o != o_id]
        if isinstance(obj, Mention) and (gapped := _gapped(sent, obj.end, hi)) is not None:
            # "supplying rockets to the Eritreans and tanks to the Ethiopians": the same verb, twice
            recipient, arms = gapped
            if recipient.entity not in {s_id, o_id}:
                fact["weapons"] = self._distinct(self._weapon_mentions(sent, t, obj.start)) or weapons
                again = {k: v for k, v in fact.items() if k != "_more"}
                fact["_more"] = [
                    *fact.get("_more", []),
                    {**again, "object": recipient.entity, "weapons": arms},
                ]
        return fact

    def _supplier_noun(
        self, sent: Sentence, t: int, lo: int, hi: int, skip: set[int]
    ) -> tuple[Mention | None, Mention | None]:
        """The parties of "supplier", "source" or "backer" at ``t``: "Azerbaijan's main arms supplier
        is Israel", "the biggest supplier of arms to Israel", "the main arms supplier of India"."""
        low = sent.lower
        subject = (
            self._left(sent, t, lo, skip, allow_possessive=False)
            or self._in_role(sent, t)
            or self._after_word(sent, t, min(hi, t + 3), _BE | {"remains", "remained"})
        )
        obj = next(
            (
                m
                for m in sent.mentions
                if m.role == "actor"
                and m.end < t
                and m.end + 1 <= t
                and _possessive(low, m.end)
                and m is not subject
            ),
            None,
        ) or self._after_word(sent, t, hi, _RECIPIENT_PREPOSITIONS)
        j = t + 1
        while j < len(low) - 1 and (low[j].endswith("ly") or low[j] == "and" or low[j] in _QUOTES):
            j += 1  # "the largest backer financially and militarily” of Hamas"
        if obj is None and low[j : j + 1] == ["of"]:
            obj = _mention_from(sent, j + 1)
        return subject, obj

    def _listed_parties(
        self,
        sent: Sentence,
        t: int,
        fact: dict[str, Any],
        subject: Mention | str | None,
        obj: Mention | str | None,
        frame: _Frame | None,
        lo: int,
        hi: int,
        sellers: list[Mention],
    ) -> None:
        """The other parties listed with the supplier or recipient, one claim each: "to Russia or
        Ukraine", "Iran, Russia and China supplied", "bought tanks from Russia and Israel", "X and Y
        said they would send arms" (each says so of itself)."""
        low = sent.lower
        word = low[t]
        pair = {fact["subject"], fact["object"]}
        if isinstance(obj, Mention):
            also = self._coordinated(sent, obj, hi)
            if word in _RECEIVE and obj.start < t:
                also = [*self._listed_with(sent, obj, lo), *also]  # "Estonia and Latvia bought"
            fact["_also"] = [m.entity for m in also if m.entity not in pair and self._actor(m.entity)]
        listed = self._listed_with(sent, subject, lo) if isinstance(subject, Mention) else []
        if isinstance(subject, Mention) and (
            subject.start > t or (subject.start > 1 and "by" in low[subject.start - 2 : subject.start])
        ):
            listed = self._coordinated(sent, subject, hi)  # "delivered by Poland and Germany", "are X and Y"
        if frame is not None and subject is frame.source and frame.also:
            listed = frame.also  # "X and Y said they would send arms": each sends, and says so
            fact["_own_voice"] = True
        if word in _RECEIVE and sellers:
            fact["_also_subjects"] = [
                m.entity for m in sellers if m.entity not in pair and self._actor(m.entity)
            ]
        if isinstance(subject, Mention) and word not in _RECEIVE:
            fact["_also_subjects"] = [
                s
                for m in listed
                # a leader or a ministry listed supplies for its state (and no state supplies itself)
                if (s := self._state_of(m.entity) if self._acts_for_state(m.entity) else m.entity)
                and s not in pair
                and self._actor(s)
            ]

    def _of_arms_here(
        self, sent: Sentence, t: int, lo: int, hi: int, o_id: str, frame: _Frame | None, doc: _Doc
    ) -> bool:
        """Whether the supply at ``t``, naming no weapon, is of arms all the same: a word for arms in
        its clause, a verb of arming, a supply the article named before ("the shipments were
        received", "12 of them"), or backing an armed group."""
        low = sent.lower
        word = low[t]
        return (
            any(_arms_word(low, k) for k in range(lo, hi))
            or word in {"supplier", "suppliers", "arming", "rearming", "arm", "rearm", "armed"}
            or (word in _ARMING and word != "passed" and word not in _ARMS_AFTER)  # arming, or by arms
            or (_anaphoric_supply(low, t) and bool(doc.facts))
            or (_them_after(low, t) and bool(doc.supplies))  # "Kyiv has received 12 of them"
            or self._backs_group(sent, t, o_id, frame, lo)
            or (word.startswith(("resuppl", "suppl")) and self._armed_group(o_id))  # "supplying the RSF"
            or _troops_to(sent, t)  # "North Korea has sent troops to Russia": its military support
        )

    def _supply_ids(
        self, low: list[str], t: int, s_id: str | None, o_id: str | None
    ) -> tuple[str, str] | None:
        """The supplier and recipient ids the claim names: a state's leader, body or forces act for
        the state; None when the pair is no supply (no person, outlet or state's own forces)."""
        word = low[t]
        if (spec := self.spec(s_id)) is not None and (
            self._acts_for_state(s_id)
            or (
                spec.kind == "armed-forces"
                and (s_id == f"{spec.country}-armed-forces" or s_id in _NATIONAL_FORCES)
            )
        ):
            # "Biden approved new munition shipments to Israel", "the State Department approved
            # sales to Taiwan", "the French military denied supplying missiles": the state supplies
            # (a named force, such as the IRGC, supplies as itself); a person of no state, such as a
            # private arms dealer, supplies as himself
            s_id = spec.country or (s_id if spec.type == EntityType.PERSON else None)
        if (spec := self.spec(o_id)) is not None and spec.kind in _GOVERNMENT_BODIES and spec.country:
            o_id = spec.country  # "Ukraine's defence ministry said it had received drones": Ukraine did
        if (spec := self.spec(o_id)) is not None and spec.type == EntityType.PERSON:
            if word not in _RECEIVE or word in _REQUEST or not spec.country or _passive(low, t):
                return None  # "the drones that were delivered" near a name: no person receives arms
            o_id = spec.country  # "Duda ... attended a ceremony to receive the tanks": his state receives
        if not s_id or not o_id or s_id == o_id or not self._actor(s_id) or not self._actor(o_id):
            return None
        if self._outlet(s_id) or self._outlet(o_id):
            return None  # "As revealed by Reuters, cargo planes delivered the arms": outlets trade no arms
        if (
            (spec := self.spec(o_id)) is not None
            and spec.country == s_id
            and spec.kind != "armed-group"  # "the Janjaweed received rifles from Khartoum": it does
        ):
            # "the Pakistan Air Force commissioned jets", "the ministry confirmed the jets were handed
            # over to the Indonesian Air Force": no state supplies its own air force
            return None
        side = self._state_side(s_id)
        if side is not None and side != s_id and side in {o_id, self._state_side(o_id)}:
            return None  # "jets acquired from Dassault for the Indian Air Force": nor does its air force
        return s_id, o_id

    def _state_side(self, entity_id: str) -> str | None:
        """The state a party is or belongs to as a state body or force; None for companies, armed
        groups, persons and others, which act as themselves."""
        spec = self.spec(entity_id)
        if spec is None:
            return None
        if spec.type == EntityType.COUNTRY:
            return entity_id
        if spec.kind in _GOVERNMENT_BODIES or spec.kind in {"armed-forces", "government"}:
            return spec.country
        return None

    def _receipt(
        self,
        sent: Sentence,
        t: int,
        frame: _Frame | None,
        lo: int,
        hi: int,
        skip: set[int],
        doc: _Doc,
        weapons: list[str],
    ) -> _Receipt | None:
        """The parties of a verb or noun of receiving, buying or ordering at ``t`` ("Russia received
        drones from Iran", "India bought Rafale jets", "the F-16s arrived in Ukraine"): the recipient
        named before or in a frame, the seller after "from" or found from the arms; None when the
        word is no purchase of arms at all ("ordered troops", "asked for information")."""
        low = sent.lower
        word = low[t]
        if _deterred(low, t, sent):
            return None  # "tried to deter countries from buying equipment from Russia": no buyer named
        if word in _ORDERS and not _CARRYING.isdisjoint(low[t + 1 : t + 7]):
            return None  # "Turkey ordered a cargo plane carrying arms from Iran to land": a command
        guessed = False  # the recipient is only the speaker's state ("arrived, X said")
        if (word.endswith("ed") or (word == "bought" and "by" in low[t + 1 : t + 3])) and (
            _passive(low, t) or low[t + 1 : t + 2] == ["by"]
        ):
            # "the shipments are received by Russia", "aircraft already purchased by Kiev"
            recipient = self._after_word(sent, t, hi, {"by"})
        elif word in _RECEIPT_NOUNS and low[t + 1 : t + 2] == ["by"]:
            recipient = self._after_word(sent, t, t + 3, {"by"})  # "the acquisition by Caracas of"
        else:
            # "Algeria's purchase of", "Algeria's purchasing of": the possessor buys
            noun = word in _RECEIPT_NOUNS or (word.endswith("ing") and low[t + 1 : t + 2] == ["of"])
            recipient = (self._possessor(sent, t, loose=True) if noun else None) or (
                self._left(sent, t, lo, skip) or self._possessor(sent, t)
            )
            if (
                isinstance(recipient, Mention)
                and not _PENALTY_NOUNS.isdisjoint(low[recipient.end : t])
                and _BREACHES.isdisjoint(low[recipient.end : t])  # "it violated UN sanctions by": it buys
                and _FACING.isdisjoint(low[recipient.end : t])  # "Egypt that it could face sanctions over"
            ):
                # "Indonesia may be hit by US sanctions for buying weapons from Moscow", "sanctions on
                # nations buying arms from Russia": the one who sanctions buys nothing; the one it hits does
                earlier = self._left(sent, recipient.start, lo, skip)
                recipient = (
                    earlier
                    if earlier is not None and _PENALTY_NOUNS.isdisjoint(low[earlier.end : recipient.start])
                    else None
                )
        penalty = frame is not None and frame.source is not None and low[frame.verb] in _PENALTIES
        if penalty and recipient is None and frame.verb < t:
            # "Indonesia may be hit by US sanctions for buying weapons from Moscow": the one the
            # sanctions hit buys, never the one who imposes them; "it could face sanctions over a
            # contract to buy": the one who faces them
            facing = not _FACING.isdisjoint(low[frame.source.end : frame.verb + 1])
            recipient = (
                frame.source
                if facing
                else self._after_word(sent, frame.verb, t, {"on", "against"})
                or self._left(sent, frame.source.start, 0, set())
            )  # "imposed sanctions on Turkey for buying the S-400": Turkey
        elif (
            recipient is None
            and frame is not None
            and frame.source is not None
            and frame.verb < frame.start <= t <= frame.start + (14 if _deal_to(low, t) else 4)
            and not any(sent.mention_at(k) for k in range(frame.start, t))
        ):
            # "Russia acknowledged receiving shells from North Korea", "India announced its
            # intention to procure jets", "Croatia announced an 86 million euro deal to purchase
            # drones": the speaker receives
            recipient = frame.source
            if frame.source.start > 1 and low[frame.source.start - 1] in {"who", "which"}:
                # "the Houthis, who Saudi Arabia says receive missiles": the relative's antecedent
                recipient = self._left(sent, frame.source.start - 1, 0, set()) or recipient
        if (
            recipient is None
            and frame is not None
            and frame.source is not None
            and word in _BOUGHT
            and _passive(low, t)
        ):
            # "Ethiopia said the drones were purchased from Turkey": the speaker's state bought them,
            # unless the article has another using or receiving them
            used = self._context_use(doc, weapons) if weapons else None
            recipient = used["subject"] if used else self._home_of(_entity(frame.source))
            guessed = recipient is not None
        # the seller is named in the purchase's own clause ("... for purchasing the S-400 system and was
        # removed from Washington's F-35 program": not Washington)
        own = next(
            (k for k in range(t + 1, hi - 1) if low[k] == "and" and low[k + 1] in _BE | _AUXILIARIES), hi
        )
        source = self._after_word(sent, t, own, {"from"})
        if source is not None and _no_seller_from(low, source.start):
            source = None  # "received the tanks under pressure from the US": no seller
        supplier = (
            source
            or self._speakers_country(sent, t, hi, frame)
            or self._deal_partner(sent, t, lo)
            or self._share_of(sent, t, lo, skip)  # "the US accounted for 69% of Israel's arms imports"
        )
        if supplier is None and word not in _REQUEST:
            # "received 20 armoured vehicles donated by China": the arms' giver
            supplier = next(
                (
                    m
                    for k in range(t + 1, hi - 2)
                    if low[k] in _SUPPLY
                    and low[k].endswith(("ed", "en", "nt", "ld"))
                    and low[k + 1] == "by"
                    and (m := _mention_from(sent, k + 2)) is not None
                    and m.role == "actor"
                ),
                None,
            )
        if supplier is None and word in _PAYS:
            # "Russia paid Iran for the drones": the one paid sold them
            payee = self._right_after(sent, t, hi)
            supplier = payee if payee is not None and low[payee.end : payee.end + 1] == ["for"] else None
        if supplier is None and word in {"asked", "asks", "asking"}:
            # "Kyiv asked Berlin for more tanks": the one asked supplies
            supplier = self._right_after(sent, t, hi)
            if supplier is None or low[supplier.end : supplier.end + 1] != ["for"]:
                return None
            if not _asked_for_arms(sent, supplier.end + 1):
                return None  # "asked Peru for information about guns sold by Jordan": not for arms
        if word in _ORDERS and supplier is None and weapons:
            # "Egypt ordered 30 more Rafales": an order of a system its maker's state sells;
            # "Finland has ordered the Israeli-made David's Sling": of the state named as its maker
            arms, maker = _order_of_arms(sent, t)
            supplier = (maker or self._system_origin(weapons)) if arms else None
        if (word in _ORDERS or word in _GETS) and supplier is None:
            return None  # "Putin ordered troops to ...", "got a chance": not a purchase
        if word in _ARRIVE:
            if supplier is None and "from" in low[lo:t]:
                # "the first tanks from Germany arrived in Ukraine"
                supplier = self._after_word(sent, low.index("from", lo, t) - 1, t, {"from"})
            if supplier is None:
                # "the helicopters donated by Russia arrived in Mali"
                supplier = next(
                    (
                        m
                        for k in range(lo, t - 2)
                        if low[k] in _GIVEN and low[k + 1] == "by" and (m := _mention_from(sent, k + 2))
                    ),
                    None,
                )
            recipient = self._after_word(sent, t, hi, {"in"}, place_ok=True) or _arrived_at(sent, t)
            if recipient is None and frame is not None and frame.source is not None:
                # "10 K2 tanks had arrived from South Korea, Poland's Defence Ministry said": in Poland
                recipient = self._home_of(_entity(frame.source))
                guessed = recipient is not None
            if recipient is None and supplier is not None:
                # "More jets are expected to arrive soon from Denmark": where the article has
                # such arms arriving, if it has them arriving in one place only
                recipient = self._sole_recipient(doc, weapons, _entity(supplier))
        if supplier is None:
            origins = [
                w.origin
                for w in self._weapon_mentions(sent, t, own)
                + self._weapon_mentions(sent, t, own, before=True)
            ]
            supplier = next((o for o in origins if o), None)
        if supplier is None and word not in _REQUEST:
            # "Lebanon received its first shipment of French weapons": the state named as their origin
            supplier = next((m for m in sent.mentions if t < m.start < own and m.role == "origin"), None)
        if supplier is None and recipient is not None:
            # "India bought Rafale jets": who the article has selling it such arms, else the
            # state that makes the system, else whoever the article has supplying it
            supplier = (
                self._context_supplier(doc, recipient, weapons)
                or self._system_origin(weapons)
                or self._context_supplier(doc, recipient)
            )
        sellers: list[Mention] = []
        second = None
        if isinstance(supplier, Mention):
            sellers = self._sellers_listed(sent, supplier, hi)  # "bought tanks from Russia and Israel"
            second = None if sellers else self._second_seller(sent, supplier, hi)
        return _Receipt(supplier, recipient, guessed, sellers, second)

    def _bought_for(self, sent: Sentence, t: int, hi: int, buyer: Mention) -> Mention | None:
        """Whom the buying at ``t`` is for, when that is another than the buyer and its own forces:
        "tried to acquire advanced weapons for Colombian FARC rebels"; never "for the Indian Air Force"
        bought by India, "for $1.5 million" or "for use in Ukraine"."""
        low = sent.lower
        if low[t] not in _BUYING or _passive(low, t) or buyer.start > t:
            return None
        if any(m.role == "weapon" and buyer.end <= m.start < t for m in sent.mentions):
            return None  # "inspected drones purchased from Turkey for the Border Service": not the buyer
        k = next((k for k in range(t + 1, hi) if low[k] == "for"), None)
        if k is None or any(low[j] in _CLAUSE_BREAKS for j in range(t + 1, k)):
            return None
        j = k + 1
        while j < hi and low[j] in {"the", "its", "their"}:
            j += 1
        end_user = _mention_from(sent, j)
        if end_user is None or end_user.role != "actor" or not self._actor(end_user.entity):
            return None
        home = self._state_of(buyer.entity) or buyer.entity
        if end_user.entity == buyer.entity or (self._state_of(end_user.entity) or end_user.entity) == home:
            return None
        return end_user

    def _involved(self, sent: Sentence, k: int) -> Mention | None:
        """Who is "involved" at ``k`` in a supply: the party named just before ("Russia is involved in
        supplying"), or the state of the firms named so ("U.S. companies involved in selling weapons")."""
        low = sent.lower
        j = k - 1
        while j > 0 and (low[j] in _BE or low[j] in _AUXILIARIES or low[j].endswith("ly")):
            j -= 1  # "Russia is directly involved in"
        j -= low[j] in _FIRMS
        m = sent.mention_at(j) if j >= 0 else None
        return m if m is not None and m.end == j + 1 and m.role in {"actor", "origin"} else None

    def _earner(self, sent: Sentence, t: int, lo: int, skip: set[int]) -> Mention | None:
        """Who earned money "from" the sales at ``t``: "Sweden raked in 804 million kronor from
        weapons sales to the UAE"."""
        low = sent.lower
        f = next((k for k in range(t - 1, max(lo, t - 4) - 1, -1) if low[k] == "from"), None)
        v = next((k for k in range(f - 1, max(lo, f - 9) - 1, -1) if low[k] in _EARN), None) if f else None
        return self._left(sent, v, lo, skip) if v is not None else None

    def _by_origin(self, sent: Sentence, t: int, hi: int, supplier: str) -> dict[str, list[str]]:
        """The arms after ``t`` grouped by their origin, when they have two origins or more and the
        supplier is one of them ("receiving Russian S-400 and Chinese HQ-9 systems"); else empty."""
        arms = [m for m in self._weapon_mentions(sent, t, hi) if m.origin]
        origins = list(dict.fromkeys(m.origin for m in arms))
        if len(origins) < 2 or supplier not in origins:
            return {}
        return {o: self._distinct([m for m in arms if m.origin == o]) for o in origins}

    def _second_seller(self, sent: Sentence, m: Mention, hi: int) -> tuple[Mention, list[str]] | None:
        """A second seller after the first, with arms of its own between them: "(to buy tanks from
        China) and fighter planes from Brazil"."""
        low = sent.lower
        if low[m.end : m.end + 1] != ["and"]:
            return None
        k = next((k for k in range(m.end + 2, min(hi, m.end + 8)) if low[k] == "from"), None)
        if k is None or (seller := _mention_from(sent, k + 1)) is None:
            return None
        if any(x.role == "actor" and m.end < x.start < k for x in sent.mentions):
            return None  # "from China and Russia's allies from ...": no arms of its own between
        weapons = self._distinct(self._weapon_mentions(sent, m.end, k))
        return (seller, weapons) if weapons else None

    def _relative_object(self, sent: Sentence, m: Mention) -> Mention | None:
        """ "The Houthis, whom Iran supplies with missiles", "Hezbollah, which Iran has armed": the
        antecedent of a relative clause whose subject is ``m``, the object of its verb."""
        low = sent.lower
        k = m.start - 1
        while k > 0 and low[k] in {"the", "a", "an"}:
            k -= 1
        if k < 2 or low[k] not in {"whom", "which", "who"} or low[k - 1] != ",":
            return None
        ante = sent.mention_at(k - 2)
        return ante if ante is not None and ante.role == "actor" else None

    def _holder(self, sent: Sentence, t: int, lo: int, skip: set[int]) -> Mention | None:
        """ "Syria operates tanks supplied by Russia", "Syria's arsenal includes tanks supplied by
        Russia": who holds the arms a participle at ``t`` names the giver of."""
        low = sent.lower
        arms = sent.mention_at(t - 1)
        if arms is None or arms.role != "weapon":
            return None
        v = _hold_verb(low, arms.start, lo)
        if v is None:
            return None
        if low[v].startswith("includ"):
            # "Syria's arsenal includes": the owner of the stock
            if v < 3 or low[v - 1] not in _STOCKS or low[v - 2] not in {"’s", "'s"}:
                return None
            owner = sent.mention_at(v - 3)
            return owner if owner is not None and owner.role == "actor" else None
        return self._left(sent, v, lo, skip)

    def _state_before_arms(self, sent: Sentence, t: int) -> Mention | None:
        """ "Russia sold India S-400 systems", "China offered Pakistan J-10 fighters": a state named
        by its name (not its adjective) right after a verb of giving, before the arms, receives them."""
        if sent.lower[t] not in _GIVE_TWO:
            return None
        m = sent.mention_at(t + 1)
        if m is None or m.role != "origin" or m.start != t + 1:
            return None
        text = " ".join(sent.words[m.start : m.end])
        spec = self.spec(m.entity)
        if spec is None or spec.type != EntityType.COUNTRY or text == demonym(self.gaz, m.entity):
            return None
        if text in state_adjectives():
            return None  # "Denmark sent Swiss tanks to Ukraine": their maker, not who gets them
        return m

    def _maker_before_arms(self, sent: Sentence, m: Mention) -> bool:
        """Whether ``m`` is a company named right before arms, as their maker ("General Dynamics LAV 6.0
        armored vehicles", "Lockheed Martin F-16s"), not a party they go to."""
        spec = self.spec(m.entity)
        if spec is None or spec.kind != "company":
            return False
        k = m.end + (sent.lower[m.end : m.end + 1] in (["corp"], ["corp."], ["inc"], ["inc."], ["co."]))
        w = sent.mention_at(k)
        return (w is not None and w.role == "weapon") or (
            k < len(sent.lower) and sent.lower[k] in _ARMS_NOUNS
        )

    def _supply_parties(
        self,
        sent: Sentence,
        t: int,
        lo: int,
        hi: int,
        skip: set[int],
        frame: _Frame | None,
        doc: _Doc,
        weapons: list[str],
    ) -> tuple[Mention | str | None, Mention | str | None, str | None]:
        """Supplier and recipient of a supply verb or noun at ``t``, and the earlier fact it refers to."""
        low = sent.lower
        word = low[t]
        nominal = word in _NOMINAL and (
            (t + 1 < len(low) and low[t + 1] in {"of", "to"})
            or (t > 0 and low[t - 1] in _DETERMINERS | _ARMS | {"any", "’s", "'s"})
            or (
                t > 0 and (m := sent.mention_at(t - 1)) is not None and m.role == "weapon"
            )  # "missile supply"
            or word
            in {
                "shipment",
                "shipments",
                "deliveries",
                "sale",
                "sales",
                "aid",
                "assistance",
                "support",
                "gift",
                "gifts",
            }
        )
        participle = word.endswith("ed") or word in {"given", "sent", "sold", "flown", "lent", "resold"}
        # "Explosives supplied to the IRA by Libya killed five": a participle after the arms it tells of
        passive = participle and (_passive(low, t) or (t > 0 and _arms_at(sent, t - 1)))
        handed = (
            _handed_on(sent, lo, t) if participle and not _BE.isdisjoint(low[max(0, t - 3) : t]) else None
        )
        if handed is not None:
            # "Ammunition sold by Bulgaria to the US was later given to the rebels": the US gave it
            subject, obj = handed, self._after_word(sent, t, hi, _RECIPIENT_PREPOSITIONS)
        elif word in {"arming", "rearming"} and low[t + 1 : t + 2] == ["of"]:
            # "Tehran's arming of the Houthi rebels", "the arming of Hezbollah by Iran"
            obj = _mention_from(sent, t + 2)
            by = obj is not None and low[obj.end : obj.end + 1] == ["by"]
            subject = _mention_from(sent, obj.end + 1) if by else self._possessor(sent, t)
        elif (
            word in {"armed", "rearmed", "arms"}
            or (word == "arming" and low[t + 1 : t + 2] in (["and"], ["or"]))  # "arming and training"
        ) and not _armed_with(sent, t):
            # "Pakistan armed and trained the Taliban", "which is armed and funded by Iran"
            j = t + 1 + 2 * (low[t + 1 : t + 2] in (["and"], ["or"]) and low[t + 2 : t + 3] != [])
            j += low[j : j + 1] == ["directly"]  # "armed directly by Iran"
            by = low[j : j + 1] == ["by"]
            subject = _mention_from(sent, j + 1) if by else self._left(sent, t, lo, skip)
            if word == "arms" and (m := sent.mention_at(t - 1)) is not None:
                subject = m  # "Iran arms the Houthis": the state named before the verb
            obj = self._left(sent, t, lo, skip) if by else _mention_from(sent, j)
        elif passive or (participle and low[t + 1 : t + 2] == ["by"]):
            subject, obj = self._passive_parties(sent, t, lo, hi, skip, frame, passive)
        elif word in _HELP:
            # "helping Russia with weapons": only with "with"
            obj = self._right_after(sent, t, hi) or self._unnamed_rebels(sent, t, hi, frame, doc)
            if (
                obj is None
                or not (
                    low[obj.end : obj.end + 1] == ["with"]
                    or any(
                        w in _MAKING for w in low[obj.end : obj.end + 5]
                    )  # "helping Russia (to) produce drones"
                    or any(
                        w in _USE for w in low[obj.end : obj.end + 2]
                    )  # "helping the Houthis (to) launch missiles"
                    or self._backs_group(sent, t, obj.entity, frame, lo)
                )
            ):
                return None, None, None
            subject = self._left(sent, t, lo, skip)
        elif word in {"delivery", "deliveries"} and (took := _took_delivery(low, t)) is not None:
            # "the Wagner Group took delivery of an arms shipment from North Korea", "Serbia took the
            # delivery of a Chinese system": a receipt, from the seller named or the arms' maker
            subject = self._after_word(sent, t, hi, {"from"}) or self._arms_origin(sent, t, hi, weapons)
            obj = self._left(sent, took, lo, skip)
        elif nominal:
            subject, obj = self._nominal_parties(sent, t, lo, hi, skip, frame, doc, weapons)
        elif (addressee := self._addressee(sent, t)) is not None and (
            low[addressee[0]] in _REQUESTING or "not" in low[t - 2 : t]  # "told the US not to sell"
        ):
            # "Kyiv urged Berlin to supply Taurus missiles": the one asked supplies the one asking
            subject = addressee[1]
            asker = self._left(sent, addressee[0], 0, set())
            obj = (
                self._after_word(sent, t, hi, _RECIPIENT_PREPOSITIONS)
                or self._right_after(sent, t, hi)  # "asked Germany not to provide Turkey with"
                or (self._state_of(asker.entity) if asker is not None else None)
            )
        elif addressee is not None:
            # "Biden promised Zelenskyy to transfer air defense systems": the one promised receives
            subject = self._left(sent, addressee[0], lo, skip)
            obj = self._after_word(sent, t, hi, _RECIPIENT_PREPOSITIONS) or addressee[1]
        else:
            subject = self._left(sent, t, lo, skip)
            if (
                low[t - 2 : t] == ["re", "-"]
                and (m := sent.mention_at(t - 3)) is not None
                and m.role != "weapon"
            ):
                subject = m  # "Belarus re-exported tanks to Sudan"
            # "supplied Moscow with drones", "sent Russia missiles"; else "to/for/into Russia".
            obj = (
                self._right_after(sent, t, hi)
                or self._state_before_arms(sent, t)
                or self._after_word(sent, t, hi, _RECIPIENT_PREPOSITIONS)
                or self._deal_partner(sent, t, lo)  # "signed a contract with Poland to supply tanks"
                or self._unnamed_rebels(sent, t, hi, frame, doc)
            )
            if obj is not None and obj.start == t + 1 and _owns_arms(sent, obj):
                # "the agency agreed to export Hanwha Aerospace's 672 K9 howitzers": whose arms they
                # are sells them, to the one that agreed, unless another is named after "to"
                owner = obj
                obj = self._after_word(sent, owner.end, hi, _RECIPIENT_PREPOSITIONS) or subject
                subject = owner
            elif obj is not None and obj.start == t + 1 and self._maker_before_arms(sent, obj):
                # "a contract to sell General Dynamics LAV 6.0 armored vehicles to Saudi Arabia": the
                # maker names the arms; the one they go to follows "to"
                obj = self._after_word(sent, obj.end, hi, _RECIPIENT_PREPOSITIONS)
            if subject is None and obj is not None:
                # "A cargo plane has delivered helicopters from Russia to Mali": where they came from
                subject = self._after_word(sent, t, obj.start, {"from"})
            if (
                subject is None
                and frame is not None
                and frame.source is not None
                and not self._outlet(frame.source.entity)  # "Israeli media reported ... to arm": not Israel
                and (low[t - 1 : t] == ["to"] or t == frame.start)
                # "factories are operating at full capacity to supply weapons to Russia, South Korea's
                # defence chief said": a speaker after the claim tells of others' supply, unless
                # denying one ("There has been no agreement to supply them with weapons," he said)
                and (frame.source.start < t or not _NEGATION.isdisjoint(low[frame.start : t]))
            ):
                # "X announced a package to provide Ukraine with ...", "Iran acknowledged providing
                # drones": the speaker, or the state the speaker speaks for, supplies
                subject = self._state_of(frame.source.entity) or (
                    frame.source.entity if frame.source.type != EntityType.PERSON else None
                )
        if not (
            _OPPOSE.isdisjoint(low[max(0, t - 4) : t])
            and _COUNTER.isdisjoint(low[max(0, t - 4) : t])
            and _POLICY.isdisjoint(low[max(0, t - 4) : t + 2])
        ):
            # "opposes the supply of foreign weapons to both Kiev and Moscow", "efforts to combat the
            # smuggling of arms to Hamas", "a responsible attitude to military exports": a stance or
            # a policy, not a report of who supplies whom, so the article's parties are not filled in
            return subject, obj, None
        return self._parties_from_context(sent, t, hi, doc, weapons, subject, obj, passive, nominal)

    def _speakers_country(self, sent: Sentence, t: int, hi: int, frame: _Frame | None) -> str | None:
        """ "Frederiksen confirmed that Ukraine has received six F-16s from her country": the state
        of the one who speaks."""
        low = sent.lower
        k = next((k for k in range(t + 1, hi - 2) if low[k] == "from"), None)
        if k is None or low[k + 1 : k + 3] not in (
            ["her", "country"],
            ["his", "country"],
            ["their", "country"],
        ):
            return None
        speaker = (frame.inner or frame.source) if frame is not None else None
        return self._state_of(speaker.entity) if speaker is not None else None

    def _nominal_parties(
        self,
        sent: Sentence,
        t: int,
        lo: int,
        hi: int,
        skip: set[int],
        frame: _Frame | None,
        doc: _Doc,
        weapons: list[str],
    ) -> tuple[Mention | str | None, Mention | str | None]:
        """Supplier and recipient of a noun of supply at ``t`` ("the delivery of ... to ...")."""
        low = sent.lower
        # "from X" of another noun is not the supplier: "support to Ukraine amid attacks from Russia"
        # nor the agent of the noun's own verb: "the shipment ... was intercepted by the US Navy"
        near = next(
            (
                k
                for k in range(t + 1, hi)
                if low[k] in _ATTACKS
                or low[k] in _ASIDE
                or (low[k] in _BE and _participle_after(low, k))
                or _others_participle(low, k)
            ),
            hi,
        )
        subject: Mention | str | None = (
            self._after_word(sent, t, near, {"by", "from"})
            or self._reseller(sent, t, near, weapons)
            or self._adjacent_left(sent, t)
            or self._granter(sent, t, lo, skip)
            or self._own_delivery(sent, t, frame)
            or self._owner(sent, t, lo, skip)
            or self._earner(sent, t, lo, skip)
            or _sanctioned_for(sent, t)
            or self._denied_own(sent, t, lo, hi, skip, weapons)
        )
        obj: Mention | str | None = self._after_word(sent, t, hi, _RECIPIENT_PREPOSITIONS)
        if (
            obj is None
            and low[t] in _SALE_NOUNS
            and not _TALKS.isdisjoint(low[max(lo, t - 12) : t])
            and (partner := self._deal_partner(sent, t, lo)) is not None
        ):
            # "Belarus is in negotiations with Tehran over the sale of S-300PT systems": the one in
            # talks sells to its partner
            obj, subject = partner, self._left(sent, t, lo, skip) or subject
        made_by = self._system_origin(weapons)
        own = self._own_delivery(sent, t, frame) if obj is None and made_by is not None else None
        if (
            own is not None
            and own != made_by
            and _entity(subject) in {None, made_by, own}
            and any(f["object"] == own for f in doc.recent_supplies())
        ):
            # "India sent BrahMos to Manila ... The Philippine defence ministry confirmed the delivery
            # of the missiles": a state the article has receiving such arms owns up to receiving
            subject, obj = made_by, own
        return subject, obj

    def _parties_from_context(
        self,
        sent: Sentence,
        t: int,
        hi: int,
        doc: _Doc,
        weapons: list[str],
        subject: Mention | str | None,
        obj: Mention | str | None,
        passive: bool,
        nominal: bool,
    ) -> tuple[Mention | str | None, Mention | str | None, str | None]:
        """The party a supply at ``t`` leaves out, from the arms' origin or the article's earlier
        claims; with neither named, in a passive or a noun of arms, the claim the article is about
        (its id third)."""
        low = sent.lower
        if subject is None and obj is not None:
            # "prepare 18 F-16s for delivery to Ukraine" after "the Netherlands will deliver F-16s to
            # Ukraine": who the article has sending those arms there, before their maker's state
            subject = (
                self._named_origin(sent, t, hi, weapons)
                or self._context_supplier(doc, obj, weapons)
                or self._arms_origin(sent, t, hi, weapons)
                or self._context_supplier(doc, obj)
            )
        if subject is None and (passive or nominal):
            subject = self._arms_origin(sent, t, hi, weapons)  # "the transfer of the North Korean weapons"
        if subject is not None and obj is None and _DESTINATIONS.isdisjoint(low[t + 1 : hi]):
            # "Pyongyang also sent dozens of missiles": to whom the article has it sending them
            obj = self._context_recipient(doc, _entity(subject))
        if (
            subject is not None
            and obj is None
            and weapons
            and (passive or low[t + 1 : t + 2] == ["by"])
            and not any(m.role == "actor" and m.end <= t for m in sent.mentions)
        ):
            # "The Houthis fired missiles at Riyadh. The missiles were supplied by Iran.": their user
            # (never when the sentence names one: "Russia used missiles supplied by North Korea")
            used = self._context_use(doc, weapons)
            obj = used["subject"] if used is not None and used["subject"] != _entity(subject) else None
        if (
            subject is None
            and obj is None
            and (
                passive
                or (nominal and _determined(sent, t) and (_spoken_of(sent, t) or _pointed(low, t)))
                or (nominal and _named_subject(sent, t))
            )
            and _of_arms(sent, t)
        ):
            # "the supply of the weapons", "drones had been shipped": the claim the article is about
            earlier = self._context_claim(doc, weapons)
            if earlier is not None:
                return earlier["subject"], earlier["object"], earlier["id"]
        return subject, obj, None

    def _passive_parties(
        self, sent: Sentence, t: int, lo: int, hi: int, skip: set[int], frame: _Frame | None, passive: bool
    ) -> tuple[Mention | str | None, Mention | str | None]:
        """Supplier and recipient of a passive supply verb at ``t`` (or a participle before "by")."""
        low = sent.lower
        # "Ukraine will be provided with ...", "drones were sent to Russia", "aid provided by the U.S.",
        # "tanks have been delivered from South Korea"
        # the agent of this verb, not of one coordinated after it ("delivered and put into use by")
        own = _own_phrase_end(low, t, hi)
        subject = (
            self._after_word(sent, t, own, {"by"})
            or (self._after_word(sent, t, own, {"from"}) if passive else None)
            or (_whence(sent, t) if passive else None)
            or (self._maker_state(sent, lo, t) if passive else None)
            or (self._own_delivery(sent, t, frame, nominal=False) if passive else None)
        )
        before = self._left(sent, t, lo, skip) if passive else None
        after = self._after_word(sent, t, hi, _RECIPIENT_PREPOSITIONS)
        if before is not None and (_agent_at(sent, before) or _in_closed_relative(low, before.start, t)):
            # "The drones, made by Turkey's Baykar, were delivered": the maker; "The carriers, which
            # France refused to hand over to Russia, have been sold to Egypt": a party of the aside
            before = None
        if (
            before is not None
            and any(_arms_at(sent, k) for k in range(before.end, t))
            and ({"that", "which"}.isdisjoint(low[before.end : t]) or after is not None)
        ):
            # "the US is spreading lies about Chinese drones being delivered to the front": the
            # arms are what is delivered, not given to the party before them; "Hezbollah fired
            # missiles that were supplied by Syria": the holder of arms so described, unless the
            # clause names where they went ("Russia sold the MiG-29s, which were delivered to Algeria")
            before = None
        obj = (
            before
            or after
            or self._holder(sent, t, lo, skip)
            or (_bound_for(sent, lo, t) if passive else None)
        )
        return subject, obj

    def _backs_group(self, sent: Sentence, t: int, obj: str, frame: _Frame | None, lo: int) -> bool:
        """Whether "backing" at ``t`` arms ``obj``: an armed group said to be backed, in a charge, a
        denial or the writer's own voice ("Chad accuses Sudan of backing the rebels", "Hamas and
        Hezbollah, both of which are supported by Iran"), unless the sentence then denies arming
        ("Turkey has openly supported the rebels, but has always denied arming them")."""
        if sent.lower[t] not in _BACKING or not self._armed_group(obj):
            return False
        low = sent.lower
        return (
            (frame is not None and frame.source is not None)
            or any(w in _DENY for w in low[lo:t])
            or not any(w in _DENY for w in low[t:])
        )

    def _unnamed_rebels(
        self, sent: Sentence, t: int, hi: int, frame: _Frame | None, doc: _Doc
    ) -> Mention | None:
        """ "Chad accuses Sudan of arming the rebels", "Kinshasa says Kigali is backing rebels": rebels
        the sentence does not name are the group the article has named, else, armed against the
        state that complains, that state's."""
        low = sent.lower
        j = t + 1 + (low[t + 1 : t + 2] == ["the"])
        if (
            low[t] not in _BACKING | {"arming", "armed", "arms", "arm"}
            or j >= hi
            or low[j] not in {"rebels", "insurgents", "militias", "guerrillas"}
            or sent.mention_at(j)
        ):
            return None
        skip = {id(frame.source)} if frame is not None and frame.source is not None else set()
        backer = self._left(sent, t, frame.start if frame is not None else 0, skip)
        back = self._rebels_back(sent, t + 1, doc, self._home_of(_entity(backer)))
        if back is not None or frame is None or frame.source is None:
            return back
        state = self._home_of(frame.source.entity)
        spec = self.spec(state) if state else None
        if spec is None or spec.type != EntityType.COUNTRY:
            return None
        noun = "rebels" if low[j] in {"rebels", "insurgents", "guerrillas"} else low[j]
        name = f"{demonym(self.gaz, state) or spec.name} {noun}"
        group = slugify(name)
        if self.spec(group) is None:
            self.new[group] = EntitySpec(
                id=group, type=EntityType.ORGANIZATION, name=name, kind="armed-group", country=state
            )
        return Mention(j, j + 1, group, EntityType.ORGANIZATION)

    def _owner(self, sent: Sentence, t: int, lo: int, skip: set[int]) -> Mention | None:
        """ "threatened Iran with sanctions over its drone deliveries to Russia": whose "its" is, the
        actor named last before it (never the speaker, never one after a preposition)."""
        low = sent.lower
        k = t - 1
        while k > lo and (low[k] in _ARMS or ((m := sent.mention_at(k)) is not None and m.role == "weapon")):
            k -= 1
        if low[k] not in {"its", "their"}:
            return None
        for j in range(k - 1, lo - 1, -1):
            m = sent.mention_at(j)
            if m is not None and m.role == "actor" and id(m) not in skip:
                return None if m.start > 0 and low[m.start - 1] in _PREPOSITIONS else m
        return None

    def _own_delivery(self, sent: Sentence, t: int, frame: _Frame | None, nominal: bool = True) -> str | None:
        """ "Denmark confirmed the first delivery of F-16 jets to Ukraine", "... confirmed that the jets
        had been delivered to Ukraine": the state that confirms or announces a delivery it names no
        supplier for is the one delivering (unless it receives)."""
        low = sent.lower
        if frame is None or frame.source is None or not frame.start < t or frame.verb > t:
            return None  # "the delivery of missiles, officially confirmed by the US": not the US's
        # "The Czech Republic reported a successful delivery of ammunition to Ukraine": a state's report
        # of a delivery is its own (an outlet's never is)
        reports = low[frame.verb] in {"reported", "reports"} and not self._outlet(frame.source.entity)
        if not (frame.confirms or low[frame.verb] in {"announced", "announces"} or reports):
            return None
        before = low[frame.start : t]
        if reports and before[:1] in (["about"], ["on"]):
            before = before[1:]
        if nominal and not all(_package_word(w) for w in before):
            return None
        state = self._state_of(frame.source.entity)
        receiver = self._after_word(sent, t, len(low), _RECIPIENT_PREPOSITIONS)
        if state is None or (receiver is not None and receiver.entity == state):
            return None
        hi = min(len(low), t + 8)
        weapons = self._distinct(self._weapon_mentions(sent, t, hi))
        made = self._named_origin(sent, t, hi, weapons)
        # "China reported the delivery of US weapons to Taiwan": arms the sentence gives another state
        # are not its own (Denmark's F-16s for Ukraine are: the sentence names no maker)
        return state if made in (None, state) else None

    def _addressee(self, sent: Sentence, t: int) -> tuple[int, Mention | str | None] | None:
        """Who is promised or asked a supply at ``t``: "promised Ukraine to send", "asked the
        Netherlands to provide" (a person stands for their state), and where the phrase naming it
        starts."""
        low = sent.lower
        if t < 3 or "to" not in low[t - 2 : t]:
            return None
        k = t - 2 - ("not" in low[t - 2 : t])  # "asked Germany not to provide", "(Poland) to not deliver"
        m = sent.mention_at(k)
        if m is None or m.role != "actor" or m.end != k + 1:
            return None
        start = _title_start(sent, m.start)
        if start == 0 or low[start - 1] not in _ADDRESS:
            return None
        spec = self.spec(m.entity)
        if spec is not None and spec.type == EntityType.PERSON:
            return start - 1, spec.country
        return start - 1, m

    def _maker_state(self, sent: Sentence, lo: int, t: int) -> str | None:
        """ "The drones, made by Turkey's Baykar, were delivered to Ethiopia": the state of the maker
        the arms are described by before the passive at ``t`` (the maker's own state sends them)."""
        low = sent.lower
        for k in range(max(lo, t - 12), t - 1):
            if low[k] in _MADE and low[k + 1] == "by":
                maker = _mention_from(sent, k + 2)
                if maker is None:
                    return None
                return self._state_of(maker.entity) or (maker.entity if self._actor(maker.entity) else None)
        return None

    def _granter(self, sent: Sentence, t: int, lo: int, skip: set[int]) -> Mention | None:
        """Who grants a supply named by a noun: "the US approved the sale of jets to Israel", "X signed
        a deal for ...", "the administration delayed the sale of bombs to Israel": the subject of the
        verb the noun is the object of (no party between them); also who holds it up or halts it."""
        low = sent.lower
        for k in range(t - 1, max(lo, t - 10) - 1, -1):
            if sent.mention_at(k) is not None and sent.mention_at(k).role == "actor":
                return None
            if (low[k] in _CLAUSE_BREAKS and low[k] != "that") or low[k] in _COUNTER:
                return None  # "stepped up efforts to combat the smuggling of arms": no granter
            if (
                low[k] in _GRANT
                or low[k] in _CARRY_ON
                or low[k] in _HOLD_UP
                # "Britain halted exports of security equipment to Bahrain": its own, never "Turkey's
                # efforts to halt the delivery of Russian S-300s" (another's delivery)
                or (low[k] in _CALLED_OFF and low[t] in _TRADE)
                # "The Netherlands is to freeze all weapons exports to Turkey", "will halt": its own plan
                or (low[k] in _HALT_VERBS and low[t] in _TRADE and _own_plan(low, k))
                or low[k : k + 2] == ["ahead", "with"]  # "will go ahead with the delivery of bombs"
                or _did(low, k, t)
            ):
                return self._left(sent, k, lo, skip)
        return None

    def _share_of(self, sent: Sentence, t: int, lo: int, skip: set[int]) -> Mention | None:
        """Who "accounted for" (or "made up") a share of the receipts at ``t``."""
        low = sent.lower
        k = next((k for k in range(t - 1, max(lo, t - 12) - 1, -1) if low[k] in _SHARE), None)
        if k is None or low[k + 1 : k + 2] not in (["for"], ["up"]):
            return None
        return self._left(sent, k, lo, skip)

    def _deal_partner(self, sent: Sentence, t: int, lo: int) -> Mention | None:
        """The partner of a deal or talks the supply at ``t`` is the aim of: "signed a contract with
        France to buy jets", "a deal with Poland to supply tanks", "in discussions with Ukraine to buy
        tanks", or made under: "will receive frigates under a deal with France"."""
        low = sent.lower
        for k in range(t - 1, max(lo, t - 12) - 1, -1):
            if low[k] in _DEAL_NOUNS or (low[k] in _TALKS and not _ABOUT.isdisjoint(low[k + 1 : t])):
                partner = self._after_word(sent, k, t, {"with"})
                return partner if partner is not None and partner.start <= k + 3 else None
            if low[k] in {";", "but", "while", "which", "who"}:
                break
        for k in range(t + 1, min(len(low), t + 14)):
            if low[k] in _DEAL_NOUNS and not {"under", "through"}.isdisjoint(low[max(t, k - 4) : k]):
                # "will receive three frigates by 2026 under a deal with France"
                partner = self._after_word(sent, k, min(len(low), k + 6), {"with"})
                return partner if partner is not None and partner.start <= k + 5 else None
            if low[k] in {";", ",", "but", "while", "which", "who"}:
                return None
        return None

    def _cast_as(self, sent: Sentence, t: int) -> tuple[Mention, Mention] | None:
        """ "ties with Russia as its main supplier, India ...": the one cast as "its" supplier, and
        whose: the sentence's actor that is no preposition's object."""
        low = sent.lower
        k = next((k for k in range(t - 1, max(0, t - 5), -1) if low[k] == "as"), None)
        if k is None or low[k + 1] not in {"its", "their", "a", "an"}:
            return None  # "as its main supplier", "turned to India as a new arms supplier"
        seller = sent.mention_at(k - 1)
        if seller is None or seller.role != "actor":
            return None
        buyer = next(
            (
                m
                for m in sent.mentions
                if m.role == "actor"
                and m is not seller
                and (m.start == 0 or low[m.start - 1] not in _PREPOSITIONS)
                and not self._person(m.entity)
            ),
            None,
        )
        return (_head(sent, seller), _head(sent, buyer)) if buyer is not None else None

    def _sellers_listed(self, sent: Sentence, m: Mention, hi: int) -> list[Mention]:
        """The sellers named with ``m`` after "from": "from Russia and Israel", "from France as well
        as from the United States and Israel"."""
        low = sent.lower
        out: list[Mention] = []
        while len(out) < 12:
            listed = self._coordinated(sent, m, hi)
            out += listed
            k = (listed[-1] if listed else m).end
            k += k < hi and low[k] == ","
            if low[k : k + 3] == ["as", "well", "as"]:
                k += 3
            elif low[k : k + 2] == ["and", "from"]:
                k += 1
            else:
                break
            k += k < hi and low[k] == "from"
            the = k < hi and low[k] == "the"  # "the Netherlands" is a name with its article
            nxt = sent.mention_at(k + the) if k + the < hi else None
            if nxt is None or nxt.role != "actor" or nxt.start not in {k, k + the}:
                break
            out.append(nxt)
            m = nxt
        return out

    def _denied_own(
        self, sent: Sentence, t: int, lo: int, hi: int, skip: set[int], weapons: list[str]
    ) -> Mention | None:
        """ "China has consistently denied any arms shipments to Iran": the denier's own supplies,
        when the arms name no other maker ("denied any Belarusian exports to Iraq" is Belarus's)."""
        low = sent.lower
        k = next((k for k in range(t - 1, max(lo, t - 4) - 1, -1) if low[k] == "any"), None)
        if k is None or k < 1 or low[k - 1] not in {"denied", "denies", "deny", "denying"}:
            return None
        if self._named_origin(sent, t, hi, weapons) is not None:
            return None
        denier = self._left(sent, k - 1, lo, skip)
        spec = self.spec(denier.entity) if denier is not None else None
        # a person the article gives no state speaks for no supplier ("he denied any Belarussian ...")
        return denier if spec is not None and (spec.type != EntityType.PERSON or spec.country) else None

    def _gapped_recipient(self, sent: Sentence, subject: Mention) -> Mention | None:
        """The recipient of a supply coordinated before this one's subject, which leaves it out:
        "Lithuania has sent Stingers to Ukraine, while Estonia has sent Javelins"."""
        low = sent.lower
        k = subject.start - 1
        if k < 2 or low[k] not in {"and", "while", "whereas"}:
            return None
        k -= low[k - 1] == ","
        verb = next((j for j in range(k - 1, -1, -1) if low[j] in _SUPPLY and low[j] not in _NOMINAL), None)
        recipient = self._after_word(sent, verb, k, {"to"}) if verb is not None else None
        return recipient if recipient is not None and recipient.entity != subject.entity else None

    def _reseller(self, sent: Sentence, t: int, hi: int, weapons: list[str]) -> str | None:
        """ "approved the transfer of Danish F-16s to Argentina": a state named with arms another state
        makes owns them and passes them on (the approver only allows it)."""
        made_by = self._system_origin(weapons)
        named = self._named_origin(sent, t, hi, weapons)
        return named if made_by is not None and named is not None and named != made_by else None


def _gapped(sent: Sentence, k: int, hi: int) -> tuple[Mention, list[str]] | None:
    """The recipient and arms of a second supply that leaves out its verb, from ``k`` (right after the
    first recipient): "... and tanks to the Ethiopians"."""
    low = sent.lower
    j = k + (low[k : k + 1] == [","])
    if low[j : j + 1] != ["and"]:
        return None
    j, arms, nouns = j + 1, [], low[j + 1 : j + 2] == ["to"]  # "... to India and to Pakistan": the same arms
    while j < hi:
        m = sent.mention_at(j)
        if m is not None and m.role == "weapon":
            arms.append(m.entity)
            j = m.end
        elif m is None and (low[j] in _ARMS or low[j] in {"and", ",", "of"} or low[j][:1].isdigit()):
            nouns = nouns or low[j] in _ARMS
            j += 1
        else:
            break
    if not (arms or nouns) or low[j : j + 1] != ["to"]:
        return None
    recipient = _mention_from(sent, j + 1)
    return (recipient, list(dict.fromkeys(arms))) if recipient is not None else None


def _arrived_at(sent: Sentence, t: int) -> Mention | None:
    """The state whose base arms arrived at: "arrived at India's Jamnagar Airbase"."""
    low = sent.lower
    if low[t + 1 : t + 2] != ["at"] or low[t + 3 : t + 4] not in (["'s"], ["’s"]):
        return None
    m = sent.mention_at(t + 2)
    return m if m is not None and m.type == EntityType.COUNTRY else None


def _package_word(w: str) -> bool:
    """A word that may stand before the supply noun an announcer names as its own: "announced a new
    $400 million military aid package"."""
    return w in _DETERMINERS or w in _PACKAGE_WORDS or w in _MILITARY or w[:1].isdigit()


def _took_delivery(low: list[str], t: int) -> int | None:
    """Where "took" stands in "took (the first) delivery of" before the noun at ``t``."""
    k = t - 1
    while k > 0 and low[k] in {"the", "first", "a", "an", "its", "their", "formal", "final"}:
        k -= 1
    return k if k >= 0 and low[k] in _TAKE else None


def _paid_for_arms(sent: Sentence, t: int) -> bool:
    """Whether the payment at ``t`` is for weapons named after "for" in the next few words."""
    low = sent.lower
    k = next((k for k in range(t + 1, min(len(low), t + 8)) if low[k] == "for"), None)
    return k is not None and any(
        (m := sent.mention_at(j)) is not None and m.role == "weapon"
        for j in range(k + 1, min(len(low), k + 8))
    )


def _object_end(low: list[str], t: int, hi: int) -> int:
    """Where the object of the verb at ``t`` ends: at a clause ("received information that ...")."""
    for k in range(t + 1, hi):
        if low[k] in _CLAUSE_WORDS or low[k] in _SAY:
            return k
    return hi


def _anaphoric_supply(low: list[str], t: int) -> bool:
    """ "whether the shipments were received": a supply the article has named before."""
    return any(
        low[k] in _DETERMINERS and not _NOMINAL.isdisjoint(low[k + 1 : k + 3])
        for k in range(max(0, t - 6), min(len(low) - 1, t + 3))
        if k != t
    )  # "the shipments were received", "received the first shipment"


def _spoken_of(sent: Sentence, t: int) -> bool:
    """ "denied the transfer", "called the supply of the weapons", "the news of missile deliveries":
    the supply named before is what the sentence talks about (not "ties to the missile supply")."""
    low = sent.lower
    k = t - 1
    while k >= 0 and (
        low[k] in _DETERMINERS
        or low[k][:1].isdigit()
        or low[k] in _ARMS
        or low[k] in {"first", "latest"}
        or ((m := sent.mention_at(k)) is not None and m.role == "weapon")
    ):
        k -= 1
    if k >= 1 and low[k] == "of" and low[k - 1] in {"news", "reports", "report", "claims"}:
        return True
    return k >= 0 and (
        low[k] in _GOVERNORS or low[k] in _SAY or low[k] in _DENY or low[k] in _CALLS or low[k] in _GRANT
    )


def _pointed(low: list[str], t: int) -> bool:
    """ "these transfers", "this arms smuggling operation": a supply pointed back at."""
    k = t - 1 - (t > 1 and low[t - 1] in _ARMS)
    return k >= 0 and low[k] in {"these", "those", "this"}


def _determined(sent: Sentence, t: int) -> bool:
    """A definite supply noun: "the transfer", "the 18 Leopard deliveries"."""
    low = sent.lower
    for k in range(t - 1, max(-1, t - 4), -1):
        if low[k] in _DETERMINERS:
            return True
        weapon = sent.mention_at(k) is not None and sent.mention_at(k).role == "weapon"
        if weapon or low[k] in _ARMS:
            return True  # "missile deliveries", "arms shipments": the ones the article is about
        if not low[k][:1].isdigit():
            return False
    return False


def _handed_on(sent: Sentence, lo: int, t: int) -> Mention | None:
    """ "Ammunition sold by Bulgaria to the United States was later given to the rebels": the first
    buyer, named in the arms' own phrase before ``t``, is the one who handed them on."""
    low = sent.lower
    for k in range(lo, t - 2):
        if (low[k] not in _GIVEN and low[k] != "exported") or low[k - 1 : k] in (["be"], ["to"]):
            continue  # not "shells set to be delivered to the US": a sale still to come hands nothing on
        seller = _mention_from(sent, k + 2) if low[k + 1] == "by" else None
        to = seller.end if seller is not None else k + 1  # "rifles exported to Uzbekistan were resold"
        if (
            low[to : to + 1] == ["to"]
            and (buyer := _mention_from(sent, to + 1)) is not None
            and buyer.end <= t
        ):
            return buyer
    return None


def _bound_for(sent: Sentence, lo: int, t: int) -> Mention | None:
    """ "Weapons bound for the Houthis were shipped from Iran": where the arms before ``t`` go."""
    low = sent.lower
    k = next((k for k in range(lo, t - 2) if low[k] in _BOUND and low[k + 1] in {"for", "to"}), None)
    return _mention_from(sent, k + 2) if k is not None else None


def _own_phrase_end(low: list[str], t: int, hi: int) -> int:
    """Where the phrase of the participle at ``t`` ends: before a second participle joined to it
    ("have been delivered and put into use by the air force": "by" is the second one's), or before
    a noun of purpose with its own agent ("sent to Chad for deployment by the RSF")."""
    for k in range(t + 1, hi - 1):
        if low[k] in {"and", "or"} and (low[k + 1].endswith("ed") or low[k + 1] in {"put", "sent", "used"}):
            return k
        if low[k] == "for" and low[k + 2 : k + 3] == ["by"] and low[k + 1].endswith(("ment", "tion", "use")):
            return k
    return hi


def _weapon_subject(sent: Sentence, t: int) -> bool:
    """Whether the verb at ``t`` has a weapon for its subject ("the jets will provide ...")."""
    low = sent.lower
    if _passive(low, t) or low[t].endswith("ed") or low[t] in {"sent", "sold", "given"}:
        return False  # "no missile was sent to Syria", "drones supplied by Iran": what is supplied
    k = t - 1
    while k > 0 and low[k] in _AUXILIARIES | {"will", "would", "also", "should", "could", "may", "might"}:
        k -= 1
    m = sent.mention_at(k) if k >= 0 else None
    return m is not None and m.role == "weapon"


_RELATIVE_FILLERS = frozenset(
    [
        *("has", "have", "had", "is", "was", "were", "are", "been", "also", "reportedly", "allegedly"),
        "already",
    ]
)


def _unnamed_antecedent(sent: Sentence, t: int, lo: int) -> list[Mention] | None:
    """For a supply verb in a relative clause on a noun phrase with no name ("a firm that sold",
    "a Russian arms agency that has supplied"): the states or bodies the phrase names (none, an
    empty list); None when the verb is in no such clause."""
    low = sent.lower
    r = t - 1
    while r > lo and low[r] in _RELATIVE_FILLERS:
        r -= 1
    if r <= lo or low[r] not in {"that", "which", "who"} or sent.mention_at(r - 1) is not None:
        return None
    if not low[t].endswith("ing") and not _BE.isdisjoint(low[r + 1 : t]):
        return None  # "the government which is supported by an alliance": the antecedent receives
    start = next((k for k in range(r - 1, max(lo, r - 7) - 1, -1) if low[k] in {"a", "an", "the"}), None)
    if start is None or any(low[k] in {",", "that", "which", "who"} for k in range(start, r)):
        return None
    named = [m for m in sent.mentions if start < m.start and m.end <= r and m.type != EntityType.PERSON]
    if not named and start > 1 and low[start - 1] in _BE and (m := sent.mention_at(start - 2)) is not None:
        named = [m] if m.role == "actor" else []  # "Russia and Israel were the countries that supplied"
    return named


def _no_seller_from(low: list[str], start: int) -> bool:
    """Whether the "from" before the party at ``start`` names no seller ("under pressure from the US")."""
    f = start - 1 - (low[start - 1 : start] == ["the"])
    return f > 0 and low[f] == "from" and low[f - 1] in _NO_SOURCE


def _foiled(low: list[str], t: int) -> bool:
    """Whether the supply at ``t`` is an attempt someone foiled: "broken up several clandestine
    Iranian efforts to buy", "thwarted a plot to smuggle", "foiled an attempt to transport"."""
    k = next((k for k in range(t - 1, max(-1, t - 5), -1) if low[k] in _ATTEMPTS), None)
    if k is None:
        return False
    before = low[max(0, k - 5) : k]
    return not _FOIL.isdisjoint(before) or ("up" in before and not {"broke", "broken"}.isdisjoint(before))


def _whence(sent: Sentence, t: int) -> Mention | None:
    """ "bound for Syria, from where the weapons would be transferred to Hezbollah": the state the
    clause of the passive at ``t`` is said to be sent on from."""
    low = sent.lower
    for k in range(t - 1, max(1, t - 10), -1):
        if low[k] in {"where", "which"} and low[k - 1] == "from":
            j = k - 2 - (low[k - 2] == ",")
            m = sent.mention_at(j)
            return m if m is not None and m.type == EntityType.COUNTRY else None
        if low[k] in {";", "."}:
            break
    return None


def _asked_for_arms(sent: Sentence, k: int) -> bool:
    """Whether what is asked "for" from ``k`` on is arms ("for more tanks", "for air defence
    systems"), not something about them ("for information about the guns")."""
    low = sent.lower
    for j in range(k, min(len(low), k + 8)):
        if _arms_at(sent, j):
            return True
        if low[j] in {"about", "on", "regarding", "concerning", "into", "over", ",", "to"}:
            return False
    return False


def _sanctioned_for(sent: Sentence, t: int) -> Mention | None:
    """ "sanctions against Iran over the supply of ballistic missiles to Russia", "sanctioned two
    Chinese firms for the sale of drones": the one punished for the supply at ``t`` makes it."""
    low = sent.lower
    k = t - 1
    while k > 0 and low[k] in {"the", "its", "their", "his", "her", "alleged", "continued"}:
        k -= 1
    if k < 2 or low[k] not in {"over", "for"}:
        return None
    m = sent.mention_at(k - 1)
    if m is None or m.role != "actor":
        return None
    j = m.start - 1
    if low[j] in {"against", "on"} and j > 0 and low[j - 1] in _PENALTY_NOUNS:
        return m  # "sanctions against Iran over the supply"
    return m if low[j] in _PENALTY_VERBS else None  # "sanctioned Iran for the supply"


def _participle_after(low: list[str], k: int) -> bool:
    """Whether a past participle follows the form of "be" at ``k`` ("was intercepted", "were
    quickly seized"): a passive verb of its own, not "is still pending"."""
    j = k + 1 + (low[k + 1 : k + 2] != [] and low[k + 1].endswith("ly"))
    return j < len(low) and low[j].endswith("ed")


def _agent_at(sent: Sentence, m: Mention) -> bool:
    """Whether ``m`` is the agent after "by" of another verb ("made by Turkey's Baykar")."""
    low = sent.lower
    k = m.start - 1
    if k > 0 and low[k] in {"’s", "'s"} and (owner := sent.mention_at(k - 1)) is not None:
        k = owner.start - 1
    return k >= 0 and low[k] == "by"


def _order_of_arms(sent: Sentence, t: int) -> tuple[bool, Mention | None]:
    """Whether the order verb at ``t`` orders arms ("ordered 30 more Rafales", never "ordered
    troops to withdraw"), and the state named as their maker ("ordered the Israeli-made Barak 8")."""
    low = sent.lower
    k = t + 1 + _counted(low, t + 1)
    k += low[k : k + 1] in (["the"], ["its"], ["their"])
    k += low[k : k + 1] in (["new"], ["latest"], ["first"])  # "ordered 44 of the new Leopard 2 A7s"
    maker = sent.mention_at(k)
    if maker is not None and maker.role == "origin":
        k = maker.end + 2 * (low[maker.end : maker.end + 1] == ["-"])  # "Israeli-made"
    else:
        maker = None
    return _arms_at(sent, k), maker


# the words of a count: "30 more", "a further 12", "six", "half a dozen", "dozens of"
_COUNTING = (
    _NUMBERS
    | _COUNT_WORDS
    | {"more", "further", "another", "additional", "new", "half", "dozen", "of", "twelve", "twenty"}
)


def _counted(low: list[str], k: int) -> int:
    """How many words of count stand at ``k`` before what they count ("30 more", "a further 12",
    "six", "half a dozen", "six of the")."""
    j = k
    while j < len(low) and j - k < 4 and (low[j][:1].isdigit() or low[j] in _COUNTING):
        j += 1
    return j - k


def _troops_to(sent: Sentence, t: int) -> bool:
    """Whether the verb at ``t`` sends soldiers ("sent 10,000 troops to Russia"), which the
    annotations keep as a supply of military support without weapons."""
    low = sent.lower
    if low[t] not in _SENDING:
        return False
    j = t + 1
    while j < len(low) and (
        low[j] in {"its", "their", "more", "additional", "some", "thousands", "of"} or low[j][:1].isdigit()
    ):
        j += 1
    return j < len(low) and low[j] in {"troops", "soldiers", "servicemen", "forces", "fighters"}


def _troops_sent(sent: Sentence, t: int) -> bool:
    """ "Putin sent his troops into Ukraine": an invasion, not arms (but troops sent "to" an ally
    are its military support, a supply the annotations keep; trainers are read as a training)."""
    low = sent.lower
    if low[t] not in _SENDING:
        return False  # "gave fighters linked to al-Qaeda American-made weapons": to the fighters
    j = t + 1
    while j < len(low) and (
        low[j]
        in {"his", "her", "its", "their", "the", "some", "more", "additional", "of", "thousands", "hundreds"}
        or low[j][:1].isdigit()
        or ((m := sent.mention_at(j)) is not None and m.role == "origin")
    ):
        j = m.end if (m := sent.mention_at(j)) is not None else j + 1
    return (
        j < len(low)
        and low[j] in _FORCE_NOUNS
        and "into" in low[j + 1 : j + 3]
        # "sent troops and weapons": the weapons are sent too
        and not any(
            low[k] in _ARMS or ((w := sent.mention_at(k)) is not None and w.role == "weapon")
            for k in range(j + 1, min(len(low), j + 7))
        )
    )


def _message_sent(low: list[str], t: int) -> bool:
    """ "Warsaw has sent a formal request to Berlin", "sent a letter to": words, not arms."""
    if low[t] not in _SENDING:
        return False
    j = t + 1
    while j < len(low) and (low[j] in _DETERMINERS or low[j] in {"a", "an", "our", "his", "her", "formal"}):
        j += 1
    return j < len(low) and low[j] in _MESSAGES


def _no_transfer(sent: Sentence, t: int, hi: int, obj: Mention | str | None) -> bool:
    """Whether the supply at ``t`` names no transfer after all: a recipient that is a committee or a
    place ("to the UN's sanctions committee", "to the Syrian port of Latakia"), an attempt foiled
    ("broke up Iranian efforts to buy F-4 fighters")."""
    low = sent.lower
    if (
        isinstance(obj, Mention)
        and t < obj.start
        and obj.end + 1 < len(low)
        and _possessive(low, obj.end)
        and low[obj.end + 1 : obj.end + 2] in (["sanctions"], ["committee"], ["panel"], ["secretary"])
    ):
        return True
    if isinstance(obj, Mention) and low[obj.end : obj.end + 1] and low[obj.end] in _PLACE_NOUNS:
        return True
    if _troops_sent(sent, t) or _message_sent(low, t):
        return True
    k = t - 1
    while k >= 0 and (m := sent.mention_at(k)) is not None and m.role == "actor":
        k = m.start - 1
    k -= k >= 0 and low[k] in {"that", "which"}
    if k < t - 1 and k >= 0 and low[k] in _INFORMATION and low[t + 1 : t + 2] in (["to"], [","], ["."], []):
        # "data Sudan provided to the United Nations": the information it gave, not arms (unlike "evidence
        # that Iran provided drones to Russia", whose verb has arms of its own)
        return True
    if not _ATTEMPTS.isdisjoint(sent.vocab) and _foiled(low, t):
        return True
    return _undone_by(low, t, hi, _ENDED)


# the firms a state's adjective names: "U.S. companies involved in selling weapons to Taiwan"
_FIRMS = frozenset(["companies", "company", "firms", "firm", "entities", "individuals", "contractors"])
# what a state halts of its own: "halted arms exports to", "froze the delivery of"
_TRADE = frozenset(["sale", "sales", "export", "exports", "transfer", "transfers", "delivery", "deliveries"])
# a ban, no claim: "Washington banned U.S. arms sales to Venezuela" (a policy)
_ENDED = frozenset(["banned", "bans", "restricted", "restricts", "barred"])
# a supply halted, stopped or called off, done, so `hypothetical` ("froze the delivery of", "Israel
# stopped sending firearms to South Sudan", "whose sale to Russia was cancelled"): not a call to halt
# ("needs to halt its exports": they go on)
_CALLED_OFF = frozenset(w for w in _UNDONE - _ENDED if w.endswith(("ed", "en")) or w == "froze")


def _in_closed_relative(low: list[str], k: int, t: int) -> bool:
    """Whether the word at ``k`` stands in a relative clause set off by commas that closes before
    ``t`` ("The carriers, which France refused to hand over to Russia, have been sold")."""
    r = next((r for r in range(k - 1, -1, -1) if low[r] in {",", "which", "who", "whom"}), None)
    return r is not None and low[r] != "," and low[r - 1 : r] == [","] and "," in low[k:t]


def _undone_by(low: list[str], t: int, hi: int, verbs: frozenset[str], held: bool = False) -> bool:
    """Whether one of ``verbs`` undoes the supply at ``t``: just before it ("halted exports of"), or
    as the verb of its noun's clause ("the sale of F-35 jets to the UAE was suspended"); with
    ``held``, so does its being on hold ("the F-16 sales had been on hold")."""
    stop = next((k for k in range(t + 1, min(hi, t + 11)) if low[k] in {",", "whose", "which", ";"}), t + 11)
    return (
        not verbs.isdisjoint(low[max(0, t - 3) : t])
        or any(
            low[k] in _BE
            and (
                low[k + 1] in verbs
                or (held and low[k + 1 : k + 3] == ["on", "hold"])
                # "had been officially cancelled", "was formally suspended" (not "partially
                # suspended": the rest goes on)
                or (
                    low[k + 1].endswith("ly")
                    and low[k + 1] not in {"partially", "partly"}
                    and low[k + 2 : k + 3]
                    and low[k + 2] in verbs
                )
            )
            for k in range(t + 1, min(hi, stop) - 1)
        )
    )


def _details_of(low: list[str], t: int) -> bool:
    """Whether the supply word at ``t`` only tells that nothing was said of a supply: "Further
    details of the delivery have not been provided", "No date for the delivery was given"."""
    for k in range(t - 1, max(-1, t - 8), -1):
        if low[k] in _DETAILS:
            return not _NEGATION.isdisjoint(low[max(0, k - 2) : t + 5])
        linking = low[k] in _DETAIL_LINKS or low[k] in _NOMINAL or low[k] in _BE or low[k] in _AUXILIARIES
        if not linking and low[k] not in _NEGATION and low[k] != "yet":
            return False
    return False


def _others_participle(low: list[str], k: int) -> bool:
    """Whether "by" at ``k`` follows a participle of someone else's act on the supply ("the delivery
    of missiles, officially confirmed by the US"), not one of supplying or making ("sent by Iran")."""
    if low[k] != "by" or k < 1:
        return False
    verb = low[k - 1] if not low[k - 1].endswith("ly") or k < 2 else low[k - 2]
    return verb.endswith("ed") and verb not in _SUPPLY and verb not in _MADE


def _deterred(low: list[str], t: int, sent: Sentence) -> bool:
    """Whether the purchase at ``t`` is one someone is kept from, by buyers the sentence does not
    name: "tried to deter countries from buying military equipment from Russia"."""
    if t < 3 or low[t - 1] != "from":
        return False
    k = next((k for k in range(t - 2, max(-1, t - 5), -1) if low[k] in _DETER), None)
    return k is not None and not any(sent.mention_at(j) for j in range(k + 1, t - 1))


def _paid_in_arms(sent: Sentence, t: int, hi: int) -> bool:
    """Whether what is received at ``t`` is no arms, given "in return for" arms named after it, or
    money "from X for" arms: the arms go the other way."""
    low = sent.lower
    k = next(
        (
            k
            for k in range(t + 1, hi - 2)
            if low[k] == "in" and low[k + 1 : k + 3] in (["return", "for"], ["exchange", "for"])
        ),
        None,
    )
    if k is None:
        # "received a similar amount from Eritrea for a batch of MiG-29 fighters": paid for them
        at = next((j for j in range(t + 1, min(hi, t + 8)) if low[j] == "from"), None)
        paid = at is not None and any(w in _MONEY or w.startswith("$") for w in low[t + 1 : at])
        return paid and _paid_for_arms(sent, at)
    if any(_arms_at(sent, j) for j in range(t + 1, k)):
        return False
    return any(_arms_at(sent, j) for j in range(k + 3, hi))


def _did(low: list[str], k: int, t: int) -> bool:
    """Whether the verb at ``k`` only says that the supply noun at ``t`` happened: "made another
    shipment", "carried out the delivery" (not "made a request for the delivery").

    >>> _did(["russia", "made", "another", "shipment"], 1, 3), _did(["made", "a", "request", "for", "delivery"], 0, 4)
    (True, False)
    """
    if low[k] not in _DID:
        return False
    start = k + 1 + (low[k].startswith("carr") and low[k + 1 : k + 2] == ["out"])
    if low[k].startswith("carr") and start == k + 1:
        return False
    return all(w in _PACKAGE_WORDS or w in _DETERMINERS for w in low[start:t])


def _fronted_source(sent: Sentence) -> Mention | None:
    """The state a sentence opens with as where things come from: "From Russia, an institution ...
    has sent military tools, equipment and ammunition to the Syrian Defense Ministry"."""
    low = sent.lower
    k = 1 + (low[:1] == ["“"] or low[:1] == ['"'])
    m = sent.mention_at(k) if low[k - 1 : k] == ["from"] else None
    if m is None or m.start != k or m.type != EntityType.COUNTRY or low[m.end : m.end + 1] != [","]:
        return None
    return m


def _owns_arms(sent: Sentence, m: Mention) -> bool:
    """Whether ``m`` is named as the owner of arms that follow it: "Hanwha Aerospace's 672 K9
    howitzers", "Iran's drones" (not "Ukraine's army", a party of its own)."""
    low = sent.lower
    j = m.end
    if low[j : j + 1] not in (["'s"], ["’s"]):
        return False
    j += 1
    while j < len(low) and (low[j][:1].isdigit() or low[j] in {"units", "of"}):
        j += 1  # "672 units of K9 howitzers"
    w = sent.mention_at(j)
    return (w is not None and w.role == "weapon") or (j < len(low) and low[j] in _ARMS_NOUNS)


def _deal_called_off(low: list[str], t: int) -> bool:
    """Whether the verb at ``t`` completes a deal that was called off, so no more than planned: "has
    scrapped a deal to purchase 16 helicopters", "cancelled the 12.7-billion-peso ($227 million) deal to
    acquire"."""
    if not (t > 2 and low[t - 1] == "to" and low[t - 2] in _DEAL_NOUNS):
        return False
    for k in range(t - 3, max(-1, t - 18), -1):
        if low[k] in _CALLED_OFF:
            return True
        if low[k] in _SEAL or low[k] in {",", ";", ":", "and", "but", "that", "which"}:
            return False
    return False


def _deal_to(low: list[str], t: int) -> bool:
    """ "a deal to purchase", "an intention to procure": a deal or resolve that the verb at ``t``
    completes, however long its amount ("an 86 million euro ($91 million) deal to purchase")."""
    return low[t - 1 : t] == ["to"] and t > 1 and (low[t - 2] in _DEAL_NOUNS or low[t - 2] in _RESOLVES)
