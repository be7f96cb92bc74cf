"""The rules added to the speaker sieve in issue 13's sixth round, each on a sentence made up
for it: an officer named after a body's name and the officer's role, and a mention that the
parser began with a whole clause."""
from onrecord.extract.speakers.mention_syntax import after_clause_in_left_part, mention_range
from onrecord.extract.speakers.passes import names
from statement_lookup import speaker

# ---- a body, its officer's role, the officer's name ----

def test_the_officer_named_after_a_body_and_a_role_is_the_speaker(nlp):
    text = ("\"She was the finest teacher we ever had,\" said University of Northern Ohio, Toledo's "
            "chancellor, Martin Kessler, in a statement.")
    found = speaker(text, "finest teacher")
    assert found.name == "Martin Kessler" and found.rule == "appositive-name"
    assert found.roles == ["chancellor"]


def test_the_body_keeps_the_place_that_closes_its_name(nlp):
    text = ("\"She was the finest teacher we ever had,\" said University of Northern Ohio, Toledo's "
            "chancellor, Martin Kessler, in a statement.")
    found = speaker(text, "finest teacher")
    assert found.affiliation == "University of Northern Ohio, Toledo"
    doc = nlp("Acme Corp, its chief executive, John Smith, said the plant would close.")
    executive = next(t for t in doc if t.text == "executive")
    possessor = {t.i for c in executive.children if c.dep_ == "poss" for t in c.subtree}
    assert names.body_with_its_place(doc, doc[0:2], possessor) == "Acme Corp"


def test_a_body_with_its_own_description_stays_the_body(nlp):
    found = speaker("Acme Corp, the parent company, said the plant would close.", "the plant would close")
    assert found.name == "Acme Corp"


# ---- a clause the parser put before a mention's head ----

def test_a_mention_starts_after_a_clause_hung_before_it(nlp):
    doc = nlp("The airport and nearby hotel were both evacuated and local police warned people to stay inside.")
    police = next(t for t in doc if t.text == "police")
    start, end = mention_range(police)
    assert doc[start:end].text == "local police"


def test_a_participle_before_a_noun_is_kept(nlp):
    doc = nlp("The retired general said the war was lost.")
    general = next(t for t in doc if t.text == "general")
    assert after_clause_in_left_part(general, general.left_edge.i) == general.left_edge.i
    assert doc[slice(*mention_range(general))].text == "The retired general"


def test_a_given_name_the_tagger_missed_is_read_after_a_role(nlp):
    doc = nlp("It was a good year, said the chancellor, Pradeep Khosla.")
    chancellor = next(t for t in doc if t.text == "chancellor")
    span = doc[slice(*mention_range(chancellor))]
    assert names.apposed_given_name(span).text == "Pradeep Khosla"
    place = nlp("It was a good year, said the chancellor, San Diego.")
    chancellor = next(t for t in place if t.text == "chancellor")
    assert names.apposed_given_name(place[slice(*mention_range(chancellor))]) is None


# ---- an academy, an institute, a college: bodies the article names ----

def test_the_institute_is_the_institute_the_article_names(nlp):
    text = ("The Allen Institute for Brain Science released the atlas on Monday. "
            "The institute said the atlas was free to use.")
    assert speaker(text, "the atlas was free to use").name == "Allen Institute for Brain Science"


def test_an_academy_no_one_names_stays_unnamed(nlp):
    found = speaker("The academy said the prize would be shared.", "the prize would be shared")
    assert found.rule == "unnamed"
