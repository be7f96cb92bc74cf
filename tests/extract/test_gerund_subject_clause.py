"""A reported clause whose subject is a gerund ("said seeing the harbour again made him smile"),
which the parse hung on the verb of saying as its "xcomp", the clause's verb a "ccomp" of the
gerund (``candidates.gerund_subject_read_as_complement``, ``statement_cues.txt [gerund_free]``).
Invented sentences."""
import onrecord
from onrecord.extract.candidates import gerund_subject_read_as_complement
from statement_lookup import speaker_of


def contents(text):
    return [st.content.text for st in onrecord.extract(text).statements]


def fires(nlp, text):
    doc = nlp(text)
    return [c.text for tok in doc for c in tok.children if gerund_subject_read_as_complement(tok, c)]


def test_gerund_opens_the_reported_clause(nlp):
    text = "Nils Arden runs the ferry. Nils Arden said seeing the harbour again made him smile."
    assert "seeing the harbour again made him smile" in contents(text)
    assert speaker_of(text, "seeing the harbour again") == "Nils Arden"


def test_gerund_subject_with_a_second_name(nlp):
    assert "seeing the bridge again made her cry" in contents("Jo Marsh said seeing the bridge again made her cry.")


def test_verbs_whose_gerund_is_what_they_tell_or_call_for(nlp):
    """"recalled seeing", "admitted taking", "suggested closing": the gerund is a deed told or a
    proposal (their own rules), never read here as the subject of a clause."""
    for text in ("The mayor recalled seeing the fire was out.",
                 "Ilse Brandt admitted taking the money was wrong.",
                 "Wren Cole suggested closing the harbour was wise.",
                 "Ivo Lund remembered seeing the boats were gone."):
        assert fires(nlp, text) == [], text


def test_no_clause_after_the_gerund(nlp):
    """A gerund with no tensed clause of its own, or one not right after the cue, is left alone."""
    for text in ("Rosa Lind said, smiling, that the vote was close.", "Rosa Lind kept saying the river was rising.",
                 "Rosa Lind said goodbye, leaving the hall early.", "Rosa Lind insisted on seeing the files."):
        assert fires(nlp, text) == [], text
