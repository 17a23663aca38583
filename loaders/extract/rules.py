"""Relations and stance: from a sentence's mentions to facts.

Each sentence is read in three steps:

1. **Frames of attribution**: "X said (that) ...", "..., X said", "..., said
   X, the spokesman", "according to X", "X cited officials as saying", "a
   Reuters report that ...", "X called on Y to stop ...". The source of a frame
   is the actor next to its verb (past an apposition or a title); its
   complement is what X said. A frame inside another one ("X said that US
   intelligence indicates ...") is credited to the outer speaker; a speaker
   we cannot name ("they said", "according to state media") still makes the
   claim reported. Sentences inside a quotation belong to the quotation's
   speaker, named after it closes, before it opens, or in the quotation just
   before.
2. **Triggers**: supply verbs and nouns (supplied, sending, transfer of,
   military aid to, receive ... from, seeking ... from, helping X with), arms
   bound somewhere ("Iranian drones for Russia", "arms intended for Russia"),
   what a package, sale or deal named before includes, the verb that grants a
   supply noun ("approved the sale of jets to Israel"), orders with a named
   seller, attack nouns ("Russia's Shahed attacks", "rocket attacks from
   Russia"), use, train, deploy, produce, warn, sanctions; each finds its
   parties among the actors around it (a leader stands for their state;
   "we" in what someone says is the speaker's state). When a
   sentence leaves a party out ("Pyongyang also sent dozens of missiles",
   "the shipments were received by Russia", "denied the transfer") the
   article's own claim fills it in, never for statements of principle
   ("opposes the supply of weapons").
3. **Stance**: a denial ("denied", "dismissed reports that", "baseless",
   "has never supplied") turns the claim into a reported (or hypothetical)
   one plus a DENIES by the denier, never a positive fact; "if", "would",
   "may", "plans" make the clause they open hypothetical; a party speaking of
   its own supplies (or uses) confirms; any other source reports it;
   "reportedly", "allegedly", "reports that" report it without a named source.
   A sentence that denies a supply never restates it as positive.

A sentence whose supply misses a party the article names only later ("28
tanks have arrived in Poland" before "Poland ordered them from South Korea") is
read again at the end with the supplies around it; what that second reading
adds comes last, with the denials of it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from graph.facts import EntitySpec
from graph.gazetteer import Gazetteer
from graph.ontology import EntityType, Predicate, Stance, slugify

from .dates import statement_date
from .mentions import STATEMENT, Mention, Sentence, dateline_state, demonym

__all__ = ["RuleReader"]

_SAY = frozenset(
    [
        *("saying", "adding", "insisting", "stating", "noting", "claiming", "arguing", "explaining"),
        "said",
        "says",
        "say",
        "told",
        "tells",
        "reported",
        "claimed",
        "stated",
        "announced",
        "announces",
        "revealed",
        "reveals",
        "noted",
        "added",
        "adds",
        "explained",
        "explains",
        "cited",
        "quoted",
        "alleged",
        "alleges",
        "accused",
        "accuses",
        "believe",
        "believes",
        "assess",
        "assessed",
        "insisted",
        *("insist", "insists", "allege", "contend", "contends"),
        "wrote",
        "writes",
        "warned",
        "threatened",
        "threatens",
        "warns",
        "warning",
        "indicated",
        "indicate",
        "indicates",
        "confirmed",
        "confirms",
        "acknowledged",
        "acknowledges",
        "admitted",
        "admits",
        "argued",
        "estimated",
        "stressed",
        "emphasized",
        "emphasised",
        *("complained", "complains", "tweeted", "asserted", "declared", "declares", "posted", "posts"),
        *("showed", "shows", "announcing", "accusing", "alleging", "specified", "clarified", "underlined"),
        *("suggested", "suggests", "suggest", "uncovered", "concluded", "concludes", "written"),
        # "Kyiv condemned Tehran for its missile shipments": the condemner's claim
        *(
            "condemned",
            "condemns",
            "criticised",
            "criticized",
            "criticises",
            "criticizes",
            "blamed",
            "blames",
        ),
    ]
)
_SUPPLY = frozenset(
    [
        "supply",
        "supplies",
        "supplied",
        "supplying",
        "send",
        "sends",
        "sent",
        "sending",
        "deliver",
        "delivers",
        "delivered",
        "delivering",
        "provide",
        "provides",
        "provided",
        "providing",
        "transfer",
        "transfers",
        "transferred",
        "transferring",
        "ship",
        "ships",
        "shipped",
        "shipping",
        "give",
        "gives",
        "gave",
        "given",
        "giving",
        "export",
        "exports",
        "exported",
        "exporting",
        "smuggle",
        "smuggled",
        "smuggling",
        "sell",
        "sells",
        "sold",
        "selling",
        "arming",
        "delivery",
        "deliveries",
        "shipment",
        "shipments",
        "provision",
        "sale",
        "sales",
        "supplier",
        "suppliers",
        "aid",
        "assistance",
        "support",  # "military support for the Houthis", only after a word of arms like aid
        *(
            "donate",
            "donates",
            "donated",
            "donating",
            "donation",
            "donations",
            "gifted",
            "gifting",
            "gift",
            "gifts",
        ),
        *("equip", "equips", "equipped", "equipping", "handed", "handing", "airlifted", "funneled"),
        *("funnelled", "funneling", "funnelling", "handover", "arm", "rearm", "rearming", "rearmed"),
        *("parachuted", "parachuting", "airdropped", "airdropping"),
        # "will be contributing fighter jets to Ukraine" (never "contributing to the air campaign")
        *("contribute", "contributes", "contributed", "contributing"),
        *("flying", "flew", "flown", "airlifting"),  # "the UAE has been flying weapons to the RSF"
        # "leased a submarine to India", "lent Greece two frigates"; "leased from" is a receipt
        *("lease", "leases", "leased", "leasing", "lend", "lends", "lent", "lending", "loaned"),
        # "trafficked rifles to the FARC", "diverted weapons to the RSF", "passed on the tanks to Sudan"
        *("trafficked", "trafficking", "diverted", "diverting", "passed"),
        *("resupply", "resupplies", "resupplied", "resupplying"),  # "Iran resupplied Hezbollah"
        *("resold", "resell", "resells", "reselling"),  # "the rifles were resold to the Taliban"
        # "channeled weapons to Hezbollah"; "offered Pakistan fighters" (an offer: hypothetical)
        *("channeled", "channelled", "channeling", "channelling", "offered", "offers", "offering"),
        # "pledged 24 F-16s to Ukraine", "has committed tanks to Kyiv": a supply to come
        *("pledged", "pledges", "pledge", "pledging", "promised", "promises", "committed", "commits"),
    ]
)
_PLEDGES = frozenset(
    ["pledged", "pledges", "pledge", "pledging", "promised", "promises", "committed", "commits"]
)
_NOMINAL = frozenset(
    [
        *("donation", "donations", "handover", "gift", "gifts"),
        "transfer",
        "transfers",
        "supply",
        "supplies",
        "delivery",
        "deliveries",
        "shipment",
        "shipments",
        "provision",
        "sale",
        "sales",
        "smuggling",
        "trafficking",
        "export",
        "exports",
        "aid",
        "assistance",
        "support",
    ]
)
# "military aid", "lethal assistance": aid is a supply only with one of these before it.
_MILITARY = frozenset(["military", "lethal", "defense", "defence", "security", "weapons", "arms"])
# Arms words only with one of those before them: "military aid", not "humanitarian aid".
_WEAK_ARMS = frozenset(["aid", "assistance", "package", "equipment"])
# "requested approval for the transfer of ...": the noun's claim is the one to read, not the request's.
_REQUEST = frozenset(
    [
        "request",
        "requests",
        "requested",
        "requesting",
        "seek",
        "seeks",
        "seeking",
        "sought",
        "asked",
        "asks",
        "asking",
    ]
)
# "ordered jets from the US": an order is a supply only with its supplier named after "from".
_ORDERS = frozenset(["order", "orders", "ordered", "ordering", "contracted"])
_ARRIVE = frozenset(["arrived", "arrive", "arrives", "arriving", "landed"])
# 'the "delivery of the first aircraft will take place soon"': the verb of a supply noun, still to come
_MODALS = frozenset(["will", "would", "could", "may", "might", "'ll", "’ll", "shall"])
# "Four F-16s landed in Iraq, the first batch of ...": aircraft landing as a delivery
_BATCHES = frozenset(["batch", "batches", "delivery", "deliveries", "shipment", "consignment", "tranche"])
_GETS = frozenset(
    ["get", "gets", "getting", "got", "secure", "secures", "secured", "securing"]
)  # "will get Patriots from Germany": only with "from"
_PAYS = frozenset(["paid", "pays", "paying"])  # "Manila paid $375 million for BrahMos batteries": a purchase
_RECEIVE = (
    frozenset(
        [
            "receive",
            "receives",
            "received",
            "receiving",
            "acquire",
            "acquired",
            "acquiring",
            "obtain",
            "obtained",
            "buy",
            "bought",
            "buying",
            "purchase",
            "purchased",
            "purchasing",
            "import",
            "imported",
            "procure",
            "procured",
            *("sourced", "sourcing"),  # "sourced its helicopters from Russia"
            "procurement",
            *(
                "purchases",
                "acquisition",
                "acquisitions",
                "imports",
                "importing",
                "buys",
                "acquires",
                "procures",
            ),
            # "the Indonesian Air Force inducted the first six Rafale jets": taken into service
            *("inducted", "inducts", "inducting", "commissioned", "commissions", "commissioning"),
        ]
    )
    | _REQUEST  # "requested the transfer of", "asked for": read with the noun's claim
    | _ORDERS
    | _GETS
    | _ARRIVE
    | _PAYS
)
_USE = frozenset(
    [
        "use",
        "uses",
        "used",
        "using",
        "fire",
        "fires",
        "fired",
        "firing",
        "launch",
        "launches",
        "launched",
        "launching",
        "employ",
        "employed",
        "utilized",
        "utilised",
        *("utilize", "utilise", "utilizes", "utilises", "utilizing", "utilising"),
        "shoot",
        "shoots",
        *("operates", "operate", "operated", "fields", "fielded"),  # "Pakistan operates J-10C jets"
    ]
)
_USERS = frozenset(["user", "users"])  # "India's navy is the first user of the Rafale Marine"
_MODIFIERS = frozenset(["proposed", "planned", "potential", "possible", "latest", "new", "first", "military"])
_REQUESTING = frozenset(["asked", "asks", "ask", "urged", "urges", "urge", "pressed", "presses", "begged"])
_PACKAGE_WORDS = frozenset(
    [
        *("a", "an", "first", "latest", "new", "additional", "further", "another", "fresh", "second"),
        *("third", "$", "€", "£", "us$", "million", "billion", "-", "worth"),
    ]
)
# who stops arms on their way ("seized", "intercepted"): never their supplier
_SEIZE = frozenset(
    [
        *("seized", "seize", "seizes", "seizing", "seizure", "intercepted", "intercept", "intercepts"),
        *("intercepting", "interception", "interdicted", "interdict", "interdicts", "confiscated"),
        *("confiscate", "confiscates", "confiscation", "impounded", "impound"),
    ]
)
# who tells another what to do: "warned Moscow not to deliver", "called on Beijing not to supply"
_ASKERS = frozenset(
    [*_REQUESTING, *("called", "calls", "warned", "warns", "warn", "told", "tells", "tell", "cautioned")]
)
_CEASE = frozenset(["stop", "stops", "cease", "halt", "end", "suspend", "cancel"])
_AIMED = frozenset(["meant", "intended", "supposed", "designed", "to", "be"])  # "not meant to be sent"
_COPULAS = frozenset(["as", "became", "becomes", "become", "remains", "remain", "remained"])
_TRAIN = frozenset(
    [
        "train",
        "trains",
        "trained",
        "training",
        "teach",
        "teaches",
        "taught",
        "teaching",
        "instruct",
        "instructed",
    ]
)
# "trained at a Russian facility": places whose state trains
_SCHOOLS = frozenset(
    [
        *("facility", "facilities", "centre", "center", "centres", "centers", "base", "bases", "academy"),
        *("academies", "school", "schools", "camp", "camps", "college", "institute", "range", "ranges"),
    ]
)
_SENDING = frozenset(
    [
        "sent",
        "send",
        "sends",
        "sending",
        "went",
        "go",
        "goes",
        "came",
        "come",
        "travelled",
        "traveled",
        "flew",
    ]
)
_DEPLOY = frozenset(["deploy", "deploys", "deployed", "deploying"])
_PRODUCE = frozenset(
    [
        *("produce", "produces", "produced", "producing", "production"),
        *("manufacture", "manufactures", "manufactured", "manufacturing"),
        *("build", "builds", "built", "building", "assemble", "assembles", "assembled", "assembling"),
    ]
)
_WARN = frozenset(
    ["warn", "warns", "warned", "warning", "threaten", "threatens", "threatened", "threatening"]
)
_DENY = frozenset(
    [
        "deny",
        "denies",
        "denied",
        "denying",
        "dismissed",
        "dismisses",
        "dismiss",
        "rejected",
        "rejects",
        "reject",
        "refuted",
        "refutes",
        "refute",
        "disputed",
        "disputes",
        "rebuffed",
        # "brushed aside claims that ...", "shrugged off reports that ..."
        *("brushed", "brushes", "shrugged", "shrugs"),
    ]
)
_DENIAL_WORDS = frozenset(
    [
        "baseless",
        "groundless",
        "false",
        "untrue",
        "fake",
        "fabricated",
        "unfounded",
        "nonsense",
        "lies",
        "lie",
        "incorrect",
        "inaccurate",
        "disinformation",
        "fabrication",
        "fiction",
        "propaganda",
    ]
)
_CONFIRM = frozenset(
    ["confirmed", "confirms", "confirm", "acknowledged", "acknowledges", "admitted", "admits", "conceded"]
)
_NEGATION = frozenset(["not", "never", "n't", "no"])
_HYPOTHETICAL = frozenset(
    [
        "if",
        "whether",
        "would",
        "could",
        "may",
        "might",
        "will",
        "'ll",
        "plans",
        "plan",
        "planned",
        "planning",
        "intends",
        "intended",
        "intend",
        "mulled",
        "mull",
        "considering",
        "possibility",
        "possible",
        "potential",
        "potentially",
        "any",
        "seeking",
        "seeks",
        "seek",
        "wants",
        "prepared",
        "preparing",
        "prepares",
        "ready",
        "negotiations",
        "talks",
        "expect",
        "expects",
        "expected",
        "anticipate",
        "anticipates",
        "presumably",
        "likely",
        "should",
        "prohibits",
        "prohibit",
        "prohibited",
        "prohibiting",
        *("promised", "promise", "promises", "pledge", "pledges", "request", "requested", "requests"),
        *("appealed", "asked", "asks", "refusal", "refused", "refuses", "pledged"),
        # "can buy these drones", "has yet to finalize the sale", "in the process of acquiring"
        *("can", "yet", "process", "offered", "offers", "offering", "aims", "aim", "hopes", "hope", "set"),
        *("decided", "decides", "decision", "agreed", "agree", "agrees", "failed", "fails", "unable"),
        # "still pending on an export permit", "its intention to buy", "has committed jets to"
        *("pending", "intention", "intentions", "intent", "committed", "commits"),
        # "had signalled willingness to sell arms", "its readiness to supply": offered, not done
        *("willingness", "willing", "readiness"),
        "going",  # "are going to deliver weapons"
    ]
)
_REPORTED = frozenset(
    [
        "reportedly",
        "allegedly",
        "alleged",
        "reports",
        "report",
        "claims",
        "claim",
        "allegations",
        "accused",
        "accusations",
        "suspected",
        "purportedly",
        "neither",
        *("speculation", "rumours", "rumors", "rumour", "rumor"),  # "amid speculation that Iran sent ..."
    ]
)
_ARMS = frozenset(
    [
        "aircraft",
        "weapons",
        "weapon",
        "arms",
        "ammunition",
        "munitions",
        "shells",
        "interceptors",
        "rounds",
        "equipment",
        "aid",
        "assistance",
        "package",
        "lethal",
        "military",
        "systems",
        *("weaponry", "hardware", "materiel", "matériel", "armaments", "missiles"),
    ]
)
_EVIDENCE = frozenset(["seen", "evidence", "signs", "proof", "verified", "confirm"])
_HELP = frozenset(
    [
        *("help", "helps", "helped", "helping", "assist", "assists", "assisted", "assisting"),
        *("aiding", "aided", "supporting", "supported", "backing", "backs", "backed", "supports"),
    ]
)
# "accused Sudan of backing the rebels": said of an armed group, backing is arming it
# "charges that Sudanese-backed Janjaweed militias ...": the backer arms the group
_BACKERS = frozenset(["backed", "sponsored", "funded", "supported", "armed", "equipped"])
_BACKING = frozenset(["supporting", "supported", "supports", "backing", "backs", "backed"])
# "helping Russia produce drones", "aiding Russia in the assembly of drones": help to make arms.
_MAKING = frozenset(
    [
        *("produce", "producing", "production", "build", "building", "make", "making", "manufacture"),
        *("manufacturing", "assemble", "assembling", "assembly", "develop", "developing", "development"),
    ]
)
# Verbs whose object is a supply: "approved the sale of jets to Israel", "signed a deal ... for X".
_GRANT = frozenset(
    [
        *("approved", "approves", "approve", "approving", "authorized", "authorised", "authorizes"),
        *("cleared", "clears", "unveiled", "unveils", "finalized", "finalised", "signed", "signs"),
        *("announced", "announces", "agreed", "pledged", "pledges", "promised", "promises", "lifted"),
        *("requested", "requests", "sought", "notified", "authorise", "authorize", "authorised"),
    ]
)
# Verbs whose object is asked or promised something: "promised Ukraine to send", "urged Berlin to supply".
_ADDRESS = frozenset(
    [
        *("promised", "promises", "promise", "asked", "asks", "ask", "urged", "urges", "urge"),
        *("told", "tells", "pressed", "presses", "begged", "invited", "encouraged", "allowed"),
    ]
)
# Adverbs that make the whole clause hearsay, wherever they stand.
_HEARSAY = frozenset(["reportedly", "allegedly", "purportedly", "supposedly"])
# Words of contrast in what a denier says instead: "insisting that it only shipped a few".
_INSTEAD = frozenset(["only", "just", "merely", "but", "instead", "however", "solely"])
# "the Syrian port", "the Ukrainian border": a demonym before these names a place, not a party.
_PLACE_NOUNS = frozenset(
    [
        *("port", "ports", "city", "border", "coast", "region", "capital", "airport", "airbase", "base"),
        *("territory", "waters", "side", "town", "village", "province", "harbour", "harbor"),
    ]
)
# Words that open a phrase about something else: "... to Ukraine amid attacks from Russia".
_ASIDE = frozenset(["amid", "despite", "against", "after", "before", "while", "during", "as"])
# Nouns of an attack: "Russia's Shahed attacks", "rocket attacks from Russia", "strikes with drones".
_ATTACKS = frozenset(
    [
        *("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids"),
        *("bombardment", "bombardments", "barrage", "barrages", "salvo", "salvos", "shelling"),
    ]
)
# Bodies of soldiers: "two military units from North Korea" are North Korea's armed forces.
_FORCE_NOUNS = frozenset(
    [
        *("units", "unit", "troops", "soldiers", "forces", "personnel", "servicemen", "pilots"),
        *("crews", "fighters", "recruits", "officers", "militants", "battalions", "brigades"),
    ]
)
_TRIGGERS = _SUPPLY | _RECEIVE | _USE | _DEPLOY | _TRAIN | _HELP | _PRODUCE
# "struck Kharkiv with KN-23 missiles": a use told by what was done with the weapon
_STRIKE_VERBS = frozenset(
    [
        *("attacked", "attacks", "attack", "struck", "strikes", "strike", "hit", "hits", "targeted"),
        *("targets", "target", "targeting", "bombed", "bombarded", "shelled", "pounded"),
    ]
)
# "the top recipient of US arms", "the biggest buyer of Russian weapons"
_BUYERS = frozenset(
    [
        *("recipient", "recipients", "buyer", "buyers", "customer", "customers", "importer", "importers"),
        *("client", "clients"),
    ]
)
# "Pakistani jets shot down three Rafales": only with "down"
_SHOOT = frozenset(["shot", "shooting", "shoot", "shoots"])
# "a contingent of US special forces is training ...": the body of people the sentence is about
_COLLECTIVES = frozenset(
    [*("contingent", "team", "teams", "unit", "units", "detachment", "group", "handful", "squad"), "dozens"]
)
_NUMBERS = frozenset(
    ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
)
# "Iran arms the Houthis", "the largest source of arms for", "the main military backer of", "passed on
# the tanks": words that arm only in these uses (see _arming)
_ARMS_AFTER = frozenset(["offered", "offers", "offering", "lend", "lends", "lent", "lending", "loaned"])
_ARMING = (
    frozenset(["rearmed", "arms", "source", "sources", "backer", "backers", "sponsor", "passed"])
    | _ARMS_AFTER
)
_EVENTS = (
    _TRIGGERS | _ATTACKS | _USERS | _STRIKE_VERBS | _BUYERS | _SHOOT | {"armed"} | _ARMING
)  # what claims are read from
# "called on Iran to stop ...", "urged Iran to halt ...": a claim about what Iran does.
_URGE = frozenset(["called", "calls", "urged", "urges", "demanded", "demands", "pressed", "pressing"])
# "a Reuters report that ...", "U.S. and South Korean claims that ...": who made the claim.
_WRITINGS = frozenset(
    [
        *("report", "reports", "study", "investigation", "analysis", "statement", "article", "assessment"),
        *("information", "data", "figures", "database"),
    ]
)
_VOICES = frozenset(
    [
        *("spokesperson", "spokesman", "spokeswoman", "spokespeople", "official", "officials"),
        *("representative", "representatives", "source", "sources"),
        # "the president of Azerbaijan said", "an adviser to the government of Iran told"
        *("president", "government", "ministry", "adviser", "advisor", "office", "leader", "head"),
    ]
)
_OFFICES = frozenset(
    [
        *("ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "minister", "secretary"),
        *("president", "leader", "chief", "official", "officials", "representative", "office", "ministry"),
    ]
)
_CLAIM_NOUNS = frozenset(
    ["report", "reports", "claim", "claims", "allegation", "allegations", "accusation", "accusations"]
)
_SPOKEN_BODIES = frozenset(["government", "military", "army", "authorities"])  # "Sudan's government claims"
_ACCUSING = frozenset(["accusing", "alleging", "charging", "claiming"])
_FILINGS = frozenset(["lawsuit", "complaint", "suit", "case", "letter", "petition", "motion", "protest"])
_VERB_NOUNS = frozenset(["claims", "reports", "charges"])  # "Kyiv claims Iran sent ...": a verb all the same
# "sanctioned two companies for supplying drones": the reason given is the sanctioner's claim.
_PENALTIES = frozenset(["sanctions", "sanctioned", "sanctioning", "blacklisted", "penalized", "penalised"])
# "Blinken's statement that ...", "Seoul's assessment that ...", "expressed concerns that ...": a
# claim of the one who makes the statement or voices the concern
# what a warning threatens the one it names with: "warned that Iran would face consequences"
_THREATS = frozenset(
    ["consequences", "price", "pay", "face", "punished", "retaliate", "response", "sanctions"]
)
# "missiles supplied by Iran", "helicopters donated by Russia": participles that name a giver after the arms
_GIVEN = frozenset(["supplied", "provided", "donated", "delivered", "given", "sold", "sent", "shipped"])
_TAKE = frozenset(["took", "take", "takes", "taken", "taking"])  # "took delivery of"
_TRUE = frozenset(["accurate", "true", "correct"])  # "said the report was accurate"
_CLAIMED = frozenset(["SUPPLIES", "USES", "TRAINS", "DEPLOYS", "PRODUCES"])
_SEATED = frozenset(
    [*("officials", "authorities", "government", "diplomats", "sources", "leaders"), "analysts", "experts"]
)
_CONCERNS = frozenset(["concern", "concerns", "fears", "suspicions"])
_STATEMENT_NOUNS = frozenset(
    [*("statement", "statements", "assessment", "assertion", "accusation", "conclusion", "charge", "charges")]
)
_NOUN_ADJECTIVES = frozenset(["recent", "latest", "earlier", "new", "repeated", "previous", "public"])
_VOICING = frozenset(["expressed", "voiced", "raised", "shared", "expressing", "voicing", "raising"])
# "a Guardian investigation found that ...", "the BBC has learned": findings reported; "found" only
# with "that" ("found Iranian parts in the debris" is what was seen, no clause reported)
_CHARGES = frozenset(["charge", "claim", "accusation", "allegation", "assertion"])
# "Armenian media spread fake information that ...": whoever spreads a story reports it
_SPREAD = frozenset(
    [
        *("spread", "spreads", "spreading", "circulated", "circulating", "disseminated", "disseminating"),
        *("peddled", "peddling", "published", "publishing"),
    ]
)
_STORIES = frozenset(
    [*("information", "reports", "claims", "rumours", "rumors", "news", "stories", "allegations", "report")]
)
_FINDINGS = frozenset(["found", "finds", "learned", "learnt"])
_FRAME_WORDS = (
    _SAY
    | _URGE
    | _CLAIM_NOUNS
    | _PENALTIES
    | _CONCERNS
    | _STATEMENT_NOUNS
    | {"according", "seen", "per", ":", "charged"}
    | _FINDINGS
)
# "Iran is believed to have sent drones", "is said to have supplied": hearsay by no one named
# "documents seen by X show ...", "emails obtained by X reveal ...": the papers an outlet holds
_HELD = frozenset(["seen", "obtained", "reviewed"])
_DOCUMENTS = frozenset(
    [
        *("documents", "papers", "records", "files", "emails", "letters", "contracts", "invoices"),
        *("images", "photos", "data", "cables", "memos", "messages"),
    ]
)
_SHOW = frozenset(
    ["show", "shows", "showed", "reveal", "reveals", "revealed", "indicate", "indicates", "suggest"]
)
_BELIEVED = frozenset(
    ["believed", "thought", "said", "alleged", "reported", "understood", "suspected", "rumoured"]
)
# Words before the name in "said a spokesman for the Foreign Ministry", "said senior official X".
_SPEAKER_WORDS = frozenset(
    [
        *("spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister", "secretary"),
        *("press", "senior", "top", "deputy", "representative", "source", "sources"),
        *("a", "an", "the", "for", "of", "at"),
    ]
)
# Words that end the noun phrase naming a speaker.
_PHRASE_ENDS = frozenset(
    [",", ";", ":", "that", "who", "which", "in", "on", "at", "to", "said", "says", "“", '"']
)
_PREPOSITIONS = frozenset(["to", "from", "of", "for", "with", "against", "in", "on", "at", "by", "about"])
_STOP = frozenset({";", "—", "–"})
_RECIPIENT_PREPOSITIONS = frozenset(["to", "for", "into"])
_DETERMINERS = frozenset(
    ["the", "newly", "recently", "already", "previously", "these", "those", "its", "their"]
)
_BE = frozenset(["be", "been", "being", "was", "were", "is", "are"])
# "launched by invading Russian forces": a participle that describes the force named after it
_ATTRIBUTIVE = frozenset(["invading", "occupying", "attacking", "advancing", "retreating", "retaliating"])
# "the Lebanese terror group Hizbullah", "the Palestinian militant group Hamas": words that describe a
# group before its name, ending in one of the heads
_GROUP_HEADS = frozenset(["group", "movement", "organisation", "organization", "militia", "faction"])
_GROUP_WORDS = frozenset(
    [
        *_GROUP_HEADS,
        *("palestinian", "militant", "terror", "terrorist", "islamist", "jihadist", "shiite", "shia"),
        *("sunni", "armed", "rebel", "insurgent", "paramilitary", "separatist"),
    ]
)
# "Once the shipments reach Latakia", "if the deliveries were confirmed": a clause about a supply
_OPENERS = frozenset(["when", "as", "after", "once", "until", "before", "if", "since", "because", "whether"])
_BELIEVED_TO = frozenset(["to", "reported", "said", "believed", "thought", "was", "were", "is", "are"])
_COUNT_WORDS = frozenset(["one", "two", "three", "four", "five", "several", "some", "many", "dozens"])
# Facts of one sentence that agree on these say the same thing.
_SAME_FACT = ("predicate", "subject", "object", "claim", "stance", "attributed_to")
# Words that say where a supply goes when no recipient is named ("to any of the parties", "abroad").
_DESTINATIONS = frozenset(["to", "for", "into", "outside", "abroad", "overseas"])
# "arms intended for Russia", "a shipment bound for Yemen".
_BOUND = frozenset(["intended", "bound", "destined", "earmarked", "meant", "headed"])
# Words between a supplier and its supply noun: "Iran's military aid", "Iran to stop its arms deliveries".
_BEFORE_SUPPLY_NOUN = frozenset(
    [
        *("’s", "'s", "weapons", "arms", "military", "missile", "weapon", "lethal", "its", "their"),
        *("to", "stop", "halt", "end", "cease", "resume", "continue", "continued"),
        *("alleged", "reported", "suspected", "illegal", "covert", "ongoing", "further", "planned", "recent"),
    ]
)
# "X called the reports a fake": X judges them.
_CALLS = frozenset(
    [
        *("called", "calls", "branded", "brands", "described", "describes", "termed", "terms"),
        "labelled",
        "labeled",
    ]
)
# "The package also includes ...": what a supply named before holds.
_CARRY = frozenset(
    [
        "carrying",
        "carried",
        "carry",
        "carries",
        "ferrying",
        "ferried",
        "transporting",
        "transported",
        "flying",
        *("flowed", "flow", "flows", "flowing", "funnelled", "funneled"),  # "weapons flowed from Iran to"
        *("pipeline", "pipelines", "route", "routes", "corridor"),  # "the arms pipeline from Iran to"
    ]
)
_DEALINGS = frozenset(
    ["dealings", "deal", "deals", "trade", "cooperation", "transactions", "transaction"]
)  # "arms dealings with"
# "signed a contract with France for Rafale jets": a deal whose partner and arms say who sells to whom
_RECEIPT_NOUNS = frozenset(["imports", "purchases", "purchase", "acquisition", "acquisitions", "procurement"])
_SHARE = frozenset(["accounted", "accounts", "account", "made", "makes"])  # "accounted for 69% of ..."
_MAKERS = frozenset(["manufacturers", "manufacturer", "makers", "maker", "firms", "companies", "producers"])
# "Washington resumed deliveries of bombs to Israel": whoever carries on a supply makes it
_CARRY_ON = frozenset(
    [
        *("resumed", "resumes", "resume", "continued", "continues", "began", "begins", "started"),
        *("starts", "completed", "completes", "stepped", "increased", "expanded", "accelerated"),
    ]
)
_THANK = frozenset(["thanked", "thanks", "thanking", "thank"])  # "thanked Germany for the tanks"
_DEAL_NOUNS = frozenset(["deal", "deals", "contract", "contracts", "agreement", "agreements"])
_SEAL = frozenset(
    [
        *("signed", "signs", "sign", "signing", "inked", "inks", "ink", "finalised", "finalized"),
        *("concluded", "struck", "strikes", "clinched", "sealed", "reached", "awarded", "won"),
    ]
)
_INCLUDES = frozenset(["includes", "included", "include", "contains", "contained", "comprises"])
_PACKAGES = frozenset(
    [
        *("package", "shipment", "delivery", "batch", "consignment", "tranche", "aid", "sale", "sales"),
        *("deal", "deals", "contract", "order"),
        *("exports", "shipments", "deliveries", "transfers", "packages", "supplies", "purchases"),
    ]
)
_UNDONE = frozenset(
    [
        *("cancelled", "canceled", "cancel", "cancels", "scrapped", "halted", "halt", "halts"),
        *("suspended", "suspend", "suspends", "froze", "frozen", "freeze", "blocked", "block", "blocks"),
        *("paused", "pause", "pauses", "withheld", "withhold", "withholds", "delayed", "delays"),
        *("stopped", "ceased"),  # "has stopped exporting shells to Armenia": a halt, no supply claim
    ]
)
_OPPOSE = frozenset(
    [
        *("oppose", "opposes", "opposed", "opposing", "condemn", "condemns", "condemned", "against"),
        *("prohibit", "prohibits", "prohibited", "ban", "bans", "banned", "banning"),
    ]
)
_AUXILIARIES = frozenset(
    ["has", "have", "had", "is", "are", "was", "were", "would", "will", "did", "does", "do", "could", "can"]
)
_CLAUSE_BREAKS = frozenset(
    [",", ";", ":", "—", "–", "(", ")", "but", "that", "which", "who", "while", "whereas", "“", "”", '"']
)
# "no truth to reports", "not true", "had no basis", "without foundation": negated, a denial
_TRUTHS = frozenset(["true", "truth", "basis", "foundation", "correct", "accurate", "grounds"])
_SCORN = frozenset(
    [
        *("absurd", "ridiculous", "speculation", "speculations", "rumours", "rumors", "rumour", "rumor"),
        *("gossip", "misinformation", "slander", "smear", "hoax", "myth", "invented", "fairy", "fantasy"),
        *("misleading", "erroneous", "distorted", "fictitious", "fictional", "concocted"),
        *(
            "unsubstantiated",
            "fetched",
            "libel",
            "falsehood",
            "falsehoods",
            "fakes",
            "invention",
            "absurdity",
        ),
    ]
)
_JUDGING = frozenset(
    ["as", "called", "calling", "branded", "termed", "a", "an", "mere", "pure", "just", "absolutely"]
)
_DENIAL_CUES = (
    _DENY
    | _DENIAL_WORDS
    | _TRUTHS
    | _SCORN
    | {"warfare", "confirm", "involvement", "provocation", "provocations"}
)
_GOVERNMENT_BODIES = frozenset(["ministry", "agency", "government-office"])  # they act for their state
# bodies that are part of a state (a PART_OF states it when the facts name one)
_STATE_BODIES = frozenset([*_GOVERNMENT_BODIES, "armed-forces", "parliament", "mission"])
_COUNTS = frozenset(["dozens", "hundreds", "thousands", "several", "some", "many", "scores"])
# Words that make a supply named before the topic of a sentence: "reports about the supplies".
_GOVERNORS = frozenset(
    [
        *("about", "regarding", "over", "confirmed", "confirms", "confirm", "confirming"),
        *("considers", "considered", "condemned", "condemns", "welcomed", "welcomes", "reports", "report"),
    ]
)
# an official body no state is named with: "the military said", "an official statement said"
_OFFICIAL_BODIES = frozenset(
    ["military", "army", "ministry", "statement", "government", "presidency", "spy", "intelligence"]
)
_UNOFFICIAL = frozenset(["sources", "source", "analysts", "experts", "media", "report", "reports"])
_PERMITS = frozenset(["permit", "permits", "licence", "licences", "license", "licenses", "authorisation"])
_CLAIMING = frozenset(["claiming", "saying", "alleging", "stating", "suggesting", "asserting"])
_CONFIRM_VERBS = frozenset(["confirmed", "confirms", "confirm", "confirming"])
# Before a confirm verb these undo it: "refused to confirm the reports".
_REFUSALS = frozenset(["not", "never", "refused", "declined", "neither", "nor", "n't", "without"])
_RECENT = 40  # supply claims looked back on for a party a sentence leaves out
_CLAUSE_WORDS = frozenset(["that", "which", "who", "whether", "if"])
_HAPPEN = frozenset(["happened", "happen", "occurred", "occur", "existed", "exist", "took", "take"])
_QUOTES = frozenset(["“", "”", '"', "‘", "’"])
_QUANTITY = re.compile(
    r"((?:(?:at least|around|about|some|more than|over|up to|nearly|almost|as many as|approximately)\s+)*"
    r"(?:(?:(?<![\w-])\d[\d,.]*|several|a few)(?:\s+(?:hundred|thousand|million|billion))?|hundreds|thousands|dozens|"
    r"a [“\"]?(?:significant|small|large|limited) number[”\"]?))[”\"]?\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# Every quantity the pattern above finds holds one of these: a cheap test first.
_QUANTITY_HINT = re.compile(r"\d|hundred|thousand|dozen|several|number|few", re.I)
_EXCHANGE = re.compile(r"\bin (?:exchange|return) for ([^,.;]+)", re.I)
_PERIOD = re.compile(
    r"\b[Ff]or (?:the (?:past|last) )?((?:two|three|four|five|six|several|many|\d+) (?:years|months|weeks|days))\b"
)


@dataclass(slots=True)
class _Frame:
    verb: int
    source: Mention | None
    start: int
    end: int
    inner: Mention | None = None
    confirms: bool = False
    outer: _Frame | None = None  # the frame that reports this one
    also: list[Mention] = field(default_factory=list)  # "Kyiv and Washington said": the other speakers
    hearsay: bool = False  # inside "according to state media" and the like: reported, by no one named


@dataclass(slots=True)
class _Doc:
    published: dt.date | None
    facts: list[dict[str, Any]] = field(default_factory=list)
    seen: set[tuple[str, str, str]] = field(default_factory=set)
    last_source: str | None = None
    last_weapons: list[str] = field(default_factory=list)
    last_group: str | None = None  # the state or body named last, for "they"
    last_denial: tuple[str, str] | None = None  # (claim fact id, quote)
    sentence_start: int = 0  # index of the current sentence's first fact
    previous_start: int = 0  # index of the previous sentence's first fact
    last_quote: tuple[int, Mention] | None = None  # (paragraph, speaker) of the last attributed quote
    dated: tuple[Sentence, str | None] | None = None  # the last sentence whose date was read, and it
    supplies: list[dict[str, Any]] = field(default_factory=list)  # the SUPPLIES facts, in order
    # (body, state, sentence): a body and the state it belongs to, as first met; stated at the end,
    # for the bodies some other fact names
    parts: list[tuple[str, str, Sentence]] = field(default_factory=list)
    index: int = 0  # the sentence being read
    id_base: int = 0  # fact ids start after it (a second reading numbers apart from the first)
    # (sentence, supplies known then): a supply whose other party may come later in the article
    waiting: list[tuple[int, int]] = field(default_factory=list)
    home: str | None = None  # the state of the dateline ("BISHKEK, Kyrgyzstan (AA) -")

    def recent_supplies(self) -> list[dict[str, Any]]:
        """The last supply claims: what a sentence that leaves a party out can mean. Bounded, so a
        huge text stays linear."""
        return self.supplies[-_RECENT:]


class RuleReader:
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
            for f in again.facts:
                if f["predicate"] == "SUPPLIES" and (f["subject"], f["object"], f["quote"]) not in known:
                    known.add((f["subject"], f["object"], f["quote"]))
                    new[f["id"]] = f"f{len(doc.facts) + 1}"
                    doc.facts.append({**f, "id": new[f["id"]]})
            for f in again.facts:
                # a statement about a claim kept (its denial above all), and only about one kept
                if f["predicate"] in {"DENIES", "CONFIRMS", "REPORTS"} and f["claim"] in new:
                    doc.facts.append({**f, "id": f"f{len(doc.facts) + 1}", "claim": new[f["claim"]]})

    def _quote_speaker(
        self, sentences: list[Sentence], i: int, quoted: dict[int, tuple[int, int]], doc: _Doc
    ) -> Mention | bool | None:
        """Who speaks a sentence inside a quotation that has no speaker of its own.

        The speaker named after the quotation closes (“... They refuted it. ...,” Peskov said),
        or before it opens (Kirby said: “... We expect ...”), or, for one that opens right after
        an attributed one ("“...,” he said. “We expect ...”"), that one's. False: no one.
        """
        opener, closer = quoted[i]
        if closer != i:
            frames = self._frames(sentences[closer])
            after = [f for f in frames if f.start == 0 and f.end <= f.verb]
            if after:
                return after[-1].source
            # '..., we are clean about it," Aleksandar Vucic told journalists in Doha': the name right
            # after the closing quote speaks, whatever its verb goes on to say
            low = sentences[closer].lower
            shut = [k for k, w in enumerate(low) if w in {"”", '"'}]
            named = [
                f
                for f in frames
                if f.source is not None
                and shut
                and 0 < f.source.start - shut[-1] <= 2
                and f.verb >= f.source.end
            ]
            if named:
                return named[0].source
        if opener != i:
            before = [f for f in self._frames(sentences[opener]) if f.start > f.verb]
            if before:
                return before[-1].source
        if opener == i and i > 0 and sentences[i - 1].lower[-1:] == [":"]:
            # 'the spokesperson said the report was "groundless," that quote:' then the quotation
            colon = [f for f in self._frames(sentences[i - 1]) if f.source is not None]
            if colon:
                return colon[0].source
        if doc.last_quote is not None and doc.last_quote[0] >= sentences[opener].paragraph - 1:
            # '“...,” he said. “They arrived last week. North Korea also sent shells.”': the whole
            # quotation that opens after an attributed one, up to where it closes
            return doc.last_quote[1]
        return False

    # --- one sentence --------------------------------------------------------

    def _sentence(self, sent: Sentence, doc: _Doc, speaker: Mention | bool | None = False) -> None:
        doc.previous_start, doc.sentence_start = doc.sentence_start, len(doc.facts)
        for m in sent.mentions:
            if m.entity == STATEMENT:
                last = self.spec(doc.last_source) if doc.last_source else None
                if (
                    last is not None
                    and last.type == EntityType.COUNTRY
                    and sent.lower[m.end - 1] != "statement"
                ):
                    m.role = "place"  # "the report said" after a state spoke: a report, not the state's
                elif doc.last_source:
                    m.entity = doc.last_source
                    m.type = self.spec(doc.last_source).type if self.spec(doc.last_source) else m.type
                else:
                    m.role = "place"
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
            if word in {"aid", "assistance", "support"} and (t == 0 or low[t - 1] not in _MILITARY):
                continue
            if (
                word in _NOMINAL
                and any(
                    (w in _SUPPLY or w in _RECEIVE)
                    and w not in _NOMINAL
                    and w not in _REQUEST
                    and w not in _PLEDGES  # "promised the transfer of ...": the noun's claim
                    and not sent.mention_at(k)
                    for k, w in enumerate(low[max(0, t - 6) : t], max(0, t - 6))
                )
            ):
                continue  # "providing military assistance": the verb's claim, not a second one
            if word in {"committed", "commits", "pledge"} and low[t + 1 : t + 2] in (["to"], ["itself"]):
                continue  # "committed to supporting Ukraine": a stance, not arms pledged
            if _landing_only(word, sent):
                continue  # "the drone landed in a field": no delivery
            if word.startswith("contribut") and low[t + 1 : t + 2] in (["to"], ["towards"], ["toward"]):
                continue  # "contributing to the air campaign": taking part, not arms given
            if word == "armed" and not _armed_with(sent, t) and not _arms_someone(sent, t):
                continue  # "armed forces", "armed drones": no supply; "armed the rebels with rockets" is
            if word in _SUPPLY or word in _RECEIVE or word in _HELP or word == "armed" or word in _ARMING:
                fact = self._supply(sent, t, frames, doc)
            elif word in _SHOOT and low[t + 1 : t + 2] == ["down"]:
                # "shoot down": an interception, not a use of what was downed; but of what downed it
                if (fact := self._shot_down(sent, t, frames, doc)) is None:
                    continue
            elif (
                word in _USE
                and not _after_train(low, t)
                and not _purpose(low, t)
                and low[t + 1 : t + 2] != ["-"]  # "fire-and-forget missiles": a kind of missile, no use
                and not _second_hand(sent, t)
            ):
                if low[t + 1 : t + 2] == ["down"]:
                    continue  # "shoot down": an interception, not a use
                fact = self._use(sent, t, frames, doc, Predicate.USES)
            elif word in _USERS:
                fact = self._user(sent, t, frames)
            elif word in _BUYERS:
                fact = self._buyer(sent, t, frames)
            elif word in _STRIKE_VERBS and (
                (fact := self._struck_with(sent, t, frames) or self._weapon_struck(sent, t, doc)) is not None
            ):
                pass
            elif word in _DEPLOY and not _purpose(low, t):
                # "deployed Mohajer-6 drones against the RSF": a use in combat, not a posting
                k = next((k for k in range(t + 1, min(len(low), t + 12)) if low[k] == "against"), t)
                against = k > t and _CLAUSE_BREAKS.isdisjoint(low[t + 1 : k])
                fact = self._use(sent, t, frames, doc, Predicate.USES if against else Predicate.DEPLOYS)
            elif word in _PRODUCE:
                fact = self._use(sent, t, frames, doc, Predicate.PRODUCES)
            elif word in _TRAIN:
                fact = self._train(sent, t, frames, doc)
            elif word in _ATTACKS:
                fact = self._attack(sent, t, frames, doc)
            else:
                continue
            if fact is not None and "_blanket" in fact:
                blanket = fact.pop("_blanket")
                claims += [(t, {**fact, "object": f["object"], "_refers": f["id"]}) for f in blanket]
            elif fact is not None:
                if (by := fact.pop("_supplied_by", None)) is not None and by != fact["subject"]:
                    supply = {"predicate": "SUPPLIES", "subject": by, "object": fact["subject"]}
                    claims.append((t, {**supply, "weapons": [fact["object"]], "_span": fact["_span"]}))
                # "to Russia or Ukraine", "used Shahed-131 and Shahed-136 drones", "Turkey, along with
                # Iran and the UAE, have been supplying": one claim per subject and object
                subjects = [fact["subject"], *fact.pop("_also_subjects", [])]
                objects = [fact["object"], *fact.pop("_also", [])]
                claims += [
                    (t, {**fact, "subject": s, "object": o}) for s in subjects for o in objects if s != o
                ]
        if not sent.vocab.isdisjoint({"for", "to"}) and (
            not _ARMS.isdisjoint(sent.vocab) or any(m.role == "weapon" for m in sent.mentions)
        ):
            claims += self._destined(sent, frames, doc)
        if not _DEALINGS.isdisjoint(sent.vocab) and "with" in sent.vocab:
            claims += self._dealings(sent, frames, doc)
        if not _DEAL_NOUNS.isdisjoint(sent.vocab) and not _SEAL.isdisjoint(sent.vocab):
            claims += self._deals(sent, frames, doc)
        if not _THANK.isdisjoint(sent.vocab) and "for" in sent.vocab:
            claims += self._thanked(sent)
        if not _RELY.isdisjoint(sent.vocab) and "for" in sent.vocab:
            claims += self._relied(sent, frames)
        if not _REACHED.isdisjoint(sent.vocab) and (
            not _ARMS.isdisjoint(sent.vocab) or any(m.role == "weapon" for m in sent.mentions)
        ):
            claims += self._reached(sent, frames, doc)
        if frames and not _BACKERS.isdisjoint(sent.vocab):
            claims += self._backed_groups(sent, frames)
        if not _CARRY.isdisjoint(sent.vocab) and {"from", "to"} <= sent.vocab:
            claims += self._carried(sent)
        if not _INCLUDES.isdisjoint(sent.vocab):
            claims += self._contents(sent, frames, doc)
        if not _GRANT.isdisjoint(sent.vocab) and doc.supplies:
            claims += self._granted(sent, doc)
        self._stances(sent, frames, claims, doc)
        if frames and not claims:
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

    def _source_after(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> None:
        """ "North Korea has sent a million shells to Russia. That is according to Seoul's spy agency.":
        a sentence that only names the source of the one before makes its claims reported by it."""
        low = sent.lower
        k = low.index("according") if "according" in low[:4] else -1
        if (
            k < 1
            or not set(low[:k]) <= {"that", "this", "is", "'s", "’s", "was"}
            or low[0] not in {"that", "this"}
        ):
            return
        source = next((f.source for f in frames if f.verb == k and f.source is not None), None)
        if source is None:
            return
        for fact in doc.facts[doc.previous_start : doc.sentence_start]:
            if (
                fact["predicate"] in _CLAIMED | {"DENIES", "CONFIRMS"}
                and fact["stance"] == Stance.ASSERTED.value
            ):
                fact["stance"] = Stance.REPORTED.value
                fact["attributed_to"] = [source.entity]

    def _we(self, sent: Sentence, frames: list[_Frame]) -> None:
        """ "We have received such systems," Lukashenko said: "we" and "us" in what someone says are
        the state they speak for."""
        added = False
        low = sent.lower
        for k, word in enumerate(low):
            ours = word == "our" and low[k + 1 : k + 2] in (["country"], ["nation"], ["state"])
            if (word not in {"we", "us"} and not ours) or sent.mention_at(k) is not None:
                continue
            frame = next((f for f in frames if f.start <= k < f.end and f.source is not None), None)
            state = self._state_of(frame.source.entity) if frame is not None else None
            group = next(
                (
                    body
                    for person, body, _ in sent.members
                    if frame is not None
                    and person == frame.source.entity
                    and (spec := self.spec(body)) is not None
                    and spec.kind == "armed-group"
                ),
                None,
            )
            if group is not None and not ours:
                # "“We have received no weapons,” said X, a rebel commander": the speaker's group
                sent.mentions.append(Mention(k, k + 1, group, EntityType.ORGANIZATION))
                added = True
            elif state is not None:
                # "our country" too: "The first tanks have arrived in our country," Duda said
                sent.mentions.append(Mention(k, k + 1 + ours, state, EntityType.COUNTRY))
                added = True
        if added:
            sent.mentions.sort(key=lambda m: m.start)
            sent.freeze()

    def _enemy(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> None:
        """ "the enemy launched 12 attacks," the prosecutor said: the one the article has attacking
        the speaker's state (a use against it), if any."""
        low = sent.lower
        for k, word in enumerate(low):
            if word != "enemy" or low[k - 1 : k] != ["the"] or sent.mention_at(k) is not None:
                continue
            frame = next((f for f in frames if f.start <= k < f.end and f.source is not None), None)
            state = self._state_of(frame.source.entity) if frame is not None else None
            attacker = next(
                (
                    f["subject"]
                    for f in reversed(doc.facts)
                    if f["predicate"] == "USES" and state in f.get("against", []) and f["subject"] != state
                ),
                None,
            )
            if attacker is not None and (spec := self.spec(attacker)) is not None:
                sent.mentions.append(Mention(k - 1, k + 1, attacker, spec.type))
                sent.mentions.sort(key=lambda m: m.start)
                sent.freeze()

    def _weapons_back(self, sent: Sentence, doc: _Doc) -> None:
        """ "the missiles" after "ballistic missiles" are those ballistic missiles (never a sibling)."""
        low = sent.lower
        for m in sent.mentions:
            if m.role != "weapon" or m.type != EntityType.WEAPON_CATEGORY or m.start == 0:
                continue
            if low[m.start - 1] not in {"the", "these", "those", "such"}:
                continue
            earlier = [x.entity for x in sent.mentions if x.role == "weapon" and x.end <= m.start]
            for candidate in reversed([*doc.last_weapons, *earlier]):
                if m.entity in self.gaz.categories_of(candidate):
                    m.entity = candidate
                    m.type = self.gaz[candidate].type
                    break

    # --- attribution ---------------------------------------------------------

    def _frames(self, sent: Sentence) -> list[_Frame]:
        low, n = sent.lower, len(sent.lower)
        frames: list[_Frame] = []
        for v, word in enumerate(low):
            if word in _HELD and (frame := self._documents_frame(sent, v)) is not None:
                frames.append(frame)  # "documents seen by The Guardian show ...": the paper reports it
                continue
            if word in _STORIES and (frame := self._spread_frame(sent, v)) is not None:
                frames.append(frame)
                continue
            if word not in _FRAME_WORDS:
                continue
            as_by = word in {"reported", "cited", "quoted", "stated"} and low[v - 1 : v] == ["as"]
            if word == "per":
                if v > 0 and low[v - 1] == "," and (src := self._speaker_at(sent, v + 1)) is not None:
                    frames.append(_Frame(v, src, 0, v))  # "Iran has sent drones to Russia, per US officials."
                continue
            if word == ":":
                if v <= 4 and (head := self._colon_speaker(sent, v)) is not None:
                    frames.append(_Frame(v, head, v + 1, n))  # "Budanov: North Korea has shipped shells"
                continue
            if word == "according" or (as_by and low[v + 1 : v + 2] == ["by"]):
                # "as reported by Reuters, ..." reads as "according to Reuters, ..."
                if low[v + 1 : v + 2] not in (["to"], ["by"]):
                    continue
                # "according to X", or to no one in particular ("according to state media").
                src = self._speaker_at(sent, v + 2)
                after = v < 3 or (v > 0 and low[v - 1] in {",", "“", '"'} and v < 5)
                if v > 1 and low[v - 1] == "," and src is not None and "," in low[src.end : src.end + 3]:
                    # "North Korea, according to the Pentagon, has supplied ...": a parenthesis
                    frames.append(_Frame(v, src, 0, n))
                elif after:
                    stop = src.end if src else next((k for k in range(v + 2, n) if low[k] == ","), v + 2)
                    frames.append(_Frame(v, src, stop, n))
                else:
                    frames.append(_Frame(v, src, 0, v))
                continue
            if word in _URGE:
                # "X called on Iran to stop military aid": the complement starts at Iran
                j = v + 1 + (low[v + 1 : v + 2] in (["on"], ["upon"]))
                if (word in {"called", "calls"}) == (j == v + 1):
                    continue
                target = _mention_from(sent, j)
                src = self._source_before(sent, v)
                if target is not None and src is not None:
                    frames.append(_Frame(v, src, target.start, n))
                continue
            if word in _PENALTIES:
                k = next((k for k in range(v + 1, min(n, v + 12)) if low[k] in {"for", "over"}), None)
                if k is not None and _STOP.isdisjoint(low[v:k]):
                    src = self._left(sent, v, 0, set())
                    if src is not None:
                        frames.append(_Frame(v, src, v + 1, n))  # the sanctioned party is in it
                continue
            if word in _CLAIM_NOUNS or word in _CONCERNS or word in _STATEMENT_NOUNS or word == "seen":
                frame = self._noun_frame(sent, v)
                if frame is None and word in _VERB_NOUNS:
                    frame = self._present_claim(sent, v)
                if frame is not None:
                    frames.append(frame)
                continue
            if sent.mention_at(v):
                continue
            if (
                word in {"found", "finds", "charged"}
                and low[v + 1 : v + 2] != ["that"]
                and not _closing_find(low, v)
            ):
                continue  # "were found with", "charged with"; but "..., a UN panel found." closes a sentence
            if word in {"posted", "posts"} and not any(w in {"that", ":"} for w in low[v + 1 : v + 7]):
                continue  # "posted on X that ...", "posted on Telegram: ..."; never "posted troops"
            if (
                word in {"alleged", "reported", "claimed", "written"}
                and v > 0
                and low[v - 1] in _DETERMINERS | {"a", "an"}
            ):
                continue  # "the alleged ammunition supplies": an adjective, no one speaks
            if v > 0 and low[v - 1] in _BE and low[v + 1 : v + 2] == ["as"] and word in {"cited", "quoted"}:
                # "He was cited as adding, ...": the one cited speaks
                src = sent.mention_at(v - 2)
                k = v + 2 + (v + 2 < n and low[v + 2] in {"saying", "adding", "telling", "stating"})
                if src is not None and src.role == "actor":
                    if low[k : k + 1] in (["by"], ["."], []) and not _QUOTES.isdisjoint(low[: src.start]):
                        # "“...,” Duda was quoted as saying by Polish television": the quotation before
                        frames.append(_Frame(v, src, 0, src.start))
                    else:
                        frames.append(_Frame(v, src, k, n))
                continue
            if (
                v > 0
                and low[v - 1] in _BE
                and low[v + 1 : v + 2] == ["by"]
                and word in {"cited", "quoted"}
                and (src := sent.mention_at(v - 2)) is not None
                and src.role == "actor"
                and (by := self._speaker_at(sent, v + 2)) is not None
                and low[by.end : by.end + 2] in (["as", "saying"], ["as", "adding"], ["as", "stating"])
            ):
                # "Nozari was quoted by the Iranian Labour News Agency as saying: ...": Nozari speaks,
                # and the agency relays it
                frames.append(_Frame(v, src, by.end + 2, n))
                frames.append(_Frame(v, by, by.end + 2, n))
                continue
            if word == "saying" and low[max(0, v - 2) : v] in (["quoted", "as"], ["cited", "as"]):
                continue  # its "was quoted as" frame holds it
            if v > 0 and low[v - 1] in _BE and low[v + 1 : v + 2] != ["by"]:
                continue
            if v + 1 < n and low[v + 1] == "by":
                by = self._speaker_at(sent, v + 2)
                if word in {"accused", "suspected"} and by is not None and low[by.end : by.end + 1] == ["of"]:
                    # "Iran has been accused by Ukraine of supplying drones": the accusation follows
                    frames.append(_Frame(v, by, 0, n))
                else:
                    # "was confirmed by Japanese officials" confirms, as "Japanese officials confirmed"
                    frames.append(_Frame(v, by, 0, v, confirms=word in _CONFIRM))
                continue
            src, after_src = self._frame_source(sent, v, frames)
            if (
                src is None
                and word in {"told", "tells"}
                and (outlet := _mention_from(sent, v + 1)) is not None
                and self._outlet(outlet.entity)
            ):
                src = outlet  # "Officials told the Financial Times that ...": the outlet reports it
            inner = None
            k = v + 1
            if word in {"quoted", "cited"}:
                inner = _mention_from(sent, k)
                for j in range(k, min(n - 1, k + 12)):
                    if low[j] == "as" and low[j + 1] == "saying":
                        k = j + 2
                        break
            content_after = self._content_after(sent, k)
            if (
                src is not None
                and not after_src
                and (lead := _title_start(sent, src.start)) > 0
                and low[lead - 1] in {",", "”", '"'}
                and not _TRIGGERS.isdisjoint(low[:lead])
            ):
                # "..., Yonhap reported on Aug. 27, citing ...": the report is what came before
                content_after = low[k : k + 1] == ["that"] or (k < n and low[k] in {"“", '"', ":"})
            # past a time or channel ("announced on Monday, with ...", "said in a statement, ...")
            comma = next((j for j in range(k, min(n, k + 5)) if low[j] == ","), None)
            if (
                comma is not None
                and comma > k
                and (
                    low[k] not in {"on", "in", "last", "this", "earlier", "late", "via", "at"}
                    or any(sent.mention_at(j) or low[j] in _TRIGGERS for j in range(k, comma))
                )
            ):
                comma = None
            if (
                content_after
                and comma is not None
                and any(low[j] == "," for j in range(max(0, v - 5), v))
                and not _TRIGGERS.isdisjoint(low[:v])
            ):
                content_after = (
                    False  # "Egypt received jets, the military said, six months after ...": before
                )
            if content_after and not after_src:
                start, end = k, n
            else:
                start, end = 0, (src.start if src and not after_src else v)
                if not after_src:
                    # "X denied it, but diplomats say ...": what the speaker says is not before the "but"
                    start = next(
                        (
                            j + 1
                            for j in range(end - 1, 0, -1)
                            if low[j] == "but" and low[j - 1] == "," and _QUOTES.isdisjoint(low[j:end])
                        ),
                        0,
                    )
            also = self._listed_before(sent, src) if src is not None and not after_src else []
            if src is not None and not after_src and (listed := self._including(sent, v)):
                src, also = listed[0], listed[1:]  # "Many countries, including the UK and Germany, said"
            frames.append(_Frame(v, src, start, end, inner, word in _CONFIRM, also=also))
        for f in frames:
            if f.source is None and low[f.verb] == "according":
                for g in frames:
                    if g is not f and f.start <= g.verb < f.end:
                        g.hearsay = True
            if f.start > f.verb:
                # the speaker's words end where the article goes on: ", where Russia has used them", ", but"
                f.end = next(
                    (
                        k
                        for k in range(f.start, f.end - 1)
                        if low[k] == ","
                        and (
                            (
                                low[k + 1] in {"where", "but", "while", "whereas"}
                                and low[k + 2 : k + 3] != ["that"]
                            )
                            # ", a charge Tehran denies": the writer's aside on the claim
                            or (low[k + 1] in {"a", "an"} and low[k + 2 : k + 3] and low[k + 2] in _CHARGES)
                        )
                    ),
                    f.end,
                )
        for b in frames:
            if b.source is not None and b.start == 0 and b.end <= b.verb:
                # "Ukraine has stated that ..., writes Politico": the outlet reports what the speaker said
                for a in frames:
                    if a is not b and a.source is not None and b.start <= a.verb < b.end and a.start > a.verb:
                        a.also.append(b.source)
        # A frame's complement stops where a later frame with its own complement starts,
        # unless that frame is what the first one reports ("X said that US intelligence indicates ...").
        for a, b in itertools.pairwise(frames):
            if a.start <= b.verb < a.end and b.start > b.verb:
                if self._nested(sent, a, b):
                    b.outer = a
                    continue
                if sent.lower[a.verb] == "according" and a.source is not None and b.source is not None:
                    b.also.append(a.source)  # "According to RT, Lutsenko wrote that ...": both report it
                a.end = min(a.end, b.source.start if b.source and b.source.start > a.start else b.verb)
        return frames

    def _frame_source(self, sent: Sentence, v: int, frames: list[_Frame]) -> tuple[Mention | None, bool]:
        """Who speaks with the verb at ``v``, and whether they are named after it."""
        low = sent.lower
        before = low[v - 1] if v else ""
        if (
            (before in {"has", "have", "had", "also"} or before.endswith("ly"))
            and v > 1
            and low[v - 2] == ","
        ):
            # "Lukashenko, the president of Belarus, has announced": as if the verb stood by the comma
            source, after = self._frame_source(sent, v - 1, frames)
            if source is not None:
                return source, after
        if before in {"and", "but"} and frames and frames[-1].verb < v:
            return frames[-1].source, False  # "X acknowledged ... but said ..."
        if before in {"and", "but"} and (subject := self._subject_before(sent, v)) is not None:
            return subject, False  # "Serbia's Foreign Ministry disputed the UN report and said ..."
        if before == "," and low[v].endswith("ing"):
            # "Tehran denies ..., insisting that ...": the subject of the sentence goes on speaking
            # (never the maker of the reports it judged: "slammed Japanese reports ..., adding")
            if frames and frames[-1].verb < v and low[frames[-1].verb] not in _CLAIM_NOUNS:
                return frames[-1].source, False
            return self._subject_before(sent, v), False
        if (
            low[v] in _ACCUSING
            and not _FILINGS.isdisjoint(low[max(0, v - 10) : v])
            and _DENY.isdisjoint(low[:v])
            and (subject := self._subject_before(sent, v)) is not None
        ):
            return (
                subject,
                False,
            )  # "Sudan filed a lawsuit at the ICJ accusing the UAE of arming ...": who filed it
        if before == "," and (opener := self._citing_opener(sent, v)) is not None:
            return opener, False  # "The Wall Street Journal, citing US officials, said China ..."
        if (
            before == ","
            and low[v + 1 : v + 2] in (["a"], ["the"], ["an"])
            and low[v + 2 : v + 3] != []
            and low[v + 2] in _WRITINGS
            and low[v + 3 : v + 4] in (["by"], ["from"], ["of"])
            and (author := _mention_from(sent, v + 4)) is not None
            and author.role == "actor"
        ):
            return author, True  # "..., says a report from the Small Arms Survey"
        if (
            before in {",", "”", '"'}
            and (after := self._speaker_at(sent, v + 1, near=True)) is not None
            and not _opens_clause(sent.lower, after.end)  # "X, speaking in Kyiv, said Iran had sent ..."
        ):
            return after, True  # "..., said John Kirby, the spokesman"
        # "X, the spokesman, said": an apposition before; never "supplied Syria with rockets, said ..."
        src = self._source_before(sent, v) if before != "," else None
        if before == ",":
            # "John Kirby, the spokesperson of the NSC, said": the name before the apposition;
            # "the head of the office, Andriy Yermak, warned": the name in it.
            for c in range(v - 2, max(-1, v - 20), -1):
                if low[c] in _SAY or low[c] in {"that", "“", "”", '"'} or low[c] in _TRIGGERS:
                    break
                if low[c] == ",":
                    # (not the one whose aide speaks: "Andriy Yermak, Zelensky's chief of staff, said")
                    inside = [
                        x
                        for x in sent.mentions
                        if c < x.start < v
                        and x.type == EntityType.PERSON
                        and low[x.end : x.end + 1] not in (["’s"], ["'s"])
                    ]
                    # "John Kirby, ..., said", "A Pentagon spokesman, speaking on condition of anonymity, said"
                    m = next(
                        (
                            x
                            for x in sent.mentions
                            if x.role == "actor"
                            and (x.end == c or (x.end == c - 1 and low[x.end] in _OFFICES))
                        ),
                        None,
                    )
                    if inside:
                        return inside[0], False
                    if m is not None:
                        return self._apposed(sent, m), False
                    break
        if src is not None and src.type == EntityType.PERSON and src.start > 2:
            # "Imad Sid Ahmad, Sudanese press secretary for President Omar al-Bashir, also said": the
            # name that opens the sentence, not the one in its apposition
            first = sent.mentions[0] if sent.mentions else None
            if (
                first is not None
                and first is not src
                and first.type == EntityType.PERSON
                and first.start <= 1
                and low[first.end : first.end + 1] == [","]
                and not any(
                    w in _SAY or w in _TRIGGERS or w in {"that", "“", "”", '"'} for w in low[first.end : v]
                )
            ):
                return first, False
        if src is not None:
            return src, False
        # "they said", "a team of assessors says Iran ...": reported, by no one we can name
        return None, False

    def _colon_speaker(self, sent: Sentence, v: int) -> Mention | None:
        """The person or body that opens "Budanov: North Korea has shipped ...", "Pentagon: ...", a
        headline's or lede's way of quoting; never a place ("Cairo: Egypt received ...")."""
        head = next(iter(sent.mentions), None)
        if (
            head is None
            or head.role != "actor"
            or head.end != v
            or sent.lower[: head.start] not in ([], ["the"])
        ):
            return None
        spec = self.spec(head.entity)
        return head if spec is not None and spec.type != EntityType.COUNTRY else None

    def _citing_opener(self, sent: Sentence, v: int) -> Mention | None:
        """The source that opens "X, citing Y, said ..." or "X, quoting Y, reported ...": X, whose
        apposition names whom it cites; None for any other sentence."""
        low = sent.lower
        first = next(iter(sent.mentions), None)
        if first is None or first.role != "actor" or low[: first.start] not in ([], ["the"]):
            return None
        if low[first.end : first.end + 2] not in ([",", "citing"], [",", "quoting"]):
            return None
        if any(w in _SAY or w in _TRIGGERS for w in low[first.end + 2 : v]):
            return None
        return first

    def _listed_before(self, sent: Sentence, m: Mention) -> list[Mention]:
        """Actors listed before ``m`` with it: "Both Kyiv and Washington said"."""
        low = sent.lower
        out: list[Mention] = []
        k = m.start - 1
        k -= k > 0 and low[k] == "the"  # "CNN and the Wall Street Journal reported"
        if k < 1 or low[k] != "and":
            return out  # "..., Belta reported": a comma alone lists no one
        while k > 0 and low[k] in {"and", ","}:
            prev = sent.mention_at(k - 1)
            if prev is None or prev.role != "actor":
                break
            out.append(prev)
            k = prev.start - 1
        return out

    def _listed_with(self, sent: Sentence, m: Mention, lo: int) -> list[Mention]:
        """Actors listed before the subject ``m`` with it: "Iran, Russia and China supplied", "Turkey,
        along with Iran and the UAE, have been supplying"; none when a preposition governs the list."""
        low = sent.lower
        out: list[Mention] = []
        k = m.start - 1
        while k > lo:
            while k > lo and low[k] in {"the", ","}:
                k -= 1
            if low[k] == "and":
                k -= 1
            elif low[k] == "with" and low[k - 1] in {"along", "together"}:
                k -= 2
            elif low[k - 2 : k + 1] == ["as", "well", "as"]:
                k -= 3
            elif low[k + 1] != ",":
                break
            while k >= lo and low[k] == ",":
                k -= 1
            prev = sent.mention_at(k)
            if prev is None or prev.role != "actor" or prev.end != k + 1:
                break
            out.append(prev)
            k = prev.start - 1
        first = min((x.start for x in out), default=0) - 1
        while first > 0 and low[first] in {"the", "a", "an"}:
            first -= 1
        if out and first >= 0 and (low[first] in _PREPOSITIONS or low[first] in _TRIGGERS):
            return []  # "sent to Iran, Russia and China supplied ...": not a list of subjects
        return out

    def _including(self, sent: Sentence, v: int) -> list[Mention]:
        """The actors listed after "including" right before the verb at ``v``: "Many European
        countries, including the UK, Germany and Sweden, announced"."""
        low = sent.lower
        i = next((k for k in range(v - 1, max(-1, v - 16), -1) if low[k] == "including"), None)
        if i is None:
            return []
        out: list[Mention] = []
        k = i + 1
        while k < v:
            m = sent.mention_at(k)
            if m is not None and m.role == "actor":
                out.append(m)
                k = m.end
            elif low[k] in {",", "and", "the", "as", "well"}:
                k += 1
            else:
                return []
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

    def _person(self, entity_id: str) -> bool:
        spec = self.spec(entity_id)
        return spec is not None and spec.type == EntityType.PERSON

    def _subject_before(self, sent: Sentence, v: int) -> Mention | None:
        """The first actor of the sentence before ``v`` that no preposition or verb governs."""
        low = sent.lower
        for m in sent.mentions:
            if m.start >= v:
                break
            if m.role != "actor":
                continue
            if low[m.end : m.end + 1] in (["’s"], ["'s"]) and sent.mention_at(m.end + 1) is not None:
                continue  # "Serbia's Foreign Ministry": the ministry
            before = m.start - 1
            while before > 0 and low[before] in {"the", "a", "an"}:
                before -= 1
            if m.start == 0 or (low[before] not in _PREPOSITIONS and low[before] not in _TRIGGERS):
                return self._apposed(sent, m)
        return None

    def _speaker_at(self, sent: Sentence, j: int, near: bool = False) -> Mention | None:
        """The speaker named in the phrase from ``j``: a person if one is named, else the first actor.

        "by the official representative of the Ministry of Foreign Affairs of Iran Nasser Kanani"
        is Kanani. With ``near`` the phrase must start with the name.
        """
        low = sent.lower
        while j < len(low) and low[j] in {"the", "a", "an"}:
            j += 1
        first = None
        for k in range(j, min(len(low), j + 16)):
            m = sent.mention_at(k)
            if m is not None and m.role == "actor":
                if m.type == EntityType.PERSON:
                    return m
                first = first or m
            elif near and low[k] not in _SPEAKER_WORDS:
                return first  # "..., writes Politico.": the name the phrase starts with, or no one
            if low[k] in _PHRASE_ENDS and not (
                low[k] == "in" and low[k - 1] in {"authorities", "officials", "government"} and first is None
            ):  # "the authorities in the West African country": that country's
                break
        return first

    def _documents_frame(self, sent: Sentence, v: int) -> _Frame | None:
        """ "Iran sent drones, documents seen by The Guardian show", "Files obtained by the BBC reveal
        that ...": the outlet that holds the papers reports what they show."""
        low, n = sent.lower, len(sent.lower)
        if v == 0 or low[v - 1] not in _DOCUMENTS or low[v + 1 : v + 2] != ["by"]:
            return None
        src = self._speaker_at(sent, v + 2)
        if src is None:
            return None
        k = src.end
        if low[k : k + 1] and low[k] in _SHOW:
            if low[k + 1 : k + 2] in ([], ["."]) and v >= 3 and low[v - 2] == ",":
                return _Frame(v, src, 0, v - 2)  # the claim before the comma
            return _Frame(v, src, k + 1 + (low[k + 1 : k + 2] == ["that"]), n)
        return None

    def _noun_frame(self, sent: Sentence, v: int) -> _Frame | None:
        """ "a Wall Street Journal report that ...", "X has not seen evidence that ..."."""
        low = sent.lower
        if low[v] == "seen":
            if _EVIDENCE.isdisjoint(low[v + 1 : v + 4]):
                return None
            src = self._source_before(sent, v)
            return _Frame(v, src, v + 1, len(low)) if src is not None else None
        j = v + 1 + (low[v + 1 : v + 2] in (["published"], ["released"], ["issued"]))
        by = sent.mention_at(j + 1 + (low[j + 1 : j + 2] == ["the"])) if low[j : j + 1] == ["by"] else None
        if (m := by) is not None and m.role == "actor":
            # "a report published by the New York Times claiming that ...", "a report by X that ..."
            k = m.end + (m.end < len(low) and low[m.end] in _CLAIMING)
            k += low[k : k + 1] == ["that"]
            return _Frame(v, m, k, len(low)) if k > m.end else None
        if (
            v > 0
            and low[v - 1] in _ASIDE
            and low[v] in _CLAIM_NOUNS
            and low[v + 1 : v + 2] in (["from"], ["by"])
        ):
            # "denied arming the RSF, despite reports from UN experts and US lawmakers": each of
            # them reports the claim the sentence has made
            named = self._named_after(sent, v + 2)
            return _Frame(v, named[0], 0, v, also=named[1:]) if named else None
        about = low[v + 1 : v + 2] in (["about"], ["of"], ["on"]) and low[v] in _CLAIM_NOUNS
        if low[v + 1 : v + 2] != ["that"] and not about:
            return None
        k = v - 1
        if about:
            # "Japanese media reports about the alleged supplies", "US claims of arms deliveries"
            k -= k > 0 and low[k] in {"’s", "'s"}  # "Seoul's claims of ..."
            m = sent.mention_at(k) if k >= 0 else None
            if m is None or m.role != "actor":
                return None
            return _Frame(v, m, v + 2, len(low))
        if k >= 0 and low[k] in _NOUN_ADJECTIVES:
            k -= 1  # "Blinken's recent statement that ..."
        if k >= 0 and low[k] in _VOICING and low[v] in _CONCERNS:
            m = self._source_before(sent, k)  # "the US has expressed concerns that ..."
        else:
            if k >= 0 and low[k] in {"’s", "'s"}:
                k -= 1
            m = sent.mention_at(k) if k >= 0 else None
        if m is None or m.role != "actor":
            return None
        return _Frame(v, m, v + 2, len(low), also=self._listed_before(sent, m))

    def _spread_frame(self, sent: Sentence, v: int) -> _Frame | None:
        """ "Armenian media spread fake information that ...": the spreaders report the story; a
        "fake" before it is the writer's judgement (see `_spread_judged`)."""
        low = sent.lower
        k = v - 1
        while k >= 0 and low[k] in _DENIAL_WORDS:
            k -= 1
        if low[v + 1 : v + 2] != ["that"] or k < 0 or low[k] not in _SPREAD:
            return None
        src = self._source_before(sent, k)
        return _Frame(v, src, v + 2, len(low)) if src is not None else None

    def _present_claim(self, sent: Sentence, v: int) -> _Frame | None:
        """ "Sudan's government claims the RSF has launched drones", "Reuters reports Iran sent ...",
        "dismissed US claims Iran sent ...": the actor right before "claims" or "reports" makes the
        claim of the clause after (with "that", the noun frame reads it)."""
        low = sent.lower
        src = sent.mention_at(v - 1) if v > 0 else None
        if (
            src is None
            and v > 0
            and (
                low[v - 1] in _OFFICES
                or low[v - 1] in _SPOKEN_BODIES
                or (low[v] == "charges" and low[v + 1 : v + 2] == ["that"])
            )
        ):
            src = self._source_before(sent, v)  # "Sudan's government claims", "Kigali charges that"
        if src is None and low[v - 1 : v] == [","] and low[v + 1 : v + 2] == ["that"]:
            # "N'Djamena, in turn, charges that ...": the actor before the aside
            k = next((k for k in range(v - 2, max(0, v - 6), -1) if low[k] == ","), 0)
            src = sent.mention_at(k - 1) if k > 0 else None
        if src is None or src.role != "actor" or v + 1 >= len(low):
            return None
        if low[v + 1] in _PREPOSITIONS or low[v + 1] in {",", ".", "and", "or"}:
            return None  # "Russian claims of ...", "the US reports, ...": a noun
        # a noun or not ("dismissed US claims Iran sent drones"), the actor before it makes the claim
        return _Frame(v, self._apposed(sent, src), v + 1, len(low))

    def _named_after(self, sent: Sentence, k: int) -> list[Mention]:
        """The actors listed from ``k`` to the end of the phrase: "UN experts, US politicians and
        rights groups"; stops at a clause, a verb of saying or an event."""
        low = sent.lower
        out: list[Mention] = []
        for j in range(k, min(len(low), k + 16)):
            w = low[j]
            if w in _CLAUSE_WORDS or w in _STOP or w in _SAY or w in _TRIGGERS or w in {".", "“", '"'}:
                break
            m = sent.mention_at(j)
            if m is not None and m.role == "actor" and m.start == j:
                out.append(m)
        return out

    def _nested(self, sent: Sentence, a: _Frame, b: _Frame) -> bool:
        """Whether frame ``b`` sits in the complement of ``a``: no clause break between them."""
        if a.source is None or (b.source is not None and b.source.start < a.start):
            return False
        # "Kirby said the US has information that indicates ...": unnamed, it is still inside
        between = sent.lower[a.start : b.source.start if b.source is not None else b.verb]
        return not any(w in {",", ";", "and", "but", "adding", "while"} for w in between)

    def _apposed(self, sent: Sentence, m: Mention) -> Mention:
        """The person in "Person, a member of Body," when ``m`` is that body."""
        if m.type == EntityType.PERSON:
            return m
        for person, body, _ in sent.members:
            if m.entity != body and (body, m.entity) not in sent.parts:
                continue
            p = next((x for x in sent.mentions if x.entity == person and x.end < m.start), None)
            between = sent.lower[p.end : m.start] if p is not None else []
            if (
                p is not None
                and "," in between
                and m.start - p.end <= 14
                and not any(w in _SAY or w == "that" for w in between)
            ):
                return p
        return m

    def _source_before(self, sent: Sentence, v: int) -> Mention | None:
        low = sent.lower
        for m in sent.mentions:
            # "Turkey's ambassador to Ukraine said": the one whose official speaks
            if m.role != "actor" or m.end + 1 >= v or low[m.end] not in {"’s", "'s"} or m.start > v:
                continue
            rest = low[m.end + 1 : v]
            if (
                rest
                and rest[0] in _OFFICES
                and all(
                    w in _OFFICES
                    or w in {"to", "in", "for", "the", "foreign", "defence", "defense", "press"}
                    or (sent.mention_at(k) is not None and sent.mention_at(k).type == EntityType.COUNTRY)
                    for k, w in enumerate(rest, m.end + 1)
                )
            ):
                return m
        best = None
        for m in sent.mentions:
            if m.end <= v and v - m.end <= 6 and m.role == "actor":
                p = m.start - 1
                while p > 0 and sent.lower[p] in {"the", "a", "an"}:
                    p -= 1
                if (
                    m.start > 0
                    and sent.lower[p] in _PREPOSITIONS
                    and not (
                        # "a report in the Guardian said": the paper it ran in
                        (
                            sent.lower[p] in {"by", "from", "of", "in"}
                            and p > 0
                            and sent.lower[p - 1] in _WRITINGS
                        )
                        or (sent.lower[p] in {"for", "of"} and p > 0 and sent.lower[p - 1] in _VOICES)
                        # "officials in Washington said": the state whose officials speak
                        # "analysts at IHS Jane's have written": the body they work for
                        or (sent.lower[p] in {"in", "at"} and p > 0 and sent.lower[p - 1] in _SEATED)
                    )
                ):
                    # "... against Russian advances," Jean-Pierre said: no speaker; but "a report by
                    # The Telegraph revealed", "a spokesperson for the German government said": the
                    # one who wrote it, the one spoken for
                    continue
                between = sent.lower[m.end : v]
                owned = between[:1] in (["’s"], ["'s"])  # "SIPRI's Arms Transfers Database showed"
                if any(w in {"that", ","} or (not owned and (w in _SAY or w in _SUPPLY)) for w in between):
                    continue
                if any(sent.mention_at(k) and sent.mention_at(k).role == "actor" for k in range(m.end, v)):
                    continue
                best = m
        if best is None:
            best = self._before_relative(sent, v)
        if best is None and (first := next(iter(sent.mentions), None)) is not None:
            # "Kiev and its allies in many Western capitals have accused ...": the subject that opens
            # the sentence, further off, when nothing between speaks, supplies or starts a clause
            low = sent.lower
            between = low[first.end : v]
            opener = low[: first.start]
            if opener[1:2] == [","] and opener[0].isalpha():
                opener = opener[2:]  # "Previously, UN experts monitoring ... indicated": past an adverb
            if (
                first.role == "actor"
                and opener in ([], ["the"])
                and 6 < v - first.end <= 10
                and not any(
                    w in _SAY or w in _TRIGGERS or w in _CLAUSE_BREAKS or w in _CLAUSE_WORDS for w in between
                )
                and not any(w in {",", "“", '"', "”"} for w in between)
                # no other subject between ("monitoring the embargo on Yemen": governed, no subject)
                and not any(
                    (x := sent.mention_at(k)) and x.role == "actor" and not _governed(low, x.start)
                    for k in range(first.end, v)
                )
            ):
                best = first
        return self._apposed(sent, best) if best is not None else None

    def _before_relative(self, sent: Sentence, v: int) -> Mention | None:
        """ "the agency, which oversees arms sales, also said": the speaker before a relative clause
        set off by commas."""
        low = sent.lower
        k = v - 1
        while k > 0 and low[k] in {"also", "has", "had", "have", "later", "then"}:
            k -= 1
        if k < 3 or low[k] != ",":
            return None
        j = next((j for j in range(k - 1, max(0, k - 25), -1) if low[j] == ","), None)
        if j is None or j < 1 or low[j + 1] not in {"which", "who"}:
            return None
        m = sent.mention_at(j - 1)
        return m if m is not None and m.role == "actor" else None

    def _content_after(self, sent: Sentence, k: int) -> bool:
        low = sent.lower
        rest = [
            w
            for w in low[k:]
            if w not in {".", ",", "”", '"', "’", "on", "in", "a", "the", "to", "reporters"}
        ]
        if low[k : k + 1] == ["that"] or (k < len(low) and low[k] in {"“", '"', ":"}):
            return True
        return (
            any(
                w in _SUPPLY or w in _RECEIVE or w in _USE or w in _DENY or w in _BACKING or w in _TRAIN
                for w in rest
            )
            or len(rest) > 6
            or not _REACHED.isdisjoint(rest)  # "said the FARC's rifles came from Venezuela"
        )

    # --- triggers ------------------------------------------------------------

    def _frame_of(self, frames: list[_Frame], t: int) -> _Frame | None:
        inside = [f for f in frames if f.start <= t < f.end and f.verb != t]
        return min(inside, key=lambda f: f.end - f.start) if inside else None

    def _speaker_frame(self, frames: list[_Frame], t: int) -> _Frame | None:
        """The innermost frame around ``t`` whose speaker is named ("we assess ...," Kirby said)."""
        named = [f for f in frames if f.start <= t < f.end and f.verb != t and f.source is not None]
        return min(named, key=lambda f: f.end - f.start) if named else None

    def _supply(self, sent: Sentence, t: int, frames: list[_Frame], doc: _Doc) -> dict[str, Any] | None:
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
        reach = t + 1  # where the claim's words end, for the modality that scopes over it
        guessed = False  # the recipient is only the speaker's state ("arrived, X said")
        sellers: list[Mention] = []
        if word in _SUPPLY and word not in _NOMINAL and _weapon_subject(sent, t):
            return None  # "the jets will provide India with new capabilities": arms do not supply
        if word in _RECEIVE or (word in _LEASE and "from" in low[t + 1 : hi]):
            if word.endswith("ed") and (_passive(low, t) or low[t + 1 : t + 2] == ["by"]):
                # "the shipments are received by Russia", "aircraft already purchased by Kiev"
                recipient = self._after_word(sent, t, hi, {"by"})
            else:
                recipient = (self._possessor(sent, t, loose=True) if word in _RECEIPT_NOUNS else None) or (
                    self._left(sent, t, lo, skip) or self._possessor(sent, t)
                )
            if (
                recipient is None
                and frame is not None
                and frame.source is not None
                and frame.verb < frame.start <= t <= frame.start + 4
                and not any(sent.mention_at(k) for k in range(frame.start, t))
            ):
                # "Russia acknowledged receiving shells from North Korea", "India announced its
                # intention to procure jets": the speaker receives
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
            supplier = (
                self._after_word(sent, t, hi, {"from"})
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
                recipient = self._after_word(sent, t, hi, {"in"}, place_ok=True)
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
                    for w in self._weapon_mentions(sent, t, hi)
                    + self._weapon_mentions(sent, t, hi, before=True)
                ]
                supplier = next((o for o in origins if o), None)
            if supplier is None and recipient is not None:
                # "India bought Rafale jets": who the article has selling it such arms, else the
                # state that makes the system, else whoever the article has supplying it
                supplier = (
                    self._context_supplier(doc, recipient, weapons)
                    or self._system_origin(weapons)
                    or self._context_supplier(doc, recipient)
                )
            subject = supplier
            obj = recipient
            if isinstance(supplier, Mention):
                sellers = self._sellers_listed(sent, supplier, hi)  # "bought tanks from Russia and Israel"
        elif (
            word in {"supplier", "suppliers", "source", "sources"} | _PATRONS
            and (cast := self._cast_as(sent, t)) is not None
        ):
            subject, obj = cast  # "Despite ties with Russia as its key supplier, India ..."
        elif word in {"supplier", "suppliers", "source", "sources"} | _PATRONS:
            subject = (
                self._left(sent, t, lo, skip, allow_possessive=False)
                or self._in_role(sent, t)
                or self._after_word(sent, t, min(hi, t + 3), _BE | {"remains", "remained"})
            )  # "Azerbaijan's main arms supplier is Israel"
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
            ) or self._after_word(
                sent, t, hi, _RECIPIENT_PREPOSITIONS
            )  # "the biggest supplier of arms to Israel"
            j = t + 1
            while j < len(low) - 1 and (low[j].endswith("ly") or low[j] == "and"):
                j += 1  # "the largest backer financially and militarily of Hamas"
            if obj is None and low[j : j + 1] == ["of"]:
                obj = _mention_from(sent, j + 1)  # "the main arms supplier of India"
        else:
            subject, obj, refers = self._supply_parties(sent, t, lo, hi, skip, frame, doc, weapons)
            if obj is None and isinstance(subject, Mention) and subject.start < t:
                obj = self._relative_object(sent, subject)  # "the Houthis, whom Iran supplies with missiles"
            if isinstance(subject, Mention) and _seizer(sent, subject, t):
                subject = None  # "the navy seized weapons being smuggled to Yemen": the seizer sent nothing
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
        if isinstance(obj, Mention) and low[obj.end : obj.end + 1] and low[obj.end] in _PLACE_NOUNS:
            return None  # "to the Syrian port of Latakia": a place, not a recipient
        stop = next(
            (k for k in range(t + 1, min(hi, t + 11)) if low[k] in {",", "whose", "which", ";"}), t + 11
        )  # "the sale of F-35 jets to the UAE was suspended": up to the verb of the noun's clause
        if not _UNDONE.isdisjoint(low[max(0, t - 3) : t]) or any(
            low[k] in _BE and low[k + 1] in _UNDONE for k in range(t + 1, min(hi, stop) - 1)
        ):
            return None  # "whose sale to Russia was cancelled", "froze the delivery of": none took place
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
        s_id, o_id = _entity(subject), _entity(obj)
        if (spec := self.spec(s_id)) is not None and (
            self._acts_for_state(s_id)
            or (spec.kind == "armed-forces" and s_id == f"{spec.country}-armed-forces")
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
            word in _RECEIVE
            and (spec := self.spec(o_id)) is not None
            and spec.country == s_id
            and spec.kind != "armed-group"  # "the Janjaweed received rifles from Khartoum": it does
        ):
            return None  # "the Pakistan Air Force commissioned jets": no state supplies its own air force
        has_arms = (
            weapons
            or any(_arms_word(low, k) for k in range(lo, hi))
            or word in {"supplier", "suppliers", "arming", "rearming", "arm", "rearm", "armed"}
            or (word in _ARMING and word != "passed" and word not in _ARMS_AFTER)  # arming, or by arms
            or refers is not None  # a claim read before, perhaps on a second reading
            or (_anaphoric_supply(low, t) and bool(doc.facts))
            or (_them_after(low, t) and bool(doc.supplies))  # "Kyiv has received 12 of them"
            or self._backs_group(sent, t, o_id, frame, lo)
            or (word.startswith("resuppl") and self._armed_group(o_id))  # "resupplied Hezbollah"
        )
        if not has_arms:
            return None
        fact: dict[str, Any] = {"predicate": "SUPPLIES", "subject": s_id, "object": o_id, "weapons": weapons}
        if isinstance(obj, Mention):
            fact["_also"] = [
                m.entity
                for m in self._coordinated(sent, obj, hi)
                if m.entity not in {s_id, o_id} and self._actor(m.entity)
            ]
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
                m.entity for m in sellers if m.entity not in {s_id, o_id} and self._actor(m.entity)
            ]
        if isinstance(subject, Mention) and word not in _RECEIVE:
            fact["_also_subjects"] = [
                s
                for m in listed
                if (s := self._state_of(m.entity) if self._person(m.entity) else m.entity)
                and s not in {s_id, o_id}
                and self._actor(s)
            ]
        if refers is not None:
            fact["_refers"] = refers
        self._qualifiers(sent, fact, t, hi)
        parties = [m for m in (subject, obj) if isinstance(m, Mention)]
        fact["_span"] = (
            min([t, *(m.start for m in parties)]),
            max([reach, *(m.end for m in parties)]),
            hi,
            t,
        )
        return fact

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

    def _supplied_owned(self, sent: Sentence, t: int) -> dict[str, Any] | None:
        """ "Ukraine's US-supplied HIMARS", "the Houthis' Iranian-supplied missiles": arms a party
        owns, supplied by the state named before the participle."""
        low = sent.lower
        giver = sent.mention_at(t - 2)
        arms = sent.mention_at(t + 1)
        if giver is None or giver.role not in {"origin", "actor"} or arms is None or arms.role != "weapon":
            return None
        k = giver.start - 1
        if k > 1 and low[k] == "with" and low[k - 1] in {"equipped", "armed"}:
            owner = self._left(sent, k - 1, 0, set())  # "the Afghan army is equipped with US-supplied rifles"
        elif k < 1 or not _possessive(low, k):
            return None
        else:
            owner = sent.mention_at(k - 1)
        s_id = self._state_of(giver.entity) if self._person(giver.entity) else giver.entity
        if owner is None or owner.role != "actor" or not s_id or s_id == owner.entity:
            return None
        if not self._actor(s_id) or not self._actor(owner.entity):
            return None
        fact = {"predicate": "SUPPLIES", "subject": s_id, "object": owner.entity, "weapons": [arms.entity]}
        fact["_span"] = (owner.start, arms.end, len(low), t)
        return fact

    def _holder(self, sent: Sentence, t: int, lo: int, skip: set[int]) -> Mention | None:
        """ "Syria operates tanks supplied by Russia", "Syria's arsenal includes tanks supplied by
        Russia": who holds the arms a participle at ``t`` names the giver of."""
        low = sent.lower
        arms = sent.mention_at(t - 1)
        if arms is None or arms.role != "weapon":
            return None
        v = next((k for k in range(arms.start - 1, max(lo, arms.start - 5) - 1, -1) if low[k] in _HOLD), None)
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
        return m

    def _carried(self, sent: Sentence) -> list[tuple[int, dict[str, Any]]]:
        """ "planes carrying weapons from Israel to Azerbaijan": arms carried from one state to
        another (both named) are supplied by the first to the second."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for t, word in enumerate(low):
            if word not in _CARRY:
                continue
            hi = self._clause_end(sent, t, min(len(low), t + 14))
            before = word.startswith(("flow", "funnel", "pipeline", "route", "corridor"))
            arms = range(max(0, t - 4), t) if before else range(t + 1, hi)
            if not any(_arms_word(low, k) for k in arms):
                continue
            source = self._after_word(sent, t, hi, {"from"})
            target = self._after_word(sent, t, hi, {"to"})
            if (
                source is None
                or target is None
                or source.start > target.start
                or source.entity == target.entity
            ):
                continue
            if not (self._actor(source.entity) and self._actor(target.entity)):
                continue
            weapons = self._weapons(sent, t, source.start)
            fact = {
                "predicate": "SUPPLIES",
                "subject": source.entity,
                "object": target.entity,
                "weapons": weapons,
            }
            fact["_span"] = (t, target.end, hi, t)
            out.append((t, fact))
        return out

    def _dealings(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> list[tuple[int, dict[str, Any]]]:
        """ "North Korea has never had arms dealings with Russia": the supply between the two that
        the article tells of, whichever way it goes (none if it tells of none)."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for t, word in enumerate(low):
            if word not in _DEALINGS or t == 0 or low[t - 1].strip("‘’'\"") not in _ARMS:
                continue
            frame = self._frame_of(frames, t)
            lo = frame.start if frame else 0
            skip = {id(frame.source)} if frame and frame.source else set()
            one = self._left(sent, t, lo, skip)
            other = self._after_word(sent, t, min(len(low), t + 4), {"with"})
            if one is None or other is None:
                continue
            a = self._state_of(one.entity) or one.entity
            b = other.entity
            pair = next(
                (
                    (f["subject"], f["object"])
                    for f in reversed(doc.supplies)
                    if {f["subject"], f["object"]} == {a, b}
                ),
                None,
            )
            if pair is None:
                if doc.index >= 0:
                    doc.waiting.append((doc.index, len(doc.supplies)))
                continue
            fact = {"predicate": "SUPPLIES", "subject": pair[0], "object": pair[1], "weapons": []}
            fact["_span"] = (min(t, one.start), max(t + 1, other.end), len(low), t)
            out.append((t, fact))
        return out

    def _contents(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> list[tuple[int, dict[str, Any]]]:
        """What a supply named before holds: "The package also includes Javelin missiles"."""
        low = sent.lower
        for t, word in enumerate(low):
            if word not in _INCLUDES:
                continue
            k = next((k for k in range(max(0, t - 4), t) if low[k] in _PACKAGES), None)
            if k is None and low[t - 1 : t] == ["and"]:
                # "The previous package was worth $1.83 billion and included ...": the subject of both verbs
                k = next((k for k in range(max(0, t - 14), t) if low[k] in _PACKAGES), None)
                if k is not None and any(w in {",", "that", "which", ";"} for w in low[k:t]):
                    k = None
            opening = [w for w in low[:t] if w not in _QUOTES and w != "also"] == ["it"]
            if not opening and (
                k is None
                or not any(
                    w in _DETERMINERS | {"this", "another", "arms", "weapons"} for w in low[max(0, k - 4) : k]
                )
            ):
                continue  # "The (U.S. security assistance) package also includes ..."
            frame = self._frame_of(frames, t)
            hi = self._clause_end(sent, t, frame.end if frame else len(low))
            weapons = self._weapons(sent, t, hi)
            earlier = self._context_claim(doc, [])
            if earlier is None or not (
                weapons or (opening and any(_arms_word(low, j) for j in range(t, hi)))
            ):
                continue  # "It includes training, spare parts and weapons": the deal just told of
            fact = {"predicate": "SUPPLIES", "subject": earlier["subject"], "object": earlier["object"]}
            fact["weapons"] = weapons
            fact["_span"] = (t - 1 if k is None else k, t + 1, len(low), t)
            return [(t, fact)]
        return []

    def _granted(self, sent: Sentence, doc: _Doc) -> list[tuple[int, dict[str, Any]]]:
        """A supply named before, approved: "The shipment was approved on Monday", "the bombs were
        cleared last week" (a definite supply noun or arms as the subject of a passive grant)."""
        low = sent.lower
        for k, word in enumerate(low):
            if word not in _GRANT or not word.endswith("ed") or not _passive(low, k):
                continue
            j = k - 2 if low[k - 1] in _BE else k - 3  # the word before "was" / "were"
            while j > 0 and low[j] in {"also", "already", "now", "reportedly"}:
                j -= 1
            arms = sent.mention_at(j)
            head = (arms is not None and arms.role == "weapon") or low[j] in _NOMINAL or low[j] in _ARMS
            definite = any(w in _DETERMINERS | {"this"} for w in low[max(0, j - 3) : j])
            if (
                j < 1
                or not head
                or not definite
                or any(m.role == "actor" for m in sent.mentions if m.end <= j)
            ):
                continue
            earlier = self._context_claim(
                doc, [arms.entity] if arms is not None and arms.role == "weapon" else []
            )
            if earlier is None:
                continue
            fact = {"predicate": "SUPPLIES", "subject": earlier["subject"], "object": earlier["object"]}
            fact["_span"] = (j, k + 1, len(low), k)
            return [(k, fact)]
        return []

    def _reached(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> list[tuple[int, dict[str, Any]]]:
        """Arms that went from one party to another without a supply verb: "weapons from Libya have
        reached the Islamic State", "Iranian weapons ended up with the Houthis", "ammunition from
        Bulgaria was found with al-Shabaab", "Chinese rifles found their way to the RSF", "the
        drones used by Russia came from Iran", "most of the Taliban's rifles came from Pakistan"."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for t, word in enumerate(low):
            if word not in _REACHED:
                continue
            f = t + 1
            while f < len(low) - 1 and (low[f].endswith("ly") or low[f] == "back"):
                f += 1  # "come mainly from Iran", "were traced back to Iran"
            came = word in _CAME and low[f : f + 1] == (["to"] if word == "traced" else ["from"])
            to = _reach_end(low, t) if not came else None
            if not came and to is None:
                continue
            frame = self._frame_of(frames, t)
            lo = frame.start if frame else 0
            start = next(
                (
                    k + 1
                    for k in range(t - 1, lo - 1, -1)
                    if low[k] in _SUBJECT_BOUNDS and not (low[k] == "and" and _in_list(sent, k))
                ),
                lo,
            )
            arms = [m for m in sent.mentions if m.role == "weapon" and start <= m.start < t]
            words = [
                k
                for k in range(start, t)
                if low[k] in _ARMS - _WEAK_ARMS and low[k + 1] not in _ARMS_COMPOUNDS
            ]
            if not arms and not words:
                continue
            head = min([*(m.start for m in arms), *words])
            given = next((k for k in range(head, t) if low[k] == "from"), None)
            if came:
                supplier = _mention_from(sent, f + 1)
                if supplier is None and low[f + 1 : f + 2] in (["its"], ["their"]) and start > 0:
                    supplier = self._left(sent, start, 0, set())  # "denied that ... came from its arsenal"
                recipient = next(
                    (
                        m
                        for m in sent.mentions
                        if start <= m.start < t
                        and (m.role == "actor" or low[m.end : m.end + 1] in (["’s"], ["'s"]))
                    ),
                    None,
                )  # "the drones used by Russia", "the Taliban's rifles", "Algeria's arms"
                if recipient is None and arms and (used := self._context_use(doc, self._distinct(arms))):
                    # "The Houthis fired missiles at Riyadh. The missiles came from Iran.": their user
                    recipient = next(
                        (m for m in sent.mentions if m.entity == used["subject"]), None
                    ) or Mention(t, t, used["subject"], EntityType.ORGANIZATION)
            else:
                if given is None and low[to - 1 : to] == ["from"]:
                    # "weapons made their way from Libya to Mali"
                    given, to = to - 1, next((k + 1 for k in range(to, len(low) - 1) if low[k] == "to"), to)
                supplier = _mention_from(sent, given + 1) if given is not None else None
                if (
                    supplier is None
                    and given is not None
                    and low[given + 1 : given + 2] in (["its"], ["their"])
                ):
                    supplier = self._left(
                        sent, given, 0, set()
                    )  # "Nicaragua denied that weapons from its army"
                if supplier is None:
                    supplier = next(
                        (m for m in sent.mentions if m.role == "origin" and start <= m.start < t), None
                    )  # "Iranian weapons"
                if supplier is None and head > 0 and low[head - 1] in {"its", "their", "’s", "'s"}:
                    # "Eritrea denied that its weapons had reached", "Eritrea's weapons reached"
                    supplier = sent.mention_at(head - 2) if low[head - 1] in {"’s", "'s"} else None
                    supplier = supplier or self._left(sent, head, 0, set())
                recipient = _mention_from(sent, to)
            if supplier is None or recipient is None:
                continue
            span = (start, max(t + 2, recipient.end, supplier.end), len(low), t)
            suppliers = [supplier, *(self._coordinated(sent, supplier, t) if supplier.start > start else [])]
            recipients = [
                recipient,
                *(self._coordinated(sent, recipient, len(low)) if recipient.start > t else []),
            ]
            for giver, o in itertools.product(suppliers, recipients):  # "from Libya and Sudan", "the X and Y"
                s_id = self._state_of(giver.entity) if self._person(giver.entity) else giver.entity
                if s_id and s_id != o.entity and self._actor(s_id) and self._actor(o.entity):
                    fact = {"predicate": "SUPPLIES", "subject": s_id, "object": o.entity}
                    fact["weapons"] = self._distinct(arms)
                    fact["_span"] = span
                    out.append((t, fact))
        return out

    def _relied(self, sent: Sentence, frames: list[_Frame]) -> list[tuple[int, dict[str, Any]]]:
        """ "Armenia relies on Russia for most of its weapons", "Nigeria turned to China for armed
        drones", "Algeria's dependence on Moscow for arms": the one relied on for arms supplies them."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for t, word in enumerate(low):
            if word not in _RELY:
                continue
            j = t + 1
            while j < len(low) - 1 and (low[j].endswith("ly") or low[j] in {"still", "also", "almost"}):
                j += 1  # "depends heavily on China"
            if low[j] not in {"on", "upon", "to"}:
                continue
            supplier = _mention_from(sent, j + 1)
            suppliers = [supplier, *self._coordinated(sent, supplier, len(low))] if supplier else []
            if not suppliers or low[suppliers[-1].end : suppliers[-1].end + 1] != ["for"]:
                continue  # "relies on Russia and Israel for arms": each supplies
            k = suppliers[-1].end + 1
            end = next(
                (
                    j
                    for j in range(k, min(len(low) - 1, k + 6))
                    if low[j] in _ARMS - _WEAK_ARMS and low[j + 1] not in _ARMS_COMPOUNDS
                ),
                None,
            )
            arms = next(iter(self._weapon_mentions(sent, k - 1, min(len(low), k + 6))), None)
            if end is None and arms is None:
                continue  # "relies on China for trade"
            frame = self._frame_of(frames, t)
            lo = frame.start if frame else 0
            skip = {id(frame.source)} if frame and frame.source else set()
            recipient = self._left(sent, t, lo, skip) or self._possessor(sent, t)
            if recipient is None:
                continue
            weapons = [arms.entity] if arms is not None else []
            span = (min(t, recipient.start), max(end or 0, arms.end if arms else 0, k), len(low), t)
            for s, o in itertools.product(suppliers, [recipient, *self._listed_before(sent, recipient)]):
                if s.entity != o.entity and self._actor(s.entity) and self._actor(o.entity):
                    fact = {
                        "predicate": "SUPPLIES",
                        "subject": s.entity,
                        "object": o.entity,
                        "weapons": weapons,
                    }
                    fact["_span"] = span
                    out.append((t, fact))
        return out

    def _destined(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> list[tuple[int, dict[str, Any]]]:
        """Arms bound somewhere without a supply verb: "Iranian UAVs for Russia", "arms intended for Russia"."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for k, word in enumerate(low):
            if word not in {"for", "to"} or k == 0:
                continue
            j = k - 1
            if low[j] in _BOUND:
                j -= 1
            arms = sent.mention_at(j)
            if arms is not None and arms.role != "weapon":
                continue
            if arms is None and low[j] not in _ARMS:
                continue
            if arms is None or not arms.origin:
                # "HQ-22 surface-to-air missile systems for the Serbian military": made by China
                arms = _system_before(sent, arms.start if arms is not None else j) or arms
            system = self._system_origin([arms.entity]) if arms is not None else None
            if word == "to" and low[k - 1] in _BOUND and low[k - 1] != "bound":
                continue  # "intended to ..." is an aim, not a destination
            if word == "to" and (arms is None or not arms.origin):
                continue  # "drones to attack" - only "Iranian drones to Russia" without a verb
            start = arms.start if arms is not None else j
            if any(
                (w in _SUPPLY or w in _RECEIVE or w in _TRAIN) and not _landing_only(w, sent)
                for w in low[max(0, start - 6) : start]
            ):
                continue  # the supply verb before already made this claim
            recipient = _mention_from(sent, k + 1)
            if recipient is None or recipient.start - k > 2:
                continue
            around = self._frame_of(frames, k)
            granter = self._granter(sent, start, around.start if around else 0, set())
            supplier = (
                (arms.origin if arms is not None else None)
                or _entity(granter)
                or self._context_supplier(doc, recipient)
                or system
            )
            if not supplier or supplier == recipient.entity or not self._actor(supplier):
                continue
            weapons = [arms.entity] if arms is not None else []
            fact = {
                "predicate": "SUPPLIES",
                "subject": supplier,
                "object": recipient.entity,
                "weapons": weapons,
            }
            fact["_span"] = (start, recipient.end, len(low), k)
            out.append((k, fact))
        return out

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
        passive = participle and _passive(low, t)
        handed = (
            _handed_on(sent, lo, t) if participle and not _BE.isdisjoint(low[max(0, t - 3) : t]) else None
        )
        if handed is not None:
            # "Ammunition sold by Bulgaria to the US was later given to the rebels": the US gave it
            subject, obj = handed, self._after_word(sent, t, hi, _RECIPIENT_PREPOSITIONS)
        elif word in {"armed", "rearmed", "arms"} and not _armed_with(sent, t):
            # "Pakistan armed and trained the Taliban", "which is armed and funded by Iran"
            j = t + 1 + 2 * (low[t + 1 : t + 2] == ["and"] and low[t + 2 : t + 3] != [])
            by = low[j : j + 1] == ["by"]
            subject = _mention_from(sent, j + 1) if by else self._left(sent, t, lo, skip)
            if word == "arms" and (m := sent.mention_at(t - 1)) is not None:
                subject = m  # "Iran arms the Houthis": the state named before the verb
            obj = self._left(sent, t, lo, skip) if by else _mention_from(sent, j)
        elif passive or (participle and low[t + 1 : t + 2] == ["by"]):
            # "Ukraine will be provided with ...", "drones were sent to Russia", "aid provided by the U.S.",
            # "tanks have been delivered from South Korea"
            # the agent of this verb, not of one coordinated after it ("delivered and put into use by")
            own = _own_phrase_end(low, t, hi)
            subject = (
                self._after_word(sent, t, own, {"by"})
                or (self._after_word(sent, t, own, {"from"}) if passive else None)
                or (self._own_delivery(sent, t, frame, nominal=False) if passive else None)
            )
            obj = (
                (self._left(sent, t, lo, skip) if passive else None)
                or self._after_word(sent, t, hi, _RECIPIENT_PREPOSITIONS)
                or self._holder(sent, t, lo, skip)
                or (_bound_for(sent, lo, t) if passive else None)
            )
        elif word in _HELP:
            # "helping Russia with weapons": only with "with"
            obj = self._right_after(sent, t, hi) or self._unnamed_rebels(sent, t, hi, frame, doc)
            if obj is None or not (
                low[obj.end : obj.end + 1] == ["with"]
                or any(
                    w in _MAKING for w in low[obj.end : obj.end + 5]
                )  # "helping Russia (to) produce drones"
                or self._backs_group(sent, t, obj.entity, frame, lo)
            ):
                return None, None, None
            subject = self._left(sent, t, lo, skip)
        elif word in {"delivery", "deliveries"} and (took := _took_delivery(low, t)) is not None:
            # "the Wagner Group took delivery of an arms shipment from North Korea", "Serbia took the
            # delivery of a Chinese system": a receipt, from the seller named or the arms' maker
            subject = self._after_word(sent, t, hi, {"from"}) or self._arms_origin(sent, t, hi, weapons)
            obj = self._left(sent, took, lo, skip)
        elif nominal:
            # "from X" of another noun is not the supplier: "support to Ukraine amid attacks from Russia"
            near = next((k for k in range(t + 1, hi) if low[k] in _ATTACKS or low[k] in _ASIDE), hi)
            subject = (
                self._after_word(sent, t, near, {"by", "from"})
                or self._reseller(sent, t, near, weapons)
                or self._adjacent_left(sent, t)
                or self._granter(sent, t, lo, skip)
                or self._own_delivery(sent, t, frame)
                or self._owner(sent, t, lo, skip)
            )
            obj = self._after_word(sent, t, hi, _RECIPIENT_PREPOSITIONS)
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
        elif (addressee := self._addressee(sent, t)) is not None and low[addressee[0]] in _REQUESTING:
            # "Kyiv urged Berlin to supply Taurus missiles": the one asked supplies the one asking
            subject = addressee[1]
            asker = self._left(sent, addressee[0], 0, set())
            obj = self._after_word(sent, t, hi, _RECIPIENT_PREPOSITIONS) or (
                self._state_of(asker.entity) if asker is not None else None
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
            if subject is None and obj is not None:
                # "A cargo plane has delivered helicopters from Russia to Mali": where they came from
                subject = self._after_word(sent, t, obj.start, {"from"})
            if (
                subject is None
                and frame is not None
                and frame.source is not None
                and not self._outlet(frame.source.entity)  # "Israeli media reported ... to arm": not Israel
                and (low[t - 1 : t] == ["to"] or t == frame.start)
            ):
                # "X announced a package to provide Ukraine with ...", "Iran acknowledged providing
                # drones": the speaker, or the state the speaker speaks for, supplies
                subject = self._state_of(frame.source.entity) or (
                    frame.source.entity if frame.source.type != EntityType.PERSON else None
                )
        if not _OPPOSE.isdisjoint(low[max(0, t - 4) : t]):
            # "opposes the supply of foreign weapons to both Kiev and Moscow": a stance, not a report
            # of who supplies whom, so the article's parties are not filled in
            return subject, obj, None
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
        if subject is not None and obj is None and weapons and (passive or low[t + 1 : t + 2] == ["by"]):
            # "The Houthis fired missiles at Riyadh. The missiles were supplied by Iran.": their user
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

    def _backs_group(self, sent: Sentence, t: int, obj: str, frame: _Frame | None, lo: int) -> bool:
        """Whether "backing" at ``t`` arms ``obj``: an armed group said to be backed in a charge or
        a denial ("Chad accuses Sudan of backing the rebels", "Rwanda denies supporting M23"). In the
        writer's own voice ("Turkey has openly supported the rebels") it may be backing in words only.
        """
        if sent.lower[t] not in _BACKING or not self._armed_group(obj):
            return False
        return (frame is not None and frame.source is not None) or any(w in _DENY for w in sent.lower[lo:t])

    def _backed_groups(self, sent: Sentence, frames: list[_Frame]) -> list[tuple[int, dict[str, Any]]]:
        """ "N'Djamena charges that Sudanese-backed Janjaweed militias crossed the border": a group a
        state is said, in someone's charge, to back is armed by it. In the writer's own words
        ("the Iran-backed Houthis") the epithet is no claim of its own."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for m in sent.mentions:
            k = m.start
            if low[k + 1 : k + 2] != ["-"] or low[k + 2 : k + 3] == [] or low[k + 2] not in _BACKERS:
                continue
            frame = next((f for f in frames if f.source is not None and f.start <= k < f.end), None)
            if frame is None or not self._armed_group(m.entity):
                continue
            backer = next((e.id for e in self.gaz.find(sent.words[k]) if e.type == EntityType.COUNTRY), None)
            if backer is None:
                continue
            fact = {"predicate": "SUPPLIES", "subject": backer, "object": m.entity, "weapons": []}
            fact["_span"] = (k, m.end, frame.end, k)
            out.append((k, fact))
        return out

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

    def _rebels_back(
        self, sent: Sentence, k: int, doc: _Doc | None, backer: str | None = None
    ) -> Mention | None:
        """ "an attack by the rebels" after "Sudan is backing the rebels": the armed group the article
        has in its claims last, for "the rebels" the sentence does not name (never a group of the
        state said to back them: Chad backs no Chadian rebels)."""
        if doc is None:
            return None
        low = sent.lower
        j = k + (low[k : k + 1] == ["the"])
        if low[j : j + 1] not in (["rebels"], ["insurgents"], ["militants"], ["militias"]) or sent.mention_at(
            j
        ):
            return None
        for fact in reversed(doc.facts):
            for entity in (fact.get("object"), fact.get("subject")):
                if self._armed_group(entity) and (backer is None or self.spec(entity).country != backer):
                    return Mention(j, j + 1, entity, EntityType.ORGANIZATION)
        return None

    def _armed_group(self, entity_id: str | None) -> bool:
        spec = self.spec(entity_id) if entity_id else None
        return spec is not None and spec.kind == "armed-group"

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
        if frame is None or frame.source is None or not frame.start < t:
            return None
        if not (frame.confirms or low[frame.verb] in {"announced", "announces"}):
            return None
        if nominal and not all(_package_word(w) for w in low[frame.start : t]):
            return None
        state = self._state_of(frame.source.entity)
        receiver = self._after_word(sent, t, len(low), _RECIPIENT_PREPOSITIONS)
        return state if state is not None and (receiver is None or receiver.entity != state) else None

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

    def _claims_by(self, doc: _Doc, supplier: str | None) -> list[dict[str, Any]]:
        """The supply claims made so far about ``supplier``, one per recipient."""
        out: dict[str, dict[str, Any]] = {}
        for fact in doc.recent_supplies():
            if fact["subject"] == supplier and fact["object"] not in out:
                out[fact["object"]] = fact
        return list(out.values())

    def _context_recipient(self, doc: _Doc, supplier: str | None) -> str | None:
        """Where the article has ``supplier`` (or its state: "the U.S. military") sending arms."""
        state = self._state_of(supplier) if supplier else None
        for fact in reversed(doc.recent_supplies()):
            if fact["subject"] in {supplier, state}:
                return fact["object"]
        return None

    def _context_claim(self, doc: _Doc, weapons: list[str]) -> dict[str, Any] | None:
        """The last supply claim about these weapons (or any, if none are named)."""
        for fact in reversed(doc.recent_supplies()):
            if fact["stance"] == Stance.DENIED.value:
                continue
            theirs = fact.get("weapons", [])
            if not weapons or not theirs or any(self._same_kind(a, b) for a in weapons for b in theirs):
                return fact
        return None

    def _told_again(
        self,
        sent: Sentence,
        t: int,
        doc: _Doc,
        weapons: list[str],
        subject: Mention | str | None,
        obj: Mention | str | None,
        frame: _Frame | None,
    ) -> dict[str, Any] | None:
        """The supply named before that a sentence leaving a party out speaks of again: its arms
        pointed back at ("the jets", "the F-16s received", "12 of them") or a definite supply noun as
        the subject of its clause ("The delivery comes ..."). The claim must carry arms of the same
        kind and agree with the party the sentence names, on the same side; a negated one is not
        read ("the jets have not arrived" denies nothing and states nothing)."""
        low = sent.lower
        if not _NEGATION.isdisjoint(low[max(0, t - 4) : t]):
            return None
        noun = low[t] in _NOMINAL and _of_arms(sent, t) and _noun_subject(sent, t)
        if not noun and not _arms_back(sent, t) and not _them_after(low, t):
            return None
        suppliers = {supplier, self._state_of(supplier)} if (supplier := _entity(subject)) else None
        recipients = {recipient, self._state_of(recipient)} if (recipient := _entity(obj)) else None
        home = self._home_of(_entity(frame.source)) if frame is not None and frame.source else None
        for fact in reversed(doc.recent_supplies()):
            if (
                fact["stance"] == Stance.DENIED.value
                or (suppliers and fact["subject"] not in suppliers)
                or (recipients and fact["object"] not in recipients)
            ):
                continue
            if home and subject is None and obj is None and home not in {fact["subject"], fact["object"]}:
                continue  # an official tells of a supply of their own state's
            theirs = fact.get("weapons")
            if not weapons or not theirs or any(self._same_kind(a, b) for a in weapons for b in theirs):
                return fact
        return None

    def _sole_recipient(self, doc: _Doc, weapons: list[str], supplier: str | None) -> str | None:
        """The one recipient of the recent supply claims (of arms of the same kind, if named), or None
        when the article has such arms going to more than one."""
        found = {
            fact["object"]
            for fact in doc.recent_supplies()
            if fact["stance"] != Stance.DENIED.value
            and (
                not weapons
                or not fact.get("weapons")
                or any(self._same_kind(a, b) for a in weapons for b in fact["weapons"])
            )
        }
        return next(iter(found)) if len(found) == 1 and supplier not in found else None

    def _same_kind(self, a: str, b: str) -> bool:
        """Whether one weapon is, or is a kind of, the other (Fath-360 and ballistic missile)."""
        return a == b or a in self.gaz.categories_of(b) or b in self.gaz.categories_of(a)

    def _use(
        self, sent: Sentence, t: int, frames: list[_Frame], doc: _Doc, predicate: Predicate
    ) -> dict[str, Any] | None:
        low = sent.lower
        if low[t] == "fire" and low[t - 1 : t] == ["opened"]:
            return self._weapon_struck(sent, t, doc)  # "the Russian-made helicopters opened fire on"
        frame = self._frame_of(frames, t)
        lo, hi = (frame.start, frame.end) if frame else (0, len(low))
        hi = self._clause_end(sent, t, hi)
        skip = {id(frame.source)} if frame and frame.source else set()
        if low[t] == "use" and low[t - 2 : t] == ["put", "into"]:
            # "20 drones have been delivered and put into use by the Air Force and Navy"
            by = self._after_word(sent, t, hi, {"by"})
            weapons = self._distinct(self._weapon_mentions(sent, t, hi, before=True))
            if by is None or not weapons or not self._actor(by.entity):
                return None
            fact = {"predicate": predicate.value, "subject": by.entity, "object": weapons[0]}
            fact["_also_subjects"] = [
                m.entity
                for m in self._coordinated(sent, by, hi)
                if m.entity != by.entity and self._actor(m.entity)
            ]
            fact["_span"] = (t - 2, by.end, hi, t)
            fact["_also"] = weapons[1:]
            return fact
        # the weapons used, not what they were launched at ("launched a drone at a US warship")
        aim = next(
            (
                k
                for k in range(t + 1, min(hi, t + 8))
                if low[k] in {"at", "against", "into"} and low[k + 1 : k + 2] not in (["least"], ["most"])
            ),
            t + 8,
        )
        weapons = self._distinct(self._weapon_mentions(sent, t, min(hi, aim)))
        if not weapons and not _ATTACKS.isdisjoint(low[t + 1 : t + 6]):
            # "launched at least 12 attacks on seven regions of Ukraine with this type of missile"
            k = next((k for k in range(t + 1, hi) if low[k] in {"with", "using"}), None)
            weapons = self._distinct(self._weapon_mentions(sent, k, min(hi, k + 10))) if k else []
            # "the use of Turkish drones": only a named user ("by X", "X's use of") is one
            user = self._after_word(sent, t, hi, {"by"}) or self._adjacent_left(sent, t)
        else:
            user = self._relative_antecedent(sent, t) or self._left(sent, t, lo, skip)
            if user is not None:
                user = self._past_relative(sent, user, t, lo, skip)
            while user is not None and _struck(low, user.start):
                # "took out Pakistan Army camps ... using laser-guided bombs": the target, not the user
                user = self._left(sent, user.start, lo, skip)
        if (t > 0 and low[t - 1] in {"were", "was", "been", "being"}) or (
            t + 1 < len(low) and low[t + 1] == "by"
        ):
            user = self._after_word(sent, t, hi, {"by"}) or user
            weapons = weapons or self._distinct(self._weapon_mentions(sent, t, hi, before=True))
        if not weapons and isinstance(user, Mention):
            # "missiles that Moscow troops launch against Ukraine"
            k = user.start - (user.start > 0 and low[user.start - 1] in {"that", "which"})
            w = next((m for m in sent.mentions if m.role == "weapon" and m.end == k), None)
            weapons = [w.entity] if w is not None else []
        if (
            not weapons
            and low[t + 1 : t + 2]
            and low[t + 1] in _DETERMINERS
            and low[t + 2 : t + 3]
            in (
                ["shipments"],
                ["shipment"],
                ["deliveries"],
                ["supplies"],
            )
        ):
            # "use the shipments": the weapons of the supply named before
            earlier = self._context_claim(doc, [])
            weapons = earlier.get("weapons", [])[:1] if earlier else []
        if not weapons and t + 1 < len(low) and low[t + 1] in {"them", "it"}:
            # the weapon named last: earlier in this sentence, else in the one before
            here = self._weapon_mentions(sent, -1, t)
            weapons = [here[-1].entity] if here else doc.last_weapons[:1]
        before = sent.mention_at(t - 1) if t > 0 else None
        if user is None and predicate == Predicate.USES and low[t].endswith("ed"):
            # "drones used in Ukraine", "the missiles were launched at Kyiv": whoever the article has
            # receiving those weapons uses them
            if before is not None and before.role == "weapon":
                weapons = weapons or [before.entity]
            elif not _passive(low, t):
                weapons = []
            used = self._context_use(doc, weapons) if weapons and _passive(low, t) else None
            user = used["subject"] if used is not None else None
            earlier = self._context_claim(doc, weapons) if weapons and user is None else None
            if earlier is not None and earlier.get("weapons") and earlier["stance"] != Stance.DENIED.value:
                user = earlier["object"]
            if user is None and weapons and self._origin_of_weapons(sent, weapons) is None:
                # "the anti-ship missiles used in three attacks" in an article of arms shipped to the
                # Houthis alone: the one the article has receiving arms uses them (not arms of a
                # named origin: "Russian missiles used in the strike" are not the recipient's)
                user = self._sole_recipient(doc, weapons, None)
        if predicate == Predicate.PRODUCES and isinstance(user, Mention):
            # "China is helping Russia (to) produce drones", "support to Russia in producing drones":
            # the one helped produces them
            helped = next(
                (
                    m
                    for k in range(t - 1, user.end, -1)
                    if (m := sent.mention_at(k)) is not None
                    and m.role == "actor"
                    and m.start > 0
                    and (low[m.start - 1] in _HELP or low[m.start - 1] == "to")
                ),
                None,
            )
            user = helped or user
        if user is None or not weapons or not self._actor(_entity(user)):
            return None
        if (spec := self.spec(_entity(user))) is not None and spec.type == EntityType.PERSON:
            if not spec.country:
                return None
            user = spec.country  # "Putin ordered troops to use Iranian drones": the state uses them
        fact: dict[str, Any] = {"predicate": predicate.value, "subject": _entity(user), "object": weapons[0]}
        if predicate == Predicate.USES and (by := self._supplied_adjective(sent, t, hi)) is not None:
            fact["_supplied_by"] = by  # "fired US-supplied ATACMS": the supply is told too
        if predicate == Predicate.USES:
            target = self._after_word(
                sent, t, hi, {"against", "at", "into", "attack", "strike", "target", "on"}
            )
            if target is not None and _entity(target) != fact["subject"]:
                fact["against"] = [_entity(target)]
        else:
            m = re.search(r"\b(?:to|in)\s+(.+?)(?:\s+to\s+\w+|\s*[,;–—-]|$)", sent.text[sent.offsets[t] :])
            if m:
                fact["location"] = m.group(1).strip(" .")
        self._qualifiers(sent, fact, t, hi)
        fact["_span"] = (user.start if isinstance(user, Mention) else t, t + 1, hi, t)
        fact["_also"] = weapons[1:] if predicate != Predicate.DEPLOYS else []
        return fact

    def _buyer(self, sent: Sentence, t: int, frames: list[_Frame]) -> dict[str, Any] | None:
        """ "Saudi Arabia was the top recipient of US arms", "India is the biggest buyer of Russian
        weapons": the one said to be a buyer of a state's arms receives them from it."""
        low = sent.lower
        if low[t + 1 : t + 2] not in (["of"], ["for"]):
            return self._possessed_buyer(sent, t, frames)
        frame = self._frame_of(frames, t)
        lo, hi = (frame.start, frame.end) if frame else (0, len(low))
        hi = self._clause_end(sent, t, hi)
        end = min(hi, t + 7)
        if not any(
            _arms_word(low, k) or self._weapon_mentions(sent, k - 1, k + 1) for k in range(t + 2, end)
        ):
            return None
        seller = next(
            (m for m in sent.mentions if t + 1 < m.start < end and m.role in {"origin", "actor"}), None
        )
        if seller is None and (
            made_by := self._system_origin(self._distinct(self._weapon_mentions(sent, t, end)))
        ):
            # "the first foreign buyer of the BrahMos missile": of the state that makes it
            seller = Mention(t, t, made_by, EntityType.COUNTRY)
        skip = {id(frame.source)} if frame and frame.source else set()
        buyer = self._left(sent, t, lo, skip)
        if seller is None or buyer is None or not any(w in _BE or w in _COPULAS for w in low[buyer.end : t]):
            return None
        s_id = self._state_of(seller.entity) or seller.entity
        o_id = _entity(buyer)
        if s_id == o_id or not self._actor(s_id) or not self._actor(o_id):
            return None
        fact: dict[str, Any] = {"predicate": "SUPPLIES", "subject": s_id, "object": o_id, "weapons": []}
        fact["weapons"] = self._distinct(self._weapon_mentions(sent, t, end))
        fact["_span"] = (buyer.start, end, hi, t)
        return fact

    def _possessed_buyer(self, sent: Sentence, t: int, frames: list[_Frame]) -> dict[str, Any] | None:
        """ "Egypt, France's biggest arms client, ordered ...", "India is Russia's largest arms
        customer": the state whose customer another is supplies it."""
        low = sent.lower
        k = next((k for k in range(t - 1, max(0, t - 6), -1) if low[k] in {"’s", "'s"}), None)
        seller = sent.mention_at(k - 1) if k is not None else None
        if (
            seller is None
            or seller.role not in {"origin", "actor"}
            or not any(_arms_word(low, j) for j in range(k + 1, t))
        ):
            return None
        frame = self._frame_of(frames, t)
        lo = frame.start if frame else 0
        skip = {id(frame.source)} if frame and frame.source else set()
        buyer = self._left(sent, seller.start, lo, skip)
        if buyer is None or not (
            low[seller.start - 1] == ","
            or any(w in _BE or w in _COPULAS for w in low[buyer.end : seller.start])
        ):
            return None
        s_id, o_id = self._state_of(seller.entity) or seller.entity, _entity(buyer)
        if s_id == o_id or not self._actor(s_id) or not self._actor(o_id):
            return None
        fact: dict[str, Any] = {"predicate": "SUPPLIES", "subject": s_id, "object": o_id, "weapons": []}
        fact["_span"] = (buyer.start, t + 1, self._clause_end(sent, t, len(low)), t)
        return fact

    def _user(self, sent: Sentence, t: int, frames: list[_Frame]) -> dict[str, Any] | None:
        """ "India's navy is the first user of the Rafale Marine", "the United States will be the
        final user of the shells": the one called a user of a weapon uses it."""
        low = sent.lower
        frame = self._frame_of(frames, t)
        lo = frame.start if frame else 0
        skip = {id(frame.source)} if frame and frame.source else set()
        if "of" not in low[t + 1 : t + 4]:
            return None
        weapons = self._distinct(self._weapon_mentions(sent, t, min(len(low), t + 10)))
        user = self._left(sent, t, lo, skip)
        if user is None or not weapons or not self._actor(_entity(user)):
            return None
        if not any(w in _BE or w in _COPULAS for w in low[user.end : t]):
            return None  # "the user of the drones" must be said of someone: "X is/becomes ... the user"
        subject = self._state_of(_entity(user)) if self._person(_entity(user)) else _entity(user)
        if not subject:
            return None
        fact: dict[str, Any] = {"predicate": "USES", "subject": subject, "object": weapons[0]}
        fact["_span"] = (user.start, t + 1, len(low), t)
        fact["_also"] = weapons[1:]
        return fact

    def _shot_down(
        self, sent: Sentence, t: int, frames: list[_Frame], doc: _Doc | None = None
    ) -> dict[str, Any] | None:
        """ "Pakistani J-10C jets shot down three Indian Rafales", "the rebels shot down a drone with
        an Iranian-made missile": the one who shoots uses the jets that shot or the weapon it shot
        with (against the owner of what was downed); what was downed is no weapon used."""
        low = sent.lower
        frame = self._frame_of(frames, t)
        lo, hi = (frame.start, frame.end) if frame else (0, len(low))
        hi = self._clause_end(sent, t, hi)
        k = next((k for k in range(t + 2, hi) if low[k] in {"with", "using"}), None)
        weapon = next(iter(self._weapon_mentions(sent, k, min(hi, k + 8))), None) if k is not None else None
        user: Mention | str | None = None
        if weapon is not None:
            skip = {id(frame.source)} if frame and frame.source else set()
            user = self._left(sent, t, lo, skip)
        else:
            j = t - 1
            while j > lo and low[j] in {"have", "had", "has", "reportedly", "also"}:
                j -= 1
            weapon = sent.mention_at(j)
            if weapon is None or weapon.role != "weapon":
                return None
            weapon = _system_before(sent, weapon.start) or weapon  # "J-10C jets": the J-10C
            owner = sent.mention_at(weapon.start - 1) if weapon.start > 0 else None
            if owner is not None and owner.type == EntityType.COUNTRY:
                user = owner.entity  # "Pakistani J-10C jets shot down ...": Pakistan's jets
            else:
                # "Chinese-made jets shot down ...": the maker is not the one who shot; whoever the
                # article has receiving such jets is
                earlier = self._context_claim(doc, [weapon.entity]) if doc is not None else None
                if earlier is None or not earlier.get("weapons") or earlier["stance"] == Stance.DENIED.value:
                    return None
                user = earlier["object"]
        if user is None or not self._actor(_entity(user)):
            return None
        fact: dict[str, Any] = {"predicate": "USES", "subject": _entity(user), "object": weapon.entity}
        j = t + 2
        while j < hi and (
            low[j] in _DETERMINERS or low[j] in _COUNTS or low[j] in _NUMBERS or low[j][:1].isdigit()
        ):
            j += 1
        downed = sent.mention_at(j)
        if downed is not None and downed.type == EntityType.COUNTRY and downed.entity != fact["subject"]:
            fact["against"] = [downed.entity]  # "three Indian Rafales": India's
        if k is not None and (by := self._supplied_adjective(sent, k, hi)) is not None:
            fact["_supplied_by"] = by  # "with Stinger missiles supplied by the United States"
        fact["_span"] = (min(t, weapon.start), max(t + 2, weapon.end), hi, t)
        return fact

    def _struck_with(self, sent: Sentence, t: int, frames: list[_Frame]) -> dict[str, Any] | None:
        """ "Russian forces struck Kharkiv with North Korean KN-23 missiles", "the Houthis targeted a
        ship with an anti-ship missile": the one who strikes with a weapon uses it (against the
        state struck, if named)."""
        low = sent.lower
        if t > 0 and (low[t - 1] in _DETERMINERS or low[t - 1] in _BE):
            return None  # "the attack with drones" is an attack noun's; "were hit with" names no user
        frame = self._frame_of(frames, t)
        lo, hi = (frame.start, frame.end) if frame else (0, len(low))
        hi = self._clause_end(sent, t, hi)
        k = next((k for k in range(t + 1, min(hi, t + 10)) if low[k] in {"with", "using"}), None)
        if k is None:
            return None
        weapons = self._distinct(self._weapon_mentions(sent, k, min(hi, k + 6)))
        skip = {id(frame.source)} if frame and frame.source else set()
        user = self._relative_antecedent(sent, t) or self._left(sent, t, lo, skip)
        if not weapons or user is None or not self._actor(_entity(user)):
            return None
        subject = self._state_of(_entity(user)) if self._person(_entity(user)) else _entity(user)
        if not subject:
            return None
        fact: dict[str, Any] = {"predicate": "USES", "subject": subject, "object": weapons[0]}
        target = self._right_after(sent, t, k)
        if target is not None and _entity(target) != subject:
            fact["against"] = [_entity(target)]
        self._qualifiers(sent, fact, t, hi)
        fact["_span"] = (user.start, t + 1, hi, t)
        fact["_also"] = weapons[1:]
        return fact

    def _context_use(self, doc: _Doc, weapons: list[str]) -> dict[str, Any] | None:
        """The article's last use (launch, firing) of weapons of the same kind, among its recent facts
        (bounded, so a huge text stays linear)."""
        for fact in reversed(doc.facts[-_RECENT:]):
            if fact["predicate"] == "USES" and any(self._same_kind(fact["object"], w) for w in weapons):
                return fact
        return None

    def _fired_by(self, sent: Sentence, t: int) -> dict[str, Any] | None:
        """ "shot down 25 Russian-launched drones", "a Houthi-fired anti-ship missile": the one named
        before the hyphen of a use participle uses the weapon after it (whoever shoots it down uses
        nothing)."""
        low = sent.lower
        user = sent.mention_at(t - 2)
        if user is None or user.role not in {"actor", "origin"} or not low[t].endswith("ed"):
            return None
        weapon = next((m for m in sent.mentions if m.role == "weapon" and t < m.start <= t + 3), None)
        subject = self._state_of(user.entity) if self._person(user.entity) else user.entity
        if weapon is None or not subject or not self._actor(subject):
            return None
        fact: dict[str, Any] = {"predicate": "USES", "subject": subject, "object": weapon.entity}
        fact["_span"] = (user.start, weapon.end, self._clause_end(sent, t, len(low)), t)
        return fact

    def _weapon_struck(self, sent: Sentence, t: int, doc: _Doc) -> dict[str, Any] | None:
        """ "Russia launched 40 Shahed drones ... The drones struck Kyiv": weapons named before that
        strike are used by whoever the article has using (else receiving) them."""
        low = sent.lower
        if low[t - 1 : t] and low[t - 1] in _BE:
            return None  # "the drones were hit": struck, not striking
        k = t - 1
        while k > 0 and low[k] in {"have", "has", "had", "also", "reportedly", "opened"} | _BELIEVED_TO:
            k -= 1
        weapon = sent.mention_at(k)
        if weapon is None or weapon.role != "weapon" or weapon.start == 0:
            return None
        system = sent.mention_at(weapon.start - 1)
        if system is not None and system.role == "weapon":
            weapon = system  # "MI-35 helicopters": the system, before its head noun
            if weapon.start == 0:
                return None
        counted = low[weapon.start - 1] in _COUNT_WORDS or low[weapon.start - 1][:1].isdigit()
        # "Russian-made MI-35 helicopters opened fire": the makers' arms the article has supplied
        made = (
            weapon.start > 1 and low[weapon.start - 2] == "-" and low[weapon.start - 1] in {"made", "built"}
        )
        if low[weapon.start - 1] not in {"the", "these", "those"} and not counted and not made:
            return None
        maker = sent.mention_at(weapon.start - 3) if made else None
        used = None if made else self._context_use(doc, [weapon.entity])
        user = used["subject"] if used is not None else None
        if made:
            # only the recipient of the article's supply of such arms by their maker's state
            earlier = self._context_claim(doc, [weapon.entity])
            if maker is None or earlier is None or earlier["subject"] != self._state_of(maker.entity):
                return None
        if user is None and counted:
            return None  # "Two missiles hit Kyiv": only after the article has someone launching them
        if used is not None and weapon.entity in self.gaz.categories_of(used["object"]):
            weapon = Mention(
                weapon.start, weapon.end, used["object"], weapon.type, "weapon"
            )  # "One drone" of them
        if user is None:
            earlier = self._context_claim(doc, [weapon.entity])
            if earlier is None or not earlier.get("weapons") or earlier["stance"] == Stance.DENIED.value:
                return None
            user = earlier["object"]
        fact: dict[str, Any] = {"predicate": "USES", "subject": user, "object": weapon.entity}
        target = self._right_after(sent, t, len(low))
        if target is not None and _entity(target) != user:
            fact["against"] = [_entity(target)]
        fact["_span"] = (weapon.start, t + 1, self._clause_end(sent, t, len(low)), t)
        return fact

    def _supplied_adjective(self, sent: Sentence, t: int, hi: int) -> str | None:
        """The state in "US-supplied", "Iranian-provided" before the weapon a use at ``t`` names."""
        low = sent.lower
        for k in range(t + 1, min(hi, t + 6)):
            if low[k] in {"supplied", "provided", "donated", "delivered", "given"} and low[k - 1] == "-":
                m = sent.mention_at(k - 2)
                if m is not None and m.role in {"origin", "actor"}:
                    return self._state_of(m.entity) if self._person(m.entity) else m.entity
            if (
                low[k] in _GIVEN
                and low[k + 1 : k + 2] == ["by"]
                and (w := sent.mention_at(k - 1)) is not None
                and w.role == "weapon"
                and (m := _mention_from(sent, k + 2)) is not None
            ):
                # "using missiles supplied by Iran": who supplied the arms used
                return self._state_of(m.entity) if self._person(m.entity) else m.entity
        return None

    def _past_relative(self, sent: Sentence, m: Mention, t: int, lo: int, skip: set[int]) -> Mention:
        """ "Hezbollah, which is armed by Iran, fired rockets": the actor a relative clause between
        commas is about, not the one ``m`` it names (Iran)."""
        low = sent.lower
        if not any(low[b] == "," for b in range(m.end, t)):
            return m
        for a in range(m.start - 1, lo, -1):
            if low[a] == ",":
                return m
            if low[a] in {"which", "who"} and low[a - 1] == ",":
                return self._left(sent, a - 1, lo, skip) or m
        return m

    def _relative_antecedent(self, sent: Sentence, t: int) -> Mention | None:
        """ "attacks by Houthi rebels from Yemen, who shoot missiles": the actor a relative pronoun
        right before ``t`` stands for (past a place it is said to be from)."""
        low = sent.lower
        if t < 2 or low[t - 1] not in {"who", "which"}:
            return None
        k = t - 2 - (low[t - 2] == ",")
        m = sent.mention_at(k)
        if m is None or m.role not in {"actor", "place"}:
            return None
        before = m.start - 1
        if (
            before > 0
            and low[before] in {"from", "in", "of"}
            and (p := sent.mention_at(before - 1)) is not None
        ):
            m = p  # "rebels from Yemen, who": the rebels
        return _head(sent, m) if m.role == "actor" else None

    def _train(
        self, sent: Sentence, t: int, frames: list[_Frame], doc: _Doc | None = None
    ) -> dict[str, Any] | None:
        low = sent.lower
        if low[t] == "training" and not _training_given(low, t, t + 1):
            return None
        frame = self._frame_of(frames, t)
        lo, hi = (frame.start, frame.end) if frame else (0, len(low))
        skip = {id(frame.source)} if frame and frame.source else set()
        trainer = self._left(sent, t, lo, skip)
        trainee: Mention | str | None = self._right_after(sent, t, hi) or self._forces_of(sent, t, hi)
        if (
            trainee is None
            and low[t + 1 : t + 2] == ["and"]
            and low[t + 2 : t + 3] in (["armed"], ["equipped"])
        ):
            trainee = _mention_from(sent, t + 3)  # "trained and armed the M23"
        if (
            trainee is None
            and low[t] == "training"
            and (helped := self._helped_with(sent, t, lo)) is not None
        ):
            # "a Russian team arrived to assist the Nigerien army with counterterrorism training"
            trainee = helped
            trainer = self._left(sent, helped.start, lo, skip) or next(
                (m for m in sent.mentions if lo <= m.start and m.end <= helped.start and m.role == "actor"),
                None,
            )
        if trainee is None and low[t] == "training" and not _SUPPLY.isdisjoint(low[max(lo, t - 6) : t]):
            # "providing financial support and training to the RED-Tabara rebels"
            trainee = self._after_word(sent, t, min(hi, t + 6), {"to", "for"})
        if low[t] == "trained" and (_passive(low, t) or (low[t - 1 : t] == ["and"] and _passive(low, t - 2))):
            # "these troops were trained at military sites in Russia": trained by or in a state, and
            # the trainees the sentence names as soldiers of another
            trainer = self._after_word(sent, t, hi, {"by"}) or self._after_word(
                sent, t, hi, {"in"}, place_ok=True
            )
            state = self._state_of(trainer.entity) if trainer is not None else None
            trainee = next(
                (
                    m
                    for m in sent.mentions
                    if (spec := self.spec(m.entity)) is not None
                    and spec.kind == "armed-forces"
                    and spec.country not in {None, state}
                ),
                None,
            ) or self._left(sent, t, lo, skip)  # "Ukrainian pilots are being trained by Denmark"
        if (abroad := self._training_place(sent, t, lo, hi)) is not None:
            # "had been in Russia for training", "trained at a Russian facility", "Russia-trained
            # soldiers": the state where, or whose school, trains; the trainees are the soldiers
            # named, else those of the state that speaks of them ("our army's soldiers")
            trainer = abroad
            if trainee is None or _entity(trainee) == abroad.entity:
                trainee = self._trainees(sent, t, lo, frame, abroad.entity) or (
                    self._trained_before(doc, abroad.entity) if doc is not None else None
                )
        if trainee is None and trainer is not None:
            trainee = self._local_forces(sent, t, lo, hi, _entity(trainer), frame)
        if trainer is None or trainee is None:
            return None
        fact = {"predicate": "TRAINS", "subject": _entity(trainer), "object": _entity(trainee)}
        if (spec := self.spec(fact["subject"])) is not None and fact[
            "subject"
        ] == f"{spec.country}-armed-forces":
            fact["subject"] = (
                spec.country
            )  # "Russian military instructors train ...": Russia trains, as it supplies
        fact["weapons"] = self._weapons(sent, t, hi)
        if isinstance(trainer, Mention) and trainer.start > t:
            fact["_also_subjects"] = [m.entity for m in self._coordinated(sent, trainer, hi)]  # "by X and Y"
        fact["_span"] = (trainer.start, t + 1, hi, t)
        target = self._after_word(sent, t, hi, {"against"})
        if target is not None:
            fact["against"] = [_entity(target)]
        return fact if fact["subject"] != fact["object"] else None

    @staticmethod
    def _helped_with(sent: Sentence, t: int, lo: int) -> Mention | None:
        """The party helped in "assist/help X with (counterterrorism) training" before ``t``."""
        low = sent.lower
        w = next((k for k in range(t - 1, max(lo, t - 4) - 1, -1) if low[k] == "with"), None)
        m = sent.mention_at(w - 1) if w else None
        if m is None or m.role != "actor" or m.end != w:
            return None
        k = m.start - (m.start > 0 and low[m.start - 1] == "the")
        return m if k > 0 and low[k - 1] in _HELP else None

    def _training_place(self, sent: Sentence, t: int, lo: int, hi: int) -> Mention | None:
        """The state that trains by where training at ``t`` takes place: "in Russia for training",
        "training in Russia", "trained at a Russian facility", "Russia-trained"."""
        low = sent.lower
        if t > 1 and low[t - 1] == "-" and (m := sent.mention_at(t - 2)) is not None:
            return m if self.spec(m.entity) and self.spec(m.entity).type == EntityType.COUNTRY else None
        candidates = []
        if t > 2 and low[t - 1] == "for":
            candidates.append(sent.mention_at(t - 2))  # "had been in Russia for training"
        n = t + 1 + (low[t + 1 : t + 2] != [] and low[t + 1] in _QUOTES)  # a closing quotation mark between
        if low[n : n + 1] == ["in"]:
            candidates.append(sent.mention_at(n + 1))  # "training in Russia"
        if low[n : n + 1] == ["at"]:
            k = n + 1 + (low[n + 1 : n + 2] in (["a"], ["an"], ["the"]))
            if low[k + 1 : k + 2] and low[k + 1] in _SCHOOLS:
                candidates.append(sent.mention_at(k))  # "at a Russian facility"
        for k in range(lo + 2, t - 1):
            at = low[k - 1] == "at" or (low[k - 1] in {"the", "a"} and low[k - 2] == "at")
            if at and low[k + 1] in _SCHOOLS and (low[t - 1] in _BE or low[t - 2] in _BE):
                candidates.append(sent.mention_at(k))  # "at the Russian centre ..., soldiers were instructed"
        for m in candidates:
            if (
                m is not None
                and lo <= m.start < hi
                and (spec := self.spec(m.entity)) is not None
                and spec.type == EntityType.COUNTRY
                and (
                    low[m.start - 1 : m.start] == ["in"]
                    or (m.end < len(low) and low[m.end] in _SCHOOLS)
                    # "sent officers to Russia for training"
                    or (low[m.start - 1 : m.start] == ["to"] and not _SENDING.isdisjoint(low[lo : m.start]))
                )
            ):
                return m
        return None

    def _trainees(self, sent: Sentence, t: int, lo: int, frame: _Frame | None, trainer: str) -> str | None:
        """Who is trained abroad: the forces of a state the clause names before ``t`` ("Malian
        officers were in Russia for training"), else of the state whose voice tells of them ("our
        soldiers", "the nation's army", said by its minister)."""
        low = sent.lower
        end = t + 2 if low[t - 1 : t] == ["-"] else t  # "its Russia-trained soldiers"
        if not any(w in _FORCE_NOUNS or w in {"army", "military", "staff", "our"} for w in low[lo:end]):
            return None  # "Russian tourists trained in Egypt": no soldiers, no military training
        for k in range(t - 1, lo - 1, -1):
            m = sent.mention_at(k)
            if m is None or m.role != "actor" or m.entity == trainer:
                continue
            spec = self.spec(m.entity)
            if spec is not None and (spec.kind == "armed-forces" or spec.type == EntityType.COUNTRY):
                return self._forces_id(m.entity)
        speaker = frame.source.entity if frame is not None and frame.source is not None else None
        if speaker is None and frame is not None:
            # "The defence minister of the Central African Republic said that ...": the state named
            speaker = next(
                (m.entity for m in sent.mentions if m.end <= frame.verb and m.role == "actor"), None
            )
        state = self._home_of(speaker)
        if state is None or state == trainer:
            # "soldiers were trained at a Russian facility in CAR": the state the school stands in
            state = next(
                (
                    m.entity
                    for m in sent.mentions
                    if m.start - 1 > 0
                    and low[m.start - 1] == "in"
                    and low[m.start - 2] in _SCHOOLS
                    and self.spec(m.entity) is not None
                    and self.spec(m.entity).type == EntityType.COUNTRY
                ),
                None,
            )
        return self._forces_id(state) if state and state != trainer else None

    def _trained_before(self, doc: _Doc, trainer: str) -> str | None:
        """Whom the article has ``trainer`` training last: the trainees of "soldiers were instructed
        at the Russian centre" after "Russia trains the Central African army"."""
        return next(
            (
                f["object"]
                for f in reversed(doc.facts)
                if f["predicate"] == "TRAINS" and f["subject"] == trainer
            ),
            None,
        )

    def _local_forces(
        self, sent: Sentence, t: int, lo: int, hi: int, trainer: str | None, frame: _Frame | None = None
    ) -> str | None:
        """ "Russian instructors are in Mali to train the army": the forces of the state the
        trainers are in, for "the army" the sentence does not name ("its forces" said by a state's
        ministry: that state's)."""
        low = sent.lower
        j = t + 1
        while j < hi and low[j] in {"the", "its", "their", "local", "national", "country's", "government"}:
            j += 1
        if j >= hi or low[j] not in {"army", "military", "troops", "soldiers", "forces", "armed"}:
            return None
        home = self._home_of(trainer)
        states = [
            m
            for m in sent.mentions
            if lo <= m.start < hi
            and m.entity != home
            and (spec := self.spec(m.entity)) is not None
            and spec.type == EntityType.COUNTRY
        ]
        if low[t + 1 : t + 2] in (["its"], ["their"]):
            # "sent advisers to Mali to train its army": the state named last before
            state = next((m.entity for m in reversed(states) if m.end <= t), None)
            if state is None and frame is not None and frame.source is not None:
                # "Taiwan's defence ministry said US troops were training its forces"
                state = self._home_of(frame.source.entity)
                state = state if state != home else None
        else:
            state = next((m.entity for m in states if m.role == "place"), None)
        return self._forces_id(state) if state else None

    def _forces_id(self, entity_id: str) -> str:
        """A state's armed forces where the tables know them, else the state (or the force itself)."""
        spec = self.spec(entity_id)
        forces = f"{entity_id}-armed-forces"
        if spec is not None and spec.type == EntityType.COUNTRY and self.spec(forces) is not None:
            return forces
        return entity_id

    def _forces_of(self, sent: Sentence, t: int, hi: int) -> str | None:
        """ "training two military units from North Korea": the armed forces of the state named after
        a word for soldiers, within a few words of the verb (the state itself if none is known)."""
        low = sent.lower
        for k in range(t + 1, min(hi, t + 7)):
            if low[k] in _FORCE_NOUNS and low[k + 1 : k + 2] in (["from"], ["of"]):
                m = sent.mention_at(k + 2)
                if m is None or m.role != "actor":
                    return None
                spec = self.spec(m.entity)
                forces = f"{m.entity}-armed-forces"
                if spec is not None and spec.type == EntityType.COUNTRY and self.spec(forces) is not None:
                    return forces
                return m.entity
            if sent.mention_at(k) is not None or low[k] in _CLAUSE_BREAKS:
                return None
        return None

    def _attack(
        self, sent: Sentence, t: int, frames: list[_Frame], doc: _Doc | None = None
    ) -> dict[str, Any] | None:
        """A use told by an attack noun, without a use verb: "Russia's Shahed attacks", "rocket
        attacks from Russia", "strikes by Russia with Iranian-made drones". The user is named by a
        possessive or by "by"/"from"; a demonym alone ("Iranian drone attacks") names the origin,
        not the user, so it gives nothing."""
        low = sent.lower
        frame = self._frame_of(frames, t)
        hi = self._clause_end(sent, t, frame.end if frame else len(low))
        weapon = next((m for m in sent.mentions if m.role == "weapon" and m.end == t), None)
        if weapon is None:
            k = next((k for k in range(t + 1, min(hi, t + 5)) if low[k] in {"with", "using"}), None)
            if k is None:
                return None
            weapon = next((m for m in self._weapon_mentions(sent, k, min(hi, k + 6))), None)
            if weapon is None:
                return None
        first = min(weapon.start, t)
        user: Mention | None = None
        if first >= 2 and low[first - 1] in {"’s", "'s"}:
            user = sent.mention_at(first - 2)  # "Russia's Shahed attacks" (read as the drones' origin)
        if user is not None and user.role == "origin":
            user = Mention(user.start, user.end, user.entity, user.type)
        own = next((k for k in range(first - 1, max(-1, first - 5), -1) if low[k] in {"its", "their"}), None)
        if user is None and own is not None and _CLAUSE_BREAKS.isdisjoint(low[own:first]):
            # "the RSF pressed its long-range drone attacks": the subject whose attacks they are
            user = self._left(sent, own, frame.start if frame else 0, set())
        if user is None:
            nxt = t + 1 + (low[t + 1 : t + 2] in (["launched"], ["carried"], ["conducted"]))
            nxt += low[nxt : nxt + 1] == ["out"]
            if low[nxt : nxt + 1] in (["by"], ["from"]):
                user = _mention_from(sent, nxt + 1) or (
                    self._rebels_back(sent, nxt + 1, doc) if doc else None
                )
        if user is None or user.role != "actor" or not self._actor(user.entity):
            return None
        fact: dict[str, Any] = {"predicate": "USES", "subject": user.entity, "object": weapon.entity}
        target = self._after_word(sent, t, hi, {"against", "on"})
        if target is not None and _entity(target) != user.entity:
            fact["against"] = [_entity(target)]
        self._qualifiers(sent, fact, t, hi)
        fact["_span"] = (first, max(t, weapon.end, user.end) + 1, hi, t)
        return fact

    # --- finding the parties ---------------------------------------------------

    def _clause_end(self, sent: Sentence, t: int, hi: int) -> int:
        low = sent.lower
        for k in range(t + 1, hi):
            word = low[k]
            if word in _SAY and k > t + 1 and not sent.mention_at(k):
                return k  # "... and said the United States would push for action against Iran"
            if word in _STOP:
                return k
            if word == ",":
                nxt = k + 1 + (k + 1 < hi and low[k + 1] in _QUOTES)
                if nxt < hi and low[nxt] in {"and", "but", "while", "which"}:
                    return k
            if word == "but" and k > t + 2:
                return k
        return hi

    def _left(
        self, sent: Sentence, t: int, lo: int, skip: set[int], allow_possessive: bool = True
    ) -> Mention | None:
        low = sent.lower
        pronoun = False
        for k in range(t - 1, lo - 1, -1):
            m = sent.mention_at(k)
            if m is None:
                if low[k] in {"it", "they", "which", "who"}:
                    pronoun = True
                if (
                    low[k] in {"that"}
                    and k < t - 1
                    and not pronoun
                    and any(sent.mention_at(j) for j in range(k + 1, t))
                ):
                    break
                continue
            if m.role != "actor" or (id(m) in skip and not pronoun):
                continue
            before = m.start - 1
            titled = m.type == EntityType.PERSON and low[before] in _TITLE_WORDS
            while titled and before > 0 and _titled_by(sent, before):
                before -= 1  # "an opponent of Syrian President Bashar al-Assad": of whom, not who
            if titled and before > 0 and low[before - 1] in _AGENT_HEADS:
                before = m.start - 1  # "the administration of U.S. President Donald Trump" acts for him
            while before > 0 and low[before] in {"the", "a", "an"}:
                before -= 1
            if (
                m.start > 0
                and low[before] in {"to", "against", "from", "with", "of", "for", "on"}
                and not (low[before] == "of" and before > 0 and low[before - 1] in _COLLECTIVES)
                and not pronoun
                and not (m.end == t and low[t].endswith("ing"))  # "with Iran supplying", "of Iran sending"
                and not (low[before] == "on" and before > 0 and low[before - 1] in _URGE)  # "called on X to"
                # "sources close to X", "a number of NATO countries"
                and not (low[before] == "to" and low[before - 1 : before] == ["close"])
                and not (low[before] == "of" and low[before - 1 : before] and low[before - 1] in _PARTITIVES)
                # "the government of Sudan is arming ...": the state the government is of acts
                and not (low[before] == "of" and low[before - 1 : before] and low[before - 1] in _AGENT_HEADS)
            ):
                continue
            if not allow_possessive and m.end < len(low) and _possessive(low, m.end):
                continue
            if m.start > 0 and low[m.start - 1] in {"a", "an"} and not _voice_of(low, m.end, t):
                continue  # "violated a United Nations arms embargo": a modifier, not a party
            if m.start > 0 and low[before] in _TRIGGERS and low[before] not in _NOMINAL:
                continue  # "ready to train Russian forces ... and provide them": the object of "train"
            return self._apposed(sent, m)
        if pronoun and lo > 0 and low[lo - 1] in {"accused", "accuses", "accusing"}:
            # "The UAE denied a report accusing it of providing weapons": the sentence's subject
            return self._subject_before(sent, lo - 1)
        if pronoun and lo > 0 and (low[lo - 1] in _SAY or low[lo - 1] == "that"):
            # "X said it no longer supplied weapons": the speaker
            speaker = next((m for m in sent.mentions if id(m) in skip), None)
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
        for k in range(t - 1, max(-1, t - 5), -1):
            m = sent.mention_at(k)
            if m is not None:
                return m if m.role in {"actor", "origin"} else None
            if sent.lower[k] not in _BEFORE_SUPPLY_NOUN:
                return None
        return None

    def _addressee(self, sent: Sentence, t: int) -> tuple[int, Mention | str | None] | None:
        """Who is promised or asked a supply at ``t``: "promised Ukraine to send", "asked the
        Netherlands to provide" (a person stands for their state), and where the phrase naming it
        starts."""
        low = sent.lower
        if t < 3 or low[t - 1] != "to":
            return None
        m = sent.mention_at(t - 2)
        if m is None or m.role != "actor" or m.end != t - 1:
            return None
        start = _title_start(sent, m.start)
        if start == 0 or low[start - 1] not in _ADDRESS:
            return None
        spec = self.spec(m.entity)
        if spec is not None and spec.type == EntityType.PERSON:
            return start - 1, spec.country
        return start - 1, m

    def _granter(self, sent: Sentence, t: int, lo: int, skip: set[int]) -> Mention | None:
        """Who grants a supply named by a noun: "the US approved the sale of jets to Israel", "X signed
        a deal for ...": the subject of the verb the noun is the object of (no party between them)."""
        low = sent.lower
        for k in range(t - 1, max(lo, t - 8) - 1, -1):
            if sent.mention_at(k) is not None and sent.mention_at(k).role == "actor":
                return None
            if low[k] in _CLAUSE_BREAKS and low[k] != "that":
                return None
            if low[k] in _GRANT or low[k] in _CARRY_ON:
                return self._left(sent, k, lo, skip)
        return None

    def _after_word(
        self, sent: Sentence, t: int, hi: int, words: set[str], place_ok: bool = False
    ) -> Mention | None:
        low = sent.lower
        for k in range(t + 1, hi):
            if low[k] in words:
                j = k + 1
                while j < hi and (
                    low[j] in {"the", "use", "a", "its", "both", "either", "“", '"'} or low[j] in _ATTRIBUTIVE
                ):
                    j += 1
                if low[j : j + 1] in (["his"], ["her"]) and low[j + 2 : j + 3] == ["counterpart"]:
                    j += 1  # "with his Danish counterpart": Denmark's minister, speaking for Denmark
                m = sent.mention_at(j)
                if (named := self._described_group(sent, j, m)) is not None:
                    return named
                if m is not None and (m.role == "actor" or (place_ok and m.role == "place")):
                    return _head(sent, m)
        return None

    def _described_group(self, sent: Sentence, j: int, m: Mention | None) -> Mention | None:
        """The group named after its description: "the Lebanese terror group Hizbullah", "the
        Palestinian militant group Hamas" (the group, not the state of its demonym)."""
        low = sent.lower
        k = m.end if m is not None and m.type == EntityType.COUNTRY else j
        start = k
        while k < len(low) and k - start < 4 and low[k] in _GROUP_WORDS and not sent.mention_at(k):
            k += 1
        group = sent.mention_at(k) if k > start and low[k - 1] in _GROUP_HEADS else None
        if group is None or group.role != "actor" or (spec := self.spec(group.entity)) is None:
            return None
        return group if spec.type == EntityType.ORGANIZATION else None

    def _coordinated(self, sent: Sentence, m: Mention, hi: int) -> list[Mention]:
        """Actors listed with ``m``: "Russia or Ukraine", "Russia, Belarus and Iran"."""
        low = sent.lower
        out: list[Mention] = []
        k = m.end
        while k + 1 < hi and low[k] in {"and", "or", ","}:
            j = k + 1 + (low[k] == "," and low[k + 1] in {"and", "or"})
            j += j < hi and low[j] == "the"
            nxt = sent.mention_at(j)
            if out and (low[k + 1 : k + 2] == ["other"] or low[k + 1 : k + 3] == ["among", "others"]):
                return out  # "from Russia, Israel, Turkey and other countries"
            if nxt is None or nxt.role != "actor" or nxt.start != j or (low[k] == "," and j > k + 1):
                break  # ", and Moscow appeared ...": a new clause, not a list
            if nxt.end < len(low) and (low[nxt.end] in _TRIGGERS or low[nxt.end] in _SAY):
                break
            out.append(nxt)
            joint = low[k + 1] if low[k] == "," else low[k]  # "Saudi Arabia and the UAE": "and", not "the"
            k = nxt.end
            if joint in {"and", "or"}:
                return out
        return []  # "to Russia, Ukraine must ...": a comma without a closing "and" is no list

    def _thanked(self, sent: Sentence) -> list[tuple[int, dict[str, Any]]]:
        """ "Zelensky thanked Biden for the Patriot systems": the one thanked for arms supplied them
        to the one thanking (a person stands for their state)."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for t, word in enumerate(low):
            if word not in _THANK:
                continue
            thanked = self._right_after(sent, t, len(low))
            if thanked is None or low[thanked.end : thanked.end + 1] != ["for"]:
                continue
            hi = self._clause_end(sent, thanked.end, len(low))
            weapons = self._weapons(sent, thanked.end, min(hi, thanked.end + 8))
            if not weapons and not any(
                _arms_word(low, k) for k in range(thanked.end, min(hi, thanked.end + 8))
            ):
                continue
            thanker = self._left(sent, t, 0, set())
            ids = [
                self._state_of(m.entity) if self._person(m.entity) else m.entity
                for m in (thanked, thanker)
                if m is not None
            ]
            if len(ids) != 2 or not all(ids) or ids[0] == ids[1] or not all(self._actor(i) for i in ids):
                continue
            fact = {"predicate": "SUPPLIES", "subject": ids[0], "object": ids[1], "weapons": weapons}
            fact["_span"] = (thanker.start, hi, hi, t)
            out.append((t, fact))
        return out

    def _share_of(self, sent: Sentence, t: int, lo: int, skip: set[int]) -> Mention | None:
        """Who "accounted for" (or "made up") a share of the receipts at ``t``."""
        low = sent.lower
        k = next((k for k in range(t - 1, max(lo, t - 12) - 1, -1) if low[k] in _SHARE), None)
        if k is None or low[k + 1 : k + 2] not in (["for"], ["up"]):
            return None
        return self._left(sent, k, lo, skip)

    def _deal_partner(self, sent: Sentence, t: int, lo: int) -> Mention | None:
        """The partner of a deal the supply at ``t`` is the aim of: "signed a contract with France
        to buy jets", "a deal with Poland to supply tanks"."""
        low = sent.lower
        for k in range(t - 1, max(lo, t - 12) - 1, -1):
            if low[k] in _DEAL_NOUNS:
                partner = self._after_word(sent, k, t, {"with"})
                return partner if partner is not None and partner.start <= k + 3 else None
            if low[k] in {";", "but", "while", "which", "who"}:
                return None
        return None

    def _system_origin(self, weapons: list[str]) -> str | None:
        """The state that makes one of these specific systems (a Rafale is French)."""
        for w in weapons:
            spec = self.spec(w)
            if spec is not None and spec.type == EntityType.WEAPON_SYSTEM and spec.origin:
                return spec.origin
        return None

    def _deals(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> list[tuple[int, dict[str, Any]]]:
        """A deal signed for arms with no supply verb of its own: "India signed a deal with France
        for Rafale jets", "Egypt and France signed a contract for 30 Rafales". Who sells is the
        party whose state makes the arms (or the one the article has selling to the other)."""
        low = sent.lower
        out: list[tuple[int, dict[str, Any]]] = []
        for t, word in enumerate(low):
            if word not in _DEAL_NOUNS:
                continue
            # "contracts signed by Yerevan with Indian arms makers": the seal after the noun
            sealed_by = low[t + 1 : t + 3] in ([w, "by"] for w in _SEAL if w.endswith("ed"))
            if not sealed_by and _SEAL.isdisjoint(low[max(0, t - 5) : t]):
                continue
            frame = self._frame_of(frames, t)
            lo, hi = (frame.start, frame.end) if frame else (0, len(low))
            hi = self._clause_end(sent, t, hi)
            skip = {id(frame.source)} if frame and frame.source else set()
            signer = _mention_from(sent, t + 3) if sealed_by else self._left(sent, t, lo, skip)
            if signer is None or signer.role != "actor":
                continue
            parties = [signer, *self._listed_before(sent, signer)]
            partner = self._after_word(sent, t, min(hi, t + 8 if sealed_by else t + 4), {"with"})
            makers = self._makers_after(sent, t, min(hi, t + 10))
            if partner is None and makers is not None:
                partner = makers  # "with Indian arms manufacturers": India's makers sell
            if partner is not None:
                parties.append(partner)
            ids = list(
                dict.fromkeys(
                    s
                    for m in parties
                    # a leader or a ministry signs for its state ("India's Ministry of Defence signed")
                    if (s := self._state_of(m.entity) if self._acts_for_state(m.entity) else m.entity)
                )
            )
            weapons = self._weapons(sent, t, hi)
            companies = [i for i in ids if (spec := self.spec(i)) is not None and spec.kind == "company"]
            if len(ids) != 2 or not (
                weapons
                or _arms_word(low, t - 1)
                or makers is not None
                # "Embraer signed a contract with the Philippine Air Force for six attack aircraft"
                or (len(companies) == 1 and any(_arms_word(low, k) for k in range(t + 1, hi)))
            ):
                continue
            origin = (
                (_entity(makers) if makers is not None else None)
                or self._named_origin(sent, t, hi, weapons)
                or self._system_origin(weapons)
                or (companies[0] if len(companies) == 1 else None)  # the arms maker sells
            )
            if origin not in ids and len(companies) == 1 and self.spec(companies[0]).country == origin:
                origin = companies[0]  # "Saab signed a contract with Thailand for Gripen jets": Swedish jets
            if origin in ids:
                pair = (origin, next(i for i in ids if i != origin))
            else:
                pair = next(
                    (
                        (f["subject"], f["object"])
                        for f in reversed(doc.recent_supplies())
                        if {f["subject"], f["object"]} == set(ids)
                    ),
                    None,
                )
            if pair is None or not all(self._actor(i) for i in pair):
                continue
            fact = {"predicate": "SUPPLIES", "subject": pair[0], "object": pair[1], "weapons": weapons}
            self._qualifiers(sent, fact, t, hi)
            fact["_span"] = (min(m.start for m in parties), t + 1, hi, t)
            out.append((t, fact))
        return out

    def _acts_for_state(self, entity_id: str) -> bool:
        """Whether what this entity supplies or signs is its state's: a leader's or a ministry's is (a
        named force's or a company's is its own)."""
        spec = self.spec(entity_id)
        return spec is not None and (spec.type == EntityType.PERSON or spec.kind in _GOVERNMENT_BODIES)

    def _makers_after(self, sent: Sentence, t: int, hi: int) -> Mention | None:
        """ "with Indian arms manufacturers": the state of the arms makers a deal is made with."""
        low = sent.lower
        for k in range(t + 1, hi):
            if low[k] in _MAKERS and k >= 2:
                j = k - 1 - (low[k - 1] in _ARMS or low[k - 1] in _MILITARY)
                m = sent.mention_at(j)
                if m is not None and m.role in {"origin", "actor"} and m.end == j + 1:
                    return m
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
            k += k < hi and low[k] == "the"
            nxt = sent.mention_at(k) if k < hi else None
            if nxt is None or nxt.role != "actor" or nxt.start != k:
                break
            out.append(nxt)
            m = nxt
        return out

    def _right_after(self, sent: Sentence, t: int, hi: int) -> Mention | None:
        low = sent.lower
        j = t + 1
        while j < hi and low[j] in {"the", "”", '"', "“", "covertly", "also"}:
            j += 1
        if j + 1 < hi and (low[j] in _COUNTS or low[j][:1].isdigit()) and low[j + 1] == "of":
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
        m = sent.mention_at(j)
        return _head(sent, m) if m is not None and m.role == "actor" else None

    def _context_supplier(
        self, doc: _Doc, recipient: Mention | None, weapons: list[str] | None = None
    ) -> str | None:
        """Who the article has supplying ``recipient`` (or its state: "the Russian military"), with
        ``weapons`` of the same kind if given."""
        wanted = {_entity(recipient)} if recipient is not None else set()
        if recipient is not None and (state := self._state_of(_entity(recipient))):
            wanted.add(state)
        for fact in reversed(doc.recent_supplies()):
            if wanted and fact["object"] not in wanted:
                continue
            if weapons is None or any(
                self._same_kind(a, b) for a in weapons for b in fact.get("weapons", [])
            ):
                return fact["subject"]
        return None

    def _reseller(self, sent: Sentence, t: int, hi: int, weapons: list[str]) -> str | None:
        """ "approved the transfer of Danish F-16s to Argentina": a state named with arms another state
        makes owns them and passes them on (the approver only allows it)."""
        made_by = self._system_origin(weapons)
        named = self._named_origin(sent, t, hi, weapons)
        return named if made_by is not None and named is not None and named != made_by else None

    def _named_origin(self, sent: Sentence, t: int, hi: int, weapons: list[str]) -> str | None:
        """The origin the sentence gives the arms ("Iranian drones", "North Korean weapons"), not
        the one the gazetteer knows of a system."""
        return next(
            (m.origin for m in sent.mentions if m.role == "weapon" and m.entity in weapons and m.origin),
            None,
        ) or next((m.entity for m in sent.mentions if m.role == "origin" and t - 4 <= m.start < hi), None)

    def _arms_origin(self, sent: Sentence, t: int, hi: int, weapons: list[str]) -> str | None:
        """The origin of the arms a supply at ``t`` moves: "Iranian weapons smuggling", "the transfer of
        North Korean weapons"."""
        return self._origin_of_weapons(sent, weapons) or next(
            (m.entity for m in sent.mentions if m.role == "origin" and t - 4 <= m.start < hi), None
        )

    def _origin_of_weapons(self, sent: Sentence, weapons: list[str]) -> str | None:
        for m in sent.mentions:
            if m.role == "weapon" and m.entity in weapons and m.origin:
                return m.origin
        # "the transfer of the first IRIS-T system": a specific system comes from its maker's state
        for w in weapons:
            spec = self.spec(w)
            if spec is not None and spec.type == EntityType.WEAPON_SYSTEM and spec.origin:
                return spec.origin
        return None

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

    def _qualifiers(self, sent: Sentence, fact: dict[str, Any], t: int, hi: int) -> None:
        text = sent.text
        for m in sent.mentions:
            if m.role == "weapon" and t < m.start < hi:
                before = text[max(0, sent.offsets[m.start] - 60) : sent.offsets[m.start]]
                q = _QUANTITY.search(before) if _QUANTITY_HINT.search(before) else None
                if q:
                    fact["quantity"] = q.group(1).strip('“”" ')
                    break
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

    # --- stance --------------------------------------------------------------

    def _stances(
        self,
        sent: Sentence,
        frames: list[_Frame],
        claims: list[tuple[int, dict[str, Any]]],
        doc: _Doc,
    ) -> None:
        low = sent.lower
        denials = self._denials(sent, frames, doc) if not _DENIAL_CUES.isdisjoint(sent.vocab) else []
        denied_here: set[tuple[str, str]] = set()  # what this sentence denies: nothing in it restates it
        nay = not _NAYS.isdisjoint(sent.vocab)  # a word of none or not: the readings of refusal apply
        for _t, fact in claims:
            start, stop, end, trig = fact.pop("_span")
            frame = self._frame_of(frames, trig)
            speaker = _outermost(self._speaker_frame(frames, trig) or frame)
            source = _entity(speaker.source) if speaker and speaker.source else None
            sources = [source, *(m.entity for m in speaker.also if m.entity != source)] if source else []
            if (
                source is None
                and speaker is not None
                and (voice := self._official_voice(sent, speaker, fact, doc, trig))
            ):
                source, sources = voice, [voice]  # "..., an official statement said": the state's
            if fact.pop("_own_voice", False) and fact["subject"] in sources:
                source, sources = fact["subject"], [fact["subject"]]  # each of the speakers of itself
            # Modality scopes over what follows it: "may receive", "plans to send", "talks on the purchase";
            # not over an attributive participle ("the newly received drones").
            attributive = (
                low[trig - 1 : trig] and low[trig - 1] in _DETERMINERS and low[trig].endswith(("ed", "nt"))
            )
            window = [] if attributive else low[_clause_start(low, start, frame.start if frame else 0) : stop]
            if low[trig] in _NOMINAL and any(w in {"’s", "'s"} for w in low[start:trig]):
                window = low[
                    start:stop
                ]  # "will have a chance after the UK's donation": the donation is a fact
            if low[trig].endswith("ing") and (trig == 0 or low[trig - 1] in {"that", ",", "“", '"'}):
                window = [*window, *low[stop : stop + 4]]  # "that sending missiles to Russia would ..."
            if "failed" in window and _attributive_failure(low):
                window = [w for w in window if w != "failed"]  # "a failed missile attack ... is proof"
            covering = [d for d in denials if self._covers(sent, d, trig, frame)]
            denial = covering[0] if covering else None
            excluded = _excluded(sent, trig, end) if nay else {}
            if source is not None and fact["predicate"] == "SUPPLIES" and self._party(source, fact):
                # "Seoul said the shells it sells to Washington are only for US forces, not for
                # Ukraine": the speaker denies the supply to the one excluded
                for other, k in excluded.items():
                    if other != fact.get("object") and other != fact["subject"] and self._actor(other):
                        refused = {**fact, "object": other, "stance": Stance.REPORTED.value}
                        refused.pop("attributed_to", None)
                        rid = self._add(doc, refused, sent)
                        self._deny(doc, sent, (k, source, self._relayed(sent, frames, frame, source)), rid)
            # the three words before, quotation marks aside ("never had 'arms dealings'")
            demanded = _told_not_to(low, trig)  # "urged Iran not to send": a demand, never a denial
            negated = not demanded and (
                any(w in _NEGATION for w in _before_aim(low, trig)[-3:])
                or _ruled_out(low, trig)
                or _no_subject(low, trig)
                or _no_permit(low, trig)
                or _never_happened(low, trig)
                or (
                    nay
                    and (
                        _none_given(low, trig, stop)
                        or _yet_to_any(low, trig)
                        or (source is not None and _not_arms(sent, trig, end) and self._party(source, fact))
                        or (source is not None and _not_shown(low, trig))
                        or fact.get("object") in excluded
                    )
                )
            )
            evidence = (
                (
                    (negated and not _EVIDENCE.isdisjoint(low[max(0, trig - 8) : trig]))
                    # "there is no evidence that Iran sent missiles": not a claim, never a confirmation
                    or any(
                        low[k] in {"no", "not", "never"} and low[k + 1] in _EVIDENCE
                        for k in range(max(0, trig - 8), trig - 1)
                    )
                )
                or (
                    frame is not None
                    and low[frame.verb] == "seen"
                    and "not" in low[max(0, frame.verb - 3) : frame.verb]
                )
            )
            if (
                denial is None
                and negated
                and not evidence
                and (
                    fact["predicate"] == "SUPPLIES"
                    # "the army said it does not use Israeli drones": a party's own denial
                    or (source is not None and self._party(source, fact))
                )
                and not any(w in {"should", "must", "ought"} for w in low[max(0, trig - 5) : trig])
            ):  # "weapons should no longer be transferred": a demand, not a denial
                # "Egypt did not buy jets from Russia": the buyer, the negated verb's subject, says so
                receipt = fact["predicate"] == "SUPPLIES" and (low[trig] in _RECEIVE or low[trig] in _RELY)
                who = source or (fact["object"] if receipt else fact["subject"])
                denial = (trig, who, self._relayed(sent, frames, frame, who))
                denied_here.add((fact["subject"], fact.get("object")))
            if denial is None and (fact["subject"], fact.get("object")) in denied_here:
                continue  # "a decision not to deliver weapons ... under new export requests": no second claim
            if denial is not None and "_refers" in fact:
                # "denied the transfer": the claim made earlier is denied, no new one is made
                for d in covering or [denial]:
                    if d[1]:
                        self._deny(doc, sent, d, fact["_refers"])
                continue
            if denial is not None and not denial[1]:
                fact["stance"] = Stance.DENIED.value
                self._add(doc, fact, sent)
                continue
            hypothetical = (
                evidence
                or demanded
                # "denied supplying any drones": "any" only widens what is denied
                or any(w in _HYPOTHETICAL and (denial is None or w not in {"any", "yet"}) for w in window)
                or (frame is not None and any(w in {"if", "whether"} for w in low[frame.start : trig]))
                or (self._refers_to_plan(doc, fact) and _named_subject(sent, trig, present=True))
                or (
                    frame is not None
                    and frame.verb >= 0
                    and low[frame.verb] in _URGE
                    and _CEASE.isdisjoint(low[frame.start : trig])
                )  # "called on Germany to send tanks": asked for, not done ("to stop selling" is done)
            )
            told = self._told_here(doc, fact, denial) if denial is not None else None
            if told is not None:
                # "Officials said Russia received Iranian drones, though Tehran has denied the sale": the
                # claim the sentence has just reported is the one denied, not a second one
                for d in covering or [denial]:
                    self._deny(doc, sent, d, told)
                continue
            if denial is not None:
                # what is denied is never positive: reported, or hypothetical ("denied plans to supply")
                fact["stance"] = Stance.HYPOTHETICAL.value if hypothetical else Stance.REPORTED.value
                if (
                    source
                    and speaker is not denial[2]
                    and source not in {denial[1], *(d[1] for d in covering)}
                ):
                    fact["attributed_to"] = sources  # "denied U.S. and South Korean claims that ..."
                fid = self._add(doc, fact, sent)
                for d in covering or [denial]:
                    self._deny(doc, sent, d, fid)
                continue
            if hypothetical:
                fact["stance"] = Stance.HYPOTHETICAL.value
                if source:
                    fact["attributed_to"] = sources
            elif "?" in sent.vocab and _asked(
                low, trig
            ):  # "Did Iran send drones to Russia?": asked, never stated
                fact["stance"] = Stance.REPORTED.value
                if source:
                    fact["attributed_to"] = sources
            elif _unconfirmed(low, frame):
                # "The Netherlands has not yet confirmed the delivery": told of, not confirmed (nor denied)
                fact["stance"] = Stance.REPORTED.value
            elif (
                source
                and (frame.confirms or self._party(source, fact) or self._relays_own(source, frame, fact))
                and not any(w in {"neither", "nor"} for w in low)
                # "how is Iran able to ... supposedly sell arms?": hearsay in its mouth confirms nothing
                and _HEARSAY.isdisjoint(low[max(0, trig - 3) : trig])
                # "Minsk said reports that it had sent tanks were exaggerated": the reports' claim
                and not any(
                    low[k] in _CLAIM_NOUNS and low[k + 1] == "that" for k in range(max(0, trig - 8), trig)
                )
            ):
                fact["stance"] = Stance.CONFIRMED.value
                fact["attributed_to"] = sources
            elif source:
                fact["stance"] = Stance.REPORTED.value
                fact["attributed_to"] = sources
            elif frame is not None and frame.confirms and not frame.hearsay:
                fact["stance"] = Stance.CONFIRMED.value  # "a senior official confirmed that ..."
            elif frame is not None:
                fact["stance"] = Stance.REPORTED.value  # "they said", "according to state media"
            elif (
                any(w in _REPORTED for w in low[max(0, (frame.start if frame else 0)) : trig])
                or not _HEARSAY.isdisjoint(low[trig:end])  # "these transfers are allegedly managed by ..."
                # "Iran is believed to have sent drones", "is said to have supplied"
                or any(low[k] in _BELIEVED and low[k + 1] == "to" for k in range(max(0, trig - 4), trig - 1))
            ):
                fact["stance"] = Stance.REPORTED.value
            else:
                fact["stance"] = Stance.ASSERTED.value
            fid = self._add(doc, fact, sent)
            if fact["predicate"] == "SUPPLIES" and _training_given(low, trig, end):
                self._add(doc, {**fact, "predicate": "TRAINS", "weapons": []}, sent)
            fact["_id"] = fid
        # Denials of a claim made earlier: "denied the transfer", "The claim of sending ... is baseless".
        for d in denials:
            if _denies_a_clause(low, d[0]):
                continue  # "denies it has violated sanctions": about something else
            if not any(self._covers(sent, d, t, self._frame_of(frames, t)) for t, _ in claims):
                claim = self._last_claim(doc)
                if claim is not None:
                    self._deny(doc, sent, d, claim)
        if low[:3] == ["this", "was", "stated"] and doc.last_denial and frames and frames[0].source:
            claim, _ = doc.last_denial
            self._deny(doc, sent, (0, _entity(frames[0].source), None), claim)

    def _told_here(
        self, doc: _Doc, fact: dict[str, Any], denial: tuple[int, str, _Frame | None]
    ) -> str | None:
        """The id of the same supply reported earlier in this sentence by someone other than the
        denier, which the denial is of (an admission of the denier's own is left alone)."""
        if fact["predicate"] != "SUPPLIES" or not denial[1]:
            return None
        for f in doc.facts[doc.sentence_start :]:
            if (
                f["predicate"] == "SUPPLIES"
                and (f["subject"], f.get("object")) == (fact["subject"], fact.get("object"))
                and f["stance"] == Stance.REPORTED.value
                and f.get("attributed_to")
                and denial[1] not in f["attributed_to"]
            ):
                return f["id"]
        return None

    def _refers_to_plan(self, doc: _Doc, fact: dict[str, Any]) -> bool:
        """ "The sale is meant to ..." after "cleared a possible sale": a supply still to come is
        still to come when spoken of again in the present."""
        if "_refers" not in fact:
            return False
        for earlier in reversed(doc.recent_supplies()):
            if earlier.get("id") == fact["_refers"]:
                return earlier["stance"] == Stance.HYPOTHETICAL.value
        return False

    def _denials(
        self, sent: Sentence, frames: list[_Frame], doc: _Doc
    ) -> list[tuple[int, str, _Frame | None]]:
        low = sent.lower
        found = []
        if "neither" in low:
            return found
        for d, word in enumerate(low):
            if word == "involvement" and low[max(0, d - 2) : d] == ["non", "-"]:
                # "despite China's claims of non-involvement": a denial by the claims' maker of the
                # article's claim (not by the speaker: "its leadership's claims of non-involvement")
                k = d - 3
                if (
                    k >= 3
                    and low[k] == "of"
                    and low[k - 1] in {"claims", "claim"}
                    and low[k - 2] in {"’s", "'s"}
                ):
                    maker = sent.mention_at(k - 3)
                    if maker is not None and maker.role == "actor":
                        found.append((d, maker.entity, None))
                continue
            untrue = (
                (word in _TRUTHS and any(w in _NEGATION or w == "without" for w in low[max(0, d - 2) : d]))
                or (word in {"provocation", "provocations"} and not _CLAIM_NOUNS.isdisjoint(sent.vocab))
                # "the reports were absurd", "dismissed them as rumours": judged, not "amid rumours that"
                or (word in _SCORN and any(w in _BE or w in _JUDGING for w in low[max(0, d - 3) : d]))
            )  # "there was no truth to reports that ...", "the reports were not true", "had no basis"
            if (
                word not in _DENY
                and word not in _DENIAL_WORDS
                and word not in {"warfare", "confirm"}
                and not untrue
            ):
                continue
            frame = self._frame_of(frames, d)
            if frame is not None and low[frame.verb] in _CLAIM_NOUNS and low[frame.verb - 1] in _ASIDE:
                frame = None  # "denied ..., despite reports from UN experts": they report the claim, not the denial
            if word in _DENY and not _NEGATION.isdisjoint(low[max(0, d - 2) : d]):
                continue  # "did not deny the accusations"
            if word in _DENY and _refused(sent, d):
                continue  # "rejected Kyiv's request for Taurus missiles": a refusal, not a denial
            if word in _DENY and low[d - 2 : d] in (["what", "it"], ["which", "it"], ["what", "they"]):
                # "tore into the US for what it dismissed as false claims": the sentence's subject
                denier = self._subject_before(sent, d)
                if denier is not None:
                    found.append((d, _entity(denier), frame))
                    continue
            if word in _DENY and low[d + 1 : d + 2] == ["by"] and not _BE.isdisjoint(low[max(0, d - 2) : d]):
                # "These rumours were rejected by the Ministry of Defence": the agent denies
                denier = next((m for m in sent.mentions if m.start > d and m.role == "actor"), None)
                if denier is not None and denier.start <= d + 3:
                    found.append((d, denier.entity, frame))
                    continue
            if word in _DENY:
                denier = self._left(
                    sent,
                    d,
                    frame.start if frame else 0,
                    {id(frame.source)} if frame and frame.source else set(),
                )
                if denier is None and "they" in low[max(0, d - 3) : d]:
                    denier = doc.last_group  # "they resolutely refuted it": the state or body named last
                if denier is None and frame is not None:
                    denier = frame.inner or frame.source
                if (
                    denier is None
                    and _NEGATION.isdisjoint(low[max(0, d - 3) : d])
                    and low[d + 1 : d + 2]
                    and (low[d + 1] in _DENIED_OPENERS or low[d + 1].endswith("ing"))
                ):
                    # "A source close to the Kremlin denied ...", "Diplomats denied ...": whoever the
                    # words before the verb name, else the accused (the claim's subject); never no
                    # denier, which would leave the denied claim standing as a fact
                    denier = next(
                        (m for m in reversed(sent.mentions) if m.end <= d and m.role == "actor"), _ACCUSED
                    )
                if denier is not None:
                    found.append((d, _entity(denier), frame))
                    if isinstance(denier, Mention):  # "Both Pyongyang and Moscow have denied ..."
                        found += [(d, m.entity, frame) for m in self._listed_before(sent, denier)]
            elif (
                word in _DENIAL_WORDS
                or untrue
                or (word == "warfare" and d and low[d - 1] == "psychological")
                or (word == "confirm" and d and low[d - 1] == "not")
            ):
                if any(w in _DENY for w in low[max(0, d - (5 if untrue else 3)) : d]):
                    continue  # "denied as untrue": the verb's denial already
                if self._spread_judged(low, d, frames):
                    continue
                # who judges: a speaker (not the maker of the claim judged: "untrue American claims")
                speaking = [x for x in frames if low[x.verb] not in _CLAIM_NOUNS]
                f = next((x for x in speaking if x.start <= d < x.end or x.verb > d), None)
                speaker = (f.inner or f.source) if f else None
                calls = next((k for k in range(d - 1, -1, -1) if low[k] in _CALLS), None)
                if speaker is None and calls is not None:  # "X called the reports ... a fake"
                    speaker = self._left(sent, calls, 0, set())
                if speaker is None and f is None:  # "X called the reports ... a fake" without "called"
                    speaker = next(
                        (
                            m
                            for m in sent.mentions
                            if m.role == "actor" and (m.start == 0 or low[m.start - 1] not in _PREPOSITIONS)
                        ),
                        None,
                    )
                # No one to deny it: the claim is still never positive (stance "denied").
                found.append((d, _entity(speaker) if speaker else "", f))
        return [(d, who, self._relayed(sent, frames, f, who)) for d, who, f in found]

    @staticmethod
    def _spread_judged(low: list[str], d: int, frames: list[_Frame]) -> bool:
        """Whether the denial word at ``d`` is the writer's judgement of a story someone spread
        ("spread fake information that ..."): no one in the sentence denies it."""
        return any(
            low[x.verb] in _STORIES
            and d < x.verb
            and all(w in _DENIAL_WORDS for w in low[d : x.verb])
            and low[d - 1] in _SPREAD
            for x in frames
        )

    def _relayed(self, sent: Sentence, frames: list[_Frame], f: _Frame | None, who: str) -> _Frame | None:
        """ "..., the diplomat said, according to KCNA", "Peskov said as cited by Interfax": the
        frame of the one who relays the denier's words, when one covers the denier's verb."""
        if f is None or f.verb < 0:
            return f
        low = sent.lower
        relays = [
            g
            for g in frames
            if g is not f
            and g.source is not None
            and g.source.entity != who
            and (g.start <= f.verb < g.end or g.verb == f.verb)
            and (
                low[g.verb] == "according"
                or low[g.verb - 1 : g.verb] == ["as"]
                or (low[g.verb] in {"quoted", "cited"} and low[g.verb + 1 : g.verb + 2] == ["by"])
            )
        ]
        return relays[0] if relays else f

    def _covers(
        self, sent: Sentence, denial: tuple[int, str, _Frame | None], t: int, frame: _Frame | None
    ) -> bool:
        """Whether the denial at ``denial[0]`` is about the claim whose trigger is at ``t``."""
        d, _, dframe = denial
        if sent.lower[d] == "involvement":
            return False  # claims of non-involvement deny the claim made before, not one in the sentence
        if (
            dframe is not None
            and frame is not None
            and dframe is not frame
            and not dframe.start <= t < dframe.end
        ):
            return False
        if sent.lower[d] in _DENY:
            # a denial verb denies what follows it, up to what its speaker goes on to say instead
            # ("denies selling drones, insisting that it only shipped a few before the war")
            return d < t and not self._says_instead(sent.lower, d, t)
        return True

    def _says_instead(self, low: list[str], d: int, t: int) -> bool:
        """Whether between a denial at ``d`` and a claim at ``t`` the speaker goes on to admit less
        ("..., insisting that it only shipped a few", "...; but said it had sold some"): a new
        statement with a supply verb of its own and a word of contrast. A statement of principle
        after a denial ("denied the transfer, stating that the provision of arms is inhumane")
        is still covered by it."""
        if low[t] in _NOMINAL or _INSTEAD.isdisjoint(low[d + 1 : t]):
            return False
        for k in range(d + 1, t):
            if low[k] in {";", "but"} and not _SAY.isdisjoint(low[k + 1 : t]):
                return True
            if low[k] == "," and k + 1 < t and low[k + 1] in _SAY and low[k + 1].endswith("ing"):
                return True
        return False

    def _deny(self, doc: _Doc, sent: Sentence, denial: tuple[int, str, _Frame | None], claim: str) -> None:
        d, denier, frame = denial
        if denier == _ACCUSED:
            denier = next((f["subject"] for f in reversed(doc.facts) if f["id"] == claim), denier)
        relay = _entity(frame.source) if frame and frame.source else None
        if (
            relay
            and relay != denier
            and (frame.verb < 0 or _in_quotation(sent.lower, d))
            and self._speaks_for(relay, denier)
        ):
            # "“We strongly reject the claims,” Kanani said": in their own words, the official's denial
            denier = relay
        fact: dict[str, Any] = {"predicate": "DENIES", "subject": denier, "claim": claim}
        if relay and relay != denier:
            fact["stance"] = Stance.REPORTED.value
            fact["attributed_to"] = [relay]
        elif frame is not None and (frame.hearsay or frame.source is None):
            fact["stance"] = Stance.REPORTED.value  # "... X said, according to state media"
        else:
            fact["stance"] = Stance.ASSERTED.value
        if self._actor(denier):
            self._add(doc, fact, sent)
            doc.last_denial = (claim, sent.text)

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

    def _relays_own(self, source: str, frame: _Frame | None, fact: dict[str, Any]) -> bool:
        """ "Sid Ahmad said Khartoum declared that it had sent arms": a speaker relaying a party's own
        word about its supplies confirms them, unless the speaker is an outlet or another state's."""
        inner = _entity(frame.source) if frame is not None and frame.source is not None else None
        if inner is None or inner == source or not self._party(inner, fact):
            return False
        spec, state = self.spec(source), self._state_of(inner) or inner
        return spec is not None and spec.kind != "media" and spec.country in (None, state)

    def _official_voice(
        self, sent: Sentence, frame: _Frame, fact: dict[str, Any], doc: _Doc, trig: int
    ) -> str | None:
        """The state that speaks as an unnamed official body: "the military said", "the Defence
        Ministry announced", "an official statement said". That of the dateline, or else the state
        the sentence opens with when it is a party to the claim ("Egypt received jets, the military
        said"); None when the words by the verb name no official body. A supplier's military, with
        no dateline, may be a third state's ("North Korea sent shells, the military said")."""
        low, v = sent.lower, frame.verb
        if v < 0 or frame.source is not None:
            return None
        near = [*low[max(0, v - 4) : v], *low[v + 1 : v + 4]] if frame.start > v else low[max(0, v - 4) : v]
        if frame.start == 0 and frame.end <= v:
            near = low[v + 1 : v + 4] if low[v - 1 : v] in ([","], ["”"], ['"']) else low[max(0, v - 4) : v]
        if _OFFICIAL_BODIES.isdisjoint(near) or not _UNOFFICIAL.isdisjoint(near):
            return None
        if not _DENIAL_CUES.isdisjoint(sent.vocab):
            return None  # whose denial it is, the denial rules read
        if doc.home is not None:
            return doc.home
        first = next((m for m in sent.mentions if m.role == "actor"), None)
        if (
            first is not None
            and first.type == EntityType.COUNTRY
            and first.entity == fact.get("object")
            and first.end <= trig
        ):
            return first.entity  # a receipt the state's own body tells of; a supplier's is less sure
        return None

    def _last_claim(self, doc: _Doc) -> str | None:
        return doc.supplies[-1]["id"] if doc.supplies else None

    def _party(self, source: str, fact: dict[str, Any]) -> bool:
        if fact["predicate"] not in {"SUPPLIES", "USES", "TRAINS"}:
            return False
        spec = self.spec(source)
        if spec is None or spec.kind == "media":
            return False
        # the supplier, or the recipient ("we have received"); the user of arms ("we are using")
        parties = {fact["subject"]} if fact["predicate"] == "USES" else {fact["subject"], fact["object"]}
        # "the Egyptian armed forces": Egypt (a state's own bodies, never a group on its soil)
        parties |= {
            self._state_of(p)
            for p in parties
            if (spec_p := self.spec(p)) is not None and spec_p.kind in {"armed-forces", *_GOVERNMENT_BODIES}
        }
        return source in parties or spec.country in parties

    # --- warnings, sanctions, titles -------------------------------------------

    def _warnings(
        self,
        sent: Sentence,
        frames: list[_Frame],
        claims: list[tuple[int, dict[str, Any]]],
        doc: _Doc,
    ) -> None:
        low = sent.lower
        for frame in frames:
            if low[frame.verb] not in _WARN or frame.source is None:
                continue
            warner = _entity(frame.source)
            supplies = [f for _, f in claims if f.get("predicate") == "SUPPLIES" and "_id" in f]
            inside = [
                f
                for t, f in claims
                if frame.start <= t < frame.end and "_id" in f and f["predicate"] == "SUPPLIES"
            ]
            # what the warning is about: a supply it states, else one the sentence states if the warning
            # speaks of arms ("warned that countries helping terrorist states with weapons ...")
            armed = any(_arms_word(low, k) or low[k] in _SUPPLY for k in range(frame.start, frame.end))
            about = (inside or (supplies if armed else []) or [None])[0]
            if (
                about is None
                and doc.supplies
                and any(low[k] in _NOMINAL for k in range(frame.start, frame.end))
            ):
                # "warned of sanctions if the deliveries were confirmed": the supply told of before
                about = {**doc.supplies[-1], "_id": doc.supplies[-1]["id"]}
            target = _mention_from(sent, frame.verb + 1)
            if (
                target is None
                and low[frame.verb + 1 : frame.verb + 2] == ["that"]
                and not _THREATS.isdisjoint(low)
            ):
                target = _mention_from(sent, frame.verb + 2)  # "warned that Iran would pay a price"
            obj = (
                _entity(target)
                if target is not None and target.role == "actor"
                else (about["subject"] if about else None)
            )
            if obj and obj != warner:
                fact = {
                    "predicate": "WARNS",
                    "subject": warner,
                    "object": obj,
                    "stance": Stance.ASSERTED.value,
                }
                teller = next(
                    (
                        f.source
                        for f in frames
                        if f is not frame and f.source is not None and f.start <= frame.verb < f.end
                    ),
                    None,
                )
                if teller is not None and teller.entity != warner:
                    # "Blinken said that Washington warned Iran ...": Blinken reports the warning
                    fact["stance"] = Stance.REPORTED.value
                    fact["attributed_to"] = [teller.entity]
                if about:
                    fact["about"] = about["_id"]
                self._add(doc, fact, sent)
        for k, word in enumerate(low if not sent.vocab.isdisjoint({"sanctions", "measures"}) else ()):
            if word in {"sanctions", "measures"} and k + 1 < len(low) and low[k + 1] in {"against", "on"}:
                target = _mention_from(sent, k + 2)
                frame = self._frame_of(frames, k)
                imposer = frame.source if frame and frame.source else self._left(sent, k, 0, set())
                if target is None or imposer is None or _entity(target) == _entity(imposer):
                    continue
                hypo = any(w in _HYPOTHETICAL or w in _WARN for w in low)
                for obj in [target, *self._coordinated(sent, target, len(low))]:
                    fact = {"predicate": "SANCTIONS", "subject": _entity(imposer), "object": _entity(obj)}
                    fact["stance"] = Stance.HYPOTHETICAL.value if hypo else Stance.ASSERTED.value
                    if frame and frame.source:
                        fact["attributed_to"] = [_entity(frame.source)]
                    self._add(doc, fact, sent)

    def _confirmations(self, sent: Sentence, doc: _Doc) -> None:
        """ "an EU spokesman confirming the report": a CONFIRMS of the claim reported."""
        low = sent.lower
        for k, word in enumerate(low):
            if word not in _CONFIRM_VERBS or not _REFUSALS.isdisjoint(low[max(0, k - 3) : k]):
                continue
            j = k + 1 + (k + 1 < len(low) and low[k + 1] in _DETERMINERS)
            here = [f for f in doc.facts[doc.sentence_start :] if f["predicate"] == "SUPPLIES"]
            confirmer = next(
                (m for m in reversed(sent.mentions) if m.role == "actor" and m.end <= k and k - m.end <= 2),
                None,
            )
            if k > 0 and low[k - 1] in _BE and low[k + 1 : k + 2] == ["by"]:
                # "The transfer was confirmed by US officials": the one after "by"
                confirmer = _mention_from(sent, k + 2)
            elif low[j : j + 1] not in (
                ["report"],
                ["reports"],
                ["claims"],
                ["allegations"],
                ["it"],
                ["this"],
            ) and (
                here or j >= len(low) or low[j] not in _NOMINAL  # "confirmed the deliveries"
            ):
                continue
            claim = here[-1]["id"] if here else self._last_claim(doc)
            if here and confirmer is not None and confirmer.entity in here[-1].get("attributed_to", []):
                continue  # "Iran confirmed it had sent drones": the claim is already its confirmation
            if confirmer is not None and claim is not None:
                fact = {
                    "predicate": "CONFIRMS",
                    "subject": confirmer.entity,
                    "claim": claim,
                    "stance": "asserted",
                }
                self._add(doc, fact, sent)

    def _vouches(self, sent: Sentence, frames: list[_Frame], doc: _Doc) -> None:
        """ "The Pentagon said the report was accurate": a CONFIRMS of the claim reported before."""
        low = sent.lower
        for k, word in enumerate(low):
            if word not in _TRUE or k < 3 or low[k - 1] not in _BE or low[k - 2] not in _CLAIM_NOUNS:
                continue
            frame = next((f for f in frames if f.source is not None and f.verb < k - 2), None)
            claim = self._last_claim(doc)
            if frame is None or frame.source is None or claim is None or doc.facts[doc.sentence_start :]:
                continue
            if not _NEGATION.isdisjoint(low[max(0, k - 5) : k]):
                continue  # "said the reports were not accurate": the denial rules read it
            self._add(
                doc,
                {
                    "predicate": "CONFIRMS",
                    "subject": frame.source.entity,
                    "claim": claim,
                    "stance": "asserted",
                },
                sent,
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
            if all(prev.get(k) == out.get(k) for k in _SAME_FACT):
                # the sentence says it twice ("sent drones ... they were sent"): one fact, all its weapons
                extra = [w for w in out.get("weapons", []) if w not in prev.get("weapons", [])]
                if extra:
                    prev["weapons"] = [*prev.get("weapons", []), *extra]
                return prev["id"]
        fid = f"f{doc.id_base + len(doc.facts) + 1}"
        out = {"id": fid, **out}
        if out["predicate"] == "SUPPLIES":
            doc.supplies.append(out)
        if fact["predicate"] not in {"MEMBER_OF", "PART_OF"} and (date := self._date(doc, sent)):
            out["date"] = date
        out["quote"] = sent.text
        doc.facts.append(out)
        doc.seen.add((fact["predicate"], fact["subject"], fact.get("object") or fact.get("claim")))
        return fid


def _package_word(w: str) -> bool:
    """A word that may stand before the supply noun an announcer names as its own: "announced a new
    $400 million military aid package"."""
    return w in _DETERMINERS or w in _PACKAGE_WORDS or w in _MILITARY or w[:1].isdigit()


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


def _told_not_to(low: list[str], t: int) -> bool:
    """ "warned Moscow not to deliver", "urged Iran not to send", "told the US not to sell": the
    speaker asks that the supply not happen; it denies nothing."""
    return low[max(0, t - 2) : t] in (["not", "to"], ["to", "not"]) and not _ASKERS.isdisjoint(
        low[max(0, t - 10) : t - 2]
    )


def _governed(low: list[str], k: int) -> bool:
    """Whether a preposition governs the phrase at ``k``: "on Yemen", "on the Houthis"."""
    k -= 1
    k -= k > 0 and low[k] == "the"
    return k >= 0 and low[k] in _PREPOSITIONS


def _no_subject(low: list[str], t: int) -> bool:
    """Whether the claim at ``t`` has "no" for its subject's determiner: "“No Milan anti-tank
    missiles have been parachuted ...”", "No war weapons have been exported to Syria".

    >>> _no_subject(["no", "war", "weapons", "have", "been", "exported"], 5)
    True
    """
    opening = [w for w in low[:t] if w not in _QUOTES]
    return opening[:1] == ["no"] and t < 12 and "," not in opening


def _no_permit(low: list[str], t: int) -> bool:
    """Whether the claim at ``t`` is one no permit was given for: "had not issued any permits for
    the export of military equipment".

    >>> _no_permit(["had", "not", "issued", "any", "permits", "for", "the", "export"], 7)
    True
    """
    before = low[max(0, t - 8) : t]
    return not _PERMITS.isdisjoint(before) and not _NEGATION.isdisjoint(before)


# Stands for the one accused, when a denial names no denier ("Diplomats denied that Iran ..."): the
# subject of the claim denied.
_ACCUSED = "@accused"
# Words right after a denial verb that open what is denied: "denied that ...", "denied the reports".
_DENIED_OPENERS = frozenset(
    ["that", "any", "the", "reports", "allegations", "claims", "charges", "accusations", "having"]
)
# Words of a title before a name: "Syrian President Bashar al-Assad", "Foreign Minister X".
_TITLE_WORDS = frozenset(
    [
        *("president", "minister", "prime", "foreign", "defence", "defense", "leader", "chief", "general"),
        *("spokesman", "spokeswoman", "spokesperson", "commander", "secretary", "king", "crown", "prince"),
    ]
)


# Bodies that act for the one named after "of": "the administration of President X".
_AGENT_HEADS = frozenset(["administration", "government", "regime", "cabinet", "office", "forces", "troops"])


def _titled_by(sent: Sentence, k: int) -> bool:
    """Whether token ``k`` is part of the title of the name after it: a title word or its state."""
    if sent.lower[k] in _TITLE_WORDS:
        return True
    m = sent.mention_at(k)
    return m is not None and m.type == EntityType.COUNTRY and sent.lower[m.end : m.end + 1] != ["and"]


def _system_before(sent: Sentence, j: int) -> Mention | None:
    """The first of the weapons named right before the arms noun at ``j`` ("HQ-22 surface-to-air
    missile systems"): the system the noun stands for."""
    first = None
    while (m := sent.mention_at(j - 1)) is not None and m.role == "weapon" and m.end == j:
        first, j = m, m.start
    return first


def _took_delivery(low: list[str], t: int) -> int | None:
    """Where "took" stands in "took (the first) delivery of" before the noun at ``t``."""
    k = t - 1
    while k > 0 and low[k] in {"the", "first", "a", "an", "its", "their", "formal", "final"}:
        k -= 1
    return k if k >= 0 and low[k] in _TAKE else None


def _attributive_failure(low: list[str]) -> bool:
    """Whether "failed" says only what an event was ("a failed attack"), never that something
    failed to happen ("failed to deliver the jets")."""
    at = [k for k, w in enumerate(low) if w == "failed"]
    return all(k > 0 and low[k - 1] in {"a", "an", "the", "its", "their"} for k in at) and bool(at)


def _paid_for_arms(sent: Sentence, t: int) -> bool:
    """Whether the payment at ``t`` is for weapons named after "for" in the next few words."""
    low = sent.lower
    k = next((k for k in range(t + 1, min(len(low), t + 8)) if low[k] == "for"), None)
    return k is not None and any(
        (m := sent.mention_at(j)) is not None and m.role == "weapon"
        for j in range(k + 1, min(len(low), k + 8))
    )


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
        and (low[t - 1] in _DETERMINERS or low[t - 1] in _NUMBERS or low[t - 1][:1].isdigit())
    )


def _struck(low: list[str], k: int) -> bool:
    """Whether the phrase at ``k`` is what a strike verb before it hit ("took out Pakistan Army
    camps", "bombed the Syrian base", "hitting Russian positions")."""
    j = k - 1
    while j > 0 and low[j] in {"the", "a", "an", "several", "two", "three"}:
        j -= 1
    return j >= 0 and (
        low[j] in _STRIKE_VERBS
        or low[j] in {"hitting", "bombing", "striking", "destroyed", "destroying", "shelling"}
        or (low[j] == "out" and j > 0 and low[j - 1] in {"took", "take", "taking", "takes", "taken"})
    )


def _entity(m: Mention | str | None) -> str | None:
    if m is None or isinstance(m, str):
        return m
    return m.entity


def _quoted(sentences: list[Sentence]) -> dict[int, tuple[int, int]]:
    """Sentences in a quotation: each with the sentences that open and that close it.

    A sentence is in one when it starts with an opening quote or inside an open one.
    Quotations do not run across paragraphs; straight quotes open and close in turn.
    """
    out: dict[int, tuple[int, int]] = {}
    pending: list[int] = []  # sentences of the quotation still open
    opener = 0
    for i, sent in enumerate(sentences):
        if i and sent.paragraph != sentences[i - 1].paragraph:
            out.update((k, (opener, k)) for k in pending)  # never closed
            pending = []
        inside = bool(pending)
        if inside or sent.lower[:1] in (["“"], ['"']):
            pending.append(i)
            opener = opener if inside else i
        mid = False  # a quotation opened after the sentence's start
        for w in sent.lower:
            if w == "“" or (w == '"' and not inside):
                if not inside and not pending:
                    opener = i
                    pending.append(i)
                    mid = sent.lower[:1] not in (["“"], ['"'])
                inside = True
            elif w in {"”", '"'}:
                inside = False
        if not inside and mid and pending == [i]:
            pending = []  # 'denied it, calling the reports "baseless."': the narrator's sentence
        if not inside:
            out.update((k, (opener, i)) for k in pending)
            pending = []
    out.update((k, (opener, k)) for k in pending)
    return out


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
    """The actor a possessive belongs to: "Yemen's Houthi rebels" are the Houthis."""
    low = sent.lower
    if m.end + 1 < len(low) and low[m.end] in {"’s", "'s"}:
        owned = sent.mention_at(m.end + 1)
        if owned is not None and owned.role == "actor":
            return owned
    return m


def _outermost(frame: _Frame | None) -> _Frame | None:
    """The frame that reports ``frame`` (and so on): the article attributes to its speaker."""
    while frame is not None and frame.outer is not None and frame.outer.source is not None:
        frame = frame.outer
    return frame


def _mention_from(sent: Sentence, j: int) -> Mention | None:
    low = sent.lower
    while j < len(low) and low[j] in {"the", "a", "an"}:
        j += 1
    m = sent.mention_at(j)
    return m if m is not None and m.role in {"actor"} else None


def _object_end(low: list[str], t: int, hi: int) -> int:
    """Where the object of the verb at ``t`` ends: at a clause ("received information that ...")."""
    for k in range(t + 1, hi):
        if low[k] in _CLAUSE_WORDS or low[k] in _SAY:
            return k
    return hi


def _arms_word(low: list[str], k: int) -> bool:
    """ "weapons", "ammunition", "military aid": not "non-lethal", not "humanitarian aid"."""
    if low[k] not in _ARMS or low[k - 1 : k] == ["-"]:
        return False
    return low[k] not in _WEAK_ARMS or (k > 0 and low[k - 1] in _MILITARY)


def _anaphoric_supply(low: list[str], t: int) -> bool:
    """ "whether the shipments were received": a supply the article has named before."""
    return any(
        low[k] in _DETERMINERS and not _NOMINAL.isdisjoint(low[k + 1 : k + 3])
        for k in range(max(0, t - 6), min(len(low) - 1, t + 3))
        if k != t
    )  # "the shipments were received", "received the first shipment"


def _clause_start(low: list[str], k: int, lo: int) -> int:
    """Where the clause holding token ``k`` starts (not before ``lo``): modality scopes that far."""
    for j in range(k - 1, lo - 1, -1):
        if low[j] in _CLAUSE_BREAKS:
            return j + 1
    return lo


def _denies_a_clause(low: list[str], d: int) -> bool:
    """ "denied that ...", "denies it has violated ...": the denial has its own content."""
    nxt = low[d + 1 : d + 3]
    if nxt[:1] == ["that"]:
        return len(nxt) == 2 and nxt[1].isalpha()  # "refuted that." is the earlier claim
    return len(nxt) == 2 and nxt[0] in {"it", "they", "he", "she", "we"} and nxt[1] in _AUXILIARIES


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


def _purpose(low: list[str], t: int) -> bool:
    """ "for use against", "sending missiles to Russia to use in its war": the aim of a supply."""
    if t > 0 and low[t - 1] == "for":
        return True
    # "to use", "to help it deploy": an infinitive after a supply; not "missiles that troops launch"
    return "to" in low[max(0, t - 3) : t] and not _SUPPLY.isdisjoint(low[max(0, t - 8) : t])


def _after_train(low: list[str], t: int) -> bool:
    """ "trained dozens of Russian military personnel to use ...": the use is what is taught."""
    return not _TRAIN.isdisjoint(low[max(0, t - 10) : t])


_ASKINGS = frozenset(
    [
        *("request", "requests", "offer", "offers", "proposal", "proposals", "application", "applications"),
        *("bid", "bids", "demand", "demands", "appeal", "appeals", "plea", "pleas", "invitation"),
    ]
)


def _refused(sent: Sentence, d: int) -> bool:
    """Whether the verb at ``d`` rejects something asked or offered ("rejected the request",
    "turned down Ukraine's request for"): a refusal, no claim denied."""
    low = sent.lower
    k = d + 1
    if low[k : k + 1] in (["the"], ["a"], ["an"], ["this"], ["that"], ["its"], ["their"]):
        k += 1
    if (m := sent.mention_at(k)) is not None and m.start == k and low[m.end : m.end + 1] in (["’s"], ["'s"]):
        k = m.end + 1  # "Ukraine's request"
    return low[k : k + 1] != [] and low[k] in _ASKINGS


def _training_given(low: list[str], lo: int, hi: int) -> bool:
    """ "weapons, training and money": training given in ``low[lo:hi]``; not training as the subject
    of its own clause ("as soon as pilot training is completed")."""
    return "training" in low[lo:hi] and any(
        low[k] == "training" and not (low[k + 1 : k + 2] and low[k + 1] in _BE | _AUXILIARIES)
        for k in range(lo, min(hi, len(low)))
    )


def _before_aim(low: list[str], trig: int) -> list[str]:
    """The words before a trigger, quotation marks aside and past a phrase of aim ("are not meant to
    be delivered": "are not")."""
    before = [w for w in low[max(0, trig - 10) : trig] if w not in _QUOTES]
    while before and before[-1] in _AIMED:
        before.pop()
    return before


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


def _noun_subject(sent: Sentence, t: int) -> bool:
    """ "The delivery comes at a moment of tension", "but the shipments reach Latakia": a definite
    supply noun that opens its clause, followed by its verb (not by a preposition naming a party)."""
    low = sent.lower
    after = [w for w in low[t + 1 : t + 3] if w not in _QUOTES][:1]
    if not after or not after[0].isalpha() or after[0] in _PREPOSITIONS - {"of"} or after[0] in {"and", "or"}:
        return False
    k = t - 1
    while k >= 0 and (
        low[k] in _ARMS
        or low[k] in _MODIFIERS
        or low[k][:1].isdigit()
        or (low[k].endswith("ed") and low[k] not in _UNDONE)  # "the intercepted shipments"
        or low[k] in _QUOTES  # 'that the "delivery of the first aircraft will take place soon"'
        or ((m := sent.mention_at(k)) is not None and m.role == "weapon")
    ):
        k -= 1
    if k < 0 or low[k] not in {"the", "this", "that", "these", "those"}:
        return False
    return k == 0 or low[k - 1] in {"that", ",", "“", '"', "but", "and", ":", *_OPENERS}


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
        if low[j] in _DETERMINERS or low[j] in {"these", "those"} or low[j][:1].isdigit():
            return True
    return False


def _unconfirmed(low: list[str], frame: _Frame | None) -> bool:
    """ "has not yet confirmed", "did not confirm": a frame of confirmation, negated."""
    if frame is None or frame.verb <= 0 or low[frame.verb] not in _CONFIRM:
        return False
    return not _REFUSALS.isdisjoint(low[max(0, frame.verb - 4) : frame.verb])


def _landing_only(word: str, sent: Sentence) -> bool:
    """ "landed" that tells of no delivery ("the drone landed in a field"): it receives arms only in a
    sentence of batches and shipments ("Four F-16s landed in Iraq, the first batch of ...")."""
    return word == "landed" and _BATCHES.isdisjoint(sent.vocab)


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
    before = sent.mention_at(t - 1)
    return (
        before is not None
        and before.type == EntityType.COUNTRY
        and sent.words[before.end - 1][:1].isupper()
        and not sent.words[before.end - 1].lower().endswith(("ian", "ese", "ish", "ic"))
    )


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


def _closing_find(low: list[str], v: int) -> bool:
    """ "The UAE sent armoured vehicles to Libya, a UN panel found.": "found" that ends the sentence
    after a comma and its subject, an attribution like "said".

    >>> _closing_find(["x", "sent", "arms", ",", "the", "panel", "found", "."], 6)
    True
    """
    return low[v + 1 : v + 2] in ([], ["."]) and "," in low[max(0, v - 6) : v]


def _in_list(sent: Sentence, k: int) -> bool:
    """Whether the "and" at ``k`` joins two names ("from Libya and Sudan"), not two clauses."""
    before, after = sent.mention_at(k - 1), sent.mention_at(k + 1)
    return before is not None and after is not None and before.role == after.role == "actor"


def _bound_for(sent: Sentence, lo: int, t: int) -> Mention | None:
    """ "Weapons bound for the Houthis were shipped from Iran": where the arms before ``t`` go."""
    low = sent.lower
    k = next((k for k in range(lo, t - 2) if low[k] in _BOUND and low[k + 1] in {"for", "to"}), None)
    return _mention_from(sent, k + 2) if k is not None else None


def _possessive(low: list[str], k: int) -> bool:
    """Whether token ``k`` marks a possessive: "Taiwan's", or "the Houthis'" after a plural.

    >>> _possessive(["the", "houthis", "'", "main"], 2), _possessive(["iran", "'", "x"], 1)
    (True, False)
    """
    return low[k] in {"’s", "'s"} or (low[k] in {"’", "'"} and k > 0 and low[k - 1].endswith("s"))


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
        return any(
            _arms_word(low, k) or ((m := sent.mention_at(k)) is not None and m.role == "weapon")
            for k in range(t + 1, min(len(low), t + 5))
        )
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


_LEASE = frozenset(["lease", "leases", "leased", "leasing"])
# "the largest military backer of Hamas": a patron that arms, only with a word of arms by it
_PATRONS = frozenset(["backer", "backers", "sponsor"])  # not "patron": "a patron of Russian hardware" buys
# "arms control proposals", "weapons inspectors": an arms word that only modifies another noun
_ARMS_COMPOUNDS = frozenset(
    [
        *("control", "race", "embargo", "embargoes", "talks", "treaty", "inspectors", "inspections"),
        *("proposal", "proposals", "programme", "program", "experts", "monitors", "negotiations"),
    ]
)
# "operates tanks supplied by Russia", "its arsenal includes": holding arms someone supplied
_HOLD = frozenset(
    [
        *("has", "have", "had", "operates", "operate", "operated", "fields", "field", "fielded"),
        *("owns", "own", "possesses", "possess", "flies", "fly", "includes", "include", "included"),
    ]
)
_STOCKS = frozenset(["arsenal", "inventory", "fleet", "stockpile", "stocks", "armoury", "armory"])
# verbs with two objects: "sold India S-400 systems", "gave Ukraine tanks"
_GIVE_TWO = frozenset(
    [
        *("sold", "sell", "sells", "selling", "gave", "give", "gives", "sent", "send", "sends", "offered"),
        *("offers", "lent", "lend", "lends", "supplied", "supply", "supplies"),
    ]
)
_BOUGHT = frozenset(["bought", "purchased", "acquired", "procured", "imported", "leased"])
# "Brazil said the rifles had been sold to Paraguay": a sale the speaker's state owns up to, as seller
_OWN_SALES = frozenset(["sold", "exported", "leased"])
# "weapons from Libya reached ...", "ended up with", "found with", "found their way to", "came from"
_CAME = frozenset(["came", "come", "comes", "coming", "originated", "traced"])
_REACHED = frozenset(
    [
        *_CAME,
        *("reached", "reach", "reaches", "reaching", "ended", "end", "ends", "ending", "wound"),
        *("found", "find", "finds", "made", "make", "makes"),  # never "fell into the hands of": captured
    ]
)
_SUBJECT_BOUNDS = frozenset([",", "that", "which", "who", ";", ":", "and", "but", "while", "as"])


def _reach_end(low: list[str], t: int) -> int | None:
    """Where the party that arms at ``t`` reached is named: "reached (the) X", "ended up with X",
    "ended up in the hands of X", "was found with X", "found their way to X"; None when ``t`` is no
    such verb.

    >>> _reach_end(["ended", "up", "in", "the", "hands", "of", "the", "farc"], 0)
    6
    """
    w, rest = low[t], low[t + 1 : t + 6]
    if w.startswith("reach"):
        return t + 1
    if w in {"ended", "end", "ends", "ending", "wound"} and rest[:1] == ["up"]:
        t += 1
    elif w in {"found", "find", "finds", "made", "make", "makes"} and rest[:2] in (
        ["their", "way"],
        ["its", "way"],
    ):
        t += 2
    elif not (w == "found" and rest[:1] == ["with"]):
        return None
    rest = low[t + 1 : t + 5]
    if rest in (["in", "the", "hands", "of"], ["into", "the", "hands", "of"]):
        return t + 5
    if rest[:1] in (["with"], ["to"], ["into"], ["from"]):
        return t + 2  # "from": "made their way from Libya to Mali", the giver first
    return None


# "relies on Russia for arms", "turned to China for drones": the one relied on supplies
_RELY = frozenset(
    [
        *("relies", "rely", "relied", "relying", "reliant", "reliance"),
        *("depends", "depend", "depended", "depending", "dependent", "dependence", "dependency"),
        *("turned", "turns", "turning", "turn", "looked", "looks", "looking", "look"),
    ]
)
# "trained and armed", "armed and funded by": the verbs arming goes with
_ARMING_PARTNERS = frozenset(["trained", "funded", "financed", "equipped", "backed", "supported", "supplied"])
_ARMING_ADVERBS = frozenset(
    ["also", "repeatedly", "reportedly", "allegedly", "secretly", "covertly", "openly", "never", "not"]
)


def _arms_someone(sent: Sentence, t: int) -> bool:
    """ "Iran has armed the Houthis", "Pakistan armed and trained the Taliban", "Hezbollah, which is
    armed and funded by Iran": arming a named party, or armed by one (not "armed forces", "armed
    drones", "armed Hezbollah fighters" after no verb)."""
    low = sent.lower
    j = t + 1
    if low[j : j + 1] == ["and"] and low[j + 1 : j + 2] and low[j + 1] in _ARMING_PARTNERS:
        j += 2  # "armed and trained the Taliban", "armed and funded by Iran"
    if low[j : j + 1] == ["by"]:
        by = _mention_from(sent, j + 1)
        return by is not None and t > 0 and (low[t - 1] in _BE or low[t - 1] == ",")
    m = _mention_from(sent, j)
    k = t - 1
    while k > 0 and (low[k] in _ARMING_ADVERBS or (m is None and low[k] in {"has", "have", "had"})):
        k -= 1
    before = sent.mention_at(k) if k >= 0 else None
    if m is None:
        # "Hezbollah, which Iran has armed for decades": the relative pronoun's antecedent is armed
        return before is not None and before.start > 1 and low[before.start - 1] in {"which", "whom", "who"}
    if low[m.end : m.end + 1] in (["’s"], ["'s"]):
        return False  # "armed Iran's ..." no: the party armed is named whole
    return low[k] in {"has", "have", "had", "having", "and", "it", "they", "which", "who"} or (
        before is not None and before.role == "actor" and before.end <= t
    )


def _own_phrase_end(low: list[str], t: int, hi: int) -> int:
    """Where the phrase of the participle at ``t`` ends: before a second participle joined to it
    ("have been delivered and put into use by the air force": "by" is the second one's)."""
    for k in range(t + 1, hi - 1):
        if low[k] in {"and", "or"} and (low[k + 1].endswith("ed") or low[k + 1] in {"put", "sent", "used"}):
            return k
    return hi


def _ruled_out(low: list[str], trig: int) -> bool:
    """ "has ruled out sending F-16s to Ukraine": a refusal of the supply, said as a denial."""
    return "out" in low[max(0, trig - 3) : trig] and any(
        low[k] in {"ruled", "rules", "ruling", "rule"} and low[k + 1] == "out"
        for k in range(max(0, trig - 4), trig - 1)
    )


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


def _never_happened(low: list[str], t: int) -> bool:
    """ "the weapons deals with Russia, which never happened", "the shipments that did not take
    place": the claim at ``t`` is denied by the clause after it."""
    for k in range(t + 1, min(len(low) - 1, t + 12)):
        if low[k] in {";", ".", "but", "while"}:
            return False
        if low[k] in {"which", "that"} and low[k + 1 : k + 2] in (["never"], ["did"], ["have"], ["has"]):
            rest = low[k + 1 : k + 5]
            return any(w in _NEGATION for w in rest) and any(w in _HAPPEN for w in rest)
    return False


def _in_quotation(low: list[str], k: int) -> bool:
    """Whether token ``k`` stands inside quotation marks opened in the sentence."""
    inside = False
    for w in low[:k]:
        if w == "“" or (w == '"' and not inside):
            inside = True
        elif w in {"”", '"'}:
            inside = False
    return inside


def _opens_clause(low: list[str], k: int) -> bool:
    """Whether the name that ends at ``k`` is the subject of a clause ("said Iran had sent ...")
    rather than a speaker named after the verb ("said John Kirby, the spokesman")."""
    return k < len(low) and (low[k] in _AUXILIARIES or low[k] in _TRIGGERS or low[k] in _RESOLVE)


_NOT_NONE = frozenset(["longer", "later", "sooner", "doubt", "fewer", "less", "more", "matter"])


def _none_given(low: list[str], trig: int, stop: int) -> bool:
    """ "supplied no ammunition", "received not a single F-16", "Not one drone was delivered":
    a quantity of none negates the supply as "not" does."""
    after = [w for w in low[trig + 1 : min(stop, trig + 5)] if w not in _QUOTES]
    if after[:1] == ["no"] and (after[1:2] or [""])[0] not in _NOT_NONE:
        return True
    lo = max(0, trig - 8)
    lo = max([lo, *(k + 1 for k in range(lo, trig) if low[k] in {",", ";", ":"})])
    span = low[lo : min(stop, trig + 5)]
    return any(
        span[k] == "not" and (span[k + 1] == "one" or span[k + 1 : k + 3] == ["a", "single"])
        for k in range(len(span) - 1)
    ) or any(w in {"zero", "none"} for w in after)


def _yet_to_any(low: list[str], trig: int) -> bool:
    """ "has yet to sell any arms to Ukraine": nothing was supplied so far (a party's denial), unlike
    "has yet to finalize the sale" (a pending one)."""
    return low[max(0, trig - 2) : trig] == ["yet", "to"] and "any" in low[trig + 1 : trig + 4]


def _not_arms(sent: Sentence, trig: int, stop: int) -> bool:
    """ "sends only defensive equipment, not weapons, to Ukraine", "sent advisers, not drones": the
    arms are what the clause excludes, so the statement denies them."""
    low = sent.lower
    return any(
        low[k] == "not"
        and any(
            low[j] in _ARMS_NOUNS or ((m := sent.mention_at(j)) is not None and m.role == "weapon")
            for j in range(k + 1, min(len(low), k + 3))  # "not weapons", "not lethal weapons"
        )
        for k in range(trig + 1, min(stop, len(low) - 1))
    )


_ARMS_NOUNS = frozenset(["weapons", "arms", "ammunition", "munitions", "weaponry", "armaments"])


_VOICE_NOUNS = frozenset(
    ["official", "spokesman", "spokeswoman", "spokesperson", "diplomat", "source", "officer", "aide"]
)


def _voice_of(low: list[str], end: int, t: int) -> bool:
    """ "A Kremlin official denied", "a senior White House aide rejected": the body named before
    one who speaks for it, right before the verb at ``t``."""
    while t > end and low[t - 1].endswith("ly"):
        t -= 1  # "strongly rejected", "flatly denied"
    return 0 < t - end <= 2 and low[t - 1] in _VOICE_NOUNS


_SHOWN = frozenset(
    [
        *("indicate", "indicated", "say", "said", "show", "showed", "shown", "state", "stated"),
        *("mention", "mentioned", "suggest", "suggested", "prove", "proved", "find", "found"),
        *("claim", "claimed", "establish", "established", "conclude", "concluded", "identify"),
    ]
)


def _not_shown(low: list[str], trig: int) -> bool:
    """ "'The report did not indicate that the shipment was destined for Egypt,' he stressed": what a
    source is said not to show, its speaker denies."""
    for k in range(trig - 1, max(0, trig - 12), -1):
        if low[k] in {".", ";", "but", "while"}:
            return False
        if low[k] == "that" and low[k - 1] in _SHOWN:
            return not _NEGATION.isdisjoint(low[max(0, k - 4) : k - 1])
    return False


# "said Sweden agreed to send jets": a verb of resolve after the name opens a clause of its own
_RESOLVE = frozenset(
    ["agreed", "agrees", "decided", "decides", "plans", "planned", "intends", "refused", "refuses", "never"]
)


# "a number of NATO countries", "several of its allies": the part stands for the whole as a party
_PARTITIVES = frozenset(["number", "some", "several", "many", "most", "all", "majority", "handful", "group"])


def _excluded(sent: Sentence, trig: int, end: int) -> dict[str, int]:
    """The parties a clause excludes after its verb ("..., not to Ukraine", "only for US forces, not
    for Ukraine", "but never to Russia"), by entity, with the position of the negation."""
    low = sent.lower
    out: dict[str, int] = {}
    for k in range(trig + 1, min(end, len(low) - 2)):
        if low[k] not in {"not", "never"} or low[k + 1] not in {"to", "for"}:
            continue
        j = k + 2 + (low[k + 2] == "the")
        m = sent.mention_at(j)
        if m is not None and m.role == "actor" and m.start == j:
            out.setdefault(m.entity, k)
    return out


def _asked(low: list[str], trig: int) -> bool:
    """Whether the clause of ``trig`` is a question ("Did Iran send drones to Russia?"), not a
    statement a question follows ("We give missiles to X, so why not to Russia?")."""
    for w in low[trig + 1 :]:
        if w == "?":
            return True
        if w in {",", ";", ".", "—"}:
            return False
    return False


_NAYS = frozenset(["no", "not", "never", "none", "zero", "yet"])
