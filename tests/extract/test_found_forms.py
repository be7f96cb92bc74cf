"""Issue 13, i13-found. Statements the extractor missed in forms the parse reads badly:
a relative clause of saying on a number, whose antecedent is the clause before
(``candidates.clause_antecedent_start``) or whose reported clause the parse hung outside it
(``candidates.reported_clause_read_as_conjunct``); a reporting clause set off inside a relative
clause (``candidates.antecedent_of_set_off``); a named "who" characterising inside another's
statement (``statements.named_relative_speaker``); the subject of an "according to" sentence hung
on the writing's author (``candidates._according_to``); quoted words closing the object's phrase
(``candidates.label_closing_object_phrase``); the named members of a plural speaker
(``statements.listed_members``). Invented sentences."""
import pytest

import onrecord
from statement_lookup import statement_with


@pytest.mark.parametrize("text, content, speaker", [
    # a relative clause on a year: what was said is of the clause before
    ("She stopped touring in 2016, which her manager Jo Roe said was due to a back injury.",
     "She stopped touring in 2016, which her manager Jo Roe said was due to a back injury", "Roe"),
    # the reported clause hung outside the relative clause by the parse
    ("Quill did not put the Zorb Agency in charge of the state's response to the floods, which the "
     "Eastland Post reported left some experts disappointed.", "which the Eastland Post reported left", "Post"),
    # a reporting clause set off inside a relative clause opened by "whose"
    ("Roe herself chaired the hearing, a step whose rarity, the Zorb Times noted, showed its weight.",
     "a step whose rarity, the Zorb Times noted, showed its weight", "Zorb Times"),
    # the subject of the sentence hung on the author of an "according to" writing
    ("According to a blog post by Jo Roe, a local teacher, the old oak tree fell on the school.",
     "the old oak tree fell on the school", "Jo Roe"),
    # quoted words closing the phrase of the verb after its object
    ("Jo Roe called the investigation into Quill \"Soviet-style\".", "the investigation into Quill", "Jo Roe"),
    ("Roe called the trial of the mayor \"a total disgrace\".", "the trial of the mayor", "Roe"),
])
def test_found(nlp, text, content, speaker):
    st = statement_with(onrecord.extract(text), content)
    assert speaker in st.speaker.mention.text or speaker in (st.speaker.name or "")


def test_named_who_inside_another_statement(nlp):
    """A named "who" characterising inside what others urged speaks for itself."""
    text = ("Many mayors have urged him to concede, such as former Eastland mayor Jo Roe, who called the "
            "lawsuits \"a farce\".")
    assert any(st.speaker.name == "Jo Roe" and st.content.text.startswith("the lawsuits")
               for st in onrecord.extract(text).statements)


def test_listed_members_speak(nlp):
    text = ("The study's lead authors, Jo Roe of Zorb University and Ann Lee of Westland College, "
            "had predicted the lava would feed the microbes.")
    names = {st.speaker.name for st in onrecord.extract(text).statements}
    assert {"Jo Roe", "Ann Lee"} <= names, names


def test_set_off_in_relative_clause_reports_it_alone(nlp):
    """The clause before the relative clause is no part of what the paper noted."""
    text = ("Smith herself chaired the hearing, a step whose rarity, the paper noted, highlighted "
            "the weight of the case.")
    contents = [st.content.text for st in onrecord.extract(text).statements]
    assert contents == ["a step whose rarity, the paper noted, highlighted the weight of the case"], contents


@pytest.mark.parametrize("text, absent", [
    # "each of whom": no noun right before the relative word to say it of
    ("The shelter took in forty refugees, each of whom, she said, needed shelter.", "refugees"),
    # a plural verb: the year's clause is not what was said to be so
    ("The club sold two players in 2019, which fans said were its best.", "The club sold"),
    # the quoted words are a name inside the phrase, after its article
    ("He called the inquiry into \"the hoax\" on Monday.", "the inquiry"),
    # a quoted modifier inside the phrase is no label of the object
    ("She criticised the ban on \"ugly\" buildings.", "the ban"),
    # i13-rev2: the author's only appositive describes the author, no subject of the sentence
    ("According to a post by Jo Roe, the mayor's wife, the town, a port, flooded on Monday.", "wife"),
])
def test_not_found(nlp, text, absent):
    contents = [st.content.text for st in onrecord.extract(text).statements]
    assert not any(absent in c for c in contents), contents


def test_names_after_a_phrase_of_the_plural_are_not_its_members(nlp):
    """i13-rev2: names after "the lawyers for the victims," may be the victims': no joint speakers."""
    text = "The lawyers for the victims, Ann Wilson and Nick Hawk, said the firm had lied."
    names = {st.speaker.name for st in onrecord.extract(text).statements}
    assert "Nick Hawk" not in names, names
