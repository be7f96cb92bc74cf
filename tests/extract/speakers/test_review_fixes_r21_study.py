"""Review of r21-study: a title opening a place's or a body's name gives no one-name person it."""
from onrecord.extract.pipeline import process
from onrecord.model import Article


def speaker_names(nlp, text):
    record = process(Article("t", text), nlp)
    return {s.speaker.name for s in record.statements if s.speaker is not None} | {e.name for e in record.entities}


def test_a_hospital_named_for_a_queen_gives_no_title(nlp):
    text = ('Mary, a nurse at Queen Mary Hospital in Zedton, said the wards were full. '
            '"We are exhausted," Mary said.')
    names = speaker_names(nlp, text)
    assert "Queen Mary" not in names


def test_a_county_named_for_a_prince_gives_no_title(nlp):
    text = ("The schools will stay shut, said George, a teacher who lives in Prince George's County.")
    assert "Prince George" not in speaker_names(nlp, text)
