"""The checks added to the description pass in issue 13 (read on PolNeAR train), each on a text
made up for it: a description's office must be one the article gives its holder, a holder named
after a definite description is its holder only in apposition, a name before a description's noun
is someone else, "the magazine" is a body the article calls so, "the statement" looks back only a
few sentences, "the man" looks back at an unnamed "a veteran", and a dateline with a date and an
agency before its dash is no speaker."""
from onrecord.extract.candidates import is_dateline
from onrecord.extract.speakers.passes.descriptions import (
    generic_looks_back,
    in_apposition,
    known_as_kind,
    names_holder_as_modifier,
)
from statement_lookup import speaker, state_of, token

# ---- a present office goes only to someone the article gives it ----


def test_the_senator_is_not_the_moderator_named_last(nlp):
    text = ("Moderator Tessa Brandvold opened the exchange by asking Michael Oduya about his attacks. "
            "Oduya responded that his rival had mocked him for weeks, and the senator finally felt "
            "he had to answer the insults in kind.")
    found = speaker(text, "had to answer the insults")
    assert found.name != "Tessa Brandvold"


def test_the_senator_named_later_in_the_text_is_not_the_one_speaking_now(nlp):
    text = ("\"Would that be you?\" Dana Ruiz asked Tomas Oduya on the show.\n\n"
            "\"That would be me, yes,\" the senator said.\n\n"
            "Speaking later on the same show, Sen. Clara Wendt said the race was far from over.")
    found = speaker(text, "That would be me")
    assert found.name != "Clara Wendt"


def test_the_one_holder_named_further_on_when_no_one_is_named_before(nlp):
    text = ("\"That would be me, yes,\" the senator said.\n\n"
            "Speaking later on the same show, Sen. Clara Wendt said the race was far from over.")
    assert speaker(text, "That would be me").name == "Clara Wendt"


def test_a_senator_named_before_is_still_the_senator(nlp):
    text = ("Sen. Clara Wendt toured the plant on Monday. "
            "\"We will keep it open,\" the senator said.")
    assert speaker(text, "We will keep it open").name == "Clara Wendt"


def test_in_apposition_is_a_name_set_beside_the_description(nlp):
    doc = nlp("The senator, Clara Wendt, spoke first. The senator spoke again.")
    assert in_apposition(doc[0:2], token(doc, "senator"))
    assert not in_apposition(doc[7:9], token(doc, "senator", 1))


# ---- a name before a description's noun is someone else ----


def test_the_lincoln_actor_is_not_lincoln(nlp):
    text = ("One ad stars an Abraham Lincoln impersonator who praises the plan. "
            "\"It is a fine plan,\" the Lincoln actor says.")
    assert speaker(text, "It is a fine plan").name != "Abraham Lincoln"


def test_the_trump_supporter_is_no_one_named_last(nlp):
    text = ("Marta Lind spoke first at the rally. An ad stars a Pavel Orlov supporter from Ohio. "
            "\"He is the only one who listens,\" the Orlov supporter says.")
    assert speaker(text, "the only one who listens").name not in ("Pavel Orlov", "Marta Lind")


def test_the_nominee_is_the_subject_the_text_is_about(nlp):
    text = ("Michael Ferris said Friday that the press had treated him unfairly. "
            "\"I was curious to see what she would do,\" the Republican nominee said at a rally.")
    assert speaker(text, "I was curious to see").name == "Michael Ferris"


def test_names_holder_as_modifier(nlp):
    doc, state = state_of(nlp, "Martin Ostrova spoke. The Ostrova aide said nothing, and the aide left.")
    holder = state.short_person("Ostrova")
    assert holder is not None
    assert names_holder_as_modifier(doc[4:7], token(doc, "aide"), holder)
    assert not names_holder_as_modifier(doc[12:14], token(doc, "aide", 1), holder)


# ---- "the magazine" is a body the article calls a magazine ----


def test_the_website_is_not_the_poll_named_just_before(nlp):
    text = ("A recent Harlow Institute poll found the mayor ahead. Lev Arno runs a site that lists "
            "her backers. He has found 34 of them, according to the website.")
    assert speaker(text, "He has found 34").name != "Harlow Institute"


def test_the_magazine_is_not_the_body_named_last(nlp):
    text = ("Readers of Hearthside magazine sent recipes for its annual bake-off. "
            "The magazine said the winner had correctly predicted the Kremlin shake-up twice.")
    assert speaker(text, "the winner had correctly").name != "Kremlin"


def test_known_as_kind_finds_the_name_beside_the_noun(nlp):
    doc, state = state_of(nlp, "Readers of Hearthside magazine wrote to the Ministry of Health.")
    magazine = state.entity_by_name("Hearthside", "ORG")
    ministry = state.entity_by_name("Ministry of Health", "ORG")
    assert known_as_kind(state, magazine, "magazine")
    assert not known_as_kind(state, ministry, "magazine")
    doc, state = state_of(nlp, "Shares of the drug company Valeant fell, and Wells Fargo, the bank, rose.")
    assert known_as_kind(state, state.entity_by_name("Valeant", "ORG"), "company")
    assert known_as_kind(state, state.entity_by_name("Wells Fargo", "ORG"), "bank")


def test_the_company_is_the_body_named_last(nlp):
    text = ("Grantel hosted a panel on Friday about its new toys. "
            "Asked about packaging, the company noted that it had switched to plant-based plastic.")
    assert speaker(text, "it had switched to plant-based plastic").name == "Grantel"


# ---- "the statement" is the one named just before ----


def test_the_statement_far_from_an_earlier_one_is_not_its_issuer(nlp):
    text = ("The ministry of Halvar issued a statement on Monday about the flight. "
            "The crew had flown the route for years. "
            "Brann Logistics employed one of the passengers. "
            "He had worked there for eight years. "
            "He often traveled for work and was headed to the coast. "
            "He was \"a greatly respected colleague,\" the statement added.")
    assert speaker(text, "a greatly respected colleague").name != "ministry of Halvar"


def test_the_poll_looks_far_back_for_its_issuer(nlp):
    text = ("A Brightline University poll released Monday found the mayor ahead. "
            "The mayor spent the week in the north. "
            "Her rival spent it in the south. "
            "Both held rallies on Saturday. "
            "Most voters who care about roads back the mayor, according to the poll.")
    assert speaker(text, "voters who care about roads").name == "Brightline University"


def test_his_order_before_its_subject_is_the_subject_s(nlp):
    text = ("Judge Omar Reyes ruled on Friday for the students. Michael Ferris said the judge was "
            "biased. In his order, Reyes noted that Ferris had sold the courses for years. "
            "The order also said, \"The records retain no commercial value.\"")
    assert speaker(text, "The records retain no commercial value").name != "Michael Ferris"


# ---- "the man" after "a veteran" is that veteran ----


def test_the_man_after_a_veteran_is_the_veteran(nlp):
    text = ("Senator Ivo Marsh is getting advice from a combat veteran at a town hall. "
            "After saying he was nervous, the man stood with his arm around Marsh. "
            "\"You have to rebuild the army,\" the man said.")
    found = speaker(text, "You have to rebuild the army")
    assert found.name != "Ivo Marsh" and found.rule == "unnamed"


def test_generic_looks_back_only_from_a_generic_noun(nlp):
    doc = nlp("A combat veteran spoke. The man left. The senator left.")
    veteran = token(doc, "veteran")
    assert generic_looks_back(doc[5:7], token(doc, "man"), veteran)
    assert not generic_looks_back(doc[9:11], token(doc, "senator"), veteran)


# ---- a dateline with a date and an agency ----


def test_a_dateline_with_a_date_and_an_agency_is_no_speaker(nlp):
    doc = nlp("Title line\n\nWASHINGTON, Aug. 24 (UPI) — A spokesman for the mayor called the report false.")
    assert is_dateline(token(doc, "WASHINGTON"))
    doc = nlp("Title line\n\nNASA, the space agency, said on Friday that the launch was delayed.")
    assert not is_dateline(token(doc, "NASA"))


# ---- a body's name that opens with a nationality ----


def test_islamic_state_is_not_cut_to_state(nlp):
    text = ("Police killed the gunman on Sunday.\n"
            "Islamic State claimed responsibility for the attack on the club.")
    assert speaker(text, "responsibility for the attack").name == "Islamic State"
