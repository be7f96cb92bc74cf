"""The spaCy pipeline ``onrecord.nlp.load`` gives: a blank line ends a sentence."""


def test_blank_line_ends_a_sentence(nlp):
    parsed = nlp("QUESTIONABLE MEDICAL CLAIMS\n\nFor years, Oz has been dogged by charges.")
    assert [s.text.strip() for s in parsed.sents][1].startswith("For years")
