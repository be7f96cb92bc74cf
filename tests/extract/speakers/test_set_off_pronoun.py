"""A "he" after a sentence reported by a set-off "he noted" goes on with the one who noted it
(``pronouns.set_off_pronoun`` in ``subject_continuity``); on texts made up for it."""
from onrecord.extract.speakers.passes.pronouns import set_off_pronoun
from onrecord.extract.speakers.state import ArticleState
from statement_lookup import speaker

TEXT = ('Mayor Dan Whitfield spoke to the council on Monday. But during the winter, roads are closed early, '
        'he noted, so it may be clear whether Tom Reed will win by the time the snow melts. He said the county '
        'would cover the rest.')


def test_the_set_off_pronoun_of_the_sentence_before_is_found(nlp):
    doc = nlp(TEXT)
    sentences = list(doc.sents)
    head = next(t for t in sentences[-1] if t.text == "He")
    aside = set_off_pronoun(ArticleState(doc), sentences[1], head)
    assert aside is not None and aside.text == "he"


def test_a_he_after_a_set_off_he_noted_is_the_one_who_noted_it(nlp):
    assert speaker(TEXT, "the county would cover the rest").name == "Dan Whitfield"


def test_a_set_off_pronoun_of_the_other_gender_is_not_taken(nlp):
    doc = nlp(TEXT.replace("He said", "She said"))
    sentences = list(doc.sents)
    head = next(t for t in sentences[-1] if t.text == "She")
    assert set_off_pronoun(ArticleState(doc), sentences[1], head) is None
