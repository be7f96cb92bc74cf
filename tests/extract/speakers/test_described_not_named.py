"""Speakers and roles the article describes rather than names (branch i12-names), each on
sentences made up for it: a capitalised word after a determiner and a lowercase adjective
(``names.described_not_named``), a plural noun of people opening its sentence
(``names.capitalised_people_noun``), a count read into a name (``names.counted_person``), a
transcript's addressee across a colon and a clause read as an appositive
(``mention_syntax.across_colon``, ``clause_read_as_appositive``), a headline's word before a
surname (``fullest_name.headline_word_before_surname``)."""
import onrecord
from onrecord.extract.speakers.fullest_name import headline_word_before_surname
from onrecord.extract.speakers.mention_syntax import across_colon, clause_read_as_appositive
from onrecord.extract.speakers.passes.descriptions import person_after_owner, taken_in_a_place
from onrecord.extract.speakers.passes.names import capitalised_people_noun, counted_person, described_not_named
from onrecord.extract.speakers.passes.pronouns import one_person
from onrecord.extract.speakers.state import ArticleEntity
from statement_lookup import speaker, tagged, token

# ---- a description is no name ----

def test_the_lifelong_republican_is_described(nlp):
    doc = nlp("The lifelong Republican says he will not vote for the nominee.")
    head = token(doc, "Republican")
    assert described_not_named(doc[0:3], doc[2:3])
    assert head.i == 2


def test_a_possessors_potential_vp_is_described(nlp):
    doc = nlp("Roe's potential VP then said he was pleased to do it.")
    assert described_not_named(doc[0:4], doc[3:4])


def test_a_plural_party_word_is_no_description(nlp):
    doc = nlp("Two groups ran ads against him, a tactic Democrats hope will work.")
    start = [t.i for t in doc if t.text == "a"][0]
    dems = token(doc, "Democrats")
    assert not described_not_named(doc[start:dems.i + 1], doc[dems.i:dems.i + 1])


def test_a_name_without_adjective_is_not_described(nlp):
    doc = nlp("The Zedland Republican said the vote was fair.")
    assert not described_not_named(doc[0:3], doc[1:3])


def test_the_lifelong_republican_is_left_unnamed(nlp):
    text = ("Zed Times profile.\n\nThe lifelong Republican who wrote the speech says he won't vote for "
            "the nominee this fall.")
    found = speaker(text, "won't vote for")
    assert found.entity is None or found.name != "Republican"


def test_attorneys_opening_a_sentence_are_people_not_a_name(nlp):
    doc = nlp("Attorneys for Roe opposed the request, saying the account was private.")
    assert capitalised_people_noun(token(doc, "Attorneys"))
    doc = nlp("Then Smith said the account was private.")
    assert not capitalised_people_noun(token(doc, "Smith"))


def test_attorneys_for_roe_are_no_person_called_attorneys():
    text = "The court met on Friday.\n\nAttorneys for Jo Roe said the account was private."
    found = speaker(text, "the account was private")
    assert found is None or found.name != "Attorneys"


def test_a_count_is_no_name(nlp):
    doc = nlp("Mr. Roe - 60 percent of voters said Ms. Lee would do better.")
    spans = [e for e in doc.ents if e.label_ == "PERSON"]
    assert all(not counted_person(e) for e in spans if not any(t.like_num for t in e))
    assert all(counted_person(e) for e in spans if any(t.like_num and t.pos_ == "NUM" for t in e))


# ---- a transcript's colon and a clause read as an appositive ----

def test_a_colon_parts_a_transcript_label_from_its_addressee(nlp):
    doc = nlp("RAMOS:  Secretary Lee, did you lie to them?")
    assert across_colon(token(doc, "RAMOS"), token(doc, "Lee"))
    doc = nlp("Jo Roe, a senator, said no.")
    assert not across_colon(token(doc, "Roe"), token(doc, "senator"))


def test_a_transcript_label_is_not_the_one_it_addresses():
    text = ("Jane Lee spoke at the debate on Monday.\n\n\"RAMOS:  Secretary Lee, did you lie to them?\n\n"
            "\"LEE: I did not.")
    found = speaker(text, "did you lie to them")
    assert found is None or found.name != "Jane Lee"


def test_a_finite_verb_on_an_appositive_makes_it_a_clause(nlp):
    doc = nlp("For Mr. Roe, assimilation meant embracing both of his sides.")
    appos = token(doc, "assimilation")
    if appos.dep_ == "appos":
        assert clause_read_as_appositive(appos)
    doc = nlp("Jo Roe, a lawyer known for her wit, said no.")
    assert not clause_read_as_appositive(token(doc, "lawyer"))


def test_a_headline_role_after_a_colon_is_no_role():
    record = onrecord.extract("Jo Roe: reformer or another career politician?\n\n"
                              "Jo Roe said on Monday that she would run again.")
    roe = [e for e in record.entities if e.name == "Jo Roe"]
    assert roe and not any("politician" in r for r in roe[0].roles)


# ---- a headline's word before a surname ----

def test_a_headline_word_before_a_surname_is_the_full_name(nlp):
    doc = nlp("After This Senator Endorsed Roe, The Party Did Something Strange\n\n"
              "Senator Al Lee endorsed Bob Roe on Sunday. Roe said he was pleased.")
    assert headline_word_before_surname("Endorsed Roe", doc) == "Bob Roe"


def test_a_given_name_in_a_headline_is_kept(nlp):
    doc = nlp("After This Senator Endorsed Roe, The Party Did Something Strange\n\n"
              "Senator Al Lee endorsed Bob Roe on Sunday. Roe said he was pleased.")
    assert headline_word_before_surname("Mary Roe", doc) is None
    assert headline_word_before_surname("Bob Roe", doc) is None


# ---- a place a writing was taken in is not its issuer ----

def test_exit_polls_in_a_place_are_not_the_places():
    text = ("Jo Roe lost badly on Tuesday.\n\nAccording to the exit polls in New Hampshire, 24% of "
            "Republican voters wanted a candidate who would \"tell it like it is.\"")
    found = speaker(text, "24% of")
    assert found.name != "New Hampshire" and found.entity is None


def test_taken_in_a_place(nlp):
    doc = nlp("The survey in Zedville found support. An article in the journal Science found none.")
    assert taken_in_a_place(token(doc, "in"), token(doc, "Zedville")) == (token(doc, "Zedville").ent_type_ == "GPE")
    assert not taken_in_a_place(token(doc, "in", 1), token(doc, "Science"))


# ---- a writer named after a body's possessive ----

def test_a_writer_after_a_bodys_possessive_is_the_writer():
    text = ("Senator Al Lee endorsed Bob Roe on Sunday.\n\nAn article written by Zed Review’s Ian Pole "
            "accuses Roe of selling a false picture of a broken party. Pole said the party had erred.")
    assert speaker(text, "selling a false picture").name == "Ian Pole"


def test_a_body_with_a_possessive_stays_a_body(nlp):
    doc = tagged(nlp, "A report by McDonald's Corporation said sales rose.", [(3, 3, "ORG")])
    assert person_after_owner(doc.ents[0]) is None


def test_a_hospital_after_a_possessive_stays_a_body(nlp):
    """i12-rev3: "Mercy" is a given name, but "Mercy Hospital" is a body's name."""
    doc = tagged(nlp, "A study by Children's Mercy Hospital said the drug was safe.", [(3, 4, "ORG")])
    assert person_after_owner(doc.ents[0]) is None


def test_a_title_before_an_untagged_name_is_no_description(nlp):
    """i12-rev3: "The former Governor Pelt" names Pelt; the adjective qualifies the title."""
    doc = nlp("The former Governor Pelt said the party had lost its way.")
    assert not described_not_named(doc[0:4], doc[2:4])


# ---- "they" is never one named person ----

def test_they_falling_back_on_a_person_is_left_unresolved():
    assert not one_person(None)
    assert one_person(ArticleEntity("Al Zed", "PERSON"))
    assert not one_person(ArticleEntity("Acme", "ORG"))


def test_they_after_a_president_named_alone_is_not_him():
    text = ("Zed nominated Jo Roe for a second term on Thursday. While most dock clerks expect Ms. Roe "
            "to stay on, they say she will have to work hard to win more backers.")
    found = speaker(text, "win more backers")
    assert found is None or found.type != "PERSON" or found.entity is None
