"""What a speech verb's object states (``extract/stated_objects.py``): each rule on made-up
sentences, through ``find_statements`` so that the rule is tested where it acts."""
import pytest

from onrecord.extract.statements import find_statements


def contents(nlp, text):
    return [text[f.start:f.end] for f in find_statements(nlp(text))]


@pytest.mark.parametrize("text, content", [
    # says_in_noun: a noun of saying or thinking with its own clause or infinitive
    ("In March, the ministry expressed doubt that Zembla had the means to build the bomb.",
     "doubt that Zembla had the means to build the bomb"),
    ("Acme Corp announced plans to close its plant in Westport.", "plans to close its plant in Westport"),
    ("Senator Jane Roe has stated her intention to endorse one of her rivals.",
     "her intention to endorse one of her rivals"),
    ("The governor made a promise to rebuild the bridge by June.", "a promise to rebuild the bridge by June"),
    # denies_or_admits: a deed of the subject's, or someone's words with what they say
    ("The government of Zembla has denied any role in the bombing.", "any role in the bombing"),
    ("Zembla initially denied all claims that the reporter was killed.", "all claims that the reporter was killed"),
    # tells_of_deed: a gerund after "of"
    ("The painter Ann Lee told of being forced to leave her home.", "being forced to leave her home"),
    ("John Smith talked of having met the king twice.", "having met the king twice"),
    # reports_as: the object given "as" something
    ("The Gazette reported his cause of death as heart failure.", "his cause of death as heart failure"),
    # shows_doing: the object doing something
    ("Zorb.com, a property site, reported some sellers offering free paint to buyers.",
     "some sellers offering free paint to buyers"),
    # denies_or_admits: words "of" what they said
    ("The union rejected the claims of a cover-up.", "the claims of a cover-up"),
])
def test_object_that_states(nlp, text, content):
    assert content in contents(nlp, text)


@pytest.mark.parametrize("text", [
    # a doing, not a saying
    "He made the decision to leave the party.",
    "The company has plans to close the plant.",
    # a noun with no clause says nothing of what
    "The minister voiced concern on Monday.",
    "Acme announced its plans.",
    # the subject is no one who speaks
    "The attack raised fears that the war would spread.",
    "This and the mild symptoms of the others raise the concern that the virus spreads unseen.",
    # words with nothing of what they said; a denial denied
    "The council rejected the report.",
    "The mayor did not deny any role in the affair.",
    # a topic after "of", an act after "reported"
    "She spoke of the economy.",
    "He reported the incident to police.",
    "He reported the man to police.",
    # held in common, not told
    "The brothers shared a desire to travel the world.",
    "Both leaders share the view that the war must end soon.",
    # words rejected with nothing of what they said: a vote, a dispute, a ruling, a refusal
    "The board rejected the report on the merger.",
    "The union rejected the claims of the company.",
    "The company disputed the charge for the repairs.",
    "The court rejected the charges against the mayor.",
    "The board rejected the suggestion that the mayor resign.",
    # "as" the reporter's capacity; a thing shown by a maker, not by a document
    "He reported the story as a freelance journalist.",
    "Apple revealed a prototype car driving itself through the city.",
])
def test_object_that_states_nothing(nlp, text):
    assert contents(nlp, text) == []


def test_statement_saying_keeps_its_own_cue(nlp):
    text = "The army released a statement saying two soldiers had died in the attack."
    assert contents(nlp, text) == ["two soldiers had died in the attack"]


def test_claim_with_its_own_speaker_stays_the_noun_cue(nlp):
    text = "The mayor also repeated his claim that profit was the motive of the companies."
    assert contents(nlp, text) == ["profit was the motive of the companies"]


def test_denial_of_wrongdoing_alone(nlp):
    assert contents(nlp, "The minister has denied any wrongdoing.") == ["any wrongdoing"]


@pytest.mark.parametrize("text, content", [
    # proposes_deed: the gerund of a verb of proposing is what is called for
    ("Lindqvist suggested building a new bridge over the river.", "building a new bridge over the river"),
    ("Mr. Odo recommended closing the harbour for a week.", "closing the harbour for a week"),
    ("Last spring the mayor of Westport proposed raising the parking fee to four dollars.",
     "raising the parking fee to four dollars"),
])
def test_gerund_proposed(nlp, text, content):
    assert content in contents(nlp, text)


@pytest.mark.parametrize("text", [
    # denied, too short to stand alone, or no one who may speak
    "The panel never advocated raising the fee.",
    "Halvard suggested waiting.",
    "The storm suggested moving inland.",
])
def test_gerund_proposed_nothing(nlp, text):
    assert contents(nlp, text) == []


@pytest.mark.parametrize("text, gerund", [
    # r18-fixspk: a finding whose subject is the gerund, a disowned or questioned proposal
    ("A report by the Westport Clinic suggested drinking tea every morning lowers blood pressure.",
     "drinking tea every morning"),
    ("Mira Tobel denied suggesting cutting the school budget.", "cutting the school budget"),
    ("Ivo Brenner dismissed claims that he had recommended shutting the ferry.", "shutting the ferry"),
    ("Asked whether he would advocate building a third runway, Piet Sarro said it was too early.",
     "building a third runway"),
])
def test_gerund_of_no_proposal_made(nlp, text, gerund):
    assert not any(c.startswith(gerund) for c in contents(nlp, text))


def test_a_finite_verb_at_the_root_after_a_gerund_ends_the_walk(nlp):
    # the walk up from a verb the parse made the root stops there
    contents(nlp, "The board suggested hiring two nurses. Sales rose.")


def test_a_verb_of_a_time_clause_after_the_gerund_keeps_the_proposal(nlp):
    text = "Some councillors advocated widening the canal with new locks until it carried barges."
    assert any(c.startswith("widening the canal") for c in contents(nlp, text))
