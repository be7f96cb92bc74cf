"""Organisations across articles: name variants of one body are one entity, different bodies stay
apart, each rule on small inputs."""
from __future__ import annotations

from onrecord.resolve.identity import Member, family_of, resolve_group
from onrecord.resolve.orgs import (
    _spelled_out_index,
    acronym_of,
    american_spelling,
    countries_named,
    country_words,
    dictionary_country,
    initials,
    leading_country,
    nationality_word,
    office_first,
    office_remit,
    org_name,
    singular,
    stands_for_country,
    trailing_country,
    unit_parent,
    without_kind_words,
    without_owner,
)


def bodies(*names_and_aliases):
    """The entities that named members (one per article) become, as sets of names."""
    members = []
    for n, item in enumerate(names_and_aliases):
        name, aliases = item if isinstance(item, tuple) else (item, ())
        type_ = "UNKNOWN" if name.startswith("?") else "ORG"
        members.append(Member(f"a{n}", "e1", name.lstrip("?"), type=type_, aliases=aliases))
    return sorted(sorted(m.name for m in c.members) for c in resolve_group(members))


def test_british_spellings_become_american():
    assert american_spelling(["world", "health", "organisation"]) == ["world", "health", "organization"]
    assert american_spelling(["ministry", "of", "defence"]) == ["ministry", "of", "defense"]
    assert american_spelling(["programme", "centres"]) == ["program", "centers"]


def test_a_trailing_kind_word_is_no_part_of_the_body():
    assert without_kind_words("associated press news agency".split()) == ["associated", "press"]
    assert without_kind_words("nbc news".split()) == ["nbc"]
    assert without_kind_words("boeing co".split()) == ["boeing"]
    assert without_kind_words(["news"]) == ["news"]  # a name of one kind word keeps it


def test_a_leading_country_is_read_off():
    assert leading_country("us state department".split()) == ("USA", ["state", "department"])
    assert leading_country("united states department of state".split()) == ("USA", ["department", "of", "state"])
    assert leading_country("iranian foreign ministry".split()) == ("IRN", ["foreign", "ministry"])
    assert leading_country(["france"]) == (None, ["france"])  # a country alone is no body of it
    assert leading_country("un security council".split())[0] is None  # the UN is no country


def test_both_orders_of_an_office():
    assert office_first("department of state".split()) == ["state", "department"]
    assert office_first("ministry of foreign affairs".split()) == ["foreign", "affairs", "ministry"]
    assert office_first("office of the mayor".split()) == ["the", "mayor", "office"]
    assert office_first("state department".split()) == ["state", "department"]


def test_acronyms_and_initials():
    assert acronym_of("WHO") == "who" and acronym_of("U.N.") == "un" and acronym_of("AT&T") == "at&t"
    assert acronym_of("The AP") == "ap"
    assert acronym_of("Reuters") is None and acronym_of("A") is None and acronym_of("NBC News") is None
    assert initials("world health organization".split()) == "who"
    assert initials("department of agriculture".split()) == "da"
    assert "usda" in org_name("U.S. Department of Agriculture").spellings
    assert "usda" in org_name("United States Department of Agriculture").spellings
    assert "afp" in org_name("Agence France-Presse").spellings
    assert "cdc" in org_name("Centers for Disease Control and Prevention").spellings
    assert "cdcp" in org_name("Centers for Disease Control and Prevention").spellings
    assert "hhs" in org_name("Department of Health and Human Services").spellings
    assert "pg" not in org_name("Pacific Gas and Electric").spellings


def test_the_dictionaries_tie_an_office_to_its_country():
    assert dictionary_country("state department") == "USA"
    assert dictionary_country("red cross") is None  # an international body


def test_spelling_variants_are_one_body():
    assert bodies("World Health Organisation", "World Health Organization", "the World Health Organization") \
        == [["World Health Organisation", "World Health Organization", "the World Health Organization"]]


def test_a_kind_word_and_a_country_do_not_make_another_body():
    assert bodies("NBC", "NBC News") == [["NBC", "NBC News"]]
    assert bodies("US State Department", "United States Department of State", "State Department",
                  "U.S. Department of State") \
        == [["State Department", "U.S. Department of State", "US State Department",
             "United States Department of State"]]


def test_a_body_without_its_country_joins_only_what_a_dictionary_ties_it_to():
    # the American Red Cross is not the (international) Red Cross
    assert bodies("American Red Cross", "Red Cross") == [["American Red Cross"], ["Red Cross"]]
    # two countries' foreign ministries stay apart, and the bare one joins neither
    assert bodies("Iranian Foreign Ministry", "Russian Foreign Ministry", "Foreign Ministry") \
        == [["Foreign Ministry"], ["Iranian Foreign Ministry"], ["Russian Foreign Ministry"]]


def national(home_name, bare_name, *bare):
    """The entities of a body named with its country and bare speakers of its name, each given as
    (affiliation, places its article's speakers include), as sets of names with their articles."""
    members = [Member("a0", "e1", home_name, type="ORG")]
    texts = {}
    for n, (affiliation, places, *text) in enumerate(bare, 1):
        members.append(Member(f"a{n}", "e1", bare_name, type="ORG", affiliation=affiliation,
                              comentions=frozenset(f"l:{p}" for p in places)))
        texts[f"a{n}"] = text[0] if text else ""
    clusters = resolve_group(members, named=lambda article: countries_named(texts.get(article, "")))
    return sorted(sorted(m.article_id for m in c.members) for c in clusters)


def test_a_national_body_named_after_its_country_s_name_is_the_bare_name_its_article_ties_there():
    # the bare "National Storm Center" of an article whose one country is the United States, or
    # that the speaker is affiliated to, is the "United States National Storm Center"
    storm = "National Storm Center"
    assert national(f"United States {storm}", storm, (None, ["united states", "miami"])) == [["a0", "a1"]]
    assert national(f"United States {storm}", storm, ("U.S.", [])) == [["a0", "a1"]]
    # a state ISO 3166 gives one country is that country; with another country, no tie
    assert national(f"United States {storm}", storm, (None, ["ohio"])) == [["a0", "a1"]]
    assert national(f"United States {storm}", storm, (None, ["ohio", "zambia"])) == [["a0"], ["a1"]]
    assert national("U.S. Federal Storm Administration", "Federal Storm Administration", (None, ["us"])) \
        == [["a0", "a1"]]


def test_a_bare_national_body_with_no_tie_to_the_country_stays_apart():
    # every country has a "National Guard": no country named, or another as well, is no tie
    assert national("Georgia National Guard", "National Guard", (None, [])) == [["a0"], ["a1"]]
    assert national("Ukraine National Security Council", "National Security Council",
                    (None, ["ukraine", "russia"])) == [["a0"], ["a1"]]
    assert national("Brazil National Congress", "National Congress", (None, ["brazil"]), (None, [])) \
        == [["a0", "a1"], ["a2"]]
    # a bare name that says it is its nation's one body, with no article tying it anywhere, joins
    # the one country's body of that name (test_a_bare_national_agency_...); a "National Guard",
    # of a kind every nation has, stays apart
    assert national("United States National Storm Center", "National Storm Center",
                    (None, [], "Florida braced for the storm.")) == [["a0", "a1"]]
    assert national("United States National Guard", "National Guard",
                    (None, [], "Florida braced for the storm.")) == [["a0"], ["a1"]]
    # a nationality word may name a national branch of a wider body; a name with no "national"
    # may be any country's; a generic body every country has; two countries' bodies: all apart
    assert len(bodies("American National Storm Center", "National Storm Center")) == 2
    assert len(bodies("United States Coast Watch", "Coast Watch")) == 2
    assert len(bodies("France National Assembly", "National Assembly")) == 2
    assert len(bodies("United States National Storm Center", "Mexico National Storm Center",
                      "National Storm Center")) == 3


def test_a_bare_national_body_affiliated_elsewhere_stays_apart():
    members = [Member("a1", "e1", "United States National Storm Center", type="ORG"),
               Member("a2", "e1", "National Storm Center", type="ORG", affiliation="Mexico")]
    assert len(resolve_group(members)) == 2


def test_a_nationality_word_is_no_country_name():
    countries = country_words()
    assert nationality_word("american", "USA", countries)
    assert not nationality_word("united states", "USA", countries)
    assert not nationality_word("us", "USA", countries)
    assert not nationality_word("iran's", "IRN", countries)


def test_an_acronym_joins_the_one_body_it_abbreviates():
    assert bodies("AP", "Associated Press news agency") == [["AP", "Associated Press news agency"]]
    assert bodies("?WHO", "World Health Organisation") == [["WHO", "World Health Organisation"]]
    assert bodies("AFP", "Agence France-Presse") == [["AFP", "Agence France-Presse"]]


def test_an_acronym_of_two_bodies_joins_the_one_an_article_spelled_out():
    got = bodies("NTC", "National Transitional Council", "National Theatre Company",
                 ("National Transitional Council", ("NTC",)))
    assert ["NTC", "National Transitional Council", "National Transitional Council"] in got
    assert ["National Theatre Company"] in got
    # and with nothing said, it joins neither
    assert bodies("NTC", "National Transitional Council", "National Theatre Company") \
        == [["NTC"], ["National Theatre Company"], ["National Transitional Council"]]


def test_an_acronym_spelled_out_in_its_own_article():
    assert bodies(("KCNA", ("Korean Central News Agency",)), "Korean Central News Agency", "KCNA") \
        == [["KCNA", "KCNA", "Korean Central News Agency"]]


def test_untyped_acronyms_are_bodies_and_short_untyped_caps_are_not():
    assert family_of("WHO", "UNKNOWN") == "o:who"  # no pronoun
    assert family_of("FBI", "UNKNOWN") == "o:fbi"
    assert not (family_of("US", "UNKNOWN") or "").startswith("o:")
    assert family_of("The Associated Press news agency", "ORG") == "o:associated press"


def test_an_entity_of_a_typed_and_an_untyped_name_is_typed():
    members = [Member("a1", "e1", "WHO", type="UNKNOWN"), Member("a2", "e1", "WHO", type="UNKNOWN"),
               Member("a3", "e1", "World Health Organization", type="ORG")]
    (entity,) = resolve_group(members)
    assert entity.type == "ORG" and entity.id.startswith("org-")


def test_a_trailing_country_and_a_possessive_country():
    assert trailing_country("foreign ministry of iraq".split()) == ("IRQ", ["foreign", "ministry"])
    assert trailing_country("abc australia".split()) == ("AUS", ["abc"])
    assert trailing_country(["australia"]) == (None, ["australia"])
    assert leading_country("iran's foreign ministry".split()) == ("IRN", ["foreign", "ministry"])
    a, b = org_name("Iraqi Foreign Ministry"), org_name("Foreign Ministry of Iraq")
    assert (a.country, a.core) == (b.country, b.core) == ("IRQ", "foreign ministry")


def test_an_owner_is_dropped_only_before_a_body_the_dictionaries_know():
    assert without_owner("trump's state department".split()) == ["state", "department"]
    assert without_owner("biden's campaign".split()) == ["biden's", "campaign"]
    assert bodies("Trump's State Department", "US State Department") \
        == [["Trump's State Department", "US State Department"]]


def test_a_name_some_country_bears_joins_others_by_the_very_same_name_only():
    # "ABC" is Australian in one article and the American network in another: with "ABC Australia"
    # in the store, "ABC News" does not become "ABC"; without it, a kind word still goes
    assert bodies("ABC Australia", "ABC", "ABC News") == [["ABC"], ["ABC Australia"], ["ABC News"]]
    assert bodies("NBC", "NBC News") == [["NBC", "NBC News"]]


def test_a_body_affiliated_to_the_country_of_its_one_namesake_with_a_country_joins_it():
    # "XBC of Zedland" read as "XBC" affiliated to a country: it is "XBC Australia"'s body;
    # another article's "XBC", with no such tie, stays apart (it may be another country's XBC)
    members = [Member("a1", "e1", "XBC Australia", type="ORG"),
               Member("a2", "e1", "XBC", type="ORG", affiliation="Australia"),
               Member("a3", "e1", "XBC", type="ORG")]
    got = sorted(sorted(m.article_id for m in c.members) for c in resolve_group(members))
    assert got == [["a1", "a2"], ["a3"]]
    # an affiliation to another country joins nothing
    members = [Member("a1", "e1", "XBC Australia", type="ORG"),
               Member("a2", "e1", "XBC", type="ORG", affiliation="Canada")]
    assert len(resolve_group(members)) == 2


def test_a_territory_is_not_its_sovereign_country():
    # the dictionaries code Puerto Rico and Scotland as USA and GBR; ISO 3166 names them apart
    assert stands_for_country("united states", "USA")
    assert stands_for_country("american", "USA")  # a nationality word: its country
    assert not stands_for_country("puerto rico", "USA")
    assert not stands_for_country("scotland", "GBR")
    assert org_name("Supreme Court of Puerto Rico").country is None
    assert org_name("United States Supreme Court").country == "USA"
    assert org_name("Supreme Court of Puerto Rico").core != org_name("United States Supreme Court").core


def test_a_unit_s_lead_is_the_body_it_belongs_to():
    assert unit_parent("zedford polytechnic center for storm science") == "zedford polytechnic"
    assert unit_parent("zedford polytechnic university school of medicine") == "zedford polytechnic university"
    # one word, or a place, may lead a name of its own; a name that starts with the unit has no lead
    assert unit_parent("zedford institute for storm policy") is None
    assert unit_parent("new york institute of technology") is None
    assert unit_parent("center for storm science") is None
    assert unit_parent("zedford polytechnic storm center") is None


def test_a_unit_joins_the_one_body_of_its_lead():
    assert bodies("Zedford Polytechnic University", "Zedford Polytechnic Center for Storm Science") == \
        [["Zedford Polytechnic Center for Storm Science", "Zedford Polytechnic University"]]
    # only a body named as a university of that lead: "Zedford Polytechnic" may be another's name
    assert len(bodies("Zedford Polytechnic", "Zedford Polytechnic Institute of Storm Science")) == 2
    # two bodies of that lead, or none: it stays apart
    assert len(bodies("Zedford Polytechnic", "Zedford Polytechnic University",
                      "Zedford Polytechnic Center for Storm Science")) == 3
    assert len(bodies("Zedford Polytechnic Center for Storm Science", "Zedford Storm Agency")) == 2
    # a place leads a name of its own: the "New York Institute of Technology" is no "New York University"
    assert len(bodies("New York University", "New York Institute of Technology")) == 2


def test_a_place_s_or_a_state_s_unit_joins_no_university():
    # a state's or a city's bodies share its name: no unit of the university of that name
    assert unit_parent("ohio state school for the blind") is None
    assert unit_parent("st louis college of pharmacy") is None
    assert unit_parent("washington state institute for public policy") is None
    assert len(bodies("Ohio State School for the Blind", "Ohio State University")) == 2
    assert len(bodies("Kansas State School for the Deaf", "Kansas State University")) == 2
    assert len(bodies("Washington State Institute for Public Policy", "Washington State University")) == 2
    assert len(bodies("St. Louis College of Pharmacy", "St. Louis University")) == 2


def test_two_units_of_one_lead_stay_apart():
    assert len(bodies("Max Planck Institute for Chemistry", "Max Planck Institute for Astronomy")) == 2
    assert len(bodies("Max Planck Institute for Chemistry", "Max Planck Institute for Astronomy", "Max Planck")) == 3
    # the aim: a university's centre joins the university
    assert bodies("Johns Hopkins Center for Systems Science and Engineering", "Johns Hopkins University") == \
        [["Johns Hopkins Center for Systems Science and Engineering", "Johns Hopkins University"]]


def test_a_bare_national_agency_its_article_ties_to_no_country_joins_the_one_country_s_body():
    # "The National Storm Center said the storm would strengthen": storm reports quote the
    # agency and no place. The store knows one country's body of that name, written with the
    # country's name before it; the name says it is its nation's one body of a kind not every
    # nation has (untied_national_variant); no speaker of the bare name is tied to another
    # country by its affiliation or its article's speaking places; and the text of one of the
    # speaker's own article names that country or one of its states and no other country, so that
    # speaker is that country's body: it joins it. The made-up story the old rule failed ("A
    # cyclone struck Zembla ... The National Storm Center said") names no United States: it stays
    # apart, and so does a story naming another country beside it, each judged by its own story.
    storm = "National Storm Center"
    us_story = "The storm is forecast to reach Florida on Monday."
    other_story = "The storm struck Mozambique on Monday."
    assert national(f"United States {storm}", storm, (None, [], us_story), (None, [], other_story)) \
        == [["a0", "a1"], ["a2"]]
    assert national(f"United States {storm}", storm, (None, [], other_story)) == [["a0"], ["a1"]]
    assert national(f"United States {storm}", storm, (None, [], "No place at all.")) == [["a0"], ["a1"]]
    assert national(f"United States {storm}", storm, (None, []), (None, [])) == [["a0"], ["a1", "a2"]]
    assert national(f"United States {storm}", storm, (None, ["united states"])) == [["a0", "a1"]]
    assert national("U.S. Federal Storm Administration", "Federal Storm Administration",
                    (None, [], "Officials in the U.S. said")) == [["a0", "a1"]]
    # a bare speaker tied to another country: the name is used elsewhere too, the untied stay
    assert national(f"United States {storm}", storm, (None, [], us_story), ("Mexico", [])) \
        == [["a0"], ["a1", "a2"]]
    assert national(f"United States {storm}", storm, (None, [], us_story), (None, ["mexico"])) \
        == [["a0"], ["a1", "a2"]]
    assert national(f"United States {storm}", storm, (None, [], us_story), (None, ["sonora"])) \
        == [["a0"], ["a1", "a2"]]
    # a speaking place the tables cannot put in a country may be another country's: that one stays
    assert national(f"United States {storm}", storm, (None, [], us_story), (None, ["zedtown"])) \
        == [["a0", "a1"], ["a2"]]
    # two countries' bodies of the name: the bare one may be either
    assert len(bodies(f"United States {storm}", f"Mexico {storm}", storm)) == 3
    assert len(bodies("United Kingdom National Storm Council", "United States National Storm Council",
                      "National Storm Council")) == 3


def test_the_countries_a_text_names():
    assert countries_named("Officials in the U.S. and in Mozambique said") >= {"USA", "MOZ"}
    assert "USA" in countries_named("The governor of South Carolina said")
    assert "USA" in countries_named("American officials said")
    assert "USA" not in countries_named("The storm struck Mozambique.")


def test_each_bare_speaker_joins_by_its_own_story_naming_the_one_country_alone():
    # one bare speaker's story naming the country does not carry the others with it: a story
    # naming the United States and Mozambique, one naming Madagascar alone, stay apart; one
    # naming the United States and a state of it joins
    storm = "National Storm Center"
    both = "The storm hit Mozambique after crossing from the United States."
    elsewhere = "The storm struck Madagascar on Monday."
    home = "Officials in the United States said the storm would reach Florida."
    assert national(f"United States {storm}", storm, (None, [], both), (None, [], elsewhere)) \
        == [["a0"], ["a1", "a2"]]
    assert national(f"United States {storm}", storm, (None, [], both), (None, [], elsewhere),
                    (None, [], home)) == [["a0", "a3"], ["a1", "a2"]]


def test_the_countries_a_text_names_read_whole_names_not_their_parts():
    # a possessive is its country's name; the longest name is read, not the region "South" of
    # it; a word of direction alone, or a kind of province ("County"), names no place
    assert countries_named("South Korea's president said") == {"KOR"}
    assert countries_named("Rain fell in the South and snow in the North.") == frozenset()
    assert countries_named("Zedford County officials said") == frozenset()
    assert countries_named("The storm reached North Carolina.") == {"USA"}
    assert countries_named("Officials in South Africa and East Timor said") == {"ZAF", "TLS"}
    assert countries_named("The Central African Republic said") == {"CAF"}


def test_a_bare_national_commission_or_agency_is_any_nation_s():
    # many nations have a "National Election Commission" or a "National Security Agency": a bare
    # one tied to nothing joins no one country's
    def told(country):
        return (None, [], f"Officials in {country} said the count would end on Monday.")

    assert national("United States National Vote Commission", "National Vote Commission",
                    told("the United States")) == [["a0"], ["a1"]]
    assert national("United States National Storm Agency", "National Storm Agency",
                    told("the United States")) == [["a0"], ["a1"]]


def test_a_bare_national_body_tied_to_nothing_stays_apart_where_its_name_may_be_another_nation_s():
    storm = "National Storm Center"

    def told(country):
        return (None, [], f"Officials in {country} said the storm would weaken.")

    # a kind every nation has: a council, a guard, a congress, a party
    assert national("United Kingdom National Security Council", "National Security Council",
                    told("the United Kingdom")) == [["a0"], ["a1"]]
    assert national("Brazil National Congress", "National Congress", told("Brazil")) == [["a0"], ["a1"]]
    assert national("Kenya National Party", "National Party", told("Kenya")) == [["a0"], ["a1"]]
    # a nationality word, the country after the name, a country's name that is also another
    # country's state ("Georgia"), a name with no "national": apart
    assert national(f"American {storm}", storm, told("the United States")) == [["a0"], ["a1"]]
    assert national(f"{storm} of Mexico", storm, told("Mexico")) == [["a0"], ["a1"]]
    assert national(f"Georgia {storm}", storm, told("Georgia")) == [["a0"], ["a1"]]
    assert national("United States Coast Watch", "Coast Watch", told("the United States")) == [["a0"], ["a1"]]
    assert national("Zedland Radio Australia", "Zedland Radio", told("Australia")) == [["a0"], ["a1"]]
    # an affiliation that is no place ties the speaker to something else: it stays
    assert national(f"United States {storm}", storm,
                    ("Zedland Storm Network", [], "Officials in the United States said")) == [["a0"], ["a1"]]


def test_a_body_named_with_its_country_s_name_after_or_before_it_is_the_bare_name_its_article_ties_there():
    # "Zedland Radio Australia" (or "(Australia)", or "Australia Zedland Radio"): the bare
    # "Zedland Radio" of an article whose one country is Australia is that body
    radio = "Zedland Radio"
    assert national(f"{radio} Australia", radio, (None, ["australia"])) == [["a0", "a1"]]
    assert national(f"{radio} (Australia)", radio, (None, ["australia"])) == [["a0", "a1"]]
    assert national(f"Australia {radio}", radio, (None, ["australia"])) == [["a0", "a1"]]
    assert national("United States Coast Watch", "Coast Watch", (None, ["united states"])) == [["a0", "a1"]]
    # no tie, two countries, another country: apart
    assert national(f"{radio} Australia", radio, (None, []), (None, ["australia", "new zealand"]),
                    (None, ["new zealand"])) == [["a0"], ["a1", "a2", "a3"]]
    # a nationality word may name one of many parties or branches; a generic office stays per country
    assert national("Australian Zedland Party", "Zedland Party", (None, ["australia"])) == [["a0"], ["a1"]]
    assert national("Australia Supreme Court", "Supreme Court", (None, ["australia"])) == [["a0"], ["a1"]]


def test_an_office_s_remit_in_another_form_is_the_same_office():
    assert office_remit("emergency situations ministry".split()) == ["emergency", "ministry"]
    assert office_remit("emergencies ministry".split()) == ["emergency", "ministry"]
    assert office_remit("foreign affairs ministry".split()) == ["foreign", "ministry"]
    assert office_remit("affairs ministry".split()) == ["affair", "ministry"]  # a filler alone stays
    assert office_remit("press association".split()) == ["press", "association"]  # no office
    assert singular("status") == "status" and singular("press") == "press" and singular("mines") == "mine"
    assert bodies("Zedland Emergency Situations Ministry", "Zedland Emergencies Ministry") \
        == [["Zedland Emergencies Ministry", "Zedland Emergency Situations Ministry"]]
    assert bodies("Iranian Foreign Affairs Ministry", "Iranian Foreign Ministry") \
        == [["Iranian Foreign Affairs Ministry", "Iranian Foreign Ministry"]]
    # another country's, or one with a country and one without, stay apart
    assert len(bodies("Russian Emergency Situations Ministry", "Ukrainian Emergencies Ministry")) == 2
    assert len(bodies("Iranian Foreign Affairs Ministry", "Foreign Ministry")) == 2


def test_an_acronym_leading_a_name_is_the_one_body_that_spells_it_out():
    assert bodies("UN Storm Council", "United Nations Storm Council") == \
        [["UN Storm Council", "United Nations Storm Council"]]
    assert bodies("the U.N. Storm Programme", "United Nations Storm Program") == \
        [["United Nations Storm Program", "the U.N. Storm Programme"]]
    # two bodies that spell it out, a country and none, another rest, a lead not written short:
    # apart
    assert len(bodies("ZU Storm Council", "Zedland Union Storm Council", "Zemblan Unity Storm Council")) == 3
    assert len(bodies("US Storm Council", "Zedland Storm Council")) == 2
    assert len(bodies("UN Storm Council", "United Nations Storm Agency")) == 2
    assert len(bodies("Un Storm Council", "United Nations Storm Council")) == 2
    # a lead of one word spells out no acronym
    index = _spelled_out_index([(None, "united storm council"), (None, "united nations storm council")])
    assert (None, "u", ("storm", "council")) not in index
    assert index[(None, "un", ("storm", "council"))] == [(None, "united nations storm council")]


def test_spelling_variants_and_trailing_kind_words_are_one_body():
    assert bodies("Zedco & Partners", "Zedco and Partners") == [["Zedco & Partners", "Zedco and Partners"]]
    assert bodies("Zedco Corporation", "Zedco Corp.", "Zedco") == [["Zedco", "Zedco Corp.", "Zedco Corporation"]]
    assert bodies("Zedland Farmers’ Union", "Zedland Farmers Union") == \
        [["Zedland Farmers Union", "Zedland Farmers’ Union"]]
    assert bodies("Zedford Harbour Authority", "Zedford Harbor Authority") == \
        [["Zedford Harbor Authority", "Zedford Harbour Authority"]]
    # a word that names another body of the same name stays: a foundation, an airline, a group
    assert len(bodies("Zedco Foundation", "Zedco")) == 2
    assert len(bodies("Zedco Airlines", "Zedco")) == 2


def company(home_name, bare_name, *bare):
    """The entities of a body named with its country (people "roe", "doe" and "lee" speak in its
    article) and bare speakers of its name, each given as (affiliation, people speaking in its
    article, places), as sets of their articles."""
    people = lambda names: frozenset(f"p:{p}" for p in names)  # noqa: E731
    members = [Member("a0", "e1", home_name, type="ORG", comentions=people(["roe", "doe", "lee"]))]
    for n, (affiliation, names, *places) in enumerate(bare, 1):
        members.append(Member(f"a{n}", "e1", bare_name, type="ORG", affiliation=affiliation,
                              comentions=people(names) | {f"l:{p}" for p in (places[0] if places else [])}))
    return sorted(sorted(m.article_id for m in c.members) for c in resolve_group(members))


def test_a_bare_body_in_the_company_of_its_country_s_body_is_that_body():
    # two of the people speaking beside the "United States Commission on Debates" speak in the
    # bare one's article too: the same story's body, whatever other places the article visits
    debates = "Commission on Debates"
    assert company(f"United States {debates}", debates, (None, ["roe", "doe"], ["armenia"])) == [["a0", "a1"]]
    assert company(f"{debates} of Kenya", debates, (None, ["lee", "roe", "kim"])) == [["a0", "a1"]]
    # one person shared says little; an affiliation to another country keeps it apart
    assert company(f"United States {debates}", debates, (None, ["roe", "kim"])) == [["a0"], ["a1"]]
    assert company(f"United States {debates}", debates, ("Mexico", ["roe", "doe"])) == [["a0"], ["a1"]]
    # each bare speaker by its own company
    assert company(f"United States {debates}", debates, (None, ["roe", "doe"]), (None, ["kim"])) \
        == [["a0", "a1"], ["a2"]]


def test_the_same_people_beside_a_body_every_nation_has_tie_it_to_no_country():
    # the same leaders speak beside two countries' security councils or guards
    assert company("Ukraine National Security Council", "National Security Council",
                   (None, ["roe", "doe"])) == [["a0"], ["a1"]]
    assert company("Ukraine National Guard", "National Guard", (None, ["roe", "doe"])) == [["a0"], ["a1"]]
    # a kind word the core drops still counts ("agency")
    assert company("Ukraine National Storm Agency", "National Storm Agency", (None, ["roe", "doe"])) \
        == [["a0"], ["a1"]]
    # a nationality word is no country's name: "American Red Cross" is no Red Cross
    assert company("American Storm Society", "Storm Society", (None, ["roe", "doe"])) == [["a0"], ["a1"]]
    # a generic office every country has
    assert company("United States Supreme Court", "Supreme Court", (None, ["roe", "doe"])) == [["a0"], ["a1"]]
