"""Speakers kept unnamed (``extract/speakers/unnamed.py``): a mention that names no one who can
speak leaves no entity, each rule on small invented sentences with the real model."""
import onrecord
from onrecord.extract.pipeline import process
from onrecord.extract.speakers.unnamed import no_named_speaker, owned_by_a_pronoun, speaker_noun
from onrecord.model import Article
from statement_lookup import statement_with


def _mention(text: str, words: str) -> list[tuple[int, int]]:
    start = text.index(words)
    return [(start, start + len(words))]


def test_a_writing_or_a_thing_is_no_named_speaker(nlp):
    text = "The study found that the lake was warming. The car's log said it braked late."
    doc = nlp(text)
    assert no_named_speaker("study", "UNKNOWN", doc, _mention(text, "study"))
    assert no_named_speaker("log", "UNKNOWN", doc, _mention(text, "log"))


def test_a_figure_is_no_named_speaker(nlp):
    text = "Of those asked, 36 said they would vote."
    doc = nlp(text)
    assert no_named_speaker("36", "GROUP", doc, _mention(text, "36"))


def test_a_finding_opening_its_sentence_is_no_named_speaker(nlp):
    text = "Figures show the harbour grew. Results suggest it will grow again."
    doc = nlp(text)
    assert no_named_speaker("Figures", "UNKNOWN", doc, _mention(text, "Figures"))
    assert no_named_speaker("Results", "GROUP", doc, _mention(text, "Results"))


def test_people_and_bodies_described_stay_speakers(nlp):
    text = "Officials said the bridge was safe. A bus driver said it shook. The fire service said so too."
    doc = nlp(text)
    assert not no_named_speaker("Officials", "GROUP", doc, _mention(text, "Officials"))
    assert not no_named_speaker("bus driver", "PERSON", doc, _mention(text, "bus driver"))
    assert not no_named_speaker("fire service", "ORG", doc, _mention(text, "fire service"))


def test_a_hyphenated_person_noun_the_parse_splits_stays_a_speaker(nlp):
    text = "The flies were confused, said study co-author Jane Roe."
    doc = nlp(text)
    assert not no_named_speaker("study co-author", "PERSON", doc, _mention(text, "study co-author"))


def test_names_stay_speakers_whatever_their_words(nlp):
    text = "Zorbia Weekly reported the vote. Tong Yung-soo said it was fair."
    doc = nlp(text)
    assert not no_named_speaker("Zorbia Weekly", "ORG", doc, _mention(text, "Zorbia Weekly"))
    assert not no_named_speaker("Tong Yung-soo", "PERSON", doc, _mention(text, "Tong Yung-soo"), named=True)
    assert not no_named_speaker("Zorbia", "GPE", doc, _mention(text, "Zorbia"))


def test_speaker_nouns_are_people_and_bodies_not_writings():
    assert speaker_noun("residents")
    assert speaker_noun("spokeswoman")
    assert speaker_noun("ministry")
    assert speaker_noun("individuals")
    assert not speaker_noun("report")
    assert not speaker_noun("poll")
    assert not speaker_noun("costume")


def test_the_statement_keeps_an_unnamed_mention_and_the_record_no_entity(nlp):
    text = "Historical evidence suggests that the bridge was built by farmers."
    record = onrecord.extract(text)
    speaker = statement_with(record, "the bridge was built").speaker
    assert speaker is not None and speaker.entity is None and speaker.type == "UNKNOWN"
    assert speaker.name == "Historical evidence"
    assert not any(e.name == "Historical evidence" for e in record.entities)


def test_a_description_owned_by_a_pronoun_names_no_one(nlp):
    text = "Zorb died on Friday, his family said. The Zedco Post reported its anonymous source said so."
    doc = nlp(text)
    assert owned_by_a_pronoun("his family") and owned_by_a_pronoun("Their lawyers")
    assert owned_by_a_pronoun("its anonymous source")
    assert not owned_by_a_pronoun("His Majesty") and not owned_by_a_pronoun("the family")
    assert no_named_speaker("his family", "GROUP", doc, _mention(text, "his family"))
    assert no_named_speaker("its anonymous source", "PERSON", doc, _mention(text, "its anonymous source"))
    assert not no_named_speaker("family", "GROUP", doc, _mention(text, "family"))


def test_a_speaker_owned_by_a_pronoun_is_unnamed_but_keeps_its_type(nlp):
    text = "Jan Zorbek, a singer, died on Saturday. According to his wife, he had been ill for months."
    record = process(Article("z", text, title="Zorbek", published="2020-01-04"), nlp)
    [st] = [s for s in record.statements if s.speaker is not None and s.speaker.mention.text == "his wife"]
    # the owner is written out (passes/possessors.py), as "Zorbek's wife" would be: no bare "his wife"
    assert st.speaker.name == "Jan Zorbek's wife" and st.speaker.type == "PERSON"
    assert "his wife" not in {e.name for e in record.entities}


def test_markup_tagged_as_a_name_is_no_named_speaker(nlp):
    text = 'The post <tweet author="@zed" datetime="2016-06-29">Roe, who spoke, left.</tweet>'
    doc = nlp(text)
    assert no_named_speaker('datetime="2016', "PERSON", doc, _mention(text, 'datetime="2016'), named=True)
    assert not no_named_speaker("Jane Roe", "PERSON", nlp("Jane Roe spoke."), [(0, 8)], named=True)
