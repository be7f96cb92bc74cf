"""An unnamed asker who puts a question to someone named ("A reporter asked Whitfield why ...")
hides no one from the "he" that answers after it: the one asked answers
(``pronouns.asks_named_person`` in ``unnamed_person_before``, then ``asked_person``); on texts
made up for it."""
from onrecord.extract.speakers.passes.pronouns import asks_named_person, unnamed_person_before
from statement_lookup import speaker, state_of


def test_the_one_an_unnamed_reporter_asks_is_the_one_who_replies(nlp):
    text = ('Senator Dan Whitfield toured a school in Dayton on Monday. A reporter asked Whitfield why he '
            'wanted the job. He replied: "Because the town deserves better."')
    assert speaker(text, "Because the town deserves better").name == "Dan Whitfield"


def test_an_unnamed_subject_that_asks_no_question_of_a_named_person_is_not_an_asker(nlp):
    doc, state = state_of(nlp, "Dan Whitfield spoke. A reporter asked Whitfield to wait outside. He left.")
    reporter, he = next(t for t in doc if t.text == "reporter"), next(t for t in doc if t.text == "He")
    assert not asks_named_person(state, reporter, he)
    doc, state = state_of(nlp, "Dan Whitfield spoke. A reporter asked Whitfield whether the plan would pass. He left.")
    reporter, he = next(t for t in doc if t.text == "reporter"), next(t for t in doc if t.text == "He")
    assert asks_named_person(state, reporter, he)


def test_an_asker_who_asks_a_woman_stays_the_rival_of_a_he(nlp):
    text = ("Tom Reed spoke on Monday. A man in the crowd asked Ann Roe whether she would cut taxes. "
            "He said he was angry about prices.")
    assert speaker(text, "he was angry about prices").entity is None


def test_an_asker_who_asks_a_man_stays_the_rival_of_a_she(nlp):
    text = ("Ann Roe, a senator, spoke on Monday. A woman in the crowd asked Tom Reed whether he would cut "
            "taxes. She said she was angry about prices.")
    assert speaker(text, "she was angry about prices").entity is None


def test_the_asker_of_someone_of_the_other_gender_is_the_unnamed_person_before_the_pronoun(nlp):
    cases = [("Tom Reed spoke on Monday. A man in the crowd asked Ann Roe whether she would cut taxes. "
              "He said he was angry about prices.", "He", "man"),
             ("Ann Roe, a senator, spoke on Monday. A woman in the crowd asked Tom Reed whether he would cut "
              "taxes. She said she was angry about prices.", "She", "woman")]
    for text, pronoun, asker in cases:
        doc, state = state_of(nlp, text)
        found = unnamed_person_before(state, next(t for t in doc if t.text == pronoun))
        assert found is not None and found.text == asker


def test_the_asker_of_someone_of_the_pronoun_s_gender_is_passed_over(nlp):
    doc, state = state_of(nlp, "Tom Reed spoke on Monday. A man in the crowd asked Reed whether he would cut "
                               "taxes. He said he would not.")
    assert unnamed_person_before(state, next(t for t in doc if t.text == "He")) is None
