"""Bodies by their kind and bodies that only publish (branch i13-body), each on sentences made up
for it: "the agency" for the one body named "... Administration" (``kind_spellings`` in
``sole_headed_body``), "the network" for the one body the article calls a network and "the news
outlet" for the one newsroom named (``sole_outlet``, ``kind_ties``, ``definite_kind``), and the
author, not the publisher, of a writing published "saying" (``candidates.published_author``)."""
from statement_lookup import speaker

# ---- "the agency": the one body named with a word the kind is spelt with ----

def test_the_agency_is_the_one_administration_named_though_a_company_is_nearer(nlp):
    text = ("The Food and Drug Administration approved the drug on Monday. Acme Corp said sales would "
            "begin in May. The agency said the drug was safe for children.")
    found = speaker(text, "drug was safe")
    assert found.name == "Food and Drug Administration" and found.rule == "description"


def test_two_bodies_of_the_kind_leave_the_agency_unnamed(nlp):
    text = ("The Food and Drug Administration approved the drug on Monday. The Department of Health said "
            "sales would begin in May. Acme Corp welcomed it. The agency said the drug was safe for children.")
    found = speaker(text, "drug was safe")
    assert found.entity is None and found.rule == "unnamed"


# ---- "the network", "the news outlet": the one outlet of the kind ----

def test_the_network_is_the_one_body_the_article_calls_a_network(nlp):
    text = ("Cable network Orbis aired the debate on Tuesday. The Zedland Party said the moderators were "
            "unfair. Jo Roe agreed. The network said its moderators had been fair.")
    found = speaker(text, "moderators had been fair")
    assert found.name == "Orbis" and found.rule == "description"


def test_another_network_written_leaves_the_network_unnamed(nlp):
    text = ("Cable network Orbis aired the debate on Tuesday. The Zedland Party said the moderators were "
            "unfair. A local network showed it too. Jo Roe agreed. The network said its moderators had been fair.")
    found = speaker(text, "moderators had been fair")
    assert found.name == "network" and found.rule == "unnamed"


def test_networks_in_the_plural_leave_the_network_unnamed(nlp):
    text = ("Cable networks Orbis and Telezed aired the debate on Tuesday. The Zedland Party said the "
            "moderators were unfair. Jo Roe agreed. The network said its moderators had been fair.")
    assert speaker(text, "moderators had been fair").rule == "unnamed"


def test_the_news_outlet_is_the_one_newsroom_named(nlp):
    text = ("Westport News reported that agents were busy. \"They are busy,\" a source told Westport News. "
            "The rules apply to written statements, according to the news outlet.")
    found = speaker(text, "rules apply")
    assert found.name == "Westport News" and found.rule == "description"


def test_two_outlets_leave_the_news_outlet_unnamed(nlp):
    text = ("Westport News reported that agents were busy. The Zorbia Herald said the same. The rules "
            "apply to written statements, according to the news outlet.")
    assert speaker(text, "rules apply").rule == "unnamed"


# ---- a writing published: its author speaks, not its publisher ----

def test_a_journal_that_published_a_team_s_report_is_not_its_speaker(nlp):
    text = ("On Thursday, the journal Zorb published a report by a team from the University of Eastland, "
            "saying the eruption had fed a bloom of algae.")
    found = speaker(text, "eruption had fed")
    assert found.name != "Zorb" and "team" in found.mention.text


def test_a_letter_from_scientists_is_the_scientists(nlp):
    found = speaker("The magazine printed a letter from forty scientists saying the vaccine was safe.",
                    "vaccine was safe")
    assert found.mention.text == "forty scientists"


def test_a_place_is_no_author_and_a_verb_of_its_own_is_the_publisher(nlp):
    placed = speaker("The magazine printed a letter from Brussels saying the vaccine was safe.", "vaccine was safe")
    assert placed.mention.text == "The magazine"
    said = speaker("The Zorb Times published the report and said the vaccine was safe.", "vaccine was safe")
    assert said.name == "Zorb Times"


def test_the_network_is_the_one_body_whose_anchor_is_named(nlp):
    text = ("The senator told Westcom anchor Jo Roe that he would run. The Zedland Party said the question was "
            "unfair. Al Lee agreed. The network said its anchor had been fair.")
    found = speaker(text, "anchor had been fair")
    assert found.name == "Westcom" and found.rule == "description"
