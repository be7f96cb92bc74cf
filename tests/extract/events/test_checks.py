"""Checks of a coded event's parties and sense (extract/events/checks.py): each rule on small
made-up sentences, asked of the trigger's or the party's token, and the coder's events."""
from __future__ import annotations

from onrecord.extract.events import checks
from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.coder import find_events


def word(nlp, text, w):
    return next(t for t in nlp(text) if t.text == w)


def events(nlp, text):
    return find_events(nlp(text), "t", "2020-05-05", gated=False, dyadic=False)


def test_a_disowned_stance_is_no_refusal(nlp):
    text = "The senator said he did not support the new tax rules."
    assert checks.disowned_stance(word(nlp, text, "support"), "REJECT", None)
    assert not checks.disowned_stance(word(nlp, "The senator supported the new tax rules.", "supported"),
                                      "REJECT", None)
    assert not any(e.type == "REJECT" for e in events(nlp, text))


def test_a_suspicion_naming_no_one_is_no_accusation(nlp):
    text = "The traveller was suspected to have the virus."
    assert checks.unaimed_allegation(word(nlp, text, "suspected"), "ACCUSE", None)
    assert not checks.unaimed_allegation(word(nlp, "Friends alleged he was poisoned.", "alleged"), "ACCUSE", None)
    accused = word(nlp, "The opposition alleged that the mayor took bribes.", "mayor")
    assert not checks.unaimed_allegation(word(nlp, "The opposition alleged that the mayor took bribes.", "alleged"),
                                         "ACCUSE", accused)


def test_an_occasion_held_is_no_custody(nlp):
    text = "A state funeral was held for the former general on Friday."
    assert checks.held_occasion(word(nlp, text, "held"), "COERCE")
    assert not checks.held_occasion(word(nlp, "Two journalists were held by the militia.", "held"), "COERCE")
    assert not any(e.type == "COERCE" for e in events(nlp, text))


def test_a_situation_is_no_actor(nlp):
    assert checks.abstract_actor(word(nlp, "The large amount of praise helped the family.", "amount"))
    assert not checks.abstract_actor(word(nlp, "The army attacked the town.", "army"))


def test_a_place_of_an_address_is_no_actor(nlp):
    text = "Maria Lopez, a teacher from Springfield, Illinois, criticised the ruling."
    assert checks.address_place(word(nlp, text, "Illinois"))
    assert not checks.address_place(word(nlp, "Germany criticised the ruling.", "Germany"))


def test_a_time_is_no_target(nlp):
    assert checks.time_target(word(nlp, "The protest began at 9 p.m. on Friday.", "p.m."))
    assert not checks.time_target(word(nlp, "Police arrested the mayor on Friday.", "mayor"))
    assert not checks.time_target(None)


def test_the_accused_of_an_allegation_is_its_clause_subject(nlp):
    tables = event_tables.load()
    text = "The governor alleged the government is hiding the true figures."
    assert checks.alleged_party(word(nlp, text, "alleged"), "ACCUSE", tables).text == "government"
    drank = "Friends alleged he drank poisoned tea."
    assert checks.alleged_party(word(nlp, drank, "alleged"), "ACCUSE", tables) is None
    assert checks.alleged_party(word(nlp, "Friends alleged the writer was poisoned.", "alleged"),
                                "ACCUSE", tables) is None


def test_going_on_with_a_claim_is_saying(nlp):
    assert checks.continued_saying(word(nlp, "The mayor continued his claims about the vote.", "continued"))
    assert not checks.continued_saying(word(nlp, "The army continued its attacks on the town.", "continued"))


def test_firing_a_post_holder_is_no_assault(nlp):
    assert checks.dismissed_holder(word(nlp, "The board fired its chief executive on Monday.", "fired"), "ASSAULT")
    assert checks.dismissed_holder(word(nlp, "Fans asked the club to fire Smith.", "fire"), "ASSAULT")
    assert not checks.dismissed_holder(word(nlp, "Soldiers fired rockets at the village.", "fired"), "ASSAULT")
    assert not checks.dismissed_holder(word(nlp, "Police fired on the protesters.", "fired"), "ASSAULT")


def test_one_arrested_is_of_the_arresting_country(nlp):
    assert checks.custody_country("COERCE", "arrest", "GBR") == "GBR"
    assert checks.custody_country("COERCE", "arrest", "IGO") is None
    assert checks.custody_country("ASSAULT", None, "GBR") is None


def test_sides_facing_each_other_in_a_game_play(nlp):
    assert checks.played_match(word(nlp, "In the final game of the day, Chile faced Peru at the new stadium.", "faced"),
                               "CONSULT")
    assert not checks.played_match(word(nlp, "The foreign minister met his Chinese counterpart in Beijing.", "met"),
                                   "CONSULT")



def _first(nlp, text, w):
    doc = nlp(text)
    return next(t for t in doc if t.text == w)


def test_a_named_storm_or_a_disease_told_as_it_is_no_actor(nlp):
    storm = "Typhoon Mirela struck the coast on Monday. It also blocked roads in the north."
    assert checks.hazard_actor(_first(nlp, storm, "It"))
    assert checks.hazard_actor(_first(nlp, "Typhoon Mirela hit the islands. Mirela flooded the towns.", "Mirela"))
    virus = "The new virus first appeared in the port city. Officials said it has killed four people."
    assert checks.hazard_actor(_first(nlp, virus, "it"))
    army = "The army entered the town on Monday. Officials said it has killed four people."
    assert not checks.hazard_actor(_first(nlp, army, "it"))


def test_a_disease_fought_is_no_actor_but_a_fire_opened_is_an_act(nlp):
    assert checks.hazard_target(word(nlp, "The ministers have challenged corona in public.", "challenged"))
    assert not checks.hazard_target(word(nlp, "Police opened fire on the crowd.", "opened"))
    assert not checks.hazard_target(word(nlp, "The ministers have challenged the ruling in court.", "challenged"))


def test_an_animal_does_no_political_act(nlp):
    rats = "The scientists studied rats not wanting to hurt other rats."
    assert checks.animal_doer(word(nlp, rats, "hurt"), word(nlp, rats, "scientists"))
    dog = "The dog bit a postman."
    assert checks.animal_doer(word(nlp, dog, "bit"), word(nlp, dog, "dog"))
    army = "The army attacked the village."
    assert not checks.animal_doer(word(nlp, army, "attacked"), word(nlp, army, "army"))


def test_harm_that_follows_a_crash_is_no_assault(nlp):
    crash = "The driver struck a group of motorcycles on the road, killing five riders."
    assert checks.crash_aftermath(word(nlp, crash, "killing"))
    raid = "The gunmen stormed the hotel, killing five guests."
    assert not checks.crash_aftermath(word(nlp, raid, "killing"))


def test_play_in_a_game_is_no_assault(nlp):
    game = "Spain started the game with attacking style against Italy."
    assert checks.game_play(word(nlp, game, "attacking"), "ASSAULT")
    assert not checks.game_play(word(nlp, "Police attacked fans at the stadium.", "attacked"), "ASSAULT")


def test_schooling_is_no_inquiry(nlp):
    assert checks.schooling(word(nlp, "She met him while studying at the Institute of Technology.", "studying"))
    assert checks.schooling(word(nlp, "He attended law school in Boston.", "attended"))
    assert not checks.schooling(word(nlp, "The minister attended the summit in Paris.", "attended"))
    assert not checks.schooling(word(nlp, "The commission will study the role of the army.", "study"))


def test_a_distinction_received_is_no_aid(nlp):
    assert checks.honour_received(word(nlp, "He received the Order of Merit, the highest honour, for his work.",
                                       "received"))
    assert checks.honour_received(word(nlp, "The senator received 400 votes.", "received"))
    assert not checks.honour_received(word(nlp, "The rebels received weapons from Iran.", "received"))


def test_a_candidacy_is_no_accusation(nlp):
    assert checks.candidacy(word(nlp, "Smith competed for the post against Jones.", "competed"))
    assert checks.candidacy(word(nlp, "She sought the party's presidential nomination in 2019.", "sought"))
    assert not checks.candidacy(word(nlp, "The rebels ran the town for a year.", "ran"))
    assert not checks.candidacy(word(nlp, "The country sought military aid from its neighbours.", "sought"))


def test_a_politicians_own_rally_is_no_protest(nlp):
    own = "In May, Smith held his first rally in Ohio."
    assert checks.own_rally(word(nlp, own, "held"), "PROTEST", word(nlp, own, "Smith"))
    crowd = "Protesters held a rally outside parliament."
    assert not checks.own_rally(word(nlp, crowd, "held"), "PROTEST", word(nlp, crowd, "Protesters"))


def test_a_vote_a_day_celebrated_and_a_ruling_issued_are_no_acts(nlp):
    assert checks.vote(word(nlp, "The senators voted against the war in 2002.", "voted"))
    assert not checks.vote(word(nlp, "The senators rejected the war in 2002.", "rejected"))
    assert checks.celebration(word(nlp, "The city celebrated the tenth anniversary of the fair.", "celebrated"))
    assert not checks.celebration(word(nlp, "Hamas celebrated the attack on the city.", "celebrated"))
    assert checks.issued_paper(word(nlp, "The county issued an evacuation order to residents.", "issued"))
    assert checks.issued_paper(word(nlp, "The court issued a ruling on the case.", "issued"))
    assert not checks.issued_paper(word(nlp, "The court issued an arrest warrant for the minister.", "issued"))


def test_a_purpose_or_a_question_is_not_reported_as_done(nlp):
    assert checks.purpose_clause(word(nlp, "The group paid the gang to kill the judge.", "kill"))
    assert not checks.purpose_clause(word(nlp, "Several countries cited security concerns to impose bans on veils.",
                                          "impose"))
    assert not checks.purpose_clause(word(nlp, "The army killed the judge.", "killed"))
    assert checks.embedded_question(word(nlp, "He would not say whether he supported the plan.", "supported"))
    assert not checks.embedded_question(word(nlp, "He said he supported the plan.", "supported"))


def test_the_coder_codes_no_event_of_a_storm_or_a_vote(nlp):
    storm = "Typhoon Mirela struck the coast on Monday. It also blocked roads and forced villagers to leave."
    assert not [e for e in events(nlp, storm) if e.trigger and e.trigger.text == "blocked"]
    assert not [e for e in events(nlp, "The senators voted against the war in Iraq.") if e.trigger
                and e.trigger.text == "voted"]


def test_a_source_cited_and_a_post_served_are_no_cooperation(nlp):
    assert checks.according_to(word(nlp, "One child was, according to the fire service, among the dead.", "according"))
    assert not checks.according_to(word(nlp, "The two armies cooperated in the north.", "cooperated"))
    assert checks.service(word(nlp, "He served eight years as the mayor of the city.", "served"))
    assert checks.service(word(nlp, "She served in the army during the war.", "served"))
    assert not checks.service(word(nlp, "Norway served as a mediator between the two sides.", "served"))
    assert checks.service(word(nlp, "He served on the Central Bank for ten years.", "served"))


def test_a_retirement_a_ruling_and_a_wish_are_no_acts(nlp):
    assert checks.retirement(word(nlp, "The judge retired from the court in 2010.", "retired"))
    assert checks.court_ruling(word(nlp, "The court ruled the law was unlawful.", "ruled"))
    assert not checks.court_ruling(word(nlp, "Iran ruled out talks with the United States.", "ruled"))
    assert checks.state_of_mind(word(nlp, "The rebels want foreign troops to leave.", "want"))
    assert not checks.state_of_mind(word(nlp, "The rebels attacked foreign troops.", "attacked"))
    assert checks.service(word(nlp, "She served as one of the advisers of the king.", "served"))


def test_a_feeling_shown_and_a_state_expressed_are_no_acts(nlp):
    assert checks.feeling_shown(word(nlp, "The minister wept when the verdict was read.", "wept"))
    assert not checks.feeling_shown(word(nlp, "The minister attacked the verdict.", "attacked"))
    assert checks.expressed_state(word(nlp, "The mayor expressed interest in more funding.", "expressed"))
    assert not checks.expressed_state(word(nlp, "The mayor expressed anger at the council.", "expressed"))


def test_a_required_possible_or_supposed_act_is_not_reported_as_done(nlp):
    text = "The bill must be approved by the Senate and it must be signed by the governor."
    assert checks.modal_act(word(nlp, text, "signed"), "SUPPORT")
    text = "The deputy takes office if the mayor is killed."
    assert checks.modal_act(word(nlp, text, "killed"), "ASSAULT")
    assert not checks.modal_act(word(nlp, "The governor signed the bill.", "signed"), "SUPPORT")
    # a demand reported is a REQUEST
    assert not checks.modal_act(word(nlp, "The council said the army must leave the town.", "leave"), "REQUEST")


def test_a_standing_state_is_no_act(nlp):
    assert checks.standing_state(word(nlp, "The party is banned in the country.", "banned"), "COERCE")
    assert checks.standing_state(word(nlp, "The militia currently occupies the valley.", "occupies"), "COERCE")
    assert not checks.standing_state(word(nlp, "The government banned the party.", "banned"), "COERCE")
    assert not checks.standing_state(word(nlp, "The government has banned the party.", "banned"), "COERCE")
    assert not checks.standing_state(word(nlp, "We condemn the attack on the embassy.", "condemn"), "ACCUSE")


def test_a_start_a_lead_and_a_cause_are_no_acts(nlp):
    assert checks.aspect_verb(word(nlp, "Last year the country started supporting the rebels.", "started"))
    assert not checks.aspect_verb(word(nlp, "The country started a war with its neighbour.", "started"))
    assert checks.lead_not_led(word(nlp, "The senator led in the polls for months.", "led"))
    assert checks.lead_not_led(word(nlp, "The talks led to a ceasefire.", "led"))
    assert not checks.lead_not_led(word(nlp, "The priest led the protest through the city.", "led"))


def test_the_outlet_and_a_festival_are_no_actors(nlp):
    outlet = checks.reporting_outlet("https://en.wikinews.org/wiki/Example")
    assert outlet == "wikinews" and checks.reporting_outlet("https://www.bbc.co.uk/news/x") == "bbc"
    assert checks.newsgathering(word(nlp, "Wikinews contacted the candidates by email.", "Wikinews"), outlet)
    assert not checks.newsgathering(word(nlp, "Reuters contacted the candidates by email.", "Reuters"), outlet)
    assert not checks.newsgathering(word(nlp, "Wikinews contacted the candidates by email.", "Wikinews"), None)
    assert checks.occasion_actor(word(nlp, "Springfield Expo 2021 returned to the city in May.", "Expo"))
    assert checks.occasion_actor(word(nlp, "The festival returned to the city in May.", "festival"))
    assert not checks.occasion_actor(word(nlp, "The president returned to the city in May.", "president"))


def test_the_no_event_checks_leave_real_acts_of_other_news(nlp):
    # a hazard only when it is what is fought: criticism "on the virus" is an act
    assert not checks.hazard_target(word(nlp, "The minister criticised China on the virus.", "criticised"))
    assert checks.hazard_target(word(nlp, "The ministers have challenged the virus.", "challenged"))
    # a crash's harm only when a vehicle or its driver struck: a missile striking a bus is an attack
    assert not checks.crash_aftermath(word(nlp, "A missile struck a bus, killing 20 civilians.", "killing"))
    assert checks.crash_aftermath(word(nlp, "The driver struck a bus, killing 20 passengers.", "killing"))
    # a headline's present tells an act; "currently" a state
    assert not checks.standing_state(word(nlp, "Israel strikes Gaza.", "strikes"), "ASSAULT")
    assert checks.standing_state(word(nlp, "The republic currently occupies the town.", "occupies"), "COERCE")
    # only a court rules on the law
    assert not checks.court_ruling(word(nlp, "The junta ruled the country by decree.", "ruled"))
    assert checks.court_ruling(word(nlp, "The Supreme Court ruled on the appeal.", "ruled"))


def test_one_carried_to_hospital_is_not_seized(nlp):
    text = "The minister was taken ill on Monday and taken to hospital."
    assert checks.taken_for_care(word(nlp, text, "ill").head)
    assert checks.taken_for_care(word(nlp, "The injured guard was rushed to a clinic.", "rushed"))
    assert not checks.taken_for_care(word(nlp, "The suspect was taken to a police station.", "taken"))
    assert not checks.taken_for_care(word(nlp, "Rebels took hostages to a clinic in Aleppo.", "took"))
    assert not any(e.type == "COERCE" for e in events(nlp, text))


def test_a_retreat_from_ones_own_goal_is_no_retreat(nlp):
    text = "The republic, which has retreated from a previous goal of annexing the valley, spoke."
    assert checks.abandoned_aim(word(nlp, text, "retreated"), "RETREAT")
    assert not checks.abandoned_aim(word(nlp, "The rebels retreated from the city.", "retreated"), "RETREAT")
    assert checks.abandoned_aim(word(nlp, "The party retreated from its pledge.", "retreated"), "RETREAT")
    assert not checks.abandoned_aim(word(nlp, "The US withdrew from the nuclear plan.", "withdrew"), "RETREAT")
    assert not checks.abandoned_aim(word(nlp, text, "retreated"), "ASSAULT")


def test_a_county_under_a_storm_warning_is_not_in_custody(nlp):
    text = "The forecasters placed the county under a tropical storm warning."
    assert checks.alert_issued(word(nlp, text, "placed"))
    assert not checks.alert_issued(word(nlp, "Police placed the mayor under arrest.", "placed"))
    assert not checks.alert_issued(word(nlp, "Police placed the dissident under close watch.", "placed"))
    assert checks.alert_issued(word(nlp, "Forecasters placed the coast under a hurricane watch.", "placed"))
    assert not any(e.type == "COERCE" for e in events(nlp, text))


def test_a_requirement_met_is_no_meeting(nlp):
    text = "As a visitor, the student does not meet the requirement."
    assert checks.met_standard(word(nlp, text, "meet"))
    assert not checks.met_standard(word(nlp, "The president will meet the premier in Rome.", "meet"))
    assert not any(e.type in ("REJECT", "CONSULT") for e in events(nlp, text))


def test_an_act_one_likes_doing_is_a_habit(nlp):
    text = "The senator said the general likes dropping bombs on villages, and killing them."
    assert checks.liked_act(word(nlp, text, "killing"))
    assert checks.liked_act(word(nlp, text, "dropping"))
    assert not checks.liked_act(word(nlp, "The general ordered troops to bomb the villages.", "bomb"))
    assert not checks.liked_act(word(nlp, "The minister would like to meet the Chinese premier.", "meet"))
    assert not checks.liked_act(word(nlp, "The envoy prefers to negotiate with the rebels.", "negotiate"))


def test_leaving_a_race_is_a_candidacy(nlp):
    assert checks.candidacy(word(nlp, "The senator withdrew her name from consideration for the post.", "withdrew"))
    assert checks.candidacy(word(nlp, "The governor dropped out of the race on Monday.", "dropped"))
    assert not checks.candidacy(word(nlp, "The army withdrew from the border town.", "withdrew"))
    assert not checks.candidacy(word(nlp, "The opposition pulled out of the election.", "pulled"))
    assert checks.candidacy(word(nlp, "The senator pulled out of the election.", "pulled"))
    assert checks.candidacy(word(nlp, "She pulled out of the ballot in March.", "pulled"))


def test_an_attempt_is_coded_on_the_act_tried(nlp):
    assert checks.aspect_verb(word(nlp, "The president sought to tie the number of judges to age.", "sought"))
    assert not checks.aspect_verb(word(nlp, "The family sought asylum in Canada.", "sought"))


def test_a_disease_fought_under_a_joined_verb_is_no_fight(nlp):
    text = "The boy had battled and overcome leukemia."
    assert checks.hazard_target(word(nlp, text, "battled"))
    assert not checks.hazard_target(word(nlp, "The troops battled and defeated the rebels.", "battled"))


def test_a_win_over_a_rival_at_the_polls_is_no_force(nlp):
    text = "He said he was the candidate best placed to win the election and beat Jane Doe."
    assert checks.won_over_rival(word(nlp, text, "beat"))
    assert not any(e.type == "ASSAULT" for e in events(nlp, text))
    upset = "Smith is campaigning across the state in hopes of upsetting his rival in the primary."
    assert checks.won_over_rival(word(nlp, upset, "upsetting"))
    assert not checks.won_over_rival(word(nlp, "Police beat the protesters outside the ministry.", "beat"))
    assert not checks.won_over_rival(word(nlp, "Soldiers beat John Smith in the street.", "beat"))


def test_a_rally_named_with_its_holder_or_rallying_behind_is_no_protest(nlp):
    own = "Not everyone at Hillary Smith's rally in Los Angeles saw her as a change agent."
    assert checks.own_rally(word(nlp, own, "rally"), "PROTEST", word(nlp, own, "Smith"))
    behind = "Many donors had rallied around the senator's opponents."
    assert checks.own_rally(word(nlp, behind, "rallied"), "PROTEST", word(nlp, behind, "donors"))
    crowd = "Thousands rallied outside the parliament against the new law."
    assert not checks.own_rally(word(nlp, crowd, "rallied"), "PROTEST", word(nlp, crowd, "Thousands"))


def test_a_decision_or_a_scandal_is_no_actor(nlp):
    assert checks.abstract_actor(word(nlp, "The agency's decision will increase the pressure on her.", "decision"))
    assert checks.abstract_actor(word(nlp, "He knows this scandal will hurt him.", "scandal"))
    assert not checks.abstract_actor(word(nlp, "The committee will increase the pressure on her.", "committee"))


def test_a_rally_named_as_a_venue_is_no_protest(nlp):
    text = "The senator said it on Wednesday at a Texas rally."
    rally = word(nlp, text, "rally")
    assert checks.campaign_stop(rally, word(nlp, text, "Texas"))
    assert not [e for e in events(nlp, text) if e.type == "PROTEST"]
    kept = "Police fired tear gas at protesters at a Moscow rally."
    assert not checks.campaign_stop(word(nlp, kept, "rally"), word(nlp, kept, "Moscow"))
    against = "Jones invited Smith to a Capitol Hill rally against the new treaty."
    assert [e for e in events(nlp, against) if e.type == "PROTEST"]


def test_rallying_supporters_is_campaigning(nlp):
    assert checks.rallied_followers(word(nlp, "The mayor's aide rallied supporters on Monday.", "rallied"))
    assert not events(nlp, "The mayor's aide rallied supporters on Monday.")
    assert not checks.rallied_followers(word(nlp, "Stocks rallied on Monday.", "rallied"))


def test_a_rally_held_by_a_candidate_told_as_he_is_his_own(nlp):
    text = "He is holding a rally in Denver on Thursday instead."
    assert not [e for e in events(nlp, text) if e.type == "PROTEST"]


def test_a_rival_for_office_is_no_accusation_nor_assault(nlp):
    for text, verb in (("She will be challenging incumbent Rep. Tom Miller.", "challenging"),
                       ("Anna Ortiz is battling Rep. Joe Smith in Ohio for the seat.", "battling"),
                       ("She will now face Democrat Sam Green in November in the race.", "face")):
        assert checks.electoral_rival(word(nlp, text, verb)), text
        assert not events(nlp, text), text
    reproach = "Sen. Jones challenged Sen. Smith on health care."
    assert not checks.electoral_rival(word(nlp, reproach, "challenged"))
    assert not checks.electoral_rival(word(nlp, "The rebels battled government troops in the north.", "battled"))


def test_a_direct_question_reports_no_act(nlp):
    assert checks.direct_question(word(nlp, "Why's he attacking me?", "attacking"))
    assert not events(nlp, "Why's he attacking me?")
    assert not checks.direct_question(word(nlp, "He attacked the guard.", "attacked"))


def test_a_fund_raiser_or_a_hope_held_is_no_custody(nlp):
    text = "Mr. Baker held a fund-raiser for the senator at his home."
    assert checks.held_occasion(word(nlp, text, "held"), "COERCE")
    assert checks.held_occasion(word(nlp, "The farmer holds little hope for a deal.", "holds"), "COERCE")
    assert not checks.held_occasion(word(nlp, "Police held the suspect for a while.", "held"), "COERCE")


def test_a_fight_before_an_election_is_no_contest(nlp):
    text = "Israeli troops fought Hamas in Gaza ahead of the election."
    assert not checks.electoral_rival(word(nlp, text, "fought"))
    assert [e for e in events(nlp, text) if e.type == "ASSAULT"]


def test_a_challenge_to_do_something_is_no_candidacy(nlp):
    text = "Sen. Lee challenged Rep. Jones to release his tax returns."
    assert not checks.electoral_rival(word(nlp, text, "challenged"))
    assert [e for e in events(nlp, text) if e.type == "ACCUSE"]


def test_protesters_rallied_are_no_supporters(nlp):
    text = "Opposition leader Navalny rallied thousands of protesters in Moscow."
    assert not checks.rallied_followers(word(nlp, text, "rallied"))
    assert [e for e in events(nlp, text) if e.type == "PROTEST"]
    assert checks.rallied_followers(word(nlp, "The mayor rallied thousands of supporters in Ohio.", "rallied"))


def test_a_rally_people_gathered_at_is_a_protest(nlp):
    text = "Thousands of people gathered at a Navalny rally in Moscow on Saturday."
    assert not checks.campaign_stop(word(nlp, text, "rally"), word(nlp, text, "Navalny"))
    assert [e for e in events(nlp, text) if e.type == "PROTEST"]


def test_a_tag_question_leaves_the_told_clause(nlp):
    text = "Russia invaded Ukraine, and who can blame them?"
    assert not checks.direct_question(word(nlp, text, "invaded"))
    assert checks.direct_question(word(nlp, text, "blame"))
    assert [e for e in events(nlp, text) if e.type == "ASSAULT"]


def test_a_trip_at_home_is_no_meeting_but_a_visit_abroad_or_a_meeting_is(nlp):
    text = "Senator Bernie Sanders visited Missouri on Saturday, holding a rally in Springfield."
    assert checks.trip_destination(word(nlp, text, "visited"), "CONSULT").text == "Missouri"
    assert not any(e.trigger.text == "visited" for e in events(nlp, text))
    head = "Senator Ted Cruz will head to New Hampshire next week."
    assert not any(e.trigger.text == "head" for e in events(nlp, head))
    assert not any(e.trigger.text == "made" for e in events(nlp, "Senator Ted Cruz made stops in Ohio and Iowa."))
    # a meeting in the verb's own words, or a person visited: no place
    met = "He traveled to Florida to meet with Governor Rick Scott."
    assert checks.trip_destination(word(nlp, met, "traveled"), "CONSULT") is None
    assert checks.trip_destination(word(nlp, "The mayor visited the family of the victim.", "visited"),
                                   "CONSULT") is None
    toured = "President Obama toured the damage with Governor Chris Christie."
    assert checks.trip_destination(word(nlp, toured, "toured"), "CONSULT") is None
    # a visit abroad and a summit stay CONSULT
    abroad = [e for e in events(nlp, "President Obama visited China on Monday.") if e.trigger.text == "visited"]
    assert abroad and abroad[0].type == "CONSULT"
    summit = "The leaders of France and Germany held a summit in Paris."
    assert any(e.type == "CONSULT" for e in events(nlp, summit))
    assert checks.trip_destination(word(nlp, summit, "held"), "CONSULT") is None


def test_what_voters_back_or_think_is_no_act(nlp):
    text = "Those voters view the senator with skepticism."
    assert checks.electorate_actor("ACCUSE", word(nlp, text, "voters"), word(nlp, text, "view"))
    assert not any(e.trigger.text == "view" for e in events(nlp, text))
    text = "Angry voters protested outside the office."
    assert not checks.electorate_actor("PROTEST", word(nlp, text, "voters"), word(nlp, text, "protested"))
    text = "The senator supported the bill."
    assert not checks.electorate_actor("SUPPORT", word(nlp, text, "senator"), word(nlp, text, "supported"))
    assert "REJECT" not in types_of(nlp, "Voters rejected the senator's plan.")  # a poll's answer


def types_of(nlp, text):
    return [e.type for e in find_events(nlp(text), "x", gated=False, dyadic=False)]


def test_a_trip_for_talks_or_to_a_region_of_no_known_country_is_a_meeting(nlp):
    assert "CONSULT" in types_of(nlp, "The prime minister traveled to Scotland for talks with Sturgeon.")
    assert "CONSULT" in types_of(nlp, "Blinken traveled to the region for talks with Israeli leaders.")
    assert "CONSULT" not in types_of(nlp, "Sanders visited Missouri on Saturday.")
    # talks named elsewhere in the sentence make no meeting of the trip
    assert "CONSULT" not in types_of(nlp, "The president traveled to Iowa after talks with Democrats collapsed.")


def test_what_voters_demand_or_reject_is_an_act(nlp):
    assert "REQUEST" in types_of(nlp, "Voters demanded the resignation of the mayor.")
    assert "REJECT" in types_of(nlp, "Voters rejected the new constitution in a referendum.")


def test_a_visit_to_a_hospital_or_to_the_sick_meets_no_host(nlp):
    assert checks.care_visit(word(nlp, "The president flew to the city, visiting the wounded in hospital.",
                                  "visiting"), "CONSULT")
    assert checks.care_visit(word(nlp, "The president's visit to Walter Reed Hospital was brief.", "visit"),
                             "CONSULT")
    assert checks.care_visit(word(nlp, "The president refused to visit the hospital in Paris.", "refused"),
                             "REJECT")
    assert not checks.care_visit(word(nlp, "The French president visited the Iranian minister at the hospital.",
                                      "visited"), "CONSULT")
    assert not any(e.type == "CONSULT" for e in events(nlp, "The Russian president visited the wounded in hospital."))
    assert any(e.type == "CONSULT" for e in events(nlp, "The Iranian foreign minister visited China."))


def test_a_visit_to_one_sick_or_injured_official_is_a_meeting(nlp):
    assert not checks.care_visit(word(nlp, "The Iranian president visited the sick king in hospital.", "visited"),
                                 "CONSULT")
    assert not checks.care_visit(word(nlp, "The French president visited the injured Iranian minister.",
                                      "visited"), "CONSULT")
    assert checks.care_visit(word(nlp, "The French president visited the wounded soldiers in Kabul.", "visited"),
                             "CONSULT")


def test_halting_ones_own_campaign_is_a_candidacy(nlp):
    assert checks.halted_candidacy(word(nlp, "The two governors said they will suspend their campaigns.", "suspend"))
    assert checks.halted_candidacy(word(nlp, "The senator ended his bid on Monday.", "ended"))
    assert not checks.halted_candidacy(word(nlp, "The group suspended the bombing campaign.", "suspended"))
    assert not checks.halted_candidacy(word(nlp, "The league suspended the player for a year.", "suspended"))
