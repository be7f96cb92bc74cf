"""``candidates.that_clause_conjunct_on_cue``: a second "that" clause the parse hung on the cue
is part of what was said."""
from onrecord.extract.candidates import dangling_coordinator
from onrecord.extract.statements import find_statements


def contents(nlp, text):
    return [text[f.start:f.end] for f in find_statements(nlp(text))]


def test_but_that_clause_hung_on_the_cue_stays_in_the_content(nlp):
    text = ("The governor said the state needs to mend the dams and train more nurses, "
            "but that she would not back a new levy on bread.")
    assert contents(nlp, text) == [
        "the state needs to mend the dams and train more nurses, but that she would not back a new levy on bread"]


def test_a_clause_of_the_narrator_after_and_is_not_taken(nlp):
    text = "The senator said the city needs more teachers, and he voted against the tax."
    assert contents(nlp, text) == ["the city needs more teachers"]


def test_a_content_never_ends_in_a_coordinator(nlp):
    doc = nlp("Police said the guard escaped and remains at large.")
    assert dangling_coordinator(doc, 2, 6) == 5  # "the guard escaped and" -> "the guard escaped"
    assert dangling_coordinator(doc, 2, 9) is None


def test_the_paragraph_break_after_the_second_clause_is_no_content(nlp):
    text = ("Both agreed the board settled the dispute, but that the budget remains unclear.\n\n"
            "The hearing is on Friday.")
    assert contents(nlp, text)[0] == "the board settled the dispute, but that the budget remains unclear"


def test_a_that_clause_that_is_the_subject_of_a_later_verb_is_not_reported(nlp):
    # candidates.clause_as_subject: "that ... went unmentioned" is the reporter's comment on a fact
    text = "Ines Holt said the road was repaired, but that the contractors were paid twice went unmentioned."
    assert contents(nlp, text) == ["the road was repaired"]
