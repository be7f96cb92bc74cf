"""A "he" or "she" that goes on with the person whose speech the sentence before reports
(passes/pronouns.py ``speech_run``), each on a text made up for it."""
from onrecord.extract.speakers.passes import pronouns
from onrecord.extract.speakers.words import PRONOUN_GENDER
from statement_lookup import speaker, state_of, token


def test_she_goes_on_with_the_woman_who_spoke_before(nlp):
    text = ("Maria Lopez, a Garcia supporter, said she saw the shift in her family, most of whom thought "
            "Ana Garcia had no chance. \"It is challenging the community,\" she said.")
    found = speaker(text, "challenging the community")
    assert found.name == "Maria Lopez" and found.rule == "pronoun"


def test_a_quote_after_a_named_subject_is_theirs(nlp):
    text = ("The campaign of Ann Reed had accused Tom Hale of lying. Reed spokeswoman Jane Moss criticized Hale "
            "for the remark. \"Wrong again, and she knows it,\" she said in a post.")
    assert speaker(text, "Wrong again").name == "Jane Moss"


def _speech_run(nlp, text):
    doc, state = state_of(nlp, text)
    she = token(doc, "she", -1)
    return pronouns.speech_run(state, she, PRONOUN_GENDER["she"])


def test_the_rule_names_the_woman_whose_speech_came_before(nlp):
    found = _speech_run(nlp, "Maria Lopez said the plan had failed badly. \"We must start again,\" she said.")
    assert found is not None and found.name == "Maria Lopez"


def test_the_one_spoken_of_as_a_subject_may_be_the_next_speaker(nlp):
    # "... said Ana Garcia would be charged. 'I did nothing,' she said" may be Garcia
    assert _speech_run(nlp, "Maria Lopez said Ana Garcia would be charged with fraud. "
                            "\"I have done nothing wrong at all,\" she said.") is None


def test_an_object_of_the_sentence_before_leaves_the_pronoun_unnamed(nlp):
    assert _speech_run(nlp, "Maria Lopez met Ana Garcia at the hall on Monday. "
                            "\"This has gone on far too long,\" she said.") is None


def test_a_pronoun_after_a_name_in_its_own_sentence_is_left_to_the_rules_before(nlp):
    assert _speech_run(nlp, "Maria Lopez said the plan had failed. After Ana Garcia left, she said it again.") is None


def test_a_subject_who_declined_to_speak_is_not_the_pronoun(nlp):
    for withheld in ("declined to comment on", "refused to discuss", "did not comment on"):
        assert _speech_run(nlp, f"Maria Lopez, a Garcia aide, {withheld} the verdict. "
                                "\"This is a disgrace,\" she said.") is None, withheld


def test_a_possessor_in_the_object_is_someone_the_pronoun_may_be(nlp):
    # the judge sentenced Garcia's son: "He is a good boy" may well be his mother's
    assert _speech_run(nlp, "Judge Maria Lopez sentenced Ana Garcia's son to ten years. "
                            "\"He is a good boy,\" she said.") is None
