"""An entity's type settled from the article's evidence (``extract/speakers/entity_type.py``),
each rule on small invented texts with the real model."""
from onrecord.extract.speakers.entity_type import (
    acronym,
    after_a_body_kind,
    authors_et_al,
    body_headed,
    body_kind_description,
    body_role,
    cited_as_outlet,
    collective_of_people,
    counted_kind,
    country_name,
    described_as_a_person,
    described_as_someone,
    description_head,
    digit_in_name,
    family_of_a_surname,
    government_of_a_place,
    hyphenated_capitals,
    hyphenated_given_name,
    hyphenated_person,
    impersonal_name,
    impersonal_one_word,
    introduced_as_a_body,
    kind_right_before,
    member_of_a_body,
    mostly_tagged_place,
    national_initials,
    opens_a_body_name,
    people_of_a_person,
    people_opening_a_sentence,
    person_of_a_body,
    place_named_first,
    plural_body_word,
    product_name,
    proper_name,
    refers_to_itself,
    settled_type,
    tagged_as_person_elsewhere,
    tagged_only_as_body,
    tagged_org_somewhere,
    title_inside_name,
    titled_at_a_mention,
    titled_person,
    writing_head,
)
from statement_lookup import speaker


def _mention(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_body_s_kind_word_heading_a_name_makes_it_an_organisation(nlp):
    text = "The Ruritania Highway Patrol said the road was closed."
    doc = nlp(text)
    assert body_headed("Ruritania Highway Patrol")
    assert body_headed("Ministry of Fisheries")
    assert body_headed("Zorbit Web Services")
    assert not body_headed("Ministry")  # a lone kind word is only a description
    assert settled_type("Ruritania Highway Patrol", "PERSON", [], None, doc,
                        _mention(text, "Ruritania Highway Patrol")) == "ORG"


def test_a_person_called_he_whose_surname_is_a_body_word_stays_a_person(nlp):
    text = "Robert Service said the archive was open."
    doc = nlp(text)
    assert settled_type("Robert Service", "PERSON", [], "m", doc, _mention(text, "Robert Service")) == "PERSON"
    text = "Stanford University said the study was sound."  # Stanford is a given name too
    doc = nlp(text)
    assert settled_type("Stanford University", "PERSON", [], None, doc,
                        _mention(text, "Stanford University")) == "ORG"


def test_a_role_that_names_a_kind_of_body_makes_its_holder_an_organisation(nlp):
    text = "Zentrix, a cybersecurity firm, said the data was exposed."
    doc = nlp(text)
    assert body_role("cybersecurity firm")
    assert body_role("database detailing the aircraft of airlines")
    assert not body_role("head of the firm")
    assert settled_type("Zentrix", "PERSON", ["cybersecurity firm"], None, doc, _mention(text, "Zentrix")) == "ORG"


def test_a_personal_rank_before_a_given_name_makes_a_person(nlp):
    text = "Detective Constable Daniel Oddsby said the car was found."
    doc = nlp(text)
    assert titled_person("Detective Constable Daniel Oddsby")
    assert not titled_person("General Motors")
    assert settled_type("Detective Constable Daniel Oddsby", "ORG", [], None, doc,
                        _mention(text, "Detective Constable Daniel Oddsby")) == "PERSON"


def test_a_one_word_name_with_nothing_personal_about_it_is_no_person(nlp):
    assert impersonal_one_word("Chirpr", [], None)
    assert not impersonal_one_word("Chirpr", ["spokesman"], None)  # a role says a person
    assert not impersonal_one_word("Chirpr", [], "m")  # so does "he"
    assert not impersonal_one_word("Michael", [], None)  # a given name
    assert not impersonal_one_word("MP", [], None)  # an office
    text = "Kowalczyk told reporters the game was over."
    doc = nlp(text)
    assert settled_type("Kowalczyk", "PERSON", [], None, doc, _mention(text, "Kowalczyk")) in ("ORG", "UNKNOWN")


def test_a_one_word_name_written_as_a_body_s_is_an_organisation(nlp):
    text = "Chirpr said the posts broke its rules. Users wrote on Chirpr that they were angry."
    doc = nlp(text)
    assert tagged_org_somewhere("Chirpr", doc)
    assert settled_type("Chirpr", "PERSON", [], None, doc, _mention(text, "Chirpr")) == "ORG"


def test_an_acronym_with_nothing_personal_about_it_is_an_organisation(nlp):
    text = "ZFUQ said the match was fixed."
    doc = nlp(text)
    assert acronym("ZFUQ") and not acronym("MP") and not acronym("Zfuq")
    assert settled_type("ZFUQ", "PERSON", [], None, doc, _mention(text, "ZFUQ")) == "ORG"


def test_a_description_headed_by_a_noun_of_one_person_is_a_person(nlp):
    text = "One of the victims said the fire spread fast. An acquaintance said he was calm."
    doc = nlp(text)
    assert description_head(doc, _mention(text, "One of the victims")).lower_ == "victims"
    assert settled_type("One of the victims", "UNKNOWN", [], None, doc,
                        _mention(text, "One of the victims")) == "PERSON"
    assert settled_type("acquaintance", "UNKNOWN", [], None, doc, _mention(text, "acquaintance")) == "PERSON"


def test_the_press_as_a_whole_is_a_group(nlp):
    text = "According to local news, schools closed early."
    doc = nlp(text)
    assert settled_type("local news", "UNKNOWN", [], None, doc, _mention(text, "local news")) == "GROUP"


def test_a_description_of_a_thing_keeps_its_type(nlp):
    text = "The footage from the scene showed smoke."
    doc = nlp(text)
    assert not proper_name("footage from the scene")
    assert settled_type("footage from the scene", "UNKNOWN", [], None, doc,
                        _mention(text, "footage from the scene")) == "UNKNOWN"


def test_places_keep_their_type(nlp):
    text = "Ruritania Council said it was ready."
    doc = nlp(text)
    assert settled_type("Ruritania", "GPE", [], None, doc, _mention(text, "Ruritania")) == "GPE"


def _labelled(doc, starts, labels):
    """The doc's "Ruritania"s tagged with ``labels``, whatever the model says."""
    return [doc.char_span(s, s + len("Ruritania"), label=label) for s, label in zip(starts, labels, strict=True)]


def test_a_name_tagged_a_place_at_most_of_its_occurrences_is_a_place(nlp):
    text = "Ruritania said the border was open. Troops left Ruritania. Ruritania is small."
    doc = nlp(text)
    starts = [i for i in range(len(text)) if text.startswith("Ruritania", i)]
    doc.ents = _labelled(doc, starts, ("ORG", "GPE", "GPE"))
    assert mostly_tagged_place("Ruritania", doc)
    assert settled_type("Ruritania", "ORG", [], None, doc, (starts[0], starts[0] + 9)) == "GPE"
    doc = nlp(text)  # a new parse: the entities of a parsed Doc are read once (extract/doc_index.py)
    doc.ents = _labelled(doc, starts, ("ORG", "ORG", "GPE"))
    assert settled_type("Ruritania", "ORG", [], None, doc, (starts[0], starts[0] + 9)) == "ORG"


def test_a_web_address_or_a_dotted_acronym_is_no_place_whatever_the_tagger_says(nlp):
    text = "Zorb.com.zz reported the sale."
    doc = nlp(text)
    span = doc.char_span(0, len("Zorb.com.zz"), label="GPE")
    assert span is not None
    doc.ents = [span]
    assert not mostly_tagged_place("Zorb.com.zz", doc)
    text = "The Z.F.U. said so."
    doc = nlp(text)
    span = doc.char_span(4, 10, label="GPE")
    assert span is not None
    doc.ents = [span]
    assert not mostly_tagged_place("Z.F.U.", doc)  # a dotted acronym tagged a place is a body


def test_a_country_s_government_is_a_body(nlp):
    text = "The Ruritanian government said the border was open."
    doc = nlp(text)
    assert settled_type("Ruritanian government", "ORG", [], None, doc,
                        _mention(text, "Ruritanian government")) == "ORG"
    assert settled_type("Ruritanian government", "GPE", [], None, doc,
                        _mention(text, "Ruritanian government")) == "ORG"


def test_a_description_headed_by_a_body_s_kind_is_an_organisation(nlp):
    text = "The Zorbian embassy said visas were suspended."
    doc = nlp(text)
    assert settled_type("Zorbian embassy", "UNKNOWN", [], None, doc, _mention(text, "Zorbian embassy")) == "ORG"


def test_a_movement_or_a_militia_described_is_an_organisation(nlp):
    text = "The Zorbia-based Zembla movement claimed the attack."
    doc = nlp(text)
    assert settled_type("Zorbia-based Zembla movement", "UNKNOWN", [], None, doc,
                        _mention(text, "The Zorbia-based Zembla movement")) == "ORG"


def test_a_poster_online_is_a_person(nlp):
    text = "One poster wrote that the site was down. The poster added that it was a protest."
    doc = nlp(text)
    assert counted_kind("One poster") == "PERSON"
    assert settled_type("poster", "UNKNOWN", [], None, doc, _mention(text, "The poster")) == "PERSON"


def test_a_description_headed_by_a_writing_is_no_body(nlp):
    text = "According to the report, the spray lasts for 500 flushes."
    doc = nlp(text)
    assert writing_head(description_head(doc, _mention(text, "the report")))
    assert settled_type("report", "ORG", [], None, doc, _mention(text, "the report")) == "UNKNOWN"
    text = "The Zorbian statement called for a safe zone."
    doc = nlp(text)
    assert settled_type("Zorbian statement", "ORG", [], None, doc, _mention(text, "The Zorbian statement")) \
        == "UNKNOWN"
    text = "Results showed the flies hovered over both animals."
    doc = nlp(text)
    assert settled_type("Results", "GROUP", [], None, doc, _mention(text, "Results")) == "UNKNOWN"
    # a body found to have issued the writing keeps its type
    text = "He died, according to a statement released by the Zorbian Court."
    doc = nlp(text)
    assert settled_type("Zorbian Court", "ORG", [], None, doc, _mention(text, "a statement")) == "ORG"
    # an outlet's writing names the outlet's staff
    text = "The website reported that a fourth man escaped."
    doc = nlp(text)
    assert settled_type("website", "ORG", [], None, doc, _mention(text, "The website")) == "ORG"


def test_a_body_s_name_the_tagger_never_reads_as_a_person_s_is_a_body_s(nlp):
    text = "Researchers from Stanford University said the plants were old."
    doc = nlp(text)
    assert tagged_only_as_body("Stanford University", doc)
    # "Stanford" is a given name, and the passes gave a gender by it
    assert settled_type("Stanford University", "PERSON", [], "m", doc,
                        _mention(text, "Stanford University")) == "ORG"


def test_people_of_a_person_are_a_group(nlp):
    text = "Jane Roe fell ill on a flight. Associates of Roe alleged she drank poisoned tea."
    doc = nlp(text)
    assert people_of_a_person("Associates of Roe", doc)
    assert not people_of_a_person("Friends of the Earth", doc)
    assert settled_type("Associates of Roe", "ORG", [], None, doc, _mention(text, "Associates of Roe")) == "GROUP"


def test_a_name_introduced_after_a_body_s_kind_is_a_body_s(nlp):
    text = "The store chains Zedmart and Ylo lowered their limits. Ylo, in its release, said stock was low."
    doc = nlp(text)
    assert after_a_body_kind("Ylo", doc)
    assert after_a_body_kind("Zedmart", doc)
    text = "The singer Ylo said stock was low."
    assert not after_a_body_kind("Ylo", nlp(text))
    # the name is the subject of a relative clause on the kind: "the company (that) X runs"
    text = "Workers at the company Obiora Nwankwo runs in Lagos say wages are late. Nwankwo said the claims were false."
    doc = nlp(text)
    assert not after_a_body_kind("Obiora Nwankwo", doc)
    assert not introduced_as_a_body("Obiora Nwankwo", doc)
    assert settled_type("Obiora Nwankwo", "PERSON", [], None, doc, _mention(text, "Obiora Nwankwo")) == "PERSON"


def test_a_description_ending_in_a_hyphenated_noun_of_a_person_is_a_person(nlp):
    assert hyphenated_person("study co-author")
    assert hyphenated_person("his ex-wife")
    assert not hyphenated_person("head-to-head matchup")
    assert not hyphenated_person("Co-author")  # a capitalised name is not a description
    text = "The stripes may dazzle flies, said study co-author and fellow Jo Doe."
    doc = nlp(text)
    assert settled_type("study co-author", "UNKNOWN", [], None, doc, _mention(text, "study co-author")) == "PERSON"


def test_a_given_name_and_surname_of_a_body_is_a_person(nlp):
    text = "Nils-Erik Oddsby of Zorbia Fire and Rescue said no crews would go in."
    doc = nlp(text)
    mention = _mention(text, "Nils-Erik Oddsby of Zorbia Fire and Rescue")
    assert person_of_a_body("Nils-Erik Oddsby", doc, mention)
    assert settled_type("Nils-Erik Oddsby", "ORG", [], None, doc, mention) == "PERSON"
    text = "Morgan Zedley said the fund was closed."  # no "of" a body: nothing says a person
    assert not person_of_a_body("Morgan Zedley", nlp(text), _mention(text, "Morgan Zedley"))


def test_a_name_of_the_assembly_it_sits_in_is_a_person(nlp):
    text = "Ramu Zorbanath of the Eastland assembly said the vote was fair."
    doc = nlp(text)
    assert member_of_a_body("Ramu Zorbanath", doc)
    assert settled_type("Ramu Zorbanath", "ORG", [], None, doc, _mention(text, "Ramu Zorbanath")) == "PERSON"
    text = "The Zorbia Gazette of the Eastland assembly said the vote was fair."  # a body's word
    assert not member_of_a_body("Zorbia Gazette", nlp(text))
    text = "Zedco Holdings said the vote was fair."  # nothing "of the" a body
    assert not member_of_a_body("Zedco Holdings", nlp(text))


def test_a_country_s_name_read_as_a_body_is_a_place(nlp):
    assert country_name("Armenia")
    assert country_name("the United States")
    assert not country_name("Zedco")
    assert not country_name("United Nations")  # a body of countries, no country
    text = "Armenia said the ceasefire was broken."
    doc = nlp(text)
    assert settled_type("Armenia", "ORG", [], None, doc, _mention(text, "Armenia")) == "GPE"


def test_a_name_after_a_person_s_title_is_a_person_s(nlp):
    text = "Early opponent MP Tanya Roeburn said the bill had improved."
    doc = nlp(text)
    assert titled_at_a_mention("Tanya Roeburn", doc)
    text = "Speakers included First Minister of Scotland Nicola Roeburn. Nicola Roeburn said it was time."
    doc = nlp(text)
    assert titled_at_a_mention("Nicola Roeburn", doc)


def test_a_body_after_a_title_and_a_preposition_or_of_common_words_stays_a_body(nlp):
    text = "An analyst at Zedco Partners said the shares would fall."
    assert not titled_at_a_mention("Zedco Partners", nlp(text))
    text = "The justice sat on the Supreme Court for years; the court said he died on Tuesday."
    assert not titled_at_a_mention("Supreme Court", nlp(text))


def test_a_place_that_is_a_body_when_it_speaks_is_an_organisation(nlp):
    text = "The Zorbul Air Base said two drones were shot down."
    doc = nlp(text)
    assert body_headed("Zorbul Air Base")
    assert body_headed("Zorbia General Hospital")
    assert settled_type("Zorbul Air Base", "PERSON", [], None, doc, _mention(text, "Zorbul Air Base")) == "ORG"


def test_a_description_of_several_people_is_a_group(nlp):
    text = "The couple ran a stall at the fair. They said the rain kept buyers away."
    doc = nlp(text)
    assert collective_of_people("couple") and collective_of_people("his family")
    assert not collective_of_people("Family")  # capitalised: a name, whatever it is
    assert settled_type("couple", "UNKNOWN", [], None, doc, _mention(text, "They")) == "GROUP"


def test_a_country_read_as_someone_s_name_is_a_place(nlp):
    text = "Finland said its army had taken the town. Portugal denied it."
    doc = nlp(text)
    assert settled_type("Finland", "PERSON", [], None, doc, None) == "GPE"
    assert settled_type("Jordan", "PERSON", [], None, doc, None) == "PERSON"  # a given name too


def test_a_call_sign_is_a_body_s_initials(nlp):
    text = "The mayor will resign, according to KZZZ-TV."
    doc = nlp(text)
    assert hyphenated_capitals("KZZZ-TV") and acronym("KZZZ-TV")
    assert not hyphenated_capitals("Smith-Jones") and not acronym("Smith-Jones")
    assert impersonal_one_word("KZZZ-TV", [], None)
    assert settled_type("KZZZ-TV", "UNKNOWN", [], None, doc, _mention(text, "KZZZ-TV")) == "ORG"


def test_one_of_a_kind_opening_a_sentence_is_a_description(nlp):
    text = "One MP told the paper the vote was lost. One agency said the figures were wrong."
    doc = nlp(text)
    assert counted_kind("One MP") == "PERSON"
    assert counted_kind("Another witness") == "PERSON"
    assert counted_kind("One agency") == "ORG"
    assert counted_kind("One Direction") is None  # a name: no kind of person or body
    assert settled_type("One MP", "UNKNOWN", [], None, doc, _mention(text, "One MP")) == "PERSON"


def test_a_broadcaster_named_by_its_medium_is_a_body(nlp):
    text = "Ten people died in the fire, according to state television."
    doc = nlp(text)
    assert settled_type("state television", "UNKNOWN", [], None, doc,
                        _mention(text, "state television")) == "ORG"
    assert body_headed("Zembla Radio")


def test_a_newspaper_s_name_is_a_body_s(nlp):
    text = "Three ships were seen, according to Coastal Bulletin."
    doc = nlp(text)
    assert body_headed("Coastal Bulletin") and body_headed("Zembla Globe")
    assert settled_type("Coastal Bulletin", "PERSON", [], None, doc, _mention(text, "Coastal Bulletin")) == "ORG"


def test_a_name_written_as_a_product_s_is_no_person(nlp):
    assert product_name("ZorbOS Stream")
    assert product_name("iZorb")
    assert not product_name("Jane McDonald")
    assert not product_name("Ron DeSantis")
    text = "ZorbOS Stream provides a platform for rapid work, the company wrote."
    doc = nlp(text)
    assert settled_type("ZorbOS Stream", "PERSON", [], None, doc, _mention(text, "ZorbOS Stream")) == "UNKNOWN"
    assert settled_type("Jane McDonald", "PERSON", [], "F", doc, None) == "PERSON"


def test_a_one_word_name_that_published_a_report_and_is_a_body_is_an_organisation(nlp):
    text = ("The fund shrank last year, the news site Zedpost reported. Jane Roe told Zedpost the deal was off. "
            "Quillnet.com reported the vote was close. Kowalczyk left early.")
    doc = nlp(text)
    assert cited_as_outlet("Zedpost", doc) and cited_as_outlet("Quillnet.com", doc)
    assert not cited_as_outlet("Kowalczyk", doc)
    assert settled_type("Zedpost", "UNKNOWN", [], None, doc, _mention(text, "Zedpost")) == "ORG"
    assert settled_type("Kowalczyk", "PERSON", [], None, doc, _mention(text, "Kowalczyk")) == "UNKNOWN"


def test_told_or_according_to_a_one_word_name_is_no_sign_of_an_outlet(nlp):
    # "told X" and "according to X" are as common for people; "X reported" alone gives no body
    text = ("According to Kowalczyk, the plan failed. Kowalczyk said the fund was gone. "
            "The minister told Wrobel to resign. Marrowby reported the vote was close.")
    doc = nlp(text)
    assert not cited_as_outlet("Kowalczyk", doc)
    assert not cited_as_outlet("Wrobel", doc)
    assert not cited_as_outlet("Marrowby", doc)
    assert settled_type("Kowalczyk", "PERSON", [], None, doc, _mention(text, "Kowalczyk")) != "ORG"


def test_a_description_headed_by_a_moderator_or_a_confidant_is_a_person(nlp):
    text = "The moderator said the time was up. A confidant said he would run."
    doc = nlp(text)
    assert settled_type("moderator", "UNKNOWN", [], None, doc, _mention(text, "moderator")) == "PERSON"
    assert settled_type("confidant", "UNKNOWN", [], None, doc, _mention(text, "confidant")) == "PERSON"


def test_a_plural_of_people_opening_a_sentence_is_a_group(nlp):
    text = "Aides said the governor would run. Zedco said the plan would fail."
    doc = nlp(text)
    assert people_opening_a_sentence("Aides", doc, _mention(text, "Aides"))
    assert not people_opening_a_sentence("Zedco", doc, _mention(text, "Zedco"))
    assert settled_type("Aides", "UNKNOWN", [], None, doc, _mention(text, "Aides")) == "GROUP"


def test_a_name_with_digits_is_no_person(nlp):
    assert digit_in_name("Zed24") and digit_in_name("COVID-19")
    assert not digit_in_name("Channel 4") and not digit_in_name("Elizabeth II") and not digit_in_name("GÃ1⁄4len")
    # digits inside a word written for letters: a stage name, a person's
    assert not digit_in_name("Tekashi 6ix9ine")
    text = "Tekashi 6ix9ine said the album would come out in May."
    doc = nlp(text)
    assert settled_type("Tekashi 6ix9ine", "PERSON", [], None, doc, _mention(text, "Tekashi 6ix9ine")) == "PERSON"
    text = "Zed24 said the minister had resigned."
    doc = nlp(text)
    assert settled_type("Zed24", "PERSON", [], None, doc, _mention(text, "Zed24")) == "UNKNOWN"
    text = "The broadcaster Zed24 said the minister had resigned."
    doc = nlp(text)
    assert settled_type("Zed24", "PERSON", [], None, doc, _mention(text, "Zed24")) == "ORG"


def test_a_name_the_article_calls_a_body_is_an_organisation(nlp):
    text = "The news site Notes from Zorbia said the law had passed."
    doc = nlp(text)
    assert introduced_as_a_body("Notes from Zorbia", doc)
    assert settled_type("Notes from Zorbia", "GROUP", [], None, doc, _mention(text, "Notes from Zorbia")) == "ORG"
    text = "Most gifts came from women, according to Zedpac, a political crowdfunding website."
    doc = nlp(text)
    assert introduced_as_a_body("Zedpac", doc)
    assert settled_type("Zedpac", "GPE", [], None, doc, _mention(text, "Zedpac")) == "ORG"
    text = "The county picks winners, according to a new article in Zedpost."
    doc = nlp(text)
    assert settled_type("Zedpost", "UNKNOWN", [], None, doc, _mention(text, "Zedpost")) == "ORG"
    # a column of troops in a place the tagger knows: no publication
    text = "A Russian military column in Kharkiv was destroyed overnight. Kharkiv said the attack killed three people."
    doc = nlp(text)
    assert not introduced_as_a_body("Kharkiv", doc)
    assert settled_type("Kharkiv", "UNKNOWN", [], None, doc, _mention(text, "Kharkiv")) == "UNKNOWN"


def test_a_person_after_a_publisher_or_a_role_stays_a_person(nlp):
    text = "Rolling Zed publisher Jann Roe said the magazine would close."
    doc = nlp(text)
    assert not introduced_as_a_body("Jann Roe", doc)
    assert settled_type("Jann Roe", "PERSON", [], None, doc, _mention(text, "Jann Roe")) == "PERSON"
    text = "Company founder Jane Roe said the firm would close."
    doc = nlp(text)
    assert not impersonal_name("Jane Roe", None)
    assert settled_type("Jane Roe", "PERSON", [], None, doc, _mention(text, "Jane Roe")) == "PERSON"


def test_a_name_that_reports_and_is_a_body_elsewhere_is_an_outlet(nlp):
    text = "Zedwire Daily reported that the mayor resigned. Zedwire Daily is owned by a bank."
    doc = nlp(text)
    assert cited_as_outlet("Zedwire Daily", doc)
    assert settled_type("Zedwire Daily", "PERSON", [], None, doc, _mention(text, "Zedwire Daily")) == "ORG"


def test_a_name_headed_by_a_kind_of_place_is_a_place(nlp):
    text = "Zorbin County says the senator will win."
    doc = nlp(text)
    assert settled_type("Zorbin County", "PERSON", [], None, doc, _mention(text, "Zorbin County")) == "GPE"


def test_the_plural_of_a_named_person_s_surname_is_a_family(nlp):
    text = "Jane Roe and Tom Roe met her in 1990. The Roes said they would vote."
    doc = nlp(text)
    assert family_of_a_surname("Roes", doc)
    assert settled_type("Roes", "ORG", [], None, doc, _mention(text, "Roes")) == "GROUP"
    text = "The Reuters report said the plant had closed."
    doc = nlp(text)
    assert not family_of_a_surname("Reuters", doc)


def test_two_given_names_joined_by_a_hyphen_open_a_person_s_name(nlp):
    assert hyphenated_given_name("Eva-Maria Roe")
    assert not hyphenated_given_name("Zorb-Zed Holdings") and not hyphenated_given_name("Eva-Maria Foundation")
    text = "Eva-Maria Roe posted that the law was unjust."
    doc = nlp(text)
    assert settled_type("Eva-Maria Roe", "ORG", [], None, doc, _mention(text, "Eva-Maria Roe")) == "PERSON"


def test_a_one_word_name_that_opens_a_body_s_name_is_its_short_form(nlp):
    text = "A new Zedwell Research report compares web samples. Zedwell notes that the samples differ."
    doc = nlp(text)
    assert opens_a_body_name("Zedwell", doc)
    start = text.rindex("Zedwell")
    assert settled_type("Zedwell", "PERSON", [], None, doc, (start, start + 7)) == "ORG"
    text = "Crews came from Zedmouth, Harlech and Bala. The manager of Zedmouth Publicity said the roads were shut."
    doc = nlp(text)
    assert not opens_a_body_name("Zedmouth", doc)


def test_a_body_s_kind_read_into_a_name_and_a_publisher_s_description_are_bodies(nlp):
    text = "Broadcaster Zed24 reported that the strike killed three people."
    doc = nlp(text)
    assert introduced_as_a_body("Broadcaster Zed24", doc)
    assert not introduced_as_a_body("Group Captain Jane Roe", nlp("Group Captain Jane Roe said the base was safe."))
    text = "The news site said the government had lied."
    doc = nlp(text)
    assert settled_type("news site", "UNKNOWN", [], None, doc, _mention(text, "The news site")) == "ORG"


def test_a_description_headed_by_a_body_s_kind_is_a_body_not_a_person(nlp):
    text = "Zorbia imposed sanctions, the foreign ministry announced."
    doc = nlp(text)
    mention = _mention(text, "the foreign ministry")
    assert body_kind_description("foreign ministry", description_head(doc, mention))
    assert settled_type("foreign ministry", "PERSON", [], None, doc, mention) == "ORG"
    text = "The show was off. The promotion said refunds would follow."
    doc = nlp(text)
    assert settled_type("promotion", "UNKNOWN", [], None, doc, _mention(text, "The promotion")) == "ORG"
    text = "Zorbia imposed sanctions, a ministry spokesman said."
    doc = nlp(text)
    mention = _mention(text, "a ministry spokesman")
    assert settled_type("ministry spokesman", "PERSON", [], None, doc, mention) == "PERSON"


def test_a_first_author_and_et_al_are_several_people():
    assert authors_et_al("Vera et al")
    assert authors_et_al("Vera et al.")
    assert authors_et_al("Maria Vera et al.")
    assert not authors_et_al("et al")
    assert not authors_et_al("Vera")


def test_a_name_right_after_a_qualified_body_kind_is_a_body_though_it_opens_with_a_given_name(nlp):
    text = "On Tuesday, US-based software company Rocky Hat announced plans. Rocky Hat said it would act."
    doc = nlp(text)
    assert kind_right_before("Rocky Hat", doc)
    assert settled_type("Rocky Hat", "PERSON", [], None, doc, _mention(text, "Rocky Hat")) == "ORG"


def test_a_person_after_a_body_kind_and_a_person_s_noun_stays_a_person(nlp):
    text = "The software company founder Rocky Hale said it would act."
    doc = nlp(text)
    assert not kind_right_before("Rocky Hale", doc)
    text = "Rocky Hale said the company Rocky Hale runs would act."
    assert not kind_right_before("Rocky Hale", nlp(text))


def test_a_plural_body_word_heads_several_bodies(nlp):
    assert plural_body_word("committees") and plural_body_word("agencies")
    assert body_headed("House Committees")
    assert not body_headed("Ruth Committees")  # after a given name: a surname


def test_a_place_that_reported_and_is_a_body_elsewhere_is_an_organisation(nlp):
    text = "Zedberg News wrote first. Zedberg also reported that the deal closed."
    doc = nlp(text)
    ents = [e for e in doc.ents if e.text == "Zedberg"]
    if ents and ents[0].label_ == "GPE" and cited_as_outlet("Zedberg", doc):
        assert settled_type("Zedberg", "GPE", [], None, doc, _mention(text, "Zedberg also")) == "ORG"


def test_a_company_named_like_a_person_after_its_kind_is_a_body():
    """"software company Rocky Hat": the given name "Rocky" tells a gender, but only the name
    tells it (no title, no "he"), and the article says what the name is."""
    text = ("On Monday, software company Rocky Hat announced a new plan. "
            "Rocky Hat said the plan would start next year.")
    assert speaker(text, "the plan would start").type == "ORG"


def test_a_person_after_a_kind_called_he_stays_a_person():
    text = ("On Monday, software company founder Rocky Hart announced a new plan. "
            "Rocky Hart said he would start next year.")
    assert speaker(text, "he would start").type == "PERSON"


def test_a_name_that_describes_itself_is_no_person():
    text = ("Rocky Linux describes itself as a community system. "
            "Rocky Linux said the release would come in May.")
    assert speaker(text, "the release would come").type == "UNKNOWN"
    text = "Rocky Lane describes herself as a painter. Rocky Lane said the show would open in May."
    assert speaker(text, "the show would open").type == "PERSON"


def test_refers_to_itself_reads_the_subject_of_a_verb_taking_itself(nlp):
    doc = nlp("Zedix Linux describes itself as a community system.")
    assert refers_to_itself("Zedix Linux", doc)
    assert not refers_to_itself("Zedix Linux", nlp("Zedix Linux describes the system."))


def test_body_role_reads_an_ing_word_before_a_kind_as_its_qualifier():
    assert body_role("social networking site that lets users post notes")
    assert body_role("polling firm")
    assert body_role("a database detailing the losses")
    assert not body_role("man running the firm")


def test_described_as_someone_reads_a_who_clause_calling_the_name_he_or_she(nlp):
    doc = nlp("\"I do well,\" said Zedville, who graduated in 2009 with her degree in law.")
    assert described_as_someone("Zedville", doc)
    assert not described_as_someone("Chicago", nlp("The fans cheered Chicago, who won the cup on Sunday."))
    assert not described_as_someone("Zedville", nlp("Zedville, which lies on the coast, grew."))
    doc = nlp("\"It is hard,\" said Jane Roe, a nurse from Zedville, Ruritania, who said she was tired.")
    assert not described_as_someone("Zedville", doc)
    # what a place has may be "he" or "she": a "whose" clause says nothing of the name
    assert not described_as_someone("Zedville", nlp("The storm hit Zedville, whose mayor said her city was ready."))
    assert not described_as_someone("Texas", nlp("Aid was sent to Texas, whose governor said he welcomed it."))


def test_a_place_tagged_surname_with_a_who_clause_of_her_is_a_person(nlp):
    """The GPE a pass gave "Zedville" yields to the article's "who ... her"; a town stays."""
    text = "\"I do well,\" said Zedville, who graduated in 2009 with her degree in law."
    assert settled_type("Zedville", "GPE", [], None, nlp(text), _mention(text, "Zedville")) == "PERSON"
    text = "Officials in Zedville, which lies on the coast, said the road was shut."
    assert settled_type("Zedville", "GPE", [], None, nlp(text), _mention(text, "Zedville")) == "GPE"


def test_a_place_s_government_is_a_body_in_either_case(nlp):
    text = "The Chilean Government said the border was open. The Government of Chile agreed."
    doc = nlp(text)
    assert government_of_a_place("Chilean Government", doc)
    assert government_of_a_place("Government of Chile", doc)
    assert government_of_a_place("the federal government", doc)
    assert settled_type("Chilean Government", "ORG", [], None, doc, _mention(text, "Chilean Government")) == "ORG"
    assert settled_type("Chilean government", "PERSON", [], None, doc, None) == "ORG"


def test_a_body_s_or_a_party_s_government_is_no_place(nlp):
    text = "The Student Government said fees would rise. The Labour Government agreed."
    doc = nlp(text)
    assert not government_of_a_place("Student Government", doc)
    assert not government_of_a_place("Labour Government", doc)
    assert not government_of_a_place("Government Accountability Office", doc)
    assert settled_type("Student Government", "ORG", [], None, doc, _mention(text, "Student Government")) == "ORG"


def test_a_country_s_word_and_initials_are_a_body(nlp):
    text = "The Chilean ZSB claimed the men were spies."
    doc = nlp(text)
    assert national_initials("Chilean ZSB")
    assert not national_initials("British MP")  # letters after a person's name
    assert not national_initials("Jane ZSB")
    assert settled_type("Chilean ZSB", "PERSON", [], None, doc, _mention(text, "Chilean ZSB")) == "ORG"


def test_a_body_named_for_its_city_is_no_person_for_a_given_name(nlp):
    text = "According to Manila Bulletin, the mayor resigned."
    doc = nlp(text)
    assert place_named_first("Manila Bulletin", doc)
    assert settled_type("Manila Bulletin", "PERSON", [], "F", doc, _mention(text, "Manila Bulletin"),
                        name_gender_only=True) == "ORG"
    text = "Robert Service said the road was closed."
    doc = nlp(text)
    assert not place_named_first("Robert Service", doc)
    assert settled_type("Robert Service", "PERSON", [], "M", doc, _mention(text, "Robert Service"),
                        name_gender_only=True) == "PERSON"


def test_the_plural_of_a_surname_after_an_honorific_is_a_family(nlp):
    # the surname written first in the full name: only "Mr Kowalski" gives it
    text = "Mr Kowalski bought the hotel in 2004. The Kowalskis said they would restore it."
    doc = nlp(text)
    assert family_of_a_surname("Kowalskis", doc)
    assert settled_type("Kowalskis", "GPE", [], None, doc, _mention(text, "Kowalskis")) == "GROUP"


def test_a_given_name_with_a_person_s_noun_is_a_person_though_tagged_a_body(nlp):
    text = "Jane Roe, a lawyer for the family, said the case was weak."
    doc = nlp(text)
    assert described_as_a_person("Jane Roe", [], doc)
    assert settled_type("Jane Roe", "ORG", [], None, doc, _mention(text, "Jane Roe")) == "PERSON"
    assert described_as_a_person("Jane Roe", ["spokeswoman"], doc)
    text = "Jane Roe, a polling firm, said the race was close."
    doc = nlp(text)
    assert not described_as_a_person("Jane Roe", [], doc)
    assert not described_as_a_person("Jane Roe", ["polling firm"], doc)


def test_a_title_and_a_full_name_inside_a_run_are_a_person(nlp):
    assert title_inside_name("Zedton Mayor Jane Roe")
    assert not title_inside_name("Zedton Mayor's Office")
    assert not title_inside_name("Zedton Mayor")
    text = "Zedton Mayor Jane Roe said the road was closed."
    doc = nlp(text)
    mention = _mention(text, "Zedton Mayor Jane Roe")
    assert settled_type("Zedton Mayor Jane Roe", "ORG", [], None, doc, mention) == "PERSON"


def test_a_name_the_tagger_reads_as_a_person_s_elsewhere_is_a_person(nlp):
    text = "Candidates Jane Roe and Tom Moe spoke. Jane Roe said the plan failed."
    doc = nlp(text)
    assert tagged_as_person_elsewhere("Jane Roe", doc)
    assert settled_type("Jane Roe", "ORG", [], None, doc, _mention(text, "Jane Roe")) == "PERSON"
    assert not tagged_as_person_elsewhere("Zedco Holdings", doc)
