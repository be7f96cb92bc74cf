"""A plural noun for people of a kind, capitalised, read as someone's name or a body's
(``entity_type.plural_of_people``), and such a word cut from the end of a body's name
(``ArticleState._body_ended_by_people_noun``), on texts made up for them."""
from onrecord.extract.speakers.entity_type import plural_of_people, settled_type
from onrecord.extract.speakers.resolver import SpeakerResolver
from statement_lookup import speaker, tagged


def _mention(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_capitalised_plural_of_believers_is_a_group(nlp):
    text = "Pacifists said the new budget spent too much on arms."
    doc = nlp(text)
    assert plural_of_people("Pacifists", doc)
    assert settled_type("Pacifists", "PERSON", [], None, doc, _mention(text, "Pacifists")) == "GROUP"
    assert settled_type("Pacifists", "UNKNOWN", [], None, doc, _mention(text, "Pacifists")) == "GROUP"


def test_a_plural_the_article_writes_as_a_surname_stays_a_name(nlp):
    text = "Tom Pilgrims said the fees were too high. Pilgrims added that he would appeal."
    doc = nlp(text)
    assert not plural_of_people("Pilgrims", doc)


def test_a_word_that_is_no_noun_of_people_is_left_alone(nlp):
    text = "Harrows said the fees were too high."
    assert not plural_of_people("Harrows", nlp(text))


def test_according_to_a_capitalised_plural_of_people_speaks_a_group(nlp):
    found = speaker("According to Freethinkers, the vote was not fair.", "the vote was not fair")
    assert found.name == "Freethinkers" and found.type == "GROUP"


def test_a_body_name_ending_in_a_plural_of_people_is_found(nlp):
    text = "The League of Sceptics and Agnostics said the ruling ignored science."
    doc = tagged(nlp, text, [(1, 5, "ORG")])
    state = SpeakerResolver(doc).state
    fragment = state.entity_by_name("Agnostics", "PERSON")
    end = text.index("Agnostics") + len("Agnostics")
    fragment.mentions.append((end - len("Agnostics"), end))
    assert state._body_ended_by_people_noun(fragment) == "League of Sceptics and Agnostics"
    alone = "Agnostics met on Monday. The League of Sceptics and Agnostics said the ruling ignored science."
    doc = tagged(nlp, alone, [(6, 5, "ORG")])
    state = SpeakerResolver(doc).state
    fragment = state.entity_by_name("Agnostics", "PERSON")
    fragment.mentions.append((0, len("Agnostics")))  # written on its own: people of that kind
    assert state._body_ended_by_people_noun(fragment) is None
