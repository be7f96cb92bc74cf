"""``SpeakerResolver`` on two or three parsed sentences: a mention head in, the mention's span and
the article entity it stands for out; the entities exported with their names, roles and aliases."""
import onrecord
from onrecord.extract.speakers.resolver import SpeakerResolver
from statement_lookup import token

WONG = ("Prime Minister Lee Wong met the unions on Tuesday. He said the deal was fair. "
        "Mr. Wong, the party leader of Singapore, added that talks would go on.")


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


def test_a_pronoun_after_a_person_the_article_never_names_is_left_unnamed(nlp):
    text = ("Police chief John Smith said the house was locked. The couple's 17-year-old daughter "
            "escaped through a window. She said her siblings were chained to beds.")
    doc = nlp(text)
    assert SpeakerResolver(doc).resolve(token(doc, "She")).entity is None
    named = "Police chief John Smith said the house was locked. He said the children were chained."
    doc = nlp(named)
    assert SpeakerResolver(doc).resolve(token(doc, "He")).entity.name == "John Smith"


def test_an_office_described_with_other_words_is_not_the_holder_of_another(nlp):
    text = ("Civil Aviation Minister Hardeep Singh Puri said 18 people died. 149 survivors are in "
            "hospital. The local health minister said the wards were full.")
    doc = nlp(text)
    resolver = SpeakerResolver(doc)
    assert resolver.resolve(token(doc, "Puri")).entity.name == "Hardeep Singh Puri"
    assert resolver.resolve(token(doc, "minister")).entity.named is False
    same = "Health Minister Jane Doe visited the ward. The health minister said the wards were full."
    doc = nlp(same)
    resolver = SpeakerResolver(doc)
    resolver.resolve(token(doc, "Doe"))
    assert resolver.resolve(token(doc, "minister")).entity.name == "Jane Doe"
    synonym = ("Mexico's Foreign Secretary Marcelo Ebrard said Mexico would act. "
               "The foreign minister said Mexico would consider charges.")
    doc = nlp(synonym)
    resolver = SpeakerResolver(doc)
    resolver.resolve(token(doc, "Ebrard"))
    assert resolver.resolve(token(doc, "minister")).entity.name == "Marcelo Ebrard"


def test_a_study_speaks_for_its_authors_not_its_journal_nor_one_of_several(nlp):
    text = "One study in the Journal of Threatened Taxa found that the species was declining."
    doc = nlp(text)
    study = SpeakerResolver(doc).resolve(token(doc, "study"))
    assert study.entity.named is False and "Journal" not in study.entity.name.split()[0]
    text = ("A study was conducted by professor Sara Seager and other researchers. "
            "The study reported that the organisms grew.")
    doc = nlp(text)
    assert SpeakerResolver(doc).resolve(token(doc, "study", 1)).entity.name != "Sara Seager"
    text = "A report on Wednesday by UpGuard, a cybersecurity firm, said the data was exposed."
    doc = nlp(text)
    assert SpeakerResolver(doc).resolve(token(doc, "report")).entity.name == "UpGuard"


def test_one_of_several_unnamed_people_is_no_named_antecedent(nlp):
    text = ("Louise Turpin was arrested in January. One of her daughters, aged 17, escaped and phoned "
            "the police. She said that some of her siblings were chained to their beds.")
    doc = nlp(text)
    assert SpeakerResolver(doc).resolve(token(doc, "She")).entity is None


def test_a_long_description_is_someone_new_and_a_mother_no_father(nlp):
    text = ("Lawyer Sophie Obadia said the men had lied. The head of the police's internal "
            "investigators told the court that basic checks were not done.")
    doc = nlp(text)
    resolver = SpeakerResolver(doc)
    resolver.resolve(token(doc, "Obadia"))
    assert resolver.resolve(token(doc, "head")).entity.name != "Sophie Obadia"
    text = "David Turpin, the father, pleaded guilty. The mother said she was sorry."
    doc = nlp(text)
    resolver = SpeakerResolver(doc)
    resolver.resolve(token(doc, "Turpin"))
    assert resolver.resolve(token(doc, "mother")).entity.name != "David Turpin"


def test_they_are_the_people_who_spoke_before_not_those_spoken_of(nlp):
    text = ("US authorities claimed the site was the largest in the world. Members from the site were "
            "found in many states. They also stated that arrests were made in Australia.")
    doc = nlp(text)
    they = SpeakerResolver(doc).resolve(token(doc, "They"))
    assert they.entity.name == "US authorities"
    text = ("The study revealed that children in mainland Australia are deficient. "
            "They say adding iodine to salt is the simplest method.")
    doc = nlp(text)
    assert SpeakerResolver(doc).resolve(token(doc, "They")).entity is None


def test_its_and_their_writings_speak_for_the_body_or_group_named_before(nlp):
    text = "The National Transportation Safety Board opened an inquiry. Its website said the plane stalled."
    doc = nlp(text)
    website = SpeakerResolver(doc).resolve(token(doc, "website"))
    assert website.entity.name == "National Transportation Safety Board"


def test_reports_that_name_no_one_are_an_unnamed_source(nlp):
    doc = nlp("Early reports suggested that ten people had died.")
    found = SpeakerResolver(doc).resolve(token(doc, "reports"))
    assert found.entity is None and (found.start, found.end) == (0, 13) and found.rule == "unnamed"
    doc = nlp("Reports by Reuters said that ten people had died.")
    assert SpeakerResolver(doc).resolve(token(doc, "Reports")).entity.name == "Reuters"


def test_an_office_tagged_as_a_name_gives_way_to_the_name_in_apposition(nlp):
    text = 'In a statement, the current bishop, Allan Casicas, said, "We are saddened by the news."'
    doc = nlp(text)
    bishop = SpeakerResolver(doc).resolve(token(doc, "bishop"))
    assert bishop.entity.name == "Allan Casicas"


def test_its_is_the_body_its_sentence_is_about(nlp):
    text = ("The NBA did not name the player. They said the Oklahoma City Thunder would not play. "
            "According to its press release, the NBA was suspending game play.")
    doc = nlp(text)
    release = SpeakerResolver(doc).resolve(token(doc, "release"))
    assert release.entity.name == "NBA"


def test_a_writings_description_gives_its_issuer_no_affiliation():
    text = "The deal holds, according to an Acme Press survey of Democratic delegates."
    record = onrecord.extract(text)
    acme = [e for e in record.entities if e.name == "Acme Press"]
    assert all(e.affiliation is None for e in acme)
