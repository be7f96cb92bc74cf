"""Issue 13, r20-pron: a bare surname two people of the article share. A name set off by a kin
noun ("Dr. Okonedo, her father") is a relative, not the person of that surname named before
(``state.kin_in_apposition``); a later bare "Okonedo" is left unnamed unless a title or the
article's own use tells which (``ArticleState.surname_in_doubt``, ``names.surname_in_doubt``)."""
import onrecord
from statement_lookup import speaker


def test_a_relative_set_off_by_a_kin_noun_is_someone_else():
    text = ("Mira Okonedo opened a pottery studio in 2012. Dr. Okonedo, her father, ran a surgery on the "
            "same lane. \u201cThe kilns were always warm,\u201d Dr. Okonedo said.")
    found = speaker(text, "kilns were always warm")
    assert found.name != "Mira Okonedo" and found.entity is not None


def test_a_bare_surname_two_relatives_share_is_left_unnamed():
    text = ("Mira Okonedo opened a pottery studio in 2012. Dr. Okonedo, her father, ran a surgery on the "
            "same lane. \u201cThe kilns were always warm,\u201d Okonedo said.")
    found = speaker(text, "kilns were always warm")
    assert found.name != "Mira Okonedo" and found.entity is None and found.rule == "unresolved"


def test_the_surname_the_article_already_uses_alone_is_that_person():
    text = ("Mira Okonedo opened a pottery studio in 2012. Okonedo trained in Lagos. Dr. Okonedo, her "
            "father, ran a surgery on the same lane. \u201cThe kilns were always warm,\u201d Okonedo said.")
    assert speaker(text, "kilns were always warm").name == "Mira Okonedo"


def test_a_he_after_the_relative_is_the_relative():
    text = ("Mira Okonedo opened a pottery studio in 2012. Dr. Okonedo, her father, ran a surgery on the "
            "same lane. \u201cThe kilns were always warm,\u201d he said.")
    assert speaker(text, "kilns were always warm").name != "Mira Okonedo"


def test_a_kin_noun_hung_on_the_wrong_name_splits_no_one():
    # the parse may hang "wife" on the first of two joined names: only a kin noun right after a
    # surname alone brings in a relative
    text = ("Pavel Dunst and Lena Ostrova, the mayor Ivo Ostrova\u2019s wife, judged the cakes on Friday. "
            "Pavel Dunst said the cakes were good.")
    record = onrecord.extract(text)
    assert sum(e.name == "Pavel Dunst" for e in record.entities) == 1


def test_a_second_bare_surname_in_doubt_is_no_one_named():
    # r20-fixspk: the first bare "Okonedo" in doubt is recorded on no one, so the second is
    # not given to whoever the first was stored on
    text = ("Mira Okonedo opened a pottery studio in 2012. Dr. Okonedo, her father, ran a surgery on the "
            "same lane. \u201cI learned the trade from him,\u201d Okonedo said. "
            "\u201cThe studio is my whole life,\u201d Okonedo added.")
    found = speaker(text, "studio is my whole life")
    assert found.entity is None and found.rule == "unresolved"


def test_a_kin_noun_of_the_gender_of_the_one_named_is_that_person():
    text = ("Mira Okonedo lives above the studio. Jonah Reyes, 19, was her son. Okonedo, his mother, "
            "said the school had failed him. \u201cThey knew the roof was rotten,\u201d Okonedo said.")
    assert speaker(text, "roof was rotten").name == "Mira Okonedo"
