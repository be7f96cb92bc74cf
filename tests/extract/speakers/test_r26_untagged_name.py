"""Issue 13 (branch r26-found): a description the parser cut from a name the tagger did not mark
("said study co-author and Zorbia Society Fellow Martin How.", the surname read as
"how") names that person; a bare name after "and", a title (gendered or not), a longer
run of capitalised words and a possessive are left alone."""
from onrecord.extract.speakers import constraints
from statement_lookup import speaker_of, token

QUOTE = ('"The bands may puzzle the midges. Bands may blind midges for a moment as they come in to '
         'land on the hide," said ')
CLAIM = "Bands may blind midges"


def test_an_untagged_name_after_joined_titles_is_the_speaker():
    text = QUOTE + "study co-author and Zorbia Society University Research Fellow Martin How."
    assert speaker_of(text, CLAIM) == "Martin How"


def test_the_untagged_name_is_read_after_the_title_words(nlp):
    doc = nlp(QUOTE + "study co-author and Zorbia Society University Research Fellow Martin How.")
    head = token(doc, "author")
    span = doc[token(doc, "study").i:head.i + 1]
    person = constraints.name_after_description(span, head, untagged=True)
    assert person is not None and person.text == "Martin How"


def test_a_bare_name_after_and_is_someone_else():
    assert speaker_of(QUOTE + "the expert and Martin How.", CLAIM) == "expert"


def test_a_gendered_title_is_no_first_name():
    text = QUOTE + "study co-author and Zorbia Society University Research Fellow Miss Universe."
    assert speaker_of(text, CLAIM) == "study co-author"


def test_a_title_is_no_first_name():
    text = QUOTE + "study co-author and Zorbia Society Research Fellow General How."
    assert speaker_of(text, CLAIM) == "study co-author"


def test_a_possessive_after_the_name_is_another_person():
    text = QUOTE + "study co-author and Zorbia Society Research Fellow Martin How's assistant."
    assert speaker_of(text, CLAIM) == "study co-author"
