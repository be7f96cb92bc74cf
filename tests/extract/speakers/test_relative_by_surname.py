"""A full name brought in as someone's relative ("his daughter Mara Fenwick") is another person
than the one the article calls by the bare surname (``state.introduced_as_kin``,
``state.kin_name_only``); on texts made up for it."""
from onrecord.extract.speakers.state import ArticleState, introduced_as_kin, kin_name_only
from statement_lookup import speaker

SPEECH = ('Senator Fenwick gave a long speech on Monday night. "We built this together," Fenwick said to the '
          'crowd. Fenwick thanked the volunteers. He was introduced by his daughter Mara Fenwick, who spoke '
          'about his years in office. "The town comes first," Fenwick said.')


def test_a_name_after_an_owned_kin_noun_is_brought_in_as_a_relative(nlp):
    text = "The crowd was warmed up by his eldest son, Tom Okafor, before the speech."
    assert introduced_as_kin(nlp(text), text.index("Tom"), "Okafor")


def test_a_name_after_a_kin_noun_with_no_owner_is_not(nlp):
    text = "The award went to a son of the valley, Tom Okafor, last year."
    assert not introduced_as_kin(nlp(text), text.index("Tom"), "Okafor")


def test_the_bare_surname_stays_apart_from_the_relative_s_full_name(nlp):
    state = ArticleState(nlp(SPEECH))
    names = {e.name for e in state.entities}
    assert "Mara Fenwick" in names and "Fenwick" in names


def test_the_words_of_the_one_called_by_surname_are_not_the_relative_s(nlp):
    assert speaker(SPEECH, "The town comes first").name != "Mara Fenwick"
    assert speaker(SPEECH, "We built this together").name != "Mara Fenwick"


def test_a_relative_of_someone_else_may_be_the_one_called_by_surname(nlp):
    for owner in ("The dead man's", "Hale's"):
        text = (f'Roe spoke outside the court on Monday. "I want the truth," Roe said. {owner} sister, Amy Roe, '
                'is a nurse in Zedtown.')
        assert speaker(text, "I want the truth").name == "Amy Roe", owner


def test_a_kin_noun_owned_by_another_surname_is_no_relative_of_the_bare_surname(nlp):
    text = "Hale's sister, Amy Roe, is a nurse."
    assert not introduced_as_kin(nlp(text), text.index("Amy"), "Roe")
    text = "Roe's sister, Amy Roe, is a nurse."
    assert introduced_as_kin(nlp(text), text.index("Amy"), "Roe")


def test_a_full_name_is_matched_word_for_word(nlp):
    text = "Roe spoke. His sister, Amy Roe, is a nurse. Amy Roebuck is a doctor."
    assert kin_name_only("Amy Roe", "Roe", nlp(text))
