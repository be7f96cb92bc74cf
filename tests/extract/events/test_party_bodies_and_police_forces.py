"""A political party's own committee is the party's, not an NGO (``phrases.party_body``), and a
police force is of the place it serves or of the article's states and counties
(``countries.police_force_country``): made-up texts."""
from event_lookup import event_at


def test_a_party_committee_is_no_ngo(nlp):
    event = event_at(nlp, "The Democratic National Committee sharply criticized Governor Ann Roe of Ohio.",
                     "criticized")
    assert event.actor.country != "NGO"
    assert event.actor.sector == "PTY"


def test_a_party_committee_as_target_is_a_party_body(nlp):
    event = event_at(nlp, "Senator Jo Vell of Texas attacked the Republican National Committee on Monday.", "attacked")
    assert event.target.sector == "PTY"


def test_a_civil_committee_stays_an_ngo(nlp):
    event = event_at(nlp, "The Committee to Protect Journalists criticized the Zembian government.", "criticized")
    assert event.actor.country == "NGO"


def test_a_lower_case_party_word_names_no_party(nlp):
    event = event_at(nlp, "The Zembian Farmers Committee for democratic reform criticized the Kordavian army.",
                     "criticized")
    assert event.actor.sector != "PTY"


def test_a_force_named_for_a_county_is_of_its_country(nlp):
    event = event_at(nlp, "Essex Police arrested two men in connection with the robbery of a jeweller.", "arrested")
    assert event.actor.country == "GBR"


def test_a_force_works_where_the_article_counties_are(nlp):
    text = ("Thieves took a silver clock from a manor in Oxfordshire, England, on Sunday. The clock, "
            "titled America, toured the United States and was priced in US dollars by an American dealer. "
            "Police arrested a 40-year-old man on suspicion of burglary.")
    assert event_at(nlp, text, "arrested").actor.country == "GBR"


def test_a_force_that_speaks_of_its_arrest_is_of_its_place(nlp):
    text = ("Dorset Constabulary said they had arrested a second man over the theft of a statue. "
            "The statue, called Liberty, had toured the United States "
            "and was valued in US dollars by American experts.")
    event = event_at(nlp, text, "arrested")
    assert event.actor.country == "GBR"


def test_the_they_of_a_speaking_force_is_of_its_counties(nlp):
    text = ("Severn Vale Police said they had arrested a second man over the theft of a brass lamp. "
            "The lamp was taken on Sunday from a manor in Oxfordshire, England. It is named Liberty. "
            "It was shown in the United States. It costs two million US dollars. An American made it.")
    assert event_at(nlp, text, "arrested").actor.country == "GBR"
