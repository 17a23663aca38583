"""Who acts and speaks: bodies without their state, speakers after the verb, titles, groups, "them"."""

from __future__ import annotations

import pytest

from graph.gazetteer import Gazetteer
from loaders.extract import extract_text
from loaders.extract.mentions import Recognizer

from .extracted import facts_of, only, pairs


def sources(facts: list[dict]) -> set[str]:
    """Everyone a fact is attributed to."""
    return {s for f in facts for s in f.get("attributed_to", [])}


def actors(text: str) -> list[str]:
    """The ids of the actors the recogniser finds in ``text``, in order."""
    sentences, _ = Recognizer(Gazetteer.default()).read([text])
    return [m.entity for s in sentences for m in s.mentions if m.role == "actor"]


def test_a_ministry_named_without_its_state_is_of_the_state_it_speaks_from():
    facts = facts_of(
        "In Madrid, a Defence Ministry spokesman said Spain had sent ten Leopard tanks to Ukraine."
    )
    assert sources(only(facts, "SUPPLIES")) == {"spain-defence-ministry"}
    assert ("spain-defence-ministry", "spain") in pairs(facts, "PART_OF")


def test_a_spokesperson_of_a_ministry_without_its_state_belongs_to_the_ministry_of_the_city_named():
    text = "“We have no knowledge of the cargo,” Foreign Ministry spokesperson Leila Farahani told a news conference in Tehran."
    assert ("leila-farahani", "iran-foreign-ministry") in pairs(facts_of(text), "MEMBER_OF")


def test_a_ministry_named_without_its_state_is_of_the_dateline_state():
    text = "WARSAW, May 3 (PAP) - Poland has received 24 howitzers from South Korea, the Defence Ministry said on Friday."
    assert sources(facts_of(text)) == {"poland-defence-ministry"}


def test_a_ministry_named_without_its_state_is_of_the_state_the_article_is_about():
    text = (
        "Greece will buy Rafale jets from France. Greece has received six Rafale jets, the Defence Ministry "
        "announced. Greece and France signed the deal in Athens."
    )
    assert "greece-defence-ministry" in sources(facts_of(text))


def test_a_council_named_without_a_state_gets_none_by_guess():
    text = "Chad has received rifles from Russia. We thank the brothers in the National Council, he said."
    assert "national-council" in actors(text)


def test_a_speaker_named_after_said_is_a_person_who_speaks():
    facts = facts_of("“Turkey has sent drones to Libya,” said Omar Haddad Mansour, a commander in Tripoli.")
    assert sources(only(facts, "SUPPLIES")) == {"omar-haddad-mansour"}


def test_the_country_s_minister_is_of_the_country_named_before_not_of_one_named_after():
    text = (
        "The Chadian army is short of ammunition, the country's defence minister Idriss Mahamat said, "
        "adding that Russia had delivered shells to Chad."
    )
    assert ("idriss-mahamat", "chad-defence-ministry") in pairs(facts_of(text), "MEMBER_OF")


def test_a_state_before_based_is_where_a_body_sits_not_who_speaks():
    facts = facts_of(
        "Weapons were sent to the Houthis by Iran, according to the Bahrain-based US Fifth Fleet."
    )
    assert sources(facts) == {"united-states-fifth-fleet"}


def test_them_after_a_group_is_named_is_that_group():
    facts = facts_of("Rebels in Mali asked for arms. Algeria will give them rifles.")
    assert pairs(facts, "SUPPLIES") == {("algeria", "malian-rebels")}


def test_them_after_the_arms_are_named_is_the_arms_not_a_recipient():
    text = "Syrian rebels need arms. “We do not have any spare rifles to give them to anybody,” the minister added."
    assert not only(facts_of(text), "SUPPLIES")


def test_rebel_forces_in_a_state_are_that_state_s_rebels():
    assert "libyan-rebels" in actors("The head of the rebel forces in eastern Libya spoke to reporters.")


def test_an_opponent_of_a_titled_leader_is_the_one_who_denies_not_the_leader():
    text = (
        "Jordan is a critic of Syrian President Bashar al-Assad and has backed the Syrian rebels, "
        "but has always denied arming them."
    )
    denials = only(facts_of(text), "DENIES")
    assert [f["subject"] for f in denials] == ["jordan"]


def test_the_administration_of_a_titled_leader_still_acts_for_his_state():
    text = "The administration of US President Joe Biden has approved the sale of 40 F-16 jets to Turkey."
    assert pairs(facts_of(text), "SUPPLIES") == {("united-states", "turkey")}


def test_navies_fleets_and_ministries_of_arms_trading_states_are_known_bodies():
    gaz = Gazetteer.default()
    for name, entity in [
        ("British navy", "united-kingdom-navy"),
        ("5th Fleet", "united-states-fifth-fleet"),
        ("Azerbaijani Defense Ministry", "azerbaijan-defence-ministry"),
        ("Ukrainian Air Force", "ukraine-air-force"),
        ("Italian Foreign Ministry", "italy-foreign-ministry"),
        ("Tasnim", "tasnim-news-agency"),
        ("National Security Council", "white-house-national-security-council"),
        ("UN Register of Conventional Arms", "un-register-of-conventional-arms"),
        ("Polish State Armament Agency", "poland-armament-agency"),
        ("Australian Department of Defence", "australia-defence-department"),
        ("Anatolia news agency", "anadolu-agency"),
        ("Aljazeera", "al-jazeera"),
        ("Uganda People's Defence Force", "uganda-armed-forces"),
        ("UPDF", "uganda-armed-forces"),
        ("Senate Foreign Relations Committee", "us-senate-foreign-relations-committee"),
        ("National Security and Defense Council", "ukraine-national-security-and-defense-council"),
        ("Southern Command", "us-southern-command"),
        ("Zimbabwe Defence Forces", "zimbabwe-defence-forces"),
        ("Israel Aircraft Industries", "israeli-aerospace-industries"),
        ("FSMTC", "federal-service-for-military-technical-cooperation"),
        ("Australian Defence Force", "australia-armed-forces"),
    ]:
        assert [e.id for e in gaz.find(name)] == [entity], name
    assert gaz["united-kingdom-navy"].country == "united-kingdom"


def test_a_body_named_as_another_state_s_is_none_of_the_gazetteer_s_bodies_of_that_name():
    facts = facts_of("Germany's national security council has approved the export of arms to Qatar.")
    assert pairs(facts, "SUPPLIES") == {("germany", "qatar")}


def test_a_body_named_with_its_own_state_is_still_the_gazetteer_s():
    facts = facts_of("The US National Security Council said Iran sent drones to Russia.")
    (supply,) = [f for f in facts if f["predicate"] == "SUPPLIES"]
    assert supply["attributed_to"] == ["white-house-national-security-council"]


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        (
            "The Ministry of National Defense said Taiwan will buy drones from the United States.",
            "taiwan-defence-ministry",
        ),
        (
            "The Algerian Ministry of National Defence said Algeria had received drones from China.",
            "algeria-defence-ministry",
        ),
    ],
)
def test_a_ministry_of_national_defence_is_its_state_s_defence_ministry(text, ministry):
    assert ministry in {s for f in facts_of(text) for s in f.get("attributed_to", [])}


def test_the_gulf_states_named_together_are_one_recipient():
    facts = facts_of("Tehran slammed the US plans to sell Patriot missiles to the Gulf states.")
    assert pairs(facts, "SUPPLIES") == {("united-states", "gulf-states")}


def test_a_known_company_named_with_its_state_is_part_of_that_state():
    facts = facts_of("Israeli Aerospace Industries will supply Greece with drones.")
    assert ("israeli-aerospace-industries", "israel") in pairs(facts, "PART_OF")


def test_an_outlet_named_after_its_own_state_is_no_body_of_that_state():
    doc = extract_text("“Drones were sent to Chad,” France 24 reported, citing officials.", article_id="t")
    assert not [f for f in doc.facts if f.predicate.value == "PART_OF"]


def test_a_ministry_without_its_state_is_of_the_state_the_lede_opens_with():
    text = (
        "Germany has halted new arms exports to Israel. In 2023, Germany approved arms exports worth "
        "300 million euros to Israel, according to Economy Ministry data. Israel said it regretted it."
    )
    assert "germany-economy-ministry" in sources(facts_of(text))


def test_a_dateline_with_a_dash_gives_the_state_of_an_unnamed_body():
    text = "MINSK - Ukraine has been sending rifles to rebels in Belarus, the State Security Committee said."
    assert sources(facts_of(text)) == {"belarus-state-security-committee"}


def test_the_company_is_the_company_named_last():
    text = (
        "Dassault Aviation will deliver 26 Rafale jets to India. "
        "Dassault will deliver the jets to India by 2030, the company said."
    )
    assert sources(only(facts_of(text), "SUPPLIES")) == {"dassault-aviation"}


def test_a_state_s_embassy_in_lower_case_is_that_state_s_body_named_by_its_host():
    facts = facts_of("Turkey's embassy in Addis Ababa said Turkey had not sent drones to Ethiopia.")
    assert [f["subject"] for f in only(facts, "DENIES")] == ["turkey-embassy-ethiopia"]
    assert ("turkey-embassy-ethiopia", "turkey") in pairs(facts, "PART_OF")


def test_a_state_s_body_named_in_lower_case_is_named_with_the_state_s_name():
    doc = extract_text(
        "Saudi Arabia's air force received 22 Hawk jets. "
        "Russia's embassy in Washington said Russia had not sent arms to Kosovo.",
        article_id="x",
        title="",
    )
    names = {e.id: e.name for e in doc.entities}
    assert names["saudi-arabia-air-force"] == "Air Force of Saudi Arabia"
    assert names["russia-embassy-united-states"] == "Embassy of Russia in United States"


def test_an_embassy_named_with_its_host_keeps_that_name_when_named_again():
    facts = facts_of(
        "China's embassy in Rangoon has rejected allegations that China sent weapons to the United Wa "
        "State Army.\n\nThe embassy said the report was false."
    )
    assert {f["subject"] for f in only(facts, "DENIES")} == {"china-embassy-myanmar"}
    assert {f["object"] for f in only(facts, "SUPPLIES")} == {"united-wa-state-army"}


def test_the_secretary_of_the_country_s_security_council_is_of_that_state_s_council():
    text = (
        "Armenia is short of arms. The secretary of the country's Security Council, Armen Petrosyan, "
        "said Russia had sent arms to Armenia."
    )
    facts = facts_of(text)
    assert ("armen-petrosyan", "armenia-security-council") in pairs(facts, "MEMBER_OF")
    assert sources(only(facts, "SUPPLIES")) == {"armen-petrosyan"}


def test_we_in_the_words_of_an_armed_group_s_commander_is_the_group():
    facts = facts_of(
        "“We have not received any weapons from Italy,” said Abdel Fattah Younes, the commander of the Libyan rebels."
    )
    assert pairs(facts, "SUPPLIES") == {("italy", "libyan-rebels")}
    assert [f["subject"] for f in only(facts, "DENIES")] == ["abdel-fattah-younes"]


def test_ukrainian_intelligence_is_the_military_intelligence_agency():
    text = "According to Ukrainian intelligence, Russia has trained North Korean troops."
    assert "hur" in actors(text)


def test_a_rank_after_a_post_is_part_of_the_title():
    text = "Colombian rebels have received rifles from Venezuela, Colombia's army commander General Luis Ospina said."
    assert ("luis-ospina", "colombia-armed-forces") in pairs(facts_of(text), "MEMBER_OF")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Iranian Navy commander Rear Admiral Ali Fadavi said Iran had not supplied missiles to Russia.",
            "ali-fadavi",
            "iran-navy",
        ),
        (
            "Ethiopia army chief Field Marshal Berhanu Jula said Turkey supplied drones to Ethiopia.",
            "berhanu-jula",
            "ethiopia-armed-forces",
        ),
        (
            "A Polish defense ministry spokesman, Lieutenant Colonel Jacek Sonta, said Poland had sent "
            "no arms to Russia.",
            "jacek-sonta",
            "poland-defence-ministry",
        ),
    ],
)
def test_a_compound_rank_is_part_of_the_title_not_of_the_name(text: str, person: str, body: str):
    assert (person, body) in pairs(facts_of(text), "MEMBER_OF")


def test_a_rank_alone_before_a_name_is_no_part_of_the_name():
    text = "Air Chief Marshal Zaheer Ahmed Babar Sidhu said China delivered J-10C jets to Pakistan."
    assert sources(facts_of(text)) == {"zaheer-ahmed-babar-sidhu"}


def test_the_defence_ministry_in_lower_case_without_a_state_is_the_dateline_state_s():
    text = "KYIV, May 2 (Reuters) - Ukraine has received 40 Leopard tanks from Germany, the defence ministry said."
    assert sources(facts_of(text)) == {"ukraine-defence-ministry"}


def test_the_air_force_without_a_state_is_the_dateline_state_s():
    text = "KYIV, May 2 (Reuters) - Russia fired 30 Iranian-made drones at Ukraine overnight, the air force said."
    assert sources(facts_of(text)) == {"ukraine-air-force"}


def test_the_defence_ministry_named_again_is_the_one_named_before():
    text = (
        "Russia's defence ministry said Iran had sent drones. "
        "Russia has received 40 drones from Iran, the defence ministry added."
    )
    assert sources(facts_of(text)) == {"russia-defence-ministry"}


def test_a_military_spokesman_with_no_state_speaks_for_the_article_s_state_forces():
    text = "Egypt has received 12 Rafale jets from France, military spokesman Col. Gharib Abdel Hafez said."
    facts = facts_of(text)
    assert ("gharib-abdel-hafez", "egypt-armed-forces") in pairs(facts, "MEMBER_OF")
    assert only(facts, "SUPPLIES")[0]["stance"] == "confirmed"


def test_russian_state_media_is_no_named_source():
    (supply,) = only(
        facts_of("Russian state media reported that Iran had sent drones to Russia."), "SUPPLIES"
    )
    assert supply["stance"] == "reported"
    assert not supply.get("attributed_to")


def test_a_committee_of_a_state_s_parliament_is_a_body_of_that_parliament():
    text = (
        "The head of the Russian parliament's defence committee, Andrei Kartapolov, "
        "said Russia had received drones from Iran."
    )
    facts = facts_of(text)
    assert ("andrei-kartapolov", "russia-parliament-defence-committee") in pairs(facts, "MEMBER_OF")
    assert ("russia-parliament-defence-committee", "russia-parliament") in pairs(facts, "PART_OF")


def test_a_chair_named_after_said_belongs_to_the_committee():
    text = (
        "“Ukraine has received F-16 jets from Denmark,” said Oleksandr Merezhko, "
        "chair of the Ukrainian parliament's foreign affairs committee."
    )
    assert ("oleksandr-merezhko", "ukraine-parliament-foreign-affairs-committee") in pairs(
        facts_of(text), "MEMBER_OF"
    )


def test_a_state_s_un_ambassador_belongs_to_its_mission_not_to_the_un():
    facts = facts_of("Russia's UN envoy Vasily Nebenzya said Russia had not received missiles from Iran.")
    assert pairs(facts, "MEMBER_OF") == {("vasily-nebenzya", "russia-mission-to-the-un")}


def test_a_body_owned_by_another_is_the_body_a_title_names():
    text = (
        "Drones were sent to Russia, said Amir Rezaei, a member of the Parliament's National Security "
        "and Foreign Policy Committee."
    )
    assert ("amir-rezaei", "iran-parliament-national-security-committee") in pairs(
        facts_of(text), "MEMBER_OF"
    )


def test_a_state_s_body_named_by_a_metonym_is_the_known_body_of_that_name():
    text = "Russia fired Iranian drones, said John Kirby, the spokesman for the White House's National Security Council."
    assert ("john-kirby", "white-house-national-security-council") in pairs(facts_of(text), "MEMBER_OF")


def test_a_minister_s_title_names_the_department_the_gazetteer_gives_his_state():
    text = "Australian Defence Minister Richard Marles said Australia had sent tanks to Ukraine."
    assert pairs(facts_of(text), "MEMBER_OF") == {("richard-marles", "australia-defence-department")}


def test_a_state_s_paramilitaries_are_the_one_armed_group_the_gazetteer_calls_so():
    text = "Sudan accused the UAE of supplying drones to Sudanese paramilitary forces."
    assert pairs(facts_of(text), "SUPPLIES") == {("united-arab-emirates", "rsf")}


def test_rebels_of_a_state_with_two_known_rebel_groups_stay_a_group_of_their_own():
    assert "colombian-rebels" in actors("Venezuela armed Colombian rebels, officials said.")


def test_the_junta_chief_is_the_person_not_the_state():
    text = "Min Aung Hlaing thanked Russia for the jets. “They will be delivered soon,” said the junta chief."
    sentences, _ = Recognizer(Gazetteer.default()).read(
        ["Myanmar's junta bought jets.", *text.split(". ", 1)]
    )
    assert [m.entity for m in sentences[-1].mentions] == ["min-aung-hlaing"]


def test_a_speaker_after_said_is_read_when_the_closing_quote_is_misprinted():
    text = "“Iran has sent drones to Sudan,“ said Omar Khalidi, a Sudanese army spokesman."
    assert sources(only(facts_of(text), "SUPPLIES")) == {"omar-khalidi"}


def test_a_deputy_commander_of_a_state_s_named_headquarters_belongs_to_it():
    text = (
        "Deputy Commander of Iran's Khatam Al-Anbiya Central Headquarters Fazlollah Nozari said "
        "Iran had not sent missiles to Russia."
    )
    facts = facts_of(text)
    assert ("fazlollah-nozari", "khatam-al-anbiya-central-headquarters") in pairs(facts, "MEMBER_OF")
    assert [f["subject"] for f in only(facts, "DENIES")] == ["fazlollah-nozari"]


def test_an_assistant_minister_denying_in_his_own_words_is_the_denier():
    text = (
        "“Qatar strongly rejects the claim that it supplies weapons to Sudan,” said Nasser Al-Thani, "
        "Qatar's assistant minister for security affairs."
    )
    assert [f["subject"] for f in only(facts_of(text), "DENIES")] == ["nasser-al-thani"]


def test_an_unnamed_spokesperson_for_a_body_denies_for_that_body():
    facts = facts_of(
        "A spokesperson for the Russian embassy in Washington denied that Russia had sent missiles to Iran."
    )
    assert [f["subject"] for f in only(facts, "DENIES")] == ["russia-embassy-united-states"]
    assert only(facts, "SUPPLIES")[0]["stance"] != "asserted"


def test_an_official_at_a_body_speaks_for_it():
    facts = facts_of("A senior official at the Pentagon said Iran had sent drones to Russia.")
    assert sources(only(facts, "SUPPLIES")) == {"us-defense-department"}


def test_a_spokesman_for_a_body_named_after_it_is_the_one_who_speaks():
    text = (
        "A spokesman for the Iranian Foreign Ministry, Ali Rezaei, said Iran had not sent drones to Russia."
    )
    facts = facts_of(text)
    assert [f["subject"] for f in only(facts, "DENIES")] == ["ali-rezaei"]
    assert ("ali-rezaei", "iran-foreign-ministry") in pairs(facts, "MEMBER_OF")


def test_a_body_named_with_a_state_s_abbreviation_is_that_state_s_body():
    facts = facts_of("The US Embassy in Kyiv said the US had sent HIMARS to Ukraine.")
    assert sources(facts) == {"united-states-embassy-ukraine"}


def test_a_denial_by_an_unnamed_voice_still_denies_and_never_asserts_the_claim():
    facts = facts_of("Diplomats denied that Iran had sent drones to Russia.")
    (supply,) = only(facts, "SUPPLIES")
    assert supply["stance"] != "asserted"
    assert [f["subject"] for f in only(facts, "DENIES")] == ["iran"]


def test_a_denial_by_a_source_close_to_a_state_is_that_state_s():
    facts = facts_of("A source close to the Kremlin denied that Russia had received missiles from Iran.")
    assert [f["subject"] for f in only(facts, "DENIES")] == ["russia"]


def test_a_ranked_speaker_after_said_is_the_person_and_a_body_before_the_title_is_theirs():
    facts = facts_of("“Iran has sent drones to Russia,” said Lt. Col. Tom Barnes, a Pentagon spokesman.")
    assert sources(only(facts, "SUPPLIES")) == {"tom-barnes"}
    assert ("tom-barnes", "us-defense-department") in pairs(facts, "MEMBER_OF")


def test_the_militants_are_the_armed_group_named_last():
    text = "Hamas fired rockets at Israel on Monday. The militants said Iran had given them the rockets."
    assert ("iran", "hamas") in pairs(facts_of(text), "SUPPLIES")


def test_it_opening_a_sentence_that_acts_on_arms_is_the_last_sentence_s_subject():
    facts = facts_of("Iran is under sanctions. It has also sent drones to Sudan, officials said.")
    assert pairs(facts, "SUPPLIES") == {("iran", "sudan")}


def test_they_opening_a_sentence_is_the_group_the_last_one_opened_with():
    text = "The Houthis fired missiles at ships on Monday. They received the missiles from Iran, the US said."
    assert ("iran", "houthis") in pairs(facts_of(text), "SUPPLIES")


def test_the_paramilitary_group_is_the_armed_group_named_last():
    text = "The RSF attacked El Fasher. The paramilitary group has received drones from the UAE, Sudan said."
    assert pairs(facts_of(text), "SUPPLIES") == {("united-arab-emirates", "rsf")}


def test_a_headline_with_by_in_it_is_still_the_headline_and_not_read_for_facts():
    doc = extract_text(
        "Drones Supplied By Iran To Russia Hit Kyiv Overnight\nUkraine said Russia launched drones at Kyiv.",
        article_id="a",
    )
    assert doc.article.title == "Drones Supplied By Iran To Russia Hit Kyiv Overnight"
    assert all("Overnight" not in f.quote for f in doc.facts)


def test_a_title_case_headline_verb_is_never_taken_for_a_name():
    assert "denies-reports" not in actors("Russian Ambassador Denies Reports On Arms Supplies To Moscow")
    assert "warns-iran" not in actors("Foreign Minister Warns Iran Over Drone Supplies")


def test_shiite_militia_groups_in_a_state_are_that_states_shiite_militias_named_again_later():
    facts = facts_of(
        "Iran is providing ballistic missiles to Tehran-allied Shiite militia groups in Iraq, an official said.\n\n"
        "Credible reports indicate that Iran is transferring ballistic missiles to Shiite militia groups.\n\n"
        "Iran is giving weapons to Shiite Muslim militias in Iraq."
    )
    assert [f["object"] for f in facts if f["predicate"] == "SUPPLIES"] == ["iraqi-shiite-militias"] * 3


def test_a_states_sect_militias_named_with_its_possessive_or_demonym_are_that_states_militias():
    for text in (
        "Iran sent rockets to Iraq's Shiite militias.",
        "Iran sent rockets to Iraqi Shiite militias.",
    ):
        assert pairs(facts_of(text), "SUPPLIES") == {("iran", "iraqi-shiite-militias")}, text


def test_a_states_armed_groups_are_a_group_of_their_own_not_its_army():
    facts = facts_of("The report said Iran gave the Libyan armed groups rifles.")
    assert pairs(facts, "SUPPLIES") == {("iran", "libyan-armed-groups")}


def test_a_group_described_with_its_sect_before_its_name_is_that_group():
    facts = facts_of(
        "Iran is widely believed to provide weapons to Lebanon's militant Shiite Hezbollah group."
    )
    assert pairs(facts, "SUPPLIES") == {("iran", "hezbollah")}


def test_a_state_after_a_comma_and_that_opens_a_clause_is_no_place_in_a_list():
    facts = facts_of("The US accused Iran of arming militias in Iraq, and Iran is believed to arm Hezbollah.")
    assert ("iran", "hezbollah") in pairs(facts, "SUPPLIES")


def test_a_recipient_described_as_an_adversary_still_receives():
    facts = facts_of("Aliyev criticised India's supply of weapons to adversary Armenia.")
    assert pairs(facts, "SUPPLIES") == {("india", "armenia")}


def test_a_group_described_by_its_state_is_the_group_the_article_named():
    facts = facts_of("Hezbollah fired rockets at Israel. Iran sent missiles to the Lebanese militant group.")
    assert pairs(facts, "SUPPLIES") == {("iran", "hezbollah")}


def test_a_description_before_the_groups_name_is_no_group_of_its_own():
    facts = facts_of("China denied providing arms to the Palestinian militant group Hamas.")
    assert pairs(facts, "SUPPLIES") == {("china", "hamas")}


def test_arms_convoys_said_to_be_bound_for_a_group_are_the_supply_it_denies():
    facts = facts_of(
        "Iran sent weapons to Hamas through Sudan. "
        "Hamas denied that the weapons convoys were destined for the Palestinian movement."
    )
    denied = {f["claim"] for f in only(facts, "DENIES") if f["subject"] == "hamas"}
    assert {(f["subject"], f["object"]) for f in only(facts, "SUPPLIES") if f["id"] in denied} == {
        ("iran", "hamas")
    }


def test_the_rebel_group_is_the_group_named_earlier_in_the_same_sentence():
    text = "Iran backs the Houthis but denies sending weapons to the rebel group."
    assert pairs(facts_of(text), "SUPPLIES") == {("iran", "houthis")}


def test_the_country_whose_forces_a_group_trains_is_the_state_named_not_the_groups_home():
    text = (
        "Belarus announced on Thursday that instructors from the mercenary group Wagner had begun "
        "training the country's special forces."
    )
    assert pairs(facts_of(text), "TRAINS") == {("wagner-group", "belarus")}


def test_an_official_the_gazetteer_knows_confirms_their_states_supply_and_keeps_their_title():
    facts = facts_of("Defense Minister Sadio Camara said Russia delivered four Mi-171 helicopters to Mali.")
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["subject"], supply["object"], supply["stance"]) == ("russia", "mali", "confirmed")
    assert ("sadio-camara", "mali-defence-ministry") in {
        (f["subject"], f["object"]) for f in only(facts, "MEMBER_OF")
    }


def test_the_premier_is_the_prime_minister_the_article_named_before():
    facts = facts_of(
        "Pakistani Prime Minister Imran Khan attended the ceremony. "
        "Addressing the event, the premier said that China had delivered J-10C fighter jets to Pakistan."
    )
    assert [f.get("attributed_to") for f in only(facts, "SUPPLIES")] == [["imran-khan"]]


def test_a_states_top_diplomat_is_its_foreign_minister():
    facts = facts_of("Russia's top diplomat Sergei Lavrov said Moscow had sent no arms to Iran.")
    assert ("sergey-lavrov", "russia-foreign-ministry") in pairs(facts, "MEMBER_OF")


def test_a_states_top_diplomat_left_unnamed_is_the_foreign_minister_the_article_names():
    facts = facts_of(
        "South Korean Foreign Minister Park Jin met reporters. South Korea's top diplomat warned Russia "
        "against transferring missile technology to North Korea."
    )
    assert [f["subject"] for f in only(facts, "WARNS")] == ["park-jin"]


def test_a_states_national_security_adviser_left_unnamed_is_the_one_the_article_names():
    facts = facts_of(
        "Indian National Security Adviser Ajit Doval visited Colombo. "
        "India has supplied radars to Sri Lanka, India's national security adviser said."
    )
    assert sources(only(facts, "SUPPLIES")) == {"ajit-doval"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Czech National Security Advisor Tomáš Poyar said the Czech Republic sent shells to Ukraine.",
            "tomas-poyar",
        ),
        (
            "Romanian Defence Minister Angel Tîlvăr said Romania sent a Patriot system to Ukraine.",
            "angel-tilvar",
        ),
    ],
)
def test_a_name_written_with_central_european_letters_is_a_name(text: str, person: str):
    assert sources(facts_of(text)) == {person}


def test_a_known_bodys_name_written_another_way_before_its_acronym_is_that_body():
    text = (
        "Executive Vice President of Aviation Industries of China (AVIC) Hao Zhaoping said China "
        "had delivered JF-17 parts to Pakistan."
    )
    facts = facts_of(text)
    assert ("hao-zhaoping", "avic") in pairs(facts, "MEMBER_OF")
    assert sources(only(facts, "SUPPLIES")) == {"hao-zhaoping"}


def test_a_vice_president_is_never_the_president_the_article_means():
    facts = facts_of(
        "US Vice President Mike Pence visited Warsaw. "
        "The US will sell F-35 jets to Poland, the American president said."
    )
    assert "mike-pence" not in sources(only(facts, "SUPPLIES"))


def test_two_titles_joined_in_an_apposition_are_of_the_body_after_them():
    text = "“We look forward to our collaboration with Hungary,” says Micael Johansson, President and CEO of Saab."
    assert ("micael-johansson", "saab") in pairs(facts_of(text), "MEMBER_OF")


def test_a_companys_president_is_never_the_states_president():
    facts = facts_of(
        "Micael Johansson, President and CEO of Saab, visited Stockholm. "
        "Sweden will send Gripens to Hungary, the Swedish president said."
    )
    assert "micael-johansson" not in sources(only(facts, "SUPPLIES"))


@pytest.mark.parametrize(
    "text",
    [
        "Russian Ambassador to the US Anatoly Antonov said the US was sending arms to Ukraine.",
        "Anatoly Antonov, Russia's ambassador to the US, said the US was sending arms to Ukraine.",
    ],
)
def test_an_ambassador_to_a_state_belongs_to_his_states_embassy_there(text: str):
    facts = facts_of(text)
    assert ("anatoly-antonov", "russia-embassy-united-states") in pairs(facts, "MEMBER_OF")
    assert ("russia-embassy-united-states", "russia") in pairs(facts, "PART_OF")


def test_an_ambassador_named_by_post_speaks_past_his_post():
    facts = facts_of(
        "Russia sent arms to Syria, Moscow's ambassador to Washington said. "
        "Mr Anatoly Antonov, Russia's ambassador to the US, said more."
    )
    assert sources(only(facts, "SUPPLIES")) == {"anatoly-antonov"}


def test_a_title_before_the_next_name_in_a_list_is_that_names():
    text = (
        "Federal Ministers Asad Umar and Fawad Chaudhry, Chinese Ambassador to Pakistan Nong Rong and "
        "other officials attended the ceremony."
    )
    members = pairs(facts_of(text), "MEMBER_OF")
    assert ("nong-rong", "china-embassy-pakistan") in members
    assert not any(person == "fawad-chaudhry" for person, _ in members)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "U.S. Deputy Permanent Representative to the UN Robert Wood said Iran armed the Houthis.",
            "robert-wood",
            "united-states-mission-to-the-un",
        ),
        (
            "NATO Secretary-General Jens Stoltenberg said allies would send tanks to Ukraine.",
            "jens-stoltenberg",
            "nato",
        ),
    ],
)
def test_envoys_to_the_un_and_secretaries_general_belong_to_their_bodies(text: str, person: str, body: str):
    assert (person, body) in pairs(facts_of(text), "MEMBER_OF")


def test_an_unnamed_ambassador_is_never_an_official_of_another_office():
    facts = facts_of(
        "US Defense Secretary Lloyd Austin visited Kyiv on Monday. "
        "The United States has sent HIMARS to Ukraine, the U.S. ambassador to Ukraine said."
    )
    assert "lloyd-austin" not in sources(only(facts, "SUPPLIES"))


def test_an_unnamed_ambassador_to_a_state_is_the_one_the_article_titles_so_and_of_that_embassy():
    facts = facts_of(
        "Russia warned the US against arming Ukraine, Moscow's ambassador to Washington said. "
        "Russian Ambassador Anatoly Antonov spoke on television."
    )
    assert ("anatoly-antonov", "russia-embassy-united-states") in pairs(facts, "MEMBER_OF")


def test_senators_tagged_with_an_american_party_and_state_are_of_the_us_senate():
    facts = facts_of(
        "Sens. Rand Paul, R-Ky., and Chris Murphy, D-Conn., said Saudi Arabia had used the tanks in Yemen."
    )
    members = pairs(facts, "MEMBER_OF")
    assert ("rand-paul", "united-states-senate") in members
    assert ("chris-murphy", "united-states-senate") in members


def test_a_representative_in_a_story_of_a_us_sale_is_of_the_us_house():
    facts = facts_of(
        "The United States will sell F-16s to Pakistan. "
        '"We have reason to be concerned," Rep. Tom Lantos said of the F-16 sale to Pakistan.'
    )
    assert ("tom-lantos", "united-states-house-of-representatives") in pairs(facts, "MEMBER_OF")
    assert "tom-lantos" in sources(facts)


def test_a_legislator_tells_of_his_own_state_s_supply_without_confirming_it():
    facts = facts_of(
        "WASHINGTON - Sen. Chris Murphy, D-Conn., said the United States sold tanks to Saudi Arabia."
    )
    (supply,) = only(facts, "SUPPLIES")
    assert (supply["stance"], supply["attributed_to"]) == ("reported", ["chris-murphy"])


def test_a_senator_of_a_story_without_the_us_is_of_the_senate_of_its_state():
    facts = facts_of("BOGOTA - Sen. Jimmy Chamorro said Venezuela was buying offensive weapons from Russia.")
    assert ("jimmy-chamorro", "colombia-senate") in pairs(facts, "MEMBER_OF")


@pytest.mark.parametrize(
    ("sentence", "police"),
    [
        ("The US gave rifles to the Iraqi police.", "iraq-police"),
        ("Kenya's police received armoured vehicles from China.", "kenya-police"),
        ("Turkey supplied pistols to the Philippine National Police.", "philippine-national-police"),
    ],
)
def test_a_state_s_police_is_a_body_of_its_own_that_receives_arms(sentence, police):
    facts = facts_of(sentence)
    assert {f["object"] for f in only(facts, "SUPPLIES")} == {police}
