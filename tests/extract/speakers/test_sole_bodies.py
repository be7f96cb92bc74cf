"""Definite descriptions of a body or a defendant that name the one the article names (branch
i12-body), each on sentences made up for it: "the board" for the one board named though another
body was named nearer (``sole_headed_body``), "the newspaper" for the one newspaper by its name
(``sole_outlet``), "the defendant" for the one person named as charged (``sole_defendant``)."""
from onrecord.extract.speakers.passes.descriptions import outlet_named
from onrecord.extract.speakers.state import ArticleEntity
from statement_lookup import speaker

# ---- "the board": the one body its kind heads ----

def test_the_board_is_the_one_board_named_though_another_body_is_nearer(nlp):
    text = ("Voters in Zedland will get new ballots, the Zedland Board of Elections announced on Monday. "
            "Two objectors, Jo Roe and Al Lee, had asked for it. \"The Candidate is eligible,\" the board said.")
    found = speaker(text, "The Candidate is eligible")
    assert found.name == "Zedland Board of Elections" and found.rule == "description"


def test_the_ministry_is_the_ministry_of_health(nlp):
    text = ("The Zedland Ministry of Health reported 40 new cases on Tuesday. Acme Corp, which makes the "
            "test, said supplies were short. The ministry said it would buy more tests.")
    assert speaker(text, "buy more tests").name == "Zedland Ministry of Health"


def test_another_board_written_before_leaves_the_board_unnamed(nlp):
    text = ("A local school board met on Monday. The Zedland Board of Elections heard the case. Acme Corp "
            "asked for a delay. The board said it would recount the votes.")
    found = speaker(text, "recount the votes")
    assert found.entity is None and found.rule == "unnamed"


def test_two_courts_leave_the_court_unnamed(nlp):
    text = ("The Zedland Court of Appeal and the Zedland Supreme Court have both heard the case. Acme Corp "
            "asked for a delay. The court said the delay was refused.")
    assert speaker(text, "delay was refused").rule == "unnamed"


# ---- "the newspaper", "the network": the one outlet of that kind by its name ----

def test_an_outlet_by_its_own_name():
    assert outlet_named(ArticleEntity("Orlando Sentinel", "ORG"), "newspaper")
    assert outlet_named(ArticleEntity("Times of Zedland", "ORG"), "paper")
    assert outlet_named(ArticleEntity("NBC News", "ORG"), "network")
    assert outlet_named(ArticleEntity("Zed Television Network", "ORG"), "channel")
    assert not outlet_named(ArticleEntity("Post Office", "ORG"), "newspaper")
    assert not outlet_named(ArticleEntity("Daily News", "ORG"), "network")
    assert not outlet_named(ArticleEntity("NBC News", "ORG"), "newspaper")


def test_the_network_is_the_one_network_named(nlp):
    text = ("Anchor Tom Green left NBC News on Friday after ten years at the desk. \"We wish him well "
            "in whatever he does next,\" the network said.")
    assert speaker(text, "We wish him well").name == "NBC News"


def test_a_body_named_nearer_leaves_the_network_unnamed(nlp):
    text = ("Anchor Tom Green left NBC News on Friday after ten years at the desk. Acme Corp bought the "
            "building last year. The network said it wished him well.")
    assert speaker(text, "it wished him well").rule == "unnamed"


# ---- "the defendant": the one person named as charged ----

def test_the_defendant_is_the_one_person_charged(nlp):
    text = ("John Doe, 34, was charged with arson in Zedville on Monday. Prosecutors said he set fire "
            "to the barn. The defendant said he was innocent.")
    found = speaker(text, "he was innocent")
    assert found.name == "John Doe" and found.rule == "description"


def test_the_accused_is_the_one_who_pleaded(nlp):
    text = "Jane Roe pleaded not guilty to fraud on Monday. The accused told the court she had kept the money safe."
    assert speaker(text, "kept the money safe").name == "Jane Roe"


def test_two_people_charged_leave_the_defendant_unnamed(nlp):
    text = "John Doe and Ann Lee were charged with arson on Monday. The defendant said he was innocent."
    assert speaker(text, "he was innocent").rule == "unnamed"


def test_several_defendants_leave_the_defendant_unnamed(nlp):
    text = ("John Doe was charged with arson on Monday; his co-defendant was not named. The defendant "
            "said he was innocent.")
    assert speaker(text, "he was innocent").rule == "unnamed"
