"""Descriptions: a noun the article writes beside other people's names is theirs
(``descriptions.noun_given_to_another``, ``descriptions.sole_known_by_noun``), and only when
written near and held by no one unnamed (``descriptions.known_by_noun_near``), a "who" after a
description set beside a name is that person unless a body stands between
(``pronouns.named_by_appositive``, ``pronouns.body_before_who``), "the company" goes on with the
one business the sentence before names and no company of someone's own
(``epithets.sole_body_named``, ``descriptions.kind_held_unnamed``), and a
body's name leaves out the possessive the tagger took in (``mention_syntax.body_name``).
Made-up texts."""
from onrecord.extract.speakers.passes.epithets import sole_body_named
from statement_lookup import speaker, state_of

_GUEST = "Ann Roe spoke on Monday with {hosts}. Roe has said she went to the party because it was fun. "
_ANSWER = "\"I said she was right,\" the host said."


def test_the_host_is_not_the_guest_the_text_is_about(nlp):
    text = _GUEST.format(hosts="radio hosts Jim Baker and Sue Fry") + _ANSWER
    found = speaker(text, "I said she was right")
    assert found.name != "Ann Roe" and found.rule == "unnamed"


def test_one_of_two_hosts_is_left_unsaid(nlp):
    text = ("Ann Roe spoke with Morning Talk hosts Jim Baker and Sue Fry. She said she went because it was fun, "
            "something Baker could understand. " + _ANSWER)
    assert speaker(text, "I said she was right").rule == "unnamed"


def test_the_one_host_named_before_is_the_host(nlp):
    text = _GUEST.format(hosts="radio host Jim Baker") + _ANSWER
    found = speaker(text, "I said she was right")
    assert found.name == "Jim Baker" and found.rule == "description"


def test_a_host_named_only_after_is_not_guessed(nlp):
    text = "Roe has said she went to the party because it was fun. " + _ANSWER + " Radio host Jim Baker laughed."
    assert speaker(text, "I said she was right").name != "Jim Baker"


def test_who_after_a_description_beside_a_name_is_the_named_person(nlp):
    text = ("\"We will march,\" said Jane Fields, 41, a former volunteer for the Lee campaign in Dayton who said "
            "she planned to protest.")
    found = speaker(text, "she planned to protest")
    assert found.name == "Jane Fields" and found.rule == "relative-pronoun"


def test_who_after_people_within_the_description_is_theirs(nlp):
    for victims, said in (("the victims", "they were abused"), ("the victim", "she was abused")):
        text = f"\"We will sue,\" said Tom Hale, a lawyer for {victims} who said {said}."
        assert speaker(text, said).name != "Tom Hale", victims


def test_who_after_a_body_within_the_description_is_no_one_named(nlp):
    text = "\"We will sue,\" said Jane Fields, a lawyer for the family who said the boy was at home."
    assert speaker(text, "the boy was at home").name != "Jane Fields"


def test_the_company_goes_on_with_the_one_business_named_before(nlp):
    # "the company" is no mining company named further on either
    text = ("Pia Holm was the director of Zedco Dynamics’s plant in Lyon, France. The company and the mayor of "
            "Lyon, Paul Marc, confirmed that Holm was on board.\n\nTom Vale was a geologist with the "
            "Tarn Gold mining company.")
    found = speaker(text, "Holm was on board")
    assert found.name == "Zedco Dynamics" and found.rule == "description"


def test_two_businesses_named_before_give_the_company_no_one(nlp):
    _, state = state_of(nlp, "Pia Holm left Zedco Dynamics for Arcon Labs in Lyon. The company confirmed it.")
    assert sole_body_named(state, next(state.doc.sents)) == []
    for name in ("Zedco Dynamics", "Zedco Freight Services"):  # a plural name is one body too
        _, state = state_of(nlp, f"Pia Holm worked for {name} in Lyon, France. The company confirmed it.")
        assert [e.name for _, e in sole_body_named(state, next(state.doc.sents))] == [name]


def test_a_person_known_as_a_name_is_that_name(nlp):
    text = "\"There was never an order to wait,\" said the station chief known as Rick, speaking for the first time."
    found = speaker(text, "never an order")
    assert found.name == "Rick" and found.rule == "name-in-mention"


def test_a_company_of_its_own_in_the_sentence_before_gives_the_company_no_one(nlp):
    _, state = state_of(nlp, "Ann Lee left Zedco Services last year to start her own company. The company said so.")
    assert sole_body_named(state, next(state.doc.sents)) == []
    text = "Ann Lee left Zedco Services last year to start her own company. The company said it had hired ten workers."
    assert speaker(text, "it had hired ten workers").name != "Zedco Services"


def test_a_host_named_paragraphs_before_is_not_guessed(nlp):
    text = ("Roe has long feuded with radio host Jim Baker.\n\nShe ran for the seat in 2010.\n\n"
            "On Tuesday she went on a television show in Ohio. " + _ANSWER)
    assert speaker(text, "I said she was right").name != "Jim Baker"


def test_a_host_beside_an_unnamed_host_is_not_guessed(nlp):
    text = "The show has a second host. " + _GUEST.format(hosts="radio host Jim Baker") + _ANSWER
    assert speaker(text, "I said she was right").name != "Jim Baker"
