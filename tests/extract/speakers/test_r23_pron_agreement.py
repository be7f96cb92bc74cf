"""Issue 13, r23-pron: a shared surname alone does not bar a "he" that plainly goes on with the
subject of the sentence before (``pronouns.kin_rival`` narrowed: ``continues_subject_before``,
``surname_only``); a family named in the plural is no "he" or "she" (``family_in_plural``); a
name inside a clause whose subject is a "she" is not what the next "she" stands for
(``pronoun_over_mention``); quoted sentences between are no distance for the last speaker
going on (``speaker_going_on``). Texts made up."""
from statement_lookup import speaker


def test_a_namesake_of_no_kin_does_not_unname_the_subject_going_on():
    text = ("Governor Alan Voss signed the bill in May. Critics said it went too far. "
            "Senator Paul Voss, no relation, voted against it. He said the bill was rushed.")
    assert speaker(text, "the bill was rushed").name == "Paul Voss"


def test_two_cousins_acting_in_the_paragraph_still_leave_it_unnamed():
    text = ("Ivan Mork chaired the meeting. Earlier, Olaf Mork, his cousin, had resigned from the board. "
            "Ivan Mork then read the report aloud. He said the firm would grow.")
    assert speaker(text, "the firm would grow").rule == "unresolved"


def test_two_brothers_tied_by_a_kin_noun_still_leave_it_unnamed():
    text = ("Tom Hale asked his brother Ed Hale to run the shop. Ed Hale agreed, but the debts grew. "
            "\"He was a good man,\" he said.")
    assert speaker(text, "He was a good man").rule == "unresolved"


def test_a_family_in_the_plural_is_no_he():
    text = ("The Zorbian senator has a plain message but a hard case to make.\n\n"
            "On Thursday, he will try to prove that the Lunds' claim that he won only in small towns "
            "is an excuse. Now, armed with new cash, he said he would fight on.")
    assert speaker(text, "he would fight on").name != "Lunds"


def test_a_name_in_a_clause_of_an_earlier_she_is_not_the_next_she():
    text = ("Rita Vold has packed boxes for eleven years.\n\n"
            "After all that time, she earns $20 an hour. And when she saw Okafor talking about the move "
            "on television, she only cheered and clapped. \"I loved it,\" she said.")
    assert speaker(text, "I loved it").name != "Okafor"


def test_quoted_sentences_do_not_carry_the_last_speaker_past_a_new_he():
    text = ("Tom Brandt spoke first. \"We will win,\" the Zorbian senator said.\n\n"
            "As for Lev Okafor, he said he is not worried. \"First, I will have the votes. I think. "
            "Let's see. Let's see,\" he said, adding more.")
    assert speaker(text, "First, I will have the votes").name != "Tom Brandt"


def test_the_subject_before_still_goes_on_after_a_company_named_in_passing():
    text = ("Mark Lund, 55, joined Carrow Mills in 1998 and now runs its night shift. "
            "\"I have two brothers in Zorbia,\" he said.")
    assert speaker(text, "I have two brothers in Zorbia").name == "Mark Lund"


def test_a_namesake_after_quoted_words_still_leaves_it_unnamed():
    # "'He was loved,' he said" after "Ed Hale died": the words may be about Ed, said by Tom
    text = ("Tom Hale and Ed Hale ran the shop for years. Then Ed Hale died. "
            "\"He was loved,\" he said.")
    assert speaker(text, "He was loved").rule == "unresolved"
