"""Pronoun speakers left unnamed where a reader knows who they are: the named example
of a group that is the subject before (``pronouns.subject_example``), a noun of the other gender
passed over as an unnamed antecedent (``pronouns.other_gender``), and a title-case headline's
misreading no rival (``pronouns.headline_misreading``). Made-up texts."""
import pytest

from onrecord.extract.speakers.passes.pronouns import headline_misreading
from onrecord.extract.speakers.state import ArticleEntity
from statement_lookup import speaker, state_of

_GREEN = "\"It is a disaster for the towns,\" said Peter Green, an economist at Acme University.\n\n"


@pytest.mark.parametrize("group", [
    "Some defenders of open markets, like Tom Brown, a senior fellow at the Vale Institute in Boston, "
    "also admit that the government has failed the workers who lost their jobs.",
    "Critics of the plan, including Tom Brown, a lawyer in Boston, say the city ignored the residents.",
    "Critics of the plan, including Tom Brown of the Vale Institute, say the city ignored the residents.",
])
def test_the_named_example_of_the_group_before_speaks_over_the_last_speaker(nlp, group):
    text = _GREEN + group + "\n\nBut the gains are ten times the losses, he said."
    assert speaker(text, "ten times the losses").name == "Tom Brown"


def test_the_example_of_a_group_that_is_no_subject_is_not_introduced(nlp):
    # "like Tom Brown" qualifies an object here: the text is not about him, Peter Green may go on
    text = (_GREEN + "The mayor has met economists like Tom Brown, a senior fellow at the Vale Institute.\n\n"
            "But the gains are ten times the losses, he said.")
    assert speaker(text, "ten times the losses").name != "Tom Brown"


@pytest.mark.parametrize("group", [
    # an example that is no source brought in: no description, a group that does not speak
    "Populists like Tom Brown have risen across the continent in recent years.",
    # named before: the text does not bring him in here
    "Some defenders of open markets, like Brown, a senior fellow at the Vale Institute, also admit that the "
    "government has failed the workers.",
])
def test_an_example_no_source_introduced_is_not_he(nlp, group):
    text = (_GREEN + "Tom Brown, a banker, left the city in May.\n\n" * group.startswith("Some")
            + group + "\n\nBut the gains are ten times the losses, he said.")
    assert speaker(text, "ten times the losses").name != "Tom Brown"


def test_a_husband_is_no_antecedent_of_she(nlp):
    text = ("Readers were pleased when Ann Reed told them that her husband now uses her family name. On "
            "her blog, she wrote: \"Nobody loses a thing by sharing a name.\"")
    assert speaker(text, "Nobody loses").name == "Ann Reed"


def test_a_brother_still_hides_the_one_he_may_be(nlp):
    # "his brother", unnamed and of the pronoun's own gender, may still be "he"
    text = ("Readers were pleased when Tom Brown told them that his brother now uses his wife's family name. "
            "On the blog, he wrote: \"Nobody loses a thing by sharing a name.\"")
    assert speaker(text, "Nobody loses").rule == "unresolved"


_HEADLINE = "Reed Claims Lopez Most Qualified Governor Candidate Ever, But Critics Disagree\n\n"


def test_a_headline_read_as_a_name_holding_the_persons_is_a_misreading(nlp):
    doc, state = state_of(nlp, _HEADLINE + "One of the claims of Senator Ann Reed's speech does not stand up.")
    reed = ArticleEntity("Ann Reed", "PERSON", gender="f")
    misread = ArticleEntity("Reed Claims Lopez Most Qualified Governor Candidate Ever", "PERSON")
    assert headline_misreading(state, 0, misread, reed)


@pytest.mark.parametrize("other", [
    ArticleEntity("Maria Lopez", "PERSON"),  # another person named in the headline
    ArticleEntity("Bill Reed Junior Esquire", "PERSON", gender="m"),  # of a gender the article told
])
def test_another_person_in_a_headline_is_no_misreading(nlp, other):
    doc, state = state_of(nlp, _HEADLINE + "One of the claims of Senator Ann Reed's speech does not stand up.")
    assert not headline_misreading(state, 0, other, ArticleEntity("Ann Reed", "PERSON", gender="f"))


def test_a_name_in_a_narrative_line_is_no_misreading(nlp):
    text = "Reed, a former mayor of the city who served two terms, spoke to the crowd on Monday night."
    doc, state = state_of(nlp, text)
    other = ArticleEntity("Reed Claims Lopez Most Qualified Governor Candidate Ever", "PERSON")
    assert not headline_misreading(state, 0, other, ArticleEntity("Ann Reed", "PERSON", gender="f"))
