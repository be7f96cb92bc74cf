"""Issue 13, r21-pron: a "he" or "she" a reader names at once, each rule on a text made up for
it: a kind of place is no unnamed person between the pronoun and the name before
(``pronouns.place_kind``); whom a named person's speech reports on is no antecedent of a "he
added" (``pronouns.spoken_of_by_name``); one pronoun told by two cues names one person
(``pipeline.pronoun_named_before``); a name in the later sentences of a quote the pronoun's
sentence opens is someone the speaker speaks of (``pronouns.quote_opened_end``)."""
from onrecord.extract.pipeline import pronoun_named_before
from onrecord.extract.speakers.passes import pronouns
from statement_lookup import speaker, state_of, token

# ---- a kind of place hides no one ----


def test_kinds_of_place_are_no_person():
    assert pronouns.place_kind("country") and pronouns.place_kind("state") and pronouns.place_kind("kingdom")
    assert not pronouns.place_kind("judge") and not pronouns.place_kind("mother")


def test_he_goes_on_past_the_country_as_a_subject():
    text = ("Speaker Dan Corvell spoke on Tuesday.\n\n"
            "Dan Corvell said Hale has never respected the right to fair and open trade that the country "
            "has valued since its inception.\n\n"
            "He says Hale \u201cknows full well that the law already requires a licence for every dealer.\u201d")
    found = speaker(text, "knows full well")
    assert found.name == "Dan Corvell" and found.rule == "pronoun"


# ---- one spoken of, not speaking ----


def test_he_added_goes_on_past_a_judge_only_spoken_of():
    text = ("Mr. Dan Corvell, who said last week that a local judge was biased against him, issued a "
            "statement on Tuesday saying, ''I respect the court and its work.''\n\n"
            "He added that he was simply asking whether he would receive a fair hearing.")
    found = speaker(text, "simply asking")
    assert found.name == "Dan Corvell" and found.rule == "pronoun"


def test_spoken_of_by_name_needs_a_verb_going_on(nlp):
    doc = nlp("Dan Corvell said a judge was biased. He ruled that the case could go on.")
    assert not pronouns.spoken_of_by_name(token(doc, "judge"), token(doc, "He"))
    doc = nlp("Dan Corvell said a judge was biased. He added that the case could go on.")
    assert pronouns.spoken_of_by_name(token(doc, "judge"), token(doc, "He"))


def test_spoken_of_by_a_description_is_not_spoken_of_by_name(nlp):
    doc = nlp("A neighbour said a judge was biased. He added that the case could go on.")
    assert not pronouns.spoken_of_by_name(token(doc, "judge"), token(doc, "He"))


# ---- one pronoun, one person ----


def test_an_unresolved_second_cue_takes_the_first_cues_person():
    person = object()
    once = {(4, 5): (0, 3, person, "pronoun")}
    assert pronoun_named_before(once, 4, (0, 3, None, "unresolved")) == (0, 3, person, "pronoun")


def test_only_a_named_answer_of_the_same_word_is_taken():
    person = object()
    once = {(4, 5): (0, 3, None, "pronoun"), (7, 8): (9, 12, person, "pronoun")}
    assert pronoun_named_before(once, 4, (0, 3, None, "unresolved")) == (0, 3, None, "unresolved")
    named = (0, 3, person, "name")
    assert pronoun_named_before({(4, 5): (0, 3, object(), "pronoun")}, 4, named) == named


def test_she_said_and_said_again_is_one_person():
    text = ("The director of the Zorvan Centre, Ina Maretti, told reporters her group never worked with "
            "Tom Hale and said the group hired its lobbyists on its own. She said she had met Hale "
            "twice but said neither Hale nor Rick Dorn played a role in its work.")
    first = speaker(text, "she had met")
    second = speaker(text, "neither Hale")
    assert first.name == "Ina Maretti" and second.name == "Ina Maretti"


# ---- the whole quote a pronoun opens is its words ----


def test_the_quote_a_pronoun_opens_runs_to_its_closing_mark(nlp):
    text = ("Tom Brill spoke in Dover.\n\n"
            "He continued, \u201cI believe the party can grow. I believe Dan Corvell is wrong about the border.\u201d")
    doc, state = state_of(nlp, text)
    he = token(doc, "He")
    assert pronouns.quote_opened_end(state, he) == text.index("\u201d", text.index("border"))
    corvell = [e for e in state.entities if e.name == "Dan Corvell"]
    assert corvell and id(corvell[0]) in pronouns.quoted_others(state, he)


def test_a_quote_before_the_pronoun_adds_nothing(nlp):
    text = ("Tom Brill spoke in Dover.\n\n"
            "\u201cThe party can grow,\u201d he said. Dan Corvell disagreed.")
    doc, state = state_of(nlp, text)
    he = token(doc, "he")
    assert pronouns.quote_opened_end(state, he) == he.sent.end_char
