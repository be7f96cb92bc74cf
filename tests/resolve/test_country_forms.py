"""A country called otherwise, and the country a title serves, across articles (issue 13, the
cross-article table): a formal name ("the Kingdom of Norway"), the first word of a country's
name ("the Saudi government"), a body the model typed but named by a country alone, and a
country right after a title's "of" that is also a first name."""
from __future__ import annotations

from onrecord.resolve.identity import (
    Member,
    family_of,
    formal_country_name,
    place_key,
    resolve_group,
    title_place_dropped,
)


def test_a_formal_name_is_its_country_where_both_sources_agree():
    assert formal_country_name("kingdom of norway") == "norway"
    assert formal_country_name("the federal republic of germany") == "germany"
    assert place_key("kingdom of norway") == "norway"
    assert family_of("Kingdom of Norway", "GPE") == family_of("Norway", "GPE")
    # the Republic of China is not China: the two sources give the names two codes
    assert formal_country_name("republic of china") is None
    assert formal_country_name("ministry of norway") is None


def test_the_first_word_of_a_countrys_own_name_stands_for_it():
    assert family_of("the Saudi government", "ORG") == family_of("Saudi Arabia", "GPE") == "l:saudi arabia"
    # a people's word is not stretched to a longer name of another place
    assert family_of("American Samoa government", "GPE") != family_of("American government", "GPE")


def test_a_body_named_by_a_country_alone_speaks_as_the_country():
    assert family_of("Norway", "ORG") == family_of("Norway", "GPE") == "l:norway"
    assert family_of("the Kingdom of Norway", "ORG") == "l:norway"
    # a people's word typed as a body may be a paper's or a team's name
    assert family_of("Norwegian", "ORG").startswith("o:")
    assert family_of("Norway Post", "ORG").startswith("o:")


def test_a_country_after_a_titles_of_is_the_titles_not_a_first_name():
    assert title_place_dropped("Prime Minister of India Ravi Tandel", ["India", "Ravi", "Tandel"]) == ["Ravi", "Tandel"]
    assert title_place_dropped("India Ravi Tandel", ["India", "Ravi", "Tandel"]) == ["India", "Ravi", "Tandel"]
    assert title_place_dropped("Minister of Jordan Tandel", ["Jordan", "Tandel"]) == ["Jordan", "Tandel"]
    members = [Member("a1", "e1", "Ravi Tandel", published="2020-01-01"),
               Member("a2", "e1", "Prime Minister of India Ravi Tandel", published="2020-02-01")]
    clusters = resolve_group(members)
    assert len(clusters) == 1 and clusters[0].name == "Ravi Tandel"
