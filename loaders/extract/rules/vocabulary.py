"""The words the rules look for: word sets and patterns, grouped by the family of rules that
reads them (those several families read come first).
"""

from __future__ import annotations

import re

__all__ = [
    "_ACCUSED",
    "_ACCUSE_VERBS",
    "_ACCUSING",
    "_ADDRESS",
    "_AGENT_HEADS",
    "_AIMED",
    "_ALLEGING",
    "_ALLY_NOUNS",
    "_AMOUNT_WORDS",
    "_ANSWERING",
    "_ARMING",
    "_ARMING_ADVERBS",
    "_ARMING_PARTNERS",
    "_ARMING_PARTNERS_NOW",
    "_ARMS",
    "_ARMS_AFTER",
    "_ARMS_COMPOUNDS",
    "_ARMS_NOUNS",
    "_ARRIVE",
    "_ASIDE",
    "_ASKERS",
    "_ASKINGS",
    "_ATTACKS",
    "_ATTACK_ADJECTIVES",
    "_ATTEMPTS",
    "_ATTRIBUTIVE",
    "_AUXILIARIES",
    "_BACKED",
    "_BACKERS",
    "_BACKING",
    "_BANS",
    "_BATCHES",
    "_BE",
    "_BEFORE_SUPPLY_NOUN",
    "_BELIEVED",
    "_BELIEVED_TO",
    "_BOLSTER",
    "_BOUGHT",
    "_BOUND",
    "_BREACHES",
    "_BUYERS",
    "_BUYING",
    "_CALLS",
    "_CAME",
    "_CARRY",
    "_CARRYING",
    "_CARRY_ON",
    "_CEASE",
    "_CHARGES",
    "_CLAIMED",
    "_CLAIMING",
    "_CLAIM_NOUNS",
    "_CLAUSE_BREAKS",
    "_CLAUSE_WORDS",
    "_COLLECTIVES",
    "_CONCERNS",
    "_CONDEMN",
    "_CONFIRM",
    "_CONFIRM_VERBS",
    "_COPULAS",
    "_COUNTER",
    "_COUNTS",
    "_COUNT_WORDS",
    "_DEALINGS",
    "_DEAL_NOUNS",
    "_DEFIED",
    "_DENIAL_CUES",
    "_DENIAL_NOUNS",
    "_DENIAL_WORDS",
    "_DENIED_OPENERS",
    "_DENY",
    "_DEPLOY",
    "_DESTINATIONS",
    "_DETAILS",
    "_DETAIL_LINKS",
    "_DETER",
    "_DETERMINERS",
    "_DEVELOPED",
    "_DID",
    "_DISSUADE",
    "_DOCUMENTS",
    "_EARN",
    "_EVENTS",
    "_EVIDENCE",
    "_EXCHANGE",
    "_FACING",
    "_FILINGS",
    "_FINDINGS",
    "_FOIL",
    "_FORCE_NOUNS",
    "_FORCE_PEOPLE",
    "_FOUND_OUT",
    "_FRAME_WORDS",
    "_GETS",
    "_GIVEN",
    "_GIVE_TWO",
    "_GOVERNMENTS",
    "_GOVERNMENT_BODIES",
    "_GOVERNORS",
    "_GRANT",
    "_GROUP_HEADS",
    "_GROUP_WORDS",
    "_HALTING",
    "_HALT_VERBS",
    "_HAPPEN",
    "_HEARSAY",
    "_HELD",
    "_HELP",
    "_HELP_VERBS",
    "_HOLD",
    "_HOLD_BACK",
    "_HOLD_UP",
    "_HYPOTHETICAL",
    "_IMPOSSIBLE",
    "_INCLUDES",
    "_INDUCTING",
    "_INFORMATION",
    "_INSTEAD",
    "_JUDGING",
    "_KEPT",
    "_LEASE",
    "_LOADS",
    "_MADE",
    "_MAKERS",
    "_MAKER_NOUNS",
    "_MAKING",
    "_MESSAGES",
    "_MILITARY",
    "_MODALS",
    "_MODIFIERS",
    "_MONEY",
    "_NAMED_KINDS",
    "_NATIONAL_FORCES",
    "_NAYS",
    "_NEGATION",
    "_NOMINAL",
    "_NOT_NONE",
    "_NOUN_ADJECTIVES",
    "_NO_SOURCE",
    "_NUMBERS",
    "_OFFER_NOUNS",
    "_OFFICES",
    "_OFFICIAL_BODIES",
    "_OPENERS",
    "_OPPOSE",
    "_ORDERS",
    "_OWN_SALES",
    "_PACKAGES",
    "_PACKAGE_WORDS",
    "_PAPERS",
    "_PARTITIVES",
    "_PATRONS",
    "_PAYS",
    "_PENALTIES",
    "_PENALTY_NOUNS",
    "_PENALTY_VERBS",
    "_PERIOD",
    "_PERMITS",
    "_PHRASE_ENDS",
    "_PLACE_NOUNS",
    "_PLEDGES",
    "_POLICY",
    "_PREPOSITIONS",
    "_PRESS_NOUNS",
    "_PRODUCE",
    "_PROMISES",
    "_QUANTITY",
    "_QUANTITY_HINT",
    "_QUOTES",
    "_REACHED",
    "_RECEIPT_NOUNS",
    "_RECEIVE",
    "_RECENT",
    "_RECIPIENT_PREPOSITIONS",
    "_REFUSALS",
    "_RELY",
    "_REPORTED",
    "_REPROACHES",
    "_REQUEST",
    "_REQUESTING",
    "_RESOLVE",
    "_RESOLVES",
    "_SACKED",
    "_SAME_FACT",
    "_SAY",
    "_SAY_THAT",
    "_SCHOOLS",
    "_SCORN",
    "_SEAL",
    "_SEATED",
    "_SEIZE",
    "_SELLERS",
    "_SENDING",
    "_SHARE",
    "_SHOOT",
    "_SHOW",
    "_SHOWN",
    "_SPEAKER_WORDS",
    "_SPOKEN_BODIES",
    "_SPREAD",
    "_STATEMENT_NOUNS",
    "_STATE_BODIES",
    "_STATE_NOUNS",
    "_STOCKS",
    "_STOP",
    "_STORIES",
    "_STRIKE_VERBS",
    "_SUBJECT_BOUNDS",
    "_SUPPLY",
    "_TAKE",
    "_TEACHERS",
    "_THANK",
    "_THREATS",
    "_TITLE_WORDS",
    "_TO_NOUNS",
    "_TRAIN",
    "_TRAVEL",
    "_TRIGGERS",
    "_TRUE",
    "_TRUTHS",
    "_UNDONE",
    "_UNNAMED",
    "_UNOFFICIAL",
    "_URGE",
    "_URGING",
    "_USE",
    "_USERS",
    "_VEHICLES",
    "_VERBS_AFTER_PLACE",
    "_VERB_NOUNS",
    "_VESSEL_BEFORE",
    "_VOICES",
    "_VOICE_NOUNS",
    "_VOICING",
    "_WARN",
    "_WARNINGS",
    "_WATCHING",
    "_WEAK_ARMS",
    "_WITHHELD",
    "_WRITINGS",
    "_YEAR",
    "_YEAR_BEFORE",
]

# --- read by several families ------------------------------------------------------------------

_SAY = frozenset(
    [
        *("saying", "adding", "insisting", "stating", "noting", "claiming", "arguing", "explaining"),
        "said",
        "says",
        "say",
        "told",
        "tells",
        "tell",  # "..., US officials tell the Wall Street Journal" (never "to tell", "could not tell")
        "telling",  # "with the State Department telling Reuters that ..."
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
        # "Gantz reaffirmed that Israel does not intend to sell arms", "reiterated that ..."
        *("reaffirmed", "reaffirms", "reiterated", "reiterates", "affirmed"),
        "wrote",
        "writes",
        "warned",
        "threatened",
        "threatens",
        "warns",
        "warning",
        *("cautioned", "cautions"),
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
# "bolstering the GNA forces with Turkish drones": a supply only with "with"
_BOLSTER = frozenset(["bolster", "bolsters", "bolstered", "bolstering"])
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
        # "China has dispatched truckloads of arms to Nepal"
        *("dispatch", "dispatched", "dispatches", "dispatching"),
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
        "smuggles",
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
        *("equip", "equips", "equipped", "equipping", "handed", "handing", "airlifted", "airlifts"),
        "funneled",
        *("bring", "brings", "brought", "bringing"),  # only with arms after them (see _ARMS_AFTER)
        *("furnish", "furnishes", "furnished", "furnishing"),  # "furnished Israel with three Dolphins"
        *_BOLSTER,  # "bolstering the GNA forces with Turkish drones" (only with "with")
        *("hand", "hands"),  # only "hand over" (see reader.py)
        *("rushed", "rushing", "rushes"),  # "Pakistan rushed rocket launchers and ammunition to"
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
_TEACHERS = frozenset(
    ["instructors", "instructor", "trainers", "trainer", "advisers", "advisors"]
)  # "sent military instructors", "sent military advisers": training
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
# what a carrier of arms is doing: "a cargo plane carrying arms", "a ship laden with weapons"
_CARRYING = frozenset(["carrying", "loaded", "laden", "transporting", "ferrying"])
_ARRIVE = frozenset(["arrived", "arrive", "arrives", "arriving", "landed"])
_GETS = frozenset(
    ["get", "gets", "getting", "got", "secure", "secures", "secured", "securing"]
)  # "will get Patriots from Germany": only with "from"
# what is paid: "received a similar amount from Eritrea for MiG-29 fighters"
_MONEY = frozenset(["amount", "sum", "payment", "payments", "money", "cash", "funds", "million", "billion"])
_PAYS = frozenset(["paid", "pays", "paying"])  # "Manila paid $375 million for BrahMos batteries": a purchase
# taking arms into service: "inducted six J-10C fighters", "commissioned the first Scorpene"
_INDUCTING = frozenset(["inducted", "inducts", "inducting", "commissioned", "commissions", "commissioning"])
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
            *("procuring", "obtaining", "obtains"),
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
            *_INDUCTING,
            *("snapped", "snaps"),  # only "snapped up" (see reader.py): "Thailand snapped up six Gripens"
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
_MODIFIERS = frozenset(["proposed", "planned", "potential", "possible", "latest", "new", "first", "military"])
_REQUESTING = frozenset(["asked", "asks", "ask", "urged", "urges", "urge", "pressed", "presses", "begged"])
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
_DEPLOY = frozenset(["deploy", "deploys", "deployed", "deploying"])
_PRODUCE = frozenset(
    [
        *("produce", "produces", "produced", "producing", "production"),
        *("manufacture", "manufactures", "manufactured", "manufacturing"),
        *("build", "builds", "built", "building", "assemble", "assembles", "assembled", "assembling"),
        "made",  # only as a passive with its maker named (see reader._made_in)
    ]
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
        *("discounted", "discounts"),  # "discounted the idea of massive arms sales to Iran"
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
# a speaker's words answering a report: "He was responding to a report that ...", "commenting on reports"
_ANSWERING = frozenset(["responding", "reacting", "commenting", "replying"])
_DENIAL_NOUNS = frozenset(["denial", "denials"])
# "the Turkish-backed rebels", "a US-led coalition": a party named only to describe another
_BACKED = frozenset(
    ["backed", "led", "supported", "sponsored", "funded", "allied", "aligned", "armed", "trained"]
)
# verbs of sending people as well as arms: "sent his troops into Ukraine" sends no arms
_SENDING = frozenset(
    ["sent", "send", "sends", "sending", "deployed", "deploy", "deploys", "dispatched", "dispatch"]
)
# what a speaker brushes aside without denying a claim: "dismissed the criticism"
_REPROACHES = frozenset(
    ["criticism", "criticisms", "concerns", "objections", "protests", "complaints", "pressure"]
)
# what carries arms somewhere: "the weapons convoys were destined for", "an arms consignment bound for"
_LOADS = frozenset(["convoy", "convoys", "consignment", "consignments", "cargo", "cargoes", "load", "loads"])
# who sells arms when a state says it does not: "the sales were by a private company"
_SELLERS = frozenset(
    ["company", "companies", "firm", "firms", "manufacturer", "manufacturers"]
)  # "despite reiterated denials by Kigali"
# what a supplier does to its own supply that holds it up: "the administration delayed the sale"
_HOLD_UP = frozenset(
    [
        *(
            "delayed",
            "delaying",
            "paused",
            "pausing",
            "withheld",
            "withholding",
            "stalled",
            "stalling",
            "stall",
        ),
        *("postponed", "postponing", "postpones"),  # "The delivery was postponed due to sanctions"
    ]
)
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
        # "Denmark wanted to send 20 Piranhas", "is mulling the purchase", "Thyssenkrupp is allowed to
        # deliver three frigates to Egypt" (permitted, not done)
        *("want", "wanted", "mulling", "mulls", "allowed"),
        # "China had been trying to sell Myanmar J-10s", "Cairo sought to provide the munitions",
        # "was attempting to purchase weapons", "was nearing an agreement to purchase": not done
        *("trying", "tried", "attempting", "attempted", "sought", "nearing"),
        "prepared",
        "preparing",
        "prepares",
        "ready",
        "negotiations",
        *("talks", "discussions", "discussing"),  # "in discussions with Ukraine to buy tanks"
        *("negotiating", "negotiate", "negotiates", "negotiated"),  # "negotiating the delivery of missiles"
        *("slated", "scheduled"),  # "a fifth Dolphin is slated to be delivered in 2013"
        # "expressed its eagerness to acquire", "keen to buy", "hoping to get", "wishes to purchase"
        *("eager", "eagerness", "keen", "desire", "hoping", "hoped", "wish", "wishes", "interested"),
        "expect",
        "expects",
        "expected",
        "expecting",  # "the Afghan Air Force is expecting to receive four A-29s"
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
        *("decided", "decides", "decision", "failed", "fails", "unable"),
        *("voted", "votes", "vote"),  # "the parliament voted to send heavy weapons": decided, not sent
        # "still pending on an export permit", "its intention to buy", "has committed jets to"
        *("pending", "intention", "intentions", "intent", "committed", "commits"),
        # "had signalled willingness to sell arms", "its readiness to supply": offered, not done
        *("willingness", "willing", "readiness"),
        *("reluctant", "reluctance", "hesitant", "unwilling"),  # "have been reluctant to send jets": not sent
        # "the US proposal for transferring Iron Dome batteries" (an approved "proposed sale" is approved)
        *("proposal", "proposals", "proposes", "propose", "proposing"),
        "going",  # "are going to deliver weapons"
        # "Western partners vow to supply more weapons", "is gearing up to send troops", "poised to buy"
        *("vow", "vows", "vowed", "vowing", "gearing", "poised"),
        # "has delayed the sale of weapons to Israel", "blocked the transfer": held up, not yet done
        # (a sale cancelled or a halt of exports is no supply claim at all: _UNDONE)
        *_HOLD_UP,
        *("blocked", "blocking"),
    ]
)
_ARMS = frozenset(
    [
        "aircraft",
        "aircrafts",  # "provided these aircrafts to Nigeria" (South Asian usage)
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
_BACKING = frozenset(["supporting", "supported", "supports", "backing", "backs", "backed", "aiding", "aided"])
# Verbs whose object is a supply: "approved the sale of jets to Israel", "signed a deal ... for X".
_GRANT = frozenset(
    [
        *("approved", "approves", "approve", "approving", "authorized", "authorised", "authorizes"),
        *("cleared", "clears", "unveiled", "unveils", "finalized", "finalised", "signed", "signs"),
        *("announced", "announces", "agreed", "pledged", "pledges", "promised", "promises", "lifted"),
        *("requested", "requests", "sought", "notified", "authorise", "authorize", "authorised"),
        *("negotiating", "negotiated", "negotiates"),  # "Moscow is negotiating the delivery of missiles"
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
_TRIGGERS = _SUPPLY | _RECEIVE | _USE | _DEPLOY | _TRAIN | _HELP | _PRODUCE
# "struck Kharkiv with KN-23 missiles": a use told by what was done with the weapon
# what an attack noun may be called between its user and its weapon: "Russia's massive missile strikes"
_ATTACK_ADJECTIVES = frozenset(
    [
        *("massive", "heavy", "deadly", "new", "recent", "latest", "daily", "nightly", "fresh"),
        *("major", "brutal", "lethal", "intense", "relentless", "frequent", "overnight", "large-scale"),
    ]
)
_STRIKE_VERBS = frozenset(
    [
        *("attacked", "attacks", "attack", "struck", "strikes", "strike", "hit", "hits", "targeted"),
        *("targets", "target", "targeting", "bombed", "bombarded", "shelled", "pounded"),
        # "India was attacking Pakistan with Harop drones", "is bombarding Ukrainian cities with missiles"
        *("attacking", "striking", "bombing", "bombarding", "pounding"),
    ]
)
_NUMBERS = frozenset(
    ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
)
# "Iran arms the Houthis", "the largest source of arms for", "the main military backer of", "passed on
# the tanks": words that arm only in these uses (see _arming)
_ARMS_AFTER = frozenset(
    [
        *("offered", "offers", "offering", "lend", "lends", "lent", "lending", "loaned"),
        *(
            "bring",
            "brings",
            "brought",
            "bringing",
        ),  # "to bring weapons into Syria" (never "brought charges")
    ]
)
_ARMING = (
    frozenset(["rearmed", "arms", "source", "sources", "backer", "backers", "sponsor", "passed"])
    | _ARMS_AFTER
)
# "called on Iran to stop ...", "urged Iran to halt ...": a claim about what Iran does.
# asking that is urging only when it asks someone not to: "Greece asked Germany not to provide Turkey
# with submarines", "to persuade Russia not to sell" (never "asked Spain for more support")
_DISSUADE = frozenset(["asked", "asks", "ask", "persuade", "persuaded", "persuading"])
_URGE = frozenset(
    [
        *("called", "calls", "call", "calling", "urged", "urges", "urge", "urging"),
        *("demanded", "demands", "pressed", "pressing"),
        *_DISSUADE,
    ]
)
# urging right before a supply verb: "had been urging the government to buy ammunition"
_URGING = frozenset(["urging", "urged", "urge", "urges", "asking", "pressing", "lobbying"])
# "the panel did not accuse Eritrea of sending arms"
_ACCUSE_VERBS = frozenset(["accuse", "accused", "accuses", "accusing"])
# "the supply of S-300s is impossible", "... is out of the question"
_IMPOSSIBLE = frozenset(["impossible", "unthinkable", "question"])
# "Russia has kept its promise to deliver": a promise kept is a delivery
_PROMISES = frozenset(
    ["promise", "promises", "promised", "pledge", "pledges", "pledged", "commitment", "commitments"]
)
_KEPT = frozenset(
    ["kept", "keeps", "fulfilled", "fulfils", "fulfills", "honoured", "honored", "honours", "honors"]
)
# what is told of a supply, not the supply: "details of the delivery", "no date for the handover"
_DETAILS = frozenset(["details", "detail", "information", "date", "dates", "timeline", "figures", "comment"])
_DETAIL_LINKS = frozenset(["of", "for", "about", "on", "the", "a", "this", "these", "its", "their", "any"])
_CLAIM_NOUNS = frozenset(
    ["report", "reports", "claim", "claims", "allegation", "allegations", "accusation", "accusations"]
)
# "sanctioned two companies for supplying drones": the reason given is the sanctioner's claim.
_PENALTIES = frozenset(["sanctions", "sanctioned", "sanctioning", "blacklisted", "penalized", "penalised"])
# "missiles supplied by Iran", "helicopters donated by Russia": participles that name a giver after the arms
_GIVEN = frozenset(["supplied", "provided", "donated", "delivered", "given", "sold", "sent", "shipped"])
_TRUE = frozenset(["accurate", "true", "correct"])  # "said the report was accurate"
_CONCERNS = frozenset(["concern", "concerns", "fears", "suspicions"])
_STATEMENT_NOUNS = frozenset(
    [*("statement", "statements", "assessment", "assertion", "accusation", "conclusion", "charge", "charges")]
)
# what an inquiry comes to, framing a clause only with "that" ("prosecutors have determined that ...",
# never "determined to buy jets", "established ties")
_FOUND_OUT = frozenset(["discovered", "determined", "established", "concluded", "concludes"])
_FINDINGS = frozenset(["found", "finds", "learned", "learnt"]) | _FOUND_OUT
# Verbs of saying that frame a clause only with "that" after them ("Khartoum countered that
# Uganda arms the SPLA", "informed parliament that ..."; never "maintained its embargo")
_SAY_THAT = frozenset(
    [
        *("countered", "counters", "maintained", "maintains", "maintain", "asserts", "observed"),
        *("remarked", "disclosed", "discloses", "testified", "affirmed", "affirms", "reiterated"),
        *("reiterates", "replied", "responded", "commented", "mentioned", "hinted", "informed"),
        *("recalled", "conceded", "concedes", "argues", "contended", "predicted", "signalled", "signaled"),
        *("published", "publishes"),  # "CNN published today that Russia has been sending Iran weapons"
    ]
)
_FRAME_WORDS = (
    _SAY
    | _SAY_THAT
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
# Words before the name in "said a spokesman for the Foreign Ministry", "said senior official X".
_SPEAKER_WORDS = frozenset(
    [
        *("spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister", "secretary"),
        *("press", "senior", "top", "deputy", "representative", "source", "sources"),
        *("a", "an", "the", "for", "of", "at"),
    ]
)
# what a state is called before its name: "the tiny former Soviet state of Moldova"
_STATE_NOUNS = frozenset(["country", "nation", "state", "kingdom", "republic", "emirate", "sultanate"])
# nouns whose "to" names what they answer or face, never a recipient: "Ukraine's response to Russia"
_TO_NOUNS = frozenset(
    [
        *("response", "responses", "reaction", "answer", "threat", "threats"),
        *("resistance", "opposition"),
        "according",  # "supplying drones ..., according to UN experts": the source, no recipient
    ]
)
_PREPOSITIONS = frozenset(["to", "from", "of", "for", "with", "against", "in", "on", "at", "by", "about"])
_STOP = frozenset({";", "—", "–"})
_DETERMINERS = frozenset(
    ["the", "newly", "recently", "already", "previously", "these", "those", "its", "their"]
)
_BE = frozenset(["be", "been", "being", "was", "were", "is", "are"])
# "arms intended for Russia", "a shipment bound for Yemen".
_BOUND = frozenset(["intended", "bound", "destined", "earmarked", "meant", "headed"])
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
_THANK = frozenset(["thanked", "thanks", "thanking", "thank"])  # "thanked Germany for the tanks"
# building arms for someone: "a deal to build warships for Australia"
_BUILD = frozenset(
    ["build", "builds", "building", "built", "construct", "constructs", "constructing", "constructed"]
)
_DEAL_NOUNS = frozenset(["deal", "deals", "contract", "contracts", "agreement", "agreements"])
_SEAL = frozenset(
    [
        *("signed", "signs", "sign", "signing", "inked", "inks", "ink", "finalised", "finalized"),
        *("concluded", "agreed", "struck", "strikes", "clinched", "sealed", "reached", "awarded", "won"),
    ]
)
_INCLUDES = frozenset(["includes", "included", "include", "contains", "contained", "comprises"])
_UNDONE = frozenset(
    [
        *("cancelled", "canceled", "cancel", "cancels", "scrapped", "halted", "halt", "halts"),
        *("suspended", "suspend", "suspends", "froze", "frozen", "freeze"),
        *("stopped", "ceased"),  # "has stopped exporting shells to Armenia": a halt, no supply claim
        *(
            "banned",
            "bans",
            "restricted",
            "restricts",
            "barred",
        ),  # "Washington banned U.S. arms sales to Caracas"
    ]
)
# what a supplier does to halt its supply: "suspended exports", "halted the sale", "froze arms sales"
_HALTING = frozenset(
    [
        *("suspended", "suspend", "suspends", "suspending", "halted", "halt", "halts", "halting"),
        *("froze", "frozen", "freeze", "freezes", "freezing", "banned", "ban", "bans", "banning"),
        *("stopped", "stop", "stops", "stopping"),
    ]
)
# a halt still to come: "is to freeze", "will halt", "will suspend"
_HALT_VERBS = frozenset(["halt", "freeze", "suspend", "stop"])
_AUXILIARIES = frozenset(
    ["has", "have", "had", "is", "are", "was", "were", "would", "will", "did", "does", "do", "could", "can"]
)
_CLAUSE_BREAKS = frozenset(
    [",", ";", ":", "—", "–", "(", ")", "but", "that", "which", "who", "while", "whereas", "“", "”", '"']
)
# "no truth to reports", "not true", "had no basis", "without foundation": negated, a denial
_TRUTHS = frozenset(["true", "truth", "basis", "foundation", "correct", "accurate", "grounds", "credibility"])
_SCORN = frozenset(
    [
        *("absurd", "ridiculous", "speculation", "speculations", "rumours", "rumors", "rumour", "rumor"),
        *("gossip", "misinformation", "slander", "smear", "hoax", "myth", "invented", "fairy", "fantasy"),
        *("misleading", "erroneous", "distorted", "fictitious", "fictional", "concocted"),
        *("sensationalism", "sensationalist", "propagandistic"),
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
_DENIAL_CUES = (
    _DENY
    | _DENIAL_WORDS
    | _TRUTHS
    | _SCORN
    | {"warfare", "confirm", "involvement", "provocation", "provocations"}
)
# they act for their state ("the Bulgarian parliament voted to send weapons": Bulgaria sends them)
_GOVERNMENT_BODIES = frozenset(["ministry", "agency", "government-office", "parliament"])
_COUNTS = frozenset(["dozens", "hundreds", "thousands", "several", "some", "many", "scores"])
_CONFIRM_VERBS = frozenset(["confirmed", "confirms", "confirm", "confirming"])
_RECENT = 40  # supply claims looked back on for a party a sentence leaves out
_CLAUSE_WORDS = frozenset(["that", "which", "who", "whether", "if"])
_QUOTES = frozenset(["“", "”", '"', "‘", "’"])
# "weapons from Libya reached ...", "ended up with", "found with", "found their way to", "came from"
_CAME = frozenset(["came", "come", "comes", "coming", "originated", "originating", "traced"])
_REACHED = frozenset(
    [
        *_CAME,
        *("reached", "reach", "reaches", "reaching", "ended", "end", "ends", "ending", "wound"),
        *("found", "find", "finds", "made", "make", "makes"),  # never "fell into the hands of": captured
    ]
)
# "relies on Russia for arms", "turned to China for drones": the one relied on supplies
_RELY = frozenset(
    [
        *("relies", "rely", "relied", "relying", "reliant", "reliance"),
        *("depends", "depend", "depended", "depending", "dependent", "dependence", "dependency"),
        *("turned", "turns", "turning", "turn", "looked", "looks", "looking", "look"),
    ]
)

# --- the reader (reader.py) --------------------------------------------------------------------

_PLEDGES = frozenset(
    ["pledged", "pledges", "pledge", "pledging", "promised", "promises", "committed", "commits"]
)
_USERS = frozenset(["user", "users"])  # "India's navy is the first user of the Rafale Marine"
# "the top recipient of US arms", "the biggest buyer of Russian weapons"
_BUYERS = frozenset(
    [
        *("recipient", "recipients", "buyer", "buyers", "customer", "customers", "importer", "importers"),
        *("client", "clients"),
    ]
)
# "Pakistani jets shot down three Rafales": only with "down"
_SHOOT = frozenset(["shot", "shooting", "shoot", "shoots"])
# "a fighter developed by Chengdu", "designed by Nexter": its maker, but only with "by" after
_DEVELOPED = frozenset(["developed", "designed"])
_EVENTS = (
    _TRIGGERS | _ATTACKS | _USERS | _STRIKE_VERBS | _BUYERS | _SHOOT | {"armed"} | _ARMING | _DEVELOPED
)  # what claims are read from
# Facts of one sentence that agree on these say the same thing.
_SAME_FACT = ("predicate", "subject", "object", "claim", "stance", "attributed_to")
# bodies that are part of a state (a PART_OF states it when the facts name one)
_STATE_BODIES = frozenset([*_GOVERNMENT_BODIES, "armed-forces", "parliament", "mission"])
# "trained and armed", "armed and funded by": the verbs arming goes with
_ARMING_PARTNERS = frozenset(
    ["trained", "funded", "financed", "equipped", "backed", "supported", "supplied", "encouraged"]
)
_ARMING_ADVERBS = frozenset(
    ["also", "repeatedly", "reportedly", "allegedly", "secretly", "covertly", "openly", "never", "not"]
)

# What a supply noun may be the object of, its party named before: "No U.S. offer of lethal assistance"
_OFFER_NOUNS = frozenset(["offer", "offers", "pledge", "pledges", "promise", "promises"])
# What a body imposes whose name may go before it: "violated UN sanctions", "the UN arms embargo"
_BANS = frozenset(["embargo", "embargoes", "sanctions", "resolution", "resolutions"])
_BREACHES = frozenset(
    [
        *("violated", "violating", "violates", "breached", "breaching", "breaches", "broke", "breaking"),
        *("defied", "defying", "flouted", "flouting", "evaded", "evading"),
    ]
)
# Who faces sanctions over a purchase makes it: "warned Egypt that it could face sanctions over"
_FACING = frozenset(["face", "faces", "facing", "faced", "risk", "risks", "risking", "risked", "incur"])
# What a recipient is called before its name: "to its strategic ally Syria"
_ALLY_NOUNS = frozenset(
    [
        *("ally", "allies", "partner", "partners", "client", "proxy", "proxies", "neighbour", "neighbor"),
        *("adversary", "rival", "foe", "enemy"),
    ]  # "India's supply of weapons to adversary Armenia"
)
# Verbs of a supply's purpose whose object receives it: "sent weapons to help al-Shabab"
_HELP_VERBS = frozenset(["help", "assist", "aid", "bolster", "strengthen", "reinforce"])
# A state's government named by its demonym: "the Sudanese government", "the Syrian regime"
_GOVERNMENTS = frozenset(["government", "regime", "authorities", "administration"])

# Verbs of backing a party that "and arms" may follow: "supports and arms the SPLA"
_ARMING_PARTNERS_NOW = frozenset(
    ["supports", "trains", "funds", "finances", "backs", "equips", "shelters", "harbours", "harbors"]
)

# What is handed over or used that is not arms: "handed over a note of protest", "use the money"
_PAPERS = frozenset(
    [
        *("note", "notes", "letter", "letters", "protest", "document", "documents", "list", "message"),
        *("petition", "complaint", "invitation", "memorandum", "money", "funds", "loan", "credit"),
        *("budget", "cash", "cheque", "check", "proceeds", "revenue", "revenues"),
    ]
)
# the words before "ship" that make it a vessel, not the verb: "the ship", "a cargo ship", "Iran's ships"
_VESSEL_BEFORE = frozenset(
    [
        *("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "our", "’s", "'s"),
        *("cargo", "container", "merchant", "naval", "war", "supply", "research", "navy", "one", "two"),
    ]
)
# What arrives that is not arms: "A plane from the Ukraine, arriving in Bratislava"
_VEHICLES = frozenset(
    [
        *("plane", "planes", "flight", "flights", "ship", "ships", "vessel", "vessels", "freighter"),
        *("convoy", "train", "truck", "trucks", "delegation", "team", "officials", "diplomats"),
    ]
)

# --- shared clause tests (clauses.py) ----------------------------------------------------------

# "Four F-16s landed in Iraq, the first batch of ...": aircraft landing as a delivery
_BATCHES = frozenset(["batch", "batches", "delivery", "deliveries", "shipment", "consignment", "tranche"])

# --- attribution (attribution.py) --------------------------------------------------------------

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
        "service",  # "the press service of the Israeli Ministry of Defense said"
    ]
)
_OFFICES = frozenset(
    [
        *("ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "minister", "secretary"),
        *("president", "leader", "chief", "official", "officials", "representative", "office", "ministry"),
    ]
)
_SPOKEN_BODIES = frozenset(["government", "military", "army", "authorities"])  # "Sudan's government claims"
_ACCUSING = frozenset(["accusing", "alleging", "charging", "claiming"])
_ALLEGING = frozenset(["alleged", "claimed", "charged", "accused", "suspected"])  # "as alleged by Riyadh"
_FILINGS = frozenset(["lawsuit", "complaint", "suit", "case", "letter", "petition", "motion", "protest"])
_VERB_NOUNS = frozenset(["claims", "reports", "charges"])  # "Kyiv claims Iran sent ...": a verb all the same
_CLAIMED = frozenset(["SUPPLIES", "USES", "TRAINS", "DEPLOYS", "PRODUCES"])
_SEATED = frozenset(
    [*("officials", "authorities", "government", "diplomats", "sources", "leaders"), "analysts", "experts"]
)
_NOUN_ADJECTIVES = frozenset(["recent", "latest", "earlier", "new", "repeated", "previous", "public"])
_VOICING = frozenset(["expressed", "voiced", "raised", "shared", "expressing", "voicing", "raising"])
# "a Guardian investigation found that ...", "the BBC has learned": findings reported; "found" only
# with "that" ("found Iranian parts in the debris" is what was seen, no clause reported)
_CHARGES = frozenset(["charge", "claim", "accusation", "allegation", "assertion"])
_DOCUMENTS = frozenset(
    [
        *("documents", "papers", "records", "files", "emails", "letters", "contracts", "invoices"),
        *("images", "photos", "data", "cables", "memos", "messages"),
    ]
)
# "according to data Sudan provided to the United Nations": what was given is no arms
_INFORMATION = _DOCUMENTS | {"information", "evidence", "figures", "statistics", "details"}
# what is sent that is no arms: "sent a formal request to Berlin", "sent a letter to Congress"
_MESSAGES = frozenset(
    [
        *("request", "requests", "letter", "letters", "message", "messages", "note", "notes", "invitation"),
        *("invitations", "signal", "signals", "delegation", "delegations", "envoy", "envoys", "proposal"),
        *("proposals", "demand", "demands", "inquiry", "query", "questions"),
    ]
)
_SHOW = frozenset(
    ["show", "shows", "showed", "reveal", "reveals", "revealed", "indicate", "indicates", "suggest"]
)
# Words that end the noun phrase naming a speaker.
# what an outlet carries: "a report in the Hurriyet Daily News", "an interview in Le Monde"
_PIECES = frozenset(["report", "article", "interview", "story", "editorial", "commentary", "piece", "column"])
_PHRASE_ENDS = frozenset(
    [",", ";", ":", "that", "who", "which", "in", "on", "at", "to", "said", "says", "“", '"']
)
# an official body no state is named with: "the military said", "an official statement said"
_OFFICIAL_BODIES = frozenset(
    ["military", "army", "ministry", "statement", "government", "presidency", "spy", "intelligence"]
)
_UNOFFICIAL = frozenset(["sources", "source", "analysts", "experts", "media", "report", "reports"])
_CLAIMING = frozenset(["claiming", "saying", "alleging", "stating", "suggesting", "asserting"])
# "said Sweden agreed to send jets": a verb of resolve after the name opens a clause of its own
_RESOLVE = frozenset(
    ["agreed", "agrees", "decided", "decides", "plans", "planned", "intends", "refused", "refuses", "never"]
)
# what a party resolves to do, its own act: "India's decision to supply weapons to Armenia"
_RESOLVES = frozenset(["decision", "plan", "plans", "move", "intention", "offer", "promise", "pledge", "bid"])

# --- parties (parties.py) ----------------------------------------------------------------------

# "a contingent of US special forces is training ...": the body of people the sentence is about
_COLLECTIVES = frozenset(
    [
        *("contingent", "team", "teams", "unit", "units", "detachment", "group", "handful", "squad"),
        "dozens",
        "members",
    ]
)
# "launched by invading Russian forces": a participle that describes the force named after it
_ATTRIBUTIVE = frozenset(
    [
        *("invading", "occupying", "attacking", "advancing", "retreating", "retaliating"),
        # "landed in western India": a part of the state is the state
        *("western", "eastern", "northern", "southern", "central"),
    ]
)
# "the Lebanese terror group Hizbullah", "the Palestinian militant group Hamas": words that describe a
# group before its name, ending in one of the heads
_GROUP_HEADS = frozenset(["group", "movement", "organisation", "organization", "militia", "faction"])
# the kind a body is named after: "the Lebanon-based Shiite group Hezbollah", "the party X"
_NAMED_KINDS = _GROUP_HEADS | {"party"}
_GROUP_WORDS = frozenset(
    [
        *_GROUP_HEADS,
        *("palestinian", "militant", "terror", "terrorist", "islamist", "jihadist", "shiite", "shia"),
        *("sunni", "armed", "rebel", "insurgent", "paramilitary", "separatist"),
    ]
)
# Words of a sum of money: "$2 billion", "multi-billion-pound", "£1.6bn"
_AMOUNT_WORDS = frozenset(
    [
        *("$", "£", "€", "-", "multi", "billion", "million", "bn", "mn", "m"),
        *("dollar", "pound", "euro", "rouble"),
    ]
)
# Words between a supplier and its supply noun: "Iran's military aid", "Iran to stop its arms deliveries".
_BEFORE_SUPPLY_NOUN = frozenset(
    [
        *("’s", "'s", "weapons", "arms", "military", "missile", "weapon", "lethal", "its", "their"),
        *("to", "stop", "halt", "end", "cease", "resume", "continue", "continued"),
        *("alleged", "reported", "suspected", "illegal", "covert", "ongoing", "further", "planned", "recent"),
        *("consistent", "continuing", "growing", "increasing", "major", "massive", "large", "secret"),
        *("regular", "steady", "direct", "previous", "latest", "new", "past", "future", "annual", "huge"),
        *("significant", "clandestine", "extensive", "substantial", "conventional", "first", "lucrative"),
    ]
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
_VOICE_NOUNS = frozenset(
    ["official", "spokesman", "spokeswoman", "spokesperson", "diplomat", "source", "officer", "aide"]
)
# "a number of NATO countries", "several of its allies": the part stands for the whole as a party
_PARTITIVES = frozenset(["number", "some", "several", "many", "most", "all", "majority", "handful", "group"])

# --- weapons (weapons.py) ----------------------------------------------------------------------

_QUANTITY = re.compile(
    r"((?:(?:at least|around|about|some|more than|over|up to|nearly|almost|as many as|approximately)\s+)*"
    r"(?:(?:(?<![\w-])\d[\d,.]*|several|a few)(?:\s+(?:hundred|thousand|million|billion))?|hundreds|thousands|dozens|"
    r"a [“\"]?(?:significant|small|large|limited) number[”\"]?))[”\"]?\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# Every quantity the pattern above finds holds one of these: a cheap test first.
_QUANTITY_HINT = re.compile(r"\d|hundred|thousand|dozen|several|number|few", re.I)
# "in 2018 eight MiG-29s": a year after "in", "since", "by" ... is no quantity ("2000 rifles" is)
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|until|from|of|during|early|late|mid)\s+$", re.I)
_EXCHANGE = re.compile(r"\bin (?:exchange|return) for ([^,.;]+)", re.I)
_PERIOD = re.compile(
    r"\b[Ff]or (?:the (?:past|last) )?((?:two|three|four|five|six|several|many|\d+) (?:years|months|weeks|days))\b"
)

# --- context (context.py) ----------------------------------------------------------------------

# "Once the shipments reach Latakia", "if the deliveries were confirmed": a clause about a supply
_OPENERS = frozenset(["when", "as", "after", "once", "until", "before", "if", "since", "because", "whether"])

# --- supply (supply.py) ------------------------------------------------------------------------

# 'the "delivery of the first aircraft will take place soon"': the verb of a supply noun, still to come
_MODALS = frozenset(["will", "would", "could", "may", "might", "'ll", "’ll", "shall"])
_PACKAGE_WORDS = frozenset(
    [
        *("a", "an", "first", "latest", "new", "additional", "further", "another", "fresh", "second"),
        *("third", "us$", "worth", "successful"),
        *_AMOUNT_WORDS,
    ]
)
# verbs that only say a supply noun happened: "made another shipment of ...", "carried out the delivery"
_DID = frozenset(["made", "makes", "make", "making", "carried", "carries", "carry", "conducted", "conducts"])
# who stops arms on their way ("seized", "intercepted"): never their supplier
_SEIZE = frozenset(
    [
        *("seized", "seize", "seizes", "seizing", "seizure", "intercepted", "intercept", "intercepts"),
        *("intercepting", "interception", "interdicted", "interdict", "interdicts", "confiscated"),
        *("confiscate", "confiscates", "confiscation", "impounded", "impound"),
    ]
)
# "helping Russia produce drones", "aiding Russia in the assembly of drones": help to make arms.
_MAKING = frozenset(
    [
        *("produce", "producing", "production", "build", "building", "make", "making", "manufacture"),
        *("manufacturing", "assemble", "assembling", "assembly", "develop", "developing", "development"),
    ]
)
# Verbs whose object is asked or promised something: "promised Ukraine to send", "urged Berlin to supply".
_ADDRESS = frozenset(
    [
        *("promised", "promises", "promise", "asked", "asks", "ask", "urged", "urges", "urge"),
        *("told", "tells", "pressed", "presses", "begged", "invited", "encouraged", "allowed"),
    ]
)
# "the Syrian port", "the Ukrainian border": a demonym before these names a place, not a party.
_PLACE_NOUNS = frozenset(
    [
        *("port", "ports", "city", "border", "coast", "region", "capital", "airport", "airbase", "base"),
        *("territory", "waters", "side", "town", "village", "province", "harbour", "harbor"),
    ]
)
_TAKE = frozenset(["took", "take", "takes", "taken", "taking"])  # "took delivery of"
_RECIPIENT_PREPOSITIONS = frozenset(["to", "for", "into"])
# Words that say where a supply goes when no recipient is named ("to any of the parties", "abroad").
_DESTINATIONS = frozenset(["to", "for", "into", "outside", "abroad", "overseas"])
# "signed a contract with France for Rafale jets": a deal whose partner and arms say who sells to whom
_RECEIPT_NOUNS = frozenset(["imports", "purchases", "purchase", "acquisition", "acquisitions", "procurement"])
_SHARE = frozenset(["accounted", "accounts", "account", "made", "makes"])  # "accounted for 69% of ..."
# "Washington resumed deliveries of bombs to Israel": whoever carries on a supply makes it
_CARRY_ON = frozenset(
    [
        *("resumed", "resumes", "resume", "continued", "continues", "began", "begins", "started"),
        *("starts", "completed", "completes", "stepped", "increased", "expanded", "accelerated"),
        *("resuming", "continuing", "starting", "increasing", "expanding", "accelerating"),
        *("proceed", "proceeds", "proceeded", "proceeding"),  # "will proceed with the sale of"
    ]
)
_OPPOSE = frozenset(
    [
        *("oppose", "opposes", "opposed", "opposing", "condemn", "condemns", "condemned", "against"),
        *("prohibit", "prohibits", "prohibited", "ban", "bans", "banned", "banning"),
    ]
)
# where a place of production ends: "built a factory in South America are stirring fears"
_VERBS_AFTER_PLACE = frozenset(["are", "is", "was", "were", "has", "have", "had", "will", "would", "could"])
# arms described by their maker: "made by Turkey's Baykar"
_MADE = frozenset(["made", "manufactured", "built", "produced", "developed", "designed"])
# who is punished over a supply makes it: "sanctions against Iran over the supply of missiles"
# what is done to sanctions by others than who imposes them: "monitoring sanctions on the CAR"
_WATCHING = frozenset(["monitoring", "monitor", "monitors", "enforcing", "violating", "breaching", "evading"])
_PENALTY_NOUNS = frozenset(["sanctions", "measures", "penalties", "restrictions"])
_PENALTY_VERBS = (_PENALTIES - {"blacklisted"}) | {"punished"}  # "sanctioned Iran for the supply"
# a maker named in apposition after its kind: "from the manufacturer, Diehl Defence"
_MAKER_NOUNS = frozenset(["manufacturer", "maker", "company", "firm", "producer", "developer", "contractor"])
# Verbs that act against a supply named after them: "efforts to combat the smuggling of arms to Hamas"
_COUNTER = frozenset(
    [
        *("combat", "combats", "combating", "combatting", "counter", "countering", "curb", "curbing"),
        *("fight", "fighting", "stop", "stopping", "prevent", "preventing", "thwart", "thwarting"),
        *("intercept", "intercepting", "interdict", "interdicting", "disrupt", "disrupting"),
    ]
)
# Words that make a supply named before the topic of a sentence: "reports about the supplies".
_GOVERNORS = frozenset(
    [
        *("about", "regarding", "over", "confirmed", "confirms", "confirm", "confirming"),
        *("considers", "considered", "condemned", "condemns", "welcomed", "welcomes", "reports", "report"),
    ]
)
_LEASE = frozenset(["lease", "leases", "leased", "leasing"])
# "the largest military backer of Hamas": a patron that arms, only with a word of arms by it
_PATRONS = frozenset(["backer", "backers", "sponsor"])  # not "patron": "a patron of Russian hardware" buys
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
# buying, of which someone else may be the end user: "tried to acquire weapons for FARC rebels"
_BUYING = frozenset(
    [
        *("buy", "buys", "buying", "bought", "purchase", "purchases", "purchasing", "purchased"),
        *("procure", "procures", "procuring", "procured", "acquire", "acquires", "acquiring", "acquired"),
        *("obtain", "obtains", "obtaining", "obtained"),
    ]
)
# "Brazil said the rifles had been sold to Paraguay": a sale the speaker's state owns up to, as seller
_OWN_SALES = frozenset(["sold", "exported", "leased"])

# "under pressure from the US", "despite objections from Berlin": a "from" that names no seller
_NO_SOURCE = frozenset(
    ["pressure", "criticism", "objections", "opposition", "protests", "demands", "threats", "calls"]
)

# Money earned "from" sales: its earner sold ("raked in 804 million kronor from weapons sales to")
_EARN = frozenset(["earned", "earns", "raked", "rakes", "made", "makes", "generated", "netted", "received"])
# An attempt at a supply that someone foiled: "thwarted a plot to smuggle", "broke up efforts to buy"
_ATTEMPTS = frozenset(["effort", "efforts", "attempt", "attempts", "bid", "bids", "plot", "plots", "scheme"])
_FOIL = frozenset(["foiled", "foil", "thwarted", "thwart", "disrupted", "prevented", "frustrated"])

# --- supply phrases (supply_phrases.py) --------------------------------------------------------

_MAKERS = frozenset(["manufacturers", "manufacturer", "makers", "maker", "firms", "companies", "producers"])
_PACKAGES = frozenset(
    [
        *("package", "shipment", "delivery", "batch", "consignment", "tranche", "aid", "sale", "sales"),
        *("deal", "deals", "contract", "order"),
        *("exports", "shipments", "deliveries", "transfers", "packages", "supplies", "purchases"),
    ]
)
# "arms control proposals", "weapons inspectors": an arms word that only modifies another noun
_ARMS_COMPOUNDS = frozenset(
    [
        *("control", "race", "embargo", "embargoes", "talks", "treaty", "inspectors", "inspections"),
        *("proposal", "proposals", "programme", "program", "experts", "monitors", "negotiations"),
    ]
)
_SUBJECT_BOUNDS = frozenset([",", "that", "which", "who", ";", ":", "and", "but", "while", "as"])

# --- use (use.py) ------------------------------------------------------------------------------

_BELIEVED_TO = frozenset(["to", "reported", "said", "believed", "thought", "was", "were", "is", "are"])
_COUNT_WORDS = frozenset(["one", "two", "three", "four", "five", "several", "some", "many", "dozens"])

# --- training (training.py) --------------------------------------------------------------------

# "trained at a Russian facility": places whose state trains
_SCHOOLS = frozenset(
    [
        *("facility", "facilities", "centre", "center", "centres", "centers", "base", "bases", "academy"),
        *("academies", "school", "schools", "camp", "camps", "college", "institute", "range", "ranges"),
    ]
)
# going or sending somewhere to be trained: "sent officers to Russia for training", "went to Russia"
_TRAVEL = frozenset(
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
# Bodies of soldiers: "two military units from North Korea" are North Korea's armed forces.
_FORCE_NOUNS = frozenset(
    [
        *("units", "unit", "troops", "soldiers", "forces", "personnel", "servicemen", "pilots"),
        *("crews", "fighters", "recruits", "officers", "militants", "battalions", "brigades"),
    ]
)

# The people of a force who are trained: "to train members of the Somali army"
_FORCE_PEOPLE = frozenset(
    ["members", "officers", "soldiers", "troops", "personnel", "cadets", "recruits", "units", "pilots"]
)

# --- stance (stance.py) ------------------------------------------------------------------------

# who tells another what to do: "warned Moscow not to deliver", "called on Beijing not to supply"
_ASKERS = frozenset(
    [
        *_REQUESTING,
        *("called", "calls", "call", "calling", "urging", "pressing", "cautioned"),
        *("demanded", "demands", "demand", "demanding"),
        *("warned", "warns", "warn", "told", "tells", "tell"),
        *_DISSUADE,
    ]
)
_CEASE = frozenset(["stop", "stops", "cease", "halt", "end", "suspend", "cancel"])
# what one is urged to do to a supply that holds it back: "urged Russia to reconsider the sale"
_HOLD_BACK = (
    frozenset(["reconsider", "abandon", "drop", "refrain", "scrap", "freeze", "avoid", "shun"]) | _CEASE
)
_AIMED = frozenset(["meant", "intended", "supposed", "designed", "to", "be"])  # "not meant to be sent"
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
# Adverbs that make the whole clause hearsay, wherever they stand.
_HEARSAY = frozenset(["reportedly", "allegedly", "purportedly", "supposedly"])
# Words of contrast in what a denier says instead: "insisting that it only shipped a few".
_INSTEAD = frozenset(["only", "just", "merely", "but", "instead", "however", "solely"])
_BELIEVED = frozenset(
    ["believed", "thought", "said", "alleged", "reported", "understood", "suspected", "rumoured"]
)
_JUDGING = frozenset(
    ["as", "called", "calling", "branded", "termed", "a", "an", "mere", "pure", "just", "absolutely"]
)
_PERMITS = frozenset(["permit", "permits", "licence", "licences", "license", "licenses", "authorisation"])
# Before a confirm verb these undo it: "refused to confirm the reports".
_REFUSALS = frozenset(["not", "never", "refused", "declined", "neither", "nor", "n't", "without"])
_HAPPEN = frozenset(["happened", "happen", "occurred", "occur", "existed", "exist", "took", "take"])
# What a policy of supplying is spoken of as: "a responsible attitude to military exports",
# "its arms export policy", "export controls".
_POLICY = frozenset(
    ["attitude", "policy", "policies", "principles", "guidelines", "controls", "regulations", "approach"]
)
# Verbs that keep a party from an act: "tried to deter India from buying S-400s".
_DETER = frozenset(
    ["deter", "deterred", "deters", "prevent", "prevented", "prevents", "discourage", "dissuade", "stop"]
)
# Stands for the one accused, when a denial names no denier ("Diplomats denied that Iran ..."): the
# subject of the claim denied.
_ACCUSED = "@accused"
# Words right after a denial verb that open what is denied: "denied that ...", "denied the reports".
_DENIED_OPENERS = frozenset(
    ["that", "any", "the", "reports", "allegations", "claims", "charges", "accusations", "having"]
)
_NOT_NONE = frozenset(["longer", "later", "sooner", "doubt", "fewer", "less", "more", "matter"])
_ARMS_NOUNS = frozenset(["weapons", "arms", "ammunition", "munitions", "weaponry", "armaments"])
_SHOWN = frozenset(
    [
        *("indicate", "indicated", "say", "said", "show", "showed", "shown", "state", "stated"),
        *("mention", "mentioned", "suggest", "suggested", "prove", "proved", "find", "found"),
        *("claim", "claimed", "establish", "established", "conclude", "concluded", "identify"),
    ]
)
_NAYS = frozenset(["no", "not", "never", "none", "zero", "yet", "neither"])

_ASKINGS = frozenset(
    [
        *("request", "requests", "offer", "offers", "proposal", "proposals", "application", "applications"),
        *("bid", "bids", "demand", "demands", "appeal", "appeals", "plea", "pleas", "invitation"),
    ]
)

# Sanctions someone holds back: "has so far resisted implementing Western sanctions on Moscow"
_WITHHELD = frozenset(
    [*("resisted", "resists", "resisting", "refused", "refuses", "declined", "declines", "rejected")]
)

# --- warnings (warning.py) ---------------------------------------------------------------------

_WARN = frozenset(
    [
        *("warn", "warns", "warned", "warning", "threaten", "threatens", "threatened", "threatening"),
        *("cautioned", "cautions", "cautioning"),  # "has cautioned Venezuela against its arms buildup"
    ]
)
# A state's whole armed forces known by a name of their own ("Chinese military shipments to Iran":
# the People's Liberation Army's are China's), as "russia-armed-forces" is Russia's
_NATIONAL_FORCES = frozenset(
    [
        *("peoples-liberation-army", "israel-defense-forces", "indian-armed-forces", "soviet-armed-forces"),
        *("yugoslav-peoples-army", "south-african-defence-force"),
    ]
)
# "China condemned the US arms sales to Taiwan": a condemnation warns the one condemned
_CONDEMN = frozenset(
    [
        *("condemn", "condemns", "condemned", "condemning"),
        *("denounce", "denounces", "denounced", "denouncing"),
        # "Putin criticised the donations to Kyiv": a criticism of a supply warns its supplier
        *("criticised", "criticized", "criticises", "criticizes"),
    ]
)
# "despite Washington's warnings", "ignoring US warnings": warnings someone went against
_DEFIED = frozenset(
    ["despite", "ignoring", "ignored", "defying", "defied", "disregarding", "notwithstanding"]
)
_WARNINGS = frozenset(["warning", "warnings", "threats"])
# "Blinken's statement that ...", "Seoul's assessment that ...", "expressed concerns that ...": a
# claim of the one who makes the statement or voices the concern
# what a warning threatens the one it names with: "warned that Iran would face consequences"
_THREATS = frozenset(
    ["consequences", "price", "pay", "face", "punished", "retaliate", "response", "sanctions"]
)
# the press of a state, unnamed: "a Nepali newspaper report", "Iranian state media"
_PRESS_NOUNS = frozenset(["newspaper", "newspapers", "daily", "media", "press", "television", "tv", "radio"])
# who speaks unnamed: "unnamed sources familiar with the matter revealed", "officials said"
_UNNAMED = frozenset(
    ["sources", "source", "officials", "official", "people", "insiders", "diplomats", "matter"]
)
# whom one dismisses from office: "dismissed the government", "dismissed his defence minister"
_SACKED = frozenset(
    ["government", "cabinet", "minister", "ministers", "parliament", "chief", "commander", "general"]
)
