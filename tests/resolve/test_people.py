"""One entity per real person across articles, and two people or two countries' bodies apart
(``resolve/people.py`` and how ``resolve/identity.py`` uses it)."""
from __future__ import annotations

from onrecord.resolve.identity import Member, family_of, norm, resolve_group
from onrecord.resolve.people import (
    after_title_link,
    by_country,
    country_of,
    described_by_link,
    fold_surname,
    generic_body,
    known_name_within,
    without_country_word,
    without_place,
)


def groups(members):
    return sorted(sorted(m.key for m in c.members) for c in resolve_group(members))


def test_transliterations_of_a_surname_are_one_family():
    assert fold_surname("zelenskyy") == fold_surname("zelenskiy") == fold_surname("zelensky") == "zelensky"
    assert fold_surname("ivy") == "ivy" and fold_surname("assad") == "assad"
    assert family_of("Volodymyr Zelenskyy", "PERSON") == family_of("Zelensky", "PERSON")


def test_one_first_name_and_two_transliterations_are_one_person():
    members = [Member("a1", "e1", "Volodymyr Zelenskyy"), Member("a2", "e1", "Volodymyr Zelensky"),
               Member("a3", "e1", "Oleksandr Zelensky")]
    assert groups(members) == [[("a1", "e1"), ("a2", "e1")], [("a3", "e1")]]


def test_the_name_proper_starts_after_a_title_of_a_place():
    assert after_title_link(["First", "Minister", "of", "Scotland", "Nicola", "Sturgeon"]) == \
        ["Scotland", "Nicola", "Sturgeon"]
    assert after_title_link(["Ursula", "von", "der", "Leyen"]) == ["Ursula", "von", "der", "Leyen"]
    assert after_title_link(["Bank", "of", "Smith"]) == ["Bank", "of", "Smith"]  # one word after: not a name


def test_a_place_the_article_names_is_not_part_of_a_name():
    assert without_place(["India", "Narendra", "Modi"], ["india"], norm) == ["Narendra", "Modi"]
    assert without_place(["India", "Narendra", "Modi"], [], norm) == ["India", "Narendra", "Modi"]
    assert without_place(["Georgia", "Smith"], ["georgia"], norm) == ["Georgia", "Smith"]  # two words stay


def test_a_country_word_glued_before_a_full_name_is_no_word_of_it():
    countries = {"india": "IND", "kenyan": "KEN", "chad": "TCD", "united states": "USA", "zembla": "ZMB",
                 "jordan": "JOR"}
    genders = {"india": "f", "chad": "m", "rajan": "m", "mary": "f", "michael": "m", "ann": "f", "jordan": "m"}.get
    known = {("rajan", "mehrotra"), ("ann", "wambui"), ("mary", "oakes"), ("michael", "oakes"), ("ann", "lutz")}
    everywhere = {"IND", "KEN", "TCD", "USA", "ZMB", "JOR"}

    def cut(name, place_codes=everywhere):
        return " ".join(without_country_word(name.split(), countries, place_codes, known,
                                             lambda t: genders(t.lower()), norm))
    assert cut("India Rajan Mehrotra") == "Rajan Mehrotra"  # a woman's name before a man's
    assert cut("Kenyan Ann Wambui") == "Ann Wambui"  # no given name at all
    assert cut("United States Mary Oakes") == "Mary Oakes"
    # a given name of the same sex may be the person's first name, a middle one following
    assert cut("Chad Michael Oakes") == "Chad Michael Oakes"
    # no known given name after it, or a surname alone: kept
    assert cut("Zembla Quorvath Oakes") == "Zembla Quorvath Oakes"
    assert cut("Chad Oakes") == "Chad Oakes"
    assert cut("Rajan Mehrotra") == "Rajan Mehrotra"


def test_a_country_word_the_article_names_no_place_of_stays_in_the_name():
    countries = {"india": "IND", "jordan": "JOR"}
    genders = {"india": "f", "jordan": "m", "rajan": "m", "ann": "f"}.get
    known = {("rajan", "mehrotra"), ("ann", "lutz")}

    def cut(name, place_codes):
        return " ".join(without_country_word(name.split(), countries, place_codes, known,
                                             lambda t: genders(t.lower()), norm))
    # "Jordan Ann Lutz, a teacher in Zedville": no Jordan in the article, so maybe her first name
    assert cut("Jordan Ann Lutz", set()) == "Jordan Ann Lutz"
    assert cut("Jordan Ann Lutz", {"JOR"}) == "Ann Lutz"
    assert cut("India Rajan Mehrotra", {"KEN"}) == "India Rajan Mehrotra"
    # what is left must be a full name the record knows
    assert cut("Jordan Ann Quill", {"JOR"}) == "Jordan Ann Quill"


def test_a_person_named_with_a_country_word_before_the_name_is_the_person_in_any_article():
    members = [Member("a1", "e1", "Rajan Mehrotra"),
               Member("a2", "e1", "India Rajan Mehrotra", comentions=frozenset({"l:india"})),
               Member("a3", "e1", "Chad Rajan Mehrotra", comentions=frozenset({"l:kenya"}))]
    clusters = resolve_group(members)
    assert sorted((c.name, sorted(m.article_id for m in c.members)) for c in clusters) \
        == [("Chad Rajan Mehrotra", ["a3"]), ("Rajan Mehrotra", ["a1", "a2"])]


def test_a_given_name_that_is_a_country_s_keeps_two_people_apart():
    # two articles: "Jordan Ann Lutz, a teacher in Zedville" and "Ann Lutz, a nurse in Alby"
    members = [Member("a1", "e1", "Jordan Ann Lutz", comentions=frozenset({"l:zedville"})),
               Member("a2", "e1", "Ann Lutz", comentions=frozenset({"l:alby"}))]
    assert groups(members) == [[("a1", "e1")], [("a2", "e1")]]


def test_a_known_full_name_inside_a_longer_mention_is_that_name():
    known = {("nicola", "sturgeon"), ("ann", "smith")}

    def first(t):
        return t.lower() == "mary"
    assert known_name_within(["Scotland", "Nicola", "Sturgeon"], known, first, norm) == ["Nicola", "Sturgeon"]
    # a first name before it makes another person: Mary Ann Smith is not Ann Smith
    assert known_name_within(["Mary", "Ann", "Smith"], known, first, norm) == ["Mary", "Ann", "Smith"]


def test_a_title_and_a_place_before_a_name_do_not_make_another_person():
    members = [Member("a1", "e1", "Nicola Sturgeon"),
               Member("a2", "e3", "First Minister of Scotland Nicola Sturgeon"),
               Member("a3", "e2", "India Narendra Modi", comentions=frozenset({"l:india"})),
               Member("a4", "e1", "Narendra Modi")]
    assert groups(members) == [[("a1", "e1"), ("a2", "e3")], [("a3", "e2"), ("a4", "e1")]]


def test_different_first_names_of_one_surname_never_merge():
    members = [Member("a1", "e1", "Jing Wang"), Member("a2", "e1", "Sam Wang")]
    assert len(groups(members)) == 2


def test_a_body_named_by_its_office_alone_is_one_body_per_country():
    assert generic_body("supreme court") and generic_body("ministry of health")
    assert not generic_body("wisconsin supreme court") and not generic_body("reuters")
    assert country_of("United Kingdom", ["london"], norm) == "united kingdom"
    assert country_of(None, ["puerto rico"], norm) == "puerto rico"
    assert country_of(None, ["us", "iran"], norm) is None
    assert sorted(by_country([("a1", "us"), ("a2", "uk"), ("a3", "us"), ("a4", None)])) == [[0, 2], [1], [3]]


def test_supreme_courts_of_two_countries_stay_apart():
    members = [Member("a1", "e1", "Supreme Court", "ORG", comentions=frozenset({"l:us"})),
               Member("a2", "e1", "Supreme Court", "ORG", comentions=frozenset({"l:uk"})),
               Member("a3", "e2", "Supreme Court", "ORG", comentions=frozenset({"l:us"})),
               Member("a4", "e1", "Supreme Court", "ORG", comentions=frozenset({"l:us", "l:iran"}))]
    assert groups(members) == [[("a1", "e1"), ("a3", "e2")], [("a2", "e1")], [("a4", "e1")]]
    reuters = [Member("a1", "e1", "Reuters", "ORG"), Member("a2", "e1", "Reuters", "ORG")]
    assert len(groups(reuters)) == 1


def test_the_entity_is_named_without_the_role_glued_before_the_name():
    members = [Member("a1", "e1", "Nicola Sturgeon"), Member("a2", "e3", "First Minister of Scotland Nicola Sturgeon"),
               Member("a3", "e3", "First Minister of Scotland Nicola Sturgeon")]
    (cluster,) = resolve_group(members)
    assert cluster.name == "Nicola Sturgeon" and cluster.id == "nicola-sturgeon"


def test_the_words_after_a_title_are_no_name_unless_the_record_knows_it():
    (alone,) = resolve_group([Member("a1", "e1", "Chief Technology Officer of Red Hat")])
    assert alone.name != "Red Hat"
    known = resolve_group([Member("a1", "e1", "Chief Minister of Punjab Amarinder Singh"),
                           Member("a2", "e1", "Amarinder Singh")])
    assert [c.name for c in known] == ["Amarinder Singh"]


def test_a_place_that_is_also_a_first_name_is_no_first_name_where_the_article_names_the_place():
    members = [Member("a1", "e1", "Prime Minister of India Narendra Modi", comentions=frozenset({"l:india"})),
               Member("a2", "e1", "Narendra Modi")]
    assert [c.name for c in resolve_group(members)] == ["Narendra Modi"]


def test_a_description_linked_to_a_place_names_no_one():
    first = {"maria"}.__contains__
    assert described_by_link(["president", "of"], ["Zembla"], lambda t: first(t.lower()))
    assert described_by_link(["spokesman", "for"], ["Zedco", "Rail"], lambda t: first(t.lower()))
    assert not described_by_link(["President", "of"], ["Zembla", "Maria", "Quill"], lambda t: first(t.lower()))
    assert not described_by_link(["President"], ["Quill"], lambda t: first(t.lower()))


def test_different_generation_suffixes_never_merge():
    """Issue 13 (branch r25-names, review): a father and his son share the rest of the name."""
    members = [Member("a1", "e1", "Robert Dowd Jr."), Member("a2", "e1", "Robert Dowd Sr"),
               Member("a3", "e1", "Robert Dowd III")]
    assert groups(members) == [[("a1", "e1")], [("a2", "e1")], [("a3", "e1")]]
    # a bare name beside both is either, so neither; beside one it joins it as before
    members = [Member("a1", "e1", "Robert Dowd Jr."), Member("a2", "e1", "Robert Dowd Sr"),
               Member("a3", "e1", "Robert Dowd")]
    assert groups(members) == [[("a1", "e1")], [("a2", "e1")], [("a3", "e1")]]
    assert groups([Member("a1", "e1", "Robert Dowd Jr."), Member("a3", "e1", "Robert Dowd")]) == \
        [[("a1", "e1"), ("a3", "e1")]]
