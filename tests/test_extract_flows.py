"""How arms change hands: constructions of supply beyond "X sent Y to Z" (issue 7q).

Each case is one sentence of the kind a wire story, a regional paper, a UN panel
report or a state outlet writes, and the facts a user can rely on reading from it:
``(predicate, subject, object, stance, attributed_to)``. For a statement (DENIES,
CONFIRMS) the object is the claim it is about, written ``supplier>recipient``.
SUPPLIES, TRAINS, DENIES and CONFIRMS are compared whole; USES only where a case
expects one.
"""

from __future__ import annotations

import pytest

from tests.extracted import facts_of, only, pairs

A, R, H, C = "asserted", "reported", "hypothetical", "confirmed"

CASES: dict[str, tuple[str, set[tuple[str, ...]]]] = {
    # --- transitive "armed" -----------------------------------------------------------
    "a state that has armed a group supplies it": (
        "Iran has armed the Houthis for years.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "trained and armed is a training and a supply": (
        "Rwanda trained and armed the M23, according to a United Nations report.",
        {
            ("SUPPLIES", "rwanda", "m23", R, "united-nations"),
            ("TRAINS", "rwanda", "m23", R, "united-nations"),
        },
    ),
    "arming and training, as an accuser says, is a supply and a training": (
        "Russia accused Libya of arming and training Syrian rebels.",
        {
            ("SUPPLIES", "libya", "syrian-rebels", R, "russia"),
            ("TRAINS", "libya", "syrian-rebels", R, "russia"),
        },
    ),
    "training and arming is a training and a supply": (
        "Libya has been training and arming Syrian rebels since March.",
        {("SUPPLIES", "libya", "syrian-rebels", A, ""), ("TRAINS", "libya", "syrian-rebels", A, "")},
    ),
    "armed a front in another decade": (
        "Libya armed the Polisario Front in the 1970s.",
        {("SUPPLIES", "libya", "polisario-front", A, "")},
    ),
    "armed and trained is a supply and a training": (
        "Pakistan armed and trained the Taliban throughout the 1990s.",
        {("SUPPLIES", "pakistan", "taliban", A, ""), ("TRAINS", "pakistan", "taliban", A, "")},
    ),
    "a capital that has armed another state's government": (
        "Moscow has armed Damascus for decades.",
        {("SUPPLIES", "russia", "syria", A, "")},
    ),
    "a government named by its demonym that never armed or encouraged a group denies it": (
        "The Sudanese government never armed or encouraged the Janjaweed.",
        {("SUPPLIES", "sudan", "janjaweed", R, ""), ("DENIES", "sudan", "sudan>janjaweed", A, "")},
    ),
    "rearmed is armed again": (
        "Russia rearmed the Syrian army after 2015.",
        {("SUPPLIES", "russia", "syria-armed-forces", A, "")},
    ),
    "armed by names the supplier of a passive": (
        "Sudan's army was armed by Iran during the war.",
        {("SUPPLIES", "iran", "sudan-armed-forces", A, "")},
    ),
    "armed and funded by in an apposition": (
        "Hezbollah, which is armed and funded by Iran, fired rockets at Israel.",
        {("SUPPLIES", "iran", "hezbollah", A, ""), ("USES", "hezbollah", "rocket", A, "")},
    ),
    "may arm is hypothetical": (
        "Turkey may arm the Free Syrian Army.",
        {("SUPPLIES", "turkey", "free-syrian-army", H, "")},
    ),
    "accused of arming is reported by the accuser": (
        "Colombia accused Venezuela of arming the FARC.",
        {("SUPPLIES", "venezuela", "farc", R, "colombia")},
    ),
    "denied arming is a denial, never a supply": (
        "The United Arab Emirates has denied arming the RSF.",
        {
            ("SUPPLIES", "united-arab-emirates", "rsf", R, ""),
            ("DENIES", "united-arab-emirates", "united-arab-emirates>rsf", A, ""),
        },
    ),
    "a capital that repeatedly denied arming a group": (
        "Tehran has repeatedly denied arming the Houthis.",
        {("SUPPLIES", "iran", "houthis", R, ""), ("DENIES", "iran", "iran>houthis", A, "")},
    ),
    "said it has never armed is a denial": (
        "Rwanda said it has never armed the M23.",
        {("SUPPLIES", "rwanda", "m23", R, ""), ("DENIES", "rwanda", "rwanda>m23", A, "")},
    ),
    "officials said a state armed a group": (
        "The United States armed the Free Syrian Army, officials said.",
        {("SUPPLIES", "united-states", "free-syrian-army", R, "")},
    ),
    "Western countries named together are one party": (
        "Western nations have sent tanks to Ukraine.",
        {("SUPPLIES", "western-nations", "ukraine", A, "")},
    ),
    "a state reluctant to send arms has not sent them": (
        "So far, Western countries have been reluctant to send fighter jets to Kyiv.",
        {("SUPPLIES", "western-countries", "ukraine", H, "")},
    ),
    "a warning of a response if a state supplies arms warns that state": (
        "Russia's Ambassador to Israel, Anatoly Viktorov, yesterday warned that Moscow will respond "
        "accordingly if Tel Aviv supplies Kyiv with defensive gear.",
        {("WARNS", "anatoly-viktorov", "israel", A, "")},
    ),
    "a state that sends troops to an ally supplies military support": (
        "North Korea has sent 10,000 soldiers to Russia, Seoul said.",
        {("SUPPLIES", "north-korea", "russia", R, "south-korea")},
    ),
    "a state that sends its troops into another invades it and supplies nothing": (
        "Putin sent his troops into Ukraine.",
        set(),
    ),
    "a state that builds arms for another supplies them": (
        "Japan clinched a landmark deal on Tuesday to build warships for Australia.",
        {("SUPPLIES", "japan", "australia", A, ""), ("PRODUCES", "japan", "warship", A, "")},
    ),
    "a state that builds arms for its own navy supplies no one": (
        "China is building frigates for its own navy.",
        {("PRODUCES", "china", "warship", A, "")},
    ),
    "a state that supports and arms a group supplies it": (
        "Rwanda supports and arms the M23, the UN experts said.",
        {("SUPPLIES", "rwanda", "m23", R, "un-panel-of-experts-on-drc")},  # the M23 fight in DR Congo
    ),
    # --- the main supplier, the largest source -------------------------------------------
    "the main arms supplier of a state supplies it": (
        "Russia was the main arms supplier of India for decades.",
        {("SUPPLIES", "russia", "india", A, "")},
    ),
    "the largest source of weapons for a state supplies it": (
        "China is the largest source of weapons for Pakistan.",
        {("SUPPLIES", "china", "pakistan", A, "")},
    ),
    "a state's second-largest arms supplier supplies it": (
        "France remains Egypt's second-largest arms supplier.",
        {("SUPPLIES", "france", "egypt", A, "")},
    ),
    "became a major supplier of weapons to a state": (
        "Israel became a major supplier of weapons to Azerbaijan.",
        {("SUPPLIES", "israel", "azerbaijan", A, "")},
    ),
    "a state's principal arms supplier supplies it": (
        "The United States is Taiwan's principal arms supplier.",
        {("SUPPLIES", "united-states", "taiwan", A, "")},
    ),
    "emerged as a key weapons supplier to a state": (
        "South Korea has emerged as a key weapons supplier to Poland.",
        {("SUPPLIES", "south-korea", "poland", A, "")},
    ),
    "the leading supplier of arms to a state": (
        "Italy was once the leading supplier of arms to Libya.",
        {("SUPPLIES", "italy", "libya", A, "")},
    ),
    "a share of a state's arms imports is a supply, reported by its source": (
        "According to SIPRI, Russia accounted for 36% of Vietnam's arms imports.",
        {("SUPPLIES", "russia", "vietnam", R, "sipri")},
    ),
    # --- relying on a supplier -----------------------------------------------------------
    "relies on a state for weapons": (
        "Armenia relies on Russia for most of its weapons.",
        {("SUPPLIES", "russia", "armenia", A, "")},
    ),
    "depends heavily on a state for arms": (
        "Myanmar depends heavily on China for arms.",
        {("SUPPLIES", "china", "myanmar", A, "")},
    ),
    "has long relied on a state for military hardware": (
        "Serbia has long relied on Russia for military hardware.",
        {("SUPPLIES", "russia", "serbia", A, "")},
    ),
    "is dependent on a state for its fighter jets": (
        "Algeria is dependent on Russia for its fighter jets.",
        {("SUPPLIES", "russia", "algeria", A, "")},
    ),
    "turned to a state for drones": (
        "Nigeria turned to China for armed drones.",
        {("SUPPLIES", "china", "nigeria", A, "")},
    ),
    # --- obtained, got, acquired, bought, imported from -------------------------------
    "bought from is a supply by the seller": (
        "Indonesia bought Su-30 fighters from Russia in 2003.",
        {("SUPPLIES", "russia", "indonesia", A, "")},
    ),
    "acquired from is a supply by the seller": (
        "Peru acquired MiG-29 jets from Belarus in 1996.",
        {("SUPPLIES", "belarus", "peru", A, "")},
    ),
    "purchased from is a supply by the seller": (
        "Morocco purchased Bayraktar TB2 drones from Turkey.",
        {("SUPPLIES", "turkey", "morocco", A, "")},
    ),
    "got its first jets from a state": (
        "Vietnam got its first Su-30 fighters from Russia in 2004.",
        {("SUPPLIES", "russia", "vietnam", A, "")},
    ),
    "imported from is a supply by the exporter": (
        "Colombia imported rifles from Israel.",
        {("SUPPLIES", "israel", "colombia", A, "")},
    ),
    "obtained from, as officials say, is reported": (
        "Hamas obtained rockets from Iran, Israeli officials say.",
        {("SUPPLIES", "iran", "hamas", R, "israel")},
    ),
    "a group bought arms from a state, as another state's officials said": (
        "The FARC bought AK-47s from Venezuela, Colombian officials said.",
        {("SUPPLIES", "venezuela", "farc", R, "colombia")},
    ),
    "will buy from is hypothetical": (
        "Egypt will buy Rafale jets from France.",
        {("SUPPLIES", "france", "egypt", H, "")},
    ),
    "plans to acquire from is hypothetical": (
        "Kenya plans to acquire helicopters from the United States.",
        {("SUPPLIES", "united-states", "kenya", H, "")},
    ),
    "bought tanks from a state": (
        "Qatar bought Leopard 2 tanks from Germany.",
        {("SUPPLIES", "germany", "qatar", A, "")},
    ),
    "a UN report that a group obtained drones from a state": (
        "A United Nations report said the Houthis obtained drones from Iran.",
        {("SUPPLIES", "iran", "houthis", R, "united-nations")},
    ),
    "arms bought by a party, passive, with their maker's demonym": (
        "Finnish-made rifles bought by Estonia were found in Syria.",
        {("SUPPLIES", "finland", "estonia", A, "")},
    ),
    "arms bought by a party from a state, passive": (
        "The rifles were bought by Estonia from Finland in 2015.",
        {("SUPPLIES", "finland", "estonia", A, "")},
    ),
    "arms received under a deal with a state come from that state": (
        "Indonesia will receive 42 fighter jets by 2030 under a contract with France.",
        {("SUPPLIES", "france", "indonesia", H, "")},
    ),
    "arms received under pressure from a state do not come from it": (
        "Kyiv received the howitzers last week, under pressure from Washington.",
        set(),
    ),
    # --- weapons supplied by a third party, in the hands of their users ----------------
    "users of missiles supplied by a state are supplied by it": (
        "The Houthis are using missiles supplied by Iran.",
        {("SUPPLIES", "iran", "houthis", A, ""), ("USES", "houthis", "missile", A, "")},
    ),
    "fired rockets supplied by a state": (
        "Ukraine fired HIMARS rockets supplied by the United States.",
        {("SUPPLIES", "united-states", "ukraine", A, ""), ("USES", "ukraine", "himars", A, "")},
    ),
    "used anti-tank missiles provided by a state": (
        "The YPG used anti-tank missiles provided by the United States.",
        {
            ("SUPPLIES", "united-states", "ypg", A, ""),
            ("USES", "ypg", "anti-tank-missile", A, ""),
        },
    ),
    "shot down helicopters with missiles supplied by a state": (
        "The Taliban shot down Soviet helicopters with Stinger missiles supplied by the United States.",
        {("SUPPLIES", "united-states", "taliban", A, ""), ("USES", "taliban", "stinger", A, "")},
    ),
    "using drones supplied by a state, according to a report": (
        "The RSF is using drones supplied by the United Arab Emirates, according to a UN report.",
        {
            ("SUPPLIES", "united-arab-emirates", "rsf", R, "united-nations"),
            ("USES", "rsf", "drone", R, "united-nations"),
        },
    ),
    "a state said its enemy used drones supplied by a third": (
        "Armenia said Azerbaijan used drones supplied by Israel.",
        {
            ("SUPPLIES", "israel", "azerbaijan", R, "armenia"),
            ("USES", "azerbaijan", "drone", R, "armenia"),
        },
    ),
    "arms a state sold, which were delivered to a named recipient, went to that recipient": (
        "Russia is proposing to take back the MiG-29 jets, which were delivered to Algeria in 2006.",
        {("SUPPLIES", "russia", "algeria", A, "")},
    ),
    "the agent of a purpose noun after a supply is not its supplier": (
        "The drones are sent to Chad for deployment by the RSF.",
        set(),
    ),
    "an order of a system is a purchase from its maker's state": (
        "Indonesia ordered 42 Rafale jets in 2022.",
        {("SUPPLIES", "france", "indonesia", A, "")},
    ),
    "buying not only from one state but also from others is buying from each": (
        "Ethiopia is buying drones not only from Turkey, but also from Iran and China.",
        {("SUPPLIES", s, "ethiopia", A, "") for s in ("turkey", "iran", "china")},
    ),
    "buying from one state and also from another is buying from both": (
        "Ethiopia is buying drones from Turkey and also from Iran.",
        {("SUPPLIES", s, "ethiopia", A, "") for s in ("turkey", "iran")},
    ),
    "an order of arms counted in words is a purchase": (
        "Algeria ordered six Caihong-5 drones in 2021.",
        {("SUPPLIES", "china", "algeria", A, "")},
    ),
    "a buyer confirming its order of half a dozen drones confirms the purchase": (
        "Algeria confirmed the order of half a dozen Caihong-5 drones.",
        {("SUPPLIES", "china", "algeria", C, "algeria")},
    ),
    "an order of troops counted in words is no purchase": (
        "Putin ordered two divisions to the border with Ukraine.",
        set(),
    ),
    "an order of troops is no purchase": ("Putin ordered troops to the border with Ukraine.", set()),
    "a state named before a price in dollars is still a state": (
        "The US has sold Taiwan $18 billion worth of weapons since 2017.",
        {("SUPPLIES", "united-states", "taiwan", A, "")},
    ),
    "arms described by their maker are sent by the maker's state, not to the maker": (
        "The drones, made by Turkey's Baykar, were delivered to Ethiopia in 2021.",
        {("SUPPLIES", "turkey", "ethiopia", A, "")},
    ),
    "a demonym before a model name the gazetteer lacks is the arms' origin": (
        "Morocco bought Israeli Barak MX air defence systems.",
        {("SUPPLIES", "israel", "morocco", A, "")},
    ),
    "a variant the gazetteer lacks is made where its family is": (
        "India signed a deal with the United States for 31 MQ-9B drones.",
        {("SUPPLIES", "united-states", "india", A, "")},
    ),
    "a state accused by a body's monitors of sending arms sends them": (
        "Eritrea was accused by UN monitors of sending arms to al-Shabab.",
        {("SUPPLIES", "eritrea", "al-shabaab", R, "un-monitoring-group-on-somalia")},
    ),
    "the navy that seized a shipment is not its sender": (
        "The shipment of Iranian arms to the Houthis was seized by the US Navy.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "a backer in quotation marks is still the backer of the group after them": (
        "Iran is now “the largest backer financially and militarily” of Hamas, Sinwar said.",
        {("SUPPLIES", "iran", "hamas", R, "yahya-sinwar")},
    ),
    "sanctions against a state over a supply name its supplier": (
        "The EU will impose sanctions against Iran over the supply of ballistic missiles to Russia.",
        {("SUPPLIES", "iran", "russia", R, "european-union")},
    ),
    "a state sanctioned for a supply makes it": (
        "Washington sanctioned Iran over its supply of drones to Russia.",
        {("SUPPLIES", "iran", "russia", R, "united-states")},
    ),
    "arms that came from a state and were bound for another are its supply to it": (
        "The arms came from Iran and were bound for Syria.",
        {("SUPPLIES", "iran", "syria", A, "")},
    ),
    "arms originating in a state and bound for a group are its supply to it": (
        "Weapons originating in Iran and bound for the Houthis were seized.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "a state's weapons systems bound for another are its supply to it": (
        "Cyprus has stopped a ship full of North Korean weapons systems bound for Syria.",
        {("SUPPLIES", "north-korea", "syria", A, "")},
    ),
    "weapons from a state bound for another are its supply to it": (
        "Police stopped a ship carrying weapons from Iran bound for the Houthis.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "a state's craft carrying arms to another is its supply to it": (
        "An Iranian cargo plane carrying weapons to Syria was grounded in Turkey.",
        {("SUPPLIES", "iran", "syria", A, "")},
    ),
    "a ship flagged by a state of convenience says nothing of who supplies": (
        "A Panama-flagged ship carrying weapons to Syria was seized.",
        set(),
    ),
    "arms sent to help a party are its supply": (
        "Eritrea sent two aircraft with weapons to help al-Shabab.",
        {("SUPPLIES", "eritrea", "al-shabaab", A, "")},
    ),
    "a body named before the sanctions it imposed is no supplier": (
        "A UN report alleged North Korea violated UN sanctions, including by supplying arms to Myanmar.",
        {("SUPPLIES", "north-korea", "myanmar", R, "united-nations")},
    ),
    "a state that violated sanctions by a purchase is the buyer, not the body that imposed them": (
        "Ethiopia denied that it violated United Nations sanctions by a purchase of arms from North Korea.",
        {
            ("SUPPLIES", "north-korea", "ethiopia", R, ""),
            ("DENIES", "ethiopia", "north-korea>ethiopia", A, ""),
        },
    ),
    "a group described as a terrorist organization is the group named before": (
        "Hezbollah fired rockets. Iran hopes to equip the Lebanese terrorist organization with drones.",
        {("SUPPLIES", "iran", "hezbollah", H, "")},
    ),
    "no offer of arms made by a state is its supply denied": (
        'A senior U.S. official said: "No U.S. offer of lethal assistance has been made to Ukraine."',
        {
            ("SUPPLIES", "united-states", "ukraine", R, ""),
            ("DENIES", "united-states", "united-states>ukraine", A, ""),
        },
    ),
    "a group's leader telling of arms given the group confirms them": (
        "The Assad regime provided Hezbollah with rockets, Hezbollah leader Hassan Nasrallah said.",
        {("SUPPLIES", "syria", "hezbollah", C, "hassan-nasrallah")},
    ),
    "armed directly by a state after another verb of backing is its supply": (
        "Hezbollah is funded and armed directly by Iran.",
        {("SUPPLIES", "iran", "hezbollah", A, "")},
    ),
    "'it' after a state's sanctions is not that state": (
        "Moscow said the latest round of U.N. sanctions would prevent it from delivering S-300s to Iran.",
        {("SUPPLIES", "russia", "iran", H, "russia")},
    ),
    "a group described after its name in the same sentence is that group": (
        "Iran continues to arm Hezbollah, and it hopes to equip the Lebanese terrorist organization with drones.",
        {("SUPPLIES", "iran", "hezbollah", A, ""), ("SUPPLIES", "iran", "hezbollah", H, "")},
    ),
    "small arms made the world over say nothing of who handed them over": (
        "About 150 tons of ammunition was handed over to Ukraine, mostly cartridges for Kalashnikov AK-47 rifles.",
        set(),
    ),
    "a leader's announcement of her government's delivery is her state's supply": (
        "Estonian Prime Minister Kaja Kallas announced her government's delivery of ammunition to Ukraine.",
        {("SUPPLIES", "estonia", "ukraine", C, "kaja-kallas")},
    ),
    "a second supplier coordinated after the first sends to the same recipient": (
        "Lithuania has already sent Stingers to Ukraine, while Estonia has sent Javelin anti-tank missiles.",
        {("SUPPLIES", "lithuania", "ukraine", A, ""), ("SUPPLIES", "estonia", "ukraine", A, "")},
    ),
    "arms brought into a state by another, called its ally, are a supply to it": (
        "Iran has used earthquake relief flights to bring weapons into its strategic ally Syria.",
        {("SUPPLIES", "iran", "syria", A, "")},
    ),
    "a state a sentence opens with as where arms come from supplies them": (
        "From Russia, an institution has sent military tools and ammunition to Syria.",
        {("SUPPLIES", "russia", "syria", A, "")},
    ),
    "every recipient listed with a comma before the last 'and' receives": (
        "North Korea has sold missiles to Egypt, Iran, Libya, Pakistan, and Syria.",
        {("SUPPLIES", "north-korea", x, A, "") for x in ("egypt", "iran", "libya", "pakistan", "syria")},
    ),
    "an older spelling of a capital stands for its state": (
        "North Korea has supplied all of these missiles to Teheran.",
        {("SUPPLIES", "north-korea", "iran", A, "")},
    ),
    "a capital's other spellings stand for its state": (
        "UN monitors said Nay Pyi Taw received ballistic missiles from Pyongyang.",
        {("SUPPLIES", "north-korea", "myanmar", R, "un-panel-of-experts-on-north-korea")},
    ),
    "a state's special forces are a body of that state": (
        "France has donated 15 vehicles, weapons and equipment to Cameroon's Special Forces.",
        {("SUPPLIES", "france", "cameroon-special-forces", A, "")},
    ),
    "the country after 'making it' is not the one 'it' stands for": (
        "Israel has sold arms to Azerbaijan, making it the country's second biggest arms supplier.",
        {("SUPPLIES", "israel", "azerbaijan", A, "")},
    ),
    "a state named before a group's name says whose group it is, not who receives": (
        "The United States accused Pyongyang of supplying rockets to the Russian Wagner Group.",
        {("SUPPLIES", "north-korea", "wagner-group", R, "united-states")},
    ),
    "arms bound for the country's rebels are for those rebels": (
        "Police seized Iranian missiles bound for the country's Houthi rebels.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "arms listed with a state's missiles bound for a group are that state's supply": (
        "They seized 750 tons of Iranian-supplied missiles and weaponry bound for the Houthis.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "accusing a state of backing the rebels the sentence named is its supply to them, said by the accuser": (
        "Saudi Arabia has been waging war on the Houthis while accusing Iran of backing the rebels.",
        {("SUPPLIES", "iran", "houthis", R, "saudi-arabia")},
    ),
    "a supply that leaves out its verb the second time is a supply all the same": (
        "Russia sold S-300 missiles to Iran and MiG-29 jets to Syria.",
        {("SUPPLIES", "russia", "iran", A, ""), ("SUPPLIES", "russia", "syria", A, "")},
    ),
    "a second recipient after 'and to' gets the same arms": (
        "Russia sold jets to India and to Pakistan.",
        {("SUPPLIES", "russia", "india", A, ""), ("SUPPLIES", "russia", "pakistan", A, "")},
    ),
    "a state named by its people is the state": (
        "Bulgaria supplied rockets to the Eritreans and tanks to the Ethiopians.",
        {("SUPPLIES", "bulgaria", "eritrea", A, ""), ("SUPPLIES", "bulgaria", "ethiopia", A, "")},
    ),
    "a list of suppliers starts after the clause before it": (
        "Italy supplied helicopters to Eritrea, and Israel, France and China supplied ammunition to Ethiopia.",
        {
            ("SUPPLIES", "italy", "eritrea", A, ""),
            ("SUPPLIES", "israel", "ethiopia", A, ""),
            ("SUPPLIES", "france", "ethiopia", A, ""),
            ("SUPPLIES", "china", "ethiopia", A, ""),
        },
    ),
    "money received from a state for arms is its purchase, not its supply": (
        "Russia received a similar amount from Eritrea for a batch of MiG-29 fighters.",
        {("SUPPLIES", "russia", "eritrea", A, "")},
    ),
    "Shi'ite militias in a state are that state's Shiite militias however the sect is spelt": (
        "Iran's Revolutionary Guards are training Shi'ite militias in southern Iraq.",
        {("TRAINS", "irgc", "iraqi-shiite-militias", A, "")},
    ),
    "Shiite insurgents in the north of a state with one known rebel group are that group": (
        "Iran supplied missiles to Shi'ite insurgents in north Yemen.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "military instructors sent to a state train it and supply no arms": (
        "Russia sent military instructors to Mali.",
        {("TRAINS", "russia", "mali", A, "")},
    ),
    "arms sent with military trainers are a supply and a training": (
        "North Korea sent firearms and 30 military instructors to Uganda.",
        {("SUPPLIES", "north-korea", "uganda", A, ""), ("TRAINS", "north-korea", "uganda", A, "")},
    ),
    "combat trainers are aircraft, not instructors": (
        "Myanmar's military bought MiG-29 fighter jets and Yak-130 combat trainers from Russia.",
        {("SUPPLIES", "russia", "myanmar-armed-forces", A, "")},
    ),
    "arms that landed in a part of a state arrived in the state": (
        "The first Israeli Phalcon landed in western India.",
        {("SUPPLIES", "israel", "india", A, "")},
    ),
    "arms that arrived at a state's air base arrived in the state": (
        "The first Israeli Phalcon arrived at India's Jamnagar Airbase.",
        {("SUPPLIES", "israel", "india", A, "")},
    ),
    "the Sandinista government is the Sandinistas": (
        "The Sandinista government received six Soviet-built helicopters, Western diplomatic sources said.",
        {("SUPPLIES", "soviet-union", "sandinistas", R, "")},
    ),
    "an actor in the clause that describes an unnamed speaker is not the speaker": (
        "A diplomat who closely watches the Nicaraguan military said Moscow has sent helicopters to Managua.",
        {("SUPPLIES", "russia", "nicaragua", R, "")},
    ),
    "a ban on a state's arms sales is no supply": (
        "Washington last month banned U.S. arms sales to Venezuela because of its ties with Havana.",
        set(),
    ),
    "the East African nation is the African state named before, not the supplier's": (
        "South Sudan is at war.\n\nChina shipped a consignment of weapons to the East African nation last month.",
        {("SUPPLIES", "china", "south-sudan", A, "")},
    ),
    "the Southeast Asian nation is the state of that region named before": (
        "Thailand wants more tanks. Beijing shipped tanks to the Southeast Asian nation in March.",
        {("SUPPLIES", "china", "thailand", A, "")},
    ),
    "arms dispatched to a state are supplied to it": (
        "China has dispatched truckloads of arms and ammunition to Nepal.",
        {("SUPPLIES", "china", "nepal", A, "")},
    ),
    "arms sold to the government of a state are sold to the state": (
        "China sold 25,000 rifles to the government of Nepal.",
        {("SUPPLIES", "china", "nepal", A, "")},
    ),
    "a report in a state's press is reported by no one named, never confirmed by the state": (
        "China sold rifles to Nepal, according to a Nepali newspaper report.",
        {("SUPPLIES", "china", "nepal", R, "")},
    ),
    "guns are small arms": (
        "Jordan sold 10,000 guns to Peru in 1998.",
        {("SUPPLIES", "jordan", "peru", A, "")},
    ),
    "asking a state for information about arms asks it for no arms": (
        "The United States asked Peru for information about the guns.",
        set(),
    ),
    "asking a state for arms a few words on is asking it to supply them": (
        "Ukraine asked Germany for at least a dozen of these air defence systems.",
        {("SUPPLIES", "germany", "ukraine", H, "")},
    ),
    "a participle after the arms it tells of is their supply": (
        "Explosives supplied to the IRA by Libya killed five soldiers.",
        {("SUPPLIES", "libya", "irish-republican-army", A, "")},
    ),
    "a maker named in apposition after 'the manufacturer' is the seller": (
        "Ukraine offered to purchase the IRIS-T systems directly from the manufacturer, Diehl Defence.",
        {("SUPPLIES", "diehl-defence", "ukraine", H, "")},
    ),
    "a state a cargo is sent on from is the supplier of the passive after it": (
        "The ship was bound for Syria, from where the weapons would be transferred to Hezbollah.",
        {("SUPPLIES", "syria", "hezbollah", H, "")},
    ),
    "a state combating the smuggling of arms supplies none": (
        "Israel has stepped up efforts to combat the smuggling of arms to Hezbollah and Hamas.",
        set(),
    ),
    "arms spoken of as being delivered are not delivered to the party speaking of them": (
        "The US is spreading lies about Chinese drones being delivered to the front.",
        set(),
    ),
    "missiles that were supplied by a state": (
        "Hezbollah fired anti-tank missiles that were supplied by Syria.",
        {
            ("SUPPLIES", "syria", "hezbollah", A, ""),
            ("USES", "hezbollah", "anti-tank-missile", A, ""),
        },
    ),
    # --- arms from a state reaching, ending up with, found with a group -----------------
    "weapons from a state have reached a group": (
        "Weapons from Libya have reached the Islamic State.",
        {("SUPPLIES", "libya", "islamic-state", A, "")},
    ),
    "a state's weapons ended up with a group": (
        "Iranian weapons ended up with the Houthis.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "arms from a state ended up in the hands of a militia": (
        "Arms from Sudan ended up in the hands of the Janjaweed.",
        {("SUPPLIES", "sudan", "janjaweed", A, "")},
    ),
    "ammunition from a state was found with a group": (
        "Ammunition from Bulgaria was found with al-Shabaab in Somalia.",
        {("SUPPLIES", "bulgaria", "al-shabaab", A, "")},
    ),
    "rifles from a state were found with rebels": (
        "Rifles from Belarus were found with the M23.",
        {("SUPPLIES", "belarus", "m23", A, "")},
    ),
    "a state's weapons found their way to a group": (
        "Chinese weapons have found their way to the RSF.",
        {("SUPPLIES", "china", "rsf", A, "")},
    ),
    # --- smuggled, flown, shipped via, bound for, came from ----------------------------
    "smuggled to through a third state": (
        "Iran smuggled rockets to Hamas through Sudan.",
        {("SUPPLIES", "iran", "hamas", A, "")},
    ),
    "smuggled to a group from a state": (
        "Weapons were smuggled to the Taliban from Pakistan.",
        {("SUPPLIES", "pakistan", "taliban", A, "")},
    ),
    "flew weapons to a state": (
        "Russia flew weapons to Syria in 2015.",
        {("SUPPLIES", "russia", "syria", A, "")},
    ),
    "flown to a state from another": (
        "The rifles were flown to Libya from the United Arab Emirates.",
        {("SUPPLIES", "united-arab-emirates", "libya", A, "")},
    ),
    "shipped via a transit state is no supply to it": (
        "Ukraine shipped tanks to South Sudan via Kenya.",
        {("SUPPLIES", "ukraine", "south-sudan", A, "")},
    ),
    "sent via a neighbour is no supply to the neighbour": (
        "The Czech Republic sent howitzers to Ukraine via Poland.",
        {("SUPPLIES", "czechia", "ukraine", A, "")},
    ),
    "a state's rockets bound for another": (
        "North Korean rockets bound for Egypt were found aboard the ship.",
        {("SUPPLIES", "north-korea", "egypt", A, "")},
    ),
    "came from a state, as a third state's military said": (
        "The drones used by Russia came from Iran, the Ukrainian military said.",
        {("SUPPLIES", "iran", "russia", R, "ukraine-armed-forces")},
    ),
    "most of a group's rifles came from a state": (
        "Most of the Taliban's rifles came from Pakistan.",
        {("SUPPLIES", "pakistan", "taliban", A, "")},
    ),
    "shipped arms to a group via a third state": (
        "Eritrea shipped arms to al-Shabaab via Yemen.",
        {("SUPPLIES", "eritrea", "al-shabaab", A, "")},
    ),
    # --- a passive sale with the seller only the speaker --------------------------------
    "a state saying weapons had been sold to another confirms its own sale": (
        "Brazil said the rifles had been sold to Paraguay.",
        {("SUPPLIES", "brazil", "paraguay", C, "brazil")},
    ),
    "a state confirming missiles were sold to another confirms its own sale": (
        "Sweden confirmed that the anti-tank missiles had been sold to Venezuela in 1988.",
        {("SUPPLIES", "sweden", "venezuela", C, "sweden")},
    ),
    "a state saying ammunition was exported to another confirms its export": (
        "Belgium said the ammunition had been exported to Kenya legally.",
        {("SUPPLIES", "belgium", "kenya", C, "belgium")},
    ),
    "a capital saying tanks were exported to a state confirms its export": (
        "Berlin said the tanks were exported to Qatar in 2015.",
        {("SUPPLIES", "germany", "qatar", C, "germany")},
    ),
    "a state saying arms were delivered to another names no supplier": (
        "The United States said the drones had been delivered to Russia.",
        set(),
    ),
    "a state denying rifles were sold to another denies its own sale": (
        "Bulgaria denied that the rifles had been sold to Rwanda.",
        {
            ("SUPPLIES", "bulgaria", "rwanda", R, ""),
            ("DENIES", "bulgaria", "bulgaria>rwanda", A, ""),
        },
    ),
    # --- loans and leases ----------------------------------------------------------------
    "leased to is a supply by the lessor": (
        "Russia leased two frigates to India.",
        {("SUPPLIES", "russia", "india", A, "")},
    ),
    "lent a state ships is a supply": (
        "The United States lent Greece two frigates.",
        {("SUPPLIES", "united-states", "greece", A, "")},
    ),
    "leased from is a supply by the lessor": (
        "India leased drones from the United States.",
        {("SUPPLIES", "united-states", "india", A, "")},
    ),
    "will lease from is hypothetical": (
        "Indonesia will lease helicopters from Russia.",
        {("SUPPLIES", "russia", "indonesia", H, "")},
    ),
    "jets leased from a state are supplied by it": (
        "Hungary operates Gripen fighters leased from Sweden.",
        {("SUPPLIES", "sweden", "hungary", A, "")},
    ),
    "on loan from a state is a supply": (
        "Estonia received the howitzers on loan from Finland.",
        {("SUPPLIES", "finland", "estonia", A, "")},
    ),
    # --- exports and re-exports ----------------------------------------------------------
    "exported to is a supply by the exporter": (
        "Spain exported patrol boats to Venezuela.",
        {("SUPPLIES", "spain", "venezuela", A, "")},
    ),
    "re-exported to is a supply by the re-exporter": (
        "Belarus re-exported tanks to Sudan.",
        {("SUPPLIES", "belarus", "sudan", A, "")},
    ),
    "a state's exports of tanks to another": (
        "Ukraine's exports of tanks to Ethiopia drew criticism.",
        {("SUPPLIES", "ukraine", "ethiopia", A, "")},
    ),
    "re-exported armoured vehicles, as a UN panel said": (
        "The UAE re-exported armoured vehicles to Libya, a UN panel said.",
        {("SUPPLIES", "united-arab-emirates", "libya", R, "un-panel-of-experts-on-libya")},
    ),
    "a state's arms exports to another": (
        "China's arms exports to Bangladesh rose in 2019.",
        {("SUPPLIES", "china", "bangladesh", A, "")},
    ),
    "exports missiles to, in the present": (
        "Norway exports missiles to Lithuania.",
        {("SUPPLIES", "norway", "lithuania", A, "")},
    ),
    # --- stance --------------------------------------------------------------------------
    "reportedly supplied is reported": (
        "Israel reportedly supplied drones to Azerbaijan.",
        {("SUPPLIES", "israel", "azerbaijan", R, "")},
    ),
    "may have bought is hypothetical": (
        "Pakistan may have bought drones from Turkey.",
        {("SUPPLIES", "turkey", "pakistan", H, "")},
    ),
    "if a capital arms a state it is hypothetical": (
        "If Washington armed Taiwan, Beijing would respond.",
        {("SUPPLIES", "united-states", "taiwan", H, "")},
    ),
    "denying weapons from its army ended up with a group": (
        "Nicaragua denied that weapons from its army had ended up with the FARC.",
        {("SUPPLIES", "nicaragua", "farc", R, ""), ("DENIES", "nicaragua", "nicaragua>farc", A, "")},
    ),
    # --- a second batch, written after the rules above, to see how far they carry -----------
    "has been arming a group for decades": (
        "Tehran has been arming Hezbollah since the 1980s.",
        {("SUPPLIES", "iran", "hezbollah", A, "")},
    ),
    "armed a group with missiles": (
        "Saudi Arabia armed the Free Syrian Army with anti-tank missiles.",
        {("SUPPLIES", "saudi-arabia", "free-syrian-army", A, "")},
    ),
    "is armed and trained by, as UN experts say": (
        "The M23 is armed and trained by Rwanda, UN experts say.",
        {
            ("SUPPLIES", "rwanda", "m23", R, "un-panel-of-experts-on-drc"),
            ("TRAINS", "rwanda", "m23", R, "un-panel-of-experts-on-drc"),
        },
    ),
    "accused of having armed is reported": (
        "Qatar was accused of having armed Hamas.",
        {("SUPPLIES", "qatar", "hamas", R, "")},
    ),
    "denied that it armed a group": (
        "Egypt has denied that it armed the RSF.",
        {("SUPPLIES", "egypt", "rsf", R, ""), ("DENIES", "egypt", "egypt>rsf", A, "")},
    ),
    "has never armed is a denial in its own voice": (
        "Pakistan has never armed the Taliban.",
        {("SUPPLIES", "pakistan", "taliban", R, ""), ("DENIES", "pakistan", "pakistan>taliban", A, "")},
    ),
    "allegedly armed with drones is reported": (
        "Iran allegedly armed the Houthis with drones.",
        {("SUPPLIES", "iran", "houthis", R, "")},
    ),
    "could arm, as a general warned, is hypothetical": (
        "Russia could arm the Taliban, a US general warned.",
        {("SUPPLIES", "russia", "taliban", H, "united-states")},
    ),
    "a state's largest arms supplier over a decade": (
        "China was Myanmar's largest arms supplier between 2010 and 2020.",
        {("SUPPLIES", "china", "myanmar", A, "")},
    ),
    "one of a state's main sources of weapons": (
        "Israel is one of India's main sources of weapons.",
        {("SUPPLIES", "israel", "india", A, "")},
    ),
    "the main supplier of drones to a state": (
        "Turkey has become the main supplier of drones to Ethiopia.",
        {("SUPPLIES", "turkey", "ethiopia", A, "")},
    ),
    "a state's top arms supplier is named after the verb": (
        "Pakistan's top arms supplier is China.",
        {("SUPPLIES", "china", "pakistan", A, "")},
    ),
    "relies heavily on a state for its equipment": (
        "Bangladesh relies heavily on China for its military equipment.",
        {("SUPPLIES", "china", "bangladesh", A, "")},
    ),
    "depends on a state for its jets": (
        "Greece depends on France for its fighter jets.",
        {("SUPPLIES", "france", "greece", A, "")},
    ),
    "turned to a state for fighters after an embargo": (
        "Venezuela turned to Russia for Su-30 fighters after the US embargo.",
        {("SUPPLIES", "russia", "venezuela", A, "")},
    ),
    "a state's dependence on another for arms": (
        "Algeria's dependence on Moscow for arms worries Washington.",
        {("SUPPLIES", "russia", "algeria", A, "")},
    ),
    "procured from is a supply by the seller": (
        "Nigeria procured Super Tucano aircraft from the United States.",
        {("SUPPLIES", "united-states", "nigeria", A, "")},
    ),
    "received from, as a third state's officials said": (
        "The Polisario Front received rifles from Algeria, Moroccan officials said.",
        {("SUPPLIES", "algeria", "polisario-front", R, "morocco")},
    ),
    "bought second-hand fighters from a state": (
        "Chile bought F-16 fighters from the Netherlands in 2005.",
        {("SUPPLIES", "netherlands", "chile", A, "")},
    ),
    "the buyer's ministry saying it purchased confirms": (
        "Armenia purchased Su-30 jets from Russia, the defence ministry said.",
        {("SUPPLIES", "russia", "armenia", C, "armenia-defence-ministry")},
    ),
    "a militia used rifles supplied by a state": (
        "The Janjaweed used rifles supplied by Sudan.",
        {("SUPPLIES", "sudan", "janjaweed", A, ""), ("USES", "janjaweed", "small-arms", A, "")},
    ),
    "fired ballistic missiles provided by a state at a city": (
        "The Houthis fired ballistic missiles provided by Iran at Riyadh.",
        {
            ("SUPPLIES", "iran", "houthis", A, ""),
            ("USES", "houthis", "ballistic-missile", A, ""),
        },
    ),
    "a state's weapons ended up in the hands of a private army": (
        "Russian weapons have ended up in the hands of the Wagner Group in Mali.",
        {("SUPPLIES", "russia", "wagner-group", A, "")},
    ),
    "arms from a state found their way to a group": (
        "Arms from Libya found their way to al-Shabaab.",
        {("SUPPLIES", "libya", "al-shabaab", A, "")},
    ),
    "weapons from a state reached a group through a third": (
        "Weapons from Sudan reached the RSF through Chad.",
        {("SUPPLIES", "sudan", "rsf", A, "")},
    ),
    "most of a group's drones came from a state, as a UN report said": (
        "Most of the RSF's drones came from the United Arab Emirates, a UN report said.",
        {("SUPPLIES", "united-arab-emirates", "rsf", R, "united-nations")},
    ),
    "smuggled drones to a group via a third state": (
        "Iran smuggled drones to the Houthis via Oman.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "flew rifles to a front": (
        "Libya flew rifles to the Polisario Front in the 1980s.",
        {("SUPPLIES", "libya", "polisario-front", A, "")},
    ),
    "a state saying arms were purchased from another owns up to buying them": (
        "Ethiopia said the drones were purchased from Turkey.",
        {("SUPPLIES", "turkey", "ethiopia", C, "ethiopia")},
    ),
    "a third state's word on a purchase leaves the buyer the article has using the arms": (
        "Russia is using Shahed drones. The US said the drones were purchased from Iran.",
        {("SUPPLIES", "iran", "russia", R, "united-states")},
    ),
    "a state saying ammunition had been sold to another confirms its sale": (
        "Serbia said the ammunition had been sold to Saudi Arabia.",
        {("SUPPLIES", "serbia", "saudi-arabia", C, "serbia")},
    ),
    "a government denying rifles were exported denies its own export": (
        "The Czech government denied that the rifles had been exported to Sudan.",
        {("SUPPLIES", "czechia", "sudan", R, ""), ("DENIES", "czechia", "czechia>sudan", A, "")},
    ),
    "leased tanks to a neighbour": (
        "Poland leased tanks to Ukraine.",
        {("SUPPLIES", "poland", "ukraine", A, "")},
    ),
    "leased jets from a state": (
        "Colombia leased Kfir jets from Israel.",
        {("SUPPLIES", "israel", "colombia", A, "")},
    ),
    "re-exported another state's tanks": (
        "Georgia re-exported Ukrainian tanks to Sudan.",
        {("SUPPLIES", "georgia", "sudan", A, "")},
    ),
    "a state's arms exports to another rose": (
        "Germany's arms exports to Egypt rose sharply in 2016.",
        {("SUPPLIES", "germany", "egypt", A, "")},
    ),
    "exports helicopters to, in the present": (
        "Italy exports helicopters to Turkey.",
        {("SUPPLIES", "italy", "turkey", A, "")},
    ),
    # --- a third batch: buyers and customers, flows, two objects, offers -------------------
    "the largest buyer of a state's arms is supplied by it": (
        "India is the largest buyer of Russian arms.",
        {("SUPPLIES", "russia", "india", A, "")},
    ),
    "a customer for a state's arms is supplied by it": (
        "Vietnam is a major customer for Russian arms.",
        {("SUPPLIES", "russia", "vietnam", A, "")},
    ),
    "a state's biggest arms client, in an apposition, is supplied by it": (
        "Egypt, France's biggest arms client, ordered more Rafale jets.",
        {("SUPPLIES", "france", "egypt", A, "")},
    ),
    "a state's largest arms customer is supplied by it": (
        "India is Russia's largest arms customer.",
        {("SUPPLIES", "russia", "india", A, "")},
    ),
    "weapons flowed from one party to another": (
        "Weapons flowed from Iran to the Houthis through Oman.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "sold a state the arms, two objects": (
        "Russia sold India S-400 systems.",
        {("SUPPLIES", "russia", "india", A, "")},
    ),
    "agreed to sell a state drones is a sale concluded, as signing one is": (
        "Israel agreed to sell Azerbaijan drones worth $1.6 billion.",
        {("SUPPLIES", "israel", "azerbaijan", A, "")},
    ),
    "is offering tanks to a state is hypothetical": (
        "Germany is offering Leopard 2 tanks to Ukraine.",
        {("SUPPLIES", "germany", "ukraine", H, "")},
    ),
    "offered a state fighters is hypothetical": (
        "China offered Pakistan J-10 fighters.",
        {("SUPPLIES", "china", "pakistan", H, "")},
    ),
    "channeled weapons to a group through a third state": (
        "Iran channeled weapons to Hezbollah through Syria.",
        {("SUPPLIES", "iran", "hezbollah", A, "")},
    ),
    "helicopters donated by a state arrived in another": (
        "The helicopters donated by Russia arrived in Mali on Monday.",
        {("SUPPLIES", "russia", "mali", A, "")},
    ),
    "were given drones by a state, as a report said": (
        "The Houthis were given drones by Iran, the report said.",
        {("SUPPLIES", "iran", "houthis", R, "")},
    ),
    "the tanks a state sold to another": (
        "The tanks that Ukraine sold to Ethiopia were delivered in 2012.",
        {("SUPPLIES", "ukraine", "ethiopia", A, "")},
    ),
    "a militia armed by a government": (
        "The Janjaweed were armed by the Sudanese government.",
        {("SUPPLIES", "sudan", "janjaweed", A, "")},
    ),
    "a third party's arms in the hands of the group seizing them are no supply": (
        "The Taliban seized American weapons left in Afghanistan.",
        set(),
    ),
    "offering to mediate is no supply": ("Turkey offered to mediate between Russia and Ukraine.", set()),
    "a state's adjective before the arms is their maker, not a recipient": (
        "Russia sent Iranian drones to the front.",
        set(),
    ),
    # --- a fourth batch: the stance of these constructions -----------------------------------
    "denying that its weapons reached a group is a denial": (
        "Eritrea denied that its weapons had reached al-Shabaab.",
        {
            ("SUPPLIES", "eritrea", "al-shabaab", R, ""),
            ("DENIES", "eritrea", "eritrea>al-shabaab", A, ""),
        },
    ),
    "a state's weapons reached a group": (
        "Eritrea's weapons reached al-Shabaab.",
        {("SUPPLIES", "eritrea", "al-shabaab", A, "")},
    ),
    "weapons that may have reached a group are hypothetical": (
        "Weapons from Iran may have reached the Houthis.",
        {("SUPPLIES", "iran", "houthis", H, "")},
    ),
    "UN experts saying weapons reached a group report it": (
        "UN experts said weapons from Libya had reached the Islamic State.",
        {("SUPPLIES", "libya", "islamic-state", R, "un-panel-of-experts-on-libya")},
    ),
    "denying being the main arms supplier of a state is a denial": (
        "Russia denied that it was the main arms supplier of Myanmar.",
        {("SUPPLIES", "russia", "myanmar", R, ""), ("DENIES", "russia", "russia>myanmar", A, "")},
    ),
    "may rely on a state for artillery is hypothetical": (
        "Armenia may rely on India for artillery in the future.",
        {("SUPPLIES", "india", "armenia", H, "")},
    ),
    "said it would buy from is hypothetical, in the buyer's voice": (
        "Argentina said it would buy fighter jets from Denmark.",
        {("SUPPLIES", "denmark", "argentina", H, "argentina")},
    ),
    "expected to lease from is hypothetical": (
        "The Philippines is expected to lease helicopters from Japan.",
        {("SUPPLIES", "japan", "philippines", H, "")},
    ),
    "expecting to receive from is hypothetical": (
        "The Afghan Air Force is expecting to receive four A-29 aircraft from the United States.",
        {("SUPPLIES", "united-states", "afghan-air-force", H, "")},
    ),
    "if a state sells drones to another it is hypothetical": (
        "If Turkey sells drones to Ethiopia, Egypt will object.",
        {("SUPPLIES", "turkey", "ethiopia", H, "")},
    ),
    "denying it bought weapons from a state is the buyer's denial": (
        "Nigeria denied that it had bought weapons from Iran.",
        {("SUPPLIES", "iran", "nigeria", R, ""), ("DENIES", "nigeria", "iran>nigeria", A, "")},
    ),
    "confirming it bought drones from a state confirms": (
        "Azerbaijan confirmed that it had bought drones from Israel.",
        {("SUPPLIES", "israel", "azerbaijan", C, "azerbaijan")},
    ),
    "reportedly leased from is reported": (
        "Algeria reportedly leased tanks from Russia.",
        {("SUPPLIES", "russia", "algeria", R, "")},
    ),
    "allegedly obtained from is reported": (
        "The Houthis allegedly obtained missiles from North Korea.",
        {("SUPPLIES", "north-korea", "houthis", R, "")},
    ),
    "rejected claims that it had armed a militia is a denial": (
        "Sudan rejected claims that it had armed the Janjaweed.",
        {("SUPPLIES", "sudan", "janjaweed", R, ""), ("DENIES", "sudan", "sudan>janjaweed", A, "")},
    ),
    "accused of having armed a group with missiles is the accuser's report": (
        "Washington accused Tehran of having armed the Houthis with missiles.",
        {("SUPPLIES", "iran", "houthis", R, "united-states")},
    ),
    "dismissed reports that its weapons ended up with a group is a denial": (
        "Moscow dismissed reports that Russian weapons had ended up with the Taliban.",
        {("SUPPLIES", "russia", "taliban", R, ""), ("DENIES", "russia", "russia>taliban", A, "")},
    ),
    "plans to buy from is hypothetical": (
        "Iraq plans to buy Rafale jets from France.",
        {("SUPPLIES", "france", "iraq", H, "")},
    ),
    "an army's own weapons reaching the front are no supply": (
        "The army said its weapons had reached the front.",
        set(),
    ),
    # --- a fifth batch: holders of supplied arms, routes, sourcing ----------------------------
    "reported to have sent is reported": (
        "Iran is reported to have sent drones to Sudan.",
        {("SUPPLIES", "iran", "sudan", R, "")},
    ),
    "believed to have armed is reported": (
        "Eritrea is believed to have armed al-Shabaab.",
        {("SUPPLIES", "eritrea", "al-shabaab", R, "")},
    ),
    "suspected of supplying is reported": (
        "Rwanda is suspected of supplying the M23 with rockets.",
        {("SUPPLIES", "rwanda", "m23", R, "")},
    ),
    "a relative clause on arms sold between two states": (
        "The tanks, which Ukraine sold to Kenya in 2008, ended up in South Sudan.",
        {("SUPPLIES", "ukraine", "kenya", A, "")},
    ),
    "a state's foreign-supplied launchers were supplied by that state": (
        "Ukraine's US-supplied HIMARS struck a bridge.",
        {("SUPPLIES", "united-states", "ukraine", A, "")},
    ),
    "a group's foreign-supplied missiles were supplied by that state": (
        "The Houthis' Iranian-supplied missiles hit Riyadh.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "an arsenal that includes tanks supplied by a state": (
        "Syria's arsenal includes tanks supplied by Russia.",
        {("SUPPLIES", "russia", "syria", A, "")},
    ),
    "operating tanks supplied by a state": (
        "Syria operates tanks supplied by Russia.",
        {("SUPPLIES", "russia", "syria", A, "")},
    ),
    "resumed arms sales to a state": (
        "Russia resumed arms sales to Myanmar in 2021.",
        {("SUPPLIES", "russia", "myanmar", A, "")},
    ),
    "will equip an army with drones is hypothetical": (
        "Turkey will equip the Libyan army with drones.",
        {("SUPPLIES", "turkey", "libya-armed-forces", H, "")},
    ),
    "weapons made their way from one state to another": (
        "Weapons made their way from Libya to Mali.",
        {("SUPPLIES", "libya", "mali", A, "")},
    ),
    "gets most of its weapons from a state": (
        "Bangladesh gets most of its weapons from China.",
        {("SUPPLIES", "china", "bangladesh", A, "")},
    ),
    "sourced its helicopters from a state": (
        "Nigeria sourced its helicopters from Russia.",
        {("SUPPLIES", "russia", "nigeria", A, "")},
    ),
    "imports most of its arms from a state": (
        "Algeria imports most of its arms from Russia.",
        {("SUPPLIES", "russia", "algeria", A, "")},
    ),
    "fields rifles bought from a state": (
        "Colombia fields rifles bought from Israel.",
        {("SUPPLIES", "israel", "colombia", A, "")},
    ),
    "the arms pipeline from one party to another": (
        "The arms pipeline from Iran to Hezbollah runs through Syria.",
        {("SUPPLIES", "iran", "hezbollah", A, "")},
    ),
    "a state's biggest source of arms imports": (
        "China is Pakistan's biggest source of arms imports.",
        {("SUPPLIES", "china", "pakistan", A, "")},
    ),
    "signed a contract with a state to buy drones": (
        "Morocco signed a contract with Israel to buy drones.",
        {("SUPPLIES", "israel", "morocco", A, "")},
    ),
    "an export of fighters approved is one still to be made": (
        "Sweden approved the export of Gripen fighters to Thailand.",
        {("SUPPLIES", "sweden", "thailand", H, "")},
    ),
    "drones a state's adjective names, hitting a city, are no supply": (
        "The Iranian-supplied drones hit Kyiv.",
        set(),
    ),
    "missiles falling from the sky are no supply": ("Russian missiles fell from the sky on Kyiv.", set()),
    # --- a sixth batch: trafficking, tracing, diversion --------------------------------------
    "weapons trafficked from one state to another": (
        "Weapons were trafficked from Albania to Kosovo.",
        {("SUPPLIES", "albania", "kosovo", A, "")},
    ),
    "trafficked rifles to a group": (
        "Venezuela trafficked rifles to the FARC.",
        {("SUPPLIES", "venezuela", "farc", A, "")},
    ),
    "arms trafficking from one state to another": (
        "Arms trafficking from Libya to Mali has grown.",
        {("SUPPLIES", "libya", "mali", A, "")},
    ),
    "rifles seized from a group traced to a state": (
        "Rifles seized from the M23 were traced to Belarus.",
        {("SUPPLIES", "belarus", "m23", A, "")},
    ),
    "rockets fired by a group traced back to a state": (
        "The rockets fired by Hamas were traced back to Iran.",
        {("SUPPLIES", "iran", "hamas", A, ""), ("USES", "hamas", "rocket", A, "")},
    ),
    "a group's weapons come mainly from a state": (
        "Most of the Houthis' weapons come mainly from Iran.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "the bulk of a state's arms come from another": (
        "The bulk of Algeria's arms come from Russia.",
        {("SUPPLIES", "russia", "algeria", A, "")},
    ),
    "turned to a state as a new arms supplier": (
        "Vietnam has turned to India as a new arms supplier.",
        {("SUPPLIES", "india", "vietnam", A, "")},
    ),
    "diverted weapons to a group": (
        "The United Arab Emirates diverted weapons to the RSF.",
        {("SUPPLIES", "united-arab-emirates", "rsf", A, "")},
    ),
    "passed on tanks to a state": (
        "Belarus passed on the tanks to Sudan.",
        {("SUPPLIES", "belarus", "sudan", A, "")},
    ),
    "received military support from a state": (
        "The Taliban received military support from Pakistan.",
        {("SUPPLIES", "pakistan", "taliban", A, "")},
    ),
    "a group's main arms supplier, with a plural possessive": (
        "Iran is the Houthis' main arms supplier.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "provides a state with most of its drones": (
        "Israel provides Azerbaijan with most of its drones.",
        {("SUPPLIES", "israel", "azerbaijan", A, "")},
    ),
    "has been buying arms from a state for decades": (
        "Angola has been buying arms from Russia since 1990.",
        {("SUPPLIES", "russia", "angola", A, "")},
    ),
    "the sole supplier of drones to a state": (
        "Turkey was the sole supplier of drones to Ethiopia.",
        {("SUPPLIES", "turkey", "ethiopia", A, "")},
    ),
    "a bill that passed is no supply": ("The arms bill passed the Senate, Washington said.", set()),
    # --- a seventh batch: these constructions inside attribution -----------------------------
    "according to a rights group, weapons from a state reached a group": (
        "According to Amnesty International, weapons from Serbia reached the RSF.",
        {("SUPPLIES", "serbia", "rsf", R, "amnesty-international")},
    ),
    "a leader saying his state relies on another for arms confirms it": (
        "Armenia relies on Russia for arms, Pashinyan said.",
        {("SUPPLIES", "russia", "armenia", C, "nikol-pashinyan")},
    ),
    "a state saying weapons from another ended up with a third reports it": (
        "Ukraine said weapons from Iran had ended up with Russia.",
        {("SUPPLIES", "iran", "russia", R, "ukraine")},
    ),
    "denying that it relies on a state for arms is a denial by the buyer": (
        "Kenya denied that it relies on China for arms.",
        {("SUPPLIES", "china", "kenya", R, ""), ("DENIES", "kenya", "china>kenya", A, "")},
    ),
    "a rights group saying rifles from a state were found with a group reports it": (
        "Human Rights Watch said rifles from Bulgaria were found with the RSF.",
        {("SUPPLIES", "bulgaria", "rsf", R, "human-rights-watch")},
    ),
    "may become a state's main arms supplier is hypothetical": (
        "Russia may become India's main arms supplier again.",
        {("SUPPLIES", "russia", "india", H, "")},
    ),
    "could turn to a state for jets is hypothetical": (
        "Sudan could turn to Russia for fighter jets.",
        {("SUPPLIES", "russia", "sudan", H, "")},
    ),
    "a coalition saying a group's foreign-supplied missiles hit a city reports it": (
        "The Houthis' Iranian-supplied missiles hit Riyadh, the Saudi-led coalition said.",
        {("SUPPLIES", "iran", "houthis", R, "saudi-led-coalition")},
    ),
    "a UN panel saying a group's drones came from a state reports it": (
        "The UN panel said most of the RSF's drones came from the UAE.",
        {("SUPPLIES", "united-arab-emirates", "rsf", R, "un-panel-of-experts-on-sudan")},
    ),
    "a state saying a group's rifles came from another reports it": (
        "Colombia said the FARC's rifles came from Venezuela.",
        {("SUPPLIES", "venezuela", "farc", R, "colombia")},
    ),
    "denying a group's rifles came from its arsenal is a denial": (
        "Venezuela denied that the FARC's rifles came from its arsenal.",
        {("SUPPLIES", "venezuela", "farc", R, ""), ("DENIES", "venezuela", "venezuela>farc", A, "")},
    ),
    "talks that made progress are no supply": ("Colombia said the talks made progress.", set()),
    # --- negation: never a positive supply, and the right one denies --------------------------
    "did not arm, as the Kremlin said, is a denial": (
        "Russia did not arm the Taliban, the Kremlin said.",
        {("SUPPLIES", "russia", "taliban", R, ""), ("DENIES", "russia", "russia>taliban", A, "")},
    ),
    "has not armed, in the writer's voice, is no positive supply": (
        "Iran has not armed the Houthis.",
        {("SUPPLIES", "iran", "houthis", R, ""), ("DENIES", "iran", "iran>houthis", A, "")},
    ),
    "weapons that never reached a group, as its supplier said, are denied": (
        "Weapons from Iran never reached the Houthis, Tehran said.",
        {("SUPPLIES", "iran", "houthis", R, ""), ("DENIES", "iran", "iran>houthis", A, "")},
    ),
    "a buyer that did not buy denies the purchase, not the seller": (
        "Egypt did not buy Su-35 jets from Russia.",
        {("SUPPLIES", "russia", "egypt", R, ""), ("DENIES", "egypt", "russia>egypt", A, "")},
    ),
    "a recipient that has not received denies the receipt": (
        "Russia has not received drones from Iran.",
        {("SUPPLIES", "iran", "russia", R, ""), ("DENIES", "russia", "iran>russia", A, "")},
    ),
    "denying that it had leased helicopters from a state is the lessee's denial": (
        "Kenya denied that it had leased helicopters from Russia.",
        {("SUPPLIES", "russia", "kenya", R, ""), ("DENIES", "kenya", "russia>kenya", A, "")},
    ),
    "refused to sell is hypothetical, never positive": (
        "Germany refused to sell tanks to Saudi Arabia.",
        {("SUPPLIES", "germany", "saudi-arabia", H, "")},
    ),
    "unclear whether weapons reached a group is hypothetical": (
        "It is unclear whether weapons from Libya reached the Islamic State.",
        {("SUPPLIES", "libya", "islamic-state", H, "")},
    ),
    # --- the arms' user named in the sentence before -----------------------------------------
    "missiles a group fired, supplied by a state, in the next sentence": (
        "The Houthis fired missiles at Riyadh. The missiles were supplied by Iran.",
        {("SUPPLIES", "iran", "houthis", A, ""), ("USES", "houthis", "missile", A, "")},
    ),
    "missiles a group fired came from a state, as officials said next": (
        "The Houthis fired missiles at Riyadh. The missiles came from Iran, Saudi officials said.",
        {("SUPPLIES", "iran", "houthis", R, "saudi-arabia")},
    ),
    "a ship hit by a group's missile is no supply by the ship's state": (
        "The UAE ship was hit by a Houthi-fired missile.",
        set(),
    ),
    # --- an eighth batch: holders of foreign-supplied arms -----------------------------------
    "an army equipped with foreign-supplied rifles was supplied by that state": (
        "The Afghan army is equipped with US-supplied rifles.",
        {("SUPPLIES", "united-states", "afghanistan-armed-forces", A, "")},
    ),
    "a group armed with foreign-supplied missiles was supplied by that state": (
        "The Houthis are armed with Iranian-supplied missiles.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "a group using foreign-supplied drones was supplied by that state": (
        "The Houthis use Iranian-supplied drones.",
        {("SUPPLIES", "iran", "houthis", A, ""), ("USES", "houthis", "drone", A, "")},
    ),
    "a group's main source of weapons": (
        "Iran was Hezbollah's main source of weapons.",
        {("SUPPLIES", "iran", "hezbollah", A, "")},
    ),
    "rifles made in one state and sold by another to a group": (
        "Chinese-made rifles sold by Iran to the Houthis were found in Yemen.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "rifles originating from a state found with a group": (
        "Rifles originating from Bulgaria were found with the RSF.",
        {("SUPPLIES", "bulgaria", "rsf", A, "")},
    ),
    # --- arms bound for a party, shipped by another ---------------------------------------
    "weapons bound for a group were shipped from a state": (
        "Weapons bound for the Houthis were shipped from Iran.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "drones destined for a state were sent by another": (
        "Drones destined for Russia were sent by Iran.",
        {("SUPPLIES", "iran", "russia", A, "")},
    ),
    "rockets bound for a group came from a state": (
        "Rockets bound for Hamas came from Iran.",
        {("SUPPLIES", "iran", "hamas", A, "")},
    ),
    # --- "arms" as a verb, relatives, long wire sentences -----------------------------------
    "a state that arms a group supplies it": (
        "Iran arms the Houthis.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "if a capital arms a state, in the present, it is hypothetical": (
        "If Washington arms Taiwan, Beijing will respond.",
        {("SUPPLIES", "united-states", "taiwan", H, "")},
    ),
    "a state's arms reached a group": (
        "Russian arms reached the Taliban.",
        {("SUPPLIES", "russia", "taliban", A, "")},
    ),
    "an arms deal named by a state is no supply by itself": ("The Iran arms deal was signed.", set()),
    "a group who a state says receives missiles from another is the recipient": (
        "The Houthis, who Saudi Arabia says receive missiles from Iran, fired a missile at Jeddah on Sunday.",
        {("SUPPLIES", "iran", "houthis", R, "saudi-arabia")},
    ),
    "a panel finding a state continued to arm a group through middlemen": (
        "The panel found that Eritrea, despite a UN embargo, had continued to arm al-Shabaab through middlemen in Yemen.",
        {("SUPPLIES", "eritrea", "al-shabaab", R, "")},
    ),
    "a state that armed a front, with a relative clause after": (
        "In the 1980s, Libya armed the Polisario Front, which was fighting Morocco in Western Sahara.",
        {("SUPPLIES", "libya", "polisario-front", A, "")},
    ),
    "relied on one state for jets, now looking to another for drones": (
        "Pakistan, which has long relied on China for fighter jets, is now looking to Turkey for drones.",
        {("SUPPLIES", "china", "pakistan", A, ""), ("SUPPLIES", "turkey", "pakistan", A, "")},
    ),
    "a state's arms exports to another, with a relative clause between": (
        "Serbia's arms exports to Saudi Arabia, which is fighting the Houthis, have tripled since 2015.",
        {("SUPPLIES", "serbia", "saudi-arabia", A, "")},
    ),
    "rifles used by a group were bought from a state, as intelligence said": (
        "Most of the assault rifles used by the FARC were bought from Venezuela, Colombian intelligence said.",
        {("SUPPLIES", "venezuela", "farc", R, "colombia")},
    ),
    # --- re-transfers and reports of experts --------------------------------------------------
    "arms sold to one state and later given to a group were given by the buyer": (
        "Ammunition sold by Bulgaria to the United States was later given to the Free Syrian Army.",
        {
            ("SUPPLIES", "bulgaria", "united-states", A, ""),
            ("SUPPLIES", "united-states", "free-syrian-army", A, ""),
        },
    ),
    "rifles sold to one state and passed on to a group were passed on by the buyer": (
        "Rifles sold by Serbia to Chad were passed on to the RSF.",
        {("SUPPLIES", "serbia", "chad", A, ""), ("SUPPLIES", "chad", "rsf", A, "")},
    ),
    "experts documenting the transfer of rifles from a state to a group": (
        "The Group of Experts documented the transfer of 120 assault rifles from Uganda to the M23.",
        {("SUPPLIES", "uganda", "m23", A, "")},
    ),
    "the purchase by a state from another, as a news agency said": (
        "KCNA said the weapons had been purchased by Egypt from North Korea legally.",
        {("SUPPLIES", "north-korea", "egypt", R, "kcna")},
    ),
    "taking delivery from a state, as a news agency reported": (
        "Xinhua reported that Pakistan had taken delivery of the first J-10C fighters from China.",
        {("SUPPLIES", "china", "pakistan", R, "xinhua")},
    ),
    "re-exported armoured vehicles, as a UN panel found": (
        "The UAE re-exported armoured vehicles to Libya, a UN panel found.",
        {("SUPPLIES", "united-arab-emirates", "libya", R, "un-panel-of-experts-on-libya")},
    ),
    "paying a state for drones is buying them from it": (
        "Russia paid Iran for the drones.",
        {("SUPPLIES", "iran", "russia", A, "")},
    ),
    "resupplied a group": (
        "Iran resupplied Hezbollah after the 2006 war.",
        {("SUPPLIES", "iran", "hezbollah", A, "")},
    ),
    "re-equipped an army with tanks": (
        "Russia re-equipped the Syrian army with T-90 tanks.",
        {("SUPPLIES", "russia", "syria-armed-forces", A, "")},
    ),
    "paying a state for oil is no supply of arms": ("Russia paid Iran for oil.", set()),
    "resupplying a territory with food is no supply of arms": ("The UN resupplied Gaza with food.", set()),
    "supplying an armed group is arming it, with no word for arms": (
        "Iran has been supplying the Houthis.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "supplying a state names no arms without a word for them": ("Qatar has been supplying Italy.", set()),
    "getting ready to supply arms is a supply still to come": (
        "Israel is getting ready to supply weapons to Ukraine.",
        {("SUPPLIES", "israel", "ukraine", H, "")},
    ),
    "a state's consistent arms sales to another are its supply": (
        "The presence of the vehicle reflects China's consistent arms sales to Venezuela.",
        {("SUPPLIES", "china", "venezuela", A, "")},
    ),
    "two states agreeing on a contract to supply jets conclude a supply": (
        "Russia and Egypt have agreed on a contract to supply 46 MiG-29 fighter aircraft.",
        {("SUPPLIES", "russia", "egypt", A, "")},
    ),
    "an order of arms named as a state's make is from that state": (
        "Finland has ordered the Israeli-made Barak 8 system.",
        {("SUPPLIES", "israel", "finland", A, "")},
    ),
    "a deal with a firm described before its name is a deal with the firm": (
        "Peru signed an agreement with South Korean defense firm Hyundai Rotem for the acquisition of tanks.",
        {("SUPPLIES", "hyundai-rotem", "peru", A, "")},
    ),
    "jets bought from a defence giant described before its name come from the giant": (
        "Finland bought jets from U.S. defence giant Lockheed Martin.",
        {("SUPPLIES", "lockheed-martin", "finland", A, "")},
    ),
    "arms provided to U.S.-backed rebels go to the rebels": (
        "Israel provided arms to U.S.-backed Contra rebels.",
        {("SUPPLIES", "israel", "contras", A, "")},
    ),
    "arms delivered to a state described by two hyphenated adjectives go to it": (
        "Russia has delivered weapons to the mineral-rich and violence-racked Central African Republic.",
        {("SUPPLIES", "russia", "central-african-republic", A, "")},
    ),
    "a contract signed for arms for a state, nine words before them": (
        "The Czech Republic has signed a contract for the first 180,000 pieces of artillery ammunition"
        " for Ukraine.",
        {("SUPPLIES", "czechia", "ukraine", A, "")},
    ),
    "the main military backer of a group supplies it": (
        "Iran is the main military backer of the Houthis.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "a state's main military backer supplies it": (
        "Russia is Syria's main military backer.",
        {("SUPPLIES", "russia", "syria", A, "")},
    ),
    "a ministry calling a state the largest backer, militarily, of a group": (
        "The Pentagon said Iran is now the largest backer financially and militarily of Hamas.",
        {("SUPPLIES", "iran", "hamas", R, "us-defense-department")},
    ),
    "a backer without a word of arms is no supplier": ("Iran is the main backer of the Houthis.", set()),
    "a patron of a state's hardware buys it, never supplies it": (
        "Myanmar's military has long been a patron of Russian military hardware.",
        set(),
    ),
    "rifles exported to one state and resold to a group were resold by it": (
        "Rifles exported to Uzbekistan were resold to the Taliban.",
        {("SUPPLIES", "uzbekistan", "taliban", A, "")},
    ),
    "a state charging that another supplies a third reports it": (
        "Moscow continues to supply Damascus with weaponry, Israel charged.",
        {("SUPPLIES", "russia", "syria", R, "israel")},
    ),
    "charged that, before the claim, reports it": (
        "Israel charged that Moscow continues to supply Damascus with weaponry.",
        {("SUPPLIES", "russia", "syria", R, "israel")},
    ),
    # --- lists of parties -------------------------------------------------------------------
    "the main arms supplier to two states supplies each": (
        "Russia is the main arms supplier to India and Vietnam.",
        {("SUPPLIES", "russia", "india", A, ""), ("SUPPLIES", "russia", "vietnam", A, "")},
    ),
    "two states relying on one for arms are each supplied": (
        "Armenia and Belarus rely on Russia for arms.",
        {("SUPPLIES", "russia", "armenia", A, ""), ("SUPPLIES", "russia", "belarus", A, "")},
    ),
    "relying on two states for arms is a supply by each": (
        "Vietnam relies on Russia and Israel for arms.",
        {("SUPPLIES", "russia", "vietnam", A, ""), ("SUPPLIES", "israel", "vietnam", A, "")},
    ),
    "weapons from a state reached two groups": (
        "Weapons from Iran reached the Houthis and Hezbollah.",
        {("SUPPLIES", "iran", "houthis", A, ""), ("SUPPLIES", "iran", "hezbollah", A, "")},
    ),
    "arms from two states reached a group": (
        "Arms from Libya and Sudan reached the RSF.",
        {("SUPPLIES", "libya", "rsf", A, ""), ("SUPPLIES", "sudan", "rsf", A, "")},
    ),
    "two states called buyers of a state's arms each receive them": (
        "Gulf states, including Qatar and Kuwait, have long been major buyers of French weapons.",
        {("SUPPLIES", "france", "qatar", A, ""), ("SUPPLIES", "france", "kuwait", A, "")},
    ),
    "a state's assistance to another that will include arms supplies them": (
        "China's assistance to Cambodia will include 20 armoured vehicles.",
        {("SUPPLIES", "china", "cambodia", H, "")},
    ),
    "two sellers each with their own arms each supply theirs": (
        "Ecuador is in talks to buy tanks from China and fighter planes from Brazil.",
        {("SUPPLIES", "china", "ecuador", H, ""), ("SUPPLIES", "brazil", "ecuador", H, "")},
    ),
    "a force that has arms from states was supplied by each": (
        "The Peruvian Air Force currently has fighter jets from countries including France and Russia.",
        {("SUPPLIES", "france", "peru-air-force", A, ""), ("SUPPLIES", "russia", "peru-air-force", A, "")},
    ),
    "drones launched from a state are not arms held from it": (
        "The militia has launched drones from Chad, Sudan's army said.",
        set(),
    ),
    "a list of sellers ending in 'and other countries' names each": (
        "Morocco has bought drones from Israel, Turkey, China and other countries.",
        {
            ("SUPPLIES", "israel", "morocco", A, ""),
            ("SUPPLIES", "turkey", "morocco", A, ""),
            ("SUPPLIES", "china", "morocco", A, ""),
        },
    ),
    # --- the party supplied is a relative clause's antecedent ------------------------------
    "a group whom a state supplies with missiles": (
        "The Houthis, whom Iran supplies with missiles, attacked a ship.",
        {("SUPPLIES", "iran", "houthis", A, "")},
    ),
    "a group which a state has armed for decades": (
        "Hezbollah, which Iran has armed for decades, fired rockets at Israel.",
        {("SUPPLIES", "iran", "hezbollah", A, ""), ("USES", "hezbollah", "rocket", A, "")},
    ),
    "a group which a state is accused of arming": (
        "The RSF, which the UAE is accused of arming, took El Fasher.",
        {("SUPPLIES", "united-arab-emirates", "rsf", R, "")},
    ),
    "a state which another supplies with arms": (
        "Israel, which the US supplies with arms, struck Gaza.",
        {("SUPPLIES", "united-states", "israel", A, "")},
    ),
    "tanks which a state supplied to another": (
        "The tanks, which Russia supplied to Syria, were destroyed.",
        {("SUPPLIES", "russia", "syria", A, "")},
    ),
    "a state's ammunition found its way into the hands of a group": (
        "Bulgarian ammunition found its way into the hands of the Islamic State.",
        {("SUPPLIES", "bulgaria", "islamic-state", A, "")},
    ),
    "arms sales by a state to another": (
        "Arms sales by France to Egypt rose.",
        {("SUPPLIES", "france", "egypt", A, "")},
    ),
    # --- the supplier is a relative clause's antecedent with no name -------------------------
    "a firm that sold drones is the seller, not the state that sanctioned it": (
        "Japan sanctioned a trading firm that sold drones to Russia.",
        set(),
    ),
    "an agency of a state that has supplied another is that state's": (
        "Brazil cancelled a contract with a Russian arms agency that has supplied Venezuela with rifles.",
        {("SUPPLIES", "russia", "venezuela", A, "")},
    ),
    "a ring that smuggled arms from a state ships that state's arms": (
        "Police in Lima broke up a ring that smuggled rifles from Jordan to the FARC.",
        {("SUPPLIES", "jordan", "farc", A, "")},
    ),
    "states that were the countries that supplied arms each supplied them": (
        "Belarus and Serbia were the countries that supplied ammunition to Armenia.",
        {("SUPPLIES", "belarus", "armenia", A, ""), ("SUPPLIES", "serbia", "armenia", A, "")},
    ),
    "a plane that arrives is no arms arriving": (
        "A plane from Belarus, arriving at 21:10 in Vienna, was not allowed to collect the rifles.",
        set(),
    ),
    "a note of protest handed over is no arms": (
        "The Georgian authorities handed over a note of protest to Russia over the arms deal with Abkhazia.",
        set(),
    ),
    "money used to buy arms is no use of them": (
        "Armenia will use the money to buy Smerch rocket systems from Russia.",
        {("SUPPLIES", "russia", "armenia", H, "")},
    ),
    "arms seized by a state's customs came from elsewhere, not to that state": (
        "Rifles hidden in containers were seized by Greek customs officers amid claims the rifles came from Bulgaria.",
        set(),
    ),
    "a rule for supplier countries names no supplier, nor a committee a recipient": (
        "France's donation came after the UN lifted sanctions that required supplier countries "
        "to refer to the UN's sanctions committee before shipping arms to Mali.",
        set(),
    ),
    "arms of a state's make seized on the way were bound for another, reportedly": (
        "A planeload of North Korean arms seized in Colombo was reportedly bound for Syria.",
        {("SUPPLIES", "north-korea", "syria", R, "")},
    ),
    "an attempt to buy arms that authorities foiled is no supply": (
        "Customs officers have broken up several clandestine Iranian efforts to buy F-4 fighters.",
        set(),
    ),
    "states others rely on for arms supply those others, not a state named before, as a fact whatever "
    "the main clause foresees": (
        "The deal will boost Russia's prospects even though most Gulf states rely on the United States "
        "and France for military hardware.",
        {("SUPPLIES", "united-states", "gulf-states", A, ""), ("SUPPLIES", "france", "gulf-states", A, "")},
    ),
    "arms rushed to a state are supplied to it": (
        "In 2000, Pakistan rushed rocket launchers and ammunition to Sri Lanka.",
        {("SUPPLIES", "pakistan", "sri-lanka", A, "")},
    ),
    "hardware transferred to the army of a state supplies its forces": (
        "The Russian military has transferred a batch of military hardware to the army of Tajikistan.",
        {("SUPPLIES", "russia", "tajikistan-armed-forces", A, "")},
    ),
    "'it' after a possessive is the sentence's subject, not the possessor": (
        "Pakistan has upset India's strategy by declaring that it would consider sending weapons to Nepal.",
        {("SUPPLIES", "pakistan", "nepal", H, "")},
    ),
    "a state that snapped up a state's jets bought them": (
        "Thailand snapped up six Gripen aircraft in 2013.",
        {("SUPPLIES", "sweden", "thailand", A, "")},
    ),
    "a sale to 'the Thais' is a sale to Thailand": (
        "The deal to sell 12 Gripen aircraft to the Thais was signed in 2008.",
        {("SUPPLIES", "sweden", "thailand", A, "")},
    ),
    # --- what is no supply ----------------------------------------------------------------
    "armed fighters of a group are no supply": ("Armed Taliban fighters attacked the post.", set()),
    "relying on a state for wheat is no supply": ("Egypt relies on the United States for wheat.", set()),
    "a source of revenue is no supplier": ("Russia's main source of revenue is oil.", set()),
    "a delegation from a state reaching a capital is no supply": (
        "The delegation from Iran reached Moscow on Monday.",
        set(),
    ),
    "a call that came from a state is no supply": ("The call came from Iran on Monday.", set()),
    "fighters from a state reaching another are no supply": (
        "Foreign fighters from Syria reached Libya.",
        set(),
    ),
    "oil from a state reaching another is no supply": ("Oil from Russia reached India.", set()),
    "arms control proposals reaching a capital are no supply": (
        "Russian arms control proposals reached Washington.",
        set(),
    ),
    "officials reaching a capital to discuss weapons are no supply": (
        "Iranian officials reached Moscow to discuss weapons.",
        set(),
    ),
    "turning to a state for wheat is no supply": ("Egypt turned to Russia for wheat.", set()),
    "weapons that fell into a group's hands were captured, not supplied": (
        "American weapons fell into the hands of the Taliban.",
        set(),
    ),
    "passing on a message is no supply": ("Russia passed on the message to Iran.", set()),
    "offering condolences near a word of drones is no offer of arms": (
        "Iran offered condolences to Russia after the drone attack.",
        set(),
    ),
    "lending support to a request for jets is no loan of arms": (
        "The US lent support to Ukraine's request for F-16 jets.",
        set(),
    ),
    "routing forces with rockets is no supply": ("Ukraine routed Russian forces with HIMARS rockets.", set()),
    "arms sold to a new army go to that army": (
        "Russia sold jets to the new Afghan army.",
        {("SUPPLIES", "russia", "afghanistan-armed-forces", A, "")},
    ),
    "a system developed by a maker is produced by it, the system and not its kind": (
        "The Caesar is a modern truck-mounted artillery system developed by Nexter Systems.",
        {("PRODUCES", "nexter-systems", "caesar", A, "")},
    ),
    "arms jointly developed by two states are produced by each": (
        "The JF-17 Thunder fighter aircraft, jointly developed by China and Pakistan, arrived.",
        {("PRODUCES", "china", "jf-17", A, ""), ("PRODUCES", "pakistan", "jf-17", A, "")},
    ),
    "a plan developed by a ministry produces nothing": ("The plan was developed by the ministry.", set()),
    "a seller named in a later buyer's clause is not the first buyer's seller": (
        "India ordered 310 T-90s in 2001 following delays in the Arjun tank and Pakistan's decision "
        "to purchase the T-80 from Ukraine.",
        {
            ("SUPPLIES", "russia", "india", A, ""),
            ("SUPPLIES", "ukraine", "pakistan", H, ""),
        },
    ),
    "a speaker saying a state armed a group reports it": (
        "John Kirby said Iran armed the Houthis.",
        {("SUPPLIES", "iran", "houthis", R, "john-kirby")},
    ),
    "the countries a speaker urges, not the speaker, supply": (
        "Mali's UN envoy Issa Konfourou spoke. \"We urge the countries providing weapons to Ukraine to "
        'guarantee their use," Konfourou said.',
        set(),
    ),
    "an arms embargo a state imposes is its sanction on the other": (
        "Spain imposed an arms embargo on Israel.",
        {("SANCTIONS", "spain", "israel", A, "")},
    ),
    "a body named before an arms embargo imposed it": (
        "The US opposed the ending of a United Nations arms embargo on Iran.",
        {("SANCTIONS", "united-nations", "iran", A, "")},
    ),
    "an outlet telling of an embargo imposes none": (
        "The embargo on Libya was broken, Reuters reported.",
        set(),
    ),
    "words said by email are the speaker's, not another's": (
        "Jacek Sonta said by email that Poland delivered MiG-29 jets to Ukraine.",
        {("SUPPLIES", "poland", "ukraine", R, "jacek-sonta")},
    ),
}

_WHOLE = ("SUPPLIES", "TRAINS", "DENIES", "CONFIRMS")


def _read(sentence: str, compared: set[str]) -> set[tuple[str, ...]]:
    facts = facts_of(sentence)
    by_id = {f["id"]: f for f in facts}
    out = set()
    for f in facts:
        if f["predicate"] not in compared:
            continue
        claim = by_id.get(f.get("claim", ""))
        target = f"{claim['subject']}>{claim['object']}" if claim else f["object"]
        who = ",".join(sorted(f.get("attributed_to", [])))
        out.add((f["predicate"], f["subject"], target, f["stance"], who))
    return out


@pytest.mark.parametrize("case", list(CASES))
def test_flow(case: str) -> None:
    sentence, expected = CASES[case]
    compared = set(_WHOLE) | {e[0] for e in expected}
    assert _read(sentence, compared) == expected


def test_arms_sold_to_former_troops_of_a_state_are_not_sold_to_its_forces() -> None:
    sentence = "Zaire sold rifles to the former Rwandan troops."
    assert all(f[2] != "rwanda-armed-forces" for f in _read(sentence, {"SUPPLIES"}))


def test_arms_still_to_be_sold_to_a_state_are_not_handed_on_by_it() -> None:
    sentence = "Seoul said its shells that are set to be delivered to the US are not meant to be delivered to Ukraine."
    assert all(f[1] != "united-states" for f in _read(sentence, {"SUPPLIES"}))


@pytest.mark.parametrize(
    "sentence",
    [
        "The cargo was seized by the Israeli navy along a route used to smuggle arms to Hamas.",
        "The French navy seized a cache of rifles being smuggled to the Houthis.",
        "Shipments interdicted by the US Navy were heading to the Houthis.",
    ],
)
def test_whoever_seizes_or_intercepts_arms_never_supplies_them(sentence: str) -> None:
    seizers = {"israel-navy", "israel", "france-navy", "france", "united-states-navy", "united-states"}
    assert not {f[1] for f in _read(sentence, {"SUPPLIES"})} & seizers


@pytest.mark.parametrize(
    "sentence",
    [
        "As revealed by Reuters, six cargo planes delivered the arms to Liberia.",
        "Israeli media reported that Iranian weapons were sent to arm Hezbollah.",
    ],
)
def test_an_outlet_that_reports_arms_changing_hands_never_supplies_them(sentence: str) -> None:
    assert not {f[1] for f in _read(sentence, {"SUPPLIES"})} & {"reuters", "israeli-media", "israel"}


def test_a_ships_flag_state_is_no_party_to_its_cargo() -> None:
    found = _read("A Panama-registered ship carried North Korean missiles to Cuba.", {"SUPPLIES"})
    assert {(f[1], f[2]) for f in found} == {("north-korea", "cuba")}


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("Ankara agreed to transfer missiles to the Lebanese terror group Hizbullah.", "hezbollah"),
        ("Iran sent rockets to the Palestinian militant group Hamas.", "hamas"),
    ],
)
def test_a_group_described_before_its_name_is_the_recipient_not_the_state_of_its_demonym(
    sentence: str, recipient: str
) -> None:
    assert {f[2] for f in _read(sentence, {"SUPPLIES"})} == {recipient}


def test_the_government_of_a_state_arming_a_group_is_the_state_arming_it() -> None:
    found = _read("The government of Sudan is arming Janjaweed militias and Chadian rebels.", {"SUPPLIES"})
    assert {(f[1], f[2]) for f in found} == {("sudan", "janjaweed"), ("sudan", "chadian-rebels")}


def test_a_ministry_that_signs_a_contract_with_a_maker_signs_for_its_state() -> None:
    sentence = "India's Ministry of Defence said it had signed a contract with Hindustan Aeronautics for 97 fighter jets."
    assert {(f[1], f[2]) for f in _read(sentence, {"SUPPLIES"})} == {("hindustan-aeronautics", "india")}


@pytest.mark.parametrize(
    ("sentence", "supplier"),
    [
        ("The U.S. on Friday announced a $400 million military aid package for Ukraine.", "united-states"),
        ("Canada announced a new security assistance package for Ukraine.", "canada"),
    ],
)
def test_a_state_announcing_a_military_aid_package_for_another_supplies_it(
    sentence: str, supplier: str
) -> None:
    assert {(f[1], f[2]) for f in _read(sentence, {"SUPPLIES"})} == {(supplier, "ukraine")}


def test_the_maker_of_an_arms_embargo_is_not_the_supplier_who_broke_it():
    facts = facts_of(
        "A UN report found that the United Arab Emirates (UAE) has violated the UN arms embargo on Libya "
        "by providing attack helicopters to the Libyan National Army."
    )
    assert {f["subject"] for f in facts if f["predicate"] == "SUPPLIES"} == {"united-arab-emirates"}


def test_a_conditional_supplier_the_gazetteer_lacks_is_not_the_threatening_state():
    facts = facts_of(
        "Russia threatened to arm other nations if the West provided Ukraine with long-range arms."
    )
    assert "russia" not in {f["subject"] for f in facts if f["predicate"] == "SUPPLIES"}


def test_being_well_equipped_with_arms_names_no_supplier():
    facts = facts_of(
        "Iran has smuggled arms to Hezbollah, Fox News reported.\n\n"
        "“They are sufficiently equipped with financial resources and arms,” the spokesman said."
    )
    assert len([f for f in facts if f["predicate"] == "SUPPLIES"]) == 1


def test_arms_of_a_states_make_that_a_group_is_equipped_with_are_that_states_supply():
    facts = facts_of("Hezbollah is equipped with Iranian missiles.")
    assert [(f["subject"], f["object"]) for f in facts if f["predicate"] == "SUPPLIES"] == [
        ("iran", "hezbollah")
    ]


def test_a_state_negotiating_a_delivery_is_its_supplier_and_the_delivery_only_possible():
    facts = facts_of(
        "Moscow has been secretly negotiating the delivery of anti-ship missiles to the Houthis, Reuters reported."
    )
    supplies = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert [(f["subject"], f["object"], f["stance"]) for f in supplies] == [
        ("russia", "houthis", "hypothetical")
    ]


def test_aiding_a_group_named_after_its_description_is_a_charge_of_supply():
    facts = facts_of("Iran denied charges that it is aiding the Lebanon-based Shiite group Hezbollah.")
    assert [(f["subject"], f["object"]) for f in facts if f["predicate"] == "SUPPLIES"] == [
        ("iran", "hezbollah")
    ]
    assert [f["subject"] for f in facts if f["predicate"] == "DENIES"] == ["iran"]


def test_arms_flown_from_one_state_to_another_were_supplied_by_the_first():
    facts = facts_of("It was reported that the six MiG-29 fighters had flown from Russia to Serbia.")
    assert [(f["subject"], f["object"]) for f in facts if f["predicate"] == "SUPPLIES"] == [
        ("russia", "serbia")
    ]


def test_the_state_confirming_a_delivery_after_the_noun_is_not_its_supplier():
    facts = facts_of(
        "Iran has sent ballistic missiles to Russia, the US said.\n\n"
        "The delivery of ballistic missiles, officially confirmed by the US on 10 September, marks closer ties."
    )
    supplies = [(f["subject"], f["object"]) for f in facts if f["predicate"] == "SUPPLIES"]
    assert supplies == [("iran", "russia")] * 2


def test_deterring_unnamed_countries_from_buying_russian_arms_names_no_buyer():
    facts = facts_of(
        "Washington has long tried to deter countries from buying military equipment from Russia."
    )
    assert not [f for f in facts if f["predicate"] == "SUPPLIES"]


def test_a_purchase_someone_tries_to_deter_is_only_possible():
    facts = facts_of("The US tried to deter India from buying S-400s from Russia.")
    supplies = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert [(f["subject"], f["object"], f["stance"]) for f in supplies] == [
        ("russia", "india", "hypothetical")
    ]


def test_goods_received_in_return_for_arms_send_the_arms_the_other_way():
    facts = facts_of(
        "Russia received 30 different commodities from Indonesia in return for the military equipment."
    )
    assert [(f["subject"], f["object"]) for f in facts if f["predicate"] == "SUPPLIES"] == [
        ("russia", "indonesia")
    ]


def test_money_and_arms_funnelled_to_rebels_are_a_supply_of_the_arms():
    facts = facts_of("Saudi Arabia has been funneling money and small arms to Syria's rebels.")
    assert [(f["subject"], f["object"]) for f in facts if f["predicate"] == "SUPPLIES"] == [
        ("saudi-arabia", "syrian-rebels")
    ]
    assert not [
        f for f in facts_of("Qatar handed over the money to the rebels.") if f["predicate"] == "SUPPLIES"
    ]


def test_a_policy_on_arms_exports_is_no_supply_to_the_party_named_before():
    facts = facts_of(
        "China sent rifles to Hamas, the IDF said.\n\nWu said that China has always adopted a responsible "
        "attitude to military exports, adhering to the principles of its arms export policy."
    )
    assert len([f for f in facts if f["predicate"] == "SUPPLIES"]) == 1


def test_arms_received_from_her_country_came_from_the_speakers_state():
    facts = facts_of(
        "Danish Prime Minister Mette Frederiksen confirmed that Ukraine has received six F-16s from her country."
    )
    assert [(f["subject"], f["object"]) for f in facts if f["predicate"] == "SUPPLIES"] == [
        ("denmark", "ukraine")
    ]


def test_furnishing_a_state_with_submarines_is_a_supply_and_one_slated_only_possible():
    facts = facts_of(
        "Germany has furnished Israel with three submarines.\n\nA fourth submarine is slated to be delivered to Israel in 2013."
    )
    supplies = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert [(f["subject"], f["object"], f["stance"]) for f in supplies] == [
        ("germany", "israel", "asserted"),
        ("germany", "israel", "hypothetical"),
    ]


def _supplies(text: str) -> list[tuple[str, str]]:
    return [(f["subject"], f["object"]) for f in facts_of(text) if f["predicate"] == "SUPPLIES"]


def test_data_a_state_provided_to_the_un_is_no_supply_to_the_un():
    text = "China sold rifles to Sudan in 2004, according to data Sudan provided to the United Nations."
    assert _supplies(text) == [("china", "sudan")]


def test_a_state_named_by_its_description_is_the_seller():
    text = "The United States bought 21 MiG-29 jets from the tiny former Soviet state of Moldova."
    assert _supplies(text) == [("moldova", "united-states")]


def test_a_ministry_that_signs_with_a_foreign_seller_does_not_supply_its_own_state():
    text = "The Defense Ministry of Uzbekistan and Rosoboronexport signed a contract for the supply of 12 Mi-35s."
    assert _supplies(text) == [("rosoboronexport", "uzbekistan")]


def test_this_country_is_the_country_named_before():
    text = "Saudi Arabia is a large buyer of arms.\n\nGermany has been exporting weapons to this country."
    assert _supplies(text) == [("germany", "saudi-arabia")]


def test_states_listed_in_brackets_before_as_well_as_each_supply():
    text = "EU countries (Germany, France, Italy) as well as the US are exporting weapons to Saudi Arabia."
    assert {s for s, _ in _supplies(text)} == {"germany", "france", "italy", "united-states"}


def test_an_abbreviation_in_brackets_before_a_comma_lists_no_supplier():
    text = "According to a report of the Stockholm Institute (SIPRI), China is the largest arms supplier to Pakistan."
    assert _supplies(text) == [("china", "pakistan")]


def test_weapons_sent_to_palestinian_militants_in_gaza_go_to_the_gaza_militants():
    assert _supplies("Israel seized weapons sent by Iran to Palestinian militants in Gaza.") == [
        ("iran", "gaza-militants")
    ]


def test_armed_groups_in_a_state_are_that_states_armed_groups():
    assert _supplies("China is supplying weapons to armed groups in Myanmar.") == [
        ("china", "myanmar-armed-groups")
    ]


def test_arms_from_manufacturers_in_a_state_come_from_that_state():
    assert _supplies("The LTTE gets arms from manufacturers in China.") == [("china", "ltte")]


def test_a_state_never_supplies_its_own_air_force():
    text = "Indonesia's defence ministry confirmed the jets were handed over to the Indonesian Air Force."
    assert ("indonesia", "indonesia-air-force") not in _supplies(text)


def test_somalias_transitional_federal_government_is_named_by_its_initials():
    assert _supplies("Ethiopia sent arms to the TFG.") == [("ethiopia", "transitional-federal-government")]


def test_arms_a_states_military_grade_found_with_cartels_came_from_that_state():
    text = "US military-grade weapons are increasingly being found in the hands of Mexican drug cartels."
    assert _supplies(text) == [("united-states", "mexican-drug-cartels")]


@pytest.mark.parametrize(
    "text",
    [
        "The Philippines will purchase 16 Russian military transport helicopters.",
        "The Philippines bought Russian military equipment.",
    ],
)
def test_arms_named_with_a_states_military_come_from_that_state(text: str):
    assert _supplies(text) == [("russia", "philippines")]


def test_whose_arms_are_exported_is_the_exporter_not_the_recipient():
    text = "The Polish State Armament Agency agreed on a framework to export Hanwha Aerospace's 672 units of K9 howitzers."
    assert _supplies(text) == [("hanwha-aerospace", "poland")]


def test_a_recipients_military_named_with_its_state_still_receives():
    assert _supplies("Iran supplied Russia's military with drones.") == [("iran", "russia")]


def test_a_states_military_named_as_the_sender_is_the_state_sending():
    assert _supplies("The Russian military sent rifles to Mexico.") == [("russia", "mexico")]


@pytest.mark.parametrize(
    "text",
    [
        "Spain will go ahead with the delivery of 400 bombs to Saudi Arabia.",
        "Spain will proceed with the sale of 400 bombs to Saudi Arabia.",
    ],
)
def test_going_ahead_with_a_delivery_is_the_subjects_supply(text):
    assert _supplies(text) == [("spain", "saudi-arabia")]


@pytest.mark.parametrize(
    "text",
    [
        "Spain made another shipment of bombs to Saudi Arabia.",
        "Spain carried out the delivery of 400 bombs to Saudi Arabia.",
    ],
)
def test_making_a_shipment_is_the_subjects_supply(text):
    assert _supplies(text) == [("spain", "saudi-arabia")]


def test_making_a_request_for_a_delivery_is_no_supply_by_the_one_asking():
    assert ("saudi-arabia", "spain") not in _supplies(
        "Saudi Arabia made a request for the delivery of bombs to Spain."
    )


def test_a_state_reporting_a_delivery_of_arms_it_names_no_maker_for_delivers_them():
    text = "The Czech Republic reported a successful delivery of ammunition to Ukraine."
    assert _supplies(text) == [("czechia", "ukraine")]


def test_a_state_reporting_a_delivery_of_another_states_arms_does_not_deliver_them():
    assert _supplies("China reported the delivery of US weapons to Taiwan.") == [("united-states", "taiwan")]


def test_the_vehicles_after_a_tank_named_alone_are_that_tank():
    facts = facts_of(
        "Britain will send Challenger 2 tanks to Ukraine.\n\nThe UK promised 14 of the vehicles to Ukraine."
    )
    assert [f.get("weapons") for f in facts if f["predicate"] == "SUPPLIES"][-1] == ["challenger-2"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Indonesia may be hit by US sanctions for buying weapons from Moscow.", ("russia", "indonesia")),
        ("The US imposed sanctions on Turkey for buying the S-400 from Russia.", ("russia", "turkey")),
        (
            "Turkey faced US sanctions for purchasing the S-400 system and was removed from Washington's F-35 "
            "program.",
            ("russia", "turkey"),
        ),
    ],
)
def test_the_buyer_sanctioned_for_a_purchase_is_the_one_the_sanctions_hit(text, pair):
    assert _supplies(text) == [pair]


def test_sanctions_on_unnamed_buyers_name_no_buyer():
    assert _supplies("Washington can impose sanctions on nations buying arms from Russia.") == []


def test_a_response_to_an_aggressor_names_no_recipient():
    text = "Australia is gifting 20 Bushmasters to aid Ukraine's response to Russia's aggression."
    assert ("australia", "russia") not in _supplies(text)


def test_bushmasters_donated_by_australia_are_a_supply_of_bushmasters():
    facts = facts_of("20 Bushmasters donated by Australia to Ukraine have departed.")
    assert [(f["subject"], f["object"], f["weapons"]) for f in facts if f["predicate"] == "SUPPLIES"] == [
        ("australia", "ukraine", ["bushmaster"])
    ]


def test_a_state_in_neighbouring_place_is_where_not_who():
    text = "Iran is waging a covert campaign in neighbouring Afghanistan by providing arms to Taliban insurgents."
    assert _supplies(text) == [("iran", "taliban")]


def test_a_state_named_in_the_suppliers_apposition_supplies_nothing():
    facts = facts_of(
        "France, the third biggest exporter after the US, has delivered 24 Rafale jets to Egypt."
    )
    assert pairs(facts, "SUPPLIES") == {("france", "egypt")}


def test_troops_sent_into_a_country_are_no_supply_of_arms():
    facts = facts_of("Iran sold drones to Russia. Russia sent its troops into Ukraine in February.")
    assert pairs(facts, "SUPPLIES") == {("iran", "russia")}


def test_troops_sent_with_weapons_still_supply_the_weapons():
    facts = facts_of("Russia sent troops and tanks to Syria.")
    assert pairs(facts, "SUPPLIES") == {("russia", "syria")}


def test_a_request_or_letter_sent_about_arms_is_no_supply_to_whom_it_is_sent():
    facts = facts_of(
        "Warsaw has sent a formal request to Berlin to allow the transfer of its Leopard 2 tanks."
    )
    assert ("poland", "germany") not in pairs(facts, "SUPPLIES")


def test_a_shipment_sent_is_still_a_supply():
    facts = facts_of("Iran sent a shipment of drones to Russia.")
    assert pairs(facts, "SUPPLIES") == {("iran", "russia")}


def test_the_source_after_according_to_is_never_a_recipient():
    facts = facts_of(
        "The UAE supports east Libya-based forces led by Khalifa Haftar, supplying Chinese-made Wing Loong "
        "drones that gave an aerial advantage over less powerful Turkish drones used by their rivals, "
        "according to UN experts, diplomats and analysts."
    )
    assert not {o for _, o in pairs(facts, "SUPPLIES")} & {"un-panel-of-experts-on-libya", "united-nations"}


def test_a_backer_named_in_a_recipients_description_receives_nothing():
    facts = facts_of("The US sent rifles to Somalia's UN-backed transitional government.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "somalia")}
    assert not pairs(facts_of("Qatar sent rifles to the Turkish-backed rebels."), "SUPPLIES") & {
        ("qatar", "turkey")
    }


def test_a_group_named_after_its_states_description_is_the_group():
    facts = facts_of("Syria kept supplying Lebanon's militant Hezbollah group with missiles.")
    assert pairs(facts, "SUPPLIES") == {("syria", "hezbollah")}


def test_a_sentence_whose_supply_is_read_borrows_no_supplier_from_later_ones():
    facts = facts_of(
        "According to the UN Register of Conventional Arms sales, Turkey sold 20 armored units to Chad. "
        "The country recently acquired 30 tanks from China."
    )
    first = {(f["subject"], f["object"]) for f in only(facts, "SUPPLIES") if "Register" in f["quote"]}
    assert first == {("turkey", "chad")}


@pytest.mark.parametrize("adjective", ["Swiss", "French", "Dutch", "German"])
def test_a_states_adjective_before_the_arms_names_their_maker_not_their_recipient(adjective):
    facts = facts_of(f"Denmark sent {adjective} tanks to Ukraine.")
    assert pairs(facts, "SUPPLIES") == {("denmark", "ukraine")}


def test_every_buyer_listed_before_a_purchase_receives():
    facts = facts_of("Estonia and Latvia bought IRIS-T air defence systems from Germany.")
    assert pairs(facts, "SUPPLIES") == {("germany", "estonia"), ("germany", "latvia")}


def test_a_party_that_only_names_what_members_are_is_no_recipient():
    facts = facts_of(
        "In May, Poland became the first European Union and NATO member state to acquire drones from Turkey."
    )
    assert pairs(facts, "SUPPLIES") == {("turkey", "poland")}


def test_it_after_an_accuser_alleged_is_the_accused_named_before():
    facts = facts_of(
        "Washington imposed sanctions on Norinco after the United States alleged it had supplied missile parts to Iran."
    )
    assert pairs(facts, "SUPPLIES") == {("norinco", "iran")}


def test_the_state_warned_it_could_face_sanctions_over_a_purchase_is_the_buyer():
    facts = facts_of(
        "The United States has warned Egypt that it could face sanctions over a contract to buy Su-35 jets from Russia."
    )
    assert pairs(facts, "SUPPLIES") == {("russia", "egypt")}
    assert pairs(facts, "WARNS") == {("united-states", "egypt")}


def test_a_second_suppliers_arms_are_not_the_firsts():
    facts = facts_of("Lithuania sent Stingers to Ukraine and Estonia sent Javelins.")
    assert {(f["subject"], tuple(f["weapons"])) for f in only(facts, "SUPPLIES")} == {
        ("lithuania", ("stinger",)),
        ("estonia", ("javelin",)),
    }


def test_bringing_charges_or_totals_is_no_supply():
    assert not only(facts_of("Russia brought charges against Ukraine over the tanks."), "SUPPLIES")


def test_a_comma_and_a_new_clause_end_the_list_of_recipients():
    facts = facts_of("Russia sent jets to Iran, and Syria received tanks from Belarus.")
    assert ("russia", "syria") not in pairs(facts, "SUPPLIES")
    assert {tuple(f["weapons"]) for f in only(facts, "SUPPLIES") if f["subject"] == "russia"} == {
        ("combat-aircraft",)
    }


def test_the_subject_before_a_relative_clause_is_the_buyer_not_a_party_of_the_clause():
    assert pairs(facts_of("Armenia, where Russia keeps a base, bought Su-30s from Moscow."), "SUPPLIES") == {
        ("russia", "armenia")
    }
    facts = facts_of(
        "Venezuela, where President Hugo Chavez heads a strongly anti-American government, received at "
        "least 1,800 of the SA-24 shoulder-fired missiles from Russia."
    )
    assert pairs(facts, "SUPPLIES") == {("russia", "venezuela")}


def test_an_anti_adjective_names_no_party():
    facts = facts_of("Venezuela, which has an anti-American government, received missiles from Russia.")
    assert pairs(facts, "SUPPLIES") == {("russia", "venezuela")}


def test_defence_exports_are_arms():
    facts = facts_of("Germany approved defence exports worth 485 million euros to Israel.")
    assert pairs(facts, "SUPPLIES") == {("germany", "israel")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Navantia will supply oil-rich Saudi Arabia with five navy ships.",
        "Russia sent attack drones to war-torn Sudan.",
    ],
)
def test_a_recipient_after_a_hyphenated_adjective_is_the_recipient(sentence):
    assert len(pairs(facts_of(sentence), "SUPPLIES")) == 1


def test_typhoon_fighters_bought_from_a_state_are_its_supply():
    facts = facts_of("Qatar has signed a deal to buy 24 Typhoon fighters from the United Kingdom.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"]) == ("united-kingdom", "qatar")
    assert supply["weapons"] == ["eurofighter-typhoon"]


def test_a_speaker_named_after_a_supply_by_others_is_not_its_supplier():
    facts = facts_of(
        "Factories are operating at full capacity to supply weapons to Russia, South Korea's defence chief said."
    )
    assert ("south-korea", "russia") not in pairs(facts, "SUPPLIES")


def test_a_speaker_named_after_denying_a_supply_denies_their_states():
    facts = facts_of(
        "The rebels in Libya have asked Italy for weapons. “There has been no agreement to supply them "
        "with weapons,” Italy's foreign minister said."
    )
    (denial,) = only(facts, "DENIES")
    denied = next(f for f in facts if f["id"] == denial["claim"])
    assert (denied["subject"], denied["object"], denied["stance"]) == ("italy", "libyan-rebels", "reported")


def test_a_list_of_recipients_may_name_one_with_the():
    facts = facts_of("Belarus exported tanks to Iran, Sudan, the Ivory Coast and Algeria.")
    assert {o for _, o in pairs(facts, "SUPPLIES")} == {"iran", "sudan", "cote-d-ivoire", "algeria"}


@pytest.mark.parametrize(
    "kind",
    [
        "countries including",
        "countries such as",
        "customers like",
        "foreign countries, including",
        "more than 30 countries including",
        "several countries such as the",
        "outside buyers, including",
    ],
)
def test_recipients_listed_after_their_kind_each_receive(kind):
    facts = facts_of(f"Iran has sold drones to {kind} Russia, Venezuela and Ethiopia.")
    assert pairs(facts, "SUPPLIES") == {("iran", "russia"), ("iran", "venezuela"), ("iran", "ethiopia")}


def test_suppliers_listed_after_their_kind_each_supply_the_arms_held():
    facts = facts_of("Egypt operates tanks from several countries, including the United States and Russia.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "egypt"), ("russia", "egypt")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine will receive 60 F-16 jets from Norway, Denmark, the Netherlands and Belgium.",
        "Ukraine bought F-16 jets from Norway and from the Netherlands.",
    ],
)
def test_a_list_of_sellers_may_name_one_with_the(sentence):
    assert ("netherlands", "ukraine") in pairs(facts_of(sentence), "SUPPLIES")


@pytest.mark.parametrize(
    ("sentence", "supplier"),
    [
        ("Chinese military shipments to Iran continued.", "china"),
        ("Russian military supplies to Syria increased.", "russia"),
    ],
)
def test_a_states_military_shipments_are_the_states_supply(sentence, supplier):
    assert {s for s, _ in pairs(facts_of(sentence), "SUPPLIES")} == {supplier}


def test_arms_of_an_era_sold_by_a_state_are_that_states_supply_alone():
    facts = facts_of("Kazakhstan sold dozens of retired Soviet-era warplanes to the US.")
    assert pairs(facts, "SUPPLIES") == {("kazakhstan", "united-states")}


def test_a_count_between_the_recipient_and_the_arms_is_no_origin():
    facts = facts_of("Russia has so far supplied to Myanmar 30 MiG-29 planes.")
    assert pairs(facts, "SUPPLIES") == {("russia", "myanmar")}


def test_a_model_name_with_a_number_keeps_its_origin():
    facts = facts_of("The planes were Israeli made Hermes 450 drones, which Georgia bought in 2007.")
    assert pairs(facts, "SUPPLIES") == {("israel", "georgia")}


def test_arms_made_in_a_state_and_supplied_are_that_states_supply():
    facts = facts_of("Russian-made arms were supplied to Hezbollah, the newspaper said.")
    assert pairs(facts, "SUPPLIES") == {("russia", "hezbollah")}


def test_arms_delivered_to_a_leaders_regime_go_to_his_state():
    facts = facts_of("Moscow has delivered missiles to the regime of Syrian President Bashar Assad.")
    assert pairs(facts, "SUPPLIES") == {("russia", "syria")}


def test_a_state_equipping_an_array_of_rebels_arms_them():
    facts = facts_of(
        "Turkey has equipped an array of mainstream Syrian rebels with fresh supplies of weaponry."
    )
    assert pairs(facts, "SUPPLIES") == {("turkey", "syrian-rebels")}


def test_a_states_adjective_before_a_deal_to_buy_names_the_buyer():
    facts = facts_of("A Croatian deal to buy 12 used F-16 jets from Israel could be in jeopardy.")
    assert pairs(facts, "SUPPLIES") == {("israel", "croatia")}


def test_an_embargo_named_with_a_bodys_adjective_is_no_party():
    facts = facts_of("Iran violated a United Nations arms embargo by sending drones to Russia.")
    assert pairs(facts, "SUPPLIES") == {("iran", "russia")}


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Iran is negotiating with North Korea to buy missiles.", ("north-korea", "iran")),
        ("Belarus is in negotiations with Tehran over the sale of S-300PT systems.", ("belarus", "iran")),
        (
            "Russia was negotiating with the Houthis for the transfer of Yakhont missiles.",
            ("russia", "houthis"),
        ),
    ],
)
def test_talks_with_a_partner_about_a_sale_or_a_purchase_name_the_other_party(sentence, pair):
    facts = facts_of(sentence)
    assert pairs(facts, "SUPPLIES") == {pair}
    assert {f["stance"] for f in facts if f["predicate"] == "SUPPLIES"} == {"hypothetical"}


def test_a_deal_for_a_delivery_keeps_the_makers_state_the_seller():
    facts = facts_of("Greece signed a deal with France for the delivery of 24 Rafale jets.")
    assert pairs(facts, "SUPPLIES") == {("france", "greece")}


def test_a_states_decision_to_supply_is_its_own_even_after_of():
    facts = facts_of(
        "Azerbaijan requested a reconsideration of India's decision to supply lethal weapons to Armenia."
    )
    assert pairs(facts, "SUPPLIES") == {("india", "armenia")}


def test_a_headline_that_ends_on_an_order_without_a_full_stop_is_read():
    text = "The Bayraktar drones are made by a company in Turkey.\nDanish Govt. Recommends F-35s for Combat Jet Order"
    assert pairs(facts_of(text), "SUPPLIES") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "London's High Court has ruled that Britain's multi-billion-pound arms sales to Saudi Arabia are lawful.",
        "Britain's $2 billion arms sales to Saudi Arabia are lawful.",
        "Britain's lucrative arms sales to Saudi Arabia are lawful.",
    ],
)
def test_a_sum_or_an_adjective_between_a_possessor_and_its_arms_sales_leaves_it_the_seller(
    sentence: str,
) -> None:
    assert pairs(facts_of(sentence), "SUPPLIES") == {("united-kingdom", "saudi-arabia")}
