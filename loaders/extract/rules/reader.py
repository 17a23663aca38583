"""The reader: each sentence through the three steps, a second reading of the sentences that
left a party out, and the facts numbered in reading order.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from graph.facts import EntitySpec
from graph.gazetteer import Gazetteer
from graph.ontology import EntityType, Predicate

from ..dates import statement_date
from ..mentions import STATEMENT, Mention, Sentence, dateline_state
from .attribution import AttributionRules, _quoted
from .clauses import (
    _armed_with,
    _arms_at,
    _landing_only,
    _mention_from,
    _model_name,
    _possessive,
    _seizer,
    _vessel,
)
from .context import ContextRules
from .parties import PartyRules
from .stance import StanceRules
from .state import _Doc, _Frame
from .supply import SupplyRules
from .supply_phrases import _SWAPS, SupplyPhraseRules
from .training import _POSTED, TrainingRules
from .use import UseRules
from .vocabulary import (
    _ARMING,
    _ARMING_ADVERBS,
    _ARMING_PARTNERS,
    _ARMING_PARTNERS_NOW,
    _ARMS,
    _ARMS_AFTER,
    _ARRIVE,
    _ATTACKS,
    _BACKERS,
    _BE,
    _BUILD,
    _BUYERS,
    _CARRY,
    _CLAUSE_BREAKS,
    _CONFIRM_VERBS,
    _DEAL_NOUNS,
    _DEALINGS,
    _DEPLOY,
    _DETERMINERS,
    _DEVELOPED,
    _EVENTS,
    _FRAME_WORDS,
    _GIVEN,
    _GOVERNMENTS,
    _GRANT,
    _HELD,
    _HELP,
    _HOLD,
    _INCLUDES,
    _INDUCTING,
    _MILITARY,
    _NOMINAL,
    _NUMBERS,
    _PAPERS,
    _PLEDGES,
    _PRODUCE,
    _REACHED,
    _RECEIVE,
    _RECENT,
    _RELY,
    _REQUEST,
    _SAME_FACT,
    _SEAL,
    _SEIZE,
    _SHOOT,
    _SPREAD,
    _STATE_BODIES,
    _STOCKS,
    _STORIES,
    _STRIKE_VERBS,
    _SUPPLY,
    _THANK,
    _TRAIN,
    _TRUE,
    _USE,
    _USERS,
    _VEHICLES,
    _WEAK_ARMS,
)
from .warning import WarningRules
from .weapons import WeaponRules

__all__ = ["RuleReader"]


class RuleReader(
    AttributionRules,
    PartyRules,
    WeaponRules,
    ContextRules,
    SupplyRules,
    SupplyPhraseRules,
    UseRules,
    TrainingRules,
    StanceRules,
    WarningRules,
):
    """Turns recognised sentences into fact dictionaries in the DESIGN.md format.

    Examples
    --------
    >>> from loaders.extract.mentions import Recognizer
    >>> gaz = Gazetteer.default()
    >>> sents, new = Recognizer(gaz).read(["Iran denies supplying missiles to Russia."])
    >>> [(f["predicate"], f["stance"]) for f in RuleReader(gaz, new).facts(sents, None)]
    [('SUPPLIES', 'reported'), ('DENIES', 'asserted')]
    """

    def __init__(self, gazetteer: Gazetteer, new: dict[str, EntitySpec]):
        self.gaz = gazetteer
        self.new = new
        self.bodies_of: dict[str, set[str]] = {}  # the bodies each person is titled a member of

    def spec(self, entity_id: str) -> EntitySpec | None:
        """The entity with this id, known or newly met."""
        return self.gaz.get(entity_id) or self.new.get(entity_id)

    def facts(self, sentences: list[Sentence], published: dt.date | None) -> list[dict[str, Any]]:
        """Every fact of the sentences, numbered f1, f2, ... in reading order; a supply whose other
        party the article names only later ("28 tanks have arrived in Poland" before "Poland ordered
        tanks from South Korea") comes last."""
        doc = _Doc(published, home=dateline_state(sentences, self.gaz))
        quoted = _quoted(sentences)
        speakers: dict[int, Mention | bool | None] = {}
        for i, sent in enumerate(sentences):
            speaker: Mention | bool | None = False
            if i in quoted:
                speaker = speakers[i] = self._quote_speaker(sentences, i, quoted, doc)
            doc.index = i
            self._sentence(sent, doc, speaker)
        if doc.waiting and doc.supplies:
            self._read_again(sentences, doc, speakers)
        self._parts(doc)
        return doc.facts

    def _parts(self, doc: _Doc) -> None:
        """A PART_OF for each body that acts or speaks in the other facts (a subject, a source, a
        member's body). A body met in passing ("the Armenian military attaché") or only on the
        receiving end ("supplied drones to the Ethiopian military") gets none: the annotators state
        the parent of the bodies whose voice or acts the article reports."""
        named: dict[str, str] = {}  # body → the quote of the first fact where it acts or speaks
        for f in doc.facts:
            member_of = f.get("object") if f["predicate"] == "MEMBER_OF" else None
            for x in (f["subject"], member_of, *f.get("attributed_to", [])):
                named.setdefault(x, f["quote"])
        parts = [(body, parent, sent.text) for body, parent, sent in doc.parts]
        for body, quote in named.items():
            spec = self.spec(body) if body else None
            if spec is not None and spec.kind in _STATE_BODIES and spec.country:
                parts.append((body, spec.country, quote))  # "the IDF said": a known body of Israel
        for body, parent, quote in parts:
            if body in named and ("PART_OF", body, parent) not in doc.seen:
                fact = {"predicate": "PART_OF", "subject": body, "object": parent, "stance": "asserted"}
                doc.facts.append({"id": f"f{doc.id_base + len(doc.facts) + 1}", **fact, "quote": quote})
                doc.seen.add(("PART_OF", body, parent))

    def _read_again(
        self, sentences: list[Sentence], doc: _Doc, speakers: dict[int, Mention | bool | None]
    ) -> None:
        """Read once more, with the whole article's supplies as context, the sentences that left a
        supply's party out before the article named it. Only their new supply claims are kept, and
        none from a sentence with a denial (a denied claim must never come back positive)."""
        known = {(f["subject"], f["object"], f["quote"]) for f in doc.supplies}
        told = {f["quote"] for f in doc.supplies}
        for i, known_then in dict.fromkeys(doc.waiting):
            if known_then == len(doc.supplies):
                continue  # no supply was read after it: the context would be the same
            base = 10 * (len(doc.facts) + len(sentences) + 1)  # ids apart from the first reading's
            # the supplies around it, bounded, so a huge text stays linear
            later = doc.supplies[known_then : known_then + _RECENT]
            near = [*doc.supplies[max(0, known_then - _RECENT) : known_then], *later]
            again = _Doc(doc.published, supplies=near, dated=doc.dated, index=-1, id_base=base)
            self._sentence(sentences[i], again, speakers.get(i, False))
            new: dict[str, str] = {}  # the second reading's id -> the id in the document
            named = {m.entity for m in sentences[i].mentions} if sentences[i].text in told else None
            for f in again.facts:
                if named is not None and f["subject"] not in named:
                    # "According to the UN Register of Conventional Arms sales, Turkey sold armoured
                    # vehicles to Chad": its own supply is read, and the register's "sales" borrow no
                    # supplier from the context
                    continue
                if f["predicate"] == "SUPPLIES" and (f["subject"], f["object"], f["quote"]) not in known:
                    known.add((f["subject"], f["object"], f["quote"]))
                    new[f["id"]] = f"f{len(doc.facts) + 1}"
                    doc.facts.append({**f, "id": new[f["id"]]})
            for f in again.facts:
                # a statement about a claim kept (its denial above all), and only about one kept
                if f["predicate"] in {"DENIES", "CONFIRMS", "REPORTS"} and f["claim"] in new:
                    doc.facts.append({**f, "id": f"f{len(doc.facts) + 1}", "claim": new[f["claim"]]})

    def _sentence(self, sent: Sentence, doc: _Doc, speaker: Mention | bool | None = False) -> None:
        doc.previous_start, doc.sentence_start = doc.sentence_start, len(doc.facts)
        for person, body, _ in sent.members:
            self.bodies_of.setdefault(person, set()).add(body)
        for m in sent.mentions:
            if m.entity == STATEMENT:
                self._statement_by(m, sent.lower[m.end - 1], doc)
        self._weapons_back(sent, doc)
        framed = not (_FRAME_WORDS.isdisjoint(sent.vocab) and _HELD.isdisjoint(sent.vocab))
        framed = framed or not (_SPREAD.isdisjoint(sent.vocab) or _STORIES.isdisjoint(sent.vocab))
        frames = self._frames(sent) if framed else []
        if speaker is not False and not any(f.source is not None for f in frames):
            # a sentence inside a quotation: said by whoever the quotation is attributed to
            n = len(sent.lower)
            source = Mention(n, n, speaker.entity, speaker.type) if speaker else None
            frames.insert(0, _Frame(-1, source, 0, n))
        if frames and not sent.vocab.isdisjoint({"we", "us", "our"}):
            self._we(sent, frames)
        if frames and "enemy" in sent.vocab:
            self._enemy(sent, frames, doc)
        closing = [k for k, w in enumerate(sent.lower) if w in {"”", '"'}] if frames else []
        for f in frames:
            if f.source is not None and closing and closing[-1] < f.verb and f.start == 0:
                doc.last_quote = (sent.paragraph, f.source)  # "“...,” he said."
        low = sent.lower
        claims: list[tuple[int, dict[str, Any]]] = []
        papers = not _PAPERS.isdisjoint(sent.vocab)  # "handed over a note", "use the money"
        for t, word in enumerate(low if not _EVENTS.isdisjoint(sent.vocab) else ()):
            if word not in _EVENTS or (
                sent.mention_at(t) and not (word == "armed" and _arms_someone(sent, t))
            ):
                continue  # a name ("Armed Forces of ..."), but "has armed the Taliban" all the same
            if word in _ARMING and not _arming(sent, t):
                continue  # "the arms", "sources said", "the bill passed", "Iran's main backer"
            if (
                t > 1
                and low[t - 1] == "-"
                and low[t - 2] not in {"test", "re"}  # "re-exported": exported again, by its seller
                and word not in {"trained", "instructed"}
            ):
                if word in _USE and (fact := self._fired_by(sent, t)) is not None:
                    claims.append((t, fact))  # "Russian-launched drones": Russia launched them
                elif word in _GIVEN and (fact := self._supplied_owned(sent, t)) is not None:
                    claims.append((t, fact))  # "Ukraine's US-supplied HIMARS": the US supplied Ukraine
                continue  # "sea-launched", "Iranian-supplied": an adjective, not an event ("test-fired" is;
                # "Russia-trained soldiers" tells who trained them)
            if _no_event(sent, t, papers):
                continue
            if (fact := self._event(sent, t, frames, doc)) is not None:
                claims += [(t, claim) for claim in _claims_of(fact)]
        if not sent.vocab.isdisjoint({"for", "to"}) and (
            not _ARMS.isdisjoint(sent.vocab) or any(m.role == "weapon" for m in sent.mentions)
        ):
            claims += self._destined(sent, frames, doc)
        if not _SWAPS.isdisjoint(sent.vocab):
            claims += self._exchanged(sent, frames)
        if not _DEALINGS.isdisjoint(sent.vocab) and "with" in sent.vocab:
            claims += self._dealings(sent, frames, doc)
        if not _DEAL_NOUNS.isdisjoint(sent.vocab) and not _SEAL.isdisjoint(sent.vocab):
            claims += self._deals(sent, frames, doc)
        if not _THANK.isdisjoint(sent.vocab) and "for" in sent.vocab:
            claims += self._thanked(sent, doc)
        if not _BUILD.isdisjoint(sent.vocab) and "for" in sent.vocab:
            claims += self._built_for(sent, frames)
        if "military" in sent.vocab and not _POSTED.isdisjoint(sent.vocab):
            # a training the sentence reads already ("instructors are in Mali to train the army")
            taken = {(f["subject"], f["object"]) for _, f in claims}
            trainers = {f["subject"] for _, f in claims if f["predicate"] == "TRAINS"}
            claims += [
                (t, f)
                for t, f in self._posted_trainers(sent)
                if (f["subject"], f["object"]) not in taken and f["subject"] not in trainers
            ]
        if not _RELY.isdisjoint(sent.vocab) and "for" in sent.vocab:
            claims += self._relied(sent, frames)
        if not _HOLD.isdisjoint(sent.vocab) and "from" in sent.vocab:
            claims += self._held_from(sent, frames)
        if not _HOLD.isdisjoint(sent.vocab) or not _STOCKS.isdisjoint(sent.vocab) or "fleets" in sent.vocab:
            claims += self._held_arms(sent, frames)
        if "in" in sent.vocab and not sent.vocab.isdisjoint({"service", "use"}):
            claims += self._in_service(sent, frames)
        if not _INDUCTING.isdisjoint(sent.vocab):
            claims += self._inducted(sent, frames)
        if not _REACHED.isdisjoint(sent.vocab) and (
            not _ARMS.isdisjoint(sent.vocab) or any(m.role == "weapon" for m in sent.mentions)
        ):
            claims += self._reached(sent, frames, doc)
        if frames and not _BACKERS.isdisjoint(sent.vocab):
            claims += self._backed_groups(sent, frames)
        if not _CARRY.isdisjoint(sent.vocab) and not sent.vocab.isdisjoint({"to", "for"}):
            claims += self._carried(sent)
        if not _INCLUDES.isdisjoint(sent.vocab):
            claims += self._contents(sent, frames, doc)
        if "embargo" in sent.vocab or "embargoes" in sent.vocab:
            claims += self._embargo_lifted(sent)
        if "contractor" in sent.vocab or "contractors" in sent.vocab:
            claims += self._contractors(sent, doc)
        if not _GRANT.isdisjoint(sent.vocab) and doc.supplies:
            claims += self._granted(sent, doc)
        if not _SEIZE.isdisjoint(sent.vocab):
            claims = [(t, f) for t, f in claims if not _to_seizer(sent, f, t)]
        claims += self._restated(sent, frames, claims, doc)
        if "use" in sent.vocab:
            claims += self._intended_uses(sent, claims)
        self._stances(sent, frames, claims, doc)
        if not sent.vocab.isdisjoint({"comment", "confirm"}):
            self._declined_comment(sent, claims, doc)
        if not claims:
            self._source_after(sent, frames, doc)
        self._warnings(sent, frames, claims, doc)
        if not sent.vocab.isdisjoint(_CONFIRM_VERBS):
            self._confirmations(sent, doc)
        if frames and not sent.vocab.isdisjoint(_TRUE):
            self._vouches(sent, frames, doc)
        self._titles(sent, doc)
        if frames and frames[-1].source is not None:
            doc.last_source = frames[-1].source.entity
        weapons = self._distinct([m for m in sent.mentions if m.role == "weapon"])
        if weapons:
            doc.last_weapons = weapons
        groups = [m.entity for m in sent.mentions if m.role == "actor" and m.type != EntityType.PERSON]
        if groups:
            doc.last_group = groups[-1]

    def _statement_by(self, m: Mention, noun: str, doc: _Doc) -> None:
        """Resolve "the statement", "the report said" (``noun``: its last word) to the source that
        spoke last; a report after a state spoke, or one with no source before it, is no one's (the
        mention becomes a place)."""
        last = self.spec(doc.last_source) if doc.last_source else None
        if last is not None and last.type == EntityType.COUNTRY and noun != "statement":
            m.role = "place"  # "the report said" after a state spoke: a report, not the state's
        elif doc.last_source:
            m.entity = doc.last_source
            m.type = last.type if last is not None else m.type
        else:
            m.role = "place"

    def _event(self, sent: Sentence, t: int, frames: list[_Frame], doc: _Doc) -> dict[str, Any] | None:
        """The claim the event word at ``t`` tells of, read by the rules of its kind: a supply, a
        use, a deployment, a production, a training or an attack."""
        low = sent.lower
        word = low[t]
        if word in _SUPPLY or word in _RECEIVE or word in _HELP or word == "armed" or word in _ARMING:
            return self._supply(sent, t, frames, doc)
        elif word in _SHOOT and low[t + 1 : t + 2] == ["down"]:
            # "shoot down": an interception, not a use of what was downed; but of what downed it
            return self._shot_down(sent, t, frames, doc)
        elif (
            word in _USE
            and not _after_train(low, t)
            and not _purpose(low, t)
            and low[t + 1 : t + 2] != ["-"]  # "fire-and-forget missiles": a kind of missile, no use
            and not _second_hand(sent, t)
            and not self._ship_launch(sent, t)
        ):
            if low[t + 1 : t + 2] == ["down"]:
                return None  # "shoot down": an interception, not a use
            return self._use(sent, t, frames, doc, Predicate.USES)
        elif word in _USERS:
            return self._user(sent, t, frames)
        elif word in _BUYERS:
            return self._buyer(sent, t, frames)
        elif word in _STRIKE_VERBS and (
            (fact := self._struck_with(sent, t, frames) or self._weapon_struck(sent, t, doc)) is not None
        ):
            return fact
        elif word in _DEPLOY and not _purpose(low, t):
            # "deployed Mohajer-6 drones against the RSF": a use in combat, not a posting
            k = next((k for k in range(t + 1, min(len(low), t + 12)) if low[k] == "against"), t)
            against = k > t and _CLAUSE_BREAKS.isdisjoint(low[t + 1 : k])
            return self._use(sent, t, frames, doc, Predicate.USES if against else Predicate.DEPLOYS)
        elif (word in _PRODUCE and (word != "made" or _made_in(low, t))) or (
            word in _DEVELOPED and low[t + 1 : t + 2] == ["by"]
        ):
            return self._use(sent, t, frames, doc, Predicate.PRODUCES)
        elif word in _TRAIN:
            return self._train(sent, t, frames, doc)
        elif word in _ATTACKS:
            return self._attack(sent, t, frames, doc)
        return None

    def _ship_launch(self, sent: Sentence, t: int) -> bool:
        """Whether "launched" at ``t`` sets a ship afloat ("RMK Marine has launched the first Ada-class
        corvette"): a shipyard's launch, no use of arms."""
        if not sent.lower[t].startswith("launch"):
            return False
        low = sent.lower
        ship = next((m for m in sent.mentions if m.role == "weapon" and t < m.start <= t + 8), None)
        return (
            ship is not None
            and low[ship.end : ship.end + 1] != ["-"]  # "a submarine-launched missile" is a missile
            and (ship.entity == "warship" or "warship" in self.gaz.categories_of(ship.entity))
        )

    def _titles(self, sent: Sentence, doc: _Doc) -> None:
        for person, body, role in sent.members:
            if ("MEMBER_OF", person, body) not in doc.seen:
                self._add(
                    doc,
                    {
                        "predicate": "MEMBER_OF",
                        "subject": person,
                        "object": body,
                        "role": role,
                        "stance": "asserted",
                    },
                    sent,
                )
        if doc.index >= 0:  # not on a second reading: the first one met the bodies already
            doc.parts += [(body, parent, sent) for body, parent in sent.parts]

    def _date(self, doc: _Doc, sent: Sentence) -> str | None:
        """The date the sentence gives, read once and only for sentences that state facts."""
        if doc.dated is None or doc.dated[0] is not sent:
            doc.dated = (sent, statement_date(sent.text, doc.published))
        return doc.dated[1]

    def _add(self, doc: _Doc, fact: dict[str, Any], sent: Sentence) -> str:
        out = {k: v for k, v in fact.items() if not k.startswith("_") and v not in (None, [])}
        for prev in doc.facts[doc.sentence_start :]:
            if all(prev.get(k) == out.get(k) for k in _SAME_FACT) and (
                prev.get("quantity") in {None, out.get("quantity")} or "quantity" not in out
            ):  # "40 MiG-29s and 20 Su-30s": two numbers, two facts
                # the sentence says it twice ("sent drones ... they were sent"): one fact, all its weapons
                extra = [w for w in out.get("weapons", []) if w not in prev.get("weapons", [])]
                if extra:
                    prev["weapons"] = [*prev.get("weapons", []), *extra]
                return prev["id"]
        fid = f"f{doc.id_base + len(doc.facts) + 1}"
        out = {"id": fid, **out}
        if out["predicate"] == "SUPPLIES" and not fact.get("_share"):
            doc.supplies.append(out)  # (a firm's share of the last supply is no supply to restate)
        if fact["predicate"] not in {"MEMBER_OF", "PART_OF"} and (date := self._date(doc, sent)):
            out["date"] = date
        out["quote"] = sent.text
        doc.facts.append(out)
        doc.seen.add((fact["predicate"], fact["subject"], fact.get("object") or fact.get("claim")))
        return fid


def _second_hand(sent: Sentence, t: int) -> bool:
    """Whether "used" at ``t`` describes the weapons after it ("24 used F-16 jets", "the used
    Mirages"): second-hand arms, no use of them."""
    low = sent.lower
    after = sent.mention_at(t + 1)
    return (
        low[t] == "used"
        and after is not None
        and after.role in {"weapon", "origin"}
        and t > 0
        and (
            low[t - 1] in _DETERMINERS
            or low[t - 1] in _NUMBERS
            or low[t - 1][:1].isdigit()
            or _state_adjective(sent, t - 1)  # "Israeli used F-16s"
        )
    )


def _state_adjective(sent: Sentence, k: int) -> bool:
    """Whether the word at ``k`` is a state's adjective ("Israeli", "Iraqi"), not its name ("Mali")."""
    m = sent.mention_at(k)
    word = sent.lower[k]
    return (
        m is not None
        and m.type == EntityType.COUNTRY
        and m.start == k == m.end - 1
        and word != m.entity
        and word.endswith(("i", "ian", "ese", "ish", "ic", "ch"))
    )


def _purpose(low: list[str], t: int) -> bool:
    """ "for use against", "sending missiles to Russia to use in its war": the aim of a supply."""
    if t > 0 and low[t - 1] == "for":
        return True
    # "to use", "to help it deploy": an infinitive after a supply; not "missiles that troops launch"
    return "to" in low[max(0, t - 3) : t] and not _SUPPLY.isdisjoint(low[max(0, t - 8) : t])


def _after_train(low: list[str], t: int) -> bool:
    """ "trained dozens of Russian military personnel to use ...": the use is what is taught."""
    return not _TRAIN.isdisjoint(low[max(0, t - 10) : t])


def _arms_verb(sent: Sentence, t: int) -> bool:
    """ "Iran arms the Houthis", "claims that it arms the M23": "arms" as a verb, between a state
    named by its name (or "it", "who") and a party named after it.

    >>> s = Sentence("", ["Iran", "arms", "the", "Houthis"], ["iran", "arms", "the", "houthis"], [])
    >>> s.mentions = [Mention(0, 1, "iran", EntityType.COUNTRY, "origin"), Mention(3, 4, "houthis", EntityType.ORGANIZATION)]
    >>> _arms_verb(s, 1)
    True
    """
    low = sent.lower
    after = _mention_from(sent, t + 1)
    if (
        t == 0
        or after is None
        or after.start > t + 2
        or (after.end < len(low) and _possessive(low, after.end))
    ):
        return False  # "Iran arms the Houthis", not "Iran arms Russia's army" read as a noun phrase
    if low[t - 1] in {"it", "they", "who", "which"}:
        return True
    k = t - 1
    if t > 2 and low[t - 1] == "and" and low[t - 2] in _ARMING_PARTNERS_NOW:
        k = t - 3  # "Uganda supports and arms the SPLA", "Iran funds and arms Hamas"
        if low[k] in {"it", "they", "who", "which"}:
            return True
    before = sent.mention_at(k)
    return (
        before is not None
        and before.type == EntityType.COUNTRY
        and sent.words[before.end - 1][:1].isupper()
        and not sent.words[before.end - 1].lower().endswith(("ian", "ese", "ish", "ic"))
    )


def _arming(sent: Sentence, t: int) -> bool:
    """Whether a word of :data:`_ARMING` at ``t`` tells of arms given: "has rearmed the army", "Iran
    arms the Houthis" (not "the arms"), "the largest source of arms" (not "sources said"), "passed on
    the tanks" (not "the bill passed"), "the main military backer" (not "Iran's main backer")."""
    low = sent.lower
    word = low[t]
    if word == "rearmed":
        return _arms_someone(sent, t)
    if word == "arms":
        return _arms_verb(sent, t)
    if word == "passed":
        return low[t + 1 : t + 2] == ["on"]
    if word in _ARMS_AFTER:  # "offered Pakistan J-10 fighters", "lent Greece two frigates"
        if low[t + 1 : t + 2] in (["support"], ["its"], ["their"], ["a"], ["weight"], ["credence"]):
            return False  # "lent its support", "offered a hand", never "offered condolences"
        return any(_arms_at(sent, k) for k in range(t + 1, min(len(low), t + 5)))
    if word in {"source", "sources"}:
        return _arms_source(sent, t)
    return not _MILITARY.isdisjoint(low[max(0, t - 4) : t + 5]) or "militarily" in low


def _arms_source(sent: Sentence, t: int) -> bool:
    """ "the largest source of weapons for Pakistan", "its main sources of arms": a supplier, said
    with the noun source (not "sources said", "a source of revenue").

    >>> _arms_source(Sentence("", [], ["china", "is", "the", "main", "source", "of", "arms"], []), 4)
    True
    """
    low = sent.lower
    return low[t + 1 : t + 2] == ["of"] and t + 2 < len(low) and low[t + 2] in _ARMS - _WEAK_ARMS


def _arms_someone(sent: Sentence, t: int) -> bool:
    """ "Iran has armed the Houthis", "Pakistan armed and trained the Taliban", "Hezbollah, which is
    armed and funded by Iran": arming a named party, or armed by one (not "armed forces", "armed
    drones", "armed Hezbollah fighters" after no verb)."""
    low = sent.lower
    j = t + 1
    if low[j : j + 1] in (["and"], ["or"]) and low[j + 1 : j + 2] and low[j + 1] in _ARMING_PARTNERS:
        j += 2  # "armed and trained the Taliban", "armed and funded by Iran", "never armed or encouraged"
    j += low[j : j + 1] == ["directly"]  # "armed directly by Iran"
    if low[j : j + 1] == ["by"]:
        by = _mention_from(sent, j + 1)
        # "is armed by", "which is funded and armed by"
        partnered = t > 2 and low[t - 1] == "and" and low[t - 2] in _ARMING_PARTNERS and low[t - 3] in _BE
        return by is not None and t > 0 and (low[t - 1] in _BE or low[t - 1] == "," or partnered)
    m = _mention_from(sent, j)
    k = t - 1
    while k > 0 and (low[k] in _ARMING_ADVERBS or (m is None and low[k] in {"has", "have", "had"})):
        k -= 1
    before = sent.mention_at(k) if k >= 0 else None
    if before is None and k > 0 and low[k] in _GOVERNMENTS:
        before = sent.mention_at(k - 1)  # "the Sudanese government never armed the Janjaweed"
    if m is None:
        # "Hezbollah, which Iran has armed for decades": the relative pronoun's antecedent is armed
        return before is not None and before.start > 1 and low[before.start - 1] in {"which", "whom", "who"}
    if low[m.end : m.end + 1] in (["’s"], ["'s"]):
        return False  # "armed Iran's ..." no: the party armed is named whole
    return low[k] in {"has", "have", "had", "having", "and", "it", "they", "which", "who"} or (
        before is not None and before.role == "actor" and before.end <= t
    )


def _made_in(low: list[str], t: int) -> bool:
    """ "The drones were made in Iran", "was made by Norinco": "made" as a passive of production
    with its maker named (never "made a deal", "made clear")."""
    return t > 0 and low[t - 1] in _BE and low[t + 1 : t + 2] in (["in"], ["by"])


def _vehicle_arrives(sent: Sentence, t: int) -> bool:
    """Whether what arrives at ``t`` is a plane, ship or delegation and not arms ("A plane from the
    Ukraine, arriving in Bratislava, was not allowed to collect the missiles"; but "a plane carrying
    weapons from Iran arrived" brings arms)."""
    low = sent.lower
    for k in range(t - 1, max(-1, t - 9), -1):
        if _arms_at(sent, k):
            return False
        if low[k] in _VEHICLES:
            return True
    return False


def _gives_paper(sent: Sentence, t: int) -> bool:
    """Whether the verb at ``t`` takes a paper or money as its object ("handed over a note of
    protest", "delivered a letter", "to use the money to buy"), and no arms with it ("funneling
    money and small arms to the rebels" gives arms)."""
    low = sent.lower
    k = t + 1 + (low[t + 1 : t + 2] == ["over"])
    k += low[k : k + 1] in (["a"], ["an"], ["the"], ["its"], ["their"], ["this"])
    if low[k : k + 1] == [] or low[k] not in _PAPERS:
        return False
    return not (
        low[k + 1 : k + 2] in (["and"], [","]) and any(_arms_at(sent, j) for j in range(k + 2, k + 5))
    )


def _to_seizer(sent: Sentence, fact: dict[str, Any], t: int) -> bool:
    """Whether a supply's recipient is who seized the arms ("weapons seized by Croatian customs amid
    claims the arms came from Serbia": bound elsewhere, not for Croatia)."""
    return fact["predicate"] == "SUPPLIES" and any(
        m.entity == fact.get("object") and _seizer(sent, m, t) for m in sent.mentions
    )


_INFINITIVES = frozenset(["supply", "transfer", "export"])  # nouns and, after "to", verbs


def _no_event(sent: Sentence, t: int, papers: bool) -> bool:
    """Whether the event word at ``t`` tells of no event here: "humanitarian aid", the noun of a
    verb's own claim ("providing military assistance"), "committed to", "supplier countries", "on
    the other hand", "handed over a note", "the ship", "the drone landed", "contributing to the
    campaign", "armed forces"."""
    low = sent.lower
    word = low[t]
    if word in {"aid", "assistance", "support"} and (t == 0 or low[t - 1] not in _MILITARY):
        return True
    if (
        word in _NOMINAL
        and not (low[t - 1 : t] == ["to"] and word in _INFINITIVES)  # "getting ready to supply"
        and any(
            (w in _SUPPLY or w in _RECEIVE)
            and w not in _NOMINAL
            and w not in _REQUEST
            and w not in _PLEDGES  # "promised the transfer of ...": the noun's claim
            and not sent.mention_at(k)
            for k, w in enumerate(low[max(0, t - 6) : t], max(0, t - 6))
        )
    ):
        return True  # "providing military assistance": the verb's claim, not a second one
    if word in {"committed", "commits", "pledge"} and low[t + 1 : t + 2] in (["to"], ["itself"]):
        return True  # "committed to supporting Ukraine": a stance, not arms pledged
    if word in _PLEDGES and _relative_promise(low, t):
        return True  # "delivered the jets that it promised to Ukraine": the jets, not a second supply
    if word in {"supplier", "suppliers"} and low[t + 1 : t + 2] in (
        ["countries"],
        ["states"],
        ["nations"],
    ):
        return True  # "required supplier countries to notify the UN": any supplier, none named
    if word in {"snapped", "snaps"} and low[t + 1 : t + 2] != ["up"]:
        return True  # only "snapped up" buys
    if word in {"hand", "hands"} and low[t + 1 : t + 2] != ["over"]:
        return True  # "on the other hand", "in the hands of": only "hand over" gives
    if papers and (word in _SUPPLY or word in _USE) and _gives_paper(sent, t):
        return True  # "handed over a note of protest", "to use the money to buy": no arms
    if _vessel(sent, t):
        return True  # "The ship did not carry Iranian weapons": a vessel, not the verb
    if _landing_only(word, sent) or (word in _ARRIVE and _vehicle_arrives(sent, t)):
        return True  # "the drone landed in a field", "a plane from Ukraine, arriving in Bratislava"
    if word == "export" and _export_model(sent, t):
        return True  # "to co-produce the P18 export corvette": a model, not a sale
    if word.startswith("contribut") and low[t + 1 : t + 2] in (["to"], ["towards"], ["toward"]):
        return True  # "contributing to the air campaign": taking part, not arms given
    # "armed forces", "armed drones": no supply; "armed the rebels with rockets" is
    return word == "armed" and not _armed_with(sent, t) and not _arms_someone(sent, t)


def _export_model(sent: Sentence, t: int) -> bool:
    """Whether "export" at ``t`` names a model of the arms after it ("the P18 export corvette",
    "the export Su-30MKM"), not the verb ("will export J-10 jets")."""
    after = sent.mention_at(t + 1)
    if t == 0 or after is None or after.role != "weapon":
        return False
    before, low = sent.mention_at(t - 1), sent.lower
    return (
        _model_name(low[t - 1])  # "the P18 export corvette"
        or low[t - 1] in {"the", "an", "its", "their"}
        or (before is not None and before.role == "weapon")
    )


def _claims_of(fact: dict[str, Any]) -> list[dict[str, Any]]:
    """The claims one event reading makes: one per subject and object listed ("to Russia or
    Ukraine", "used Shahed-131 and Shahed-136 drones", "Turkey, along with Iran and the UAE, have
    been supplying"), each seller's own ("tanks from China and fighter planes from Brazil"), the
    supply a use tells of ("fired US-supplied ATACMS"), or, for "has never supplied weapons to any
    of the parties", the one per recipient the article named before."""
    if "_blanket" in fact:
        blanket = fact.pop("_blanket")
        return [{**fact, "object": f["object"], "_refers": f["id"]} for f in blanket]
    out = []
    if (by := fact.pop("_supplied_by", None)) is not None and by != fact["subject"]:
        supply = {"predicate": "SUPPLIES", "subject": by, "object": fact["subject"]}
        out.append({**supply, "weapons": [fact["object"]], "_span": fact["_span"]})
    more = fact.pop("_more", [])
    subjects = [fact["subject"], *fact.pop("_also_subjects", [])]
    objects = [fact["object"], *fact.pop("_also", [])]
    counted = fact.pop("_counted", None)
    # "40 MiG-29 fighters, 20 Su-30 fighters and 16 Yak-130 planes": one fact per weapon and number
    kinds = [{"weapons": ws, "quantity": n} for ws, n in counted] if counted else [{}]
    out += [
        {**fact, "subject": s, "object": o, **k} for s in subjects for o in objects if s != o for k in kinds
    ]
    out += [{**other, "_also": []} for other in more if other["subject"] != other["object"]]
    return out


def _relative_promise(low: list[str], t: int) -> bool:
    """Whether the pledge at ``t`` opens a relative clause on arms named before it ("the 13 jets
    that it promised to Ukraine", "which it had pledged").

    >>> _relative_promise(["the", "jets", "that", "it", "had", "promised"], 5)
    True
    """
    k = t - 1
    k -= k >= 0 and low[k] in {"had", "has", "have"}
    if k < 2 or low[k] not in {"it", "they", "he", "she", "we"}:
        return False  # "Seoul, which had pledged the artillery": Seoul pledges
    return low[k - 1] in {"that", "which"} and low[k - 2] not in {"said", "says", "announced"}
