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
