"""A bare participle after "had"/"got" and its object that the parse read as a finite past tense
("had her partner Pim Sato detained, alleging ..." parsed as "Pim Sato detained"): the one who had
it done speaks, not the one it was done to (``candidates.participle_read_as_finite``). Invented
sentences."""
from onrecord.extract.candidates import participle_read_as_finite
from statement_lookup import speaker_of


def causer_of(nlp, text, word):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == word)
    causer = participle_read_as_finite(verb)
    return causer.text if causer is not None else None


def test_participle_read_as_conjunct_of_had():
    text = "In 2019 Ora Lind had her business partner Pim Sato detained, alleging he forged her signature."
    assert speaker_of(text, "he forged her signature") == "Ora Lind"


def test_participle_read_as_a_second_root_after_got():
    text = "Ora Lind got her rival Pim Sato banned from the race, claiming he had cheated."
    assert speaker_of(text, "he had cheated") == "Ora Lind"


def test_a_reason_phrase_keeps_the_words_with_the_one_punished():
    """"banned for claiming ...": why Pim Sato was banned, so the words are his."""
    text = "Ora Lind had her rival Pim Sato banned for claiming he had won."
    assert speaker_of(text, "he had won") == "Pim Sato"


def test_a_finite_verb_after_a_full_stop_or_an_object_clause_is_left_alone(nlp):
    assert causer_of(nlp, "Ora Lind had a meeting. Pim Sato objected, saying it was late.", "objected") is None
    assert causer_of(nlp, "Ora Lind had the votes and Pim Sato conceded the race.", "conceded") is None
