"""A described subject with a name set beside it ("Another lawyer, Linda Gray,") brings in no
one unnamed who would hide the named person from a later "she" (``pronouns.unnamed_person_before``
with ``names_someone``); on texts made up for it."""
from onrecord.extract.speakers.passes.pronouns import unnamed_person_before
from onrecord.extract.speakers.state import ArticleState
from statement_lookup import speaker


def test_a_noun_with_a_name_in_apposition_is_no_unnamed_newcomer(nlp):
    text = ("Maria Lopez chaired the first panel. Another lawyer, Linda Gray, argued the second case after "
            "lunch. She told the court that the records were complete.")
    doc = nlp(text)
    she = next(t for t in doc if t.text == "She")
    assert unnamed_person_before(ArticleState(doc), she) is None
    assert speaker(text, "the records were complete").name == "Linda Gray"


def test_a_described_subject_with_no_name_still_hides_the_named_one(nlp):
    text = ("Maria Lopez chaired the first panel. Another lawyer argued the second case after lunch. "
            "She told the court that the records were complete.")
    doc = nlp(text)
    she = next(t for t in doc if t.text == "She")
    assert unnamed_person_before(ArticleState(doc), she) is not None
    assert speaker(text, "the records were complete").name != "Maria Lopez"
