"""The rules added to the speaker sieve in issue 13's seventh round, each on a sentence made up
for it: a relative pronoun whose antecedent is a title, the age of a body's owner and a clause
set off after a description."""
from onrecord.extract.speakers.passes.descriptions import owner_age_dropped
from onrecord.extract.speakers.passes.pronouns import title_antecedent
from statement_lookup import speaker, token

# ---- "which" after a law's or a work's title ----

def test_a_title_before_which_is_no_speaker(nlp):
    text = ("The notice cited Section 12 Protection of trade secrets which says \"No person shall copy "
            "a secret that belongs to another company\".")
    found = speaker(text, "No person shall copy")
    assert found.rule == "unresolved"


def test_a_person_before_who_stays_the_speaker(nlp):
    text = "The bill was drafted by Anna Holt who said on the floor, \"It follows decades of work by campaigners\"."
    assert speaker(text, "decades of work").name == "Anna Holt"
    doc = nlp(text)
    assert not title_antecedent(token(doc, "Holt"))


# ---- the age of a body's owner ----

def test_the_age_before_an_owner_is_not_the_bodys(nlp):
    text = "Without giving details, 52-year-old Smith's press office has said he has cancelled his trip."
    assert speaker(text, "cancelled his trip").name == "Smith's press office"
    assert owner_age_dropped("24-year-old man") == "24-year-old man"


# ---- a clause set off by commas after a description ----

def test_a_description_ends_before_a_clause_set_off_by_commas(nlp):
    text = "Pages from the mayor's diary, for which the paper paid a fee, revealed that she had planned to resign."
    assert speaker(text, "planned to resign").name == "Pages from the mayor's diary"
    text = "Results of the county surveys, published in a paper by the board in 1989, show that the river is cleaner."
    assert speaker(text, "the river is cleaner").name == "Results of the county surveys"


def test_a_place_after_a_comma_stays_in_the_description(nlp):
    found = speaker("According to police in Dayton, Ohio, the man fled.", "the man fled")
    assert found.name == "police in Dayton, Ohio"


# ---- "it" and "they" without a guess ----

def test_it_after_a_sentence_about_no_body_is_left_unresolved(nlp):
    text = ("The new Airbus A321 was delivered in May. Investigators have said the plane was not airworthy. "
            "It crashed shortly after asking the tower to let it return.")
    found = speaker(text, "return")
    assert found.rule == "unresolved" and found.entity is None


def test_they_after_plural_things_is_not_a_body_named_before(nlp):
    text = ("Acme.com, a shopping site, reported some sellers offering free soap to the first buyer in Leeds. "
            "The Sunday edition of the Herald included a coupon meant to be cut out.\n\n"
            "The stores were slow to limit purchases, according to a report from the Courier on May 3 in which "
            "they said they had no plans to ration goods.")
    found = speaker(text, "no plans to ration")
    assert found.name != "Acme.com" and found.rule == "unresolved"
