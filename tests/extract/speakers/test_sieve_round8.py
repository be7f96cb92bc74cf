"""The rules added to the speaker sieve in issue 13's eighth round, each on a sentence made up
for it: whom an interview was given to, a participle opening a sentence that the parser took for
its subject, scientists named by their occupation taken up by "they", and a given name alone
after a description of a person of its gender."""
from spacy.tokens import Doc

from onrecord.extract.speakers import mention_syntax as ms
from onrecord.extract.speakers.passes import names
from statement_lookup import speaker, token

# ---- whom an interview was given to ----

def test_the_one_an_interview_was_with_is_the_addressee(nlp):
    doc = nlp("In an interview with Tom Green, she said the plan had failed.")
    assert ms.interviewer(token(doc, "Green")) and ms.addressee(token(doc, "Green"))
    doc = nlp("She travelled with Tom Green to the capital.")
    assert not ms.interviewer(token(doc, "Green"))


def test_she_after_an_interview_is_the_woman_the_text_is_about(nlp):
    text = ("At the time, Mary Holt had thousands of readers and wrote about farming. In an interview with "
            "Tom Green, she said the harvest was poor. She also said that the rains came late.")
    assert speaker(text, "the rains came late").name == "Mary Holt"


# ---- a participle opening a sentence ----

def _parsed(nlp, words, heads, deps, tags, pos):
    """A Doc parsed as given: the parser's misreading, made up word by word."""
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    return doc


def test_a_name_after_an_opening_participle_is_the_subject(nlp):
    # "Writing" read as the subject, "Ingram" as a modifier of it: the misreading of a news sentence
    words = ["Writing", "in", "a", "post", ",", "Matthew", "Ingram", "dubbed", "the", "conflict", "a", "war", "."]
    heads = [7, 0, 3, 1, 7, 6, 0, 7, 9, 7, 11, 9, 7]
    deps = ["nsubj", "prep", "det", "pobj", "punct", "compound", "npadvmod", "ROOT", "det", "dobj", "det",
            "appos", "punct"]
    tags = ["VBG", "IN", "DT", "NN", ",", "NNP", "NNP", "VBD", "DT", "NN", "DT", "NN", "."]
    pos = ["VERB", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "DET", "NOUN", "DET", "NOUN", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, tags, pos)
    subject = ms.main_subject(doc[:])
    assert subject is not None and subject.text == "Ingram"


def test_a_participle_subject_stays_when_no_name_follows_its_comma(nlp):
    # "Running the city is hard work, the mayor said": the participle is the subject indeed
    words = ["Running", "the", "city", "is", "hard", "work", ",", "the", "mayor", "said", "."]
    heads = [3, 2, 0, 3, 5, 3, 9, 8, 9, 9, 9]
    deps = ["csubj", "det", "dobj", "ccomp", "amod", "attr", "punct", "det", "nsubj", "ROOT", "punct"]
    tags = ["VBG", "DT", "NN", "VBZ", "JJ", "NN", ",", "DT", "NN", "VBD", "."]
    pos = ["VERB", "DET", "NOUN", "AUX", "ADJ", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, tags, pos)
    running = doc[0]
    assert ms.participle_opener_subject(doc[:], running).i == running.i
    words = ["Speaking", "on", "Monday", ",", "officials", "in", "Lima", "said", "so", "."]
    heads = [7, 0, 1, 7, 7, 4, 5, 7, 7, 7]
    deps = ["nsubj", "prep", "pobj", "punct", "npadvmod", "prep", "pobj", "ROOT", "advmod", "punct"]
    tags = ["VBG", "IN", "NNP", ",", "NNS", "IN", "NNP", "VBD", "RB", "."]
    pos = ["VERB", "ADP", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "VERB", "ADV", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, tags, pos)
    assert ms.participle_opener_subject(doc[:], doc[0]).i == 0  # no name after the comma: no guess


# ---- "they" after scientists named by their occupation ----

def test_they_after_astronomers_are_the_astronomers(nlp):
    text = ("The star system lies in the southern sky. The astronomers started observing the system in 1999. "
            "Initially, they thought it was just a binary system.")
    found = speaker(text, "just a binary system")
    assert found.rule == "pronoun" and "astronomers" in found.name


# ---- a given name alone after a description of a person of its gender ----

def test_a_given_name_after_his_wife_is_the_speaker(nlp):
    text = "Tom Reed, a retired wrestler, died on Sunday. According to his wife, Amanda, he had a lung disease."
    found = speaker(text, "he had a lung disease")
    assert found.name == "Amanda" and found.rule == "appositive-name"


def test_a_word_of_the_other_gender_after_his_wife_is_no_name(nlp):
    doc = nlp("According to his wife, Robert, he had a lung disease.")
    wife = token(doc, "wife")
    span = doc[wife.i - 1:wife.i + 1]
    assert names.apposed_kin_given_name(span, wife) is None
    doc = nlp("According to his wife, Amanda, he had a lung disease.")
    wife = token(doc, "wife")
    found = names.apposed_kin_given_name(doc[wife.i - 1:wife.i + 1], wife)
    assert found is not None and found.text == "Amanda"
