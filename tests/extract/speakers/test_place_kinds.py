"""A definite kind of place as a speaker ("the city said", "the kingdom said") goes to the one
place of that kind the article names before, only when the article shows it to be of that kind,
no other place may be, and every word before the kind ties to it
(``descriptions.sole_place_of_kind``, ``descriptions.sole_country_of_kind``). Made-up sentences."""
from onrecord.extract.speakers.passes.descriptions import other_place_kind
from onrecord.extract.speakers.state import ArticleEntity
from statement_lookup import speaker

# ---- a city, a town, a county ----


def test_the_city_is_the_one_city_named_before_with_its_mayor():
    text = ("The mayor of Brookhaven, Ann Lee, closed the old bridge on Monday. "
            "The city said repairs would take a month.")
    found = speaker(text, "repairs would take")
    assert (found.name, found.type, found.rule) == ("Brookhaven", "GPE", "description")


def test_a_city_placed_in_its_state_is_the_city_and_the_state_no_rival():
    text = "Brookhaven, Ohio, closed the old bridge on Monday. The city said repairs would take a month."
    assert speaker(text, "repairs would take").name == "Brookhaven"


def test_a_place_word_before_the_kind_must_be_where_the_article_puts_the_city():
    placed = "Brookhaven, Ohio, closed the old bridge on Monday. The Ohio city said repairs would take a month."
    assert speaker(placed, "repairs would take").name == "Brookhaven"
    elsewhere = "Brookhaven, Ohio, closed the old bridge on Monday. The Texas city said repairs would take a month."
    assert speaker(elsewhere, "repairs would take").rule == "unnamed"


def test_a_word_no_name_ties_leaves_the_city_unnamed():
    text = "Brookhaven, Ohio, closed the old bridge on Monday. The coastal city said repairs would take a month."
    assert speaker(text, "repairs would take").rule == "unnamed"


def test_two_places_leave_the_city_unnamed():
    text = ("Brookhaven, Ohio, and Millford, Ohio, closed their bridges on Monday. "
            "The city said repairs would take a month.")
    assert speaker(text, "repairs would take").rule == "unnamed"


def test_a_place_the_article_never_shows_to_be_a_city_stays_unnamed():
    text = "Officials in Brookhaven closed the old bridge on Monday. The city said repairs would take a month."
    assert speaker(text, "repairs would take").rule == "unnamed"


def test_other_cities_spoken_of_before_leave_the_city_unnamed():
    text = ("Brookhaven, Ohio, closed the old bridge on Monday. Several cities closed bridges too. "
            "The city said repairs would take a month.")
    assert speaker(text, "repairs would take").rule == "unnamed"


def test_the_county_is_the_one_place_named_as_a_county():
    text = "Floods hit Elm County on Monday. The county said repairs would take a month."
    found = speaker(text, "repairs would take")
    assert (found.name, found.rule) == ("Elm County", "description")


def test_countries_states_and_places_of_another_kind_are_no_rivals_of_a_city():
    assert other_place_kind(ArticleEntity("Ruritania", "GPE"), "city") is False  # unknown: may be a city
    assert other_place_kind(ArticleEntity("Ohio", "GPE"), "city")
    assert other_place_kind(ArticleEntity("Kenya", "GPE"), "city")
    assert other_place_kind(ArticleEntity("Elm County", "GPE"), "city")
    assert other_place_kind(ArticleEntity("Kansas City", "GPE"), "county")
    assert other_place_kind(ArticleEntity("New York", "GPE"), "city") is False  # a city too


# ---- a kingdom ----


def test_the_kingdom_is_the_one_kingdom_named_before():
    text = ("Saudi Arabia and Yemen traded blame over the raid. "
            "The kingdom said it had fought extremism for years.")
    found = speaker(text, "fought extremism")
    assert (found.name, found.type, found.rule) == ("Saudi Arabia", "GPE", "description")


def test_two_kingdoms_leave_the_kingdom_unnamed():
    text = ("Saudi Arabia and Jordan sent papers to lawmakers. "
            "The kingdom said it had fought extremism for years.")
    assert speaker(text, "fought extremism").rule == "unnamed"


def test_a_kingdom_described_by_words_no_name_ties_stays_unnamed():
    gulf = "Saudi Arabia and Yemen traded blame. The Gulf kingdom said it had fought extremism for years."
    assert speaker(gulf, "fought extremism").rule == "unnamed"
    own = "Saudi Arabia and Yemen traded blame. The Saudi kingdom said it had fought extremism for years."
    assert speaker(own, "fought extremism").name == "Saudi Arabia"


# ---- a place the tagger took for a person is still a rival (r18-fixspk) ----


def test_a_town_tagged_as_a_person_after_in_is_a_rival():
    text = ("Brookhaven, Ohio, closed the old bridge on Monday. Twenty miles away, the pumps failed "
            "in Tillman on Tuesday. The city said the water would be safe by Friday.")
    assert speaker(text, "water would be safe").rule == "unnamed"


def test_a_town_tagged_as_a_person_with_its_water_plant_is_a_rival():
    text = ("Officials in Brookhaven, Ohio, shut two roads on Monday. Forty miles south, Holloway's "
            "water plant broke down on Tuesday. The city said the water would be safe by Friday.")
    assert speaker(text, "water would be safe").rule == "unnamed"


def test_a_kingdom_tagged_as_a_person_is_a_rival():
    text = ("Saudi Arabia gave $40 million on Sunday to help the camps. Jordan, which shelters many "
            "of the families, asked for more. The kingdom said it could take in no one else.")
    assert speaker(text, "could take in no one").rule == "unnamed"


def test_a_state_named_after_the_city_and_a_comma_is_no_second_city():
    # "New York" may name a city, but written after "Port Carvel," it is the state around it
    text = ("The city of Port Carvel, New York, closed its public pools on Monday after a heat wave.\n\n"
            "The city said the pools would reopen on Friday.")
    found = speaker(text, "the pools would reopen")
    assert (found.name, found.rule) == ("Port Carvel", "description")


def test_a_place_also_named_on_its_own_stays_a_rival_city():
    text = ("The city of Port Carvel, New York, closed its public pools on Monday. Officials in New York "
            "kept theirs open.\n\nThe city said the pools would reopen on Friday.")
    assert speaker(text, "the pools would reopen").rule == "unnamed"
