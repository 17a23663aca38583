"""Tests over a sentence's tokens that several families of rules share: the entity of a mention,
where a title or phrase starts, whether a word is passive, possessive or a word for arms, and
whether a supply points back at arms named before.
"""

from __future__ import annotations

from graph.ontology import EntityType

from ..mentions import _SECTS, Mention, Sentence
from .vocabulary import (
    _ARMS,
    _ARRIVE,
    _AUXILIARIES,
    _BACKED,
    _BATCHES,
    _BE,
    _DETERMINERS,
    _HOLD,
    _MILITARY,
    _MODIFIERS,
    _NOMINAL,
    _QUOTES,
    _RECEIVE,
    _SEIZE,
    _SPEAKER_WORDS,
    _TEACHERS,
    _VESSEL_BEFORE,
    _WEAK_ARMS,
)

__all__ = [
    "_armed_with",
    "_arms_at",
    "_arms_back",
    "_arms_word",
    "_entity",
    "_head",
    "_hold_verb",
    "_landing_only",
    "_mention_from",
    "_named_subject",
    "_no_subject",
    "_not_to",
    "_of_arms",
    "_own_plan",
    "_passive",
    "_possessive",
    "_seizer",
    "_system_before",
    "_them_after",
    "_title_start",
    "_training_given",
]


def _no_subject(low: list[str], t: int) -> bool:
    """Whether the claim at ``t`` has "no" for its subject's determiner: "“No Milan anti-tank
    missiles have been parachuted ...”", "No war weapons have been exported to Syria", also in a
    clause of its own ('The official said: "No U.S. offer of lethal assistance has been made"').

    >>> _no_subject(["no", "war", "weapons", "have", "been", "exported"], 5)
    True
    >>> _no_subject(["he", "said", ":", "no", "offer", "of", "arms", "was", "made"], 6)
    True
    """
    starts = [0, *(k + 1 for k in range(max(0, t - 12), t) if low[k] in {":", "that"})]
    return any(
        (opening := [w for w in low[start:t] if w not in _QUOTES])[:1] == ["no"]
        and t - start < 12
        and "," not in opening
        for start in starts
    )


def _system_before(sent: Sentence, j: int) -> Mention | None:
    """The first of the weapons named right before the arms noun at ``j`` ("HQ-22 surface-to-air
    missile systems"): the system the noun stands for."""
    first = None
    while (m := sent.mention_at(j - 1)) is not None and m.role == "weapon" and m.end == j:
        first, j = m, m.start
    return first


def _entity(m: Mention | str | None) -> str | None:
    if m is None or isinstance(m, str):
        return m
    return m.entity


def _title_start(sent: Sentence, k: int) -> int:
    """Where the title before a name starts: "..., Chancellor Olaf Scholz said" → at Chancellor."""
    j = k
    while j > 0 and k - j < 8:
        m = sent.mention_at(j - 1)
        if m is not None and m.type != EntityType.COUNTRY:
            break  # "US Secretary of State Anthony Blinken": a state may open the title
        if m is None and not (sent.words[j - 1][:1].isupper() or sent.lower[j - 1] in _SPEAKER_WORDS):
            break
        j = m.start if m is not None else j - 1
    return j


def _head(sent: Sentence, m: Mention) -> Mention:
    """The actor a possessive belongs to: "Yemen's Houthi rebels" are the Houthis, "Burma's ethnic
    United Wa State Army" the UWSA."""
    low = sent.lower
    if m.end + 1 < len(low) and low[m.end] in {"’s", "'s"}:
        j, stop = m.end + 1, min(len(low), m.end + 4)
        while j < stop:
            owned = sent.mention_at(j)
            if owned is not None and _backer(low, owned):
                # "Somalia's UN-backed transitional government": Somalia's, not the UN; "Lebanon's
                # Iran-backed Shia movement Hezbollah": the movement
                j, stop = owned.end + 2, min(len(low), owned.end + 6)
                continue
            if owned is not None:
                return owned if owned.role == "actor" else m
            if not (sent.words[j].isalpha() and (sent.words[j].islower() or low[j] in _SECTS)) or (
                low[j] in _NOT_DESCRIBING
            ):
                break
            j += 1
    return m


def _backer(low: list[str], m: Mention) -> bool:
    """Whether ``m`` only describes the noun after it: "the Turkish-backed rebels", "a US-led
    coalition" (the ones backed or led, never their backer)."""
    return low[m.end : m.end + 1] == ["-"] and low[m.end + 1 : m.end + 2] != [] and low[m.end + 1] in _BACKED


# words that end a description before an owned name: "Russia's arms to ...", "Iran's own"
_NOT_DESCRIBING = frozenset(["and", "or", "to", "of", "for", "from", "with", "in", "on", "at", "by", "own"])


def _not_to(low: list[str], k: int) -> bool:
    """Whether "not to" (or "to not") stands at ``k``: "asked Germany not to provide", "urged Poland to
    not deliver"."""
    return low[k : k + 2] in (["not", "to"], ["to", "not"])


def _mention_from(sent: Sentence, j: int) -> Mention | None:
    low = sent.lower
    while j < len(low) and low[j] in {"the", "a", "an", "“"}:
        j += 1  # "by the “Belarusian Gayun” monitoring group"
    m = sent.mention_at(j)
    return m if m is not None and m.role in {"actor"} else None


# what "defence" before it makes arms: "defence exports", "defense articles"
_DEFENCE_GOODS = frozenset(
    ["exports", "export", "sales", "sale", "equipment", "articles", "supplies", "deliveries", "hardware"]
)


def _own_plan(low: list[str], k: int) -> bool:
    """Whether the verb at ``k`` is the subject's own plan ("is to freeze", "will halt"), not an aim
    or a demand ("efforts to halt the delivery", "urged the US to stop").

    >>> _own_plan(["the", "netherlands", "is", "to", "freeze"], 4), _own_plan(["efforts", "to", "halt"], 2)
    (True, False)
    """
    return (k > 0 and low[k - 1] in {"will", "would"}) or (
        k > 1 and low[k - 1] == "to" and low[k - 2] in {"is", "are", "set"}
    )


def _arms_word(low: list[str], k: int) -> bool:
    """ "weapons", "ammunition", "military aid": not "non-lethal", not "humanitarian aid"."""
    if k >= len(low):
        return False  # past the end: "... for combat jet order" with no full stop
    if low[k] in {"defence", "defense"} and low[k + 1 : k + 2] and low[k + 1] in _DEFENCE_GOODS:
        return True  # "approved defence exports worth 485 million euros to Israel"
    if low[k] not in _ARMS or low[k - 1 : k] == ["-"]:
        return False
    if low[k + 1 : k + 2] and _teachers(low, k + 1):
        return False  # "military instructors" are no arms: they train
    return low[k] not in _WEAK_ARMS or (k > 0 and low[k - 1] in _MILITARY)


def _arms_at(sent: Sentence, k: int) -> bool:
    """Whether token ``k`` tells of arms: a word for arms ("weapons", "military aid") or a weapon,
    never a word of a name ("the Russian military sent": the armed forces)."""
    m = sent.mention_at(k)
    if m is not None:
        return m.role == "weapon"
    return _arms_word(sent.lower, k)


def _of_arms(sent: Sentence, t: int) -> bool:
    """ "the supply of the weapons", "the transfer": not "the export of dual-use goods"."""
    low = sent.lower
    if low[t + 1 : t + 2] != ["of"]:
        return True
    return any(
        low[k] in _ARMS or ((m := sent.mention_at(k)) is not None and m.role == "weapon")
        for k in range(t + 2, min(len(low), t + 6))
    )


def _passive(low: list[str], t: int) -> bool:
    """A form of "be" before ``t``, perhaps with an adverb between ("are actually received")."""
    return (t > 0 and low[t - 1] in _BE) or (t > 1 and low[t - 2] in _BE and low[t - 1].endswith("ly"))


def _training_given(low: list[str], lo: int, hi: int) -> bool:
    """ "weapons, training and money", "arms and military trainers": training given in
    ``low[lo:hi]``; not training as the subject of its own clause ("as soon as pilot training is
    completed")."""
    window = low[lo:hi]
    if "training" not in window and _TEACHERS.isdisjoint(window):
        return False
    return any(
        (low[k] == "training" or _teachers(low, k))
        and not (low[k + 1 : k + 2] and low[k + 1] in _BE | _AUXILIARIES)
        # "ten training aircraft", "for training purposes": what the arms are for, no training given
        and not (low[k] == "training" and low[k + 1 : k + 2] and low[k + 1] in _TRAINING_OF_ARMS)
        for k in range(lo, min(hi, len(low)))
    )


# What "training" describes when it names no training given: "training aircraft", "training purposes"
_TRAINING_OF_ARMS = frozenset(
    [*("aircraft", "jets", "jet", "planes", "plane", "purposes", "purpose", "version", "variant"), "rounds"]
)


_PLANES = frozenset(["aircraft", "jet", "jets", "plane", "planes"])


def _model_name(word: str) -> bool:
    """Whether a word is a model's designation, letters and digits together ("yak-130", "p18").

    >>> _model_name("yak-130"), _model_name("130"), _model_name("export")
    (True, False, False)
    """
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def _teachers(low: list[str], k: int) -> bool:
    """ "instructors", "military trainers": people who train (never "combat trainers", "Yak-130
    trainers" or "trainer aircraft", which are planes)."""
    if low[k] not in _TEACHERS:
        return False
    if low[k].startswith("instructor"):
        return True
    if low[k] in {"advisers", "advisors"}:
        return low[k - 1 : k] == ["military"]  # "military advisers", never "security advisers"
    plane = low[k - 1 : k] in (["combat"], ["jet"], ["advanced"], ["basic"]) or low[k - 1 : k] == ["-"]
    plane = plane or (k > 0 and _model_name(low[k - 1]))  # "Yak-130 trainers"
    # "the Super Tucano trainer and light attack aircraft"
    plane = plane or (low[k] == "trainer" and not _PLANES.isdisjoint(low[k + 1 : k + 5]))
    return not plane and low[k + 1 : k + 2] not in (["aircraft"], ["version"], ["jets"], ["planes"])


def _named_subject(sent: Sentence, t: int, present: bool = False) -> bool:
    """ "The sale was a violation ...", "the proposed sale will improve ...": a definite supply noun
    opening its clause, the subject it talks about (the supply the article tells of); with
    ``present``, only one spoken of in the present or future ("the sale is", "the sale will")."""
    low = sent.lower
    after = [w for w in low[t + 1 : t + 3] if w not in _QUOTES]
    if after and after[0] not in _BE | _AUXILIARIES | {"of"}:
        return False
    if present and (not after or after[0] not in {"is", "are", "will", "would", "remains"}):
        return False
    k = t - 1
    while k >= 0 and (
        low[k] in _ARMS
        or low[k] in _MODIFIERS
        or ((m := sent.mention_at(k)) is not None and m.role == "weapon")
    ):
        k -= 1
    if k < 0 or low[k] not in {"the", "this", "that"}:
        return False
    return k == 0 or low[k - 1] in {"that", ",", "“", '"', "but", "and", ":"}


def _arms_back(sent: Sentence, t: int) -> bool:
    """ "The first two jets were delivered", "the jets had arrived", "the F-16 planes received on
    Monday": the supply verb at ``t`` has for its subject (or as a participle, its head) arms spoken
    of with a determiner or a number, with no party named between."""
    low = sent.lower
    if low[t] in _NOMINAL:
        return False  # a verb's subject: "the jets were delivered", never "military aid"
    k = t - 1
    while k > 0 and low[k] in _AUXILIARIES | _BE | {"also", "already", "now", "finally", "all", "just"}:
        k -= 1
    m = sent.mention_at(k) if k >= 0 else None
    if m is not None and m.role != "weapon":
        return False
    if (
        m is None
        and k > 0
        and low[k].isalpha()
        and (w := sent.mention_at(k - 1)) is not None
        and w.role == "weapon"
    ):
        m = w  # "the F-16 planes": the system, then its head noun
    if m is None and not (k >= 0 and low[k] in _ARMS and low[k] not in _WEAK_ARMS):
        return False
    head = m.start if m is not None else k
    if k != t - 1 and not _passive(low, t) and low[t] not in _ARRIVE:
        return False  # "the jets will provide": only a passive, an arrival or a participle right after
    for j in range(head - 1, max(-1, head - 6), -1):
        x = sent.mention_at(j)
        if x is not None and x.role != "weapon":
            return False
        if low[j] in _DETERMINERS or low[j] in {"these", "those", "no"} or low[j][:1].isdigit():
            return True
    return False


def _landing_only(word: str, sent: Sentence) -> bool:
    """ "landed" that tells of no delivery ("the drone landed in a field"): it receives arms only in a
    sentence of batches and shipments ("Four F-16s landed in Iraq, the first batch of ...") or of
    the first ones ("The first two Su-30 jets landed at the naval base")."""
    return word == "landed" and _BATCHES.isdisjoint(sent.vocab) and "first" not in sent.vocab


def _them_after(low: list[str], t: int) -> bool:
    """ "has received 12 of them", "delivered six of them", "received them": arms named before, by a
    pronoun."""
    nxt = low[t + 1 : t + 5]
    if nxt[:1] == ["them"]:
        return low[t] in _RECEIVE  # "give them", "send them": them may be who receives
    return nxt[1:3] == ["of", "them"] or nxt[2:4] == ["of", "them"]


def _armed_with(sent: Sentence, t: int) -> bool:
    """ "Iran armed Iraqi militants with rockets", "armed them with drones": arming someone with
    something (not "armed forces", "armed drones", "armed groups")."""
    low = sent.lower
    j = t + 1 + (low[t + 1 : t + 2] == ["the"])
    m = sent.mention_at(j)
    end = m.end if m is not None and m.role == "actor" and m.start == j else None
    return end is not None and low[end : end + 1] == ["with"]


def _possessive(low: list[str], k: int) -> bool:
    """Whether token ``k`` marks a possessive: "Taiwan's", or "the Houthis'" after a plural.

    >>> _possessive(["the", "houthis", "'", "main"], 2), _possessive(["iran", "'", "x"], 1)
    (True, False)
    """
    return low[k] in {"’s", "'s"} or (low[k] in {"’", "'"} and k > 0 and low[k - 1].endswith("s"))


def _seizer(sent: Sentence, m: Mention, t: int) -> bool:
    """Whether ``m`` is who seized or intercepted the arms of the supply at ``t``: "The navy seized
    rifles smuggled to Yemen", "the cargo was seized by the Israeli navy on a route used to smuggle".

    >>> sent = Sentence("x", [], ["the", "navy", "seized", "rifles", "smuggled"], [])
    >>> _seizer(sent, Mention(1, 2, "navy", EntityType.ORGANIZATION), 4)
    True
    """
    low = sent.lower
    if m.end <= t and not _SEIZE.isdisjoint(low[m.end : t]):
        return True
    k = m.start - 1
    while k > 0 and low[k] in _DETERMINERS:
        k -= 1
    return k > 0 and low[k] == "by" and low[k - 1] in _SEIZE


def _hold_verb(
    low: list[str], start: int, lo: int, verbs: frozenset[str] = _HOLD, reach: int = 4
) -> int | None:
    """The verb of holding ("has", "operates", "fields", "includes" ...) with at most ``reach`` words
    between it and the arms at ``start``: "Syria operates tanks supplied by Russia", "has fighter
    jets from"."""
    return next((k for k in range(start - 1, max(lo, start - reach - 1) - 1, -1) if low[k] in verbs), None)


def _vessel(sent: Sentence, t: int) -> bool:
    """Whether "ship(s)" at ``t`` names a vessel: after a determiner, a possessive, a noun of its
    kind or a state's adjective ("the ship", "an Iranian cargo ship", "Iran's ships"), or before
    a verb of its own ("ships sailed")."""
    low = sent.lower
    if low[t] not in {"ship", "ships"}:
        return False
    before = low[t - 1] if t else ""
    after = low[t + 1] if t + 1 < len(low) else ""
    return (
        before in _VESSEL_BEFORE
        or ((m := sent.mention_at(t - 1)) is not None and m.role in {"origin", "place"} and t > 0)
        or after in _BE
        or after in {"did", "does", "had", "has", "sailed", "docked", "carried", "carrying", "was", "were"}
    )
