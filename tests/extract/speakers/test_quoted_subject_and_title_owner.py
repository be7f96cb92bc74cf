"""Subject continuity past a quote the parse makes a subject of the speech verb
(``pronouns.speaker_after_quoted_subject``) and past a name that owns the title before the
subject's name ("Lee campaign chair Tom Hale", ``pronouns.describes_subject``); on texts made up
for it."""
from onrecord.extract.speakers.passes.pronouns import describes_subject, speaker_after_quoted_subject
from onrecord.extract.speakers.state import ArticleState


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_name_owning_the_subject_s_title_describes_the_subject(nlp):
    doc = nlp("Lee campaign chair Tom Hale said the race was close.")
    assert describes_subject(_token(doc, "Lee"), _token(doc, "Hale"))


def test_a_name_joined_to_the_subject_is_a_second_subject(nlp):
    doc = nlp("Tom Hale and Ann Lee said the race was close.")
    assert not describes_subject(_token(doc, "Lee"), _token(doc, "Hale"))


def test_the_speaker_outside_the_quotes_is_the_subject_of_the_speech_verb(nlp):
    doc = nlp('"A capable person, an honest person," campaign chair Tom Hale said in an interview.')
    sentence = next(doc.sents)
    subject = speaker_after_quoted_subject(ArticleState(doc), sentence)
    assert subject is not None and subject.text == "Hale"


def test_no_speaker_is_read_from_a_sentence_whose_verb_says_nothing(nlp):
    doc = nlp("Tom Hale toured the plant on Monday.")
    assert speaker_after_quoted_subject(ArticleState(doc), next(doc.sents)) is None
