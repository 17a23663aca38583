"""The parties around a trigger: the actor to its left or right, those listed with it, and
what kind of party an entity is (a person, an outlet, an armed group, a body of a state).
"""

from __future__ import annotations

from graph.ontology import EntityType

from ..mentions import Mention, Sentence
from .clauses import _backer, _head, _possessive
from .vocabulary import (
    _AGENT_HEADS,
    _ALLEGING,
    _ALLY_NOUNS,
    _AMOUNT_WORDS,
    _ATTRIBUTIVE,
    _AUXILIARIES,
    _BANS,
    _BEFORE_SUPPLY_NOUN,
    _BREACHES,
    _BUYING,
    _CLAIM_NOUNS,
    _COLLECTIVES,
    _COUNTS,
    _GOVERNMENT_BODIES,
    _GOVERNMENTS,
    _GROUP_HEADS,
    _GROUP_WORDS,
    _HELP_VERBS,
    _MAKER_NOUNS,
    _MAKERS,
    _NAMED_KINDS,
    _NOMINAL,
    _OFFER_NOUNS,
    _PARTITIVES,
    _PREPOSITIONS,
    _QUOTES,
    _RECEIVE,
    _RESOLVES,
    _SAY,
    _STATE_NOUNS,
    _STOP,
    _SUPPLY,
    _TITLE_WORDS,
    _TO_NOUNS,
    _TRIGGERS,
    _URGE,
    _VOICE_NOUNS,
    _WRITINGS,
)

__all__ = ["PartyRules"]

# Words describing a group or a company before its name: "the Palestinian militant group Hamas",
# "U.S. defence giant Lockheed Martin"
_COMPANY_HEADS = _MAKER_NOUNS | {"giant", "shipbuilder", "conglomerate", "group"}
_DESCRIPTIONS = _GROUP_WORDS | _COMPANY_HEADS | {"defense", "defence", "arms", "aerospace", "state-owned"}


# numbers in words, and the words of "a large number of", "a small group of", before those trained or armed
_NUMBER_WORDS = frozenset(
    [
        *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
        *("fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
    ]
)
_GROUP_OF = frozenset(["large", "small", "number", "group", "few", "handful", "contingent", "team", "batch"])


class PartyRules:
    """Finds the actors a trigger's parties are among, and says what kind of party each is."""

    def _person(self, entity_id: str) -> bool:
        spec = self.spec(entity_id)
        return spec is not None and spec.type == EntityType.PERSON

    def _armed_group(self, entity_id: str | None) -> bool:
        spec = self.spec(entity_id) if entity_id else None
        return spec is not None and spec.kind == "armed-group"

    def _forces(self, entity_id: str) -> bool:
        """Whether the entity is a state's armed forces ("Nicaragua's army")."""
        spec = self.spec(entity_id)
        return spec is not None and spec.kind == "armed-forces"

    def _home_of(self, entity_id: str | None) -> str | None:
        """The state a speaker stands for: itself, or that of a body or official (never an outlet's)."""
        spec = self.spec(entity_id) if entity_id else None
        if spec is None or spec.kind == "media":
            return None
        return spec.id if spec.type == EntityType.COUNTRY else spec.country

    def _state_of(self, entity_id: str) -> str | None:
        spec = self.spec(entity_id)
        if spec is None:
            return None
        return entity_id if spec.type == EntityType.COUNTRY else spec.country

    def _clause_end(self, sent: Sentence, t: int, hi: int) -> int:
        low = sent.lower
        # "Iran, which denies arming the Houthis, sent drones": a relative clause set off by commas
        # ends at its closing comma
        relative = any(low[k] in {"which", "who"} and low[k - 1] == "," for k in range(max(1, t - 6), t))
        for k in range(t + 1, hi):
            word = low[k]
            if word == "," and relative and {"and", "or"}.isdisjoint(low[k + 1 : k + 4]):
                return k  # (not "which has provided them with weapons, training and money")
            if word in _SAY and k > t + 1 and not sent.mention_at(k) and low[k - 1] not in {"a", "an", "the"}:
                return k  # "... and said the United States would push for action against Iran" (not
                # "worth an estimated $90 million")
            if word in _STOP:
                return k
            if word == ",":
                nxt = k + 1 + (k + 1 < hi and low[k + 1] in _QUOTES)
                if nxt < hi and low[nxt] in {"and", "but", "while", "which"} and not _last_listed(sent, k):
                    return k
            if word == "but" and k > t + 2:
                return k
            if word in {"and", "while", "whereas"} and k > t + 1 and _new_supplier(sent, k):
                return k  # "sent Stingers to Ukraine and Estonia sent Javelins": Estonia's clause
        return hi

    def _left(
        self, sent: Sentence, t: int, lo: int, skip: set[int], allow_possessive: bool = True
    ) -> Mention | None:
        low = sent.lower
        if (antecedent := _before_relative(sent, t, lo)) is not None:
            return self._apposed(sent, antecedent)
        pronoun = False
        by_doing = False  # "responded to Ukraine by acknowledging that it supplied": it is the subject
        for k in range(t - 1, lo - 1, -1):
            m = sent.mention_at(k)
            if m is None:
                if low[k] in {"it", "they", "which", "who"}:
                    pronoun = True
                if (
                    pronoun
                    and low[k] == "that"
                    and low[k - 2 : k - 1] == ["by"]
                    and low[k - 1].endswith("ing")
                ):
                    by_doing = True
                if (
                    low[k] in {"that"}
                    and k < t - 1
                    and not pronoun
                    and any(sent.mention_at(j) for j in range(k + 1, t))
                ):
                    break
                if low[k] in {"if", "unless"} and k < t - 1 and not pronoun:
                    break  # "threatened to arm others if the West provided Ukraine": a subject unnamed
                if low[k] in {"urge", "urges", "urged", "urging"} and low[t].endswith("ing") and k < t - 1:
                    break  # "We urge the countries providing weapons to Ukraine": the countries, unnamed
                continue
            if m.role != "actor" or (id(m) in skip and not pronoun):
                continue
            if _member_modifier(sent, m):
                continue  # "Poland became the first EU and NATO member state to acquire": Poland
            before = m.start - 1
            titled = m.type == EntityType.PERSON and low[before] in _TITLE_WORDS
            while titled and before > 0 and _titled_by(sent, before):
                before -= 1  # "an opponent of Syrian President Bashar al-Assad": of whom, not who
            if titled and before > 0 and low[before - 1] in _AGENT_HEADS:
                before = m.start - 1  # "the administration of U.S. President Donald Trump" acts for him
            while before > 0 and low[before] in {"the", "a", "an"}:
                before -= 1
            if low[t - 1 : t] == ["to"] and (
                (_possessive(low, m.end) and m.end + 3 == t and low[m.end + 1] in _RESOLVES)
                or (m.end + 2 == t and low[m.end] in _RESOLVES and m.type == EntityType.COUNTRY)
            ):
                # "a reconsideration of India's decision to supply", "opposition to U.S. plans to arm
                # the YPG": the state's own resolve
                return m
            if (
                m.start > 0
                and (
                    low[before] in {"to", "against", "from", "with", "of", "for", "on"}
                    or (by_doing and low[before] == "by")
                )
                and not (low[before] == "of" and before > 0 and low[before - 1] in _COLLECTIVES)
                and (not pronoun or by_doing)
                and not (m.end == t and low[t].endswith("ing"))  # "with Iran supplying", "of Iran sending"
                and not (low[before] == "on" and before > 0 and low[before - 1] in _URGE)  # "called on X to"
                # "sources close to X", "a number of NATO countries"
                and not (low[before] == "to" and low[before - 1 : before] == ["close"])
                and not (low[before] == "of" and low[before - 1 : before] and low[before - 1] in _PARTITIVES)
                # "the government of Sudan is arming ...": the state the government is of acts
                and not (low[before] == "of" and low[before - 1 : before] and low[before - 1] in _AGENT_HEADS)
                # "the defense minister of Afghanistan disputed": the state its official speaks for
                and not (low[before] == "of" and low[before - 1 : before] and low[before - 1] in _TITLE_WORDS)
            ):
                continue
            if m.start > 1 and low[before] in {"after", "than"} and low[m.end : m.end + 1] == [","]:
                continue  # "Russia, the biggest exporter after the US, has delivered": not the US
            if (
                (not allow_possessive or pronoun)
                and m.end < len(low)
                and _possessive(low, m.end)
                # "South Korea's government has denied reports that it sold shells": its government is it
                and not (
                    m.type == EntityType.COUNTRY and low[m.end + 1 : m.end + 2] in ([w] for w in _AGENT_HEADS)
                )
            ):
                continue  # "Pakistan has upset India's strategy by declaring that it would": not India
            if pronoun and low[m.end : m.end + 1] == ["that"] and _by_writer(low, before):
                continue  # "denied a report by Amnesty that they traffic arms": they are not Amnesty
            if pronoun and _accuser(low, m.end):
                continue  # "denied US and Gulf accusations that it sends weapons": it is not the US
            if (
                m.start > 0
                and low[m.start - 1] in {"a", "an"}
                and not _voice_of(low, m.end, t)
                and _OWN_PLANS.isdisjoint(low[m.end : m.end + 1])  # "a Croatian deal to buy"
            ):
                continue  # "violated a United Nations arms embargo": a modifier, not a party
            if "embargo" in low[m.end : m.end + 2] or (
                not _BANS.isdisjoint(low[m.end : m.end + 2]) and low[before] in _BREACHES
            ):
                continue  # "violated the UN arms embargo on Libya by providing", "violated UN sanctions"
            if pronoun and low[m.end : m.end + 1] and low[m.end] in _BANS:
                continue  # "will not be harmed by U.S. sanctions since it is armed by Iran": it is not the US
            if m.start > 0 and low[before] in _TRIGGERS and low[before] not in _NOMINAL:
                continue  # "ready to train Russian forces ... and provide them": the object of "train"
            return self._apposed(sent, m)
        if pronoun and lo > 0 and low[lo - 1] in {"accused", "accuses", "accusing"}:
            # "The UAE denied a report accusing it of providing weapons": the sentence's subject
            return self._subject_before(sent, lo - 1)
        if pronoun and lo > 0 and (low[lo - 1] in _SAY or low[lo - 1] == "that"):
            # "X said it no longer supplied weapons": the speaker
            speaker = next((m for m in sent.mentions if id(m) in skip), None)
            by = speaker.start - 1 - (low[speaker.start - 1] == "the") if speaker is not None else 0
            if speaker is not None and low[lo - 1] == "that" and _by_writer(low, by):
                # "Rwanda denied a report by Amnesty that they traffic arms": not the report's author
                return self._subject_before(sent, by - 1)
            b = speaker.start - 1 if speaker is not None else -1
            while b >= 0 and low[b] in {"the", "a", "an"}:
                b -= 1
            if speaker is not None and low[lo - 1] == "that" and b >= 0 and _accuser(low, speaker.end):
                # "Pakistan denies Indian charges that it arms ...", "Iran rejected US claims that it
                # sent drones", "denied allegations in a UN report that they were arming": the accused
                # (the sentence's subject), never the accuser
                return self._subject_before(sent, b)
            if speaker is not None and low[lo - 1] in _ALLEGING:
                # "sanctions against Norinco, after the United States alleged it had supplied": the
                # one accused, named before the accuser, never the accuser
                return next(
                    (
                        m
                        for m in reversed(sent.mentions)
                        if m.end <= speaker.start and m.role == "actor" and m.entity != speaker.entity
                    ),
                    None,
                )
            if speaker is not None:
                return speaker
        if pronoun:
            for k in range(lo - 1, -1, -1):
                m = sent.mention_at(k)
                if m is not None and m.role == "actor":
                    if m.start > 0 and low[m.start - 1] in {"to", "from", "against", "with"}:
                        continue  # "denies selling drones to Russia, insisting that it ...": not Russia
                    return m
        return None

    def _adjacent_left(self, sent: Sentence, t: int) -> Mention | None:
        """The party named right before a supply noun: "Russian deliveries", "Iran's arms shipments",
        "No U.S. offer of lethal assistance"."""
        low = sent.lower
        for k in range(t - 1, max(-1, t - 10), -1):
            m = sent.mention_at(k)
            if m is not None:
                return m if m.role in {"actor", "origin"} else None
            if _amount_word(low[k]):
                continue  # "Britain's multi-billion-pound arms sales", "Iran's $1.7 billion drone deal"
            if low[k] in _GOVERNMENTS and k > 0 and low[k - 1] in {"his", "her", "their"}:
                # "Estonian Prime Minister Kaja Kallas announced her government's delivery of"
                return next((x for x in reversed(sent.mentions) if x.end < k and x.role == "actor"), None)
            if low[k] not in _BEFORE_SUPPLY_NOUN and not (
                (low[k] == "of" and k > 0 and low[k - 1] in _OFFER_NOUNS)
                or (low[k] in _OFFER_NOUNS and low[k + 1] == "of")
            ):
                return None
        return None

    def _after_word(
        self, sent: Sentence, t: int, hi: int, words: set[str], place_ok: bool = False
    ) -> Mention | None:
        low = sent.lower
        for k in range(t + 1, hi):
            if low[k] in words:
                if low[k] == "to" and low[k - 1] in _TO_NOUNS:
                    continue  # "to aid Ukraine's response to Russia's aggression": not whom it goes to
                j = k + 1
                if low[k] == "to" and low[j : j + 1] and low[j] in _HELP_VERBS:
                    j += 1  # "supplied drones to assist the Ethiopian army": the one helped receives
                while j < hi and (
                    # "to the new Afghan army": the one named after (never past "former": the
                    # "former Rwandan troops" are not Rwanda's)
                    low[j] in {"the", "use", "a", "its", "both", "either", "new", "“", '"'}
                    or low[j] in _ATTRIBUTIVE
                ):
                    j += 1
                j = _past_compound(sent, _past_kind(low, j))
                ally = next((i for i in range(j, min(hi, j + 3)) if low[i] in _ALLY_NOUNS), None)
                if ally is not None and sent.mention_at(ally + 1) is not None:
                    j = ally + 1  # "to its strategic ally Syria", "to neighbouring ally Armenia"
                if low[j : j + 1] in (["his"], ["her"]) and low[j + 2 : j + 3] == ["counterpart"]:
                    j += 1  # "with his Danish counterpart": Denmark's minister, speaking for Denmark
                if low[j : j + 2] in (["government", "of"], ["governments", "of"], ["regime", "of"]):
                    # "sold rifles to the government of Nepal", "to the regime of Syrian President Assad"
                    j += 2 + (low[j + 2 : j + 3] == ["the"])
                m = sent.mention_at(j)
                if m is None and low[j : j + 1] and low[j] in _MAKER_NOUNS and low[j + 1 : j + 2] == [","]:
                    m = sent.mention_at(j + 2)  # "from the manufacturer, Diehl Defence"
                if (named := self._described_group(sent, j, m)) is not None:
                    return named
                if m is None:
                    m = _described_state(sent, j) or _makers_in(sent, j)
                if m is not None and _backer(low, m):
                    return None  # "to the Turkish-backed rebels": not to Turkey
                if m is not None and (m.role == "actor" or (place_ok and m.role == "place")):
                    return _head(sent, m)
        return None

    def _described_group(self, sent: Sentence, j: int, m: Mention | None) -> Mention | None:
        """The group or company named after its description: "the Lebanese terror group Hizbullah",
        "South Korean defense firm Hyundai Rotem" (the body, not the state of its demonym)."""
        low = sent.lower
        k = m.end if m is not None and m.type == EntityType.COUNTRY else j
        start = k
        while k < len(low) and k - start < 4 and low[k] in _DESCRIPTIONS and not sent.mention_at(k):
            k += 1
        named = sent.mention_at(k) if k > start else None
        if named is None or named.role != "actor" or (spec := self.spec(named.entity)) is None:
            return None
        if low[k - 1] in _GROUP_HEADS and spec.type == EntityType.ORGANIZATION:
            return named
        return named if low[k - 1] in _COMPANY_HEADS and spec.kind == "company" else None

    def _coordinated(self, sent: Sentence, m: Mention, hi: int) -> list[Mention]:
        """Actors listed with ``m``: "Russia or Ukraine", "Russia, Belarus and Iran", "from Turkey, but
        also from Iran"."""
        low = sent.lower
        out: list[Mention] = []
        k = m.end
        prep = low[m.start - 1] if m.start > 0 and low[m.start - 1] in {"from", "to", "by"} else None
        if prep is not None and low[m.start - 3 : m.start - 1] == ["not", "only"]:
            hi = len(low)  # "not only from Turkey, but also from Iran": the list goes on past "but"
        while k + 1 < hi and low[k] in {"and", "or", ","}:
            j = k + 1 + (low[k] == "," and low[k + 1] in {"and", "or", "but"})
            r = j
            while r < hi and low[r] in {"also", "as", "well"}:
                r += 1
            if prep is not None and low[r : r + 1] == [prep]:
                j = r + 1  # "not only from Turkey, but also from Iran and China", "and also from Iran"
            the = j < hi and low[j] == "the"  # "the Netherlands" is a name with its article
            nxt = sent.mention_at(j + the)
            if out and (low[k + 1 : k + 2] == ["other"] or low[k + 1 : k + 3] == ["among", "others"]):
                return out  # "from Russia, Israel, Turkey and other countries"
            if nxt is None or nxt.role != "actor" or nxt.start not in {j, j + the}:
                break  # ", and Moscow appeared ...": a new clause, not a list
            if nxt.end < len(low) and (low[nxt.end] in _TRIGGERS or low[nxt.end] in _SAY):
                break
            out.append(nxt)
            joint = low[k + 1] if low[k] == "," else low[k]  # "Saudi Arabia and the UAE": "and", not "the"
            k = nxt.end
            if joint in {"and", "or"}:
                return out
        return []  # "to Russia, Ukraine must ...": a comma without a closing "and" is no list

    def _acts_for_state(self, entity_id: str) -> bool:
        """Whether what this entity supplies or signs is its state's: a leader's or a ministry's is (a
        named force's or a company's is its own)."""
        spec = self.spec(entity_id)
        return spec is not None and (spec.type == EntityType.PERSON or spec.kind in _GOVERNMENT_BODIES)

    def _right_after(self, sent: Sentence, t: int, hi: int) -> Mention | None:
        low = sent.lower
        j = t + 1
        while j < hi and low[j] in {"the", "”", '"', "“", "covertly", "also", "their", "its"}:
            j += 1  # "train their Ukrainian pilots"
        j = _past_compound(sent, j)
        if j + 2 < hi and low[j] in {"a", "an"} and low[j + 1] in _ARRAYS and low[j + 2] == "of":
            j += 3  # "equipped an array of mainstream Syrian rebels"
            while j < hi and low[j] in _ATTRIBUTIVE_GROUPS and not sent.mention_at(j):
                j += 1
        elif j + 1 < hi and (low[j] in _COUNTS or low[j][:1].isdigit()) and low[j + 1] == "of":
            j += 2  # "trained dozens of Russian military personnel"
        elif (
            j + 2 < hi
            and low[j : j + 2] in (["more", "than"], ["fewer", "than"])
            and low[j + 2][:1].isdigit()
        ):
            j += 3  # "has trained more than 30,000 Ukrainian recruits"
        elif (
            j + 1 < hi
            and low[j] in {"over", "about", "around", "nearly", "some"}
            and low[j + 1][:1].isdigit()
        ):
            j += 2
        elif j + 1 < hi and low[j][:1].isdigit() and low[j + 1] not in {"%", "percent"}:
            j += 1  # "trained 500 Ukrainian soldiers"
        elif j + 1 < hi and low[j] in _NUMBER_WORDS:
            j += 1  # "trained twenty Ukrainian specialists"
        elif (
            low[j : j + 1] in (["a"], ["an"])
            and (of := next((k for k in range(j + 2, min(hi, j + 4)) if low[k] == "of"), None)) is not None
            and all(w in _GROUP_OF for w in low[j + 1 : of])
        ):
            j = of + 1  # "trained a large number of Houthis", "armed a small group of rebels"
        elif low[j : j + 2] in (["government", "of"], ["government", "in"], ["regime", "of"]):
            j += 2 + (low[j + 2 : j + 3] == ["the"])  # "supplied the government of Sudan with arms"
        m = sent.mention_at(j)
        if (m is None or m.role == "place") and low[j - 1 : j] == ["the"]:
            m = _named_after_kind(sent, j, hi)  # "aiding the Lebanon-based Shiite group Hezbollah"
        return _head(sent, m) if m is not None and m.role == "actor" else None

    def _outlet(self, entity_id: str) -> bool:
        """Whether the entity is a news outlet or agency, which reports arms changing hands and never
        takes part."""
        spec = self.spec(entity_id)
        return spec is not None and spec.kind == "media"

    def _actor(self, entity_id: str) -> bool:
        spec = self.spec(entity_id)
        return spec is not None and spec.type in {
            EntityType.COUNTRY,
            EntityType.ORGANIZATION,
            EntityType.PERSON,
        }

    def _speaks_for(self, person: str, state: str) -> bool:
        """Whether ``person`` is an official of ``state``, so that the state's word in their mouth
        ("Iran rejects ...", "we reject ...") is theirs."""
        who, what = self.spec(person), self.spec(state)
        return (
            who is not None
            and what is not None
            and who.type == EntityType.PERSON
            and what.type == EntityType.COUNTRY
            and who.country == state
        )


def _member_modifier(sent: Sentence, m: Mention) -> bool:
    """Whether ``m`` only says what its members are: "NATO member Turkey", "the first European
    Union and NATO member state" (with the bodies listed before it)."""
    low = sent.lower
    k = m.end
    while (
        low[k : k + 1] in (["and"], [","])
        and (nxt := sent.mention_at(k + 1)) is not None
        and nxt.start == k + 1
    ):
        k = nxt.end
    return low[k : k + 1] in (["member"], ["members"])


def _titled_by(sent: Sentence, k: int) -> bool:
    """Whether token ``k`` is part of the title of the name after it: a title word or its state."""
    if sent.lower[k] in _TITLE_WORDS:
        return True
    m = sent.mention_at(k)
    return m is not None and m.type == EntityType.COUNTRY and sent.lower[m.end : m.end + 1] != ["and"]


# "an array of Syrian rebels", "a range of militias": the parties themselves follow
_ARRAYS = frozenset(["array", "range", "number", "host", "variety", "group", "coalition"])
# what may stand between such a word and the group: "an array of mainstream Syrian rebels"
_ATTRIBUTIVE_GROUPS = frozenset(
    ["mainstream", "moderate", "vetted", "allied", "various", "different", "other"]
)

# what a state's adjective before it makes that state's own: "a Croatian deal to buy F-16 jets"
_OWN_PLANS = frozenset(["deal", "plan", "bid", "contract", "agreement", "order", "request", "purchase"])


# words before the kind of party a list is given for: "to several foreign countries, including"
_KIND_WORDS = frozenset(
    {"foreign", "various", "other", "several", "many", "some", "numerous", "more", "than", "at", "least"}
    | {"a", "number", "of", "dozen", "dozens", "neighbouring", "neighboring", "allied", "partner"}
    | {"friendly", "western", "european", "african", "arab", "asian", "nato", "gulf", "third", "outside"}
)


def _voice_of(low: list[str], end: int, t: int) -> bool:
    """ "A Kremlin official denied", "a senior White House aide rejected": the body named before
    one who speaks for it, right before the verb at ``t``."""
    while t > end and low[t - 1].endswith("ly"):
        t -= 1  # "strongly rejected", "flatly denied"
    return 0 < t - end <= 2 and low[t - 1] in _VOICE_NOUNS


def _by_writer(low: list[str], k: int) -> bool:
    """Whether ``k`` is the "by" or "from" of a report's author ("a report by Amnesty")."""
    return k > 0 and low[k] in {"by", "from"} and (low[k - 1] in _CLAIM_NOUNS or low[k - 1] in _WRITINGS)


def _past_kind(low: list[str], j: int) -> int:
    """Past the kind of party a list of names is given for ("to countries including Ukraine",
    "to various foreign countries, including Turkey", "to states such as Russia"): where the names
    start; else ``j``."""
    i = j
    while i < j + 4 and i < len(low) and (low[i] in _KIND_WORDS or low[i][:1].isdigit()):
        i += 1  # "to more than 30 countries", "to several foreign customers"
    if low[i : i + 1] and low[i] in {"countries", "nations", "states", "customers", "buyers", "clients"}:
        i += low[i + 1 : i + 2] == [","]
        n = i + 2 if low[i + 1 : i + 2] in (["including"], ["like"]) else i + 3
        if n == i + 2 or low[i + 1 : i + 3] == ["such", "as"]:
            return n + (low[n : n + 1] == ["the"])
    return j


def _past_compound(sent: Sentence, j: int) -> int:
    """Past hyphenated adjectives before a name ("oil-rich Saudi Arabia", "U.S.-backed Contra
    rebels", "the mineral-rich and violence-racked Central African Republic"): where the name
    starts; else ``j``."""
    low = sent.lower
    k = j
    while k < len(low) and sent.mention_at(k) is None:
        if "-" in low[k][1:-1]:
            k += 1  # one token: "U.S.-backed"
        elif (
            low[k + 1 : k + 2] == ["-"]
            and low[k].isalpha()
            and low[k + 2 : k + 3]
            and low[k + 2].isalpha()
            and sent.mention_at(k + 2) is None
        ):
            k += 3
        else:
            return j
        if sent.mention_at(k) is not None:
            return k
        if low[k : k + 1] not in (["and"], [","]):
            return j
        k += 1
    return j


def _named_after_kind(sent: Sentence, j: int, hi: int) -> Mention | None:
    """The body a description starting at ``j`` names: "(the) Lebanon-based Shiite group Hezbollah",
    "(the) armed group M23"; None if a party or a clause comes first."""
    low = sent.lower
    for k in range(j, min(hi - 1, j + 6)):
        m = sent.mention_at(k)
        if low[k] in _NAMED_KINDS:
            after = sent.mention_at(k + 1)
            return after if after is not None and after.start == k + 1 else None
        if (m is not None and m.role != "place") or not (low[k].isalpha() or low[k] == "-"):
            return None
    return None


def _described_state(sent: Sentence, j: int) -> Mention | None:
    """The state named after its description: "from the tiny former Soviet state of Moldova", "the
    Gulf kingdom of Bahrain"."""
    low = sent.lower
    for k in range(j, min(len(low) - 2, j + 6)):
        if low[k] in _STATE_NOUNS and low[k + 1] == "of":
            m = sent.mention_at(k + 2)
            return m if m is not None and m.type == EntityType.COUNTRY else None
        if low[k] in _PREPOSITIONS or low[k] in {",", "and", "or", ";"}:
            return None
    return None


def _accuser(low: list[str], end: int) -> bool:
    """Whether the name ending at ``end`` makes a charge ("Indian charges", "India's claims"), so a
    pronoun in the charge ("that it arms ...") is the accused, not it."""
    k = end + (low[end : end + 1] in (["'s"], ["’s"]))
    if low[k : k + 1] in (["and"], ["or"]):
        # "US and Gulf accusations": the charge of both
        k = next((j for j in range(k + 2, min(len(low), k + 4)) if low[j] in _CLAIM_NOUNS), k)
    return low[k : k + 1] != [] and (low[k] in _CLAIM_NOUNS or low[k] in {"charge", "charges"})


def _makers_in(sent: Sentence, j: int) -> Mention | None:
    """The state of the makers named at ``j``: "gets arms from manufacturers in China", "from
    companies based in Bulgaria"."""
    low = sent.lower
    if j >= len(low) or low[j] not in _MAKERS:
        return None
    k = j + 1 + (low[j + 1 : j + 2] == ["based"])
    m = sent.mention_at(k + 1) if low[k : k + 1] == ["in"] else None
    if m is None or m.type != EntityType.COUNTRY:
        return None
    return Mention(m.start, m.end, m.entity, m.type, "actor")


def _new_supplier(sent: Sentence, k: int) -> bool:
    """Whether the word at ``k`` opens a clause of its own: a party, then within two words a verb of
    supply ("and Estonia has sent", "while Latvia delivered").

    A name listed with another ("to Ukraine and Moldova") opens none.
    """
    m = sent.mention_at(k + 1)
    if m is None or m.start != k + 1 or m.role != "actor":
        return False
    low = sent.lower
    if m.end < len(low) and _possessive(low, m.end) and low[m.end + 2 : m.end + 3] == ["to"]:
        # "and Pakistan's decision to purchase the T-80 from Ukraine": Pakistan's purchase, its seller
        return low[m.end + 3 : m.end + 4] != [] and (low[m.end + 3] in _SUPPLY or low[m.end + 3] in _BUYING)
    return any(w in _SUPPLY and w not in _NOMINAL for w in low[m.end : m.end + 3])


def _last_listed(sent: Sentence, k: int) -> bool:
    """Whether the comma at ``k`` comes before the last of a list of names ("to Egypt, Iran,
    Libya, Pakistan, and Syria"), not before a clause of their own ("to Iran, and Syria received").
    """
    low = sent.lower
    before = sent.mention_at(k - 1)
    if before is not None and before.role == "weapon" and low[k + 1 : k + 2] in (["and"], ["or"]):
        # "delivering Yak-130 trainers, Su-35 fighters, and Mi-28 helicopters to Iran": the last arms
        after = next((m for j in range(k + 2, min(len(low), k + 5)) if (m := sent.mention_at(j))), None)
        if after is None or after.role != "weapon":
            return False
        if any(low[j] in _AUXILIARIES or low[j] in _SUPPLY for j in range(k + 2, after.start)):
            return False
        j = after.end
        while (more := sent.mention_at(j)) is not None and more.role == "weapon":
            j = more.end  # "Mi-28 helicopters": one phrase
    else:
        after = sent.mention_at(k + 2)
        if before is None or after is None or low[k + 1] not in {"and", "or"} or after.start != k + 2:
            return False
        if before.role != "actor" or after.role != "actor":
            return False
        j = after.end
    while j + 1 < len(low) and low[j] in {",", "and", "or"} and (more := sent.mention_at(j + 1)) is not None:
        j = more.end  # "..., and Israel, France and China supplied": the names of a new clause
    nxt = low[j] if j < len(low) else "."
    return (
        nxt not in _AUXILIARIES and nxt not in _SUPPLY and nxt not in _RECEIVE and nxt not in {"said", "says"}
    )


def _before_relative(sent: Sentence, t: int, lo: int) -> Mention | None:
    """The actor a relative clause set off by commas right before ``t`` describes: "Venezuela,
    where President Hugo Chavez heads an anti-American government, received", "Armenia, where
    Russia keeps a base, bought": the verb's subject, not a party of the clause."""
    low = sent.lower
    if t < 4 or low[t - 1] != ",":
        return None
    for r in range(t - 2, max(lo, 1), -1):
        if low[r] in {",", ";", "(", ")"}:
            return None
        if low[r] in {"where", "who", "which", "whose"}:
            m = sent.mention_at(r - 2) if low[r - 1] == "," and r >= 2 else None
            return m if m is not None and m.role == "actor" and m.start >= lo else None
    return None


def _amount_word(word: str) -> bool:
    """A word of a sum of money before a supply noun: "$2 billion", "multi-billion-pound"."""
    return word[:1].isdigit() or word in _AMOUNT_WORDS
