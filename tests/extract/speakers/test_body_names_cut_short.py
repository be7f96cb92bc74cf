"""A body's name the tagger cut short is carried on to the whole name the article writes
(``name_forms.completed_body_span``, ``name_forms.bracketed_full_name``); on texts made up for it."""
from onrecord.extract.speakers.name_forms import completed_body_span
from statement_lookup import speaker, tagged


def test_a_dash_glued_inside_a_body_s_name_keeps_both_halves(nlp):
    text = "Loans were approved. According to the Sahel Export–Import Bank, the fund grew by a fifth."
    found = speaker(text, "the fund grew by a fifth")
    assert found.name == "Sahel Export–Import Bank"


def test_a_name_opened_by_two_words_joined_with_a_dash_starts_at_the_first(nlp):
    found = speaker("The Vale–Ridge Transit Commission said fares would rise next spring.", "fares would rise")
    assert found.name == "Vale–Ridge Transit Commission"


def test_and_inside_one_capitalised_run_after_the_is_one_name(nlp):
    found = speaker("The Flood and Storm Response Directorate said on Tuesday that three towns were evacuated.",
                    "three towns were evacuated")
    assert found.name == "Flood and Storm Response Directorate"


def test_the_last_word_of_a_body_read_as_a_person_joins_the_body(nlp):
    text = "Activists protested. The Guild of Humanist Writers and Agnostics, a small group, said the rule was unfair."
    found = speaker(text, "the rule was unfair")
    assert found.name == "Guild of Humanist Writers and Agnostics" and found.type == "ORG"


def test_a_generic_ministry_keeps_the_country_written_after_it(nlp):
    text = "Two people were detained, the ministry of internal affairs of Moldova said on Friday."
    found = speaker(text, "Two people were detained")
    assert found.name == "ministry of internal affairs of Moldova"


def test_an_acronym_in_brackets_after_a_possessive_in_the_name_stands_for_the_full_name(nlp):
    text = ("The vote was tense. The Zedland Catholic Abbots' Council of the Isles (ZCACI) said the vote "
            "was fair. The ZCACI added that it would watch closely.")
    found = speaker(text, "it would watch closely")
    assert found.name == "Zedland Catholic Abbots' Council of the Isles"


def test_two_bodies_joined_by_and_stay_apart(nlp):
    doc = tagged(nlp, "Zedco and Ymart Bank said they would merge.", [(0, 1, "ORG"), (2, 2, "ORG")])
    assert completed_body_span(doc.ents[1]).text == "Ymart Bank"


def test_a_person_after_and_a_body_without_of_is_no_word_of_it(nlp):
    doc = tagged(nlp, "The Zedco Trust and Rogers said they would merge.", [(0, 3, "ORG"), (4, 1, "PERSON")])
    assert completed_body_span(doc.ents[1]).text == "Rogers"


def test_a_capitalised_kind_word_after_the_tagger_s_span_ends_the_name(nlp):
    doc = tagged(nlp, "The Harbor Diet Study found that fish eaters live longer.", [(0, 3, "ORG")])
    assert completed_body_span(doc.ents[0]).text == "The Harbor Diet Study"


def test_a_country_after_a_name_holding_a_place_is_left_out(nlp):
    doc = tagged(nlp, "The Romanian Trade Bank of Moldova said rates would rise.", [(0, 4, "ORG"), (5, 1, "GPE")])
    assert completed_body_span(doc.ents[0]).text == "The Romanian Trade Bank"


def test_and_inside_the_tagger_s_span_before_the_head_word_keeps_the_whole_name(nlp):
    text = ("Officials said the quake was strong. Zedland's Disaster and Emergency Management Presidency "
            "said 40 buildings collapsed.")
    found = speaker(text, "40 buildings collapsed")
    assert found.name == "Disaster and Emergency Management Presidency"


def test_a_lone_kind_word_takes_the_words_and_number_before_it(nlp):
    text = "The team searched for years. The Lost 52 Project said it found the submarine."
    found = speaker(text, "it found the submarine")
    assert found.name == "Lost 52 Project"


def test_a_name_followed_by_its_acronym_in_brackets_is_spoken_by_its_full_name(nlp):
    text = "The Bishops' Conference of the Zed Isles (BCZI) said the law was unjust."
    found = speaker(text, "the law was unjust")
    assert found.name == "Bishops' Conference of the Zed Isles"


def test_an_acronym_after_a_name_with_a_glued_dash_stands_for_the_whole_name(nlp):
    text = "The Sahel Export–Import Bank (Saheximbank) said loans will grow. Saheximbank added that rates would fall."
    found = speaker(text, "rates would fall")
    assert found.name == "Sahel Export–Import Bank"


def test_bare_police_are_the_police_the_article_names_by_an_untagged_place(nlp):
    text = "A man was shot on Sunday, Kildare police said. \"He fled on foot,\" police said."
    found = speaker(text, "He fled on foot")
    assert found.name == "Kildare police"


def test_a_capitalised_word_opening_the_sentence_is_no_place_of_the_police(nlp):
    text = "A man was shot on Sunday. Local police said he fled. \"He fled on foot,\" police said."
    found = speaker(text, "He fled on foot")
    assert found.name != "Local police"


def test_a_one_word_person_tagged_after_a_body_and_and_stays_a_person(nlp):
    found = speaker("The Department of Justice and Williams said on Monday that the case was closed.",
                    "the case was closed")
    assert found.name == "Williams"


def test_a_word_the_article_writes_as_a_person_s_name_stays_apart_from_a_body_before_it(nlp):
    text = "Kim Walters chairs the panel. The Guild of Humanist Writers and Walters said the rule was unfair."
    labels = [(0, 2, "PERSON"), (6, 5, "ORG"), (12, 1, "PERSON")]
    assert completed_body_span(tagged(nlp, text, labels).ents[2]).text == "Walters"
    alone = "The panel met. The Guild of Humanist Writers and Walters said the rule was unfair."
    doc = tagged(nlp, alone, [(4, 5, "ORG"), (10, 1, "PERSON")])
    assert completed_body_span(doc.ents[1]).text == "Guild of Humanist Writers and Walters"
