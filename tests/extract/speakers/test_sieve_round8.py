"""The rules added to the speaker sieve in issue 13's eighth round, each on a sentence made up
for it: whom an interview was given to, a participle opening a sentence that the parser took for
its subject, scientists named by their occupation taken up by "they", and a given name alone
after a description of a person of its gender."""
from spacy.tokens import Doc, Span

from onrecord.extract.speakers import mention_syntax as ms
from onrecord.extract.speakers.passes import names
from statement_lookup import speaker, token

# ---- whom an interview was given to ----

def test_the_one_an_interview_was_with_is_the_addressee(nlp):
    doc = nlp("In an interview with Tom Green, she said the plan had failed.")
    she = token(doc, "she")
    assert ms.interviewer(token(doc, "Green"), she) and ms.addressee(token(doc, "Green"), she)
    doc = nlp("She travelled with Tom Green to the capital.")
    assert not ms.interviewer(token(doc, "Green"), token(doc, "She"))


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


def test_an_interview_named_as_a_subject_hides_no_one(nlp):
    # "Jane Roe's interview with Mary Holt aired": no "In an interview with", so Mary Holt is
    # no one's interviewer here, and "She" may be either woman
    text = "Jane Roe's interview with Mary Holt aired on Sunday. She said the farm had failed."
    assert speaker(text, "the farm had failed").name != "Jane Roe"
    doc = nlp(text)
    assert not ms.interviewer(token(doc, "Holt"), token(doc, "She"))


def test_an_interview_in_the_sentence_before_is_not_the_pronouns(nlp):
    doc = nlp("In an interview with Tom Green, Mary Holt spoke of the farm. She said it had failed.")
    assert ms.interviewer(token(doc, "Green"), token(doc, "Mary"))
    assert not ms.interviewer(token(doc, "Green"), token(doc, "She"))
    # the same "she" interviewed in the sentence before: the interviewer is still not her
    doc = nlp("In an interview with Dawn Lee, she spoke of the farm. She said it had failed.")
    assert ms.interviewer(token(doc, "Lee"), token(doc, "She"))


def test_she_again_after_an_interview_with_a_woman_is_the_one_interviewed(nlp):
    text = ("At the time, Mary Holt had thousands of readers and wrote about farming. In an interview with "
            "Dawn Lee, she said the harvest was poor. She also said that the rains came late.")
    assert speaker(text, "the rains came late").name == "Mary Holt"


def test_a_place_after_a_description_is_no_given_name(nlp):
    text = "The wife of a soldier from the city, Victoria, said the army had lied."
    assert speaker(text, "the army had lied").name != "Victoria"


def test_a_given_name_after_a_phrase_that_ends_the_description_is_no_name(nlp):
    doc = nlp("The wife of the farmer, Amanda, said the army had lied.")
    wife = token(doc, "wife")
    assert names.apposed_kin_given_name(doc[0:5], wife) is None


def test_a_given_name_tagged_a_place_is_no_name(nlp):
    doc = nlp("His wife, Victoria, said the army had lied.")
    wife, victoria = token(doc, "wife"), token(doc, "Victoria")
    doc.ents = [Span(doc, victoria.i, victoria.i + 1, label="GPE")]  # the tagger's reading of a city
    assert names.apposed_kin_given_name(doc[0:2], wife) is None
    doc.ents = [Span(doc, victoria.i, victoria.i + 1, label="ORG")]  # a given name read as a body
    found = names.apposed_kin_given_name(doc[0:2], wife)
    assert found is not None and found.text == "Victoria"
