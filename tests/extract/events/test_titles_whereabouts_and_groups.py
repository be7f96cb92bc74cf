"""A person's country from the title their name stands beside (``parties._apposed_title``), never
from the place the parse hangs on their name (``countries.whereabouts``), and a group named by its
common noun alone from the one country the article ties that noun to (``parties.tied_body_country``
with ``[tied_group_nouns]``), and a government named after its leader from the leader's country
(``countries.led_by_person``), and no country from a common word that spells a place
(``phrases.common_place_word``), each on a small made-up text."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.countries import led_by_person, whereabouts
from onrecord.extract.events.parties import _people, tied_body_country
from onrecord.extract.events.phrases import common_place_word
from statement_lookup import token as word


def test_a_name_beside_a_title_takes_the_titles_country(nlp):
    # the parse hangs "Peter Okello" on "minister": the name's own phrase names no country
    text = ("Kenya's president, Mary Wanjiku, met Uganda's foreign minister Peter Okello in Nairobi. "
            "Wanjiku later criticised Okello over the fees.")
    doc = nlp(text)
    assert _people(doc, tables.load(), []).get("Okello")[1] == "UGA"
    e = at(nlp, text, "criticised")
    assert e.target.text == "Okello" and e.target.country == "UGA"


def test_a_title_after_of_says_nothing_of_the_name_beside_it(nlp):
    doc = nlp("A fierce critic of Zambia, Lena Okafor, spoke in Lilongwe. Okafor later left.")
    assert _people(doc, tables.load(), []).get("Okafor")[1] is None


def test_the_place_hung_on_a_persons_name_is_not_their_country(nlp):
    text = "Chadian forces killed General Rami Duvall in Mali on Friday."
    doc = nlp(text)
    assert [doc.text[s:e] for s, e in whereabouts(word(doc, "Duvall"))] == ["in Mali"]
    e = at(nlp, text, "killed")
    assert e.target.text == "General Rami Duvall" and e.target.country != "MLI"


def test_a_person_of_a_place_keeps_it(nlp):
    doc = nlp("Troops detained Rami Duvall of Niger.")
    assert whereabouts(word(doc, "Duvall")) == []
    e = at(nlp, "Chadian troops detained Rami Duvall of Niger in Ndjamena.", "detained")
    assert e.target.country == "NER"


def test_a_bare_group_noun_takes_the_one_country_the_article_ties_it_to(nlp):
    text = ("Kenyan lawmakers criticised Tanzania on Monday. The lawmakers also urged Uganda to reopen "
            "the border.")
    e = at(nlp, text, "urged")
    assert e.actor.text == "The lawmakers" and e.actor.country == "KEN"
    doc = nlp("The Red Hand Brigade, a Libyan militia, seized the port. The militia later shelled a camp.")
    assert tied_body_country(word(doc, "militia", 1), tables.load()) == "LBY"


def test_a_group_noun_tied_to_two_countries_gets_none(nlp):
    doc = nlp("Kenyan lawmakers and Ugandan lawmakers met in Arusha. The lawmakers later left.")
    assert tied_body_country(word(doc, "lawmakers", 2), tables.load()) is None


def test_a_government_named_after_its_leader_is_of_the_leaders_country(nlp):
    text = ("Malian officials hosted Chadian President Lena Okafor in Bamako on Monday. Okafor's "
            "government later accused Mali of harbouring rebels.")
    e = at(nlp, text, "accused")
    assert e.actor.text == "Okafor's government" and e.actor.country == "TCD"
    doc = nlp(text)
    assert led_by_person(word(doc, "government")).text.endswith("Okafor")


def test_a_body_without_a_leaders_name_is_led_by_no_one(nlp):
    doc = nlp("The interim government accused Mali of harbouring rebels.")
    assert led_by_person(word(doc, "government")) is None


def test_a_common_word_that_spells_a_capital_codes_no_country(nlp):
    # "male" is also the key of Malé, the Maldives' capital
    e = at(nlp, "Male soldiers attacked the protesters.", "attacked")
    assert e.actor.text == "Male soldiers" and e.actor.country != "MDV"
    doc = nlp("Voters in Male backed the plan, and male voters backed it too.")
    assert not common_place_word(word(doc, "Male")) and common_place_word(word(doc, "male"))
