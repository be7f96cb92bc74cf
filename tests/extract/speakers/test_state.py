"""The sieve's article state (``extract/speakers/state.py``): how people are filed and named."""
import onrecord
from onrecord.extract.speakers.state import ArticleEntity, other_gender_name, surname_of
from statement_lookup import state_of, token


def test_a_generation_suffix_is_not_the_surname(nlp):
    doc = nlp("C. Jo Verdy Jr. spoke.")
    assert surname_of([token(doc, "Verdy"), token(doc, "Jr.")]) == "verdy"
    text = ("\"We check lists,\" said C. Jo Verdy Jr., a former official. "
            "\"We moved the needle,\" Mr. Verdy said.")
    assert len({s.speaker.name for s in onrecord.extract(text).statements}) == 1


def test_a_given_name_joined_to_a_full_name_shares_its_surname():
    text = ("Clay's biographers, David and Jeanne Heidler, wrote that Taylor \"had a tin ear.\" "
            "David Eisenhower writes that the party pleaded with his grandfather.")
    names = {s.speaker.name for s in onrecord.extract(text).statements if "tin ear" in s.content.text}
    assert "David Eisenhower" not in names


def test_a_fuller_name_of_the_other_gender_is_anothers():
    man = ArticleEntity(name="Obama", type="PERSON", gender="m")
    assert other_gender_name(man, "Michelle Obama")
    assert not other_gender_name(man, "Barack Obama")
    assert not other_gender_name(ArticleEntity(name="Obama", type="PERSON"), "Michelle Obama")


def test_a_title_of_the_other_gender_files_a_new_person(nlp):
    _, state = state_of(nlp, "Michelle Obama spoke. Later Mr. Obama spoke too.")
    assert {e.name for e in state.entities if e.type == "PERSON"} >= {"Michelle Obama", "Obama"}
