"""Verbal events aimed at an actor (extract/events/verbal.py): each rule on small made-up sentences,
asked of the trigger word's token, and the coder's events where the rule decides them."""
from __future__ import annotations

from onrecord.extract.events import tables as event_tables
from onrecord.extract.events import verbal
from onrecord.extract.events.coder import find_events


def word(nlp, text, trigger):
    return next(t for t in nlp(text) if t.text == trigger)


def kinds(nlp, text, gated=False, dyadic=False):
    return {(e.type, e.trigger.text) for e in find_events(nlp(text), "t", "2020-05-05", gated=gated, dyadic=dyadic)}


def test_an_appeal_to_the_public_is_no_request(nlp):
    assert verbal.public_addressee(word(nlp, "The senator urged voters to turn out on Tuesday.", "urged"), None)
    assert verbal.public_addressee(word(nlp, "The governor urged residents to leave the coast.", "urged"), None)
    assert not verbal.public_addressee(word(nlp, "The president urged Iran to free the sailors.", "urged"), None)
    assert not any(k == "REQUEST" for k, _ in kinds(nlp, "The senator urged voters to turn out on Tuesday."))


def test_a_stance_held_is_no_event(nlp):
    assert verbal.standing_position(word(nlp, "The prime minister opposes the new trade pact.", "opposes"))
    assert verbal.standing_position(word(nlp, "Brazil does not recognise the breakaway republic.", "recognise"))
    assert verbal.standing_position(word(nlp, "The minister has long supported the rebels.", "supported"))
    assert not verbal.standing_position(word(nlp, "Germany recognised Kosovo on Monday.", "recognised"))
    assert not verbal.standing_position(word(nlp, "France will support the rebels.", "support"))


def test_a_thing_is_no_target_of_a_verbal_event(nlp):
    tables = event_tables.load()
    target = word(nlp, "Democrats pushed for more funding to avoid voter disenfranchisement.", "disenfranchisement")
    assert verbal.thing_target(target, tables)
    assert verbal.thing_target(word(nlp, "The country offered military assistance.", "assistance"), tables)
    assert not verbal.thing_target(word(nlp, "The party criticised Smith's creation of a new tax.", "creation"), tables)
    assert not verbal.thing_target(word(nlp, "She thanked the delegation.", "delegation"), tables)
    assert not verbal.thing_target(word(nlp, "She thanked the administration.", "administration"), tables)


def test_the_addressee_the_parse_names(nlp):
    found = verbal.named_addressee(word(nlp, "The president congratulated Pelosi on her victory.", "congratulated"))
    assert found is not None and found.text == "Pelosi"
    found = verbal.named_addressee(word(nlp, "The former mayor endorsed his old rival, Joe Biden.", "endorsed"))
    assert found is not None and found.text == "Biden"
    found = verbal.named_addressee(word(nlp, "The country offered military assistance to Indonesia.", "offered"))
    assert found is not None and found.text == "Indonesia"
    assert verbal.named_addressee(word(nlp, "The party praised the new tax.", "praised")) is None


def test_an_opinion_on_a_policy_that_names_no_one_is_no_event(nlp):
    tables = event_tables.load()
    assert verbal.unaimed_position(word(nlp, "The senator backed the policy on Monday.", "backed"), tables)
    assert verbal.unaimed_position(word(nlp, "The party praised the report.", "praised"), tables)
    assert verbal.unaimed_position(word(nlp, "The mayor expressed support for term limits.", "expressed"), tables)
    assert not verbal.unaimed_position(word(nlp, "Rebels rejected a Senegalese peace plan.", "rejected"), tables)
    assert not verbal.unaimed_position(word(nlp, "The leader criticised the government's policy.", "criticised"),
                                       tables)
    assert not verbal.unaimed_position(word(nlp, "The mayor expressed support for the protesters.", "expressed"),
                                       tables)
    assert not any(k == "SUPPORT" for k, _ in kinds(nlp, "The senator backed the policy on Monday."))


def test_a_question_asked_is_no_request(nlp):
    assert verbal.asked_question(word(nlp, "The minister asked officials how the files ended up on a road.", "asked"))
    assert verbal.asked_question(word(nlp, "She asked whether the plan was legal.", "asked"))
    assert not verbal.asked_question(word(nlp, "The government asked the judge to delay his ruling.", "asked"))


def test_a_call_that_names_or_declares_is_no_request(nlp):
    assert verbal.naming_call(word(nlp, "The news agency also called Nevada for the senator on Saturday.", "called"))
    assert verbal.naming_call(word(nlp, "The mayor called the governor a liar.", "called"))
    assert not verbal.naming_call(word(nlp, "Russia called for a ceasefire.", "called"))
    assert not verbal.naming_call(word(nlp, "The union called on the government to resign.", "called"))


def test_a_demand_of_a_thing_or_of_oneself_asks_no_actor(nlp):
    tables = event_tables.load()
    assert verbal.demand_of_no_actor(word(nlp, "The party said the election should decide it.", "decide"), tables)
    assert verbal.demand_of_no_actor(word(nlp, "The speaker ordered the flags be lowered.", "ordered"), tables)
    assert verbal.demand_of_no_actor(word(nlp, "He said we must finish the work.", "finish"), tables)
    assert not verbal.demand_of_no_actor(word(nlp, "He said British forces must leave the city.", "leave"), tables)
    assert not verbal.demand_of_no_actor(word(nlp, "Spain said the government must resign.", "resign"), tables)


def test_verbs_of_reproach_and_urging_fix_the_type(nlp):
    assert verbal.retyped(word(nlp, "Critics accused the minister of a delay.", "accused"), "REJECT", None) \
        == ("ACCUSE", "disapprove")
    assert verbal.retyped(word(nlp, "The envoy encouraged the agency to release the files.", "encouraged"),
                          "SUPPORT", None) == ("REQUEST", None)
    assert verbal.retyped(word(nlp, "The envoy encouraged the talks.", "encouraged"), "SUPPORT", None) \
        == ("SUPPORT", None)
    assert verbal.retyped(word(nlp, "Troops attacked the town.", "attacked"), "ASSAULT", None) == ("ASSAULT", None)


def test_a_preference_or_a_need_is_a_position(nlp):
    assert verbal.standing_position(word(nlp, "She said she would prefer that the talks wait.", "prefer"))
    assert verbal.standing_position(word(nlp, "The agency needs to be involved.", "needs"))


def test_an_act_inside_a_standing_rule_is_no_act(nlp):
    text = "The department maintains a policy of not charging a sitting president."
    assert verbal.standing_rule(word(nlp, text, "charging"))
    assert not verbal.standing_rule(word(nlp, "The department charged the former president.", "charged"))


def test_denying_or_countering_what_was_said_is_no_event(nlp):
    assert verbal.rebuttal(word(nlp, "The senator countered that the rival would have lost.", "countered"))
    assert verbal.rebuttal(word(nlp, "The ministry denied the allegations.", "denied"))
    assert not verbal.rebuttal(word(nlp, "Berlin rejected the offer by the rulers of Belarus.", "rejected"))


def test_denying_a_fact_is_no_refusal(nlp):
    assert verbal.denied_fact(word(nlp, "The mayor denied the effect of the dam on the floods.", "denied"))
    assert verbal.denied_fact(word(nlp, "The minister denied any involvement in the plot.", "denied"))
    assert verbal.rebuttal(word(nlp, "The minister denied any involvement in the plot.", "denied"))
    assert not verbal.denied_fact(word(nlp, "The court denied the request for bail.", "denied"))
    assert not verbal.denied_fact(word(nlp, "Israel denied him entry at the border.", "denied"))


def test_denying_what_was_sought_is_a_refusal(nlp):
    text = "A federal judge denied the injunction sought by the Trump administration against California."
    assert not verbal.denied_fact(word(nlp, text, "denied"))
    assert ("REJECT", "denied") in kinds(nlp, text)
    text = "The Chinese government denied the loan to Sri Lanka."
    assert not verbal.rebuttal(word(nlp, text, "denied"))
    assert ("REJECT", "denied") in kinds(nlp, text)


def test_declining_to_comment_is_no_refusal(nlp):
    # the rule itself is speech_acts.declined_comment, shared with the speaker passes
    assert not any(kind == "REJECT" for kind, _ in kinds(nlp, "The spokesman declined to comment."))
    assert not any(kind == "REJECT" for kind, _ in kinds(nlp, "She refused to give any more details."))
    assert ("REJECT", "refused") in kinds(nlp, "Pakistan refused to send troops to Iraq.")


def test_defending_ones_own_decision_is_no_support(nlp):
    assert verbal.defended_own(word(nlp, "The president defended his decision.", "defended"))
    assert not verbal.defended_own(word(nlp, "France defended the Kurdish fighters.", "defended"))


def test_a_feeling_told_is_no_event(nlp):
    assert verbal.feeling(word(nlp, "The minister was disappointed by the decision.", "disappointed"))
    assert verbal.feeling(word(nlp, 'The bishop said, "I am deeply disturbed by what I saw."', "disturbed"))
    assert not verbal.feeling(word(nlp, "The decision disappointed the minister.", "disappointed"))
    assert verbal.feeling(word(nlp, "The singer was devastated when the show was cancelled.", "devastated"))


def test_making_something_known_or_enacting_a_law_is_no_event(nlp):
    assert verbal.disclosure(word(nlp, "The broadcaster revealed that the prince took the blame.", "revealed"))
    assert verbal.enacted_law(word(nlp, "The president signed the bill into law in May.", "signed"))
    assert not verbal.enacted_law(word(nlp, "The two leaders signed a treaty of friendship.", "signed"))


def test_mediation_is_consult(nlp):
    assert verbal.retyped(word(nlp, "The president mediated an end to the conflict.", "mediated"), "CONCEDE", None) \
        == ("CONSULT", "third-party")


def test_a_demand_that_a_thing_do_something_stands_for_its_makers(nlp):
    tables = event_tables.load()
    text = "The president insists that the budget include money for the wall."
    assert not verbal.demand_of_no_actor(word(nlp, text, "insists"), tables)


def test_regret_for_ones_own_mistake_is_a_concession(nlp):
    regrets = word(nlp, "The government deeply regrets this disastrous mistake.", "regrets")
    assert verbal.retyped(regrets, "ACCUSE", "disapprove") == ("CONCEDE", None)
    regretted = word(nlp, "The embassy regretted the decision of the court.", "regretted")
    assert verbal.retyped(regretted, "ACCUSE", "disapprove") == ("ACCUSE", "disapprove")


def test_an_asserted_fact_is_no_demand(nlp):
    text = "Jones insists that Smith himself asked the interns to work on the projects."
    assert verbal.asserted_fact(word(nlp, text, "insists"))
    quoted = "The mayor is very accessible to the press, the spokesman insisted on Thursday."
    assert verbal.asserted_fact(word(nlp, quoted, "insisted"))
    assert not verbal.asserted_fact(word(nlp, "He insisted that the prisoners be released.", "insisted"))
    assert not verbal.asserted_fact(word(nlp, "She insisted that the army must withdraw.", "insisted"))
    assert not verbal.asserted_fact(word(nlp, "The union insisted on new talks with the ministry.", "insisted"))


def test_regret_for_anothers_mistake_is_no_concession(nlp):
    regretted = word(nlp, "The EU deeply regretted Russia's mistake.", "regretted")
    assert verbal.retyped(regretted, "ACCUSE", "disapprove") == ("ACCUSE", "disapprove")
    regretted = word(nlp, "The ministry regretted its mistake.", "regretted")
    assert verbal.retyped(regretted, "ACCUSE", "disapprove") == ("CONCEDE", None)


def test_insisting_on_what_one_will_do_or_what_is_is_no_demand(nlp):
    assert verbal.asserted_fact(word(nlp, "The leaders have insisted they won't consider the nominee.", "insisted"))
    assert verbal.asserted_fact(word(nlp, "City police have insisted they are prepared for the crowds.", "insisted"))
    quoted = '"No, I want to be with interesting people," the candidate insisted.'
    assert verbal.asserted_fact(word(nlp, quoted, "insisted"))
    assert not verbal.asserted_fact(word(nlp, "She insisted that the army must withdraw.", "insisted"))


def test_a_campaign_that_appeals_to_the_public_is_no_demand(nlp):
    token = word(nlp, "The company launched a campaign to persuade users to update their browsers.", "launched")
    campaign = next(c for c in token.children if c.dep_ == "dobj")
    assert [t.text for t in verbal.campaign_addressees(campaign)] == ["users"]
    assert verbal.public_addressee(token, None)
    token = word(nlp, "On its website, the firm launched a campaign to persuade users to leave.", "launched")
    assert verbal.public_addressee(token, None)
    token = word(nlp, "The group launched a campaign to persuade the senator to resign.", "launched")
    assert not verbal.public_addressee(token, None)


def test_only_a_campaign_or_an_appeal_is_looked_through_to_whom_it_addresses(nlp):
    text = "Biden urged the platforms hosting users in China to resist censorship by Beijing."
    platforms = word(nlp, text, "platforms")
    assert verbal.campaign_addressees(platforms) == [platforms]
    assert not verbal.public_addressee(word(nlp, text, "urged"), None)
    assert ("REQUEST", "urged") in kinds(nlp, text)


def test_a_call_for_a_policy_with_no_one_asked_is_no_request(nlp):
    tables = event_tables.load()
    assert verbal.policy_call(word(nlp, "Democrats pushed for extra funding to avoid delays.", "pushed"), tables)
    assert verbal.policy_call(word(nlp, "She called for a redoubling of efforts on clean energy.", "called"), tables)
    assert verbal.policy_call(word(nlp, "She called for more regulation, and for raising taxes.", "called"), tables)
    assert not verbal.policy_call(word(nlp, "Russia called for a cessation of fighting.", "called"), tables)
    assert not verbal.policy_call(word(nlp, "The UN called for the release of the hostages.", "called"), tables)
    assert not verbal.policy_call(word(nlp, "The minister called for the resignation of Smith.", "called"), tables)
    assert not verbal.policy_call(word(nlp, "The EU called on Iran to free the sailors.", "called"), tables)
    assert not any(k == "REQUEST" for k, _ in kinds(nlp, "Democrats pushed for extra funding to avoid delays."))


def test_praise_of_a_thing_is_no_support(nlp):
    tables = event_tables.load()
    assert verbal.praised_thing(word(nlp, "Trump hailed the agreements as the dawn of a new era.", "hailed"), tables)
    assert verbal.praised_thing(word(nlp, "The minister praised the decision.", "praised"), tables)
    assert verbal.praised_thing(word(nlp, "He voiced support for the campaign in 2002.", "voiced"), tables)
    assert not verbal.praised_thing(word(nlp, "The president praised the army for its courage.", "praised"), tables)
    assert not verbal.praised_thing(word(nlp, "She came to back her candidate.", "back"), tables)
    assert not verbal.praised_thing(word(nlp, "Grandi welcomed the EU's financial contribution.", "welcomed"), tables)
    assert not verbal.praised_thing(word(nlp, "The United States backed the offensive.", "backed"), tables)


def test_a_request_whose_asker_is_not_named_has_no_actor(nlp):
    assert verbal.unnamed_asker(word(nlp, "Trump, when asked to condemn them, said nothing.", "asked"))
    assert verbal.unnamed_asker(word(nlp, "Asked about the plan, the governor blamed the mayor.", "Asked"))
    assert verbal.unnamed_asker(word(nlp, "He was asked to leave the country.", "asked"))
    assert not verbal.unnamed_asker(word(nlp, "He was urged by the UN to resign.", "urged"))
    assert not verbal.unnamed_asker(word(nlp, "The government asked the judge to delay his ruling.", "asked"))


def test_dismissing_a_comment_is_a_rebuttal(nlp):
    assert verbal.rebuttal(word(nlp, "The spokeswoman dismissed the comment as remote to voters.", "dismissed"))


def test_a_call_for_aid_or_an_end_to_a_conflict_stays_a_request(nlp):
    tables = event_tables.load()
    assert not verbal.policy_call(word(nlp, "Ukraine called for more weapons.", "called"), tables)
    assert not verbal.policy_call(word(nlp, "The rebels called for humanitarian aid.", "called"), tables)
    assert not verbal.policy_call(word(nlp, "Palestinians called for an end to the occupation.", "called"), tables)
    assert not verbal.policy_call(word(nlp, "The envoy called for peace.", "called"), tables)
    assert ("REQUEST", "called") in kinds(nlp, "Ukraine called for more weapons.")


def test_praise_of_what_people_did_is_support(nlp):
    tables = event_tables.load()
    assert not verbal.praised_thing(word(nlp, "The mayor praised the efforts of the volunteers.", "praised"), tables)
    assert not verbal.praised_thing(word(nlp, "The president endorsed the peace deal.", "endorsed"), tables)


def test_pressing_someone_to_act_is_a_request(nlp):
    text = "The senator tried to pressure the Ukrainian government to launch an investigation."
    assert verbal.pressed_to_act(word(nlp, text, "pressure"))
    assert verbal.retyped(word(nlp, text, "pressure"), "COERCE", None) == ("REQUEST", None)
    assert ("REQUEST", "pressure") in kinds(nlp, text)
    assert not verbal.pressed_to_act(word(nlp, "The army forced the villagers to leave.", "forced"))


def test_granting_a_fact_or_an_election_is_no_concession(nlp):
    assert verbal.granted_point(word(nlp, "The candidate conceded that his aide had touched her.", "conceded"))
    assert verbal.granted_point(word(nlp, "The president did not concede or admit defeat in the election.",
                                     "concede"))
    assert not verbal.granted_point(word(nlp, "The government conceded the town to the rebels.", "conceded"))
    assert not {k for k, w in kinds(nlp, "The president did not concede the election to his rival.")
                if w == "concede"}


def test_an_act_someone_did_not_say_was_done_is_no_event(nlp):
    text = "The prince accepted responsibility but did not say he had ordered the killing of the journalist."
    assert verbal.unsaid_act(word(nlp, text, "ordered"))
    assert not verbal.unsaid_act(word(nlp, "The rebels said they attacked the convoy.", "attacked"))
    assert not verbal.unsaid_act(word(nlp, "The minister said the army had not attacked the town.", "attacked"))
    assert ("ASSAULT", "attacked") not in kinds(nlp, "The rebels never said they attacked the convoy.")
    assert ("ASSAULT", "attacked") in kinds(nlp, "The rebels said they attacked the convoy.")


def test_an_act_whose_details_were_not_said_was_done(nlp):
    text = "The police did not say how many protesters they arrested."
    assert not verbal.unsaid_act(word(nlp, text, "arrested"))
    assert ("COERCE", "arrested") in kinds(nlp, text)
    assert ("ASSAULT", "attacked") in kinds(nlp, "The army did not say where it attacked the rebels.")
    assert verbal.unsaid_act(word(nlp, "The army did not say that it attacked the rebels.", "attacked"))


def test_an_act_refused_is_not_done(nlp):
    text = "The French president refused to visit the Iranian minister in Tehran."
    assert verbal.refused_act(word(nlp, text, "visit"))
    assert not verbal.refused_act(word(nlp, text, "refused"))
    assert not {k for k, w in kinds(nlp, text) if w == "visit"}


def test_backing_against_a_foe_is_support(nlp):
    assert verbal.backed_against_foe(word(nlp, "France began supporting the rebels against the regime.", "supporting"))
    assert verbal.backed_against_foe(word(nlp, "Ruritania backed the government against the uprising.", "backed"))
    assert not verbal.backed_against_foe(word(nlp, "The senator spoke against the bill.", "spoke"))
    assert not verbal.backed_against_foe(word(nlp, "Ruritania supported the rebels.", "supported"))
    assert ("SUPPORT", "supporting") in kinds(nlp, "France began supporting the rebels against the regime.")
    assert not any(k == "ACCUSE" for k, _ in kinds(nlp, "France began supporting the rebels against the regime."))


def test_backing_a_thing_against_a_foe_stays_a_stand_against_it(nlp):
    text = "Ruritania supported sanctions against Borduria on Monday."
    doc = nlp(text)
    foe = next(t for t in doc if t.text == "Borduria")
    assert not verbal.backed_against_foe(next(t for t in doc if t.text == "supported"), foe)
    assert ("SUPPORT", "supported") not in kinds(nlp, text)
    assert ("SUPPORT", "backed") not in kinds(nlp, "Ruritania backed the war against Borduria in 2003.")
