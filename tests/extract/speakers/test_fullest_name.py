"""The fullest name an article gives (``extract/speakers/fullest_name.py``)."""
from onrecord.extract.speakers.fullest_name import acronym_expansion, longer_body_name, longer_person_name


def test_an_acronym_takes_the_one_expansion_the_article_spells(nlp):
    doc = nlp("The World Health Organization (WHO) said on Monday that Pacific Gas and Electric "
              "(PG&E) had cut power. The United States and the United Kingdom agreed.")
    assert acronym_expansion("WHO", doc) == "World Health Organization"
    assert acronym_expansion("PG&E", doc) == "Pacific Gas and Electric"
    assert acronym_expansion("NATO", doc) is None  # not spelled out here
    assert acronym_expansion("Reuters", doc) is None  # no acronym


def test_two_expansions_leave_the_acronym_alone(nlp):
    doc = nlp("The Progressive Party (PP) met the Peace Party (PP) on Friday.")
    assert acronym_expansion("PP", doc) is None


def test_a_person_takes_the_longer_name_the_article_gives(nlp):
    doc = nlp("The governor, Wanda Vázquez Garced, spoke on Monday. Later Wanda Vázquez said it was fine.")
    assert longer_person_name("Wanda Vázquez", doc) == "Wanda Vázquez Garced"


def test_a_title_or_an_office_is_not_part_of_a_name(nlp):
    doc = nlp("Director of National Intelligence John Ratcliffe spoke. John Ratcliffe said more.")
    assert longer_person_name("John Ratcliffe", doc) is None


def test_a_surname_shared_by_two_people_is_not_lengthened(nlp):
    doc = nlp("Donald Trump and Ivanka Trump arrived. Trump said the visit went well.")
    assert longer_person_name("Trump", doc) is None


def test_an_occupation_the_first_name_lists_know_is_no_first_name(nlp):
    doc = nlp("Lawyer Sophie Obadia said the case was weak. Sophie Obadia added that it would fail.")
    assert longer_person_name("Sophie Obadia", doc) is None


def test_the_fullest_of_several_nested_forms_of_a_name(nlp):
    doc = nlp("Governor Ricardo Rosselló Nevares resigned. Ricardo Rosselló said he was sorry. "
              "Rosselló left on Friday.")
    assert longer_person_name("Rosselló", doc) == "Ricardo Rosselló Nevares"
    doc = nlp("Ricardo Rosselló and Pedro Rosselló spoke. Rosselló left.")
    assert longer_person_name("Rosselló", doc) is None  # two people


def test_a_first_name_the_lists_do_not_know_counts_inside_the_tagged_name(nlp):
    # "Jing" is in no list of first names, but the tagger reads "Jing Wang" as one person's name
    doc = nlp("Co-developer Jing Wang recounted the test. The spray, Wang said, is cheap.")
    assert longer_person_name("Wang", doc) == "Jing Wang"


def test_a_body_takes_the_one_longer_name_the_article_gives(nlp):
    doc = nlp("The National Search and Rescue Agency sent ships. The Search and Rescue Agency said none were found.")
    assert longer_body_name("Search and Rescue Agency", doc) == "National Search and Rescue Agency"
    doc = nlp("A spokesman for the Church of Scientology spoke. The Church said it would appeal.")
    assert longer_body_name("Church", doc) == "Church of Scientology"


def test_two_longer_names_of_a_body_leave_it_alone(nlp):
    doc = nlp("The Washington Post and the New York Post both ran it. The Post said it stood by it.")
    assert longer_body_name("Post", doc) is None


def test_a_person_s_name_is_never_lengthened_as_a_body_s(nlp):
    doc = nlp("First Minister of Scotland Nicola Sturgeon spoke. Nicola Sturgeon said it was the moment.")
    assert longer_body_name("Nicola Sturgeon", doc) is None


def test_a_longer_name_that_adds_a_place_is_maybe_another_places_body(nlp):
    doc = nlp("Puerto Rico's governor resigned. A bill passed the U.S. Senate in May, and the U.S. "
              "government said so. The Senate of Puerto Rico met. The Senate said it would meet on Monday.")
    assert longer_body_name("Senate", doc) is None
