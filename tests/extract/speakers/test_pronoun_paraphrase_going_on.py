"""Issue 13, r16-pron: a "he" or "she" a careful reader names at once, each rule on a text made
up for it (passes/pronouns.py): a paraphrase closed by "he said" goes on with the named person
whose speech the sentence just before reports (``paraphrase_going_on``, ``paraphrase_before``);
a run of "she" subjects goes on with a person whose name tells no gender when the article
called that person "she" in their own reported words (``says_of_self``)."""
from onrecord.extract.speakers.passes import pronouns
from statement_lookup import speaker, state_of, token

# ---- a paraphrase going on with the speaker before ----

_POLLSTER = "Gareth Pellow, a pollster in Brantford, said Mr. Dalby had failed to reach young voters. "


def test_a_paraphrase_goes_on_with_the_speaker_before():
    text = _POLLSTER + "The campaign felt cold next to the rallies of Mr. Osgood, he said."
    found = speaker(text, "felt cold")
    assert found.name == "Gareth Pellow" and found.rule == "pronoun"


def test_a_name_toward_which_the_paraphrase_leans_is_spoken_of():
    text = _POLLSTER + "He is leaning toward Mr. Osgood, he said, because he values a steady hand."
    found = speaker(text, "leaning toward")
    assert found.name == "Gareth Pellow"


def test_one_who_spoke_in_the_sentence_before_may_be_the_pronoun(nlp):
    said = "Gareth Pellow, a pollster in Brantford, said Mr. Dalby had {} the plan. The story was invented, he said."
    doc, state = state_of(nlp, said.format("drawn up"))
    assert pronouns.paraphrase_going_on(state, token(doc, "he"), "m").name == "Gareth Pellow"
    doc, state = state_of(nlp, said.format("denied"))
    assert pronouns.paraphrase_going_on(state, token(doc, "he"), "m") is None


def test_a_named_subject_of_the_paraphrase_may_be_his_own_story():
    text = _POLLSTER + "Mr. Osgood was tired of the race, he said."
    assert speaker(text, "tired of the race").rule == "unresolved"


def test_a_new_paragraph_does_not_go_on():
    text = _POLLSTER + "\n\nThe campaign felt cold next to the rallies of Mr. Osgood, he said."
    assert speaker(text, "felt cold").rule == "unresolved"


def test_a_man_met_in_the_sentence_before_is_a_rival():
    text = "Gareth Pellow met Mr. Dalby in Brantford on Monday. " \
           "The campaign felt cold next to the rallies of Mr. Osgood, he said."
    assert speaker(text, "felt cold").rule == "unresolved"


def test_the_paraphrase_before_a_pronoun_may_hold_a_short_label_only(nlp):
    doc = nlp("The ''Fair Deal'' slogan felt cold, he said.")
    assert pronouns.paraphrase_before(token(doc, "he"))
    doc = nlp("''We will win this county and the next one too,'' he said.")
    assert not pronouns.paraphrase_before(token(doc, "he"))


def test_a_clause_reported_after_the_pronoun_is_no_paraphrase_before(nlp):
    doc = nlp("He said the campaign felt cold.")
    assert not pronouns.paraphrase_before(token(doc, "He"))


# ---- "she" of a person whose name tells no gender ----


def test_a_run_of_she_goes_on_with_one_who_called_herself_she():
    text = ("The river rose again on Monday night. Thet Hnin Aye, 60, a nurse, said she would stay in the town "
            "whatever the council decides. She remembers when the flood took the bridge and the mill. "
            "She fears the levee will not hold another spring.\n\n"
            "\"We have to be careful,\" she said.")
    assert speaker(text, "levee will not hold").name == "Thet Hnin Aye"
    assert speaker(text, "We have to be careful").name == "Thet Hnin Aye"


def test_no_she_learnt_when_another_is_named_beside(nlp):
    said = "The river rose on Monday. Thet Hnin Aye said {}she would stay in the town. She remembers the flood."
    doc, state = state_of(nlp, said.format(""))
    person = next(e for e in state.entities if e.name == "Thet Hnin Aye")
    assert pronouns.says_of_self(state, person, token(doc, "She"), "f")
    doc, state = state_of(nlp, said.format("").replace("She remembers", "He remembers"))
    person = next(e for e in state.entities if e.name == "Thet Hnin Aye")
    assert not pronouns.says_of_self(state, person, token(doc, "He"), "m")
    doc, state = state_of(nlp, said.format("Thessaly Brannock knew "))
    person = next(e for e in state.entities if e.name == "Thet Hnin Aye")
    assert not pronouns.says_of_self(state, person, token(doc, "She"), "f")
