"""Rules that keep general news from being coded as PLOVER events: games, harm of no one's will,
attacks in words, lawsuits and verdicts, opinions, plain warnings, what has not
happened and what a law would do (made-up sentences, the real model)."""
from __future__ import annotations

from onrecord.extract.events import tables as event_tables
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.non_events import (
    act_type,
    backed_work,
    blocked_protest,
    caught_hazard,
    emergency_declaration,
    ended_protest,
    gathered_to_protest,
    hypothetical_effect,
    legal_act,
    natural_cause,
    opinion_agreement,
    ordered_closure,
    plain_warning,
    prepared_force,
    protest_demand,
    sports_context,
    staged_protest,
    swearing_in,
    unrefused_negation,
    verbal_attack,
    vowed_force,
)
from onrecord.extract.events.parties import passive_victim


def events_of(nlp, text):
    return find_events(nlp(text), "t", "2021-03-02")


def test_a_game_result_is_no_assault(nlp):
    doc = nlp("On Sunday Norway defeated Denmark 2 – 1 in the handball final.")
    assert sports_context(next(iter(doc.sents)))
    assert not [e for e in events_of(nlp, doc.text) if e.type in ("ASSAULT", "COERCE")]
    war = nlp("The army defeated the rebels near the border after a 15-25 day siege.")
    assert not sports_context(next(iter(war.sents)))


def test_a_model_number_or_a_range_is_no_score(nlp):
    doc = nlp("The Airbus A320-200 jet carried 15–25 million dollars in aid to the rebels.")
    assert not sports_context(next(iter(doc.sents)))


def test_a_storm_or_a_virus_is_no_actor(nlp):
    doc = nlp("Cyclone Maria, which killed 40 people last year, struck the island again.")
    killed = next(t for t in doc if t.lower_ == "killed")
    subject = next(c for c in killed.children if c.dep_ == "nsubj")
    assert natural_cause(subject)
    assert not [e for e in events_of(nlp, "The virus killed three villagers in Ruritania.") if e.type == "ASSAULT"]


def test_a_car_bomb_is_still_an_attack(nlp):
    doc = nlp("A car bombing killed five soldiers in the capital.")
    bombing = next(t for t in doc if t.lower_ == "bombing")
    assert not natural_cause(bombing)


def test_a_named_person_attacks_in_words(nlp):
    doc = nlp("Senator Jane Doakes attacked Governor Smith over the budget.")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    subject = next(c for c in attacked.children if c.dep_ == "nsubj")
    if subject.ent_type_ == "PERSON":  # the rule reads the parser's entity type
        assert verbal_attack(attacked, subject)
    armed = nlp("John Doakes attacked the guards with a knife.")
    attacked = next(t for t in armed if t.lower_ == "attacked")
    subject = next(c for c in attacked.children if c.dep_ == "nsubj")
    assert not verbal_attack(attacked, subject)


def test_people_in_the_plural_are_attacked_in_earnest(nlp):
    doc = nlp("John Doakes attacked passers-by and journalists outside the hall.")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    subject = next(c for c in attacked.children if c.dep_ == "nsubj")
    assert not verbal_attack(attacked, subject)


def test_a_lawsuit_is_an_accusation(nlp):
    doc = nlp("The company sued the city government over the new tax.")
    assert legal_act(next(t for t in doc if t.lower_ == "sued"), "COERCE") == ("ACCUSE", "allege")
    coded = [e for e in events_of(nlp, doc.text) if e.trigger.text == "sued"]
    assert all(e.type == "ACCUSE" for e in coded)


def test_a_verdict_is_a_sanction(nlp):
    doc = nlp("A court in Ruritania convicted the former minister of fraud.")
    assert legal_act(next(t for t in doc if t.lower_ == "convicted"), "COERCE") == ("SANCTION", "convict")
    coded = [e for e in events_of(nlp, doc.text) if e.trigger.text == "convicted"]
    assert all((e.type, e.mode) == ("SANCTION", "convict") for e in coded)


def test_an_arrest_is_coercion(nlp):
    doc = nlp("Police arrested two protesters after the riot.")
    assert legal_act(next(t for t in doc if t.lower_ == "arrested"), "ASSAULT") == ("COERCE", "arrest")
    coded = [e for e in events_of(nlp, doc.text) if e.trigger.text == "arrested"]
    assert all(e.type == "COERCE" for e in coded)


def test_a_state_of_emergency_is_no_request(nlp):
    doc = nlp("The governor declared a state of emergency before the storm.")
    assert emergency_declaration(next(t for t in doc if t.lower_ == "declared"))
    assert not [e for e in events_of(nlp, doc.text) if e.trigger.text == "declared"]
    war = nlp("Ruritania declared war on its neighbour.")
    assert not emergency_declaration(next(t for t in war if t.lower_ == "declared"))


def test_the_victim_of_a_passive_is_the_target(nlp):
    doc = nlp("The opposition leader was arrested in Cairo on Monday.")
    arrested = next(t for t in doc if t.lower_ == "arrested")
    assert passive_victim(arrested).lower_ == "leader"
    agent = nlp("The opposition leader was arrested by police in Cairo.")
    assert passive_victim(next(t for t in agent if t.lower_ == "arrested")) is None
    arrests = [e for e in events_of(nlp, doc.text) if e.trigger.text == "arrested"]
    assert arrests
    for e in arrests:
        assert "leader" not in e.actor.text and e.actor.country == "EGY"
        assert e.target is not None and "leader" in e.target.text


def test_catching_fire_is_no_seizure(nlp):
    doc = nlp("The old theatre in Ruritania caught fire on Sunday night.")
    assert caught_hazard(next(t for t in doc if t.lower_ == "caught"))
    assert not [e for e in events_of(nlp, doc.text) if e.type == "COERCE"]
    seized = nlp("Rebels seized the airport on Sunday.")
    assert not caught_hazard(next(t for t in seized if t.lower_ == "seized"))


def _verb(doc, lemma):
    return next(t for t in doc if t.lemma_.lower() == lemma)


def test_not_yet_done_or_not_intended_is_no_refusal(nlp):
    doc = nlp("The parliament has not passed the new budget.")
    assert unrefused_negation(_verb(doc, "pass"))
    assert not [e for e in events_of(nlp, doc.text) if e.type == "REJECT"]
    doc = nlp("The senator does not plan to run for governor next year.")
    assert unrefused_negation(_verb(doc, "plan"))
    refusal = nlp("Hungary will not accept the refugees.")
    assert not unrefused_negation(_verb(refusal, "accept"))


def test_agreeing_with_a_view_is_no_accord(nlp):
    doc = nlp("The provincial governor agreed, saying only one group could have done it.")
    assert opinion_agreement(_verb(doc, "agree"))
    assert not [e for e in events_of(nlp, doc.text) if e.type == "AGREE"]
    accord = nlp("Ukraine agreed to release the prisoners held by its army.")
    assert not opinion_agreement(_verb(accord, "agree"))
    both = nlp("Ruritania and Freedonia agreed on a ceasefire.")
    assert not opinion_agreement(_verb(both, "agree"))


def test_a_warning_to_no_one_is_no_threat(nlp):
    doc = nlp("The weather agency warned of heavy rain in the north.")
    assert plain_warning(_verb(doc, "warn"))
    assert not [e for e in events_of(nlp, doc.text) if e.type == "THREATEN"]
    issued = nlp("The weather agency issued a flood warning for the coast.")
    assert plain_warning(_verb(issued, "issue"))
    threat = nlp("Russia warned Ukraine that it would respond with force.")
    assert not plain_warning(_verb(threat, "warn"))


def test_what_a_law_would_do_is_no_act(nlp):
    tables = event_tables.load()
    doc = nlp("The groups filed a lawsuit over the new law, saying it would prevent many people from voting.")
    assert hypothetical_effect(_verb(doc, "prevent"), tables)
    threat = nlp("The minister said the army would attack the rebels.")
    assert not hypothetical_effect(_verb(threat, "attack"), tables)


def test_being_sworn_in_is_no_event(nlp):
    doc = nlp("On Friday the new governor was sworn in at noon.")
    assert swearing_in(_verb(doc, "swear"))
    assert not events_of(nlp, doc.text)


def test_a_work_backed_by_someone_is_no_support(nlp):
    tables = event_tables.load()
    doc = nlp("The research was supported by a private foundation and two universities.")
    assert backed_work(_verb(doc, "support"), tables)
    assert not [e for e in events_of(nlp, doc.text) if e.type == "SUPPORT"]
    backed = nlp("The rebels were supported by Iran.")
    assert not backed_work(_verb(backed, "support"), tables)


_NOW = {"future": False, "hypothetical": False, "negated": False}


def word(doc, text):
    return next(t for t in doc if t.text == text)


def retype(doc, verb, kind, flags=_NOW):
    """``act_type`` of the word ``verb`` of ``doc`` (its own actor: the rules read the verb)."""
    token = word(doc, verb)
    return act_type(token, token, kind, flags)


def test_a_meeting_held_is_consultation(nlp):
    doc = nlp("The rebel leaders met with the Ruritanian envoy in Doha on Monday.")
    assert retype(doc, "met", "AGREE", _NOW) == ("CONSULT", None)
    talks = nlp("Ruritania held talks with Borduria on Monday.")
    assert retype(talks, "held", "COERCE", _NOW) == ("CONSULT", None)
    later = nlp("The rebel leaders will meet with the Ruritanian envoy next week.")
    assert retype(later, "meet", "AGREE", {**_NOW, "future": True}) is None  # a promise
    agreed = nlp("The rebels agreed to meet with the envoy.")
    assert retype(agreed, "meet", "AGREE", _NOW) is None


def test_sanctions_imposed_are_a_sanction_and_a_ban_is_coercion(nlp):
    doc = nlp("Ruritania imposed sanctions on Borduria on Tuesday.")
    assert retype(doc, "imposed", "COERCE", _NOW) == ("SANCTION", "discontinue")
    ban = nlp("The government imposed a ban on street rallies.")
    assert retype(ban, "imposed", "SANCTION", _NOW) == ("COERCE", "restrict")


def test_contempt_is_a_charge_not_an_arrest(nlp):
    doc = nlp("The committee held the minister in contempt of parliament.")
    assert retype(doc, "held", "COERCE", _NOW) == ("ACCUSE", "allege")
    charges = nlp("Prosecutors filed charges against the mayor on Friday.")
    assert retype(charges, "filed", "COERCE") == ("ACCUSE", "allege")
    custody = nlp("Police held the suspect for questioning.")
    assert retype(custody, "held", "COERCE", _NOW) is None


def test_joining_a_protest_is_a_protest(nlp):
    doc = nlp("Thousands of students joined the protest outside the ministry.")
    assert retype(doc, "joined", "ACCUSE", _NOW) == ("PROTEST", "demo")
    strike = nlp("Dock workers staged a hunger strike in the port.")
    assert retype(strike, "staged", "ACCUSE", _NOW) == ("PROTEST", "hunger")


def test_a_staged_protest_is_an_event_whatever_the_lemma(nlp):
    doc = nlp("The opposition leader staged a week-long hunger strike in jail.")
    assert staged_protest(word(doc, "staged"))
    assert not staged_protest(word(nlp("The theatre staged a new play in June."), "staged"))


def test_a_vow_of_force_is_a_threat(nlp):
    doc = nlp("The rebels have sworn to fight until the army leaves the valley.")
    assert vowed_force(word(doc, "sworn"))
    assert retype(doc, "sworn", "ACCUSE", _NOW) == ("THREATEN", None)
    crush = nlp("The general vowed to crush the uprising.")
    assert vowed_force(word(crush, "vowed"))
    assert not vowed_force(word(nlp("The mayor vowed to fight corruption."), "vowed"))
    assert not vowed_force(word(nlp("The mayor vowed to build new schools."), "vowed"))


def test_preparing_force_is_mobilizing(nlp):
    doc = nlp("The rebel army prepared to resume shelling the northern hills.")
    assert prepared_force(word(doc, "prepared"))
    assert retype(doc, "prepared", "AGREE", _NOW) == ("MOBILIZE", "troops")
    assert not prepared_force(word(nlp("The minister prepared to sign the trade deal."), "prepared"))
    assert not prepared_force(word(nlp("The army is prepared to attack the rebels."), "prepared"))


def test_stopping_a_protest_is_coercion(nlp):
    doc = nlp("Riot police prevented the demonstration outside the parliament.")
    assert blocked_protest(word(doc, "prevented"))
    assert retype(doc, "prevented", "ACCUSE", _NOW) == ("COERCE", "restrict")
    assert not blocked_protest(word(nlp("The new law prevented the merger of the two banks."), "prevented"))


def test_ending_a_protest_is_a_concession(nlp):
    doc = nlp("The nurses' union called off its week-long strike on Monday.")
    assert ended_protest(word(doc, "called"))
    assert retype(doc, "called", "SANCTION", _NOW) == ("CONCEDE", None)
    assert not ended_protest(word(nlp("The union called a strike for Monday."), "called"))
    assert not ended_protest(word(nlp("The minister called off the talks."), "called"))


def test_an_outlet_ordered_shut_is_censorship(nlp):
    doc = nlp("The military council ordered the weekly newspaper to suspend publication.")
    assert ordered_closure(word(doc, "ordered"))
    assert retype(doc, "ordered", "REQUEST", _NOW) == ("COERCE", "censor")
    assert not ordered_closure(word(nlp("The mayor ordered the factory to close."), "ordered"))
    assert not ordered_closure(word(nlp("The editor ordered the newspaper to hire staff."), "ordered"))


def test_a_crowd_gathered_for_a_protest_protests(nlp):
    doc = nlp("Hundreds of farmers gathered outside the ministry for a protest on Friday.")
    assert gathered_to_protest(word(doc, "gathered"))
    assert retype(doc, "gathered", "CONSULT", _NOW) == ("PROTEST", "demo")
    assert not gathered_to_protest(word(nlp("Hundreds of farmers gathered for a harvest fair."), "gathered"))


def test_a_resignation_is_a_retreat(nlp):
    doc = nlp("The minister resigned in protest at the treaty.")
    assert retype(doc, "resigned", "PROTEST", _NOW) == ("RETREAT", "resign")
    later = nlp("The minister will resign next week.")
    assert retype(later, "resign", "AGREE", {**_NOW, "future": True}) == ("CONCEDE", None)


def test_the_demands_of_protesters_are_no_request(nlp):
    doc = nlp("The protesters' demands include new elections.")
    demands = word(doc, "demands")
    assert protest_demand(demands, word(doc, "protesters"))
    after = nlp("Protesters marched through the capital again. Their demands include new elections.")
    assert protest_demand(word(after, "demands"), word(after, "Their"))
    union = nlp("The union's demands include higher pay.")
    assert not protest_demand(word(union, "demands"), word(union, "union"))


def test_an_attack_on_an_inquiry_is_in_words(nlp):
    doc = nlp("Opposition lawmakers attacked the inquiry on Tuesday.")
    attacked = word(doc, "attacked")
    assert verbal_attack(attacked, next(c for c in attacked.children if c.dep_ == "nsubj"))


def test_a_protest_promised_is_a_threat(nlp):
    doc = nlp("The union promised strikes every week until the law is repealed.")
    promised = word(doc, "promised")
    assert act_type(promised, promised, "AGREE", _NOW) == ("THREATEN", None)


def test_troops_leaving_a_country_retreat(nlp):
    doc = nlp("Ruritanian troops left Borduria in 2011.")
    left = word(doc, "left")
    assert act_type(left, word(doc, "troops"), "CONSULT", _NOW) == ("RETREAT", "withdraw")
    later = nlp("The president announced the troops would be leaving Borduria.")
    assert act_type(word(later, "leaving"), word(later, "troops"), "AGREE", {**_NOW, "hypothetical": True}) \
        == ("CONCEDE", None)
    threat = nlp("Ruritania will withdraw its troops from Borduria unless the talks resume.")
    assert act_type(word(threat, "withdraw"), word(threat, "Ruritania"), "THREATEN", {**_NOW, "future": True}) is None
    tourists = nlp("The tourists left Borduria on Monday.")
    assert act_type(word(tourists, "left"), word(tourists, "tourists"), "CONSULT", _NOW) is None


def test_a_decree_that_bans_is_coercion(nlp):
    doc = nlp("The prime minister signed a decree banning masks in public offices.")
    assert retype(doc, "signed", "REQUEST") == ("COERCE", "restrict")
    relative = nlp("The governor signed a decree that bars protests near the palace.")
    assert retype(relative, "signed", "REQUEST") == ("COERCE", "restrict")
    treaty = nlp("The two leaders signed a treaty of friendship.")
    assert retype(treaty, "signed", "SUPPORT") is None


def test_violence_of_a_protest_crowd_is_a_protest(nlp):
    doc = nlp("Rioters tore down statues in the square. They vandalized the town hall.")
    vandalized = word(doc, "vandalized")
    assert act_type(vandalized, word(doc, "They"), "ASSAULT", _NOW) == ("PROTEST", "vandalize")
    group = nlp("A group of protesters surrounded the senator outside the hall.")
    assert act_type(word(group, "surrounded"), word(group, "group"), "ASSAULT", _NOW) == ("PROTEST", "riot")
    army = nlp("Soldiers surrounded the village.")
    assert act_type(word(army, "surrounded"), word(army, "Soldiers"), "ASSAULT", _NOW) is None


def test_a_magazine_attacks_in_words(nlp):
    doc = nlp("The party's magazine attacked former members of the movement.")
    attacked = word(doc, "attacked")
    assert verbal_attack(attacked, next(c for c in attacked.children if c.dep_ == "nsubj"))


def test_economic_ties_are_cooperation(nlp):
    doc = nlp("Ruritania and Borduria opened economic ties on Monday.")
    assert retype(doc, "opened", "SUPPORT") == ("COOPERATE", None)
    diplomatic = nlp("Ruritania and Borduria opened diplomatic ties on Monday.")
    assert retype(diplomatic, "opened", "SUPPORT") is None


def test_a_crowd_protesting_against_something_protests(nlp):
    # not SUPPORT (the verb table's "protest against"), nor no event: the crowd, of the place's country
    [e] = [e for e in find_events(nlp("Thousands protested against the government in Lusaka."),
                                  "t", "2020-01-01", gated=False, dyadic=False) if e.trigger.text == "protested"]
    assert e.type == "PROTEST" and (e.actor.text, e.actor.country) == ("Thousands", "ZMB")
    [e] = [e for e in find_events(nlp("Students protested against the new tax on Friday."), "t", "2020-01-01",
                                  gated=False, dyadic=False) if e.trigger.text == "protested"]
    assert e.type == "PROTEST"
