"""Issue 13: pronouns and descriptions a reader names at once, or leaves open,
each rule on a text made up for it: "they" after a campaign is the campaign
(``pronouns.campaign_they``); a "who" after a name inside another person's description is
neither's for sure (``pronouns.named_in_apposed_phrase``); the subject of two joined clauses goes
on past a name in passing (``pronouns.passing_beside_coordinate``); the owner of the speech the
sentence before spoke of is the "he" saying what it was (``pronouns.speech_owner_before``); the
last person named is no sure "he" after another named before in that sentence
(``pronouns.rival_in_last_sentence``); "the release" is the one body that just announced
(``descriptions.announcing_body_before``)."""
from onrecord.extract.speakers.passes import pronouns
from statement_lookup import speaker, state_of

# ---- "they" after a campaign ----

CAMPAIGN = ("City inspectors found a leak in the main dam on Monday. Lena Ortiz's campaign ran a radio "
            "advertisement about the leak on Tuesday. They argue the repairs were put off for too long.")


def test_they_after_a_campaign_is_the_campaign_not_a_plural_further_back():
    found = speaker(CAMPAIGN, "repairs were put off")
    assert found.name == "Lena Ortiz campaign" and found.rule == "pronoun"


def test_they_after_plural_subjects_alone_is_still_them():
    text = ("City inspectors found a leak in the main dam on Monday. They said the dam would have to be "
            "drained by the end of the month.")
    assert speaker(text, "drained").name != "Lena Ortiz campaign"


# ---- "who" after a name inside another's description ----


def test_who_after_a_name_in_anothers_description_is_left_open():
    text = ("“The vote will be close,” said Gov. Ray Dunmore of Utah, a former aide to Sen. Carl Fenwick, who "
            "has since said the plan is sound.")
    found = speaker(text, "the plan is sound")
    assert found.name not in ("Carl Fenwick", "Ray Dunmore") and found.rule == "unresolved"


def test_who_after_the_person_named_is_theirs():
    text = "“The vote will be close,” said Gov. Ray Dunmore of Utah, who has since said the plan is sound."
    assert speaker(text, "the plan is sound").name == "Ray Dunmore"


def test_who_after_a_description_of_no_second_person_is_the_named_one():
    text = "The bill passed, according to Ray Dunmore, a lawyer for the town, who said the plan is sound."
    assert speaker(text, "the plan is sound").name == "Ray Dunmore"


# ---- the subject of two joined clauses ----


def test_he_of_a_joined_clause_goes_on_past_a_possessor():
    text = ("Officials met on Monday. Mayor Carl Fenwick (Green), head of the city's transport board, praised "
            "Dunmore's budget, but he called for a review of the road fund.")
    found = speaker(text, "review of the road fund")
    assert found.name == "Carl Fenwick" and found.rule == "pronoun"


def test_he_of_a_joined_clause_after_an_object_stays_open():
    text = "Rep. Carl Fenwick met Ray Dunmore on Monday, and he called for more oversight of the fund."
    assert speaker(text, "more oversight").rule == "unresolved"


def test_she_of_a_clause_opening_a_joined_one_goes_on_past_a_name_in_passing():
    text = ("Judge Lena Ortiz alone decides if Mary Hale goes free, and although she said she would read "
            "every letter from the public, campaigners remain upset.")
    found = speaker(text, "read every letter")
    assert found.name == "Lena Ortiz" and found.rule == "pronoun"


def test_she_before_a_person_the_joined_clause_is_about_stays_open():
    text = ("Judge Lena Ortiz alone decides if Mary Hale goes free, and although she said she would read "
            "every letter from the public, Tom Reed remains upset.")
    assert speaker(text, "read every letter").rule == "unresolved"


# ---- the owner of the speech spoken of ----

SPEECH = ("“The plan is weak,” said Ray Dunmore of the state bar.\n\nThat may surprise anyone listening to "
          "Governor Carl Fenwick's speech on Monday. He said the state would cut the school budget by half.")


def test_he_after_a_speech_is_its_owner():
    found = speaker(SPEECH, "school budget")
    assert found.name == "Carl Fenwick" and found.rule == "pronoun"


def test_he_after_the_owner_of_something_unsaid_stays_open():
    text = SPEECH.replace("listening to", "who walked").replace("speech", "dog")
    assert speaker(text, "school budget").rule == "unresolved"


# ---- the last named after another in that sentence ----


def test_the_last_named_after_a_subject_of_that_sentence_is_no_sure_he(nlp):
    text = "Rep. Lee Novak didn't question Hale's plan on Monday. He said the money was safe."
    doc, state = state_of(nlp, text)
    seen = [(o, e) for o, e in state.persons_between(0, len(text))]
    hale = next((o, e) for o, e in seen if e.name == "Hale")
    assert pronouns.rival_in_last_sentence(state, seen, *hale)
    novak = next((o, e) for o, e in seen if e.name == "Lee Novak")
    assert not pronouns.rival_in_last_sentence(state, seen, *novak)


# ---- "the release" ----

RELEASE = ("Lena Ortiz had been due to speak at the fair, but on Monday, the Zorbia Farmers Union announced she "
           "would not attend. “Ms. Ortiz will not be at the fair this year because of a family matter,” the "
           "release said.")


def test_the_release_is_the_body_that_just_announced():
    found = speaker(RELEASE, "family matter")
    assert found.name == "Zorbia Farmers Union" and found.rule == "description"


def test_the_release_after_a_person_announced_is_left_unnamed():
    text = RELEASE.replace("the Zorbia Farmers Union", "Paul Grady")
    assert speaker(text, "family matter").rule == "unnamed"


def test_the_release_after_no_announcement_is_left_unnamed():
    text = ("The Zorbia Farmers Union met on Monday. “Ms. Ortiz will not be at the fair this year because of a "
            "family matter,” the release said.")
    assert speaker(text, "family matter").rule == "unnamed"
