"""The speaker sieve's article state (extract/speakers/state.py): which of the tagger's names it
takes for people and how it files and names them, on small made-up texts (the tagger's slips
set by hand where a test needs them)."""
import onrecord
from onrecord.extract.speakers.name_forms import name_label, surname_index
from onrecord.extract.speakers.resolver import SpeakerResolver
from onrecord.extract.speakers.state import ArticleEntity, other_gender_name, place_named_elsewhere
from statement_lookup import speaker, state_of, tagged


def test_place_named_elsewhere_is_a_word_the_article_gives_as_a_place(nlp):
    doc = tagged(nlp, "Haddad came to Millbrook from Syria. Millbrook became his home.",
                 [(0, 1, "PERSON"), (3, 1, "GPE"), (5, 1, "GPE"), (7, 1, "PERSON")])
    assert place_named_elsewhere(doc.ents[3])
    assert not place_named_elsewhere(doc.ents[0])


def test_place_named_elsewhere_not_for_a_surname_of_someone_named_in_full(nlp):
    doc = tagged(nlp, "Michael Jordan visited Jordan. Jordan said he was pleased.",
                 [(0, 2, "PERSON"), (3, 1, "GPE"), (5, 1, "PERSON")])
    assert not place_named_elsewhere(doc.ents[2])


def test_place_named_elsewhere_not_for_a_name_after_a_title(nlp):
    doc = tagged(nlp, "Mr. Houston moved to Houston in 1990.", [(1, 1, "PERSON"), (4, 1, "GPE")])
    assert not place_named_elsewhere(doc.ents[0])
    text = "Mr. Houston moved to Houston in 1990. \"It is a fine city,\" he said."
    assert speaker(text, "It is a fine city").name == "Houston"


def test_a_generation_suffix_is_not_the_surname():
    assert surname_index(["C.", "Jo", "Verdy", "Jr."]) == 2
    text = ("\"We check lists,\" said C. Jo Verdy Jr., a former official. "
            "\"We moved the needle,\" Mr. Verdy said.")
    assert len({s.speaker.name for s in onrecord.extract(text).statements}) == 1


def test_a_given_name_joined_to_a_full_name_shares_its_surname():
    text = ("Ford's biographers, David and Jeanne Whitcombe, wrote that Ward \"lacked patience.\" "
            "David Marsden writes that the party pleaded with his grandfather.")
    names = {s.speaker.name for s in onrecord.extract(text).statements if "lacked patience" in s.content.text}
    assert "David Marsden" not in names


def test_a_fuller_name_of_the_other_gender_is_anothers():
    man = ArticleEntity(name="Obama", type="PERSON", gender="m")
    assert other_gender_name(man, "Michelle Obama")
    assert not other_gender_name(man, "Barack Obama")
    assert not other_gender_name(ArticleEntity(name="Obama", type="PERSON"), "Michelle Obama")


def test_a_title_of_the_other_gender_files_a_new_person(nlp):
    _, state = state_of(nlp, "Michelle Obama spoke. Later Mr. Obama spoke too.")
    assert {e.name for e in state.entities if e.type == "PERSON"} >= {"Michelle Obama", "Obama"}


def test_a_body_tagged_person_is_filed_as_a_body(nlp):
    """A name tagged PERSON that name_label reads as a body's ("the Roe Foundation") is filed
    under ORG, so that a later mention tagged ORG finds the same entity."""
    text = ("\"The ward will close,\" the Roe Foundation said on Monday. "
            "The Roe Foundation added that staff would move.")
    doc = nlp(text)
    first, second = text.index("Roe Foundation"), text.rindex("Roe Foundation")
    doc.ents = [doc.char_span(first, first + 14, label="PERSON"), doc.char_span(second - 4, second + 14, label="ORG")]
    state = SpeakerResolver(doc).state
    assert [(e.name, e.type) for e in state.entities] == [("Roe Foundation", "ORG")]


def test_the_taken_into_a_body_name_tagged_person(nlp):
    doc = tagged(nlp, "Staff said the Roe Foundation would close.", [(2, 3, "PERSON")])
    assert name_label(doc.ents[0]) == "ORG"
    assert name_label(tagged(nlp, "Staff said Jane Roe would close it.", [(2, 2, "PERSON")]).ents[0]) == "PERSON"
