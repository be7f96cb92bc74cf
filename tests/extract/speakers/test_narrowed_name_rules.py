"""Issue 13, r20-fixspk: the name rules of r20-names and r20-pron narrowed where they gave a
wrong name. Swapped letters are a slip only in a long surname and not in a name brought in with
a courtesy title or a role (``spelling.slip_of``); a surname with an apostrophe lengthens only a
lone given name (``name_forms.apostrophe_surname_end``). Made-up texts."""
from onrecord.extract.speakers.spelling import slip_of
from statement_lookup import speaker


def test_two_letters_swapped_in_a_short_surname_are_another_name():
    assert slip_of("Forst", ["frost"]) is None  # "Forst" and "Frost": two surnames
    assert slip_of("Lindqvsit", ["lindqvist"]) == "lindqvist"


def test_a_short_surname_with_two_letters_swapped_is_another_person():
    text = ("Otto Frost, the harbour master, said the pier was sound. Dr. Forst, the port doctor, "
            "disagreed. \u201cThe divers found cracks in every pile,\u201d Forst said.")
    assert speaker(text, "found cracks in every pile").name != "Otto Frost"


def test_a_long_surname_with_swapped_letters_brought_in_with_a_role_is_another_person():
    text = ("The singer Mirela Bertone said the tour would go on. Dr. Betrone, the band's "
            "physician, disagreed. \u201cHer voice needs a month of rest,\u201d Betrone said.")
    assert speaker(text, "needs a month of rest").name != "Mirela Bertone"


def test_a_slip_of_the_other_gender_than_the_title_is_no_one_named():
    text = ("Greta Lindqvist said the ferry would run all winter. "
            "\u201cThe engines are too old,\u201d Mr. Lindqvst said.")
    assert speaker(text, "engines are too old").name != "Greta Lindqvist"


def test_a_long_surname_with_swapped_letters_written_bare_is_still_a_slip():
    text = ("The potter Edda Lindqvist opened her kiln to visitors. "
            "\u201cThe glaze took years,\u201d Lindqvsit said.")
    assert speaker(text, "glaze took years").name == "Edda Lindqvist"


def test_an_apostrophe_surname_after_a_full_name_is_another_name():
    # the tagger spans "Ann Kerr" alone; "O’Dowd" opens the next clause, another's name
    text = ("Police told Ann Kerr O\u2019Dowd had left the country. Cathal O\u2019Dowd ran the pub for years. "
            "\u201cI did nothing wrong,\u201d O\u2019Dowd said.")
    assert speaker(text, "I did nothing wrong").name == "Cathal O\u2019Dowd"
