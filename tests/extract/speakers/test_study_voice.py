"""Words the article gives to a study stay the study's, even where it names the study's lead
author (``passes/descriptions.description``), on texts made up for it."""
from statement_lookup import speaker


def test_according_to_the_study_is_the_study_not_its_lead_author(nlp):
    text = ("A study published in Nature found that bees dance. The study's lead author, doctoral candidate "
            "Maria Lopez, said the result surprised her. According to the study, bees count to four.")
    found = speaker(text, "bees count to four")
    assert found.name != "Maria Lopez" and found.rule == "unnamed"


def test_the_results_of_a_study_led_by_someone_stay_the_results(nlp):
    text = "Jane Roe, who led the study, said bees count. The results suggest that bees also sleep."
    found = speaker(text, "bees also sleep")
    assert found.name != "Jane Roe" and found.rule == "unnamed"


def test_the_lead_author_speaking_in_person_keeps_the_words(nlp):
    text = ("A study published in Nature found that bees dance. The study's lead author, doctoral candidate "
            "Maria Lopez, said the result surprised her.")
    assert speaker(text, "the result surprised her").name == "Maria Lopez"
