"""Pronouns a reader names at once: a "he" or "she" attributing a quote after a sentence's opening
clause set off by a colon is that clause's subject (``pronouns.opener_before_quote``); the one
person of the pronoun's gender the article has brought in (``pronouns.only_person_of_gender``);
the subject before a sentence that speaks only of things (``pronouns.sentence_past_things``);
the main subject of a "though" clause past a possessor (``pronouns.concessive_clause``); and a
place the tagger marked, read whole ("Puerto Rico", not "Rico"), brings no one in
(``pronouns.place_name``)."""
from onrecord.extract.speakers.passes import pronouns
from statement_lookup import speaker, state_of, tagged, token

LETTER = ("The hearing Lena Ortiz had asked for ran late on Friday. Judge Marta Ruiz took a harder view of Tom "
          "Hale's letter: \"If he meant it, he would have signed it with his own name,\" she said.")


def test_she_after_a_colon_opener_is_its_subject():
    found = speaker(LETTER, "would have signed it")
    assert found.name == "Marta Ruiz" and found.rule == "pronoun"


def test_a_possessor_in_the_opener_is_no_rival():
    text = ("The hearing ran late on Friday. Carl Dunmore took a harder view of Tom Hale's letter: \"If it "
            "meant anything, the board would have signed it,\" he said.")
    assert speaker(text, "the board would have signed it").name == "Carl Dunmore"


def test_whom_the_opener_acts_on_may_be_the_speaker():
    text = ("The hearing ran late on Friday. Carl Dunmore met Tom Hale at the gate: \"Nobody told us the "
            "doors would be locked,\" he said.")
    assert speaker(text, "Nobody told us").rule == "unresolved"


def test_an_opener_subject_of_the_other_gender_is_not_named():
    text = ("The hearing ran late on Friday. Carl Dunmore took a harder view of the letter: \"Nobody signs "
            "a letter like that by accident,\" she said.")
    found = speaker(text, "Nobody signs a letter")
    assert found.name != "Carl Dunmore"


def test_place_name_is_the_taggers_whole_place(nlp):
    doc = tagged(nlp, "Even now, Puerto Rico runs everything through one bank.", [(3, 2, "GPE")])
    assert pronouns.place_name(token(doc, "Rico")) == "Puerto Rico"
    assert pronouns.place_name(token(doc, "bank")) == "bank"


def test_a_split_place_is_no_newcomer(nlp):
    doc = tagged(nlp, "Even now, Puerto Rico runs everything through one bank.", [(3, 2, "GPE")])
    assert not pronouns.untagged_subject(token(doc, "Rico"))


# ---- the one person of the pronoun's gender ----

RACE = ("The race for the town council could hardly be closer, and the contrast between Susan Ortiz and Tom Hale could "
        "hardly be sharper.\n\nHer plans are long and careful. His fit on a postcard. Her rallies are quiet. "
        "His are loud. In every speech she warns that he is reckless. He answers that she is timid.")


def test_she_is_the_one_woman_the_article_named():
    found = speaker(RACE, "he is reckless")
    assert found.name == "Susan Ortiz" and found.rule == "pronoun"


def test_he_is_the_one_man_the_article_named():
    assert speaker(RACE, "she is timid").name == "Tom Hale"


def test_a_second_man_leaves_he_open():
    text = RACE.replace("Susan Ortiz and Tom Hale", "Susan Ortiz, Tom Hale and Carl Dunmore")
    assert speaker(text, "she is timid").rule == "unresolved"


def test_someone_unnamed_leaves_he_open():
    text = RACE.replace("His are loud.", "His are loud. A neighbour of the two stopped by.")
    assert speaker(text, "she is timid").rule == "unresolved"


# ---- the subject before a sentence about things ----

REVIEW = ("Carl Dunmore writes about county budgets for Tom Hale's paper. Dunmore often overstates the "
          "cost of Lena Ortiz's plan. The new levy and the road fund have in fact paid for repairs across the "
          "county. But he is right to say that the levy was never put to a vote.")


def test_he_goes_back_past_a_sentence_about_things():
    found = speaker(REVIEW, "the levy was never put to a vote")
    assert found.name == "Carl Dunmore" and found.rule == "pronoun"


def test_a_sentence_bringing_people_in_is_not_passed_over(nlp):
    doc, state = state_of(nlp, REVIEW.replace("The new levy and the road fund have", "A retired engineer has"))
    he = token(doc, "he")
    assert pronouns.sentence_past_things(state, he, doc[he.sent.start - 1].sent, "m") is None


def test_a_sentence_about_things_is_passed_over(nlp):
    doc, state = state_of(nlp, REVIEW)
    he = token(doc, "he")
    earlier = pronouns.sentence_past_things(state, he, doc[he.sent.start - 1].sent, "m")
    assert earlier is not None and earlier.text.startswith("Dunmore often")


def test_a_paragraph_break_stops_the_look_back(nlp):
    doc, state = state_of(nlp, REVIEW.replace("plan. The new levy", "plan.\n\nThe new levy"))
    he = token(doc, "he")
    assert pronouns.sentence_past_things(state, he, doc[he.sent.start - 1].sent, "m") is None


# ---- a clause granting something against the main one ----


def test_he_of_a_though_clause_passes_a_man_named_in_passing():
    text = "Mayor Tom Hale has praised the budget of Carl Dunmore, though he has said the road fund is too small."
    found = speaker(text, "the road fund is too small")
    assert found.name == "Tom Hale" and found.rule == "pronoun"


def test_a_possessor_of_the_main_clause_is_a_rival_of_the_though_clause():
    text = "Judge Tom Hale turned down Carl Dunmore's plea on Friday, though he has long said he did no wrong."
    assert speaker(text, "he did no wrong").rule == "unresolved"
    text = "Mayor Tom Hale has praised Carl Dunmore's budget, though he has said the road fund is too small."
    assert speaker(text, "the road fund is too small").rule == "unresolved"


def test_a_possessor_deep_in_the_main_clause_stays_in_passing():
    text = ("Tom Hale, who ran the port for years, has toyed with the idea of becoming Carl Dunmore's deputy, "
            "though he has said that he would never take the post.")
    found = speaker(text, "he would never take the post")
    assert found.name == "Tom Hale"


def test_he_of_a_though_clause_after_an_object_stays_open():
    text = "Mayor Tom Hale met Carl Dunmore on Monday, though he has said the road fund is too small."
    assert speaker(text, "the road fund is too small").name != "Tom Hale"


# ---- a clause set off by a dash before a pronoun that reports its own clause ----


def test_she_after_a_dash_is_the_subject_of_the_clause_before():
    text = ("Voters in the county were split on the levy, and Tom Hale opposed it. Judge Marta Ruiz seems to "
            "see the risk in her own plan — she told the paper that the vote would be close.")
    found = speaker(text, "the vote would be close")
    assert found.name == "Marta Ruiz" and found.rule == "pronoun"


def test_a_clause_before_the_pronoun_is_no_report_when_one_follows(nlp):
    doc, _ = state_of(nlp, "Marta Ruiz seems to see the risk — she told the paper that the vote would be close.")
    assert pronouns.reported_before(token(doc, "she")) == set()


def test_whom_the_dashed_clause_acts_on_may_be_the_speaker():
    text = ("Voters in the county were split on the levy. Judge Marta Ruiz criticised Lena Ortiz on Monday — "
            "she told the paper that the vote would be close.")
    assert speaker(text, "the vote would be close").name != "Marta Ruiz"


# ---- a capitalised plural subject is no one "he" or "she" stands for ----


def test_a_subject_with_a_plural_verb_is_no_newcomer(nlp):
    doc, _ = state_of(nlp, "Counties usually keep their own books. Okafor toured the plant.")
    counties, okafor = token(doc, "Counties"), token(doc, "Okafor")
    assert pronouns.plural_subject(counties)
    assert not pronouns.plural_subject(okafor)


def test_a_capitalised_plural_read_as_a_name_is_no_untagged_newcomer(nlp):
    doc = nlp("Counties usually keep their own books.")
    counties = token(doc, "Counties")
    counties.pos_, counties.tag_ = "PROPN", "NNP"  # the parser's slip on a plural opening a sentence
    counties.ent_type_ = ""
    assert not pronouns.untagged_subject(counties)


def test_a_surname_in_the_past_tense_is_still_an_untagged_newcomer(nlp):
    doc = nlp("Okafor toured the plant.")
    okafor = token(doc, "Okafor")
    okafor.pos_, okafor.tag_ = "PROPN", "NNP"
    okafor.ent_type_ = ""
    assert pronouns.untagged_subject(okafor)


def test_a_rival_in_the_sentence_before_a_dashed_clause_leaves_the_pronoun_open():
    text = ("Carl Dunmore, the beaten mayor, asked for a second count on Thursday. Tom Hale had taken the seat "
            "by a few dozen votes — he told the paper that the first count was flawed.")
    assert speaker(text, "the first count was flawed").rule == "unresolved"


def test_no_rival_before_a_dashed_clause_leaves_its_subject():
    text = ("Lena Ortiz, the beaten mayor, asked for a second count on Thursday. Tom Hale had taken the seat "
            "by a few dozen votes — he told the paper that the first count was flawed.")
    assert speaker(text, "the first count was flawed").name == "Tom Hale"


def test_a_subject_joined_to_a_person_by_and_may_be_one_person(nlp):
    doc = nlp("Okafor and his brother say they were never paid.")
    okafor = token(doc, "Okafor")
    okafor.pos_, okafor.tag_ = "PROPN", "NNP"
    okafor.ent_type_ = ""
    assert not pronouns.plural_subject(okafor)
    assert pronouns.untagged_subject(okafor)
