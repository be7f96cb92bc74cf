"""What is no event, or not the event the verb first suggests: the doer of an agentless
passive, harm done by no one's will, inquiries that accuse no one, verbs in a sense that acts on
no one, and the steps of a prosecution (made-up sentences, the real model)."""
from __future__ import annotations

from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.non_events import (
    abused_office,
    achievement,
    agreed_with_person,
    cannot_help,
    carried_cause,
    contest_result,
    court_appearance,
    crash_consequence,
    dismissal,
    failed_act,
    figurative,
    fired_from_post,
    forced_resigner,
    handed_in_resignation,
    hard_going,
    helped_along,
    inanimate_actor,
    inert_phrasal,
    inquiry_without_suspect,
    joined_membership,
    legal_charge,
    moved_home,
    nominal_participle,
    non_event_sense,
    offered_words,
    petition_made,
    phone_as_thing,
    police_questioning,
    rallied_public,
    removed_thing,
    retort,
    road_accident,
    social_encounter,
    space_launch,
    supplied_force,
    taken_as_own,
    took_to,
    unasserted_relative,
    unnamed_critics,
    unwilled_harm,
    vote_shares,
    warrant_issued,
)
from onrecord.extract.events.parties import _preceding_actor, _verb_actor
from onrecord.model import EventParty


def events_of(nlp, text, dyadic=True):
    return find_events(nlp(text), "t", "2021-03-02", dyadic=dyadic)


def proposed(nlp, text):
    """The events the coder proposes before the gate: a rule's test asks whether the rule lets the
    event through; whether the gate keeps it is the gate's own, measured by cross-validation
    (tools/train_event_gate.py), and it leans on the verb ("help", "take" and "fire" are mostly no
    event in the labelled news)."""
    return find_events(nlp(text), "t", "2021-03-02", gated=False, dyadic=False)


def _word(doc, text):
    return next(t for t in doc if t.lower_ == text)


def test_the_subject_of_an_agentless_passive_is_never_its_doer(nlp):
    tables = event_tables.load()
    doc = nlp("Robert Smith was killed on Monday.")
    killed = _word(doc, "killed")
    sent = next(iter(doc.sents))
    assert _preceding_actor(killed, sent, tables) is None
    # an act of force so told: the subject is its victim (the place implies the actor)
    assert _verb_actor(killed, None, "ASSAULT", sent, tables) == (doc[1], doc[1])
    # any other act so told names no doer
    aid = nlp("Two convoys of food were sent to the city.")
    sent_ = _word(aid, "sent")
    assert _verb_actor(sent_, None, "AID", next(iter(aid.sents)), tables) == (None, None)
    # a passive with its agent: the agent is the doer
    agent = nlp("The mayor was arrested by the police.")
    arrested = _word(agent, "arrested")
    actor, victim = _verb_actor(arrested, None, "COERCE", next(iter(agent.sents)), tables)
    assert actor.lower_ == "police" and victim is None


def test_a_pronoun_victim_is_not_given_an_earlier_doer(nlp):
    text = "Ruritania's finance minister left the capital, and he was arrested in Lagos two days later."
    arrests = [e for e in events_of(nlp, text) if e.trigger.text == "arrested"]
    for e in arrests:
        assert "minister" not in e.actor.text


def _subject_of(token):
    return next(c for c in token.children if c.dep_ in ("nsubj", "nsubjpass"))


def test_a_vehicle_or_a_collision_is_no_assault(nlp):
    doc = nlp("A Ruritanian truck struck a bus near the capital, killing ten passengers.")
    struck = _word(doc, "struck")
    assert unwilled_harm(struck, _subject_of(struck))
    assert not [e for e in events_of(nlp, doc.text) if e.type == "ASSAULT"]
    rail = nlp("The driver struck a guard rail and flipped the truck.")
    hit = _word(rail, "struck")
    assert unwilled_harm(hit, _subject_of(hit))
    crash = nlp("Ten Ruritanian soldiers were killed in the crash near the border.")
    assert unwilled_harm(_word(crash, "killed"), _word(crash, "soldiers"))
    # an armed force's vehicles and weapons act for it
    war = nlp("Israeli planes struck a Hamas camp in Gaza.")
    assert not unwilled_harm(_word(war, "struck"), _word(war, "planes"))
    missile = nlp("A military helicopter fired on the convoy.")
    assert not unwilled_harm(_word(missile, "fired"), _word(missile, "helicopter"))
    army = nlp("The army attacked the rebels near the border.")
    assert not unwilled_harm(_word(army, "attacked"), _word(army, "army"))


def test_an_inquiry_is_an_accusation_only_by_an_authority(nlp):
    tables = event_tables.load()
    doc = nlp("Ruritanian scientists are investigating the cause of the decline.")
    inv = _word(doc, "investigating")
    party = EventParty("Ruritanian scientists", 0, 1)
    assert inquiry_without_suspect(inv, _word(doc, "scientists"), party, tables)
    fix = nlp("The company is looking into a fix for the fault.")
    company = EventParty("The company", 0, 1)
    assert inquiry_without_suspect(_word(fix, "looking"), _word(fix, "company"), company, tables)
    police = nlp("Police are investigating the mayor for fraud.")
    inv = _word(police, "investigating")
    assert not inquiry_without_suspect(inv, _word(police, "police"), EventParty("Police", 0, 1), tables)
    found = [e for e in events_of(nlp, "Kenyan police are investigating the mayor of Nairobi for fraud.")
             if e.type == "ACCUSE"]
    assert found and found[0].mode == "investigate"
    assert not [e for e in events_of(nlp, "Kenyan scientists are investigating the cause of the decline.")
                if e.type == "ACCUSE"]


def test_questioning_by_the_police_is_an_investigation(nlp):
    tables = event_tables.load()
    doc = nlp("Police questioned the opposition leader for six hours.")
    assert police_questioning(_word(doc, "questioned"), _word(doc, "police"), tables)
    talk = nlp("The students questioned the speaker after the lecture.")
    assert not police_questioning(_word(talk, "questioned"), _word(talk, "students"), tables)


def test_a_name_or_a_post_taken_is_no_seizure(nlp):
    doc = nlp("The singer took his stepfather's name when he was ten.")
    assert taken_as_own(_word(doc, "took"))
    assert non_event_sense(_word(doc, "took"), "COERCE")
    assert taken_as_own(_word(nlp("He took refuge in the embassy."), "took"))
    assert not taken_as_own(_word(nlp("Rebels took the town on Sunday."), "took"))
    assert not taken_as_own(_word(nlp("Police seized the documents."), "seized"))
    # "banned in public offices": not a thing taken as one's own
    assert not taken_as_own(_word(nlp("The veil was banned in public offices."), "banned"))


def test_joining_a_party_is_no_talks(nlp):
    assert joined_membership(_word(nlp("She joined the Labour Party in 1990."), "joined"))
    assert joined_membership(_word(nlp("He joined the team last year."), "joined"))
    assert not joined_membership(_word(nlp("Ruritania joined the talks on Monday."), "joined"))


def test_a_charge_is_an_accusation_and_a_court_appearance_no_event(nlp):
    assert legal_charge(_word(nlp("He was charged with murder on Monday."), "charged"))
    assert legal_charge(_word(nlp("Prosecutors indicted twenty journalists."), "indicted"))
    assert not legal_charge(_word(nlp("Riot police charged the crowd."), "charged"))
    found = [e for e in events_of(nlp, "Kenyan prosecutors prosecuted the former minister for fraud.")
             if e.trigger.text == "prosecuted"]
    assert found and (found[0].type, found[0].mode) == ("ACCUSE", "allege")
    doc = nlp("The former Kenyan minister appeared in court in Nairobi on Tuesday.")
    assert court_appearance(_word(doc, "appeared"))
    assert not events_of(nlp, doc.text)
    assert not court_appearance(_word(nlp("The minister appeared on television."), "appeared"))


def test_what_was_failed_is_no_event_but_a_failed_deal_is(nlp):
    doc = nlp("The president failed to mention the payments.")
    assert failed_act(_word(doc, "failed")) and failed_act(_word(doc, "mention"))
    deal = nlp("The two countries failed to reach a deal on the border.")
    assert not failed_act(_word(deal, "failed"))


def test_a_dismissal_from_a_post_is_no_condemnation(nlp):
    assert dismissal(_word(nlp("The president dismissed the minister for health reasons."), "dismissed"))
    assert not dismissal(_word(nlp("The minister dismissed the report as lies."), "dismissed"))


def test_an_election_defeat_or_hurt_chances_is_no_force(nlp):
    assert contest_result(_word(nlp("Smith defeated Jones in the election."), "defeated"))
    assert contest_result(_word(nlp("The scandal hurt his chances."), "hurt"))
    assert not contest_result(_word(nlp("The army defeated the rebels near the border."), "defeated"))
    knocked = nlp("Trump won Indiana, knocking Ted Cruz and John Kasich out of the race.")
    assert contest_result(_word(knocked, "knocking"))
    assert contest_result(_word(nlp("She entered a race that had been dominated by Zephyr Teachout."), "dominated"))
    assert not contest_result(_word(nlp("The soldiers knocked the door out of its frame."), "knocked"))
    assert not contest_result(_word(nlp("Police stormed a house that had been occupied by rebels."), "occupied"))
    raid = [e for e in events_of(nlp, "Rebels attacked an army base in Kidal, killing ten soldiers.")
            if e.trigger.text == "attacked"]
    assert raid and raid[0].type == "ASSAULT"


def test_a_passive_victim_must_name_an_actor_and_criticism_by_no_one_is_no_event(nlp):
    tables = event_tables.load()
    doc = nlp("The painting was stolen on Saturday from a museum in Oxford, England.")
    stolen = _word(doc, "stolen")
    assert _verb_actor(stolen, None, "COERCE", next(iter(doc.sents)), tables) == (None, None)
    assert not events_of(nlp, doc.text)
    # "criticized", "suspected" with no one named: not the state's act
    assert not events_of(nlp, "The moderator was widely criticized in Ruritania for his questions.")
    assert unnamed_critics(_word(nlp("He was criticized."), "criticized"), "ACCUSE", "disapprove")
    assert not unnamed_critics(_word(nlp("He was accused of fraud."), "accused"), "ACCUSE", "disapprove")
    # a person arrested: the place's state is the actor, the person the target
    arrests = [e for e in events_of(nlp, "He was arrested in Cairo on Monday.") if e.type == "COERCE"]
    assert arrests and arrests[0].actor.country == "EGY" and arrests[0].target.text == "He"
    # what was not done to no one named: nothing to code
    assert not events_of(nlp, "She was never arrested in Cairo.")


def test_a_pronoun_inquirer_is_the_body_named_before_it(nlp):
    tables = event_tables.load()
    doc = nlp("The rapporteur urged the FBI to release the files from their investigation.")
    inv = _word(doc, "investigation")
    assert not inquiry_without_suspect(inv, _word(doc, "their"), EventParty("their", 0, 1), tables)
    doc = nlp("A spokesman told Fox News their investigation could last two years.")
    inv = _word(doc, "investigation")
    assert inquiry_without_suspect(inv, _word(doc, "their"), EventParty("their", 0, 1), tables)


def test_a_vehicle_does_no_act_of_its_own(nlp):
    doc = nlp("The armoured vehicle was used to breach the defences.")
    assert inanimate_actor(_word(doc, "vehicle"))
    ferry = nlp("A ferry blocked the harbour of Ruritania on Monday.")
    assert inanimate_actor(_word(ferry, "ferry"))
    assert not [e for e in events_of(nlp, ferry.text) if "ferry" in e.actor.text.lower()]
    assert not inanimate_actor(_word(nlp("Military aircraft blocked the airspace."), "aircraft"))
    assert not inanimate_actor(_word(nlp("Rebels blocked the road."), "rebels"))


def test_a_participle_for_people_is_no_act(nlp):
    doc = nlp("The president flew to the city, visiting the wounded in hospital.")
    assert nominal_participle(_word(doc, "wounded"))
    assert not [e for e in events_of(nlp, doc.text) if e.trigger.text == "wounded"]
    assert nominal_participle(_word(nlp("The accused denied the charges."), "accused"))
    assert not nominal_participle(_word(nlp("Two soldiers were wounded in the attack."), "wounded"))


def test_breaking_the_law_is_no_assault(nlp):
    doc = nlp("Ruritania's president said the minister broke the law.")
    assert not [e for e in events_of(nlp, doc.text) if e.type == "ASSAULT"]


def test_a_person_moving_home_is_no_event(nlp):
    doc = nlp("Kamala Harris moved to Montreal, Canada with her mother at the age of 12.")
    moved = _word(doc, "moved")
    assert moved_home(moved, _subject_of(moved))
    assert not [e for e in events_of(nlp, doc.text) if e.trigger.text == "moved"]
    troops = nlp("Russia moved troops to the border.")
    assert not moved_home(_word(troops, "moved"), _word(troops, "russia"))


# ---- what the non-event rules must leave alone (review of issue 17's fifth round) ----

def test_force_on_a_building_or_at_a_market_stays_an_assault(nlp):
    """A crash is a vehicle's or a driver's: a country striking a building, or an attack at a
    market (a place, not a standing hurt), is force."""
    for text in ("Israel struck a building in Gaza on Monday, killing four people.",
                 "A suicide bomber attacked a crowded market in Baghdad on Friday.",
                 "Gunmen killed 20 people at a market in Kabul."):
        assert any(e.type == "ASSAULT" for e in events_of(nlp, text)), text


def test_a_scene_set_before_the_actor_is_no_address(nlp):
    found = events_of(nlp, "In Tehran, Iran condemned the United States for the sanctions.")
    assert [(e.type, e.actor.country) for e in found] == [("ACCUSE", "IRN")]


def test_a_victim_standing_in_for_the_implied_actor_is_not_checked_as_a_doer(nlp):
    """"The company was investigated": the company is the one investigated, so the checks of an
    inquirer (an authority?) are not asked of it."""
    found = events_of(nlp, "The company was investigated for fraud in Kenya.")
    assert [(e.type, e.mode, e.target.text) for e in found] == [("ACCUSE", "investigate", "The company")]


def test_charged_with_batons_is_no_charge(nlp):
    doc = nlp("Police charged the protesters with batons in Nairobi.")
    assert not legal_charge(next(t for t in doc if t.lower_ == "charged"))
    doc = nlp("He was charged with murder on Monday.")
    assert legal_charge(next(t for t in doc if t.lower_ == "charged"))


def test_a_meeting_at_a_stadium_is_a_game_only_in_news_of_a_game(nlp):
    # the meeting names no target: the coder's reading before the record's rule of dyads
    found = events_of(nlp, "The two presidents met at the stadium in Kigali to discuss the border.", dyadic=False)
    assert [e.type for e in found] == ["CONSULT"]


def test_a_cause_carried_somewhere_is_no_seizure_nor_threat(nlp):
    text = "We will take this fight to every state capital, the group's leader said."
    assert carried_cause(_word(nlp(text), "take"))
    assert not events_of(nlp, "I will take that strength of conviction to Washington.")
    assert carried_cause(_word(nlp("What will it take for the council to act?"), "take"))
    assert not carried_cause(_word(nlp("The army took the town on Monday."), "took"))


def test_an_offer_of_words_is_no_offer(nlp):
    assert offered_words(_word(nlp("The mayor offered an emotional defense of the city."), "offered"))
    assert not events_of(nlp, "The governor offered his opinion on the nominee.")
    assert not offered_words(_word(nlp("Russia offered Ukraine a loan of $15 billion."), "offered"))


def test_cannot_help_but_is_no_refusal(nlp):
    assert cannot_help(_word(nlp("Many people can't help but worry about the vote."), "help"))
    assert not events_of(nlp, "Many people can't help but worry about the vote.")
    assert not cannot_help(_word(nlp("The donors did not help the rebels."), "help"))


def test_agreeing_with_a_person_is_an_opinion(nlp):
    assert agreed_with_person(_word(nlp("The aide said he agreed with Mr. Jones."), "agreed"))
    assert not [e for e in events_of(nlp, "The aide said he agreed with Mr. Jones.") if e.type == "AGREE"]
    assert not agreed_with_person(_word(nlp("Iran agreed with Russia on a ceasefire."), "agreed"))


def test_failing_to_prevent_or_to_do_ones_part_is_no_refusal(nlp):
    doc = nlp("The agency failed to prevent the killings by the gunman.")
    assert failed_act(_word(doc, "failed"))
    assert not [e for e in events_of(nlp, "The agency failed to prevent the killings by the gunman.")
                if e.type == "REJECT"]


def test_struggling_to_do_something_is_no_fight(nlp):
    text = "The governor has struggled to find a clear message for her campaign."
    assert hard_going(_word(nlp(text), "struggled"))
    assert not events_of(nlp, text)
    assert not hard_going(_word(nlp("Protesters struggled with police outside the court."), "struggled"))


def test_hostages_taken_or_a_building_taken_is_a_seizure(nlp):
    text = "The militia said it took them hostage on Monday."
    assert not carried_cause(_word(nlp(text), "took"))
    assert [e for e in proposed(nlp, text) if e.type == "COERCE"]
    text = "Rebels took the campaign headquarters in the city."
    assert not carried_cause(_word(nlp(text), "took"))
    assert [e for e in proposed(nlp, text) if e.type == "COERCE"]
    assert carried_cause(_word(nlp("It took him months to find a job."), "took"))


def test_a_fight_taken_to_an_enemy_is_a_threat(nlp):
    text = "The army will take the fight to ISIS in Raqqa."
    assert not carried_cause(_word(nlp(text), "take"))
    assert [e for e in proposed(nlp, text) if e.type == "THREATEN"]


def test_struggling_beside_another_clause_is_left_to_the_model(nlp):
    text = "Protesters struggled as police dragged them away."
    assert not hard_going(_word(nlp(text), "struggled"))
    assert [e for e in events_of(nlp, text) if e.type == "PROTEST"]


def test_help_to_bring_something_about_is_no_aid_but_help_to_someone_is(nlp):
    doc = nlp("Fences have only helped push smugglers underground.")
    assert helped_along(_word(doc, "helped")) and non_event_sense(_word(doc, "helped"), "AID")
    assert helped_along(_word(nlp("Voters will help determine which party controls the Senate."), "help"))
    assert not helped_along(_word(nlp("The Red Cross helped the flood victims."), "helped"))
    assert not helped_along(_word(nlp("The United States helped Ukraine rebuild its army."), "helped"))
    helped = "The United States helped Ukraine rebuild its army."
    aid = [e for e in proposed(nlp, helped) if e.trigger.text == "helped"]
    assert aid and aid[0].type == "AID"


def test_a_camera_or_a_tool_is_no_doer_but_armed_drones_are(nlp):
    doc = nlp("CCTV captured the attacker entering the station.")
    assert inanimate_actor(_word(doc, "cctv"))
    assert not events_of(nlp, doc.text)
    attack = [e for e in events_of(nlp, "Israeli drones attacked a convoy in Gaza.") if e.trigger.text == "attacked"]
    assert attack and attack[0].type == "ASSAULT"
    raid = [e for e in events_of(nlp, "Rebels attacked an army base in Kidal, killing ten soldiers.")
            if e.trigger.text == "attacked"]
    assert raid and raid[0].type == "ASSAULT"


def test_a_warrant_is_an_accusation_and_a_petition_an_appeal(nlp):
    doc = nlp("Police issued an arrest warrant for the former minister.")
    assert warrant_issued(_word(doc, "issued"))
    found = [e for e in events_of(nlp, doc.text) if e.trigger.text == "issued"]
    assert found and (found[0].type, found[0].mode) == ("ACCUSE", "allege")
    arrested = "Police arrested the former minister on Monday."
    arrest = [e for e in events_of(nlp, arrested) if e.trigger.text == "arrested"]
    assert arrest and (arrest[0].type, arrest[0].mode) == ("COERCE", "arrest")
    assert not warrant_issued(_word(nlp("The court issued a ruling on the case."), "issued"))
    doc = nlp("Residents launched a petition against the new mall.")
    assert petition_made(_word(doc, "launched"))
    assert [e.type for e in events_of(nlp, doc.text, dyadic=False) if e.trigger.text == "launched"] == ["REQUEST"]
    assert not petition_made(_word(nlp("The army launched an attack on the town."), "launched"))


def test_harm_not_meant_is_no_assault_but_a_killing_or_a_state_s_error_is(nlp):
    doc = nlp("A hunter accidentally shot a hiker near the lake.")
    assert unwilled_harm(_word(doc, "shot"), _word(doc, "hunter"))
    assert not any(e.type == "ASSAULT" for e in events_of(nlp, doc.text))
    doc = nlp("A hunter shot a hiker near the lake.")
    assert not unwilled_harm(_word(doc, "shot"), _word(doc, "hunter"))
    doc = nlp("The government admitted the army had unintentionally shot down a passenger jet.")
    assert not unwilled_harm(_word(doc, "shot"), _word(doc, "army"))
    assert any(e.type == "ASSAULT" for e in events_of(nlp, "Gunmen killed ten villagers in Borno on Sunday."))


def test_a_retort_in_words_is_an_accusation_but_return_fire_is_a_blow(nlp):
    doc = nlp("Hillary Clinton fired back that the people of New York voted for her twice.")
    assert retort(_word(doc, "fired"))
    found = [e for e in events_of(nlp, doc.text) if e.trigger.text == "fired"]
    assert found and (found[0].type, found[0].mode) == ("ACCUSE", "disapprove")
    assert retort(_word(nlp('Senator Bernie Sanders shot back, "Secretary Clinton called them out."'), "shot"))
    doc = nlp("Taliban fighters fired back at Afghan troops, killing two soldiers.")
    assert not retort(_word(doc, "fired"))
    assert [e.type for e in proposed(nlp, doc.text) if e.trigger.text == "fired"] == ["ASSAULT"]


def test_a_stolen_thunder_or_a_share_of_the_vote_is_no_seizure(nlp):
    assert figurative(_word(nlp("Trump had stolen Christie's thunder."), "stolen"))
    assert figurative(_word(nlp("The scandal has grabbed the headlines."), "grabbed"))
    doc = nlp("The former Florida governor took just 6 percent of the national vote in the poll.")
    assert figurative(_word(doc, "took"))
    assert not figurative(_word(nlp("Rebels took 30 percent of the territory in the north."), "took"))
    seized = [e for e in events_of(nlp, "Rebels seized the army headquarters in Kidal.") if e.trigger.text == "seized"]
    assert seized and (seized[0].type, seized[0].mode) == ("COERCE", "seize")


def test_a_record_or_a_title_won_is_no_act(nlp):
    doc = nlp("The runner also set the world record for the marathon last year in Oslo.")
    assert achievement(_word(doc, "set"))
    assert non_event_sense(_word(doc, "set"), "CONSULT")
    assert not [e for e in find_events(doc, "x", gated=False, dyadic=False) if e.trigger.text == "set"]
    assert achievement(_word(nlp("The swimmer won the title in Rome."), "won"))
    assert not achievement(_word(nlp("Police seized records from the ministry."), "seized"))
    assert not achievement(_word(nlp("Rebels took the town on Sunday."), "took"))


def test_anothers_record_or_gold_seized_is_no_achievement(nlp):
    doc = nlp("Senator Elizabeth Warren criticized Joe Biden's record on trade during the debate on Tuesday.")
    assert not achievement(_word(doc, "criticized"))
    assert "ACCUSE" in [e.type for e in find_events(doc, "x", gated=False,
                                                    dyadic=False) if e.trigger.text == "criticized"]
    doc = nlp("The Bank of England seized gold belonging to Venezuela.")
    assert not achievement(_word(doc, "seized"))
    assert "COERCE" in [e.type for e in find_events(doc, "x", gated=False, dyadic=False) if e.trigger.text == "seized"]
    assert not achievement(_word(nlp("The champion broke Smith's record in Rome."), "broke"))


def test_a_relative_clause_on_any_or_no_one_reports_no_act(nlp):
    doc = nlp("She dared the senator to name any officers or unions who endorsed his campaign.")
    assert unasserted_relative(_word(doc, "endorsed"))
    assert not [e for e in find_events(doc, "x", gated=False, dyadic=False) if e.trigger.text == "endorsed"]
    assert unasserted_relative(_word(nlp("Anyone who attacks the border will be punished."), "attacks"))
    doc = nlp("Police arrested the men who attacked the embassy.")
    assert not unasserted_relative(_word(doc, "attacked"))
    assert [e.type for e in find_events(doc, "x", gated=False,
                                        dyadic=False) if e.trigger.text == "attacked"] == ["ASSAULT"]


def test_turning_to_a_medium_is_no_seizure(nlp):
    doc = nlp("The senator took to Twitter to thank her supporters.")
    assert took_to(_word(doc, "took"))
    assert non_event_sense(_word(doc, "took"), "COERCE")
    assert not took_to(_word(nlp("Thousands took to the streets of the capital."), "took"))
    assert not took_to(_word(nlp("Rebels took the town to the north."), "took"))


def test_voters_mobilized_are_no_forces_raised(nlp):
    doc = nlp("The campaign lacks the tools needed to identify and mobilize voters.")
    assert rallied_public(_word(doc, "mobilize"))
    assert rallied_public(_word(nlp("The party mobilized supporters to vote in the primary."), "mobilized"))
    assert not rallied_public(_word(nlp("The army mobilized reservists along the border."), "mobilized"))


def test_the_public_raised_against_an_enemy_is_mobilized(nlp):
    for text in ("The Russian government mobilized citizens to defend the country against Ukraine.",
                 "Erdogan mobilized supporters against the coup plotters in Ankara."):
        doc = nlp(text)
        assert not rallied_public(_word(doc, "mobilized"))
        assert "MOBILIZE" in [e.type for e in find_events(doc, "x", gated=False,
                                                          dyadic=False) if e.trigger.text == "mobilized"]
    assert not rallied_public(_word(nlp("The party mobilized supporters across the state."), "mobilized"))


def test_a_person_fired_from_a_post_is_no_target_of_force(nlp):
    assert fired_from_post(_word(nlp("Marlow, whom the mayor fired as campaign manager, spoke."), "fired"))
    assert fired_from_post(_word(nlp("He said he was going to fire everybody."), "fire"))
    assert fired_from_post(_word(nlp("The governor fired his chief of staff."), "fired"))
    assert not fired_from_post(_word(nlp("Soldiers fired on the protesters."), "fired"))
    assert not fired_from_post(_word(nlp("Militants fired rockets at the town."), "fired"))
    assert fired_from_post(_word(nlp("The coach was fired from his job on Monday."), "fired"))


def test_firing_as_a_last_resort_is_still_force(nlp):
    doc = nlp("Police fired as a last resort on the protesters in Lagos.")
    assert not fired_from_post(_word(doc, "fired"))
    assert "ASSAULT" in [e.type for e in find_events(doc, "x", gated=False, dyadic=False) if e.trigger.text == "fired"]


def test_shares_of_a_vote_make_a_contest_result(nlp):
    doc = nlp("Okafor beat his rival 51% to 36% in the northern state.")
    assert vote_shares(_word(doc, "beat"))
    assert contest_result(_word(doc, "beat"))
    assert not vote_shares(_word(nlp("Rebels beat the prisoners in the northern town."), "beat"))
    assert vote_shares(_word(nlp("Sanders won 48 percent to 45 percent in Ohio."), "won"))


def test_shares_in_another_clause_or_a_change_of_shares_leave_force_alone(nlp):
    for text, verb in (("Israeli jets bombed Hamas positions in Gaza on Friday, as a poll showed Israelis "
                        "backing the war 60% to 30%.", "bombed"),
                       ("Iran fired missiles at US bases in Iraq, killing no one, as Trump's approval rose "
                        "from 42% to 45%.", "fired")):
        doc = nlp(text)
        assert not vote_shares(_word(doc, verb))
        assert "ASSAULT" in [e.type for e in find_events(doc, "x", gated=False, dyadic=False) if e.trigger.text == verb]
    assert not vote_shares(_word(nlp("Her approval rose from 42% to 45% in May."), "rose"))


def test_norms_expectations_or_the_airwaves_are_no_target_of_force(nlp):
    assert figurative(_word(nlp("The senator shattered party norms with her vote."), "shattered"))
    assert figurative(_word(nlp("The campaign hit the airwaves on Monday."), "hit"))
    assert figurative(_word(nlp("The governor beat expectations in the state."), "beat"))
    assert figurative(_word(nlp("The senator captured the support of older voters."), "captured"))
    assert not figurative(_word(nlp("Rioters shattered the windows of the embassy."), "shattered"))


def test_a_verb_of_force_with_a_particle_that_sends_or_gathers_is_no_blow(nlp):
    assert inert_phrasal(_word(nlp("Her campaign quickly blasted out an email to supporters."), "blasted"))
    assert inert_phrasal(_word(nlp("Rubio has rung up major endorsements."), "rung"))
    assert inert_phrasal(_word(nlp("The two candidates are battling it out in Ohio."), "battling"))
    assert not inert_phrasal(_word(nlp("Police blasted the crowd with water cannon."), "blasted"))
    assert figurative(_word(nlp("Trump also struck populist notes."), "struck"))
    doc = "Airstrikes knocked out the power station in Aleppo."
    assert not inert_phrasal(_word(nlp(doc), "knocked"))


def test_harm_a_group_did_by_mistake_is_still_force(nlp):
    events = find_events(nlp("Militants inadvertently killed two children in the attack."), "x", gated=False,
                         dyadic=False)
    assert any(e.type == "ASSAULT" for e in events)
    assert not find_events(nlp("A hunter accidentally shot a hiker near the lake."), "x", gated=False, dyadic=False)
    assert not find_events(nlp("Two hunters accidentally shot a hiker near the lake."), "x", gated=False, dyadic=False)


def test_a_petition_to_a_court_is_a_suit_and_a_state_helping_is_aid(nlp):
    events = find_events(nlp("Ukraine filed a petition with the International Court of Justice against Russia."),
                         "x", gated=False, dyadic=False)
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "allege")]
    assert "AID" in [e.type for e in find_events(nlp("Iran helped arm Hezbollah."), "x", gated=False, dyadic=False)]
    assert "AID" not in [e.type for e in find_events(nlp("Zorbsoft helped develop the software."), "x", gated=False,
                                                     dyadic=False)]


def test_a_resignation_handed_in_or_forced_is_the_officials_retreat(nlp):
    doc = nlp("Trump asked for Bolton's resignation, and Bolton tendered it the next morning.")
    assert handed_in_resignation(_word(doc, "tendered"))
    assert handed_in_resignation(_word(nlp("The envoy submitted his resignation to the king."), "submitted"))
    assert not handed_in_resignation(_word(nlp("The firm tendered a bid for the contract."), "tendered"))
    forced = [e for e in proposed(nlp, "The Canadian minister was forced to resign in May.")
              if e.trigger.text == "forced"]
    assert [(e.type, e.mode, e.actor.text) for e in forced] == [("RETREAT", "resign", "The Canadian minister")]
    assert forced_resigner(_word(nlp("The army forced the villagers to leave."), "forced")) is None


def test_a_resignation_not_forced_or_forced_by_a_body_has_the_official_alone(nlp):
    assert not proposed(nlp, "The minister was not forced to resign.")
    events = [(e.type, e.actor.text) for e in proposed(nlp, "Parliament forced the president to resign.")]
    assert events == [("RETREAT", "the president")]  # not also a resignation by Parliament


def test_supplying_an_act_of_force_is_that_act(nlp):
    doc = nlp("Saudi Arabia backed the government, providing airstrikes against the rebels.")
    assert supplied_force(_word(doc, "providing")) == ("ASSAULT", "aerial")
    assert supplied_force(_word(nlp("Russia provided weapons to Syria."), "provided")) is None
    assert supplied_force(_word(nlp("Russia offered airstrikes against the rebels."), "offered")) is None
    assert supplied_force(_word(nlp("The United States offered to provide airstrikes."), "provide")) is None


def test_a_hold_on_a_contest_is_no_force(nlp):
    doc = nlp("Smith wrested back control of the presidential race with a big win.")
    assert contest_result(_word(doc, "wrested"))
    assert not contest_result(_word(nlp("The rebels seized control of the airport."), "seized"))


def _trigger(nlp, text, trigger):
    doc = nlp(text)
    return next(t for t in doc if t.text == trigger)


def test_harm_told_after_a_crash_is_the_crash(nlp):
    text = "The driver was speeding and struck a group of motorcycles, killing seven riders and injuring three more."
    doc = nlp(text)
    driver = next(t for t in doc if t.text == "driver")
    assert crash_consequence(next(t for t in doc if t.text == "killing"), driver)
    assert crash_consequence(next(t for t in doc if t.text == "injuring"), driver)
    assert not any(e.type == "ASSAULT" for e in proposed(nlp, text))
    attack = nlp("The rebels struck the convoy, killing four soldiers.")
    rebels = next(t for t in attack if t.text == "rebels")
    assert not crash_consequence(next(t for t in attack if t.text == "killing"), rebels)
    assert any(e.type == "ASSAULT" for e in proposed(nlp, "The rebels struck the convoy, killing four soldiers."))
    # a ramming is done on purpose: the killing it brings is still an attack
    rammed = nlp("A man rammed his car into a crowd of pedestrians, killing five people.")
    man = next(t for t in rammed if t.text == "man")
    assert not crash_consequence(next(t for t in rammed if t.text == "killing"), man)


def test_misconduct_in_office_is_no_force(nlp):
    assert abused_office(_trigger(nlp, "The senators have abused their power for too long.", "abused"))
    assert abused_office(_trigger(nlp, "The mayor misused his authority to reward friends.", "misused"))
    assert not abused_office(_trigger(nlp, "The guards abused the prisoners in the camp.", "abused"))
    assert not any(e.type == "ASSAULT" for e in proposed(nlp, "The senators have abused their power for too long."))


def test_a_thing_removed_is_no_deportation(nlp):
    assert removed_thing(_trigger(nlp, "When it was removed by the thieves, water flooded the hall.", "removed"))
    assert removed_thing(_trigger(nlp, "It was stolen and removed by the burglars.", "removed"))
    assert not removed_thing(_trigger(nlp, "The authorities removed the refugees from the camp.", "removed"))
    assert not removed_thing(_trigger(nlp, "A number of legislators were removed.", "removed"))
    assert not removed_thing(_trigger(nlp, "Police removed them from the building.", "removed"))
    assert not any(e.type == "COERCE" for e in proposed(nlp, "It was stolen and removed by the burglars."))


def test_a_launch_to_space_is_no_attack(nlp):
    assert space_launch(_trigger(nlp, "The agency launched a rocket carrying forty satellites into orbit.", "launched"))
    assert space_launch(_trigger(nlp, "Ruritania launched a probe to the far side of the Moon.", "launched"))
    assert space_launch(_trigger(nlp, "The agency launched the telescope from a base in the desert.", "launched"))
    assert not space_launch(_trigger(nlp, "The militia launched rockets into the border town.", "launched"))
    assert not space_launch(_trigger(nlp, "The ministry launched a probe into the deaths.", "launched"))
    # a craft named in a modifier of the object is no craft launched
    near = "The army launched an attack on the rebels near the satellite station."
    assert not space_launch(_trigger(nlp, near, "launched"))
    assert any(e.type == "ASSAULT" for e in proposed(nlp, near))
    assert not proposed(nlp, "The agency launched a rocket carrying forty satellites into orbit on Thursday.")
    assert any(e.type == "ASSAULT" for e in proposed(nlp, "The militia launched rockets into the border town."))


def test_a_phone_made_or_sold_is_no_call(nlp):
    assert phone_as_thing(_trigger(nlp, "The company launched a new phone on Tuesday.", "launched"), "phone")
    assert not phone_as_thing(_trigger(nlp, "The chancellor phoned the president on Monday.", "phoned"), "phone")
    assert not any(e.type == "CONSULT" for e in proposed(nlp, "The company launched a new phone on Tuesday."))


def test_a_driver_hitting_one_on_the_road_is_an_accident_but_a_ramming_is_force(nlp):
    doc = nlp("The driver hit a pedestrian and fled.")
    hit = _word(doc, "hit")
    assert road_accident(hit, _subject_of(hit))
    assert not [e for e in proposed(nlp, "The Ruritanian driver hit a pedestrian and fled.") if e.type == "ASSAULT"]
    passive = nlp("A cyclist was struck by a motorist.")
    struck = _word(passive, "struck")
    assert road_accident(struck, _word(passive, "motorist"))
    # a ramming, a crowd hit, a blow meant, and a gunman are force
    ram = "The driver rammed the crowd in the Ruritanian capital, killing five."
    assert [e for e in proposed(nlp, ram) if e.type == "ASSAULT" and e.trigger.text == "rammed"]
    meant = nlp("The driver deliberately hit a cyclist.")
    assert not road_accident(_word(meant, "hit"), _word(meant, "driver"))
    crowd = nlp("The driver struck a crowd of protesters.")
    assert not road_accident(_word(crowd, "struck"), _word(crowd, "driver"))
    gunman = nlp("The gunman hit a pedestrian.")
    assert not road_accident(_word(gunman, "hit"), _word(gunman, "gunman"))


def test_private_company_an_occasion_attended_or_a_private_trip_is_no_meeting(nlp):
    for text, verb in (("He met his wife at a party in the capital.", "met"),
                       ("The senator met voters at a pub.", "met"),
                       ("Smith attended a concert in the capital.", "attended"),
                       ("She attended the rally as a member of the public.", "attended"),
                       ("He traveled to Ohio for work.", "traveled"),
                       ("He traveled to Ruritania as a salesman.", "traveled")):
        doc = nlp(text)
        assert social_encounter(_word(doc, verb), "CONSULT"), text
    assert not [e for e in proposed(nlp, "The Ruritanian senator met voters at a pub.") if e.type == "CONSULT"]
    # meetings of political actors, wherever held, and official trips stay
    for text, verb in (("The minister met the ambassador at a restaurant.", "met"),
                       ("The prime minister met Smith at a bar.", "met"),
                       ("The minister attended a summit with the French president.", "attended"),
                       ("The minister attended a dinner with the president.", "attended"),
                       ("He travelled to Ruritania on official business.", "travelled"),
                       ("The minister traveled to Paris for talks.", "traveled")):
        doc = nlp(text)
        assert not social_encounter(_word(doc, verb), "CONSULT"), text
    kept = "The Ruritanian minister met the ambassador at a restaurant."
    assert [e for e in proposed(nlp, kept) if e.type == "CONSULT" and e.trigger.text == "met"]
