"""Issue 13, r20-pron: the one a clause of time has the writer (or someone who cannot be the
pronoun) reach with words answers in the main clause: "When I wrote to X, he replied" is X,
not the speaker before (``pronouns.addressee_answers``)."""
from statement_lookup import speaker


def test_the_one_written_to_replies_not_the_speaker_before():
    text = ("Councillor Ivo Brandt said the ferry would run all winter. "
            "When I wrote to Piet Olander last week, he replied that the timetable was settled.")
    found = speaker(text, "the timetable was settled")
    assert found.name == "Piet Olander" and found.rule == "pronoun"


def test_the_one_asked_by_reporters_answers():
    text = ("Ivo Brandt said the ferry would run all winter. "
            "When reporters asked Piet Olander about the ferry, he said the timetable was settled.")
    assert speaker(text, "the timetable was settled").name == "Piet Olander"


def test_a_writer_of_the_other_gender_is_no_rival():
    text = ("Greta Holm said the ferry would run all winter. "
            "When she wrote to Piet Olander, he replied that the timetable was settled.")
    assert speaker(text, "the timetable was settled").name == "Piet Olander"


def test_a_writer_who_may_be_the_pronoun_is_left_to_the_other_rules():
    # "When Brandt wrote to Olander, he said": either man may have said it
    text = ("Ivo Brandt runs the harbour office. "
            "When Brandt wrote to Piet Olander, he said the timetable was settled.")
    assert speaker(text, "the timetable was settled").name != "Piet Olander"


def test_a_reply_answers_even_a_writer_of_the_same_gender():
    text = ("Ivo Brandt runs the harbour office. "
            "When Brandt wrote to Piet Olander, he replied that the timetable was settled.")
    assert speaker(text, "the timetable was settled").name == "Piet Olander"


def test_the_one_reached_of_the_other_gender_is_not_the_pronoun():
    text = ("Ivo Brandt said the ferry would run all winter. "
            "When I wrote to Greta Holm, he replied that the timetable was settled.")
    assert speaker(text, "the timetable was settled").name != "Greta Holm"


def test_the_one_written_to_by_a_possessor_is_not_the_possessor():
    # r20-fixspk: "Piet Olander's lawyer" was reached, not Olander
    text = ("Greta Holm chairs the board. "
            "When she wrote to Piet Olander's lawyer, he replied that the client had done nothing wrong.")
    assert speaker(text, "done nothing wrong").name != "Piet Olander"



def test_one_who_speaks_for_the_one_reached_may_answer():
    text = ("Carl Hobbs is Sam Pardo's spokesman. "
            "After reporters emailed Sam Pardo, he said the senator would not comment.")
    assert speaker(text, "would not comment").name != "Sam Pardo"


def test_one_called_does_not_answer_in_person():
    # a call may be taken by anyone near: the one called is no answer of its own
    text = ("Carl Hobbs is Sam Pardo's spokesman. "
            "After reporters called Sam Pardo, he said the senator would not comment.")
    assert speaker(text, "would not comment").name != "Sam Pardo"


def test_one_reached_in_person_is_left_to_the_other_rules():
    text = ("Carl Hobbs led the rescue. "
            "After divers reached Sam Pardo in the cave, he said the boy had been calm.")
    assert speaker(text, "had been calm").name != "Sam Pardo"
