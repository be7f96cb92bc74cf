"""``SpeakerResolver`` on two or three parsed sentences: a mention head in, the mention's span and
the article entity it stands for out; the entities exported with their names, roles and aliases."""
from onrecord.extract.speakers.resolver import SpeakerResolver

WONG = ("Prime Minister Lee Wong met the unions on Tuesday. He said the deal was fair. "
        "Mr. Wong, the party leader of Singapore, added that talks would go on.")


def token(doc, text, n=0):
    return [t for t in doc if t.text == text][n]


def mentioned(text, mention):
    return text[mention.start:mention.end]


def test_a_pronoun_and_a_surname_are_the_person_named_before(nlp):
    doc = nlp(WONG)
    resolver = SpeakerResolver(doc)
    he = resolver.resolve(token(doc, "He"))
    assert mentioned(WONG, he) == "He" and he.entity.name == "Lee Wong"
    again = resolver.resolve(token(doc, "Wong", 1))
    assert mentioned(WONG, again) == "Mr. Wong" and again.entity is he.entity
    person = he.entity
    assert person.type == "PERSON" and person.gender == "m"
    # the title before the name and the appositive after it are roles; the place, the affiliation
    assert person.roles == ["Prime Minister", "party leader of Singapore"]
    assert person.affiliation == "Singapore"
    [entity] = resolver.export()
    assert (entity.id, entity.name, entity.aliases) == ("e1", "Lee Wong", ["Lee Wong", "Wong"])
    assert resolver.entity_id(person) == "e1"
    assert [WONG[s:e] for s, e in entity.mentions] == ["Lee Wong", "He", "Mr. Wong", "Wong"]


def test_she_is_the_woman_not_the_last_name_seen(nlp):
    text = "Ivanka Trump joined Donald Trump on stage. She said the plan was costed."
    doc = nlp(text)
    she = SpeakerResolver(doc).resolve(token(doc, "She"))
    assert mentioned(text, she) == "She" and she.entity.name == "Ivanka Trump" and she.entity.gender == "f"


def test_a_pronoun_with_no_one_before_it_is_no_one(nlp):
    doc = nlp("He said the deal was fair.")
    resolver = SpeakerResolver(doc)
    assert resolver.resolve(token(doc, "He")).entity is None
    assert resolver.export() == []  # entities never mentioned as speakers are not exported


def test_organizations_groups_and_relative_pronouns(nlp):
    text = "The Health Ministry announced that the clinics would reopen. Critics said the changes were rushed."
    doc = nlp(text)
    resolver = SpeakerResolver(doc)
    ministry = resolver.resolve(token(doc, "Ministry"))
    assert mentioned(text, ministry) == "The Health Ministry"
    assert (ministry.entity.name, ministry.entity.type) == ("Health Ministry", "ORG")
    critics = resolver.resolve(token(doc, "Critics"))
    assert (critics.entity.name, critics.entity.type) == ("Critics", "GROUP")

    text = "McConnell, who said the bill was dead, left early."
    doc = nlp(text)
    who = SpeakerResolver(doc).resolve(token(doc, "who"))
    assert mentioned(text, who) == "who" and who.entity.name == "McConnell"


def test_a_title_before_the_name_with_the_country_before_it(nlp):
    text = "Iran’s Supreme Leader Ali Khamenei said the missiles are precise."
    doc = nlp(text)
    khamenei = SpeakerResolver(doc).resolve(token(doc, "Khamenei"))
    assert mentioned(text, khamenei) == "Iran’s Supreme Leader Ali Khamenei"
    assert (khamenei.entity.name, khamenei.entity.roles, khamenei.entity.affiliation) == (
        "Ali Khamenei", ["Supreme Leader"], "Iran")
