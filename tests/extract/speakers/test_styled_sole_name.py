"""A person known by one name and a monarch's or pope's title keeps the title in the name
(``fullest_name.styled_sole_name``, ``[regnal_titles]``), on texts made up for it."""
from statement_lookup import speaker


def test_a_pope_known_by_one_name_keeps_the_title(nlp):
    text = ("Pope Tobias visited the town of Ardmore on Sunday.\n\n"
            "\"We must care for the poor,\" Tobias said to the crowd.")
    assert speaker(text, "care for the poor").name == "Pope Tobias"


def test_a_king_known_by_one_name_keeps_the_title(nlp):
    text = "King Osric said the meeting with the visitors had gone well."
    assert speaker(text, "the meeting with the visitors").name == "King Osric"


def test_an_office_before_a_surname_is_no_part_of_the_name(nlp):
    text = "President Jane Roe said the economy had grown. Roe added that taxes would fall."
    assert speaker(text, "taxes would fall").name == "Jane Roe"


def test_two_titles_before_one_name_leave_the_bare_name(nlp):
    text = ("King Osric met Prince Osric on Monday.\n\n"
            "Osric said the meeting with the visitors had gone well.")
    assert speaker(text, "the meeting with the visitors").name in ("Osric", None)
