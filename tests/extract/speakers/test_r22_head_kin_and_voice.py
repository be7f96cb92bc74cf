"""Issue 13, r22-head: a "he" or "she" in a passage about two relatives of its gender is left
unnamed (``pronouns.kin_rival``), and so is one the narrative would give a person of no known
gender over a subject known to be of the pronoun's (``pronouns.known_gender_rival``); a body that
spoke through a named officer gives the officer (``bodies.spoken_through``). Texts made up."""
from statement_lookup import speaker


def test_two_brothers_live_in_the_passage_leave_the_pronoun_unnamed():
    text = ("Daniel Brandt, a builder, rarely talks about his brother Peter Brandt.\n\n"
            "In 1990, Daniel asked Peter to run the family yard, a job Daniel said he hoped would steady him. "
            "But the debts grew, and two years later, Peter was gone.\n\n"
            "\"He would have been a fine builder if he had stayed sober,\" he said.")
    found = speaker(text, "a fine builder")
    assert found.name not in ("Peter Brandt", "Daniel Brandt") and found.rule == "unresolved"


def test_a_mother_tied_to_her_daughter_by_a_kin_noun_is_a_rival():
    text = ("Mara Lind, Petra Osk's mother, sat in the front row.\n\n"
            "Petra Osk told the court she had been afraid for years. Later Mara Lind wept as the verdict was read. "
            "Then the judge spoke.\n\n"
            "\"It is over now,\" she said.")
    found = speaker(text, "It is over now")
    assert found.rule == "unresolved"


def test_one_brother_alone_in_the_passage_is_still_named():
    # the brother is tied as kin, but he is no subject of the passage: nothing rivals the speaker
    text = ("Tomas Vell, a builder, rarely talks about his brother Ivo Vell.\n\n"
            "On Monday Tomas Vell opened a new yard in Westport, the firm's third.\n\n"
            "\"We hired forty people this year,\" he said.")
    assert speaker(text, "We hired forty people").name == "Tomas Vell"


def test_two_unrelated_men_are_left_to_the_other_rules():
    # no kin tie: the existing rules judge the subject of the sentence before as they did
    text = ("Tomas Vell opened a new yard in Westport. Piet Olander, the mayor, cut the ribbon.\n\n"
            "Olander praised the firm for hiring locally.\n\n"
            "\"We need more firms like this,\" he said.")
    assert speaker(text, "We need more firms like this").name == "Piet Olander"


def test_the_person_named_in_the_pronouns_own_sentence_is_kept():
    # "Mara Lind, Osk's mother, told reporters she ...": the grammar settles it
    text = ("Petra Osk told the court she had been afraid for years.\n\n"
            "Mara Lind, Petra Osk's mother, told reporters she considered the sentence fair.")
    assert speaker(text, "considered the sentence fair").name == "Mara Lind"


def test_a_woman_subject_outranks_a_candidate_of_no_known_gender():
    text = ("Voters in Eastvale go to the polls on Tuesday.\n\n"
            "Okafor and Greta Holm both visited Westport, the state's biggest city. Okafor held a rally "
            "Saturday while Holm hosted a dinner Monday — during which she thanked her donors.\n\n"
            "\"We can win this state,\" she said.")
    found = speaker(text, "We can win this state")
    assert found.name != "Okafor" and found.rule == "unresolved"


def test_a_woman_subject_is_no_rival_of_a_he():
    text = ("Voters in Eastvale go to the polls on Tuesday.\n\n"
            "Okafor and Greta Holm both visited Westport, the state's biggest city. Okafor held a rally "
            "Saturday while Holm hosted a dinner Monday.\n\n"
            "\"We can win this state,\" he said.")
    assert speaker(text, "We can win this state").name == "Okafor"


def test_a_body_that_spoke_through_its_named_commander_gives_the_commander():
    text = "Kasarani police station, through its commander Paul Otieno, said two men had been arrested."
    assert speaker(text, "two men had been arrested").name == "Paul Otieno"


def test_a_body_that_spoke_through_no_one_named_stays_the_body():
    text = "The Zorbian Health Agency, through its lawyers, said the claims were false."
    assert speaker(text, "the claims were false").name == "Zorbian Health Agency"


def test_a_person_speaking_through_a_lawyer_stays_the_person():
    text = "Ana Ruiz said through her lawyer, Piet Olander, that the claims were false."
    assert speaker(text, "the claims were false").name == "Ana Ruiz"


def test_a_body_headed_by_a_person_is_still_the_body():
    text = "The Zorbian Health Agency, headed by Tomas Brek, said the outbreak was slowing."
    assert speaker(text, "the outbreak was slowing").name == "Zorbian Health Agency"
