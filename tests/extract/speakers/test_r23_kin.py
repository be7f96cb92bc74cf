"""Issue 13, r23-kin. A titled bare surname whose title names an office the article does not
give the person of that surname named in full ("Jeb Marlow, the governor of Zorbia ...
President Marlow") is a namesake or relative, kept apart (``state.title_misfit``,
``ArticleState.titled_namesake``); a description of that office does not go to the full-named
person (``descriptions.namesake_holds_office``). A definite description repeating a noun first
written with a name set off after it ("A nurse, Jo Fenn, ... the nurse said") is that person
(``descriptions.apposed_name_repeated``), never across another use of the noun. Made-up texts."""
from statement_lookup import speaker


def test_a_president_of_the_surname_is_not_the_governor():
    text = ("Jeb Marlow, the governor of Zorbia, spoke in Oakdale on Monday. President Marlow, "
            "his father, did not attend. \"We will win,\" Jeb Marlow said. \"He has my support,\" the former "
            "president said in a statement.")
    assert speaker(text, "We will win").name == "Jeb Marlow"
    assert speaker(text, "He has my support").name != "Jeb Marlow"


def test_a_senator_of_the_surname_is_not_the_governor():
    text = ("Jeb Marlow, the governor of Zorbia, spoke on Monday. Senator Marlow, his brother, voted against "
            "the bill. \"It was a bad bill,\" the senator said.")
    assert speaker(text, "It was a bad bill").name != "Jeb Marlow"


def test_a_title_the_person_already_has_still_joins():
    text = ("Senator Jeb Marlow spoke on Monday. Later, Senator Marlow said the race was close. "
            "\"We will win,\" the senator said.")
    assert speaker(text, "the race was close").name == "Jeb Marlow"
    assert speaker(text, "We will win").name == "Jeb Marlow"


def test_a_title_beside_a_person_of_no_known_office_still_joins():
    text = "Jeb Marlow spoke on Monday. Later, President Marlow said the race was close."
    assert speaker(text, "the race was close").name == "Jeb Marlow"


def test_the_nurse_repeats_the_nurse_named_in_apposition():
    text = ("A nurse, Jo Fenn, said the ward was full. Patients waited for hours. "
            "\"We had no beds,\" the nurse said.")
    assert speaker(text, "We had no beds").name == "Jo Fenn"


def test_the_nurse_after_an_unnamed_doctor_is_still_the_named_nurse():
    text = ("A nurse, Jo Fenn, said the ward was full. A doctor said the wait was long. "
            "\"We had no beds,\" the nurse said.")
    assert speaker(text, "We had no beds").name == "Jo Fenn"


def test_the_nurse_after_another_nurse_stays_unnamed():
    text = ("A nurse, Jo Fenn, said the ward was full. Another nurse said it was quiet. "
            "\"We had no beds,\" the nurse said.")
    assert speaker(text, "We had no beds").name != "Jo Fenn"


def test_the_nurse_after_two_named_nurses_stays_unnamed():
    text = ("A nurse, Jo Fenn, said the ward was full. A nurse, Ada Voss, said it was quiet. "
            "\"We had no beds,\" the nurse said.")
    assert speaker(text, "We had no beds").name not in ("Jo Fenn", "Ada Voss")


def test_a_former_title_given_in_quoted_words_is_still_the_person():
    text = ("Security adviser Jeb R. Marlow resigned on Monday. \"There were times that Ambassador Marlow "
            "and I disagreed,\" said Ana Brell. Marlow served as ambassador before.")
    doc_entities = [e for e in __import__("onrecord").extract(text).entities if e.type == "PERSON"]
    assert [e.name for e in doc_entities if "Marlow" in e.name] == ["Jeb R. Marlow"]


def test_a_title_joins_one_the_article_only_calls_a_nominee():
    """Running for an office is no office: the nominee may be the sitting governor."""
    text = ("Jo Marlow, the Republican nominee, toured Zorbia on Monday. Gov. Marlow said the budget was "
            "balanced. Marlow said taxes would fall.")
    assert speaker(text, "the budget was balanced").name == "Jo Marlow"
    assert speaker(text, "taxes would fall").name == "Jo Marlow"


def test_a_title_beside_a_role_of_another_kind_or_a_former_post_joins():
    """Only offices held one at a time exclude each other; a leader of the Senate is a senator,
    and a former prosecutor may be governor now."""
    text = ("Mara Linde, the Senate majority leader, spoke on Tuesday. Sen. Linde said the vote would wait. "
            "\"We are not ready,\" Linde said.")
    assert speaker(text, "the vote would wait").name == "Mara Linde"
    assert speaker(text, "We are not ready").name == "Mara Linde"
    text = "Jeb Marlow, a former prosecutor, spoke on Monday. Gov. Marlow said the budget was balanced."
    assert speaker(text, "the budget was balanced").name == "Jeb Marlow"


def test_a_set_off_name_is_not_repeated_past_another_person():
    """"Dr. Ed Marr" between: the doctor who speaks may be him, so not Jo Fenn."""
    text = ("A doctor, Jo Fenn, said the clinic was full. Dr. Ed Marr treated the boy. "
            "\"He will live,\" the doctor told reporters.")
    assert speaker(text, "He will live").name != "Jo Fenn"
