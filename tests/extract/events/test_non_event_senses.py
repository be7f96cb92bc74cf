"""Verbs read in a sense that is no event, or not the one the verb first suggests: a person fired
from a post (no shot), a meeting or a visit told as not done (no refusal), two people who met at
school (no consultation), a body halting its own season or tour (no sanction), an act spoken of
in the abstract (none done), a proposal shot down (a rejection) and a retort at remarks (words). Made-up sentences,
the real model."""
from __future__ import annotations

from onrecord.extract.events.checks import halted_own_activity
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.non_events import (
    act_in_the_abstract,
    fired_person,
    meeting_not_held,
    met_at_school,
    retort,
    shot_down_proposal,
    social_encounter,
)


def _word(doc, text):
    return next(t for t in doc if t.lower_ == text)


def _proposed(nlp, text, trigger):
    """The (type, negated) of the events proposed on ``trigger`` before the gate."""
    return [(e.type, e.negated) for e in find_events(nlp(text), "t", "2021-03-02", gated=False, dyadic=False)
            if e.trigger.text == trigger]


def test_a_person_fired_is_dismissed_whatever_their_post(nlp):
    for text in ("The president fired the special prosecutor on Friday.",
                 "The mayor fired two deputies last week.",
                 "The special prosecutor was fired on Friday.",
                 "He was fired after the scandal.",
                 "The club fired its head coach in March."):
        fired = _word(nlp(text), "fired")
        assert fired_person(fired), text
        assert "ASSAULT" not in [t for t, _ in _proposed(nlp, text, "fired")], text


def test_a_munition_or_a_shot_aimed_is_still_fired(nlp):
    for text in ("Police fired tear gas into the crowd.",
                 "Police fired tear gas at the protesters.",
                 "The soldiers fired live rounds.",
                 "The gunman fired several shots.",
                 "The gunman fired three times.",
                 "Militants fired two rockets.",
                 "The troops were fired upon by rebels.",
                 "Shots were fired at the convoy.",
                 "Soldiers fired on the protesters.",
                 "The minister fired back at critics."):
        assert not fired_person(_word(nlp(text), "fired")), text
    assert "ASSAULT" in [t for t, _ in _proposed(nlp, "Militants fired two rockets.", "fired")]
    assert "ASSAULT" in [t for t, _ in _proposed(nlp, "Police fired tear gas at the protesters.", "fired")]


def test_a_meeting_or_a_visit_not_done_is_no_refusal(nlp):
    for text, verb in (("The prime minister did not meet the opposition leader.", "meet"),
                       ("The president did not visit the region.", "visit")):
        assert meeting_not_held(_word(nlp(text), verb)), text
        assert _proposed(nlp, text, verb) == [], text


def test_a_refusal_to_meet_or_a_demand_unmet_stays_a_refusal(nlp):
    for text, verb in (("The president will not meet the rebels.", "meet"),
                       ("The government did not meet the demands of the protesters.", "meet")):
        assert not meeting_not_held(_word(nlp(text), verb)), text
        assert "REJECT" in [t for t, _ in _proposed(nlp, text, verb)], text
    assert not meeting_not_held(_word(nlp("The minister met the envoy in Paris."), "met"))


def test_people_who_met_at_school_held_no_consultation(nlp):
    for text in ("He married a Canadian national whom she met while studying at the Institute of Technology.",
                 "She met her husband while studying in Paris.",
                 "The couple met in college."):
        met = _word(nlp(text), "met")
        assert met_at_school(met), text
        assert social_encounter(met, "CONSULT"), text
    assert social_encounter(_word(nlp("The president met his old classmates at a reunion."), "met"), "CONSULT")
    # someone named as met at a school, a meeting while on a visit: left alone
    assert not met_at_school(_word(nlp("The minister met students at the university."), "met"))
    assert not met_at_school(_word(nlp("The minister met the envoy while visiting Paris."), "met"))


def test_halting_ones_own_season_is_no_sanction(nlp):
    for text, verb in (("The league suspended its season due to the virus.", "suspended"),
                       ("The band cancelled their tour.", "cancelled")):
        assert halted_own_activity(_word(nlp(text), verb)), text
        assert _proposed(nlp, text, verb) == [], text


def test_a_halt_aimed_at_another_party_or_anothers_work_stays(nlp):
    for text, verb in (("The company suspended its operations in Russia.", "suspended"),
                       ("The airline cancelled its flights to China.", "cancelled"),
                       ("The United States suspended its aid to the country.", "suspended"),
                       ("The ministry suspended the league's season.", "suspended")):
        assert not halted_own_activity(_word(nlp(text), verb)), text
    assert "SANCTION" in [t for t, _ in _proposed(nlp, "The company suspended its operations in Russia.",
                                                  "suspended")]


def test_an_act_in_the_abstract_is_no_act_done(nlp):
    for text, verb in (("There is precedent for the U.S. President mediating international disputes.", "mediating"),
                       ("Analysts warned of the possibility of Russia invading Ukraine.", "invading"),
                       ("The group has a history of attacking police stations.", "attacking")):
        assert act_in_the_abstract(_word(nlp(text), verb)), text
        assert _proposed(nlp, text, verb) == [], text
    accused = "The prosecutor accused the man of attacking the guards."
    assert not act_in_the_abstract(_word(nlp(accused), "attacking"))


def test_shooting_down_a_proposal_is_a_rejection_and_a_jet_a_blow(nlp):
    assert shot_down_proposal(_word(nlp("The senator shot down the proposal."), "shot"))
    assert [t for t, _ in _proposed(nlp, "The senator shot down the proposal.", "shot")] == ["REJECT"]
    for text in ("The army shot down a drone over the border.", "Iran shot down the American jet."):
        assert not shot_down_proposal(_word(nlp(text), "shot")), text
        assert "ASSAULT" in [t for t, _ in _proposed(nlp, text, "shot")], text


def test_shooting_back_at_remarks_is_a_retort_and_at_soldiers_a_blow(nlp):
    assert retort(_word(nlp("The opposition leader shot back at the president's remarks."), "shot"))
    assert [t for t, _ in _proposed(nlp, "The opposition leader shot back at the president's remarks.", "shot")] \
        == ["ACCUSE"]
    assert not retort(_word(nlp("Rebels fired back at the soldiers."), "fired"))


def test_a_count_of_munitions_fired_is_a_shot(nlp):
    # what "dozens" or "a number" is "of" is what was fired: no dismissal
    for text in ("Hamas fired dozens of projectiles.",
                 "The army fired a number of missiles.",
                 "Dozens of rockets were fired."):
        assert not fired_person(_word(nlp(text), "fired")), text
    assert "ASSAULT" in [t for t, _ in _proposed(nlp, "Hamas fired dozens of projectiles.", "fired")]
    assert fired_person(_word(nlp("The mayor fired dozens of officials."), "fired"))


def test_a_halt_of_work_with_or_against_any_party_is_left_to_the_model(nlp):
    for text, verb in (("The European Union suspended its work with the government.", "suspended"),
                       ("The army ended its operation against the rebels.", "ended")):
        assert not halted_own_activity(_word(nlp(text), verb)), text
    text = "The European Union suspended its work with the government."
    assert "SANCTION" in [t for t, _ in _proposed(nlp, text, "suspended")]


def test_a_school_as_the_venue_of_a_meeting_is_no_biography(nlp):
    for text in ("Israeli and Palestinian negotiators met at a university in Oslo.",
                 "The two foreign ministers met at the military academy in Moscow."):
        assert not met_at_school(_word(nlp(text), "met")), text
        assert "CONSULT" in [t for t, _ in _proposed(nlp, text, "met")], text


def test_firing_back_at_positions_is_a_blow(nlp):
    for text in ("Troops fired back at Taliban positions.", "The army fired back at rebel positions."):
        assert not retort(_word(nlp(text), "fired")), text
        assert "ACCUSE" not in [t for t, _ in _proposed(nlp, text, "fired")], text
