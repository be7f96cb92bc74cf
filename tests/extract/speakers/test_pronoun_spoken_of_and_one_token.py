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
    text = ("Mayor Osric Pellam opened the bread fair on Monday.\n\n"
            "Osric Pellam claimed Vantor had broken each promise of cheap flour that the country gave its "
            "bakers long ago.\n\n"
            "He says Vantor \u201cunderstands that one oven per shop is still the rule in every town.\u201d")
    found = speaker(text, "one oven per shop")
    assert found.name == "Osric Pellam" and found.rule == "pronoun"


# ---- one spoken of, not speaking ----


def test_he_added_goes_on_past_a_judge_only_spoken_of():
    text = ("Last week Mr. Osric Pellam said a county judge was unfair to him, and on Monday he released "
            "a note reading, ''My trust in the bench is intact.''\n\n"
            "He added that all he wanted to know was when the next session would be open.")
    found = speaker(text, "all he wanted to know")
    assert found.name == "Osric Pellam" and found.rule == "pronoun"


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
    text = ("Ina Maretti, who runs the Pelby Trust, spoke about Tom Hale on Monday. Her charity picks "
            "its grantees alone, she stressed. She said she knew Hale from a single dinner but said the "
            "trust chose every grantee without advice from Hale or Rick Dorn.")
    first = speaker(text, "she knew Hale")
    second = speaker(text, "the trust chose")
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
