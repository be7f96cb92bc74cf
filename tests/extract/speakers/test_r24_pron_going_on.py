"""Issue 13, r24-pron: a "he" or "she" after a clause whose subject is the same pronoun goes on
with that pronoun, past the names that clause holds (``pronouns.pronoun_going_on``; before, the
names ``pronoun_over_mention`` set aside left the pronoun unnamed); whom a question was put by in
a participle opening the sentence before ("Asked by ...") is no rival of its subject
(``pronouns.asker_of_subject``). Texts made up."""
from statement_lookup import speaker


def test_a_she_after_a_she_who_thanked_someone_goes_on_with_the_subject():
    text = ("Mayor Karen Whitfield opened the meeting at noon. Then she thanked Lena Park for her work. "
            "She said the city would be ready for the summer.")
    assert speaker(text, "the city would be ready").name == "Karen Whitfield"


def test_a_he_after_a_clause_of_his_naming_two_rivals_goes_on_with_him():
    text = ("Tom Brady, who won the Zorbian primary, is asking his rivals to quit.\n\n"
            "Though he did not name Paul Grant or Mike Dunn by name, he said they should quit soon.")
    assert speaker(text, "they should quit soon").name == "Tom Brady"


def test_two_women_before_the_earlier_she_still_leave_it_unnamed():
    text = ("Mayor Karen Whitfield met Judge Ana Holt at noon. Then she thanked Lena Park for her work. "
            "She said the city would be ready for the summer.")
    assert speaker(text, "the city would be ready").rule == "unresolved"


def test_a_name_that_speaks_between_is_not_set_aside():
    text = ("Mayor Karen Whitfield opened the meeting at noon. Then she thanked Lena Park for her work. "
            "Park said the city would be ready. She said the budget was tight.")
    assert speaker(text, "the budget was tight").name != "Karen Whitfield"


def test_the_one_who_asked_is_no_rival_of_the_one_answering():
    text = ("Asked by George Stephanopoulos to respond to the charge, Carl Benson said, "
            "\"It is false and everyone knows it.\"\n\n"
            "\"Well, let me put it this way,\" he continued. \"I would not hire a man who acted that way.\"")
    assert speaker(text, "let me put it this way").name == "Carl Benson"

