"""Who and what a sentence names: gazetteer entities, titled people, new bodies, references back.

A blank spaCy English pipeline tokenises; a phrase matcher built from the
gazetteer finds names and aliases (case-sensitive for one-word names such as
"US", case-insensitive otherwise). Around those matches a few rules find:

- origins: a state named before a weapon is its origin ("Iranian drones",
  "North Korean-made missiles", "Iranian weapons"), not an actor;
- bodies of a state: "Russian troops" is Russia's armed forces (but "Russian
  military aid" is no army), "Chinese Foreign Ministry", "the foreign ministry
  of Iran", "the Foreign Ministry in Tehran" are that state's foreign ministry
  (made up when not in the gazetteer), "Iran's Tasnim News Agency" a new
  organisation of Iran;
- titles and appositions: "Iranian Foreign Ministry Spokesperson Nasser
  Kanani", "Shin Won-sik, South Korean defense minister,", "Iran's foreign
  minister, Hossein Amirabdollahian," give a person, the body they belong to
  with their role, and the state that body is part of;
- outlets and speakers known by one word: ", Yonhap reported", "according to
  Interfax.", "..., Peskov told reporters", and a misspelt surname of someone
  the article named ("Peksov");
- references back: "he", "the Iranian official", "the ministry", "the Iranian
  agency", "the Journal", "the country", and a person's surname once their
  full name is known.

Siblings are never merged: a mention resolves to one id by its exact name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from graph.facts import EntitySpec
from graph.gazetteer import Gazetteer
from graph.ontology import EntityType, slugify

__all__ = ["STATEMENT", "Mention", "Recognizer", "Sentence", "dateline_state", "demonym", "state_adjectives"]

# Stands for "the statement": whoever made the last statement, which only the rules know.
STATEMENT = "@statement"

# Role phrases before or after a name: surface → (role, body of the state it implies).
_ROLES: dict[str, tuple[str, str | None]] = {
    "spokesperson": ("spokesperson", None),
    "spokesman": ("spokesperson", None),
    "spokeswoman": ("spokesperson", None),
    "official representative": ("spokesperson", None),
    "press secretary": ("press secretary", None),
    "deputy spokesperson": ("deputy spokesperson", None),
    "deputy spokesman": ("deputy spokesperson", None),
    "deputy spokeswoman": ("deputy spokesperson", None),
    "deputy press secretary": ("deputy press secretary", None),
    "foreign minister": ("minister", "foreign"),
    # "Russia's top diplomat Sergei Lavrov", "South Korea's top diplomat warned": its foreign minister
    "top diplomat": ("minister", "foreign"),
    "minister of foreign affairs": ("minister", "foreign"),
    "secretary of state": ("secretary of state", "foreign"),
    "state secretary": ("secretary of state", "foreign"),
    "defense minister": ("minister", "defence"),
    "defence minister": ("minister", "defence"),
    "minister of defense": ("minister", "defence"),
    "minister of defence": ("minister", "defence"),
    "defense secretary": ("secretary", "defence"),
    "defence secretary": ("secretary", "defence"),
    # Britain's secretaries of state: "Foreign Secretary William Hague", "Home Secretary"
    "foreign secretary": ("secretary", "foreign"),
    "home secretary": ("secretary", "interior"),
    "minister": ("minister", None),
    **{
        f"{portfolio} minister": ("minister", what)
        for portfolio, what in (
            ("interior", "interior"),
            ("home", "interior"),
            ("information", "information"),
            ("media", "media"),
            ("finance", "finance"),
            ("justice", "justice"),
            ("energy", "energy"),
            ("trade", "trade"),
        )
    },
    **{
        f"minister of {what}": ("minister", what)
        for what in ("interior", "information", "finance", "justice")
    },
    "mp": ("MP", "parliament"),
    # a state's senate and lower house: "Sen. Rand Paul", "Rep. Tom Lantos", "Congressman Ted Poe"
    "senator": ("senator", "senate"),
    "congressman": ("congressman", "house"),
    "congresswoman": ("congresswoman", "house"),
    "rep.": ("congressman", "house"),
    "commodore": ("commodore", None),
    "sen.": ("senator", "senate"),
    "sens.": ("senator", "senate"),
    "senators": ("senator", "senate"),
    "reps.": ("congressman", "house"),
    "lawmaker": ("MP", "parliament"),
    "member of parliament": ("MP", "parliament"),
    "speaker": ("speaker", "parliament"),
    "president": ("president", None),
    # never the head of state: "Executive Vice President of AVIC Hao Zhaoping"
    "vice president": ("vice president", None),
    "executive vice president": ("vice president", None),
    "chancellor": ("chancellor", None),
    "prime minister": ("prime minister", None),
    "premier": ("prime minister", None),
    "leader": ("leader", None),
    "commander": ("commander", None),
    "chief": ("chief", None),
    "head": ("head", None),
    # a company's heads: "Fincantieri Chief Executive Giuseppe Bono", "Baykar CEO Haluk Bayraktar"
    "chief executive": ("chief executive", None),
    "chief executive officer": ("chief executive", None),
    "ceo": ("chief executive", None),
    "managing director": ("managing director", None),
    "general manager": ("general manager", None),
    "general": ("general", None),
    "brig. gen.": ("brigadier general", None),
    "brig.gen.": ("brigadier general", None),
    "brigadier general": ("brigadier general", None),
    "maj. gen.": ("major general", None),
    "major general": ("major general", None),
    "lt. gen.": ("lieutenant general", None),
    "lieutenant general": ("lieutenant general", None),
    "gen.": ("general", None),
    "adm.": ("admiral", None),
    "admiral": ("admiral", None),
    "col.": ("colonel", None),
    "colonel": ("colonel", None),
    # the compound ranks, whose first word would otherwise start the name: "Lieutenant Colonel Jacek
    # Sonta", "Rear Admiral Ali Fadavi", "Field Marshal Berhanu Jula"
    "lieutenant colonel": ("lieutenant colonel", None),
    "lt. col.": ("lieutenant colonel", None),
    "colonel general": ("colonel general", None),
    "rear admiral": ("rear admiral", None),
    "rear adm.": ("rear admiral", None),
    "vice admiral": ("vice admiral", None),
    "vice adm.": ("vice admiral", None),
    "marshal": ("marshal", None),
    "field marshal": ("field marshal", None),
    "air marshal": ("air marshal", None),
    "air chief marshal": ("air chief marshal", None),
    "ambassador": ("ambassador", None),
    "special rapporteur": ("special rapporteur", None),
    "rapporteur": ("rapporteur", None),
    "special envoy": ("special envoy", None),
    "envoy": ("envoy", None),
    "representative": ("representative", None),
    # a state's ambassador at the UN: "U.S. Deputy Permanent Representative to the UN Robert Wood"
    "permanent representative": ("representative", None),
    "deputy permanent representative": ("representative", None),
    "official": ("official", None),
    "senior official": ("official", None),
    "coordinator": ("coordinator", None),
    "strategic communications coordinator": ("strategic communications coordinator", None),
    "coordinator for strategic communications": ("strategic communications coordinator", None),
    "prosecutor general": ("prosecutor general", None),
    "director": ("director", None),
    "adviser": ("adviser", None),
    "national security adviser": ("national security adviser", None),
    "national security advisor": ("national security adviser", None),
    "advisor": ("adviser", None),
    "deputy": ("deputy", None),
    "member": ("member", None),
    # titles of officials quoted on arms deals: "Security Council secretary Armen Grigoryan",
    # "Deputy Defence Minister X", "Deputy Commander of ... Y"
    "secretary": ("secretary", None),
    "secretary general": ("secretary general", None),
    "secretary - general": ("secretary general", None),  # "UN Secretary-General Antonio Guterres"
    "deputy commander": ("deputy commander", None),
    "deputy head": ("deputy head", None),
    "deputy minister": ("deputy minister", None),
    "deputy foreign minister": ("deputy minister", "foreign"),
    "deputy defence minister": ("deputy minister", "defence"),
    "deputy defense minister": ("deputy minister", "defence"),
    "chief of staff": ("chief of staff", None),
    "assistant minister": ("assistant minister", None),
    "minister of state": ("minister of state", None),
    "undersecretary": ("undersecretary", None),
    "chair": ("chair", None),
    "chairman": ("chair", None),
    "chairwoman": ("chair", None),
}
_VARIANT = re.compile(r"^[A-Z]{1,3}\d?s?$")  # the "D" of "F-16C/D"
_CALIBRE = re.compile(r"^(?:\d+(?:\.\d+)?(?:mm)?|mm|mil+imet(?:er|re)s?|calibre|caliber)$")


def _calibre_at(low: list[str], k: int) -> bool:
    """Whether ``low[k]`` is part of a calibre ("155-mm", "122 millimetre"); a bare number is one only
    before its unit or a hyphen ("to Myanmar 30 MiG-29s" counts the jets)."""
    if not _CALIBRE.match(low[k]):
        return False
    if not low[k].replace(".", "").isdigit():
        return True
    return low[k + 1 : k + 2] == ["-"] or (k + 1 < len(low) and _CALIBRE.match(low[k + 1]) is not None)


def _variant_end(w: list[str], k: int) -> int:
    """Where a designation before ``k`` ends without its variant suffix ("F-16C/D", "AH-64D/E",
    "Su-30MK2/MKI"): ``k`` less the "/ D"; else ``k``."""
    if k >= 3 and w[k - 2] == "/" and _VARIANT.match(w[k - 1]):
        return k - 2
    return k


_WRITINGS = frozenset(["report", "review", "study", "investigation", "assessment", "document", "dossier"])
_WRITING_ADVERBS = frozenset(["further", "also", "previously", "earlier", "additionally"])
_IRREGULAR = frozenset(
    [
        *(
            "paramilitary",
            "paramilitaries",
            "rebel",
            "rebels",
            "militia",
            "militias",
            "insurgent",
            "insurgents",
        ),
        *("separatist", "separatists", "opposition", "jihadist", "jihadists"),
        *("militant", "militants", "guerrilla", "guerrillas"),
    ]
)
# bodies of one state's government: "Germany's national security council" is none of another's
_STATE_BODY_KINDS = frozenset(["ministry", "agency", "government-office", "parliament"])
# bodies whose offices are their own, never the state's: a company's president is not "the Swedish president"
_OWN_OFFICES = frozenset(["company", "media", "ngo", "research-institute", "armed-group"])
# a seat of power the press names for its state ("the Kremlin said": Russia), whose officials belong
# to the head of state's office
_SEATS = {"kremlin": "russia-presidential-administration", "white house": "white-house"}
# titles of those who speak for a state
_STATE_OFFICES = frozenset(
    ["minister", "spokesperson", "press secretary", "president", "prime minister", "secretary", "chancellor"]
)
# a state's army by its proper name: the state's armed forces, as in lower case ("the Nepalese army")
_ARMY_NAMES = (["army"], ["armed", "forces"], ["military"], ["defence", "forces"], ["defense", "forces"])
_FORMAL_NAME_WORDS = frozenset(["Federation", "Republic", "Kingdom", "States", "Emirates", "Confederation"])
# Offices one person holds at a time: "Russia's foreign minister" is whoever the article names so.
_SOLE_OFFICES = frozenset(
    [
        *(("minister", what) for what in ("foreign", "defence", "interior", "finance", "justice")),
        ("secretary of state", "foreign"),
        ("secretary", "defence"),
        ("president", None),
        ("prime minister", None),
        ("chancellor", None),
        ("prosecutor general", None),
        ("national security adviser", None),
        ("ambassador", None),
        ("envoy", None),
        ("special envoy", None),
    ]
)
_PAPERS = frozenset(["newspaper", "daily", "weekly", "magazine", "tabloid"])
# what an outlet named with its state is: "the Estonian broadcaster ERR", "Iran's ILNA news agency"
_OUTLET_NOUNS = _PAPERS | {"broadcaster", "agency", "website", "outlet"}
# who may be "loyal to" a leader, as that leader's forces: "forces loyal to Haftar"
_LOYAL_BODIES = frozenset(["forces", "troops", "fighters", "militias", "militia", "units", "army"])
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_SITE = re.compile(r"^[A-Z][A-Za-z0-9-]*(\.[a-z]{2,4})+$")  # a website named by its address: "Lenta.ru"
# One group however the press calls it: "militants in Syria" are the Syrian rebels.
_REBELS = frozenset(
    ["rebel", "rebels", "insurgent", "insurgents", "militant", "militants", "guerrilla", "guerrillas"]
)
_COMPASS = frozenset(["north", "south", "east", "west", "northern", "southern", "eastern", "western"])
# verbs right after a state that make it a clause's subject, not one of a list of places
_CLAUSE_VERBS = frozenset(["is", "was", "are", "were", "has", "have", "had", "will", "would", "said", "says"])
_SECTS = frozenset(["shiite", "shia", "sunni", "shi'ite", "shi’ite"])
# Two words after a demonym that name a state's irregulars, and the noun they go by
_GROUP_NAMES = {
    ("drug", "cartels"): ["drug", "cartels"],
    ("drug", "cartel"): ["drug", "cartels"],
    ("armed", "groups"): ["armed", "groups"],
}
_NEIGHBOURING = frozenset(["neighbouring", "neighboring", "nearby"])
# Irregulars placed in a state: "militias in Iraq" are the Iraqi militias.
_PLACED = frozenset([*_REBELS, "militia", "militias", "jihadist", "jihadists"])
# Provinces and states (as datelines abbreviate them) after a town that shares a capital's name
_PROVINCES = frozenset(
    [
        *("Ont", "Ontario", "Que", "Quebec", "Alta", "Alberta", "Sask", "Man", "Manitoba", "NS", "B.C"),
        *("Ky", "Kentucky", "Tex", "Texas", "Ohio", "Idaho", "Ind", "Indiana", "Ill", "Illinois", "Ark"),
        *("Ala", "Calif", "Conn", "Del", "Fla", "Kan", "Kansas", "La", "Md", "Mass", "Mich", "Minn"),
        *("Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore"),
        *("Pa", "R.I", "S.C", "S.D", "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo", "Maine", "Iowa", "Utah"),
    ]
)
_OTHERS = frozenset(
    ["allies", "partners", "neighbours", "neighbors", "adversaries", "rivals", "enemies", "foes"]
)
# verbs that take the one given arms before the arms ("shipped Ethiopia rifles")
_GIVING = frozenset(
    [
        *("ship", "ships", "shipped", "shipping", "send", "sends", "sent", "sending", "sell", "sells"),
        *("sold", "selling", "give", "gives", "gave", "giving", "supplied", "supplying", "handed"),
        *("offered", "offering", "provided", "providing", "lent", "promised", "pledged", "delivered"),
    ]
)
_AMERICAS = frozenset(["Latin", "Central", "South", "North", "Middle", "Spanish"])
_REGIONS = frozenset(
    [
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "north",
        "south",
        "east",
        "west",
        "neighbouring",
        "neighboring",
    ]
)
_OBJECT_PREPOSITIONS = frozenset(["from", "to", "with", "of", "for", "against", "by", "in", "on", "at"])
_GROUP_NOUNS = frozenset(["forces", "fighters", "groups", "group", "force", "units"])
_COUNTRY_ADJ = frozenset(
    [
        *("-", "war", "torn", "landlocked", "embattled", "impoverished", "neighbouring", "neighboring"),
        *("island", "oil", "rich", "tiny", "small"),
    ]
)
# "the West African country", "the Balkan state", "the island nation", "the Gulf kingdom"
# "the Scandinavian country", "the Gulf state": a state of that region, never another one
_REGION_STATES = {
    "scandinavian": {"sweden", "norway", "denmark"},
    "nordic": {"sweden", "norway", "denmark", "finland", "iceland"},
    "baltic": {"estonia", "latvia", "lithuania"},
    "gulf": {"saudi-arabia", "united-arab-emirates", "qatar", "kuwait", "bahrain", "oman"},
    "balkan": {"serbia", "croatia", "bosnia-and-herzegovina", "montenegro", "albania", "kosovo"}
    | {"north-macedonia", "bulgaria", "slovenia"},
    "himalayan": {"nepal", "bhutan"},
}
# "the East African nation", "the Southeast Asian country": a state of that part of the world,
# by the country tables' regions and subregions
_CONTINENTS = {"african": "Africa", "asian": "Asia", "european": "Europe", "american": "Americas"}
_AREAS = {
    "north african": "Northern Africa",
    "southeast asian": "South-eastern Asia",
    "central asian": "Central Asia",
    "south asian": "Southern Asia",
    "middle eastern": "Western Asia",
    "latin american": "Latin America and the Caribbean",
    "south american": "Latin America and the Caribbean",
    "central american": "Latin America and the Caribbean",
    "caribbean": "Latin America and the Caribbean",
}
_COUNTRY_NOUNS = frozenset(["country", "nation", "state", "kingdom", "archipelago"])
# "his country", "her government": the state of the person they belong to
_OWN_STATE_NOUNS = frozenset(["country", "nation", "government", "administration"])
_OBSERVERS = frozenset(
    ["analysts", "analyst", "experts", "expert", "researchers", "observers", "commentators", "journalists"]
)
_PRESS = frozenset(["media", "press", "newspapers"])  # "Indian media reported"
_STATE_PRESS = frozenset(["media", "television", "tv", "broadcaster", "outlets", "press"])
# The shape of a weapon's designation: "Su-30SM", "Yak-130", "KN-23", "CH-95", "K2", "M142".
_DESIGNATION = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,4}-\d{1,4}(?:[A-Z][A-Z0-9]{0,3})?|[A-Z]{1,3}\d{1,4}[A-Z]{0,3})$"
)
_DIGIT = re.compile(r"\d")
_TYPE_NUMBER = re.compile(r"^\d{2,3}[A-Z]{0,2}$")  # "Type 052D"
# Nouns that name a class of weapons only after a designation ("Su-30MK2 fighters", "Tu-22M3 bombers").
_CLASS_NOUNS = {
    "fighters": "combat-aircraft",
    "fighter": "combat-aircraft",
    "jets": "combat-aircraft",
    "jet": "combat-aircraft",
    "trainers": "combat-aircraft",
    "bombers": "strategic-bomber",
    "gunships": "helicopter",
}
_CLASS_WORDS = frozenset(["jet", "combat", "attack", "multirole", "transport"])  # "Yak-130 jet trainers"
# titles before a list of names: "Sens. Rand Paul and Chris Murphy"
_PLURAL_TITLES = frozenset(["sens.", "senators", "reps."])
# a state's parliament and its two chambers, each a body of kind "parliament"
_CHAMBERS = frozenset(["parliament", "senate", "house"])
# the chambers whose unplaced members are of the US Congress where the story names the US
_CONGRESS = _CHAMBERS - {"parliament"}
# Ministries besides foreign affairs and defence, by the word for them in an id ("pakistan-interior-ministry").
_PORTFOLIOS = frozenset(["interior", "information", "media", "finance", "justice", "energy", "trade"])
_MAX_ROLE = max(len(r.split()) for r in _ROLES)
_ENVOYS = frozenset(["ambassador", "envoy", "representative"])
# Ranks and honorifics written before a name: "said Lt. Col. Tom Barnes".
_HONORIFICS = frozenset(
    [
        *("Brig.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Adm.", "Sgt.", "Rep.", "Sen.", "Gov.", "Amb."),
        *("Sens.", "Reps."),
        *("Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "General", "Colonel", "Admiral", "Major", "Captain"),
        *("Brigadier", "Lieutenant"),
    ]
)
# Family names written first (Chinese, Korean, Vietnamese): "Zhao Jianhua", later "Zhao".
_FAMILY_FIRST = frozenset(
    [
        *("Zhao", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Wu", "Zhou", "Xu", "Sun", "Ma"),
        *("Zhu", "Hu", "Guo", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Feng", "Deng"),
        *("Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Du", "Ye", "Wei"),
        *("Lu", "Ding", "Ren", "Shen", "Yao", "Fu", "Qin", "Geng", "Mao", "Xi", "Hua", "Cui", "Fan", "Qian"),
        *("Kim", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Moon", "Shin", "Kwon", "Nguyen"),
    ]
)
# Capitalised words before a surname that are no given name: "But Lavrov said", "On Monday Peskov".
# (with spaCy's English stop words, added where spaCy is loaded)
_NOT_GIVEN = frozenset(
    [
        *(h.lower() for h in _HONORIFICS),
        *("mr", "mrs", "ms", "dr", "sheikh", "ayatollah", "prince", "king", "queen", "emir", "marshal"),
        *("imam", "pope", "sayyed", "sayyid", "mullah", "premier", "senator", "congressman", "chairman"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
        *("october", "november", "december", "meanwhile", "later", "earlier", "today", "yesterday"),
    ]
)
# Unnamed voices of a body: "a spokesperson for the embassy", "an official at the ministry".
# Military ranks, which may follow a post before a name: "army chief General X".
_RANKS = frozenset(
    [
        *("general", "brigadier general", "major general", "lieutenant general", "admiral", "colonel"),
        *("lieutenant colonel", "colonel general", "rear admiral", "vice admiral"),
        *("marshal", "field marshal", "air marshal", "air chief marshal"),
    ]
)
_WEAPON_TYPES = (EntityType.WEAPON_SYSTEM, EntityType.WEAPON_CATEGORY)
# Nouns for arms in general: a state named before one is their origin.
_ARMS_NOUNS = frozenset(["weapons", "weaponry", "arms", "munitions", "ammunition", "armaments"])
# After "Russian military" these make "military" an adjective ("Russian military aid"), not the forces.
_MILITARY_NOUNS = frozenset(
    [
        *("aid", "assistance", "support", "cooperation", "equipment", "hardware", "technology"),
        *("technologies", "ties", "help", "spending", "budget", "exports", "imports", "supplies"),
        *("deliveries", "base", "bases", "drills", "exercises", "operation", "operations", "campaign"),
        *("capabilities", "capability", "advisers", "advisors", "intelligence", "industry", "purposes"),
        *("needs", "buildup", "presence", "doctrine", "sites", "targets", "facilities", "infrastructure"),
        *("satellite", "satellites", "vehicles", "aircraft", "drone", "drones", "pressure", "power"),
        *("assets", "activity", "activities", "escalation", "partnership", "alliance", "production"),
        *("company", "companies", "contractor", "contractors"),  # "a private Russian military company"
    ]
)
# Arms named by "military" and a noun: "Russian military equipment" is of Russia's make or stock.
_MILITARY_ARMS = frozenset(["equipment", "hardware"])
_FORCES = frozenset(
    ["military", "army", "troops", "forces", "soldiers", "armed", "defenders", "servicemen", "commandos"]
)
# Words allowed between an origin adjective and its weapon ("Iranian kamikaze drones").
_WEAPON_ADJ = frozenset(
    [
        "-",
        "made",
        "produced",
        "manufactured",
        "built",
        "designed",
        "origin",
        "(",
        ")",
        "military",
        "kamikaze",
        "attack",
        "unmanned",
        "combat",
        "new",
        "newly",
        "advanced",
        "long-range",
        "short-range",
        "such",
        "series",
        "type",
    ]
)
# places named after the body that runs them: "Sierra Army Depot", "Incirlik Air Base"
_FACILITIES = frozenset(
    ["Depot", "Base", "Arsenal", "Airfield", "Barracks", "Airport", "Station", "Hospital", "Museum", "Range"]
)
_ORG_HEADS = frozenset(
    [
        "Agency",
        "Council",
        "Ministry",
        "Office",
        "Department",
        "Committee",
        "Command",
        "Service",
        "Services",
        "Corps",
        "Navy",
        "Force",
        "Forces",
        "Army",
        "Institute",
        "Mission",
        "Parliament",
        "Post",
        "Times",
        "Journal",
        "News",
        "Monitor",
        "Review",
        "Press",
        "Group",
        "Guard",
        "Guards",
        "Police",  # "the Philippine National Police", "the Turkish National Police"
        "Directorate",
        "Administration",
        "Assembly",
        "Bureau",
        "Commission",
        "Company",
        "Corporation",
        *("Industries", "Aviation", "Systems", "Dynamics", "Technologies", "Electronics", "Shipbuilding"),
        "Inc",
        "Embassy",
        "Intelligence",
        "Centre",
        "Center",
        # think tanks, monitors, parties, movements and units: "Pakistan Strategic Forum", "Sudanese
        # Observatory for Transparency", "Tigray People's Liberation Front", "Irkutsk Aviation Plant"
        *("Forum", "Observatory", "Foundation", "Front", "Movement", "Party", "Authority", "Panel"),
        *("Brigade", "Brigades", "Battalion", "Regiment", "Division", "Plant", "Factory", "Headquarters"),
        *("Tribune", "Herald", "Gazette", "Radio", "Television", "Broadcasting"),
    ]
)
# Heads of names that are no body of the state they name: "Pakistan Strategic Forum" is a think tank.
_NON_STATE_HEADS = frozenset(["Forum", "Observatory", "Foundation", "Front", "Movement", "Party"])
_COMPANY_HEADS = frozenset(
    [
        "Company",
        "Corporation",
        "Inc",
        "Industries",
        "Aviation",
        "Systems",
        "Dynamics",
        "Technologies",
        "Electronics",
        "Shipbuilding",
        "Plant",
        "Factory",
    ]
)
_MEDIA_HEADS = frozenset(
    [
        *("Agency", "News", "Post", "Times", "Journal", "Monitor", "Review", "Press"),
        *("Tribune", "Herald", "Gazette", "Radio", "Television", "Broadcasting"),
    ]
)
# the people who work a weapon: "Ukrainian tank crews" are Ukraine's, whatever the tank's origin
_CREWS = frozenset(["crews", "crew", "pilots", "pilot", "operators", "gunners", "technicians", "mechanics"])
# Features a place takes a state's name for: "the Burma Road", "the Taiwan Strait" (capitalised)
_PLACE_FEATURES = frozenset(
    [
        *("Road", "Highway", "Strait", "Straits", "Sea", "Gulf", "Canal", "Bay", "Peninsula", "River"),
        "Corridor",
    ]
)
_GENERIC_ORG_WORDS = frozenset(
    [
        "foreign",
        "external",
        "defense",
        "defence",
        "ministry",
        "affairs",
        "navy",
        "army",
        "air",
        "force",
        "forces",
        "parliament",
        "military",
        "intelligence",
        "office",
        "presidential",
        "interior",
        "embassy",
        "mission",
        "of",
        "for",  # "Ministry for Foreign Affairs" (Sweden's, Finland's)
        "the",
        "armed",
        # a state's services and councils: "Foreign Intelligence Service of Ukraine", "Armenian
        # Security Council" are <state>-<body> ("ukraine-foreign-intelligence-service")
        *("service", "security", "council", "national", "general", "staff", "guard", "border"),
        # other portfolios and offices: "Economy Ministry", "Presidential Press Center", "State Security
        # Committee" are <state>-<body> too ("germany-economy-ministry")
        *("economy", "economic", "finance", "justice", "trade", "industry", "commerce", "energy"),
        *("press", "center", "centre", "state", "committee", "ground", "coast", "naval"),
        *("special", "operations", "republican", "marine", "marines"),  # "Cameroon's Special Forces"
        "royal",  # "the Royal Thai Army" is Thailand's armed forces, "the Royal Saudi Air Force" its air force
    ]
)
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "On",
        "In",
        "At",
        "For",
        "By",
        "But",
        "And",
        "Or",
        "If",
        "As",
        "Of",
        "To",
        "From",
        "With",
        "After",
        "Before",
        "Since",
        "Earlier",
        "Later",
        "Also",
        "However",
        "Meanwhile",
        "Amidst",
        "Despite",
        "While",
        "When",
        "According",
        "Both",
        "Any",
        "Some",
        "This",
        "That",
        "These",
        "Those",
        "Last",
        "Next",
        "Then",
        "Now",
        "Read",
        "Photo",
        "Credit",
        # people told of by what they are, never a name: "Officials told the Financial Times"
        *("Officials", "Sources", "Analysts", "Experts", "Diplomats", "Authorities", "Lawmakers"),
        *("Witnesses", "Residents", "Observers", "Critics", "Investigators", "Researchers", "Reporters"),
        # a headline's verbs, capitalised in title case: "Ambassador Denies Reports On Arms Supplies"
        *("Says", "Denies", "Rejects", "Dismisses", "Confirms", "Admits", "Warns", "Accuses", "Claims"),
        *("Reports", "Sends", "Supplies", "Delivers", "Receives", "Urges", "Slams", "Vows", "Pledges"),
        *("Seeks", "Signs", "Buys", "Sells", "Gets", "Agrees", "Plans", "Threatens", "Condemns"),
        # a count opening the sentence: "Five Iraqi Parliament members", "Two Defence Ministry officials"
        *("Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dozens", "Hundreds"),
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sept",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sen",
        "Rep",
        "Gov",
        "Brig",
        "Gen",
        "Lt",
        "Col",
        "Maj",
        "Adm",
        "President",
        "Minister",
        "Senior",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "Secretary",
        "Press",
        "Prime",
        "Leader",
        "Commander",
        "Chief",
        "Head",
        "General",
        "Ambassador",
        "Foreign",
        "Defense",
        "Defence",
        "State",
        "Deputy",
        "Director",
    ]
)
# Words that make a generic body a state's own, whose state the article implies when it names none
# ("the Defence Ministry", "the Air Force", "the Embassy"); a "National Council" may be anyone's.
_STATE_ONLY = frozenset(
    [
        *(
            "ministry",
            "navy",
            "army",
            "air",
            "forces",
            "embassy",
            "presidential",
            "parliament",
            "intelligence",
        ),
        *("state", "staff", "guard", "coast", "naval"),  # "the State Security Committee", "the General Staff"
        "foreign",  # "the Foreign Office (FO) has rejected": Pakistan's foreign ministry
    ]
)
# Capitalised words that start no name but belong in a body's ("Ministry of Defence of Chile").
_BODY_WORDS = frozenset(["Foreign", "Defense", "Defence", "State", "Press"])
# Words before a state that make it an object, not what the sentence is about ("to Ukraine or Russia").
# "in the ...", "in south Lebanon", "in northern Yemen": a place all the same
_COMPASS_OR_THE = (_REGIONS - {"neighbouring", "neighboring"}) | {"the"}
_OBJECT_WORDS = frozenset(
    ["to", "by", "from", "with", "against", "for", "of", "on", "in", "either", "or", "and", "nor"]
)
_DEF_PERSON = frozenset(
    [
        "official",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "minister",
        "prosecutor",
        "commander",
        "president",
        "diplomat",
        "lawmaker",
        "mp",
        "general",
        "envoy",
        "ambassador",
        *("premier", "chancellor"),  # "the premier said" after "Prime Minister Imran Khan"
    ]
)
_HEADS = frozenset(["chief", "leader", "head"])  # "the junta chief"
_JUNTA = frozenset(["junta", "regime"])  # "the junta", "the military regime"
# What a leader's name before them stands for: the state ("the Assad government", "Mobutu's
# regime"), or its forces ("Kabila's army", "Gaddafi's forces"), not the person. A rebel leader's
# forces are his group's: the gazetteer names them ("Haftar's forces" is the LNA).
_LEADERS_STATE = frozenset(
    ["government", "regime", "administration", "junta", "dictatorship", "army", "forces", "troops"]
)
_TITLED = _DEF_PERSON | _HEADS
_MILITARY_WORDS = frozenset(["military", "army"])
_DEMONYM_ENDS = (
    "an",
    "ese",
    "i",
    "ish",
    "ch",
    "ine",
)  # "Ukrainian", "Chinese", "Israeli", "Turkish", "French", "Argentine"  # "the Sudan military spokesman": of the armed forces
# What an armed group is said to be before its name: "Shiite Houthi rebels", "Islamist al-Shabaab".
# what the press calls an armed group it named before: "the Palestinian movement"
_GROUP_REFERENCES = frozenset(["movement", "group", "organization", "organisation", "militia"])
_DESCRIPTORS = frozenset(
    [
        *("shiite", "shia", "sunni", "shi'ite", "shi’ite", "muslim", "islamist"),
        *("jihadist", "leftist", "marxist", "separatist"),
        *("militant", "armed", "paramilitary", "powerful", "rebel", "rival"),
        *("terrorist", "terror", "extremist", "radical"),  # "the Lebanese terrorist organization"
    ]
)
_BACKED = frozenset(["backed", "aligned", "allied", "linked", "sponsored", "funded", "supported"])
_DEF_KIND = {
    "ministry": ("ministry",),
    "agency": ("media", "agency"),
    "publication": ("media",),
    "newspaper": ("media",),
    "paper": ("media",),
    "daily": ("media",),
    "weekly": ("media",),
    "magazine": ("media",),
    "tabloid": ("media",),
    "channel": ("media",),
    "broadcaster": ("media",),
    "outlet": ("media",),
    "group": ("armed-group",),
    "movement": ("armed-group",),
    "rebels": ("armed-group",),
    "militia": ("armed-group",),
    # "the militants said", "the paramilitaries denied": the armed group named last
    **dict.fromkeys(
        ["militants", "insurgents", "paramilitaries", "militias", "guerrillas", "jihadists"], ("armed-group",)
    ),
    # "the company said", "the manufacturer added": the company named last
    "company": ("company",),
    "firm": ("company",),
    "manufacturer": ("company",),
    # "the plant is preparing ... the press service of the plant told Interfax": the works named last
    **dict.fromkeys(["plant", "shipyard", "shipbuilder", "concern", "corporation"], ("company",)),
    "embassy": ("mission",),
}
# Verbs of a news outlet reporting: an unknown name before one is an outlet ("Yonhap reported").
_WATCHDOGS = frozenset(["group", "organisation", "organization", "watchdog", "body", "ngo"])


def demonym(gaz: Gazetteer, state: str) -> str | None:
    """The adjective of a state among its aliases ("Syrian" for Syria), if the tables give one.

    >>> demonym(Gazetteer.default(), "chad")
    'Chadian'
    """
    spec = gaz.get(state)
    return next(
        (
            a
            for a in (spec.aliases if spec is not None else [])
            if a[:3] == spec.name[:3] and a.isalpha() and a.endswith(("an", "ese", "i", "ish"))
        ),
        None,
    )


@cache
def state_adjectives() -> frozenset[str]:
    """Every state's adjective the country tables give, also those unlike its name ("Swiss",
    "Dutch", "French"), which `demonym` cannot pick out from the aliases."""
    import pycountry
    from countryinfo import CountryInfo, CountryNotFoundError

    out = set()
    for country in pycountry.countries:
        try:
            out.add(CountryInfo(country.alpha_3).info().get("demonym"))
        except CountryNotFoundError:
            continue
    return frozenset(a for a in out if a)


def _minister_of(sentences: list[Sentence]) -> str | None:
    """The one state whose minister an article names by title alone: "the defence minister of the
    Central African Republic said"; None if it names ministers of two states that way, or none."""
    states = set()
    for sent in sentences:
        if "minister" not in sent.vocab:
            continue
        low = sent.lower
        for k, word in enumerate(low[:-2]):
            if word != "minister" or low[k + 1] != "of":
                continue
            m = sent.mention_at(k + 2 + (low[k + 2] == "the"))
            if m is not None and m.type == EntityType.COUNTRY and (k < 1 or not sent.mention_at(k - 1)):
                states.add(m.entity)
    return states.pop() if len(states) == 1 else None


def _publisher(sent: Sentence, m: Mention) -> bool:
    """Whether ``m`` publishes in its sentence: its subject ("Amnesty published a report") or the
    agent of "reported in" / "reported by" ("first reported in Japan's Tokyo Shimbun"); never the
    outlet whose report someone else judges ("Iran rejected a Reuters report")."""
    low = sent.lower
    if not any(x.role == "actor" and x.start < m.start for x in sent.mentions):
        return True
    k = m.start - 1
    if k > 0 and low[k] in {"’s", "'s"} and (owner := sent.mention_at(k - 1)) is not None:
        k = owner.start - 1  # "Japan's Tokyo Shimbun"
    k -= k > 0 and low[k] == "the"
    # "was first reported in", "had been revealed by": a passive of publishing ("a report by X" is no such)
    before = low[max(0, k - 4) : k]
    return (
        k > 0
        and low[k] in {"in", "by"}
        and not _PUBLISHING.isdisjoint(before)
        and not {"was", "were", "is", "been"}.isdisjoint(before)
    )


# The states under a UN sanctions regime with a panel of experts, and that panel's id
_PANELS = {
    "libya": "un-panel-of-experts-on-libya",
    "north-korea": "un-panel-of-experts-on-north-korea",
    "sudan": "un-panel-of-experts-on-sudan",
    "south-sudan": "un-panel-of-experts-on-south-sudan",
    "yemen": "un-panel-of-experts-on-yemen",
    "central-african-republic": "un-panel-of-experts-on-car",
    "mali": "un-panel-of-experts-on-mali",
    "dr-congo": "un-panel-of-experts-on-drc",
    "somalia": "un-monitoring-group-on-somalia",
    "eritrea": "un-monitoring-group-on-somalia",
}
_GENERIC_PANELS = frozenset(["united-nations-panel-of-experts", "united-nations-group-of-experts"])
_PANEL_NOUNS = frozenset(["panel", "experts", "monitors", "investigators"])
# what may stand between "UN" and its panel: "U.N. Security Council's independent expert panel"
_PANEL_BETWEEN = frozenset(["'s", "’s", "sanctions", "independent", "expert", "arms", "embargo"])


def _panel_spans(sent: Sentence) -> list[tuple[int, int]]:
    """Where a sentence names a UN panel of experts without its state: the generic panel, or "UN"
    (or its Security Council) before a word for one ("U.N. experts", "UN sanctions monitors")."""
    low = sent.lower
    out = []
    for m in sent.mentions:
        if m.entity in _GENERIC_PANELS:
            out.append((m.start, m.end))
        elif m.entity in {"united-nations", "un-security-council"}:
            k = m.end
            while k < len(low) and low[k] in _PANEL_BETWEEN and not sent.mention_at(k):
                k += 1
            named = k < len(low) and (low[k] in _PANEL_NOUNS or low[k : k + 2] == ["monitoring", "group"])
            if named and not sent.mention_at(k):
                out.append((m.start, k + 1 + (low[k] == "monitoring")))
    return out


def _watchdog_end(low: list[str], j: int) -> int | None:
    """Where "London-based human rights group", "rights watchdog" (a description of a rights
    organisation, after "the") ends, or None for any other phrase.

    >>> _watchdog_end(["the", "london", "-", "based", "rights", "group", "said"], 1)
    6
    >>> _watchdog_end(["the", "armed", "group"], 1) is None
    True
    """
    if low[j + 1 : j + 3] == ["-", "based"]:
        j += 3  # "London-based", "New York-based" (a one-word seat: two-word ones are rarer)
    elif low[j + 2 : j + 4] == ["-", "based"]:
        j += 4
    j += low[j : j + 1] == ["international"]
    j += low[j : j + 1] == ["human"]
    rights = low[j : j + 1] == ["rights"]
    j += rights
    if low[j : j + 1] and low[j] in _WATCHDOGS and (rights or low[j] == "watchdog"):
        return j + 1
    return None


_REPORTING = frozenset(["reported", "reports", "wrote", "writes", "cited", "quoted", "citing", "quoting"])
_INITIAL = re.compile(r"^[A-Z]\.$")
# lower-case words inside a name: "Ahmed al-Mesmari", "Mohammed bin Salman", "Ursula von der Leyen"
_NAME_PARTICLES = frozenset(
    ["al", "el", "bin", "ibn", "bint", "van", "von", "der", "den", "de", "da", "di", "du", "dos"]
)
_VOICE_WORDS = frozenset(
    ["spokesman", "spokeswoman", "spokesperson", "official", "diplomat", "representative"]
)
# What "It" or "They" opening a sentence may do to arms: "It has also sent drones to Sudan".
_PRONOUN_ACTS = frozenset(
    [
        *("sent", "supplied", "delivered", "provided", "shipped", "transferred", "exported", "sold"),
        *("received", "bought", "acquired", "purchased", "obtained", "imported", "used", "fired"),
        *("launched", "deployed", "denied", "rejected", "confirmed", "admitted", "given", "armed"),
    ]
)
_IT_SPEAKS = frozenset(
    [
        *("said", "says", "warned", "warns", "added", "stated", "noted", "announced", "reported"),
        *("claimed", "accused", "threatened", "urged", "insisted", "stressed", "argued", "wrote"),
        *("revealed", "confirmed", "denied", "disclosed"),
    ]
)
_SEATED = frozenset(
    ["officials", "authorities", "diplomats", "sources", "leaders", "government", "regime", "junta"]
)
_SPEAKING = frozenset(["said", "says", "told", "added", "stated", "noted", "explained"])
_WRITING = frozenset(["wrote", "writes", "posted", "tweeted"])
_VERBS_OF_VOICE = _SPEAKING | _WRITING
_AFTER_QUOTE = frozenset(["said", "says", "added", "stated", "noted", "explained"])  # '", said X.'
# what "the report" does when it stands for whoever made the last statement: "the report added"
_WRITING_SAYS = frozenset(["said", "says", "found", "finds", "added", "adds", "noted", "notes", "stated"])
_PUBLISHING = _REPORTING | {"published", "publishes", "report", "released", "revealed", "investigation"}
_SOURCE_CUES = _REPORTING | _SPEAKING | {"according"}
_BY_SOURCE = _REPORTING | {"according"}  # "according to X", "reported by X"
# a word of a name, in the Latin letters of Europe's languages too: "Tomáš", "Błaszczak", "Ciucă"
_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+$|^[A-Z][a-z]*[A-Z][a-z]+$")
_ABBREVIATIONS = [
    "Brig.",
    "Gen.",
    "Lt.",
    "Col.",
    "Maj.",
    "Capt.",
    "Adm.",
    "Sgt.",
    "Rep.",
    "Sen.",
    "Sens.",
    "Reps.",
    "Gov.",
    "Amb.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Prof.",
    "St.",
    "No.",
    "Jr.",
    "Sr.",
    "Vol.",
    "Inc.",
    "Corp.",
    "Ltd.",
    "Co.",
    "U.N.",
    "U.K.",
    "U.S.",
    "E.U.",
]


@dataclass(slots=True)
class Mention:
    """An entity named in a sentence, by token span.

    ``role`` is ``actor``, ``weapon``, ``origin`` (a state named as a
    weapon's origin) or ``place`` ("in Yemen").
    """

    start: int
    end: int
    entity: str
    type: EntityType
    role: str = "actor"
    origin: str | None = None


@dataclass(slots=True)
class Sentence:
    """One sentence: its text, tokens and mentions, and the titles it states."""

    text: str
    words: list[str]
    lower: list[str]
    offsets: list[int]
    mentions: list[Mention] = field(default_factory=list)
    members: list[tuple[str, str, str]] = field(default_factory=list)  # (person, body, role)
    parts: list[tuple[str, str]] = field(default_factory=list)  # (body, parent)
    paragraph: int = 0  # index of the paragraph (line) the sentence is in
    vocab: frozenset[str] = frozenset()  # its lower-case words, to skip rules that cannot apply
    _at: list[Mention | None] | None = field(default=None, repr=False)  # token → mention, once frozen

    def mention_at(self, i: int) -> Mention | None:
        """The mention covering token ``i``, if any."""
        if self._at is not None:
            return self._at[i] if 0 <= i < len(self._at) else None
        for m in self.mentions:
            if m.start <= i < m.end:
                return m
        return None

    def freeze(self) -> None:
        """Index the mentions by token once they stop changing: lookups become constant time."""
        at: list[Mention | None] = [None] * len(self.words)
        for m in reversed(self.mentions):
            for k in range(max(0, m.start), min(m.end, len(at))):
                at[k] = m
        self._at = at


_KOREAS = frozenset(["south-korea", "north-korea"])


class _Context:
    """What a document has named so far, for references back."""

    def __init__(self) -> None:
        self.new: dict[str, EntitySpec] = {}
        self.surnames: dict[str, str] = {}
        self.given: dict[str, str] = {}  # given name → the person, for a name the press uses alone
        # surname → full name of someone named untitled before an apposition ("Elliott Abrams, the US
        # Special Representative"), for the surname alone later ("Abrams told Fox")
        self.full_names: dict[str, str] = {}
        self.ranks: dict[str, str] = {}
        # a titled official whose state is not known yet: person → (sentence, role, body implied)
        self.unplaced: dict[str, tuple[Sentence, str, str]] = {}
        self.tails: dict[str, str] = {}
        self.last_person: str | None = None
        self.subject_person: str | None = None  # the person a sentence opened with, for "He said ..." next
        # the body of an unnamed speaker ("a Foreign Ministry spokesman said"), when no one was named
        # since: whom "he" and "the diplomat" then stand for
        self.last_voice: str | None = None
        self.last_speaking_body: str | None = None  # the body or state that last spoke, for "It warned"
        self.last_officials: str | None = None  # the state of "US officials", for "the officials" next
        self.last_by_kind: dict[str, str] = {}
        self.last_country: str | None = None
        # what "Korea" alone stands for: the South, unless the North was named last
        self.last_korea = "south-korea"
        self.last_body: str | None = None  # the body of a state named last, for "Spokesman X said"
        self.junta: str | None = None  # the state whose junta the article named, for "the regime"
        # (state, role, body implied) → the person the article titled so, for "the country's president"
        self.titled: dict[tuple[str, str, str | None], str] = {}
        self.holders: dict[tuple[str, str, str | None], set[str]] = {}  # everyone titled so
        # person → every title the article gives them ("president", "company president")
        self.titles: dict[str, set[str]] = {}
        self.named: set[str] = set()
        # a state's body named without its state ("a Foreign Ministry spokesman"): id → its words
        self.stateless: dict[str, list[str]] = {}
        self.read = 0  # sentences read so far
        self.last_armed: tuple[str, int] | None = None  # the armed group named last, and where
        self.armed: set[str] = set()  # the new armed groups met
        # the non-person subject a sentence opened with, and whether it is plural ("The Houthis")
        self.last_subject: tuple[str, bool] | None = None
        self.late_titles = False  # the sentence has a title whose body was not named yet
        self.late_appositions = False  # ... or an apposition whose body was not


class Recognizer:
    """Finds entities in article text with a gazetteer-driven spaCy pipeline.

    Examples
    --------
    >>> rec = Recognizer(Gazetteer.default())
    >>> sents, _ = rec.read(["Russia has been using Iranian Shahed drones against Ukraine."])
    >>> [(m.entity, m.role) for m in sents[0].mentions]
    [('russia', 'actor'), ('iran', 'origin'), ('shahed-drones', 'weapon'), ('ukraine', 'actor')]
    """

    def __init__(self, gazetteer: Gazetteer):
        from spacy.attrs import IDX, LENGTH, SPACY
        from spacy.lang.en.stop_words import STOP_WORDS
        from spacy.matcher import PhraseMatcher

        self.gaz = gazetteer
        self.nlp = _english()
        self._token_attrs = [IDX, LENGTH, SPACY]
        self._exact = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._targets: dict[int, tuple[str, EntityType, str]] = {}  # match key → best entity
        self._state_bodies: dict[tuple[str, str], str | None] = {}
        self._named_bodies: dict[tuple[str, str], str | None] = {}
        self._groups_by_noun: dict[tuple[str, str], str | None] = {}
        # companies and outlets of a state, which an article may name with it; armed groups
        self._owned = frozenset(
            e.id
            for e in gazetteer
            if e.kind in {"company", "media"} and e.country and e.type == EntityType.ORGANIZATION
        )
        self._armed = frozenset(e.id for e in gazetteer if e.kind == "armed-group")
        self._tails: dict[str, list[str]] = {}
        exact: dict[str, list[str]] = {}
        folded: dict[str, list[str]] = {}
        written: dict[str, str] = {}
        for entity in gazetteer:
            for name in _variants([entity.name, *entity.aliases]):
                one_word = len(name.split()) == 1 and not any(c in name for c in "-/ ")
                table = exact if one_word and name != name.lower() else folded
                key = name if table is exact else name.casefold()
                written.setdefault(key, name)
                ids = table.setdefault(key, [])
                if entity.id not in ids:
                    ids.append(entity.id)
        # the names are split by a pipeline of their own, with the same rules: an article tokenizer that
        # had cached and stored these ~20,000 name forms would split articles about a quarter slower
        names = _english().tokenizer

        for table, matcher in ((exact, self._exact), (folded, self._folded)):
            keys = list(table)
            forms = [written[k] for k in keys]
            for key, doc in zip(keys, names.pipe(forms), strict=True):
                label = f"{matcher is self._exact}:{key}"
                best = self.gaz[self._rank(table[key], key)[0]]
                role = "weapon" if best.type in _WEAPON_TYPES else "actor"
                self._targets[self.nlp.vocab.strings.add(label)] = (best.id, best.type, role)
                matcher.add(label, [doc])
        self._role_first = {r.split()[0] for r in _ROLES}
        self._areas: dict[str, set[str]] | None = None  # region or subregion → its states, when needed
        self._families = _families(gazetteer)
        self._origins = _designation_origins(gazetteer)
        self._not_given = _NOT_GIVEN | STOP_WORDS

    def _region(self, low: list[str], j: int) -> set[str] | None:
        """The states of the region the words at ``j`` name: "Scandinavian", "East African",
        "Southeast Asian" (from the country tables' regions)."""
        if low[j] in _REGION_STATES:
            return _REGION_STATES[low[j]]
        key = " ".join(low[j : j + 2]) if low[j + 1 : j + 2] and low[j + 1] in _CONTINENTS else low[j]
        area = _AREAS.get(key) or _CONTINENTS.get(key.split()[-1])
        if area is None:
            return None
        if self._areas is None:
            self._areas = _areas(self.gaz)
        return self._areas.get(area)

    def _rank(self, ids: list[str], name: str) -> list[str]:
        """Order candidates: exact name first, then the best-known (most aliases)."""
        return sorted(
            ids,
            key=lambda i: (self.gaz[i].name.casefold() != name.casefold(), -len(self.gaz[i].aliases), i),
        )

    # --- reading a document -------------------------------------------------

    def read(self, paragraphs: Iterable[str]) -> tuple[list[Sentence], dict[str, EntitySpec]]:
        """Sentences of ``paragraphs`` with their mentions; and the new entities met."""
        ctx = _Context()
        out: list[Sentence] = []
        paragraphs = list(paragraphs)
        tokens = self._tokens(paragraphs)
        for paragraph, (text, (offsets, lengths, spaces, found)) in enumerate(
            zip(paragraphs, tokens, strict=True)
        ):
            # Everything below works on plain lists, and on the paragraph's own text (Doc.text would
            # join the tokens again).
            words = [text[i : i + n] for i, n in zip(offsets, lengths, strict=True)]
            spaced = [bool(space) for space in spaces]
            if any(word.isspace() for word in words):
                words, spaced, offsets, found = _without_space_tokens(words, spaced, offsets, found)
            for k in [k for k, x in enumerate(words) if x == "“"] if _MISPRINTED.search(text) else ():
                if k and not spaced[k - 1] and spaced[k] and words[k - 1] in _CLAUSE_ENDS:
                    words[k] = "”"  # 'in Sudan,“ said Aljaberi': a closing quote misprinted as an opening one
            found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
            k = 0
            for start, end in _sentence_bounds(words, spaced):
                while k < len(found) and found[k][0] < start:
                    k += 1
                inside = []
                for s, e, key in found[k:]:
                    if s >= end:
                        break
                    if e <= end:
                        inside.append((s - start, e - start, key))
                last = offsets[end - 1] + len(words[end - 1])
                sent = self._sentence(
                    text[offsets[start] : last],
                    words[start:end],
                    spaced[start:end],
                    [o - offsets[start] for o in offsets[start:end]],
                    inside,
                    ctx,
                )
                if sent is not None:
                    sent.paragraph = paragraph
                    out.append(sent)
        self._surnames_before(out, ctx)
        self._officials_home(out, ctx)
        self._place_bodies(out, ctx)
        self._office_holders(out, ctx)
        self._embassy_hosts(out, ctx)
        self._panels(out)
        return out, ctx.new

    def _surnames_before(self, sentences: list[Sentence], ctx: _Context) -> None:
        """A surname in a headline or lead before the article gives the full name ("Ahmadinejad
        rejected US claims ..." before "Iranian President Mahmoud Ahmadinejad"): that person."""
        if not ctx.surnames:
            return
        first: dict[str, int] = {}  # person → the sentence that names them first
        for i, sent in enumerate(sentences):
            for m in sent.mentions:
                if m.type == EntityType.PERSON:
                    first.setdefault(m.entity, i)
        for i, sent in enumerate(sentences):
            found = False
            for k, word in enumerate(sent.words):
                person = ctx.surnames.get(word)
                if person is None or first.get(person, i) <= i or sent.mention_at(k) is not None:
                    continue
                spec = ctx.new.get(person) or self.gaz.get(person)
                if spec is None or " " not in spec.name:
                    continue  # a one-word name the article has spoken of later is no full name
                sent.mentions.append(Mention(k, k + 1, person, EntityType.PERSON))
                found = True
            if found:
                sent.mentions.sort(key=lambda m: m.start)
                sent.freeze()

    def _embassy_hosts(self, sentences: list[Sentence], ctx: _Context) -> None:
        """A state's embassy named with its host ("China's embassy in Rangoon") is that embassy
        throughout the article: ``china-embassy-myanmar``, as the annotators name it."""
        hosts: dict[str, str] = {}
        for sent in sentences:
            low = sent.lower
            for m in sent.mentions:
                if not m.entity.endswith("-embassy") or m.entity in hosts:
                    continue
                spec = self.gaz.get(m.entity) or ctx.new.get(m.entity)
                if spec is None or spec.country not in self.gaz:
                    continue
                j = m.end + 1 + (low[m.end + 1 : m.end + 2] == ["the"])
                host = sent.mention_at(j) if low[m.end : m.end + 1] in (["in"], ["to"]) else None
                if host is None or host.type != EntityType.COUNTRY or host.entity == spec.country:
                    continue
                hosts[m.entity] = self._embassy(ctx, spec.country, host.entity)
        if not hosts:
            return
        for sent in sentences:
            sent.mentions = [
                Mention(m.start, m.end, hosts.get(m.entity, m.entity), m.type, m.role, m.origin)
                for m in sent.mentions
            ]
            sent.members = [(p, hosts.get(b, b), r) for p, b, r in sent.members]
            sent.parts = [(hosts.get(b, b), hosts.get(q, q)) for b, q in sent.parts]
            sent.freeze()

    def _panels(self, sentences: list[Sentence]) -> None:
        """ "A UN panel of experts", "U.N. sanctions monitors", and "the panel" after one, are the
        Security Council's monitors of the sanctions on the state the article is about: the one of
        the states under such a regime it names most (``un-panel-of-experts-on-libya``)."""
        found = [_panel_spans(sent) for sent in sentences]
        if not any(found):
            return
        named: dict[str, int] = {}
        for sent in sentences:
            for m in sent.mentions:
                spec = self.gaz.get(m.entity)
                state = m.entity if m.entity in _PANELS else spec.country if spec is not None else None
                if state in _PANELS:
                    named[state] = named.get(state, 0) + 1
        if not named:
            return
        panel = _PANELS[max(named, key=lambda state: named[state])]  # the first named, of a tie
        met = False
        for sent, spans in zip(sentences, found, strict=True):
            low = sent.lower
            for k in range(len(low) - 1) if met else ():
                if low[k] == "the" and low[k + 1] in _PANEL_NOUNS and not sent.mention_at(k + 1):
                    spans.append((k, k + 2))  # "the panel said", "the experts found"
            for start, end in spans:
                sent.mentions = [m for m in sent.mentions if m.end <= start or m.start >= end]
                sent.mentions.append(Mention(start, end, panel, EntityType.ORGANIZATION))
                met = True
            if spans:
                sent.mentions.sort(key=lambda m: m.start)
                sent.freeze()

    def _office_holders(self, sentences: list[Sentence], ctx: _Context) -> None:
        """ "Russia's foreign minister" or "the Serbian defence minister", left unnamed, is the one
        person the article names to that office, before or after: "Foreign Minister Sergey Lavrov"."""
        sole = {key: next(iter(people)) for key, people in ctx.holders.items() if len(people) == 1}
        citizens = self._untitled_citizens(sentences, ctx)
        if not sole and not citizens:
            return
        offices: dict[tuple[str, str | None], set[str]] = {}
        for (_, label, implies), people in ctx.holders.items():
            offices.setdefault((label, implies), set()).update(people)
        for sent in sentences:
            if sent.vocab.isdisjoint(self._role_first):
                continue
            low = sent.lower
            for n, m in enumerate(sent.mentions):
                if m.type != EntityType.COUNTRY or m.role != "actor":
                    continue
                j = m.end + 1 if low[m.end : m.end + 1] in (["’s"], ["'s"]) else m.end
                if j == m.end and (m.start == 0 or low[m.start - 1] != "the"):
                    continue  # "Serbian Defence Minister Vulin" names him; "the Serbian defence minister" does not
                end, role = self._role_at(low, j)
                if role is None or role not in _SOLE_OFFICES:
                    continue
                # else the one person of the state the article names, if no title says otherwise:
                # "the country's president said ..." before "Aleksandar Vucic told journalists"
                # (never an envoy: "the U.S. ambassador to Ukraine" is no minister named untitled)
                person = sole.get((m.entity, *role)) or (
                    citizens.get(m.entity) if role[0] not in _ENVOYS else None
                )
                if person is None:
                    continue
                if sent.mention_at(end) is not None or any(x.entity == person for x in sent.mentions):
                    continue
                if (
                    end < len(low)
                    and _NAME_TOKEN.match(sent.words[end])
                    and sent.words[end] not in _NOT_NAMES
                ):
                    continue  # a name the recogniser did not take
                sent.mentions[n] = Mention(m.start, end, person, EntityType.PERSON)
                if role[0] in _ENVOYS and (
                    body := self._posted_body(ctx, m, _post_after(sent, end), role[0])
                ):
                    # "Pakistan's ambassador to the United States hopes ...", then "Ambassador Jalil
                    # Abbas Jilani": the embassy there is his
                    self._member(sent, ctx, sent.mentions[n], body, role[0], None)
                sent.freeze()
            self._the_office_holder(sent, offices)

    def _the_office_holder(self, sent: Sentence, offices: dict[tuple[str, str | None], set[str]]) -> None:
        """ "KIEV -- The defense minister on Friday denied ...": an office named with no state is the
        one person the article names to it (``offices``: everyone titled so, whatever the state),
        never when two hold it."""
        low = sent.lower
        for k in [k for k, w in enumerate(low[:-1]) if w == "the" and not sent.mention_at(k + 1)]:
            end, role = self._role_at(low, k + 1)
            if role is None or role not in _SOLE_OFFICES or len(offices.get(role, ())) != 1:
                continue
            person = next(iter(offices[role]))
            if sent.mention_at(end) is not None or any(x.entity == person for x in sent.mentions):
                continue
            if end < len(low) and (low[end] in {"of", "’s", "'s"} or _NAME_TOKEN.match(sent.words[end])):
                continue  # "the defence minister of Chile", "the president's", a name the recogniser did not take
            sent.mentions.append(Mention(k, end, person, EntityType.PERSON))
            sent.mentions.sort(key=lambda m: m.start)
            sent.freeze()

    def _untitled_citizens(self, sentences: list[Sentence], ctx: _Context) -> dict[str, str]:
        """For each state, the one person of it the article names and titles nowhere, when there is
        only one (those it titles hold other offices)."""
        titled = ctx.titles.keys()
        people: dict[str, set[str]] = {}
        for sent in sentences:
            for m in sent.mentions:
                spec = (
                    self.gaz.get(m.entity) or ctx.new.get(m.entity) if m.type == EntityType.PERSON else None
                )
                if spec is not None and spec.country and m.entity not in titled:
                    people.setdefault(spec.country, set()).add(m.entity)
        return {state: next(iter(named)) for state, named in people.items() if len(named) == 1}

    def _tokens(
        self, paragraphs: list[str]
    ) -> Iterator[tuple[list[int], list[int], list[int], list[tuple[int, int, int]]]]:
        """Each paragraph's tokens (offsets, lengths, trailing spaces) and the gazetteer names found
        in it (start token, end token, match key).

        spaCy does all its work on a group of paragraphs before the rules read any of them: each
        runs quicker in one stretch, with its tables still in the processor's caches.
        """
        for at in range(0, len(paragraphs), _GROUP):
            group = []
            for doc in self.nlp.tokenizer.pipe(paragraphs[at : at + _GROUP]):
                # by column: one list per attribute is much quicker to build than one per token
                offsets, lengths, spaces = doc.to_array(self._token_attrs).T.tolist()
                found = [(s, e, key) for matcher in (self._exact, self._folded) for key, s, e in matcher(doc)]
                group.append((offsets, lengths, spaces, found))
            yield from group

    def _officials_home(self, sentences: list[Sentence], ctx: _Context) -> None:
        """A state official the article gives no state ("Interim Defence Minister Sadio Camara said
        Mali had acquired the aircraft") is of the state their first words name first."""
        waiting = {
            p
            for p, label in ctx.ranks.items()
            if label in _STATE_OFFICES and p in ctx.new and ctx.new[p].country is None
        }
        ministers = [p for p in waiting if ctx.ranks[p] == "minister"]
        titled = _minister_of(sentences) if ministers else None
        for p in [p for p in ministers if titled is not None]:
            # "The defence minister of the Central African Republic said ...", then "minister Marie
            # Noelle Koyara told ...": the minister the article introduced by title
            ctx.new[p] = ctx.new[p].model_copy(update={"country": titled})
            waiting.discard(p)
        for sent in sentences:
            if not waiting:
                break
            low = sent.lower
            for m in sent.mentions:
                if m.entity not in waiting or m.end >= len(low) or low[m.end] not in _SPEAKING:
                    continue
                waiting.discard(m.entity)
                state = next(
                    (
                        x
                        for x in sent.mentions
                        if x.start > m.end
                        and x.type == EntityType.COUNTRY
                        and x.role == "actor"
                        # "told Russia's RIA Novosti": whom they told, not what they said
                        and not (low[m.end] in {"told", "tells"} and x.start == m.end + 1)
                    ),
                    None,
                )
                if state is not None:
                    ctx.new[m.entity] = ctx.new[m.entity].model_copy(update={"country": state.entity})
                    if m.entity in ctx.unplaced:
                        titled, label, implies = ctx.unplaced[m.entity]
                        self._member(titled, ctx, m, state, label, implies)
        unplaced = [p for p in ctx.unplaced if p in ctx.new and ctx.new[p].country is None]
        home = (dateline_state(sentences, self.gaz) or _main_state(sentences)) if unplaced else None
        # (the story's mentions are read for the US only when a senator or representative waits)
        american = any(ctx.unplaced[p][2] in _CONGRESS for p in unplaced) and any(
            m.entity == "united-states" for s in sentences for m in s.mentions
        )
        for person in unplaced if home else ():
            # "Egypt has received jets, military spokesman Col. X said": of the article's state
            titled, label, implies = ctx.unplaced[person]
            m = next((x for x in titled.mentions if x.entity == person), None)
            if m is None:
                continue
            state = home
            if implies in _CONGRESS and (american or _party_tag(titled.lower, m.end)):
                # "Sen. Rand Paul, R-Ky.", "Rep. Tom Lantos" in a story of a US sale: of Congress
                state = "united-states"
            elif implies not in _CHAMBERS:  # a legislator speaks for himself, never for the state
                ctx.new[person] = ctx.new[person].model_copy(update={"country": home})
            self._member(titled, ctx, m, Mention(m.start, m.start, state, EntityType.COUNTRY), label, implies)

    def _place_bodies(self, sentences: list[Sentence], ctx: _Context) -> None:
        """A state's body named without its state ("the Defence Ministry announced", "a Foreign
        Ministry spokesman said") is of the state it speaks from ("In Rome, ...", "told a news
        conference in Tehran"), else of the dateline's, else of the state the article is about."""
        if not ctx.stateless:
            return
        first: dict[str, Sentence] = {}
        for sent in sentences:
            for m in sent.mentions:
                if m.entity in ctx.stateless and m.entity not in first:
                    first[m.entity] = sent
        home: list[str | None] = []  # found once, when a body needs it
        placed: dict[str, tuple[str, str]] = {}  # body → (its id with the state, the state)
        for body, words in ctx.stateless.items():
            state = _seat(first[body]) if body in first else None
            if state is None:
                if not home:
                    home.append(dateline_state(sentences, self.gaz) or _main_state(sentences))
                state = home[0]
            if state is None or body not in ctx.new:
                continue
            what = _ministry_at([x.lower() for x in words], 0)
            if what is not None and what[0] == len(words):
                placed[body] = (self._state_body(ctx, state, what[1]), state)
            else:
                spec = ctx.new[body]
                placed[body] = (
                    self._body(ctx, f"{state}-{_body_slug(words)}", spec.name, spec.kind, state),
                    state,
                )
            del ctx.new[body]
        for sent in sentences if placed else ():
            if any(m.entity in placed for m in sent.mentions) or any(b in placed for _, b, _ in sent.members):
                self._rename(sent, placed, ctx)

    def _rename(self, sent: Sentence, placed: dict[str, tuple[str, str]], ctx: _Context) -> None:
        """Give the bodies of ``placed`` their ids with their state in ``sent``."""
        for m in sent.mentions:
            if m.entity in placed:
                m.entity = placed[m.entity][0]
        parts = [(placed[b][0] if b in placed else b, o) for b, o in sent.parts]
        for person, body, _ in sent.members:
            if body in placed:
                parts.append(placed[body])
                if person in ctx.new and ctx.new[person].country is None:
                    ctx.new[person] = ctx.new[person].model_copy(update={"country": placed[body][1]})
        parts += [
            (b, state)
            for b, state in placed.values()
            if b not in self.gaz and any(m.entity == b for m in sent.mentions)
        ]
        sent.members = [(p, placed[b][0] if b in placed else b, r) for p, b, r in sent.members]
        sent.parts = list(dict.fromkeys(parts))

    def _sentence(
        self, text: str, words: list[str], spaced: list[bool], offsets: list[int], found: list, ctx: _Context
    ) -> Sentence | None:
        text = text.strip()
        if not text:
            return None
        # a negation spelt with a curly apostrophe reads as the straight one the rules know
        lower = [w.lower() if w != "n’t" else "n't" for w in words]
        sent = Sentence(text=text, words=words, lower=lower, offsets=offsets, vocab=frozenset(lower))
        if self._gazetteer_mentions(found, sent, ctx):
            self._named_with_state(sent)
        if "military" in sent.vocab:
            self._military_adjectives(sent)
        if not _LEADERS_STATE.isdisjoint(sent.vocab) or "'s" in sent.vocab or "’s" in sent.vocab:
            self._leaders_states(sent)
        if _DIGIT.search(text):
            self._designations(sent, ctx)
        self._new_bodies(sent, spaced, ctx)
        if "committee" in sent.vocab:
            self._committees(sent, ctx)  # of a parliament the gazetteer knows; again below for others
        self._papers(sent, ctx)
        if not _OUTLET_NOUNS.isdisjoint(sent.vocab):
            self._state_outlets(sent, ctx)
        self._lone_sources(sent, ctx)
        self._titles(sent, spaced, ctx)
        self._speakers(sent, spaced, ctx)
        self._state_roles(sent, ctx)
        if "committee" in sent.vocab:
            self._committees(sent, ctx)
        if not _VOICE_WORDS.isdisjoint(sent.vocab):
            self._voices(sent)
        self._rebels_of(sent, ctx)
        self._references(sent, ctx)
        if "his" in sent.vocab or "her" in sent.vocab:
            self._own_states(sent, ctx)
        if ctx.unplaced:
            self._owners(sent, ctx)
        if ctx.late_titles or ctx.late_appositions:
            self._late_titles(sent, spaced, ctx)
        self._described_groups(sent, ctx)
        if "loyal" in sent.vocab:
            self._loyal_forces(sent)
        if "flagged" in sent.vocab or "registered" in sent.vocab:
            _flag_states(sent)
        sent.mentions.sort(key=lambda m: m.start)
        self._remember(sent, ctx)
        sent.freeze()
        return sent

    def _gazetteer_mentions(self, found: list[tuple[int, int, int]], sent: Sentence, ctx: _Context) -> bool:
        """Keep the gazetteer's matches; whether one is a company or outlet of a state."""
        # ``found`` is sorted by start, longest first: keep each match that starts after the last kept.
        free = 0
        owned = False
        low = sent.lower
        arms_at = {s for s, _, key in found if self._targets[key][2] == "weapon"}
        starts = {s for s, _, _ in found}
        for s, e, key in found:
            if s < free:
                continue
            entity_id, etype, role = self._targets[key]
            if role != "weapon" and e - s > 1 and low[e - 1].isdigit() and e in arms_at:
                continue  # "bought from France 24 Rafale fighters": a count, not France 24
            if s > 1 and low[s - 1] == "-" and low[s - 2] in {"anti", "counter"}:
                continue  # "anti-tank weapons" are no tanks, "an anti-American government" names no state
            if (
                etype == EntityType.COUNTRY
                and (
                    low[s] in {"america", "american", "americans"}
                    or (e < len(low) and low[e] in {"$", "dollars", "dollar", ","})
                )
                and _not_the_state(sent, s, e)
            ):
                continue  # "Latin America", "worth US $1 billion", "London, Ont.": no state
            if etype == EntityType.COUNTRY and e - s > 1 and sent.words[s] in _COMPASS:
                continue  # "insurgents in north Yemen": a part of Yemen, not North Yemen
            if etype == EntityType.PERSON and free < s and self._namesake(sent, s, entity_id):
                # "Maher al-Assad" is a person of his own (of the state of his namesake, by guess)
                name = sent.text[sent.offsets[s - 1] : sent.offsets[e - 1] + len(sent.words[e - 1])]
                person = _name_id(name)
                if person not in self.gaz and person not in ctx.new:
                    spec = EntitySpec(
                        id=person, type=EntityType.PERSON, name=name, country=self.gaz[entity_id].country
                    )
                    ctx.new[person] = spec
                sent.mentions.append(Mention(s - 1, e, person, EntityType.PERSON))
                free = e
                continue
            if etype == EntityType.PERSON and self._given_name(sent, s, e, entity_id, starts):
                continue  # "Petro Symonenko" is not Gustavo Petro: a name of his own
            if etype == EntityType.ORGANIZATION and self._other_states_body(low, s, entity_id, found):
                free = e  # "Germany's national security council" is not the White House's, nor the UN's
                continue
            if entity_id in _KOREAS:
                if e - s == 1 and low[s] == "korea":
                    entity_id = ctx.last_korea  # "Korea" alone: the Korea the article named last
                else:
                    ctx.last_korea = entity_id
            sent.mentions.append(Mention(s, e, entity_id, etype, role))
            if (
                etype == EntityType.PERSON
                and e - s == 2
                and sent.words[s] == self.gaz[entity_id].name.split()[0]
            ):
                # "Najib told" after "Najib Razak", "Camara said" after "Sadio Camara": as for names the
                # gazetteer does not know
                ctx.surnames.setdefault(sent.words[e - 1], entity_id)
                if sent.words[s] not in self.gaz:
                    ctx.given.setdefault(sent.words[s], entity_id)
            owned = owned or entity_id in self._owned
            free = e
        return owned

    def _other_states_body(
        self, low: list[str], s: int, entity_id: str, found: list[tuple[int, int, int]]
    ) -> bool:
        """Whether the state body the gazetteer matched at ``s`` is named as another state's:
        "Germany's national security council", "the German national security council"."""
        spec = self.gaz[entity_id]
        if spec.kind not in _STATE_BODY_KINDS or spec.country is None:
            return False
        end = s - 1 if s > 0 and low[s - 1] in ("'s", "’s") else s
        return any(
            e == end and etype == EntityType.COUNTRY and other != spec.country
            for _, e, key in found
            for other, etype, _ in [self._targets[key]]
        )

    def _given_name(self, sent: Sentence, s: int, e: int, entity_id: str, starts: set[int]) -> bool:
        """Whether a one-word surname at ``s`` is the given name of another person, whose own
        surname follows it ("Petro Symonenko" after the gazetteer's "Petro" for Gustavo Petro)."""
        return (
            e - s == 1
            and sent.words[s] != self.gaz[entity_id].name.split()[0]
            and e < len(sent.words)
            and e not in starts
            and _NAME_TOKEN.match(sent.words[e]) is not None
            and sent.words[e] not in _NOT_NAMES
            and sent.lower[e] not in self._role_first
            # not a headline's capitals ("Lavrov Says Russia Sold ...")
            and not (e + 1 < len(sent.words) and sent.words[e + 1][:1].isupper())
        )

    def _namesake(self, sent: Sentence, s: int, entity_id: str) -> bool:
        """Whether the surname at ``s`` is another person's: "Gennady Gerasimov" is not Valery
        Gerasimov (a given name of another initial before it; "Dmitriy Peskov" is a spelling of
        Dmitry Peskov, "President Putin" and "Mr Lavrov" are titles)."""
        if sent.words[s] == self.gaz[entity_id].name.split()[0]:
            return False  # the full name ("Bashar al-Assad"), not a surname ("al-Assad")
        given = sent.words[s - 1] if s else ""
        if (
            not (len(given) > 2 and given.isalpha() and given[0].isupper())
            or given.lower() in self._not_given
        ):
            return False
        return given[0] != self.gaz[entity_id].name[0] and given.lower() not in self._role_first

    def _military_adjectives(self, sent: Sentence) -> None:
        """ "US military-grade weapons", "Russian military helicopters", "Russian military equipment":
        the state whose arms they are, not its armed forces."""
        low = sent.lower
        for m in list(sent.mentions):
            spec = self.gaz.get(m.entity)
            after = sent.mention_at(m.end)
            if (
                low[m.end - 1] == "military"
                and (
                    low[m.end : m.end + 1] == ["-"]
                    or (after is not None and after.start == m.end and after.type in _WEAPON_TYPES)
                    or (after is None and low[m.end : m.end + 1] and low[m.end] in _MILITARY_ARMS)
                )
                and m.end - m.start > 1
                and spec is not None
                and spec.kind == "armed-forces"
                and spec.country
            ):
                sent.mentions.remove(m)
                sent.mentions.append(Mention(m.start, m.end - 1, spec.country, EntityType.COUNTRY))
        sent.mentions.sort(key=lambda m: m.start)

    def _named_with_state(self, sent: Sentence) -> None:
        """A company or outlet the gazetteer knows, named with its state ("Israeli Aerospace
        Industries", "Iran's Tasnim News Agency"): the article states it is of that state (not
        "France 24": a name)."""
        low = sent.lower
        for m in sent.mentions:
            if m.entity not in self._owned:
                continue
            spec = self.gaz[m.entity]
            owner = sent.mention_at(m.start - 2) if low[m.start - 1 : m.start] in (["’s"], ["'s"]) else None
            first = sent.words[m.start]
            if (owner is not None and owner.entity == spec.country) or (
                spec.kind == "company"
                and first.endswith(_DEMONYM_ENDS)
                and any(e.id == spec.country for e in self.gaz.find(first))
            ):
                sent.parts.append((m.entity, spec.country))

    def _leaders_states(self, sent: Sentence) -> None:
        """A leader named for the state he leads: "the Assad government", "the Maduro regime" and
        "Kabila's army" are the state (whose army the rules then find); in "Saddam Hussein's Iraq"
        the state alone is named."""
        low = sent.lower
        for m in [m for m in sent.mentions if m.type == EntityType.PERSON]:
            state = self.gaz[m.entity].country if m.entity in self.gaz else None
            if state is None or state not in self.gaz:
                continue
            k = m.end + (m.end < len(low) and low[m.end] in {"’s", "'s"})
            nxt = sent.mention_at(k)
            if k > m.end and nxt is not None and nxt.entity == state:
                sent.mentions.remove(m)  # "Saddam Hussein's Iraq": one mention of Iraq
                nxt.start = m.start
            elif k < len(low) and low[k] in _LEADERS_STATE and nxt is None:
                sent.mentions[sent.mentions.index(m)] = Mention(m.start, m.end, state, EntityType.COUNTRY)

    def _designations(self, sent: Sentence, ctx: _Context) -> None:
        """A designation the gazetteer lacks, named before a class of weapons ("Yak-130 combat
        trainers", "Type 052D destroyers", "Mi-17, Mi-24 and Mi-35 helicopters") is a weapon system
        of that class; a known one in the plural ("J-10Cs") is that system."""
        w = sent.words
        taken = {k for m in sent.mentions for k in range(m.start, m.end)}
        for k, word in enumerate(w):
            if word[-1:] != "s" or k in taken or not _DESIGNATION.match(word[:-1]):
                continue
            known = [e for e in self.gaz.find(word.removesuffix("s")) if e.type == EntityType.WEAPON_SYSTEM]
            if known and word.endswith("s"):
                sent.mentions.append(Mention(k, k + 1, known[0].id, EntityType.WEAPON_SYSTEM, "weapon"))
                taken.add(k)
        for k, word in enumerate(w):
            family = self._families.get(word.split("-", 1)[0]) if "-" in word else None
            if family is None or k in taken:
                continue
            name = word[:-1] if word[-1] == "s" and _DESIGNATION.match(word[:-1]) else word
            glued = k + 1 < len(w) and sent.offsets[k + 1] == sent.offsets[k] + len(word)
            if not _DESIGNATION.match(name) or (glued and (w[k + 1][0].isalnum() or w[k + 1][0] == "-")):
                continue  # "Mi-38T", which the tokeniser cuts after the number, is read below
            # "MiG-23s", "Su-22 jets", "Mi-8 helicopters": a model the gazetteer lacks of a family it
            # knows is a system of that family's class and origin
            entity_id = slugify(name)
            if entity_id not in self.gaz and entity_id not in ctx.new:
                category, origin = family
                ctx.new[entity_id] = EntitySpec(
                    id=entity_id, type=EntityType.WEAPON_SYSTEM, name=name, category=category, origin=origin
                )
            sent.mentions.append(Mention(k, k + 1, entity_id, EntityType.WEAPON_SYSTEM, "weapon"))
            taken.add(k)
        starts = {m.start for m in sent.mentions}
        named = {k for m in sent.mentions if m.role == "actor" for k in range(m.start, m.end)}
        classes = [x for x in sent.mentions if x.type == EntityType.WEAPON_CATEGORY and x.start]
        for k, word in enumerate(w):
            if (
                word in _CLASS_NOUNS
                and k
                and k not in taken
                and _DIGIT.search(w[_variant_end(w, k) - 1])
                and k - 1 not in named
            ):
                # "Su-30MK2 fighters": after a designation, "fighters" are aircraft, not combatants
                # (not after a group's name: "M23 fighters" are combatants)
                classes.append(Mention(k, k + 1, _CLASS_NOUNS[word], EntityType.WEAPON_CATEGORY, "weapon"))
                sent.mentions.append(classes[-1])
        for m in classes:
            before = _variant_end(w, m.start)
            if not _DIGIT.search(" ".join(w[max(0, before - 2) : before])):
                continue  # no designation just before ("Mi-38T" is cut into "Mi-38", "T")
            k = m.start  # the designations before the class, last first
            while k > 0:
                top, k = k, _variant_end(w, k)  # "F-16C/D fighters": the F-16C and its two-seat D
                end = k
                while end > 1 and w[end - 1] in _CLASS_WORDS:
                    end -= 1  # "Sukhoi SU-30SM jet fighters": "jet" belongs to the class
                start = end - 1
                glued = (
                    start > 0
                    and len(w[start]) <= 2
                    and w[start].isupper()
                    and sent.offsets[start] == sent.offsets[start - 1] + len(w[start - 1])
                )
                start -= glued  # "Mi-38T", which the tokeniser cuts after the number
                if start > 0 and w[start - 1] == "Type" and _TYPE_NUMBER.match(w[start]):
                    start -= 1
                elif not _DESIGNATION.match(w[start]) or start in starts or start in taken:
                    break
                name = " ".join(w[start:end]) if not glued else "".join(w[start:end])
                entity_id = slugify(name)
                if entity_id not in self.gaz and entity_id not in ctx.new:
                    ctx.new[entity_id] = EntitySpec(
                        id=entity_id,
                        type=EntityType.WEAPON_SYSTEM,
                        name=name,
                        category=m.entity,
                        origin=_variant_origin(name, self._origins),  # "MQ-9B": the MQ-9's maker
                    )
                sent.mentions.append(Mention(start, top, entity_id, EntityType.WEAPON_SYSTEM, "weapon"))
                if start < 2 or w[start - 1] not in {",", "and", "or"}:
                    break
                k = start - 1  # "Mi-17, Mi-24 and Mi-35 combat helicopters": each is one

    # --- new organisations ---------------------------------------------------

    def _new_bodies(self, sent: Sentence, spaced: list[bool], ctx: _Context) -> None:
        """Capitalised names ending in an organisation word ("Tasnim News Agency")."""
        w = sent.words
        if _ORG_HEADS.isdisjoint(w):
            return
        done = 0  # tokens before this are read
        for i in [k for k, x in enumerate(w) if x in _ORG_HEADS]:
            if i < done or (
                i + 1 < len(w)
                and (
                    w[i + 1] in _ORG_HEADS
                    or self._role_at(sent.lower, i)[0] > i + 1
                    or w[i + 1] in _FACILITIES  # "from Sierra Army Depot": a place, no body
                )
            ):
                continue
            end = i + 1
            # "Ministry of Foreign Affairs of China": take "of (the) Capitalised..." to the right;
            # also "for" and, after it, "and": "Union of Forces for Democracy and Development"
            while (
                end + 1 < len(w)
                and (w[end] in {"of", "for"} or (w[end] == "and" and "for" in w[i:end]))
                and (w[end + 1][:1].isupper() or w[end + 1] == "the")
            ):
                j = end + 1 + (w[end + 1] == "the")
                if w[end] == "for" and sent.mention_at(j) is not None:
                    break  # "Dassault Aviation for the Indian Air Force": whom it is for, not its name
                k = j
                while (
                    k < len(w)
                    and (
                        (w[k][:1].isupper() and (w[k] not in _NOT_NAMES or w[k] in _BODY_WORDS))
                        # "Agency for Non-Proliferation": a hyphen within the name
                        or (
                            w[k] == "-"
                            and k > j
                            and not (spaced[k - 1] or spaced[k])
                            and w[k + 1 : k + 2] != []
                            and w[k + 1][:1].isupper()
                        )
                    )
                ):
                    if (m := sent.mention_at(k)) is not None:
                        # a named state or body ends the name: "... of Iran Nasser Kanani"; a person
                        # is no part of it: "the Libyan National Army of Khalifa Haftar"
                        k = m.end if m.type != EntityType.PERSON else j
                        break
                    k += 1
                if k == j:
                    break
                end = k
            start = i
            while start > 0 and (
                (
                    w[start - 1][:1].isupper()
                    and (w[start - 1] not in _NOT_NAMES or w[start - 1] in _BODY_WORDS)
                )
                or (
                    w[start - 1] in {"of", "and", "for"}
                    and start > 1
                    and w[start - 2][:1].isupper()
                    and not (w[start - 1] == "and" and self._state_ends(sent, start - 1))
                )
                or (
                    w[start - 1] == "-" and start > 1 and w[start - 2][:1].isupper() and not spaced[start - 2]
                )
            ):
                start -= 1  # "Khatam Al-Anbiya Central Headquarters": a hyphen within the name
            if w[start] in {"of", "and", "for"}:
                start += 1
            lead = next((m for m in sent.mentions if m.start == start - 1 and m.end > start), None)
            if lead is not None and sent.lower[lead.start] == "the":
                start = lead.start + 1  # "the White House National Security Council"
                lead.start = start
            inner = [m for m in sent.mentions if m.start < end and m.end > start]
            if end - start < 2 or any(m.start < start or m.end > end for m in inner):
                done = end
                continue
            if any(m.start == start and m.end == end for m in inner):
                done = end
                continue
            states = [m for m in inner if m.type == EntityType.COUNTRY]
            known = {k for m in inner for k in range(m.start, m.end)}
            if (
                inner
                and not states
                and all(w[k] in {"The", "the", "’s", "'s"} for k in range(start, end) if k not in known)
            ):
                done = end  # a known name with "The": not a new body ("National Security Council" is one)
                continue
            covered = {k for m in states for k in range(m.start, m.end)}
            rest_idx = [k for k in range(start, end) if k not in covered and w[k] not in {"’s", "'s"}]
            if any(
                m.type == EntityType.ORGANIZATION
                and m.start <= rest_idx[0]
                and m.end >= rest_idx[-1] + 1
                and not (states and states[0].end == m.start and self._international(m.entity))
                for m in inner
            ):
                done = end  # a known body; but "the Armenian Security Council" is no UN Security Council
                continue
            name_words = [x for x in w[start:end] if x not in {"’s", "'s"}]
            while "-" in name_words[1:-1]:  # "Al - Anbiya" is written "Al-Anbiya"
                k = name_words.index("-", 1)
                name_words[k - 1 : k + 2] = [f"{name_words[k - 1]}-{name_words[k + 1]}"]
            state = states[0].entity if states else None
            owner = sent.mention_at(start - 2) if start >= 2 and w[start - 1] in {"’s", "'s"} else None
            if state is None and owner is not None and owner.type == EntityType.COUNTRY:
                state = owner.entity  # "Iran's Tasnim News Agency": a body of Iran
            if state is None and (led := next((m for m in inner if m.start == start), None)) is not None:
                # "U.S. Army Security Assistance Command": a part of a state's body is the state's too
                spec = self.gaz.get(led.entity)
                if spec is not None and spec.country and spec.kind in {*_STATE_BODY_KINDS, "armed-forces"}:
                    state = spec.country
            if state is None and start > 0 and sent.lower[start - 1] in {"its", "their"}:
                # "India has signed a contract with France, its Defense Ministry said": the subject's
                state = next(
                    (
                        m.entity
                        for m in sent.mentions
                        if m.type == EntityType.COUNTRY
                        and m.end <= start
                        and (m.start == 0 or sent.lower[m.start - 1] not in _OBJECT_PREPOSITIONS)
                    ),
                    None,
                )
            rest = [
                x for k, x in enumerate(w[start:end], start) if not any(m.start <= k < m.end for m in states)
            ]
            rest = [x for x in rest if x not in {"’s", "'s"}]
            generic = all(x.lower() in _GENERIC_ORG_WORDS for x in rest)
            where = sent.mention_at(end + 1) if sent.lower[end : end + 1] == ["in"] else None
            if state is None and generic and where is not None and where.type == EntityType.COUNTRY:
                state = where.entity  # "the Foreign Ministry in Tehran"
            named_by = " ".join(w[states[0].start : states[0].end]) if states else ""
            metonym = (
                bool(named_by)
                and named_by != self.gaz[state].name
                and not named_by.endswith(_DEMONYM_ENDS)
                and not named_by.replace(".", "").isupper()  # "US Embassy": an abbreviation, no metonym
                # "of the Russian Federation": the state's formal name, no metonym
                and _FORMAL_NAME_WORDS.isdisjoint(named_by.split())
            )
            if (
                state
                and generic
                and not metonym  # "White House National Security Council" keeps its own name
                and (
                    not states
                    or states[0].start == start
                    or states[0].end == end
                    or (states[0].start == start + 1 and w[start] == "Royal")  # "the Royal Thai Army"
                )
            ):
                # "Chinese Foreign Ministry", "Ministry of Defence of Chile": a body of the state
                entity_id = f"{state}-{_body_slug(rest)}"
                if [x.lower() for x in rest if x.lower() not in {"of", "the", "royal"}] in _ARMY_NAMES:
                    # "the Nepal Army" is Nepal's armed forces, as "the Nepalese army" is; so is "the
                    # Army of Nicaragua"
                    entity_id = self._state_body(ctx, state, "forces")
                elif entity_id not in self.gaz:
                    # "the White House's National Security Council": the state's body of that name
                    entity_id = self._state_named(state, " ".join(rest).lower()) or entity_id
                name = " ".join(name_words)
            elif states and states[0].start == start and start + 1 < end and w[start + 1] in {"’s", "'s"}:
                name = " ".join(w[start + 2 : end])
                entity_id = _name_id(name)
            else:
                name = " ".join(name_words)
                entity_id = _name_id(name.removeprefix("The "))
            if not entity_id:
                done = end
                continue
            acronym = (
                sent.mention_at(end + 1)
                if w[end : end + 1] == ["("] and w[end + 2 : end + 3] == [")"]
                else None
            )
            if acronym is not None and acronym.type == EntityType.ORGANIZATION and acronym.entity in self.gaz:
                # "Aviation Industries of China (AVIC)": a known body, its name written another way
                sent.mentions = [m for m in sent.mentions if not (m.start >= start and m.end <= end)]
                sent.mentions.append(Mention(start, end, acronym.entity, EntityType.ORGANIZATION))
                done = end
                continue
            before = start - 1 - (start > 1 and w[start - 1] in {"’s", "'s"})
            owner = sent.mention_at(before) if before >= 0 else None
            if owner is None or owner.type != EntityType.COUNTRY:
                # "the Foreign Ministry" again is the one named before; "Georgia's Foreign Ministry"
                # is Georgia's, whatever ministry came before
                entity_id = ctx.tails.get(" ".join(name_words).removeprefix("The ").lower(), entity_id)
            kind = (
                "media"
                if w[i] in _MEDIA_HEADS
                else "ministry"
                if w[i] == "Ministry" or "Ministry" in w[start:end]
                else "company"
                if w[i] in _COMPANY_HEADS
                else None
            )
            entity_id = self._body(ctx, entity_id, name, kind, state)
            if (
                state is None
                and generic
                and entity_id in ctx.new
                and ctx.new[entity_id].country is None
                and not _STATE_ONLY.isdisjoint(x.lower() for x in rest)
            ):
                ctx.stateless.setdefault(entity_id, rest)
            sent.mentions = [m for m in sent.mentions if not (m.start >= start and m.end <= end)]
            sent.mentions.append(Mention(start, end, entity_id, EntityType.ORGANIZATION))
            if state and entity_id not in self.gaz and w[i] not in _NON_STATE_HEADS:
                sent.parts.append((entity_id, state))
            done = end

    @staticmethod
    def _state_ends(sent: Sentence, k: int) -> bool:
        """Whether a named state ends at token ``k``: "Greece and Naval Group" are two parties."""
        return any(m.end == k and m.type == EntityType.COUNTRY for m in sent.mentions)

    def _state_named(self, state: str, name: str) -> str | None:
        """The gazetteer's body of ``state`` whose name or an alias ends with ``name``, if one."""
        key = (state, name)
        if key not in self._named_bodies:
            self._named_bodies[key] = next(
                (
                    e.id
                    for e in self.gaz
                    if e.type == EntityType.ORGANIZATION
                    and e.country == state
                    and any(n.lower() == name or n.lower().endswith(f" {name}") for n in [e.name, *e.aliases])
                ),
                None,
            )
        return self._named_bodies[key]

    def _international(self, entity_id: str) -> bool:
        spec = self.gaz.get(entity_id)
        return spec is not None and spec.kind in {"international-organisation", "alliance"}

    def _lone_sources(self, sent: Sentence, ctx: _Context) -> None:
        """An unknown one-word name that reports: ", Yonhap reported", "according to Interfax."."""
        w, low = sent.words, sent.lower
        if _SOURCE_CUES.isdisjoint(sent.vocab):
            return
        # the word before a reporting verb, or the one after "according to"
        places = {k - 1 for k in _positions(low, _SOURCE_CUES & sent.vocab) if k} | {
            k + 2
            for k in _positions(low, _BY_SOURCE & sent.vocab)
            if low[k] == "according" or low[k + 1 : k + 2] == ["by"]
        }
        for i in sorted(k for k in places if k < len(w)):
            word = w[i]
            if (
                not (_NAME_TOKEN.match(word) or _SITE.match(word))
                or word in _NOT_NAMES
                or word in ctx.surnames
                or sent.mention_at(i)
                or (i == 0 and word.endswith("ing"))  # "Echoing reports of a secret deal, ...": a participle
            ):
                continue
            before = low[i - 1] if i else ","
            after = low[i + 1] if i + 1 < len(low) else "."
            closing = before in {",", "”", '"', "and"}
            reports = after in _REPORTING and closing
            cited = low[max(0, i - 2) : i] in (
                ["according", "to"],
                ["reported", "by"],
                ["cited", "by"],
            ) and after in {
                ",",
                ".",
                ";",
            }
            first = i - 1  # "the media agency Vecernje Novosti reported": a name of two words
            two = (
                i > 0
                and _NAME_TOKEN.match(w[first])
                and w[first] not in _NOT_NAMES
                and not sent.mention_at(first)
                and (
                    first == 0
                    or low[first - 1] in {",", "”", '"', "and", "the", "agency", "newspaper", "daily"}
                )
                and after in _REPORTING
            )
            if two:
                name = f"{w[first]} {word}"
                entity_id = self._body(ctx, slugify(name), name, "media", None)
                sent.mentions.append(Mention(first, i + 1, entity_id, EntityType.ORGANIZATION))
            elif reports or cited:
                entity_id = self._body(ctx, slugify(word), word, "media", None)
                sent.mentions.append(Mention(i, i + 1, entity_id, EntityType.ORGANIZATION))
            elif after in _SPEAKING and (known := _misspelt(word, ctx.surnames)) is not None:
                # "Peksov told reporters" after "Dmitry Peskov": a typo in a name the article gave
                sent.mentions.append(Mention(i, i + 1, known, EntityType.PERSON))
            elif after == "told" and closing:
                # "..., Peskov told reporters": a person known by one name (or by the given name of
                # one the article named in full: "Najib told" after "Najib Razak")
                name = ctx.full_names.get(word, word)
                entity_id = ctx.given.get(word) or slugify(name)
                if entity_id not in self.gaz and entity_id not in ctx.new:
                    ctx.new[entity_id] = EntitySpec(id=entity_id, type=EntityType.PERSON, name=name)
                ctx.surnames[word] = entity_id
                sent.mentions.append(Mention(i, i + 1, entity_id, EntityType.PERSON))
        sent.mentions.sort(key=lambda m: m.start)

    def _speakers(self, sent: Sentence, spaced: list[bool], ctx: _Context) -> None:
        """A full name without a title right before a verb of speaking: "Ben Wallace said", ", Salem
        Aljaberi told reporters" (two or three capitalised words opening a clause)."""
        if _SPEAKING.isdisjoint(sent.vocab) and _WRITING.isdisjoint(sent.vocab):
            return
        w, low = sent.words, sent.lower
        for k, word in enumerate(low):
            if word not in _VERBS_OF_VOICE:
                continue
            self._apposed_speaker(sent, k, spaced, ctx)
            if word not in _SPEAKING or k < 2 or sent.mention_at(k - 1) is not None:
                continue
            start = k
            while (
                start > 0
                and k - start < 3
                and _NAME_TOKEN.match(w[start - 1])
                and w[start - 1] not in _NOT_NAMES
            ):
                start -= 1
            opens = start == 0 or low[start - 1] in {",", "”", '"', "“", "and", ":"}
            if k - start >= 2 and opens and not any(sent.mention_at(j) for j in range(start, k)):
                self._name_at(sent, start, spaced, ctx)
        for k in (
            _positions(low, _AFTER_QUOTE & sent.vocab) if not _AFTER_QUOTE.isdisjoint(sent.vocab) else ()
        ):
            # the speaker after the verb: '..." said Abdel Fattah Younes, speaking on television'
            if k == 0 or low[k - 1] not in {",", "”", '"', "“"}:
                continue
            first = k + 1
            while first < len(w) and w[first] in _HONORIFICS:
                first += 1  # "said Lt. Col. Tom Barnes"
            end = first
            while end < len(w) and end - first < 4 and _NAME_TOKEN.match(w[end]) and w[end] not in _NOT_NAMES:
                end += 1
            if (
                end - first >= 2
                and low[end : end + 1] in ([","], ["."], [])
                and _ORG_HEADS.isdisjoint(w[first:end])
                and (person := self._name_at(sent, first, spaced, ctx)) is not None
            ):
                person.start = k + 1  # the rank belongs to the name the verb is followed by
                ctx.late_appositions |= low[end : end + 1] == [","]  # ", a spokesman for ..." may follow

    def _apposed_speaker(self, sent: Sentence, k: int, spaced: list[bool], ctx: _Context) -> None:
        """A full name with a description between commas before the verb at ``k``: "Andriy Yermak,
        the president's chief of staff, wrote", "Yury Lutsenko, an aide to the president, said"."""
        w, low = sent.words, sent.lower
        c = k - 1
        while c > 0 and low[c].endswith("ly"):
            c -= 1  # "reportedly wrote"
        if c < 4 or low[c] != ",":
            return
        o = next((j for j in range(c - 1, max(0, c - 12), -1) if low[j] in {",", ".", ";"}), None)
        if o is None or low[o] != "," or o < 2:
            return
        start = o
        while (
            start > 0 and o - start < 3 and _NAME_TOKEN.match(w[start - 1]) and w[start - 1] not in _NOT_NAMES
        ):
            start -= 1
        opens = start == 0 or low[start - 1] in {",", "”", '"', "“", "and", ":"}
        if o - start >= 2 and opens and not any(sent.mention_at(j) for j in range(start, o)):
            self._name_at(sent, start, spaced, ctx)

    def _papers(self, sent: Sentence, ctx: _Context) -> None:
        """An outlet the gazetteer lacks, named with what it is before it speaks: "Le Figaro newspaper
        said", "the Hurriyet daily reported", "the independent paper Al Ahali said"."""
        low, w = sent.lower, sent.words
        for k in _positions(low, (_PAPERS | {"paper"}) & sent.vocab):
            if k == 0 or sent.mention_at(k) or sent.mention_at(k - 1):
                continue
            stop = _name_end(sent, k + 1, k + 4)
            if stop > k + 1 and low[stop : stop + 1] and low[stop] in _SOURCE_CUES:
                # "the independent paper Al Ahali said": the name after what it is
                name = " ".join(w[k + 1 : stop])
                outlet = self._body(ctx, slugify(name), name, "media", None)
                sent.mentions.append(Mention(k + 1, stop, outlet, EntityType.ORGANIZATION))
                continue
            if low[k] == "paper" or (
                low[k + 1 : k + 2] and low[k + 1] not in _SOURCE_CUES and low[k + 1] not in {",", "and"}
            ):
                continue  # (never "the Defence White Paper said")
            start = k
            while start > 0 and k - start < 3 and _NAME_TOKEN.match(w[start - 1]) and w[start - 1] != "The":
                start -= 1
            if start == k or any(x in _NOT_NAMES for x in w[start:k]):
                continue
            name = " ".join(w[start:k])
            outlet = self._body(ctx, slugify(name), name, "media", None)
            sent.mentions.append(Mention(start, k + 1, outlet, EntityType.ORGANIZATION))
        sent.mentions.sort(key=lambda m: m.start)

    def _state_outlets(self, sent: Sentence, ctx: _Context) -> None:
        """An outlet named with its state speaks, not the state: "the Russian newspaper Kommersant",
        "the Moscow daily Vedomosti", "Japan's Tokyo Shimbun newspaper", "Iran's ILNA news agency"."""
        low, w = sent.lower, sent.words
        for k in _positions(low, _OUTLET_NOUNS & sent.vocab):
            # "news agency", "news website"
            first = k - (low[k] == "agency" or (low[k] == "website" and low[k - 1] == "news"))
            if (first == k - 1 and low[first] != "news") or first < 1:
                continue
            before = sent.mention_at(first - 1)
            if before is not None and before.type == EntityType.COUNTRY and before.end == first:
                # the state, the noun, then the outlet's name: "the Estonian broadcaster ERR"
                state, start, end = before, before.start, k + 1
                named = sent.mention_at(end)
                if named is not None and named.type == EntityType.ORGANIZATION and named.start == end:
                    outlet, end = named.entity, named.end
                else:
                    begin = end + (w[end : end + 1] == ["The"])
                    stop = _name_end(sent, begin, end + 4)
                    if stop == begin:
                        continue
                    name = " ".join(w[end:stop])
                    outlet, end = self._body(ctx, slugify(name), name, "media", state.entity), stop
            else:
                # the state's, the outlet's name, then the noun: "Russia's RIA Novosti news agency"
                named = before if before is not None and before.type == EntityType.ORGANIZATION else None
                start = named.start if named is not None else first
                while named is None and start > 0 and first - start < 4 and _outlet_word(w[start - 1]):
                    start -= 1
                if start == first or start < 2 or low[start - 1] not in {"'s", "’s"}:
                    continue
                state = sent.mention_at(start - 2)
                if state is None or state.type != EntityType.COUNTRY or state.end != start - 1:
                    continue
                name = " ".join(w[start:first])
                outlet = (
                    named.entity
                    if named is not None
                    else self._body(ctx, slugify(name), name, "media", state.entity)
                )
                start, end = state.start, max(k + 1, named.end if named is not None else 0)
            if outlet in ctx.new and ctx.new[outlet].country is None:
                ctx.new[outlet] = ctx.new[outlet].model_copy(update={"country": state.entity})
            sent.mentions = [x for x in sent.mentions if not (x.start < end and x.end > start)]
            sent.mentions.append(Mention(start, end, outlet, EntityType.ORGANIZATION))
        sent.mentions.sort(key=lambda m: m.start)

    def _posted_body(self, ctx: _Context, state: Mention, host: Mention | None, label: str) -> Mention | None:
        """The body an envoy of ``state`` belongs to where posted: its mission to the UN ("Deputy
        Permanent Representative to the UN Robert Wood"), or an ambassador's embassy in another state
        ("Russia's ambassador to the US": ``russia-embassy-united-states``, as the annotators name it)."""
        if host is None or state.type != EntityType.COUNTRY or state.entity not in self.gaz:
            return None
        if host.entity == "united-nations":
            name = f"Permanent Mission of {self.gaz[state.entity].name} to the United Nations"
            mission = self._body(ctx, f"{state.entity}-mission-to-the-un", name, "mission", state.entity)
            return Mention(state.start, state.end, mission, EntityType.ORGANIZATION)
        if label != "ambassador" or host.type != EntityType.COUNTRY:
            return None
        if host.entity == state.entity or host.entity not in self.gaz:
            return None
        return Mention(
            state.start, state.end, self._embassy(ctx, state.entity, host.entity), EntityType.ORGANIZATION
        )

    def _embassy(self, ctx: _Context, state: str, host: str) -> str:
        """The embassy of ``state`` in ``host``: ``russia-embassy-united-states``, as the annotators name it."""
        name = f"Embassy of {self.gaz[state].name} in {self.gaz[host].name}"
        return self._body(ctx, f"{state}-embassy-{host}", name, "mission", state)

    def _body(self, ctx: _Context, entity_id: str, name: str, kind: str | None, state: str | None) -> str:
        if entity_id in self.gaz or entity_id in ctx.new:
            return entity_id
        for candidate in self.gaz.find(name):
            if candidate.type == EntityType.ORGANIZATION:
                return candidate.id
        ctx.new[entity_id] = EntitySpec(
            id=entity_id, type=EntityType.ORGANIZATION, name=name, kind=kind, country=state
        )
        return entity_id

    def _state_body(self, ctx: _Context, state: str, what: str) -> str:
        """The foreign or defence ministry, parliament or armed forces of ``state``."""
        kind = (
            "ministry"
            if what in _PORTFOLIOS
            else {"foreign": "ministry", "defence": "ministry", **dict.fromkeys(_CHAMBERS, "parliament")}.get(
                what, "armed-forces"
            )
        )
        if (state, what) not in self._state_bodies:
            words = {
                "foreign": ("foreign", "of state", "state department"),
                "defence": ("defence", "defense"),
                "senate": ("senate",),
                "house": ("house of representatives",),
            }.get(what, (what,) if what in _PORTFOLIOS else ())
            self._state_bodies[state, what] = next(
                (
                    e.id
                    for e in self.gaz
                    if e.type == EntityType.ORGANIZATION
                    and e.country == state
                    and e.kind == kind
                    and (not words or any(x in e.name.lower() for x in words))
                ),
                None,
            )
        if known := self._state_bodies[state, what]:
            return known
        name = self.gaz[state].name if state in self.gaz else state
        entity_id, label = {
            "foreign": (f"{state}-foreign-ministry", f"Ministry of Foreign Affairs of {name}"),
            "defence": (f"{state}-defence-ministry", f"Ministry of Defence of {name}"),
            "parliament": (f"{state}-parliament", f"Parliament of {name}"),
            "senate": (f"{state}-senate", f"Senate of {name}"),
            "house": (f"{state}-house-of-representatives", f"House of Representatives of {name}"),
        }.get(what, (f"{state}-armed-forces", f"Armed Forces of {name}"))
        if what in _PORTFOLIOS:  # "the Sudanese media minister": the information ministry
            entity_id, label = f"{state}-{what}-ministry", f"Ministry of {what.title()} of {name}"
        if entity_id not in ctx.new:
            ctx.new[entity_id] = EntitySpec(
                id=entity_id, type=EntityType.ORGANIZATION, name=label, kind=kind, country=state
            )
        return entity_id

    # --- titles and appositions ----------------------------------------------

    def _titles(self, sent: Sentence, spaced: list[bool], ctx: _Context) -> None:
        low = sent.lower
        if self._role_first.isdisjoint(sent.vocab):
            return
        done = 0  # tokens before this are read
        for i in [k for k, x in enumerate(low) if x in self._role_first]:
            if i < done:
                continue
            role_end, role = self._role_at(low, i)
            if role is None or sent.mention_at(i):
                continue
            label, implies = role
            # A name right after the role (optionally "of the X" between): pre-nominal title.
            j = self._past_ranks(sent, role_end)
            holder_of = None
            post = None
            if label in _ENVOYS and (m := _post_after(sent, j)) is not None:
                # "China's ambassador to Washington Cui Tiankai", "Russia's Ambassador in the CAR
                # Vladimir Titorenko": the post, not the body
                j, post = m.end, m
            if j + 1 < len(low) and low[j] == "of":
                k = j + 1 + (low[j + 1] == "the")
                while k < len(low):
                    inner_end, inner_role = self._role_at(low, k)
                    if inner_role is not None and low[inner_end : inner_end + 1] == ["of"]:
                        # "Press Secretary of the President of the Russian Federation Dmitry Peskov"
                        k = inner_end + 1 + (inner_end + 1 < len(low) and low[inner_end + 1] == "the")
                        continue
                    m = sent.mention_at(k)
                    if m is None or m.type == EntityType.PERSON:
                        break
                    owned = low[m.end : m.end + 1] in (["’s"], ["'s"]) and sent.mention_at(m.end + 1)
                    if owned and owned.type == EntityType.ORGANIZATION:
                        m = owned  # "Deputy Commander of Iran's Khatam al-Anbiya Headquarters X"
                    holder_of = holder_of or m
                    k = m.end
                    if low[k : k + 1] == ["("] and low[k + 2 : k + 3] == [")"]:
                        k += 3  # "Executive Vice President of Aviation Industries of China (AVIC) Hao"
                    if k < len(low) and low[k] == "of":
                        k += 1 + (k + 1 < len(low) and low[k + 1] == "the")
                if holder_of:
                    j = k
            person = self._name_at(sent, j, spaced, ctx)
            if person is None and role_end == j and label not in _RANKS and sent.words[i][:1].isupper():
                person = self._surname_at(sent, j, ctx)  # "President Saakashvili told the Times"
            if person is None and low[j : j + 1] == [","] and not holder_of:
                # "Iran's foreign minister, Hossein Amirabdollahian, denied ...": the name in commas
                # ("a defense ministry spokesman, Lieutenant Colonel Jacek Sonta, said": past the rank)
                person = self._name_at(sent, self._past_ranks(sent, j + 1), spaced, ctx)
                if person is not None and low[person.end : person.end + 1] != [","]:
                    sent.mentions.remove(person)
                    person = None
            if person is not None and i > 0 and low[i - 1] in {"the", "a"} and role_end == j:
                person = None  # "the spokesperson Kanani" is fine, "the head of" is handled below
            if person is not None:
                body = holder_of or self._body_before(sent, i, ctx)
                if body is not None and body.entity == "united-nations" and label in _ENVOYS:
                    body = self._un_mission(sent, body, ctx) or body  # "Iran's UN ambassador X"
                if label in _ENVOYS and body is not None:
                    body = self._posted_body(ctx, body, post, label) or body
                if body is not None and implies is None and _MILITARY_WORDS & set(low[body.end : i]):
                    implies = "forces"  # "France's top military spokesman Thierry Burkhard"
                if body is None:
                    ctx.ranks[person.entity] = label
                    if implies is None and low[i - 1 : i] and low[i - 1] in _MILITARY_WORDS:
                        implies = "forces"  # "military spokesman Col. X": of the armed forces
                    body = self._home_state(sent, ctx, person, label, implies)
                if body is None and i == 0 and label == "spokesperson" and ctx.last_body:
                    # "The State Department said ... Spokesman Adam Ereli said": that body's spokesman
                    body = Mention(i, i, ctx.last_body, EntityType.ORGANIZATION)
                self._member(sent, ctx, person, body, label, implies)
                done = person.end
                while low[role_end - 1] in _PLURAL_TITLES and (
                    person := self._name_at(sent, _next_in_list(low, person.end), spaced, ctx)
                ):
                    # "Sens. Rand Paul, R-Ky., and Chris Murphy, D-Conn.": each is a senator
                    if body is None:
                        body = self._home_state(sent, ctx, person, label, implies)
                    self._member(sent, ctx, person, body, label, implies)
                    done = person.end
                continue
            # "the head of the Ukrainian presidential office, Andriy Yermak", "a spokesman for X, Y"
            if low[role_end : role_end + 1] in (["of"], ["for"]):
                k = role_end + 1 + (role_end + 1 < len(low) and low[role_end + 1] == "the")
                body = sent.mention_at(k)
                if body and body.end < len(low) and low[body.end] == ",":
                    person = self._name_at(sent, body.end + 1, spaced, ctx)
                    if person is not None:
                        self._member(sent, ctx, person, body, label, implies)
                        done = person.end
                        continue
                ctx.late_titles = True  # its body may only be named by a reference back: read again later
            done = role_end
        self._appositions(sent, spaced, ctx)

    def _past_ranks(self, sent: Sentence, j: int) -> int:
        """Where a name starts after the ranks and honorifics at ``j``: "army commander General Luis
        Ospina", "Navy commander Rear Admiral Ali Fadavi", "spokesman Lt. Col. Peter Lerner"."""
        low = sent.lower
        while (rank := self._role_at(low, j))[1] is not None and rank[1][0] in _RANKS:
            j = rank[0]
        while j + 1 < len(low) and sent.words[j] in _HONORIFICS and sent.words[j + 1][:1].isupper():
            j += 1
        return j

    def _home_state(
        self, sent: Sentence, ctx: _Context, person: Mention, label: str, implies: str | None
    ) -> Mention | None:
        """The state of a minister titled without one ("Foreign Minister Sergei Lavrov"): the
        person's own, known or learnt later in the article (see ``_officials_home``)."""
        if implies is None:
            return None
        spec = self.gaz.get(person.entity) or ctx.new.get(person.entity)
        if spec is not None and spec.country:
            return Mention(person.start, person.start, spec.country, EntityType.COUNTRY)
        ctx.unplaced.setdefault(person.entity, (sent, label, implies))
        return None

    def _owners(self, sent: Sentence, ctx: _Context) -> None:
        """A title whose owner only a reference back names: "the country's Defence Minister David
        Tonoyan" after "the Armenian army" is Armenia's minister."""
        low = sent.lower
        for person in [m for m in sent.mentions if m.type == EntityType.PERSON]:
            placed = ctx.unplaced.get(person.entity)
            if placed is None or placed[0] is not sent:
                continue
            owner = next(
                (
                    m
                    for m in sent.mentions
                    if m.type == EntityType.COUNTRY
                    and m.end < person.start
                    and low[m.end] in {"’s", "'s"}
                    and person.start - m.end <= _MAX_ROLE + 2
                ),
                None,
            )
            if owner is not None:
                del ctx.unplaced[person.entity]
                self._member(sent, ctx, person, owner, placed[1], placed[2])

    def _appositions(self, sent: Sentence, spaced: list[bool], ctx: _Context) -> None:
        """ "Name, (the|a) [state's] role (of|at|for) (the) Body," after a person."""
        low = sent.lower
        for c, word in enumerate(low):
            if word != "," or c < 2 or sent.mention_at(c - 1):
                continue
            j = c + 1 + (c + 1 < len(low) and low[c + 1] in {"the", "a", "an"})
            if (m := sent.mention_at(j)) and m.type in (EntityType.COUNTRY, EntityType.ORGANIZATION):
                j = m.end + (m.end < len(low) and low[m.end] in {"’s", "'s"})  # "X, a Pentagon spokesman"
            if self._role_at(low, self._described_role(sent, j))[1] is None:
                continue
            start = c
            w = sent.words
            while start > 0 and (
                _NAME_TOKEN.match(w[start - 1])
                or w[start - 1] == "-"
                or (start >= 2 and w[start - 2] == "-" and w[start - 1].isalpha())
            ):
                start -= 1
            while start < c and sent.words[start] in _NOT_NAMES:
                start += 1
            if c - start >= 2:
                self._name_at(sent, start, spaced, ctx)
        for person in [m for m in sent.mentions if m.type == EntityType.PERSON]:
            j = person.end
            if j >= len(low) or low[j] != ",":
                continue
            j += 1
            if j < len(low) and low[j] in {"the", "a", "an"}:
                j += 1
            state = None
            named_body = None
            if (m := sent.mention_at(j)) and m.type == EntityType.COUNTRY:
                state = m
                j = m.end + (m.end < len(low) and low[m.end] in {"’s", "'s"})
            elif m is not None and m.type == EntityType.ORGANIZATION and m.start == j:
                named_body = m  # "Tom Barnes, a Pentagon spokesman": the body before the title
                j = m.end + (m.end < len(low) and low[m.end] in {"’s", "'s"})
            j = self._described_role(sent, j)
            forces = state is not None and j < len(low) and low[j] in _MILITARY_WORDS
            role_end, role = self._role_at(low, j + forces)
            if role is None:
                continue
            if low[role_end : role_end + 1] == ["and"] and (second := self._role_at(low, role_end + 1))[1]:
                role_end = second[0]  # "Micael Johansson, President and CEO of Saab": two titles, one body
            label, implies = role
            if forces and implies is None:
                implies = "forces"  # "Alsawarmi Khalid Saad, the Sudan military spokesman,"
            body = None
            if role_end < len(low) and low[role_end] in {"of", "at", "for", "in"}:
                k = role_end + 1 + (role_end + 1 < len(low) and low[role_end + 1] == "the")
                body = sent.mention_at(k)
                if (
                    body is not None
                    and low[body.end : body.end + 1] in (["’s"], ["'s"], ["’"], ["'"])
                    and (owned := sent.mention_at(body.end + 1)) is not None
                    and owned.type == EntityType.ORGANIZATION
                ):
                    body = owned  # "a member of the Parliament's National Security Committee"
                if body is not None and body.type == EntityType.COUNTRY:
                    after = sent.mention_at(body.end)
                    if after is not None and after.type == EntityType.ORGANIZATION:
                        body = after
                    elif body.end < len(low) and low[body.end] in _MILITARY_WORDS and implies is None:
                        implies = "forces"  # "a spokesman for the Egyptian army"
            if (
                label in _ENVOYS
                and body is None
                and state is not None
                and (host := _post_after(sent, role_end))
            ):
                # "Anatoly Antonov, Russia's ambassador to the US,": his state's embassy there
                if (named := sent.mention_at(host.end)) is not None and named.type == EntityType.PERSON:
                    continue  # "Fawad Chaudhry, Chinese Ambassador to Pakistan Nong Rong": Nong's title
                body = self._posted_body(ctx, state, host, label)
            body = body or named_body
            if label == "member" and person.entity in ctx.ranks:
                label = ctx.ranks[person.entity]
            if body is None and state is None:
                ctx.late_appositions = True  # "X, the commander of the Libyan rebels": a group read later
            self._member(sent, ctx, person, body or state, label, implies)

    def _described_role(self, sent: Sentence, j: int) -> int:
        """Where the title starts in an apposition's words at ``j``: past "senior", or past a few
        words of description when the title names its body ("Vasily Pavlov, top arms export control
        official at the foreign ministry")."""
        low = sent.lower
        if low[j : j + 1] == ["senior"] or self._role_at(low, j)[1] is not None:
            return j + (low[j : j + 1] == ["senior"])
        k = j
        # (never past "former": "Jesus Urdaneta, the former head of Venezuela's intelligence" is not its voice)
        while (
            k < len(low)
            and k - j <= 4
            and sent.words[k].isalpha()
            and sent.words[k].islower()
            and low[k] != "former"
        ):
            end, role = self._role_at(low, k)
            if role is not None:
                return k if low[end : end + 1] in (["of"], ["at"], ["for"], ["in"]) else j
            k += 1
        return j

    def _role_at(self, low: list[str], i: int) -> tuple[int, tuple[str, str | None] | None]:
        if i >= len(low) or low[i] not in self._role_first:
            return i, None
        for n in range(min(_MAX_ROLE, len(low) - i), 0, -1):
            phrase = " ".join(low[i : i + n])
            if phrase in _ROLES:
                return i + n, _ROLES[phrase]
        return i, None

    def _surname_at(self, sent: Sentence, j: int, ctx: _Context) -> Mention | None:
        """Someone new a title names by one word ("President Saakashvili told the Times"); a surname
        the article or the gazetteer already knows is read where surnames are."""
        w = sent.words
        if j >= len(w) or sent.mention_at(j) is not None or w[j] in _NOT_NAMES or not _NAME_TOKEN.match(w[j]):
            return None
        after = w[j + 1] if j + 1 < len(w) else ""
        if after[:1].isupper() or after in {"-", "."}:
            return None  # more to the name than one word, or an initial
        entity_id = _name_id(w[j])
        if (
            w[j] in ctx.surnames
            or entity_id in self.gaz
            or any(e.type == EntityType.PERSON for e in self.gaz.find(w[j]))
        ):
            return None
        ctx.new.setdefault(entity_id, EntitySpec(id=entity_id, type=EntityType.PERSON, name=w[j]))
        ctx.surnames[w[j]] = entity_id
        mention = Mention(j, j + 1, entity_id, EntityType.PERSON)
        sent.mentions.append(mention)
        return mention

    def _name_at(self, sent: Sentence, j: int, spaced: list[bool], ctx: _Context) -> Mention | None:
        """A person named at token ``j``: known, or two to five capitalised words."""
        m = sent.mention_at(j)
        if m is not None:
            return m if m.type == EntityType.PERSON and m.start == j else None
        w = sent.words
        parts: list[str] = []
        k = j
        while k < len(w) and len(parts) < 5 and sent.mention_at(k) is None:
            if parts and _INITIAL.match(w[k]) and k + 1 < len(w) and _NAME_TOKEN.match(w[k + 1]):
                k += 1  # a middle initial: "John F. Kirby" is John Kirby
                continue
            if parts and w[k] in _NAME_PARTICLES and k + 1 < len(w):
                # "Ahmed al-Mesmari", "Mohammed bin Salman", "Ursula von der Leyen"
                if w[k + 1] == "-" and k + 2 < len(w) and not spaced[k] and _NAME_TOKEN.match(w[k + 2]):
                    parts.append(f"{w[k]}-{w[k + 2]}")
                    k += 3
                    continue
                if w[k + 1] in _NAME_PARTICLES or (
                    _NAME_TOKEN.match(w[k + 1]) and w[k + 1] not in _NOT_NAMES
                ):
                    parts.append(w[k])
                    k += 1
                    continue
            if _NAME_TOKEN.match(w[k]) and w[k] not in _NOT_NAMES:
                if parts and k + 1 < len(w) and w[k] == "-":
                    break
                parts.append(w[k])
                k += 1
                # hyphenated names: Won-sik, Jean-Pierre
                if k + 1 < len(w) and w[k] == "-" and not spaced[k - 1] and not spaced[k]:
                    parts[-1] += "-" + w[k + 1]
                    k += 2
            else:
                break
        if len(parts) < 2:
            return None
        name = " ".join(parts)
        known = [e for e in self.gaz.find(name) if e.type == EntityType.PERSON]
        # "Sid Ahmad said" after "Imad Sid Ahmad": the end of a name the article gave is that person
        known += [e for e in ctx.new.values() if e.type == EntityType.PERSON and e.name.endswith(f" {name}")]
        entity_id = known[0].id if known else _name_id(name)
        if entity_id not in self.gaz and entity_id not in ctx.new:
            ctx.new[entity_id] = EntitySpec(id=entity_id, type=EntityType.PERSON, name=name)
        ctx.surnames[parts[-1]] = entity_id
        if parts[-1][:1].islower():
            ctx.surnames.setdefault(parts[-1][:1].upper() + parts[-1][1:], entity_id)  # "Al-Mesmari said"
        if parts[0] in _FAMILY_FIRST:
            ctx.surnames.setdefault(parts[0], entity_id)  # "Zhao said" after "Zhao Jianhua"
        elif len(parts) == 2 and parts[0] not in self.gaz:
            ctx.given.setdefault(parts[0], entity_id)  # "Najib told" after "Najib Razak", if no one else
        mention = Mention(j, k, entity_id, EntityType.PERSON)
        sent.mentions.append(mention)
        return mention

    def _body_before(self, sent: Sentence, i: int, ctx: _Context) -> Mention | None:
        """The body or state named just before a title ("Iranian Foreign Ministry Spokesperson")."""
        named = next((m for m in sent.mentions if m.end == i and m.type == EntityType.ORGANIZATION), None)
        if named is not None:
            return named  # "Israeli military spokesman": the body the gazetteer knows
        if (ministry := self._lower_ministry_before(sent, i, ctx)) is not None:
            return ministry
        k = i
        while k > 0 and sent.lower[k - 1] in {
            "’s",
            "'s",
            "’",
            "'",
            "senior",
            "top",
            "chief",
            "military",
            "army",
        }:
            k -= 1
        return next((m for m in sent.mentions if m.end == k and m.type != EntityType.PERSON), None)

    def _lower_ministry_before(self, sent: Sentence, i: int, ctx: _Context) -> Mention | None:
        """ "Indonesia's defence ministry spokesman": a ministry in lower case between its state and
        the title, which the gazetteer does not know, is that state's (the state's bodies are read
        after the titles, too late for this one)."""
        for state in [m for m in sent.mentions if m.type == EntityType.COUNTRY and i - 6 < m.end < i]:
            if (
                not any(sent.mention_at(j) for j in range(state.end, i))
                and (body := self._state_ministry(sent, state, ctx, end=i)) is not None
            ):
                return body
        return None

    def _state_ministry(
        self, sent: Sentence, m: Mention, ctx: _Context, end: int | None = None
    ) -> Mention | None:
        """ "Iran's foreign ministry", "the Russian defence ministry" (in lower case) right after the
        state ``m`` (ending at ``end``, if given): the state's ministry, put in their place."""
        low = sent.lower
        k = m.end + (m.end < len(low) and low[m.end] in {"’s", "'s"})
        ministry = _ministry_at(low, k) if not sent.mention_at(k) else None
        if ministry is None or end not in (None, ministry[0]):
            return None
        self._replace(sent, m.start, ministry[0], self._state_body(ctx, m.entity, ministry[1]), m.entity)
        return sent.mention_at(m.start)

    def _member(
        self,
        sent: Sentence,
        ctx: _Context,
        person: Mention,
        body: Mention | None,
        label: str,
        implies: str | None,
    ) -> None:
        state = None
        if body is not None and body.type == EntityType.COUNTRY:
            state = body.entity
            body_id = self._state_body(ctx, state, implies) if implies else None
            seat = " ".join(x for x in sent.lower[body.start : body.end] if x != "the")
            if seat in _SEATS and _SEATS[seat] in self.gaz:
                body_id = _SEATS[seat]  # "Kremlin spokesman Dmitry Peskov": of the president's office
        elif body is not None and body.type == EntityType.ORGANIZATION:
            body_id = body.entity
        else:
            return
        spec = (self.gaz.get(body_id) or ctx.new.get(body_id)) if body_id is not None else None
        if state is None and spec is not None:
            state = spec.country
        own_voice = spec is not None and spec.kind in {"armed-group", "parliament"}
        if person.entity in ctx.new and state and ctx.new[person.entity].country is None and not own_voice:
            # (the spokesman of an armed group, or an MP, speaks for the group, never for the state)
            ctx.new[person.entity] = ctx.new[person.entity].model_copy(update={"country": state})
        own = spec.kind if spec is not None and spec.kind in _OWN_OFFICES else None
        # a body's own office is told apart from a state's: a company president is no state's president
        ctx.titles.setdefault(person.entity, set()).add(f"{own} {label}" if own else label)
        if state and not own:
            ctx.titled[(state, label, implies)] = person.entity
            ctx.holders.setdefault((state, label, implies), set()).add(person.entity)
        if body_id is None or (person.entity, body_id, label) in sent.members:
            return
        sent.members.append((person.entity, body_id, label))
        parent = self._parent(body_id, ctx)
        if parent and (body_id, parent) not in sent.parts:
            sent.parts.append((body_id, parent))

    def _parent(self, body_id: str, ctx: _Context) -> str | None:
        spec = self.gaz.get(body_id) or ctx.new.get(body_id)
        if spec is None or not spec.country or spec.kind == "armed-group":
            return None  # an armed group is of a country, not part of its state
        if spec.kind == "parliamentary-committee":
            return self._state_body(ctx, spec.country, "parliament")
        return spec.country

    # --- states as origins, bodies and places ---------------------------------

    def _state_roles(self, sent: Sentence, ctx: _Context) -> None:
        low = sent.lower
        for m in list(sent.mentions):
            if m.type != EntityType.COUNTRY:
                continue
            named = sent.mention_at(m.end)
            if named is not None and named.start == m.end and named.type == EntityType.ORGANIZATION:
                # "the Russian Wagner Group", "the Iranian IRGC": the state says whose the body is
                sent.mentions.remove(m)
                named.start = m.start
                continue
            if (group := self._group_named_before(sent, m, ctx)) is not None:
                # "Hamas denied the convoys were destined for the Palestinian movement": Hamas
                sent.mentions.remove(m)
                sent.mentions.append(Mention(m.start, group[1], group[0], EntityType.ORGANIZATION))
                continue
            if m.end + 1 < len(low) and low[m.end] == "-" and low[m.end + 1] == "based":
                m.role = "place"  # "the Bahrain-based Fifth Fleet", "a London-based monitor": where, not who
                continue
            if m.end < len(low) and sent.words[m.end] in _PLACE_FEATURES:
                m.role = "place"  # "the Burma Road", "the Taiwan Strait": a place named after the state
                continue
            if m.start > 0 and low[m.start - 1] in _GIVING and self._own_name(sent, m):
                continue  # "has shipped Ethiopia rifles", "sending Iran weapons": the one given them
            k = m.end + (m.end < len(low) and low[m.end] in {"’s", "'s"})
            while k < len(low) and (low[k] in _WEAPON_ADJ or _calibre_at(low, k)):
                k += 1  # "Indian 155-mm self-propelled howitzers": a calibre between
            if m.end < k < len(low) and low[k - 1] == "-" and low[k].isalpha() and not sent.mention_at(k):
                k += 1  # "US military-grade rifles": the second half of a compound adjective
            while k + 2 < len(low) and low[k + 1] == "-" and not sent.mention_at(k) and low[k].isalpha():
                k += 2  # "Indian multiple-launch rocket systems": a compound adjective between
                k += low[k].isalpha() and not sent.mention_at(k) and low[k + 1 : k + 2] != ["-"]
            j = k
            while (
                j < len(low) - 1
                and j - k < 3
                and not sent.mention_at(j)
                and (sent.words[j][:1].isupper() or sent.words[j][:1].isdigit())
                and not (j == k and sent.words[j].replace(",", "").isdigit())  # "to Myanmar 30 MiG-29s"
            ):
                j += 1  # "Turkish Bayraktar drones", "Israeli Hermes 450 drones": a model name
            if j > k and (nxt := sent.mention_at(j)) is not None and nxt.role == "weapon":
                k = j
            nxt = sent.mention_at(k)
            if (
                nxt is not None
                and nxt.role == "weapon"
                and k - m.end <= 4
                and low[nxt.end : nxt.end + 1] not in ([w] for w in _CREWS)
            ):  # "Ukrainian tank crews", "Ukrainian F-16 pilots": people of the state, not its arms
                m.role = "origin"
                nxt.origin = m.entity
                continue
            if (
                nxt is None
                and k < len(low)
                and (low[k] in _ARMS_NOUNS or (low[k] in _MILITARY_ARMS and low[k - 1] == "military"))
                # "US military-grade weapons", but "Egypt's second-largest arms supplier" is of Egypt
                and (k - m.end <= 2 or (k - m.end <= 4 and low[m.end] not in {"’s", "'s"}))
                and low[k + 1 : k + 2] not in (["procurement"], ["imports"], ["purchases"], ["purchase"])
            ):
                m.role = "origin"  # "Iranian weapons", "North Korean arms"; not "Azerbaijan's arms imports"
                continue
            k = m.end + (m.end < len(low) and low[m.end] in {"’s", "'s"})
            if _junta_at(low, k):
                ctx.junta = m.entity  # "Myanmar's junta", "Mali's military regime": "the junta" later
            if (
                k < len(low)
                and low[k] in _LOWER_BODY_FIRST
                and (lower_body := _lower_body_at(low, k)) is not None
                and not sent.mention_at(k)
            ):
                # "Turkey's embassy in Addis Ababa", "the Iranian navy": that state's body
                end, words, kind = lower_body
                name = " ".join(x.capitalize() for x in words)
                body = self._body(
                    ctx,
                    f"{m.entity}-{'-'.join(words)}",
                    f"{name} of {self.gaz[m.entity].name}",
                    kind,
                    m.entity,
                )
                self._replace(sent, m.start, end, body, m.entity)
                continue
            if self._state_ministry(sent, m, ctx) is not None:
                continue
            of = m.start - 1 - (m.start > 1 and low[m.start - 1] == "the")
            if (
                of > 1
                and low[of] == "of"
                and (ministry := _ministry_at(low, of - 2 - (low[of - 2] == "affairs"))) is not None
                and not sent.mention_at(of - 1)
            ):
                # "the foreign ministry of Iran", "the ministry of foreign affairs of the Russian Federation"
                start = of - 2 - (low[of - 2] == "affairs")
                body = self._state_body(ctx, m.entity, ministry[1])
                self._replace(sent, start, m.end, body, m.entity)
                continue
            if (
                m.type == EntityType.COUNTRY
                and m.start > 1
                and low[m.start - 1] == "of"
                and (forces := _forces_before_of(low, m.start - 1)) is not None
                and not any(sent.mention_at(j) for j in range(forces, m.start - 1))
            ):
                # "the army of Tajikistan", "the armed forces of the Republic of Tajikistan"
                body = self._state_body(ctx, m.entity, "armed-forces")
                self._replace(sent, forces, m.end, body, m.entity)
                continue
            if k == m.end and k + 1 < len(low) and low[k] == "state" and low[k + 1] in _STATE_PRESS:
                m.role = (
                    "origin"  # "Russian state media reported": no named source (the annotators give none)
                )
                continue
            if low[k : k + 1] and low[k] in _OBSERVERS and k == m.end and not sent.mention_at(k):
                m.role = "origin"  # "Israeli analysts believe": people of that country, not its voice
                continue
            if k == m.end and (watchdog := _named_watchdog(sent, k)) is not None:
                # "the Belarusian Hajun monitoring group", "the Russian Meduza website": a source of its own
                end, name, kind = watchdog
                name = f"{sent.words[m.end - 1]} {name}"  # "Belarusian Gayun", as the annotators name it
                body = self._body(ctx, slugify(name), name, kind, None)  # its own voice, never its state's
                sent.mentions.remove(m)
                sent.mentions.append(Mention(m.start, end, body, EntityType.ORGANIZATION))
                continue
            if (
                low[k : k + 1]
                and low[k] in _PRESS
                and k == m.end
                and not sent.mention_at(k)
                and low[k + 1 : k + 2] not in (["minister"], ["ministry"])
            ):
                # "Polish media reported": the press of that state, a source of its own
                name = " ".join([*sent.words[m.start : m.end], low[k]])
                press = self._body(ctx, slugify(name), name, "media", m.entity)
                sent.mentions.remove(m)
                sent.mentions.append(Mention(m.start, k + 1, press, EntityType.ORGANIZATION))
                continue
            if (
                low[k : k + 2]
                and low[k] in {"former", "armed", "local"}
                and low[k + 1 : k + 2]
                and low[k + 1] in _IRREGULAR
            ):
                k += 1  # "Libya former rebels", "Syrian armed opposition"
            nouns = _GROUP_NAMES.get(tuple(low[k : k + 2]))
            if nouns is not None and not sent.mention_at(k):
                # "Mexican drug cartels", "Libyan armed groups": the state's irregulars, a group of their own
                group = self._group(ctx, m.entity, sent.words[m.start : m.end], nouns)
                sent.mentions.remove(m)
                sent.mentions.append(Mention(m.start, k + 2, group, EntityType.ORGANIZATION))
                continue
            if (
                low[k : k + 1]
                and low[k] in _IRREGULAR
                and k - m.end <= 1
                and not sent.mention_at(k)
                # "Ankara's opposition to the plans": a stance (but "the Syrian opposition to" is a group)
                and not (low[k : k + 2] == ["opposition", "to"] and low[m.end] in {"'s", "’s"})
                # "Lebanon's militant Hezbollah group", "the Palestinian militant group Hamas", "Lebanon's
                # militant Shiite Hezbollah group": the group named after its description
                and not (
                    (named := sent.mention_at(_past_described(low, k + 1))) is not None
                    and named.type == EntityType.ORGANIZATION
                )
            ):
                # "Sudanese paramilitary forces", "Yemeni rebels": a group of its own, not the state
                end = k + 1 + (k + 1 < len(low) and low[k + 1] in _GROUP_NOUNS and not sent.mention_at(k + 1))
                group = self._group(ctx, m.entity, sent.words[m.start : m.end], low[k:end])
                sent.mentions.remove(m)
                sent.mentions.append(Mention(m.start, end, group, EntityType.ORGANIZATION))
                continue
            if (
                low[k : k + 1]
                and low[k] in _SECTS
                and low[k + 1 : k + 2] in (["militias"], ["militia"])
                and not sent.mention_at(k)
            ):
                # "Iraq's Shiite militias", "Iraqi Shiite militias": one group, as "Shiite militias in Iraq"
                group = self._group(
                    ctx, m.entity, sent.words[m.start : m.end], [_sect(low[k]).capitalize(), "militias"]
                )
                sent.mentions.remove(m)
                sent.mentions.append(Mention(m.start, k + 2, group, EntityType.ORGANIZATION))
                continue
            # "US military aid", "US military-grade weapons": an adjective, not the state's forces
            adjective = (
                low[k : k + 1] == ["military"]
                and low[k + 1 : k + 2]
                and (low[k + 1] in _MILITARY_NOUNS or low[k + 1] == "-")
            )
            if k < len(low) and low[k] in _FORCES and not sent.mention_at(k) and not adjective:
                end = k + 1 + (low[k] == "armed" and k + 1 < len(low) and low[k + 1] == "forces")
                if low[k] != "armed" or end == k + 2:
                    forces = self._state_body(ctx, m.entity, "forces")
                    sent.mentions.remove(m)
                    sent.mentions.append(Mention(m.start, end, forces, EntityType.ORGANIZATION))
                    if (forces, m.entity) not in sent.parts and forces not in self.gaz:
                        sent.parts.append((forces, m.entity))
                    continue
            # but "officials in Washington", "the authorities in Kyiv": the state they speak for
            seated = low[m.start - 1 : m.start] == ["in"] and m.start > 1 and low[m.start - 2] in _SEATED
            # "in Yemen", "in the Republic of Azerbaijan", "in south Lebanon"
            before = (
                m.start
                - 1
                - (m.start > 1 and (low[m.start - 1] in _COMPASS_OR_THE or low[m.start - 1] in _NEIGHBOURING))
            )  # "in south Lebanon", "in neighbouring Afghanistan"
            if (
                before >= 0
                and low[before] in {"in", "inside", "within", "across", "near", "throughout"}
                and not seated
            ):
                m.role = "place"
                for other in _listed_after(sent, m):
                    other.role = "place"  # "positions in Iraq and Syria": both places
            if m.type == EntityType.COUNTRY and low[m.end : m.end + 1] in (
                ["territory"],
                ["soil"],
                ["airspace"],
            ):
                m.role = "place"  # "fired missiles into Saudi territory": where, not who
            k = m.end + (low[m.end : m.end + 1] in (["’s"], ["'s"]))
            if m.type == EntityType.COUNTRY and low[k : k + 1] and low[k] in _OTHERS:
                m.role = "place"  # "boats operated by US allies", "Russia's partners": others, not the state

    def _un_mission(self, sent: Sentence, un: Mention, ctx: _Context) -> Mention | None:
        """ "Iran's UN ambassador": the mission of that state to the United Nations."""
        if un.start < 2 or sent.lower[un.start - 1] not in {"’s", "'s"}:
            return None
        state = sent.mention_at(un.start - 2)
        return self._posted_body(ctx, state, un, "ambassador") if state is not None else None

    def _voices(self, sent: Sentence) -> None:
        """ "A spokesperson for the Russian embassy denied ...", "an official at the ministry said":
        an unnamed voice speaks for the body or state it is of (when no name follows)."""
        low = sent.lower
        for k in [k for k, x in enumerate(low) if x in _VOICE_WORDS]:
            if k == 0 or sent.mention_at(k) is not None:
                continue
            start = k - 1 - (low[k - 1] in {"senior", "top", "chief"})
            if low[start] not in {"a", "an"} or low[k + 1 : k + 2] not in (["for"], ["of"], ["at"]):
                continue
            at = k + 2 + (low[k + 2 : k + 3] == ["the"])
            body = sent.mention_at(at)
            if body is None or body.start not in (k + 2, at) or body.type == EntityType.PERSON:
                continue
            if body.role != "actor" or (
                low[body.end : body.end + 1] == [","]
                and body.end + 1 < len(low)
                and _NAME_TOKEN.match(sent.words[body.end + 1])
            ):
                continue  # "a spokesman for the ministry, Ali Rezaei": the name speaks
            sent.mentions.remove(body)
            sent.mentions.append(Mention(start, body.end, body.entity, body.type))
        sent.mentions.sort(key=lambda m: m.start)

    def _committees(self, sent: Sentence, ctx: _Context) -> None:
        """ "the Russian parliament's defence committee": a committee of that parliament."""
        low = sent.lower
        for m in list(sent.mentions):
            spec = self.gaz.get(m.entity) or ctx.new.get(m.entity)
            if spec is None or spec.kind != "parliament" or low[m.end : m.end + 1] not in (["’s"], ["'s"]):
                continue
            end = next(
                (k + 1 for k in range(m.end + 1, min(len(low), m.end + 6)) if low[k] == "committee"), None
            )
            words = low[m.end + 1 : end] if end else []
            if not words or any(not x.isalpha() for x in words) or sent.mention_at(m.end + 1):
                continue
            name = " ".join(x.capitalize() for x in words)
            committee = self._body(
                ctx,
                f"{m.entity}-{slugify(' '.join(words))}",
                f"{name} of {spec.name}",
                "parliamentary-committee",
                spec.country,
            )
            self._replace(sent, m.start, end, committee, m.entity)

    def _own_name(self, sent: Sentence, m: Mention) -> bool:
        """Whether a state is named by its own name ("Ethiopia"), not its adjective ("Ethiopian")."""
        spec = self.gaz.get(m.entity)
        return spec is not None and " ".join(sent.lower[m.start : m.end]) == spec.name.lower()

    def _demonym(self, state: str) -> str | None:
        """The adjective of a state among its aliases ("Syrian" for Syria), if the tables give one."""
        return demonym(self.gaz, state)

    def _group(self, ctx: _Context, state: str, named: list[str], nouns: list[str]) -> str:
        """The id of a state's irregular group: "Syrian rebels", also when told "Syria insurgents"
        or "rebels in Syria" (rebels and insurgents are one group; others keep their noun)."""
        # "armed groups" are any of the state's groups, not the one whose name has "armed" in it
        known = self._known_group(state, nouns[0]) if nouns and nouns[0] != "armed" else None
        if known is None and len(nouns) > 1 and nouns[-1] in _REBELS:
            known = self._known_group(state, "rebels")  # "Shiite insurgents in Yemen" are the Houthis too
        if known is not None:
            return known  # "Sudanese paramilitary forces" are the RSF, "Yemeni rebels" the Houthis
        demonym = self._demonym(state)
        if nouns[:1] and nouns[0] in _REBELS:
            # "Syrian rebel groups", "rebel forces in Syria", "Syrian rebel fighters": the rebels
            nouns = ["rebels", *(n for n in nouns[1:] if n not in _GROUP_NOUNS)]
        nouns = ["militias" if n == "militia" else n for n in nouns]  # "militia groups" are militias
        name = " ".join([demonym or " ".join(named), *nouns])
        group = slugify(name)
        if group not in self.gaz and group not in ctx.new:
            ctx.new[group] = EntitySpec(
                id=group, type=EntityType.ORGANIZATION, name=name, kind="armed-group", country=state
            )
            ctx.armed.add(group)
        return group

    def _known_group(self, state: str, noun: str) -> str | None:
        """The one armed group of ``state`` the gazetteer calls by ``noun`` ("Houthi rebels",
        "paramilitary Rapid Support Forces"), if exactly one is."""
        key = (state, noun)
        if key not in self._groups_by_noun:
            found = {
                e.id
                for e in self.gaz
                if e.type == EntityType.ORGANIZATION
                and e.kind == "armed-group"
                and e.country == state
                and any(noun in n.lower().split() for n in [e.name, *e.aliases])
            }
            self._groups_by_noun[key] = found.pop() if len(found) == 1 else None
        return self._groups_by_noun[key]

    def _described_groups(self, sent: Sentence, ctx: _Context) -> None:
        """An armed group with what it is before its name is the group: "Shiite Houthi rebels",
        "the Iran-backed Hezbollah", "pro-Russian Wagner" (the backer is no party of the sentence)."""
        low = sent.lower
        for m in sent.mentions:
            if m.start == 0 or (
                low[m.start - 1] not in _DESCRIPTORS
                and low[m.start - 1] not in _BACKED
                and low[max(0, m.start - 3) : m.start - 1] != ["pro", "-"]
            ):
                continue
            spec = self.gaz.get(m.entity) or ctx.new.get(m.entity)
            if spec is None or spec.kind != "armed-group":
                continue
            k = m.start
            while k > 0:
                if low[k - 1] in _DESCRIPTORS:
                    k -= 1
                elif k > 2 and low[k - 1] in _BACKED and low[k - 2] == "-" and (x := sent.mention_at(k - 3)):
                    sent.mentions.remove(x)  # "Iran-backed": Iran is named as the backer, not a party
                    k = x.start
                elif k > 2 and low[k - 3] == "pro" and low[k - 2] == "-" and (x := sent.mention_at(k - 1)):
                    sent.mentions.remove(x)
                    k -= 3
                else:
                    break
            m.start = k

    def _loyal_forces(self, sent: Sentence) -> None:
        """ "forces loyal to warlord Haftar", "militias loyal to Libyan strongman Khalifa Haftar": the
        armed group the gazetteer knows as that leader's forces ("Haftar's forces")."""
        low = sent.lower
        for k in range(1, len(low) - 2):
            if low[k : k + 2] != ["loyal", "to"] or low[k - 1] not in _LOYAL_BODIES:
                continue
            leader = next(
                (m for m in sent.mentions if k + 2 <= m.start <= k + 6 and m.type == EntityType.PERSON), None
            )
            if leader is None or any(
                not low[j].isalpha() or low[j] == "and" for j in range(k + 2, leader.start)
            ):
                continue
            surname = sent.words[leader.end - 1]
            group = next((g for g in self.gaz.find(f"{surname}'s forces") if g.kind == "armed-group"), None)
            if group is not None:
                self._replace(sent, k - 1, leader.end, group.id, group.country or "")

    def _group_named_before(self, sent: Sentence, m: Mention, ctx: _Context) -> tuple[str, int] | None:
        """The one armed group of the state ``m`` names that the article named before, when ``m`` is
        only its description ("the Palestinian movement", "the Lebanese militant group"): the group,
        and where its description ends."""
        low = sent.lower
        if m.start == 0 or low[m.start - 1] != "the":
            return None
        k = m.end
        while k < len(low) and low[k] in _DESCRIPTORS:
            k += 1
        if k >= len(low) or low[k] not in _GROUP_REFERENCES or sent.mention_at(k + 1) is not None:
            return None  # "the Lebanese group Hezbollah" names it itself
        # named before it in the same sentence too: "Hezbollah's leader said the Lebanese group"
        before = {x.entity for x in sent.mentions if x.end <= m.start}
        groups = {
            e
            for e in ctx.named | before
            if (spec := self.gaz.get(e) or ctx.new.get(e)) is not None
            and spec.kind == "armed-group"
            and spec.country == m.entity
        }
        return (groups.pop(), k + 1) if len(groups) == 1 else None

    def _rebels_of(self, sent: Sentence, ctx: _Context) -> None:
        """ "rebels fighting Libyan Moamer Kadhafi's regime", "rebels in Syria": the state's rebels."""
        low = sent.lower
        for k in _positions(low, sent.vocab & (_PLACED | _PRESS | {"armed"})):
            word = low[k]
            if word == "armed" and low[k + 1 : k + 2] not in (["groups"], ["group"]):
                continue  # "armed groups in Myanmar" are Myanmar's armed groups; "armed" alone is no group
            # "rebel forces in eastern Libya": the rebels, with what they are
            noun = k + (
                (word in _REBELS or word in {"militia", "armed"})
                and low[k + 1 : k + 2] != []
                and low[k + 1] in _GROUP_NOUNS
            )  # "militia groups in Iraq" too
            if sent.mention_at(k):
                continue
            sect = next((_sect(low[j]) for j in range(k - 1, max(-1, k - 3), -1) if low[j] in _SECTS), None)
            if low[noun + 1 : noun + 2] not in (["fighting"], ["in"]) or (
                word in _PRESS and low[k + 1] != "in"
            ):
                if sect and word in {"militia", "militias"}:
                    # "Shiite militia groups" again: the sect's militias the article placed before
                    named = [g for g in ctx.armed if g.endswith(f"-{sect}-militias")]
                    if len(named) == 1:
                        sent.mentions.append(Mention(k, noun + 1, named[0], EntityType.ORGANIZATION))
                continue
            if low[k - 1 : k] == ["the"] and "armed-group" in ctx.last_by_kind:
                continue  # "the rebels in Yemen": the ones the article named, read as a reference back
            # "rebels in neighboring Colombia", but "rebels fighting South Sudan"
            at = (
                noun
                + 2
                + bool(
                    low[noun + 2 : noun + 3] and low[noun + 2] in _REGIONS and not sent.mention_at(noun + 2)
                )
            )
            state = sent.mention_at(at)
            if state is None or state.type != EntityType.COUNTRY or state.start != at:
                continue
            if word in _PRESS:
                # "according to local media in Pakistan": the press of that state, a source of its own
                name = f"{self._demonym(state.entity) or sent.words[state.start]} {word}"
                group = self._body(ctx, slugify(name), name, "media", state.entity)
            else:
                # "Shiite militias in Iraq", "Shiite Muslim militias": the Iraqi Shiite militias
                nouns = (
                    [sect.capitalize(), word] if sect else low[k : noun + 1] if word == "armed" else [word]
                )
                sects = [
                    g
                    for g in ctx.armed
                    if g.endswith("-militias")
                    and (spec := self.gaz.get(g) or ctx.new.get(g)) is not None
                    and spec.country == state.entity
                ]
                if not sect and word in {"militia", "militias"} and len(sects) == 1:
                    group = sects[0]  # "Shiite militias in Iraq ... militias in Iraq": the ones named before
                else:
                    group = self._group(ctx, state.entity, sent.words[state.start : state.end], nouns)
            sent.mentions.append(Mention(k, noun + 1, group, EntityType.ORGANIZATION))
            if low[noun + 1] == "in":
                state.role = "place"
        sent.mentions.sort(key=lambda m: m.start)

    def _replace(self, sent: Sentence, start: int, end: int, body: str, state: str) -> None:
        """Put a state's body in place of the tokens ``start:end`` that name it."""
        sent.mentions = [x for x in sent.mentions if not (x.start < end and x.end > start)]
        sent.mentions.append(Mention(start, end, body, EntityType.ORGANIZATION))
        if (body, state) not in sent.parts and body not in self.gaz:
            sent.parts.append((body, state))

    # --- references back -----------------------------------------------------

    def _it_speaks(self, sent: Sentence, ctx: _Context) -> None:
        """ "The EU said ... It warned new sanctions could follow", "..., it said.": the body that
        spoke last (an "it" opening the sentence, or after a comma or a closing quote)."""
        low = sent.lower
        body = ctx.last_speaking_body
        spec = self.gaz.get(body) or ctx.new.get(body)
        found = False
        for i in [k for k, x in enumerate(low) if x == "it"]:
            if i and low[i - 1] not in {",", "”", '"'}:
                continue
            verb = low[i + 1 : i + 2]
            if not verb or sent.mention_at(i) is not None:
                continue
            if verb[0] in _IT_SPEAKS or (
                verb[0] in {"also", "has", "had"} and low[i + 2 : i + 3] and low[i + 2] in _IT_SPEAKS
            ):
                sent.mentions.append(Mention(i, i + 1, body, spec.type if spec else EntityType.ORGANIZATION))
                found = True
        if found:
            sent.mentions.sort(key=lambda m: m.start)

    def _references(self, sent: Sentence, ctx: _Context) -> None:
        low, w = sent.lower, sent.words
        if ctx.last_speaking_body is not None and "it" in sent.vocab:
            self._it_speaks(sent, ctx)
        if "them" in sent.vocab:
            self._them(sent, ctx)
        if ctx.last_subject is not None and low[0] in {"it", "they"} and not sent.mention_at(0):
            self._opening_pronoun(sent, ctx)
        for i in [k for k, x in enumerate(low) if x in {"he", "she", "the", "her", "him", "this"}]:
            word = low[i]
            if sent.mention_at(i):
                continue
            if word in {"her", "him"} and not (i and low[i - 1] == "to" and ctx.last_person):
                continue  # only "according to her", "told him": "her ministry" is no reference
            if ctx.last_voice is not None and (
                word in {"he", "she"}
                or (
                    word == "the"
                    and low[i + 1 : i + 2]
                    and low[i + 1] in _DEF_PERSON
                    and not sent.mention_at(i + 1)
                )
            ):
                # "a North Korean Foreign Ministry spokesman said ... He slammed ...", "the diplomat said":
                # the unnamed speaker, who speaks for their body
                spec = self.gaz.get(ctx.last_voice) or ctx.new.get(ctx.last_voice)
                end = i + 1 + (word == "the")
                sent.mentions.append(
                    Mention(i, end, ctx.last_voice, spec.type if spec else EntityType.ORGANIZATION)
                )
                continue
            if word in {"he", "she", "her", "him"} and ctx.last_person:
                # a sentence opening with "He" goes on about the last sentence's subject, not whoever
                # it named last ("Wallace confirmed that he and Rishi Sunak had agreed ... He told MPs")
                opening = word in {"he", "she"} and (i == 0 or low[i - 1] in {"“", '"'})
                person = (ctx.subject_person if opening else None) or ctx.last_person
                sent.mentions.append(Mention(i, i + 1, person, EntityType.PERSON))
                continue
            if word not in {"the", "this"} or i + 1 >= len(low):
                continue
            if word == "this" and low[i + 1] not in _COUNTRY_NOUNS:
                continue  # "to this country": the country, as "the country" is; no other "this"
            j = i + 1
            if "ngo" in ctx.last_by_kind and (end := _watchdog_end(low, j)) is not None:
                # "Amnesty International ... The London-based rights group said": the NGO named last
                self._refer(sent, i, end, ctx.last_by_kind["ngo"], EntityType.ORGANIZATION)
                continue
            state = None
            if (m := sent.mention_at(j)) and m.type == EntityType.COUNTRY and m.end < len(low):
                state, j = m, m.end
            if j >= len(low) or sent.mention_at(j):
                continue
            if state is None and low[j] in _UNNAMED_FIRST and self._unnamed_body(sent, i, j, ctx):
                continue
            noun = low[j]
            if (
                ctx.junta
                and state is None
                and (n := _junta_at(low, j))
                and not sent.mention_at(n - 1)
                and (n >= len(low) or low[n] not in _TITLED)  # "the junta chief": a person
            ):
                self._refer(sent, i, n, ctx.junta, EntityType.COUNTRY)  # "the military regime"
                continue
            if i >= 2 and low[i - 1] == "," and (p := sent.mention_at(i - 2)) and p.type == EntityType.PERSON:
                continue  # "Carlos Ruiz, the spokesperson of ...": an apposition, not a reference back
            if (
                noun not in _DEF_PERSON
                and low[j + 1 : j + 2]
                and low[j + 1] in _TITLED
                and not sent.mention_at(j + 1)
                and w[j].isalpha()
                and w[j].islower()
            ):
                j, noun = j + 1, "official"  # "the junta chief", "the army commander": one who heads a body
            if (
                noun in _DEF_PERSON
                and ctx.last_person
                and j + 1 < len(low)
                and not _NAME_TOKEN.match(w[j + 1])
            ):
                if noun == "official" and _leads(ctx, ctx.last_person):
                    continue  # "... that President Joe Biden approved, said the U.S. official. The official
                    # would not say": an official, not the president the quotation named
                if noun in {"president", "ambassador", "envoy"} and _titled_otherwise(
                    ctx, ctx.last_person, noun
                ):
                    # "Vice President Mike Pence ... the American president said", "Defense Secretary
                    # Lloyd Austin ... the U.S. ambassador said": not him
                    continue
                spec = self.gaz.get(ctx.last_person) or ctx.new.get(ctx.last_person)
                if state is None or spec is None or spec.country in (None, state.entity):
                    self._refer(sent, i, j + 1, ctx.last_person, EntityType.PERSON)
                continue
            if noun == "officials" and state is None and ctx.last_officials is not None:
                # "US officials said ... The officials added": the same state's officials
                self._refer(sent, i, j + 1, ctx.last_officials, EntityType.COUNTRY)
                continue
            if noun in {"military", "army"} and low[j + 1 : j + 2] and low[j + 1] in _IT_SPEAKS:
                # "the military said": the armed forces named last (never "the military aid")
                earlier = ctx.last_by_kind.get("armed-forces")
                if earlier and (state is None or self._country(earlier, ctx) == state.entity):
                    self._refer(sent, i, j + 1, earlier, EntityType.ORGANIZATION)
                continue
            if noun in _DESCRIPTORS and j + 1 < len(low) and low[j + 1] in _DEF_KIND:
                j, noun = j + 1, low[j + 1]  # "the paramilitary group", "the rebel movement"
            if noun in _DEF_KIND:
                # "the ministry", "the Iranian agency" (when the agency last named is Iran's)
                if (
                    state is None
                    and "armed-group" in _DEF_KIND[noun]
                    and (earlier := self._last_group_before(sent, i, ctx))
                ):
                    # "support for the Houthis, but denies sending weapons to the rebel group": the
                    # group this sentence named
                    self._refer(sent, i, j + 1, earlier, EntityType.ORGANIZATION)
                    continue
                for kind in _DEF_KIND[noun]:
                    earlier = ctx.last_by_kind.get(kind)
                    if earlier and (state is None or self._country(earlier, ctx) == state.entity):
                        self._refer(sent, i, j + 1, earlier, EntityType.ORGANIZATION)
                        break
                continue
            if state is None and (
                noun == "statement"
                or (
                    noun in _WRITINGS
                    and (
                        # "the report said", "the report further noted"
                        (low[j + 1 : j + 2] and low[j + 1] in _WRITING_SAYS)
                        or (
                            low[j + 1 : j + 2]
                            and low[j + 1] in _WRITING_ADVERBS
                            and low[j + 2 : j + 3]
                            and low[j + 2] in _WRITING_SAYS
                        )
                        or low[i - 2 : i] == ["according", "to"]
                    )
                )
            ):
                # Resolved by the rules, which know who made the last statement: "the report said",
                # "according to the review"
                sent.mentions.append(Mention(i, j + 1, STATEMENT, EntityType.ORGANIZATION))
                continue
            region = self._region(low, j) if noun != "country" else None
            if noun != "country" and state is None:
                # "the West African country", "the war-torn country": the country all the same
                k = j
                while (
                    k < min(len(low), j + 4)
                    and (w[k][:1].isupper() or low[k] in _COUNTRY_ADJ)
                    and not (sent.mention_at(k))
                ):
                    k += 1
                if k > j and low[k : k + 1] and low[k] in _COUNTRY_NOUNS:
                    j, noun = k, "country"  # "the Balkan state", "the island nation"
            if noun == "country" and state is None:
                named = [
                    m
                    for m in sent.mentions
                    if m.end <= i
                    and m.role == "actor"
                    and (m.type == EntityType.COUNTRY or self._speaks_for_state(m.entity, ctx))
                    and low[m.end : m.end + 1] != ["said"]
                    and not (m.end < len(low) and low[m.end] in _SPEAKING)
                ]
                # "the US said the country ...": never the speaker; "Egyptian armed forces ..., the
                # country's spokesman": the state of a body named
                named = [
                    m
                    if m.type == EntityType.COUNTRY
                    else Mention(m.start, m.end, self._country(m.entity, ctx), EntityType.COUNTRY)
                    for m in named
                ]
                # "Serbia is not supplying weapons to Ukraine or Russia, the country's president said":
                # the country is the one the sentence is about, not one after a preposition
                subjects = [m for m in named if m.start == 0 or low[m.start - 1] not in _OBJECT_WORDS]
                if low[i - 1 : i] == ["it"] and len(subjects) < len(named):
                    # "Israel sold arms to Azerbaijan, making it the country's second biggest supplier":
                    # "it" is the subject, so the country is the other one
                    subjects = [m for m in named if m not in subjects]
                here = [m.entity for m in subjects or named]
                if region is not None:
                    # "the Scandinavian country": one of the states of that region named before, or none
                    here = [e for e in here if e in region]
                    if not here and ctx.last_country not in region:
                        here = sorted(e for e in ctx.named if e in region)[:1]
                        if not here:
                            continue
                if here or ctx.last_country:
                    state = here[-1] if here else ctx.last_country
                    if (
                        i > 0
                        and low[i - 1] in {"to", "for", "into"}
                        and ctx.last_country not in (None, *here)
                        and (region is None or ctx.last_country in region)
                    ):
                        # "India delivered missiles to the island nation": the one it delivers to, named before
                        state = ctx.last_country
                    if low[j + 1 : j + 2] in (["’s"], ["'s"]):
                        role_end, role = self._role_at(low, j + 2)
                        if role is not None and (person := ctx.titled.get((state, *role))) is not None:
                            # "the country's president said", after "Serbian President Aleksandar Vucic"
                            self._refer(sent, i, role_end, person, EntityType.PERSON)
                            continue
                    self._refer(sent, i, j + 1, state, EntityType.COUNTRY)
                    self._own_body(sent, j + 1, state, ctx)
                continue
            if w[j] == "North" and "north-korea" in ctx.named:
                self._refer(sent, i, j + 1, "north-korea", EntityType.COUNTRY)
                continue
            for n in (3, 2, 1) if w[j][:1].isupper() else ():
                tail = " ".join(low[j : j + n])
                if j + n <= len(low) and tail in ctx.tails:
                    entity = ctx.tails[tail]
                    self._refer(sent, i, j + n, entity, None)
                    break
        if not ctx.surnames:
            return
        for i, word in enumerate(w):
            if i + 2 < len(w) and w[i + 1] == "-" and f"{word}-{w[i + 2]}" in ctx.surnames:
                if not sent.mention_at(i):  # a hyphenated surname, three tokens: "Jean-Pierre said"
                    sent.mentions.append(
                        Mention(i, i + 3, ctx.surnames[f"{word}-{w[i + 2]}"], EntityType.PERSON)
                    )
            elif word in ctx.surnames and not sent.mention_at(i):
                sent.mentions.append(Mention(i, i + 1, ctx.surnames[word], EntityType.PERSON))
            elif (
                word in ctx.given
                and not sent.mention_at(i)
                and low[i + 1 : i + 2]
                and low[i + 1] in _SPEAKING
                and (i + 1 == len(w) or not w[i + 1][:1].isupper())
            ):
                # "..., Najib told a news conference" after "Defence Minister Najib Razak"
                sent.mentions.append(Mention(i, i + 1, ctx.given[word], EntityType.PERSON))

    def _unnamed_body(self, sent: Sentence, i: int, j: int, ctx: _Context) -> bool:
        """ "the defence ministry", "the air force", "the embassy" in lower case with no state: the
        body of that name named before, or a state's body whose state the article implies (see
        ``_place_bodies``)."""
        low = sent.lower
        if (ministry := _ministry_at(low, j)) is not None:
            end, words, kind = ministry[0], [ministry[1], "ministry"], "ministry"
        elif (lower_body := _lower_body_at(low, j)) is not None:
            end, words, kind = lower_body
        else:
            return False
        slug = "-".join(words)
        earlier = ctx.last_by_kind.get(kind)
        if earlier is not None and earlier.endswith(slug):
            entity = earlier  # "Russia's defence ministry said ... the defence ministry added"
        else:
            entity = slug
            if slug not in ctx.new and slug not in self.gaz:
                name = " ".join(x.capitalize() for x in words)
                ctx.new[slug] = EntitySpec(id=slug, type=EntityType.ORGANIZATION, name=name, kind=kind)
                ctx.stateless.setdefault(slug, name.split())
        self._refer(sent, i, end, entity, EntityType.ORGANIZATION)
        return True

    def _own_body(self, sent: Sentence, k: int, state: str, ctx: _Context) -> None:
        """ "the country's Security Council": the state's own council, not the UN's."""
        if sent.lower[k : k + 1] not in (["’s"], ["'s"]) or (m := sent.mention_at(k + 1)) is None:
            return
        if m.start != k + 1 or not self._international(m.entity):
            return
        words = sent.words[m.start : m.end]
        name = f"{' '.join(words)} of {self.gaz[state].name if state in self.gaz else state}"
        body = self._body(ctx, f"{state}-{_body_slug(words)}", name, "government-office", state)
        self._replace(sent, m.start, m.end, body, state)

    def _late_titles(self, sent: Sentence, spaced: list[bool], ctx: _Context) -> None:
        """ "The secretary of the country's Security Council, Armen Grigorian,": a title whose body
        only a reference back names, read once the reference is resolved."""
        low = sent.lower
        for i in [k for k, x in enumerate(low) if x in self._role_first] if ctx.late_titles else ():
            role_end, role = self._role_at(low, i)
            if role is None or low[role_end : role_end + 1] != ["of"]:
                continue
            k = role_end + 1 + (low[role_end + 1 : role_end + 2] == ["the"])
            body = sent.mention_at(k)
            if (
                body is not None
                and body.type == EntityType.COUNTRY
                and low[body.end : body.end + 1] in (["’s"], ["'s"])
            ):
                body = sent.mention_at(body.end + 1) or body
            if body is None or body.type == EntityType.PERSON or low[body.end : body.end + 1] != [","]:
                continue
            person = self._name_at(sent, body.end + 1, spaced, ctx)
            if person is not None and person.type == EntityType.PERSON:
                self._member(sent, ctx, person, body, *role)
        if ctx.late_appositions and not sent.members:
            self._appositions(sent, spaced, ctx)  # "Younes, the commander of the rebels in Libya,"
        ctx.late_titles = ctx.late_appositions = False

    def _opening_pronoun(self, sent: Sentence, ctx: _Context) -> None:
        """ "It has also sent drones to Sudan" after "Iran is under sanctions.", "They received the
        missiles from Iran" after "The Houthis fired missiles": the last sentence's subject, when the
        pronoun does something to arms (not "It is unclear whether ...")."""
        low = sent.lower
        entity, plural = ctx.last_subject
        if _PRONOUN_ACTS.isdisjoint(low[1:5]) or (low[0] == "they") != plural:
            return
        spec = self.gaz.get(entity) or ctx.new.get(entity)
        sent.mentions.append(Mention(0, 1, entity, spec.type if spec else EntityType.ORGANIZATION))

    def _them(self, sent: Sentence, ctx: _Context) -> None:
        """ "Italy will supply them with weapons" after "the rebels want arms": the armed group named
        last, in the sentence or the one before (a state or a person is "it", "him", "her")."""
        low = sent.lower
        for i in [k for k, x in enumerate(low) if x == "them"]:
            near = range(max(0, i - 4), i)
            if any(
                low[j] in _ARMS_NOUNS or getattr(sent.mention_at(j), "role", None) == "weapon" for j in near
            ):
                continue  # "we have no weapons to give them": the arms
            earlier = [
                m.entity
                for m in sent.mentions
                if m.end <= i and m.role == "actor" and self._armed_group(m.entity, ctx)
            ]
            if earlier:
                group = earlier[-1]
            elif ctx.last_armed is not None and ctx.read - ctx.last_armed[1] <= 1:
                group = ctx.last_armed[0]
            else:
                continue
            sent.mentions.append(Mention(i, i + 1, group, EntityType.ORGANIZATION))

    def _armed_group(self, entity_id: str, ctx: _Context) -> bool:
        return entity_id in self._armed or entity_id in ctx.armed

    def _own_states(self, sent: Sentence, ctx: _Context) -> None:
        """ "Iran's President Masoud Pezeshkian said his government had not transferred any weapons",
        "Araghchi said his country ...": the state of the person named last before it."""
        low = sent.lower
        for i in [
            k for k, x in enumerate(low[:-1]) if x in {"his", "her"} and low[k + 1] in _OWN_STATE_NOUNS
        ]:
            if sent.mention_at(i) or sent.mention_at(i + 1):
                continue
            owner = next(
                (m for m in reversed(sent.mentions) if m.end <= i and m.type == EntityType.PERSON), None
            )
            state = self._country(owner.entity, ctx) if owner is not None else None
            if state is not None:
                sent.mentions.append(Mention(i, i + 2, state, EntityType.COUNTRY))

    def _last_group_before(self, sent: Sentence, i: int, ctx: _Context) -> str | None:
        """The armed group this sentence named last before token ``i``, if any."""
        return next(
            (
                m.entity
                for m in reversed(sent.mentions)
                if m.end <= i and m.role == "actor" and self._armed_group(m.entity, ctx)
            ),
            None,
        )

    def _speaks_for_state(self, entity_id: str, ctx: _Context) -> bool:
        """Whether the entity is a state's body or official ("Egyptian armed forces"), not a group
        or company of it ("instructors from Wagner had begun training the country's forces")."""
        spec = self.gaz.get(entity_id) or ctx.new.get(entity_id)
        return spec is not None and spec.country is not None and spec.kind not in {"armed-group", "company"}

    def _country(self, entity_id: str, ctx: _Context) -> str | None:
        spec = self.gaz.get(entity_id) or ctx.new.get(entity_id)
        return spec.country if spec is not None else None

    def _refer(self, sent: Sentence, s: int, e: int, entity: str, etype: EntityType | None) -> None:
        spec = self.gaz.get(entity)
        etype = etype or (spec.type if spec else EntityType.ORGANIZATION)
        sent.mentions = [m for m in sent.mentions if not (m.start >= s and m.end <= e)]
        sent.mentions.append(Mention(s, e, entity, etype))

    def _remember(self, sent: Sentence, ctx: _Context) -> None:
        ctx.read += 1
        w = sent.words
        for k in range(len(w) - 2 if "," in sent.vocab else 0):
            if (
                w[k + 2] == ","
                and all(_NAME_TOKEN.match(x) and x not in _NOT_NAMES for x in w[k : k + 2])
                and not (k and _NAME_TOKEN.match(w[k - 1]))
                and sent.mention_at(k) is None
                and sent.mention_at(k + 1) is None
            ):
                ctx.full_names.setdefault(w[k + 1], f"{w[k]} {w[k + 1]}")
        opening = sent.mentions[0] if sent.mentions else None
        if (
            opening is not None
            and opening.start <= 1
            and opening.role == "actor"
            and opening.type != EntityType.PERSON
        ):
            plural = sent.lower[opening.end - 1].endswith("s") and self._armed_group(opening.entity, ctx)
            ctx.last_subject = (opening.entity, plural)
        elif ctx.last_subject is not None and sent.lower[0] not in {"it", "they"}:
            ctx.last_subject = None  # a sentence about someone else: "it" is no longer the subject
        armed, new_armed = self._armed, ctx.armed
        for m in reversed(sent.mentions):
            if (m.entity in armed or m.entity in new_armed) and m.role == "actor":
                ctx.last_armed = (m.entity, ctx.read)
                break
        people = [m for m in sent.mentions if m.type == EntityType.PERSON and m.role == "actor"]
        ctx.subject_person = people[0].entity if people and people[0].start <= 5 else None
        for m in sent.mentions:
            if m.role not in {"actor", "place"}:
                continue
            ctx.named.add(m.entity)
            spec = self.gaz.get(m.entity) or ctx.new.get(m.entity)
            if m.type == EntityType.COUNTRY and sent.lower[m.end : m.end + 1] == ["officials"]:
                ctx.last_officials = m.entity
            verb = m.end + 3 * (
                sent.lower[m.end : m.end + 1] == ["("] and sent.lower[m.end + 2 : m.end + 3] == [")"]
            )
            if (
                m.type != EntityType.PERSON
                and m.role == "actor"
                and verb < len(sent.lower)
                and sent.lower[verb] in _IT_SPEAKS
            ):
                # "Central Command said", "Central Command (CENTCOM) revealed": for "it said" next
                ctx.last_speaking_body = m.entity
            elif (
                spec is not None
                and spec.kind in {"media", "ngo"}
                and m.role == "actor"
                and not _PUBLISHING.isdisjoint(sent.vocab)
                and _publisher(sent, m)
            ):
                # "That was first reported in the Tokyo Shimbun. It had said ...", "Amnesty published
                # a report on Friday. It said ...": the outlet or group that published
                ctx.last_speaking_body = m.entity
            if m.type == EntityType.PERSON:
                ctx.last_voice = None
                ctx.last_person = m.entity
                if spec is not None and len(spec.name.split()) > 1:
                    # a known person's surname, for misspellings of it later ("Peksov" for Peskov)
                    ctx.surnames.setdefault(spec.name.split()[-1], m.entity)
                    if (family := spec.name.split()[0]) in _FAMILY_FIRST:
                        ctx.surnames.setdefault(family, m.entity)  # "Hua said" after "Hua Chunying"
            elif m.type == EntityType.COUNTRY and m.role == "actor":
                ctx.last_country = m.entity
            elif m.type == EntityType.ORGANIZATION and spec is not None:
                if _unnamed_voice(sent, m):
                    ctx.last_voice = m.entity
                if spec.kind:
                    ctx.last_by_kind[spec.kind] = m.entity
                    if spec.kind in {"ministry", "agency", "armed-forces", "government-office"}:
                        ctx.last_body = m.entity
                    if spec.kind in {"agency"}:
                        ctx.last_by_kind.setdefault("media", m.entity)
                for tail in self._name_tails(spec):
                    ctx.tails[tail] = m.entity

    def _name_tails(self, spec: EntitySpec) -> list[str]:
        """The last one to three capitalised words of an organisation's names ("the Journal")."""
        if spec.id not in self._tails or spec.id not in self.gaz:
            tails = []
            for name in [spec.name, *spec.aliases]:
                words = name.removeprefix("The ").split()
                for n in (1, 2, 3):
                    if len(words) > n and words[-n][:1].isupper():
                        tails.append(" ".join(words[-n:]).lower())
            if spec.id not in self.gaz:
                return tails  # a new entity: its spec may still change within the document
            self._tails[spec.id] = tails
        return self._tails[spec.id]


# Words near "in <capital>" that make it where a speaker spoke ("told a news conference in Tehran").
_SEAT_CUES = frozenset(
    [*_SPEAKING, "conference", "briefing", "reporters", "statement", "interview", "journalists", "press"]
)


def _seat(sent: Sentence) -> str | None:
    """The state a sentence speaks from: "In Rome, a spokesman said", "told reporters in Moscow"."""
    low = sent.lower
    for m in sent.mentions:
        if m.type != EntityType.COUNTRY or m.role != "place" or m.start == 0 or low[m.start - 1] != "in":
            continue
        if (m.start == 1 and low[m.end : m.end + 1] == [","]) or not _SEAT_CUES.isdisjoint(
            low[max(0, m.start - 5) : m.start - 1]
        ):
            return m.entity
    return None


def _main_state(sentences: list[Sentence]) -> str | None:
    """The state an article is about: the one its lede opens with ("Germany has halted arms exports
    to Israel"), else the one it names most often as an actor or a place (the first, on a tie)."""
    lede = next((s for s in sentences if len(s.words) > 5), None)
    if lede is not None:
        opening = next(
            # "the former Soviet republic of Belarus said": the republic's state, not the union's
            (m for m in lede.mentions if m.role == "actor" and lede.lower[m.end : m.end + 1] != ["republic"]),
            None,
        )
        if (
            opening is not None
            and opening.type == EntityType.COUNTRY
            and opening.start < 8
            and _OBJECT_PREPOSITIONS.isdisjoint(lede.lower[: opening.start])
        ):
            return opening.entity
    counts: dict[str, int] = {}
    for sent in sentences:
        for m in sent.mentions:
            if m.type == EntityType.COUNTRY and m.role in {"actor", "place"}:
                counts[m.entity] = counts.get(m.entity, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


_DASHES = frozenset(["-", "–", "—"])


def dateline_state(sentences: list[Sentence], gaz: Gazetteer) -> str | None:
    """The state of a dateline among the first sentences: "BISHKEK, Kyrgyzstan (AA) - ...",
    "MOSCOW, Oct 25 (Reuters) - ...", "SEOUL, Oct 4 (Yonhap) --".

    A capitalised place opening a sentence, followed by a comma or a parenthesis: the state named
    by then, or else the state whose capital the place is.
    """
    openers = [
        sent
        for sent in sentences[:4]
        if len(sent.words) > 2
        and sent.words[0].isupper()
        and sent.words[0].isalpha()
        and (sent.words[1] in {",", "("} or (sent.words[1] in _DASHES and len(sent.words[0]) > 2))
    ]  # "MOSCOW, Sept 9 (Reuters) -", "TEHRAN (IRNA) -", "MINSK - ..."
    for sent in openers:
        if sent.words[1] in _DASHES:
            continue  # "MINSK - Ukraine has ...": the state after the dash is the lede's
        state = next((m for m in sent.mentions if m.start <= 2 and m.type == EntityType.COUNTRY), None)
        if state is not None and len(sent.words[0]) > 2:
            return state.entity
    for sent in openers:
        states = [e.id for e in gaz.find(sent.words[0]) if e.type == EntityType.COUNTRY]
        if len(states) == 1:
            return states[0]
    return None


_FLAGGED = (["flagged"], ["registered"])


# what a source named after its state's demonym is: "the Belarusian Hajun monitoring group"
_WATCHDOGS = {
    "group": "ngo",
    "project": "ngo",
    "monitor": "ngo",
    "monitors": "ngo",
    "watchdog": "ngo",
    "website": "media",
    "outlet": "media",
    "newspaper": "media",
    "daily": "media",
    "channel": "media",
}


def _named_watchdog(sent: Sentence, k: int) -> tuple[int, str, str] | None:
    """A source named after a demonym, as (end, name, kind): capitalised words the gazetteer does
    not know, then a word for a monitor or an outlet ("Hajun monitoring group", "Meduza website")."""
    low, words = sent.lower, sent.words
    j = k + (low[k : k + 1] in (["“"], ['"']))
    named = []
    while j < len(low) and len(named) < 3 and words[j][:1].isupper() and not sent.mention_at(j):
        named.append(words[j])
        j += 1
    j += bool(named) and low[j : j + 1] in (["”"], ['"'])
    end = j + (low[j : j + 1] in (["monitoring"], ["news"], ["investigative"], ["opposition"]))
    if not named or end >= len(low) or low[end] not in _WATCHDOGS:
        return None
    return end + 1, " ".join(named), _WATCHDOGS[low[end]]


def _past_described(low: list[str], j: int) -> int:
    """Where a group's name may start after words that say what it is ("group", "Shiite"):
    "the Palestinian militant group Hamas", "Lebanon's militant Shiite Hezbollah group"."""
    start = j
    while (
        j < len(low) and j - start < 2 and (low[j] in _SECTS or low[j] in {"group", "movement", "islamist"})
    ):
        j += 1
    return j


def _listed_after(sent: Sentence, m: Mention) -> list[Mention]:
    """The states listed right after ``m`` ("Iraq, Syria and Libya"), ending in "and" or "or"."""
    low = sent.lower
    out: list[Mention] = []
    k = m.end
    while k + 1 < len(low) and low[k] in {",", "and", "or"}:
        j = k + 1 + (low[k] == "," and low[k + 1] in {"and", "or"})
        nxt = sent.mention_at(j)
        if nxt is None or nxt.start != j or nxt.type != EntityType.COUNTRY:
            return []
        if low[nxt.end : nxt.end + 1] and low[nxt.end] in _CLAUSE_VERBS:
            return []  # "militias in Iraq, and Iran is widely believed to ...": a clause of its own
        out.append(nxt)
        if low[k] in {"and", "or"} or low[k + 1] in {"and", "or"}:
            return out
        k = nxt.end
    return []


def _not_the_state(sent: Sentence, s: int, e: int) -> bool:
    """Whether a state's name at ``s:e`` names no state: a region ("Latin America", "Central
    America", "a Latin American nation"), a currency ("worth US $1 billion", "Hong Kong dollars") or a town named like a
    capital in a province or state ("General Dynamics of London, Ont.", "Moscow, Idaho")."""
    low, words = sent.lower, sent.words
    if e - s == 1 and low[s] in {"america", "american", "americans"} and s and words[s - 1] in _AMERICAS:
        return True  # "Latin America", "the fifth Latin American nation"
    nxt = low[e] if e < len(low) else ""
    if nxt == "$":
        # "worth US $1 billion", "NZ $", but "sold Taiwan $18 billion worth of weapons"
        short = words[s].replace(".", "")
        return e - s == 1 and short.isupper() and len(short) <= 3
    if nxt in {"dollars", "dollar"}:
        return True
    return nxt == "," and e + 1 < len(words) and words[e + 1].rstrip(".") in _PROVINCES


def _flag_states(sent: Sentence) -> None:
    """A state named as a ship's flag ("the Cypriot-flagged vessel", "a Panama-registered ship") is
    where the ship is registered, not a party to what it carries."""
    low = sent.lower
    for m in sent.mentions:
        if m.role == "actor" and low[m.end : m.end + 1] == ["-"] and low[m.end + 1 : m.end + 2] in _FLAGGED:
            m.role = "place"


def _areas(gaz: Gazetteer) -> dict[str, set[str]]:
    """Each region and subregion of the country tables, with the ids of its states."""
    from countryinfo import CountryInfo, CountryNotFoundError

    out: dict[str, set[str]] = {}
    for state in gaz:
        if state.type != EntityType.COUNTRY or not state.iso3:
            continue
        try:
            info = CountryInfo(state.iso3).info()
        except CountryNotFoundError:
            continue
        for area in (info.get("region"), info.get("subregion")):
            if area:
                out.setdefault(area, set()).add(state.id)
    return out


def _english() -> Any:
    """spaCy's blank English pipeline with the tokenizer the rules expect."""
    import spacy
    from spacy.attrs import ORTH

    nlp = spacy.blank("en")
    nlp.tokenizer.token_match = re.compile(rf"\S{{{_LONGEST_TOKEN},}}").fullmatch
    # a curly quotation mark glued to a word ('are“baseless”', 'country“has') is a token of its own;
    # so is a dash after a bracket or a full stop ("(EIRNS)—The U.S. State Department")
    infixes = [*nlp.Defaults.infixes, r"[“”]", r"(?<=[)\].])[—–](?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # a full stop after a designation's letter is the sentence's ("bought the J-10C.", "F-16V."): spaCy
    # keeps a full stop after a capital, for "U.S."
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[0-9][A-Z])\.", r"(?<=[0-9][A-Z]{2})\."]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    for abbr in _ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    return nlp


def _sect(word: str) -> str:
    """The one spelling of a sect word, for one id however the article spells it."""
    return "shiite" if word in {"shi'ite", "shi’ite"} else word


def _without_space_tokens(
    words: list[str], spaced: list[bool], offsets: list[int], found: list[tuple[int, int, int]]
) -> tuple[list[str], list[bool], list[int], list[tuple[int, int, int]]]:
    """The tokens without the runs of spaces spaCy keeps as tokens of their own ("the  nation"),
    so the rules read the words as if single spaces stood between them; the offsets still point
    into the text, so quotes stay verbatim."""
    keep = [k for k, word in enumerate(words) if not word.isspace()]
    index = {k: n for n, k in enumerate(keep)}
    gap = {k - 1 for k, word in enumerate(words) if word.isspace() and k > 0}
    return (
        [words[k] for k in keep],
        [spaced[k] or k in gap for k in keep],
        [offsets[k] for k in keep],
        [(index[s], index[e - 1] + 1, key) for s, e, key in found if s in index and e - 1 in index],
    )


def _outlet_word(word: str) -> bool:
    """A word of an outlet's name: "Tokyo", "Shimbun", "ERR"."""
    return word not in _NOT_NAMES and bool(
        _NAME_TOKEN.match(word) or _ACRONYM.match(word) or _SITE.match(word)
    )


def _name_end(sent: Sentence, start: int, bound: int) -> int:
    """Where the outlet's name that starts at ``start`` ends (before ``bound``): its words, up to
    the first word no name has or a mention already covers."""
    stop = start
    while stop < min(len(sent.words), bound) and _outlet_word(sent.words[stop]) and not sent.mention_at(stop):
        stop += 1
    return stop


def _positions(low: list[str], words: Iterable[str]) -> list[int]:
    """Where ``words`` occur in ``low``, in order (a search in C, not a loop over every token)."""
    out = []
    for word in words:
        k = -1
        while (k := _index(low, word, k + 1)) >= 0:
            out.append(k)
    return sorted(out)


def _index(low: list[str], word: str, start: int) -> int:
    try:
        return low.index(word, start)
    except ValueError:
        return -1


def _junta_at(low: list[str], k: int) -> int:
    """The end of "junta", "regime", "military regime" or "military government" at ``k``, or 0."""
    if low[k : k + 1] and low[k] in _JUNTA:
        return k + 1
    if low[k : k + 1] == ["military"] and low[k + 1 : k + 2] and low[k + 1] in {*_JUNTA, "government"}:
        return k + 2
    return 0


def _next_in_list(low: list[str], k: int) -> int:
    """Where the next name of a list starts after a name ending at ``k`` and its party tag: "Rand
    Paul, R-Ky., and Chris Murphy".

    >>> _next_in_list(["paul", ",", "r", "-", "ky.", ",", "and", "chris", "murphy"], 1)
    7
    """
    if _party_tag(low, k):
        k += 3 + (low[k] in {",", "("})
        k += low[k : k + 1] in ([","], [")"])
    k += low[k : k + 1] == [","]
    return k + (low[k : k + 1] == ["and"])


def _party_tag(low: list[str], k: int) -> bool:
    """Whether an American legislator's party and state follow the name ending at ``k``: "Rand
    Paul, R-Ky.", "Chris Murphy (D-Conn.)".

    >>> _party_tag(["paul", ",", "r", "-", "ky.", ","], 1)
    True
    """
    j = k + (low[k : k + 1] in ([","], ["("]))
    return low[j : j + 1] in (["r"], ["d"], ["i"]) and low[j + 1 : j + 2] == ["-"]


def _families(gaz: Gazetteer) -> dict[str, tuple[str, str | None]]:
    """Designation prefixes the gazetteer's systems share with one class and, but for one in four at
    most, one origin: "MiG" (MiG-21, MiG-29, MiG-31: Russian combat aircraft), "T" (Russian tanks, though
    the T-84 is Ukrainian), "F" (American combat aircraft, though the F-7 is Chinese). A prefix fewer
    than two systems are named with, or that a system of another class has in its name or an alias
    ("CH": Chinese drones, and the American CH-47), is none.

    >>> _families(Gazetteer.default())["MiG"]
    ('combat-aircraft', 'russia')
    >>> _families(Gazetteer.default())["T"]
    ('tank', 'russia')
    """
    systems: dict[str, dict[str, tuple[str | None, str | None]]] = {}
    named: dict[str, int] = {}
    for e in gaz:
        if e.type != EntityType.WEAPON_SYSTEM:
            continue
        for x in {e.name, *e.aliases}:
            if "-" in x and _DESIGNATION.match(x):
                prefix = x.split("-", 1)[0]
                systems.setdefault(prefix, {})[e.id] = (e.category, e.origin)
                named[prefix] = named.get(prefix, 0) + (x == e.name)
    families = {}
    for prefix, found in systems.items():
        categories = {category for category, _ in found.values()}
        origins = Counter(origin for _, origin in found.values())
        origin, most = origins.most_common(1)[0]
        category = next(iter(categories))
        if (
            named[prefix] >= 2
            and len(categories) == 1
            and category is not None
            and 4 * most >= 3 * len(found)
        ):
            families[prefix] = (category, origin)
    return families


def _designation_origins(gaz: Gazetteer) -> dict[str, str]:
    """The state that makes each weapon system named by a designation ("MQ-9", "Su-30"), by its
    designation in lower case."""
    return {
        x.casefold(): e.origin
        for e in gaz
        if e.type == EntityType.WEAPON_SYSTEM and e.origin
        for x in {e.name, *e.aliases}
        if _DESIGNATION.match(x)
    }


def _variant_origin(name: str, origins: dict[str, str]) -> str | None:
    """The origin of a variant the gazetteer lacks, from the system whose designation it extends by
    one to three letters or digits ("MQ-9B" of the MQ-9, "Su-30MK2" of the Su-30); the variant stays
    a system of its own.

    >>> _variant_origin("MQ-9B", {"mq-9": "united-states"})
    'united-states'
    """
    low = name.casefold()
    for cut in (1, 2, 3):
        if len(low) > cut + 2 and low[:-cut][-1:].isdigit() and (origin := origins.get(low[:-cut])):
            return origin
    return None


def _misspelt(word: str, surnames: dict[str, str]) -> str | None:
    """The person whose surname ``word`` misspells by one edit or swap ("Peksov" for "Peskov")."""
    if len(word) < 5:
        return None
    for surname, entity_id in surnames.items():
        if abs(len(surname) - len(word)) <= 1 and surname[0] == word[0] and _one_edit(word, surname):
            return entity_id
    return None


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one substitution, insertion, deletion or swap of neighbours."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# A state's bodies the press names in lower case after the state: "Turkey's embassy", "the Iranian
# navy", "Ukraine's air force" (ministries and forces have readers of their own).
_LOWER_BODIES = {
    ("embassy",): "mission",
    ("navy",): "armed-forces",
    ("air", "force"): "armed-forces",
    ("coast", "guard"): "armed-forces",
    ("parliament",): "parliament",
    ("police",): "police",  # "the Iraqi police", "Kenya's police": iraq-police, as the annotators name it
}


_LOWER_BODY_FIRST = frozenset(words[0] for words in _LOWER_BODIES)


# First words of a state's body named in lower case: "the defence ministry", "the air force".
_UNNAMED_FIRST = _LOWER_BODY_FIRST | {"foreign", "external", "defence", "defense", "ministry"}


def _forces_before_of(low: list[str], of: int) -> int | None:
    """Where "army", "military" or "armed forces" starts right before the "of" at ``of``."""
    if of > 0 and low[of - 1] in {"army", "military"}:
        return of - 1
    if of > 1 and low[of - 2 : of] == ["armed", "forces"]:
        return of - 2
    return None


def _lower_body_at(low: list[str], k: int) -> tuple[int, list[str], str] | None:
    """ "embassy", "navy", "air force", "coast guard" at ``k``: (end, words, kind)."""
    if k >= len(low) or low[k] not in _LOWER_BODY_FIRST:
        return None
    for words, kind in _LOWER_BODIES.items():
        if tuple(low[k : k + len(words)]) == words:
            return k + len(words), list(words), kind
    return None


_MINISTRY_FIRST = frozenset({"foreign", "external", "defense", "defence", "ministry"})


def _ministry_at(low: list[str], k: int) -> tuple[int, str] | None:
    """ "foreign ministry", "defence ministry", "ministry of foreign affairs" at ``k``: (end, which)."""
    if k < 0 or k >= len(low) or low[k] not in _MINISTRY_FIRST:
        return None  # the quick answer for most words
    words = low[k : k + 4]
    if words[:2] in (["foreign", "ministry"], ["foreign", "office"]):
        return k + 2, "foreign"
    if words[:2] in (["defense", "ministry"], ["defence", "ministry"]):
        return k + 2, "defence"
    if words[:3] in (["ministry", "of", "defense"], ["ministry", "of", "defence"]):
        return k + 3, "defence"
    if words in (["ministry", "of", "national", "defense"], ["ministry", "of", "national", "defence"]):
        return k + 4, "defence"  # Taiwan's, South Korea's, China's, Poland's
    if words[:4] in (["ministry", "of", "foreign", "affairs"], ["ministry", "of", "external", "affairs"]):
        return k + 4, "foreign"
    if words[:3] == ["external", "affairs", "ministry"]:
        return k + 3, "foreign"  # India's
    return None


def _variants(names: list[str]) -> Iterator[str]:
    """Names as the press writes them: without a leading "the", with "U.S." for "US"."""
    for name in names:
        forms = {name, name.replace("'", "’")}
        if name.startswith("the "):
            forms.add(name[4:])
        for short, dotted in (("US ", "U.S. "), ("UN ", "U.N. "), ("UK ", "U.K. "), ("EU ", "E.U. ")):
            if name.startswith(short):
                forms.add(dotted + name[len(short) :])
        yield from sorted(forms)


def _leads(ctx: _Context, person: str) -> bool:
    """Whether the article has titled ``person`` president or prime minister of a state."""
    return any(
        label in {"president", "prime minister"} and person in holders
        for (_, label, _), holders in ctx.holders.items()
    )


def _post_after(sent: Sentence, k: int) -> Mention | None:
    """The place an envoy is posted to, named after "to" or "in" at ``k``: "ambassador to the US",
    "Ambassador in the CAR"; None when none is named there."""
    low = sent.lower
    if low[k : k + 1] not in (["to"], ["in"]):
        return None
    return sent.mention_at(k + 1 + (low[k + 1 : k + 2] == ["the"]))


def _titled_otherwise(ctx: _Context, person: str, label: str) -> bool:
    """Whether the article titles ``person``, but never with ``label``."""
    labels = ctx.titles.get(person, set())
    return bool(labels) and label not in labels


def _name_id(name: str) -> str:
    """The id of a name the gazetteer lacks, read whole: "Moshe Ya'alon" → moshe-yaalon, "Michael
    O'Hanlon" → michael-ohanlon, "U.S. Southern Command" → us-southern-command.

    >>> _name_id("U.S. Southern Command"), _name_id("Nasser Kan'ani")
    ('us-southern-command', 'nasser-kanani')
    """
    return slugify(re.sub(r"(?<=\w)['’](?=\w)|(?<=\b\w)\.(?=\w\.)|(?<=\b\w\.\w)\.", "", name))


def _body_slug(words: list[str]) -> str:
    """ "Foreign Ministry" → foreign-ministry, "Defense Ministry" → defence-ministry, "Ministry of
    Commerce" → commerce-ministry."""
    text = " ".join(x for x in words if x.lower() not in {"of", "the", "royal"})
    text = re.sub(
        r"(?i)\bministry (?:for|of) (?:foreign|external) affairs\b|\b(?:foreign|external) affairs ministry\b",
        "foreign ministry",
        text,
    )
    text = re.sub(r"(?i)\bdefense\b", "defence", text)
    # "Ministry of National Defense" (Taiwan's, Algeria's) is the defence ministry
    text = re.sub(r"(?i)^(?:ministry national defence|national defence ministry)$", "defence ministry", text)
    text = re.sub(r"(?i)^ministry (?:foreign|external) affairs$|^foreign office$", "foreign ministry", text)
    text = re.sub(r"(?i)^ministry (?:for )?(.+)$", r"\1 ministry", text)
    return slugify(text)


_ENDS = frozenset({".", "!", "?", "..", "...", "…"})
_CLAUSE_ENDS = frozenset({",", ".", "!", "?"})
_MISPRINTED = re.compile(r"[,.!?]“\s")  # 'in Sudan,“ said': a closing quote printed as an opening one
_CLOSERS = frozenset({"”", '"', "’", "'", ")", "]"})
# Longest sentence read whole, in tokens: news sentences stay well under it (74 in the dev
# set); text without sentence ends (a list, a dump) is cut into pieces of at most this size,
# at a comma or semicolon where one is near, so every rule works on a bounded window.
_LONGEST_SENTENCE = 150
_PAUSES = frozenset({",", ";", ":", "—", "–"})
# Tokens longer than this are kept whole: spaCy's prefix and suffix splitting is quadratic
# in the length of a token, so a run of 100,000 quote marks would otherwise take minutes.
_LONGEST_TOKEN = 100
# Paragraphs that spaCy reads before the rules read them (see ``Recognizer._tokens``).
_GROUP = 64


def _sentence_bounds(words: list[str], spaced: list[bool]) -> Iterator[tuple[int, int]]:
    """Sentence spans: after . ! ? (and closing quotes) before a capital, a quote or a digit.

    "House.John" splits; "Censor.NET" and "U.S. stocks" do not. A span that runs past
    ``_LONGEST_SENTENCE`` tokens is cut, at a pause where one is near.
    """
    start = 0
    n = len(words)
    i = 0
    while i < n:
        if i - start >= _LONGEST_SENTENCE:
            half = start + _LONGEST_SENTENCE // 2
            cut = next((k + 1 for k in range(i - 1, half, -1) if words[k] in _PAUSES), i)
            yield start, cut
            start = cut
        if words[i] in _ENDS:
            j = i + 1
            while j < n and words[j] in _CLOSERS and not spaced[j - 1]:
                j += 1
            if j < n:
                nxt = words[j]
                glued = not spaced[j - 1]
                opens = nxt[:1].isupper() or nxt[:1] in '“"‘(-–—' or nxt[:1].isdigit()
                if opens and not (glued and (nxt.isupper() or not nxt[:1].isalpha())):
                    yield start, j
                    start = j
            i = j
            continue
        i += 1
    if start < n:
        yield start, n


def _unnamed_voice(sent: Sentence, m: Mention) -> bool:
    """ "a Foreign Ministry spokesman said", "an army official told": a body's member the article
    does not name (no name follows the office word)."""
    low = sent.lower
    if low[m.start] in {"a", "an"}:
        # "a senior official of the ministry": read as one mention of the ministry (``_voices``)
        return any(
            low[j] in _VOICE_WORDS and low[j + 1] in {"of", "for", "at"}
            for j in range(m.start + 1, min(m.end - 1, m.start + 4))
        )
    # "a senior official of the Ministry of National Defense", "a spokesman for the army"
    k = m.start - 1 - (m.start > 0 and low[m.start - 1] == "the")
    if k > 0 and low[k] in {"of", "for", "at"} and low[k - 1] in _VOICE_WORDS:
        return "a" in low[max(0, k - 3) : k - 1] or "an" in low[max(0, k - 3) : k - 1]
    if m.end >= len(low) or low[m.end] not in _VOICE_WORDS:
        return False
    nxt = sent.mention_at(m.end + 1)
    return (nxt is None or nxt.type != EntityType.PERSON) and (
        "a" in low[max(0, m.start - 2) : m.start] or "an" in low[max(0, m.start - 2) : m.start]
    )
