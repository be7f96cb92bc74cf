"""Speakers described, not named (issue 13). A writing qualified by a body's
kind ("a fire service statement", "a police statement") speaks for the one body of the article
named with that kind's words (``descriptions.issuer_by_kind``), and for no one when another body
of the kind is written (``other_qualified_kind``); "the statement" is the one of whoever the
article says provided it (``[issuing_verbs]`` "provide" in ``descriptions.named_issuer``),
unless the writing is said to be another's. "Speechwriter" is a person's noun
(``[person_nouns]``): "the GOP speechwriter" is the one the text is about when the article ties
him to that party. Each on sentences made up for it.
"""
from statement_lookup import speaker


def test_a_fire_service_statement_is_the_one_fire_service_named(nlp):
    text = ("The Kent Fire and Rescue Service was called to the mill at noon. Crews from Alby and Crane "
            "attended, according to a fire service statement.")
    found = speaker(text, "Crews from Alby")
    assert found.name == "Kent Fire and Rescue Service" and found.rule == "description"


def test_a_police_statement_is_the_one_police_force_named(nlp):
    text = ("The Brinmoor Police arrested two men on Friday. Police searched a house. The men would "
            "appear in court on Monday, according to a police statement.")
    found = speaker(text, "appear in court")
    assert found.name == "Brinmoor Police" and found.rule == "description"


def test_a_police_statement_of_another_place_is_not_the_force_named(nlp):
    text = ("Officers from Brinmoor Police held a driver near the harbour on Friday.\n\n"
            "Over the river in Zorbia, a police statement said three youths had been charged with arson.")
    found = speaker(text, "three youths")
    assert found.entity is None and found.rule == "unnamed"


def test_places_inside_the_reported_words_leave_the_issuer_as_it_is(nlp):
    text = ("Officers from Brinmoor Police held a driver near the harbour on Friday. Vans from Zorbia and "
            "Kelvia were sent to the pier, according to a police statement.")
    found = speaker(text, "Vans from Zorbia")
    assert found.name == "Brinmoor Police" and found.rule == "description"


def test_a_force_named_paragraphs_before_the_statement_is_not_its_issuer(nlp):
    text = ("Officers from Brinmoor Police held a driver near the harbour on Friday.\n\n"
            "The harbour has two piers and a lighthouse.\n\n"
            "Its ferry runs twice a day in the summer.\n\n"
            "A police statement said three youths had been charged with arson.")
    found = speaker(text, "three youths")
    assert found.entity is None and found.rule == "unnamed"


def test_a_force_named_in_the_paragraph_before_the_statement_is_its_issuer(nlp):
    text = ("Officers from Brinmoor Police held a driver near the harbour on Friday.\n\n"
            "A police statement said three youths had been charged with arson.")
    found = speaker(text, "three youths")
    assert found.name == "Brinmoor Police" and found.rule == "description"


def test_another_police_written_leaves_the_statement_unnamed(nlp):
    text = ("The Brinmoor Police arrested two men on Friday. Zedville police searched a house. The men "
            "would appear in court on Monday, according to a police statement.")
    found = speaker(text, "appear in court")
    assert found.entity is None and found.rule == "unnamed"


def test_a_qualifier_the_name_lacks_leaves_the_statement_unnamed(nlp):
    # "an ambulance service statement" is not the fire service's, though both are services
    text = ("The Kent Fire and Rescue Service was called to the mill at noon. Crews from Alby attended, "
            "according to an ambulance service statement.")
    assert speaker(text, "Crews from Alby").rule == "unnamed"


def test_two_ministries_leave_a_ministry_statement_unnamed(nlp):
    text = ("The Zedland Ministry of Water closed the dam on Friday. The Ministry of Roads agreed. A "
            "ministry statement said the dam would reopen in May.")
    found = speaker(text, "dam would reopen")
    assert found.entity is None and found.rule == "unnamed"


def test_a_company_statement_is_not_guessed_from_a_name_with_the_word(nlp):
    # companies are seldom named with the word: "Orbix" may be the company as well as "Acme Company"
    text = ("Orbix and the Acme Company signed the deal on Friday. A company statement said the plant "
            "would reopen in May.")
    assert speaker(text, "plant would reopen").rule == "unnamed"


def test_court_documents_are_not_the_court_s(nlp):
    # papers filed in a court are mostly the parties', not the court's own
    text = ("The High Court of Zedland heard the case on Monday. The firm paid the mayor twice, according to "
            "a court document.")
    assert speaker(text, "firm paid").name != "High Court of Zedland"


def test_a_ministry_statement_is_the_one_ministry_named(nlp):
    text = ("The Zedland Ministry of Water closed the dam on Friday. Acme Corp said it would sue. A ministry "
            "statement said the dam would reopen in May.")
    found = speaker(text, "dam would reopen")
    assert found.name == "Zedland Ministry of Water" and found.rule == "description"


# ---- "Roe provided a written statement ... the statement said" ----

_PROVIDED = ("Harbour master Mara Quill let a ferry sail into a storm. Her deputy, Daniel Weiss, spoke to "
             "the Ledger on her behalf. The Ledger said Weiss provided {writing}.\n\n"
             "\"Ms. Quill accepts that the ferry should have stayed in port,\" the statement said.")


def test_the_statement_is_of_the_one_who_provided_it(nlp):
    found = speaker(_PROVIDED.format(writing="a written statement"), "stayed in port")
    assert found.name == "Daniel Weiss" and found.rule == "description"


def test_a_statement_provided_by_someone_but_written_by_another_stays_unnamed(nlp):
    # "a statement by the harbour board": Weiss passed it on; the board is not named
    found = speaker(_PROVIDED.format(writing="a statement by the harbour board"), "stayed in port")
    assert found.entity is None and found.rule == "unnamed"


# ---- "the GOP speechwriter": a person's noun, held by the one the text is about ----

def test_the_party_speechwriter_is_the_party_man_the_text_is_about(nlp):
    text = ("Olaf Brent drafted addresses for party leaders for a decade. Brent, a former aide to Republicans in "
            "Ohio, now says he is undecided. The GOP speechwriter said a tariff on seed was one thing he could "
            "never back.")
    found = speaker(text, "tariff on seed")
    assert found.name.endswith("Brent") and found.rule == "description"


def test_the_party_speechwriter_is_not_a_man_of_another_party(nlp):
    text = ("Olaf Brent drafted addresses for party leaders for a decade. Brent, a former aide to Democrats in "
            "Ohio, now says he is undecided. The GOP speechwriter said a tariff on seed was one thing he could "
            "never back.")
    found = speaker(text, "tariff on seed")
    assert found.name == "GOP speechwriter" and found.rule == "unnamed"
