"""Issue 13 (branch r25-names): a speaker carries the fullest name the article gives, a
generation suffix, a surname's particle and accents included, and never another person's."""
import onrecord
from onrecord.extract.speakers.fullest_name import (
    father_named_first,
    legal_form_name,
    office_possessive,
    retyped_surname_full_name,
    suffixed_name,
    surname_full_name,
)
from statement_lookup import speaker_of


def test_a_suffix_after_a_comma_stays_in_the_name(nlp):
    text = "Robert Dowd, Jr. starred in the film. Dowd said the film would open in May."
    assert speaker_of(text, "the film would open") == "Robert Dowd Jr."
    assert suffixed_name("Robert Dowd", nlp(text)) == "Robert Dowd Jr."


def test_a_suffix_opening_a_school_name_is_no_suffix(nlp):
    doc = nlp("Pupils of Orvin Dallow Jr. High School met Orvin Dallow, Jr. High winds closed the school.")
    assert suffixed_name("Orvin Dallow", doc) is None  # written once before "High School"
    doc = nlp("Pupils of the Orvin Dallow Jr. High School met on Monday.")
    assert suffixed_name("Orvin Dallow", doc) is None


def test_a_name_written_bare_once_keeps_no_suffix(nlp):
    doc = nlp("Orvin Dallow Jr. spoke on Monday. Later Orvin Dallow thanked the crowd.")
    assert suffixed_name("Orvin Dallow", doc) is None
    doc = nlp("Orvin Dallow Sr. and Orvin Dallow, Jr. spoke on Monday.")
    assert suffixed_name("Orvin Dallow", doc) is None  # father and son
    assert suffixed_name("Dallow", doc) is None  # a surname alone is no full name


def test_the_father_named_before_his_son_is_not_the_son(nlp):
    text = ("Orvin Dallow spoke to his son Orvin Dallow Jr. on Monday. "
            "\"It will open soon,\" Orvin Dallow said.")
    assert speaker_of(text, "It will open soon") == "Orvin Dallow"
    assert father_named_first("Orvin Dallow", "Orvin Dallow Jr.", nlp(text))


def test_the_son_named_first_then_shortened_is_the_son(nlp):
    text = "Orvin Dallow Jr. starred in the film. \"It opens in May,\" Orvin Dallow said."
    assert speaker_of(text, "It opens in May") == "Orvin Dallow Jr."
    assert not father_named_first("Orvin Dallow", "Orvin Dallow Jr.", nlp(text))


def test_a_surname_without_its_accents_takes_the_accented_full_name(nlp):
    text = "Professor Gáspár Maróth spoke on Monday. Maroth said the law was unfair."
    assert speaker_of(text, "the law was unfair") == "Gáspár Maróth"


def test_no_accent_twin_no_retyped_name(nlp):
    doc = nlp("Professor Gáspár Maróth spoke on Monday. Meroth said the law was unfair.")
    assert retyped_surname_full_name("Meroth", doc) is None  # another letter, no accent
    doc = nlp("Professor Gáspár Maróth and Professor Ilka Maróth spoke. Maroth said the law was unfair.")
    assert retyped_surname_full_name("Maroth", doc) is None  # two of the surname


def test_a_surname_after_its_particle_takes_the_full_name(nlp):
    text = "The study by Marta de Vera and colleagues came out on Monday. Vera said the results were clear."
    assert speaker_of(text, "the results were clear") == "Marta de Vera"


def test_a_given_name_of_another_person_is_no_particle_surname(nlp):
    doc = nlp("Marta de Vera and Vera Lindqvist wrote the study. Vera said the results were clear.")
    assert surname_full_name("Vera", doc) is None  # "Vera Lindqvist" opens with it


def test_police_of_two_forces_or_a_station_stay_police():
    for text in ("Officers of the Wexmoor Police and the Essex Police came on Friday. "
                 "Later, police said two men were arrested.",
                 "Officers from Wexmoor Central Police Station came on Friday. "
                 "Later, police said two men were arrested."):
        record = onrecord.extract(text)
        assert [s.speaker.name for s in record.statements] == ["police"]


def test_one_of_two_posts_is_not_told():
    text = "The Washington Post and the New York Post reported the story. The Post said the mayor had resigned."
    assert speaker_of(text, "the mayor had resigned") == "Post"


def test_a_company_takes_its_legal_form_the_article_gives():
    text = "Officials of Zorb Gas and Electric Company met on Monday. Zorb Gas and Electric said power would return."
    assert speaker_of(text, "power would return") == "Zorb Gas and Electric Company"


def test_a_company_name_opening_another_body_keeps_its_short_form(nlp):
    text = ("Officials of Zorb Gas and Electric Company and the Zorb Gas and Electric Foundation met on "
            "Monday. Zorb Gas and Electric said power would return.")
    assert legal_form_name("Zorb Gas and Electric", nlp(text)) is None
    assert speaker_of(text, "power would return") == "Zorb Gas and Electric"


def test_the_sheriffs_office_takes_the_one_name_the_article_gives():
    text = "The Dunmore County Sheriff's Office was called on Friday. The sheriff's office said two men were held."
    assert speaker_of(text, "two men were held") == "Dunmore County Sheriff's Office"


def test_two_sheriffs_offices_or_police_beside_one_stay_unnamed():
    text = ("Deputies of the Dunmore County Sheriff's Office and the Essex County Sheriff's Office came on "
            "Friday. The sheriff's office said two men were held.")
    assert speaker_of(text, "two men were held") == "sheriff's office"
    text = "The Dunmore County Sheriff's Office was called on Friday. Police said two men were held."
    assert speaker_of(text, "two men were held") == "Police"  # a sheriff's office is no police force named


def test_a_persons_office_is_no_office_possessive(nlp):
    doc = nlp("Staff of the Ann Rowe's Office came on Friday.")
    rowe = [t for t in doc if t.text == "Rowe"][0]
    assert not office_possessive(rowe, doc[rowe.i + 1])


def test_a_name_shortened_in_a_first_line_is_no_father():
    text = ("Tom Roe Wins Film Award\n\nTom Roe Jr. won the award on Monday. "
            "\"It is an honour,\" Tom Roe said.")
    assert speaker_of(text, "It is an honour") == "Tom Roe Jr."


# ---- review of the branch: three near misses the rules took

def test_a_sheriffs_office_of_another_place_named_before_is_not_the_named_one():
    for text in ("The Dunmore County Sheriff's Office arrested two men. In neighbouring Essex County, "
                 "the sheriff's office said a third man was held.",
                 "The Dunmore County Sheriff's Office arrested two men. A third man was held in Essex County, "
                 "where the sheriff's office said he had a gun."):
        assert [s.speaker.name for s in onrecord.extract(text).statements] == ["sheriff's office"]


def test_a_governors_office_or_fire_service_of_another_place_is_not_the_named_one():
    text = ("Governor Ann Lee of Zorbia spoke at the Zorbia Governor's Office on Friday. In neighbouring "
            "Essex, the governor's office said a third man was held.")
    assert speaker_of(text, "a third man was held") == "governor's office"
    text = ("The North Dunmore Fire Service came on Friday. In neighbouring Essex County, the fire service "
            "said a third house burned.")
    assert speaker_of(text, "a third house burned") == "fire service"


def test_the_named_offices_own_place_or_a_place_reported_keeps_the_office():
    for text in ("The Dunmore County Sheriff's Office arrested two men. In Dunmore County, the sheriff's "
                 "office said a third man was held.",
                 "The Dunmore County Sheriff's Office arrested two men. A man from Essex County was held, "
                 "the sheriff's office said.",
                 "The Dunmore County Sheriff's Office arrested two men. \"A man from Essex County was held,\" "
                 "the sheriff's office said.",
                 "The Dunmore County Sheriff's Office arrested two men. The sheriff's office said a third man "
                 "from Essex County was held."):
        assert [s.speaker.name for s in onrecord.extract(text).statements] == ["Dunmore County Sheriff's Office"]


def test_senior_or_junior_before_a_title_is_no_generation_suffix(nlp):
    for text in ("\"The plan works,\" said Jane Dowling, Sr. manager of communications at Zorbco.",
                 "Jane Dowling, Sr. vice president of sales at Zorbco, said the plan works."):
        assert [s.speaker.name for s in onrecord.extract(text).statements] == ["Jane Dowling"]
    assert suffixed_name("Tom Ralley", nlp("Coach Tom Ralley, Jr. varsity, said the team played well.")) is None


def test_a_suffix_before_a_verb_or_a_closing_mark_stays():
    for text in ("Robert Dowd, Jr. said the film would open in May.",
                 "\"It opens in May,\" said Robert Dowd, Jr.",
                 "Robert Dowd Jr., the star, said the film would open in May."):
        assert [s.speaker.name for s in onrecord.extract(text).statements] == ["Robert Dowd Jr."]


def test_a_bare_name_in_a_quote_or_an_object_first_is_no_father():
    for first in ("\"Tom Roe played well,\" the coach said.", "Fans cheered \"Tom Roe\" all night.",
                  "Reporters asked Tom Roe about the game."):
        text = f"{first} Tom Roe Jr. scored twice. \"It was fun,\" Tom Roe said."
        assert speaker_of(text, "It was fun") == "Tom Roe Jr."


def test_a_father_tied_by_son_of_is_the_father():
    text = ("Orvin Dallow spoke on Monday. Orvin Dallow Jr., son of the actor, starred. "
            "\"It will open soon,\" Orvin Dallow said.")
    assert speaker_of(text, "It will open soon") == "Orvin Dallow"
