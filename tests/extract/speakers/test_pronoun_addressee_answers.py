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
