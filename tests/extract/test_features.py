"""The cue classifier's features of one candidate: what the lexicon knows of its pattern, the
cue's form and clause, its subject and the shape of its content."""
from onrecord.extract import lexicon
from onrecord.extract.candidates import candidates
from onrecord.extract.features import candidate_features

SAY = ("say", "VERB", "ccomp")


def features_of(nlp, sentence, pattern=SAY, counts=None):
    doc = nlp(sentence)
    cand = next(c for c in candidates(doc) if c.pattern == pattern)
    return candidate_features(cand, lexicon.load(), counts)


def test_a_curated_speech_verb_before_its_clause(nlp):
    f = features_of(nlp, "The minister said that the talks would resume in May.")
    assert f["curated"] == f["speech_lemma"] == 1.0 and f["belief_lemma"] == 0.0
    assert f["rel=ccomp"] == f["lemma=say"] == f["tag=VBD"] == f["subj=NOUN"] == 1.0
    assert f["unseen"] == 0.0 and 0 < f["weight"] < 1 and f["log_seen"] > 0
    assert f["cue_after_content"] == 0.0 and f["content_verb"] == 1.0 and f["content_quote"] == 0.0
    assert f["len=medium"] == 1.0
    assert "negated" not in f and "modal" not in f


def test_a_cue_after_its_content_with_a_pronoun_subject(nlp):
    f = features_of(nlp, "The plan is dead, she said.")
    assert f["cue_after_content"] == 1.0 and f["subj=pronoun"] == 1.0


def test_negation_and_modals_of_the_cue(nlp):
    assert features_of(nlp, "The minister did not say that the talks would resume.")["negated"] == 1.0
    assert features_of(nlp, "The minister will say that the talks would resume.")["modal"] == 1.0


def test_a_belief_verb_and_a_named_subject(nlp):
    f = features_of(nlp, "Senator Jane Moore believes that the bill will fail in the House.",
                    ("believe", "VERB", "ccomp"))
    assert f["belief_lemma"] == 1.0 and f["speech_lemma"] == 0.0 and f["subj=PERSON"] == 1.0


def test_quotation_marks_in_the_content(nlp):
    f = features_of(nlp, 'Officials said the strike was "a clear violation of the ceasefire" and would be answered.')
    assert f["content_quote"] == 1.0 and f["len=long"] == 1.0


def test_counts_given_override_the_lexicon(nlp):
    sentence = "The minister said that the talks would resume in May."
    unseen = features_of(nlp, sentence, counts=(0, 0))
    assert (unseen["weight"], unseen["log_seen"], unseen["unseen"]) == (0.0, 0.0, 1.0)
    assert features_of(nlp, sentence, counts=(3, 3))["weight"] == 0.75  # 3 of 3, smoothed by one
