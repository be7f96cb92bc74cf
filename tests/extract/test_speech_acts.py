"""What a statement is (``extract/speech_acts.py``, docs/statements.md): each rule on a small text,
through ``find_statements`` so that the rule is tested where it acts."""
import pytest
from spacy.tokens import Doc

from onrecord.extract.candidates import candidates
from onrecord.extract.speech_acts import (
    cue_classes,
    declined_comment,
    has_subject,
    is_label,
    is_question,
    is_statement,
    is_unrealised,
)
from onrecord.extract.statements import find_statements


def contents(nlp, text):
    return [text[f.start:f.end] for f in find_statements(nlp(text))]


@pytest.mark.parametrize("text", [
    "The president signed the bill on Monday.",
    "The court convicted him of fraud.",
    "Trump withdrew the United States from the treaty.",
    "The government imposed sanctions on the company.",
    "The party nominated her for the Senate.",
    "Biden attacked Trump for the tweet.",
    "He spoke about the economy at length.",
    "Cows are considered sacred in India.",
    "People were invited to suggest what the new flag should mean.",
    "He declined to say whether he would run.",
    "She asked whether the deal would hold.",
    "The agency issued a hurricane warning for the coast.",
    # a denied cue: nobody said it, and a belief held the other way would lose its "not"
    "The minister did not say that the talks had failed.",
    "The senator never claimed that the vote was rigged.",
    # the one asked is the subject of a passive, the one asking is not said
    "The minister was asked to resign.",
    "When asked to comment on the report, the minister left the room.",
    # a relative clause reports nothing of its host
    "The Speaker commented on the vote — which the paper noted as an unusual move — on Monday.",
    "The first spray is made of silicone, that the chemist described as resembling human hairs.",
    "The judge does not consider the new law to apply to the case.",
    # the clause before the relative clause is no report of its cue ("a step whose rarity, the paper
    # noted, ..." reports the relative clause alone: tests/extract/test_found_forms.py)
])
def test_actions_topics_targets_and_questions_are_not_statements(nlp, text):
    assert contents(nlp, text) == []


@pytest.mark.parametrize("text, content", [
    ("The minister said that the talks had failed.", "the talks had failed"),
    ("The report found that emissions rose sharply last year.", "emissions rose sharply last year"),
    ("Protesters called for the immediate release of the two men.", "the immediate release of the two men"),
    ("The rebels vowed to retaliate against the army.", "to retaliate against the army"),
    ("The governor urged residents to leave the coast.", "to leave the coast"),
    ("She accused the minister of lying to parliament.", "the minister of lying to parliament"),
    ("The union demanded an apology from the company.", "an apology from the company"),
    ("Trump tweeted that the election was rigged.", "the election was rigged"),
    ("The campaign called the charges unsubstantiated and fabricated.", "the charges unsubstantiated and fabricated"),
    ("The engineer recounted that the crew had worked through the night.", "the crew had worked through the night"),
    ("Some analysts speculated that the company would be sold.", "the company would be sold"),
    ("The authors had hypothesized the drought would reduce the harvest.", "the drought would reduce the harvest"),
    ("The mayor advised residents of the city to make plans and stay indoors.", "to make plans and stay indoors"),
    # a gerund of a verb of [gerund]: what the subject says it did
    ("The official admitted taking bribes from the company.", "taking bribes from the company"),
    ("The retired teacher recalled meeting the author at a fair in 1990.", "meeting the author at a fair in 1990"),
    # "said" whose object the parse made of a whole clause
    ("Councillor Dana Reyes said a rule allowing night work marked a bad day for the town.",
     "a rule allowing night work marked a bad day for the town"),
])
def test_speech_beliefs_demands_and_characterisations_are(nlp, text, content):
    assert contents(nlp, text) == [content]


def test_a_narrative_clause_is_no_parenthetical(nlp):
    text = "The move came shortly after the senator announced his endorsement of Biden."
    assert contents(nlp, text) == []
    assert contents(nlp, "The plan, the senator said, is dead.") != []


def test_a_short_quoted_label_is_no_statement_but_a_short_sentence_is(nlp):
    assert contents(nlp, "“Insane,” the coach said.") == []
    assert [c.rstrip(",") for c in contents(nlp, "“We win,” the coach said.")] == ["We win"]
    doc = nlp("He called it “insane” and “We win.”")
    assert is_label(doc, doc.text.index("insane"), doc.text.index("insane") + 6)
    assert not is_label(doc, doc.text.index("We win"), doc.text.index("We win") + 6)


def test_questions_and_unrealised_speech_are_told_apart(nlp):
    doc = nlp("He said what happened was a tragedy. She asked whether it was over.")
    by_cue = {c.cue.text: c for c in candidates(doc) if c.relation == "ccomp"}
    assert not is_question(by_cue["said"]) and is_question(by_cue["asked"])
    doc = nlp("Officials declined to comment on the case.")
    assert is_unrealised(next(t for t in doc if t.lemma_ == "comment"))


@pytest.mark.parametrize("text, cue, unrealised", [
    ("Biden called on the President to demand that Turkey stop interfering.", "demand", True),
    ("The mayor called on residents to report that the roads were blocked.", "report", True),
    ("She called upon Congress to declare that the war was over.", "declare", True),
    ("The mayor called on Monday to say that the roads were blocked.", "say", False),
    ("The group called on Friday to warn that the dam could fail.", "warn", False),
    ("He called in to say that the plant would close.", "say", False),
])
def test_speech_asked_of_someone_else_is_unrealised(nlp, text, cue, unrealised):
    doc = nlp(text)
    assert is_unrealised(next(t for t in doc if t.text == cue)) is unrealised


def test_cue_classes_come_from_the_data_file():
    assert {"speech", "document"} <= cue_classes("say")
    assert "belief" in cue_classes("believe")
    assert cue_classes("sign") == frozenset()


def test_a_clause_must_keep_its_subject(nlp):
    assert contents(nlp, "The ministry said it was common in Egypt. Officials said were to investigate.") == [
        "it was common in Egypt"]
    # the reported clause alone ("could have far-reaching effects") has no subject; with the noun
    # it is said of, it is a statement (candidates.said_of_antecedent)
    assert contents(nlp, "Analysts worry about the ruling, which analysts say could have far-reaching effects.") == [
        "the ruling, which analysts say could have far-reaching effects"]
    doc = nlp("The talks failed.")
    assert has_subject(doc, 0, 3) and not has_subject(nlp("was common in Egypt"), 0, 4)


def sources(nlp, text):
    doc = nlp(text)
    return [(text[f.start:f.end], f.source.text if f.source is not None else None) for f in find_statements(doc)]


@pytest.mark.parametrize("text, content, source", [
    ("The Federation of Bakers reports twelve new shop closures in the county.",
     "twelve new shop closures in the county", "Federation"),
    ("By Friday, the health agency reported 4,210 confirmed cases of the flu.",
     "4,210 confirmed cases of the flu", "agency"),
    ("The rebel group claimed responsibility for both bombings.", "responsibility for both bombings", "group"),
    ("The army claimed to have killed about 300 fighters.", "to have killed about 300 fighters", "army"),
])
def test_figures_and_claims_given_as_an_object_or_infinitive(nlp, text, content, source):
    assert (content, source) in sources(nlp, text)


@pytest.mark.parametrize("text", [
    "The driver reported the accident to the police on May 5.",
    "Four new cases were reported on Tuesday.",
    "The farmers claimed the land in 1990.",
    "The company claimed the prize at the fair.",
])
def test_a_figure_needs_a_number_and_a_claim_its_object(nlp, text):
    assert contents(nlp, text) == []


@pytest.mark.parametrize("text", [
    "No group claimed responsibility for the bombing.",
    "The rebels did not claim responsibility for the attack.",
    "The old tower has estimated height of 300 metres.",
])
def test_a_claim_not_made_or_a_measure_had_is_no_statement(nlp, text):
    assert contents(nlp, text) == []


def test_a_figure_after_the_object_is_part_of_the_estimate(nlp):
    text = "The census office estimated the population of the town at just over 40,000."
    assert ("the population of the town at just over 40,000", "office") in sources(nlp, text)


@pytest.mark.parametrize("text, content", [
    ("The space agency announced the death of the pilot Ivan Petrov.", "the death of the pilot Ivan Petrov"),
    ("The ministry dismissed the report from Oslo as groundless.", "the report from Oslo as groundless"),
])
def test_an_announced_death_and_a_dismissal_with_its_verdict(nlp, text, content):
    assert content in contents(nlp, text)


@pytest.mark.parametrize("text, content", [
    ("The health ministry confirmed a case of measles in a man from the north.", "a case of measles"),
    ("On Friday Zembla confirmed its first coronavirus infections.", "its first coronavirus infections"),
])
def test_a_confirmed_case_or_infection_is_a_statement(nlp, text, content):
    assert any(c.startswith(content) for c in contents(nlp, text))


@pytest.mark.parametrize("text", [
    "Prosecutors announced the case against the mayor on Monday.",
    "The police announced the case of the missing ring on Monday.",
])
def test_a_case_not_counted_as_one_of_a_disease_is_no_statement(nlp, text):
    assert contents(nlp, text) == []


def test_a_counted_case_is_a_statement(nlp):
    assert any(c.startswith("12 new cases") for c in contents(nlp, "The ministry confirmed 12 new cases on Friday."))


def test_an_announced_product_is_no_statement(nlp):
    assert contents(nlp, "The company announced the launch of a new phone.") == []


def test_a_declaration_of_what_something_is_is_a_characterisation(nlp):
    # the parse "declared the outbreak a pandemic" gets in a longer text: "a pandemic" what it is called
    words = ["The", "agency", "declared", "the", "outbreak", "a", "pandemic", "."]
    heads = [1, 2, 2, 4, 2, 6, 2, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "det", "oprd", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "DET", "NOUN", "PUNCT"]
    lemmas = ["the", "agency", "declare", "the", "outbreak", "a", "pandemic", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    [cand] = [c for c in candidates(doc) if c.relation == "characterise"]
    assert doc[cand.start:cand.end].text == "the outbreak a pandemic"
    assert is_statement(cand)


def test_said_with_a_plain_object_or_a_relative_clause_says_no_clause(nlp):
    assert contents(nlp, "The pastor said a prayer for the families who lost homes.") == []


@pytest.mark.parametrize("text, source", [
    ("The rebel group has claimed responsibility.", "group"),
    ("The militants later claimed credit.", "militants"),
])
def test_a_claim_of_responsibility_stands_alone(nlp, text, source):
    assert ("responsibility" if "responsibility" in text else "credit", source) in sources(nlp, text)


@pytest.mark.parametrize("text", [
    "No group has claimed responsibility.",
    "The rebels did not claim responsibility.",
    "The team claimed victory.",
])
def test_a_claim_alone_not_made_or_of_something_else_is_no_statement(nlp, text):
    assert contents(nlp, text) == []


def test_a_death_announced_in_the_passive_is_the_agents_statement(nlp):
    text = "The death of the veteran sculptor was announced on Monday by the Acme Art Museum."
    assert ("The death of the veteran sculptor", "Museum") in sources(nlp, text)


@pytest.mark.parametrize("text", [
    "The death of the sculptor was announced on Monday.",
    "A new phone was announced by Acme on Monday.",
    "The death of the singer was not confirmed by the family.",
])
def test_a_passive_announcement_needs_an_agent_an_event_and_no_denial(nlp, text):
    assert contents(nlp, text) == []



@pytest.mark.parametrize("text", [
    "Not everyone agreed there should be another vote.",
    "Nobody said the bridge was safe.",
    "None of the residents believed the plant would reopen.",
])
def test_a_subject_that_denies_who_held_it_makes_no_statement(nlp, text):
    # negated_subject: nobody, or not all, held what follows
    assert contents(nlp, text) == []


def test_not_only_adds_a_speaker(nlp):
    assert "the plan was dead" in contents(nlp, "Not only the mayor said the plan was dead.")


def test_declining_to_comment_says_nothing(nlp):
    def verb(text, word):
        return next(t for t in nlp(text) if t.text == word)
    assert declined_comment(verb("The spokesman declined to comment.", "declined"))
    assert declined_comment(verb("She refused to give any more details.", "refused"))
    assert not declined_comment(verb("Pakistan refused to send troops to Iraq.", "refused"))


def test_a_no_after_another_determiner_names_a_side_and_denies_nothing(nlp):
    assert contents(nlp, "The No campaign said the result was unfair.") == ["the result was unfair"]
    assert contents(nlp, "No group said the result was unfair.") == []
