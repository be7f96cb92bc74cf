"""Who did an act and to whom (issue 17, round 21): the group that claimed an act did it, a
passive with its own "was" and "by" joined to another verb is done to that verb's subject, a noun
that counts people is the victims, and an invasion or a siege does nothing by itself."""
from event_lookup import event_at
from onrecord.extract.events.parties import claimed_doer, counted_victims, joined_agent_passive


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_the_group_that_claimed_an_act_did_it(nlp):
    e = event_at(nlp, "The ambush near the depot, claimed by the Tarvo Front, killed four guards.", "killed")
    assert e.actor.text == "the Tarvo Front"  # not an unnamed actor of the place
    doc = nlp("The bombing that was claimed by the Tarvo Front killed four guards.")
    assert claimed_doer(_word(doc, "bombing")).text == "Front"


def test_a_claim_in_the_active_or_made_of_another_names_no_doer(nlp):
    for text in ("The Tarvo Front claimed responsibility for the attack on the depot.",
                 "The attack that claimed six lives was condemned by the council."):
        assert claimed_doer(_word(nlp(text), "attack")) is None, text
    # "blamed on" is another's word
    doc = nlp("The ambush near the depot, blamed on the Tarvo Front, killed four guards.")
    assert claimed_doer(_word(doc, "ambush")) is None
    # a claim about the act, by someone else
    doc = nlp("The ambush, claimed by local officials to be the work of the army, killed four guards.")
    assert claimed_doer(_word(doc, "ambush")) is None


def test_a_joined_passive_with_its_own_doer_is_done_to_the_shared_subject(nlp):
    e = event_at(nlp, "The mayor was booed by the crowd, was denounced by the bishop and lost the vote.",
                 "denounced")
    assert (e.actor.text, e.target.text) == ("the bishop", "The mayor")
    e = event_at(nlp, "The governor won the vote and was later attacked by the opposition leader.", "attacked")
    assert (e.actor.text, e.target.text) == ("the opposition leader", "The governor")
    # a passive with no "by" of its own, or a noun before its "was", is not this one's
    doc = nlp("The minister resigned and was replaced by her deputy.")
    assert joined_agent_passive(_word(doc, "replaced")).text == "minister"
    doc = nlp("The minister resigned and the mayor was criticized by the council.")
    assert joined_agent_passive(_word(doc, "criticized")) is None
    doc = nlp("The mayor was booed by the crowd and then arrested.")
    assert joined_agent_passive(_word(doc, "arrested")) is None


def test_a_noun_that_counts_people_is_the_victims(nlp):
    doc = nlp("Government jets killed dozens, officials said.")
    assert counted_victims(_word(doc, "killed")).text == "dozens"
    e = event_at(nlp, "Government jets killed dozens, officials said.", "killed")
    assert e.target.text == "dozens"
    doc = nlp("The rebels fired dozens of rockets at the town.")
    assert counted_victims(_word(doc, "fired")) is None  # not an act done to people


def test_an_invasion_is_no_doer(nlp):
    e = event_at(nlp, "Borduria's invasion of the valley killed hundreds of villagers.", "killed")
    assert e.actor.text == "Borduria"


def test_claimed_by_those_who_only_allege_it_names_no_doer(nlp):
    # "claimed by" as "alleged by": monitors, witnesses and activists say what happened
    for text, act in (
            ("The attack on the market, claimed by the Syrian Observatory for Human Rights, killed ten "
             "civilians in Idlib.", "attack"),
            ("The attack on the convoy, claimed by witnesses, killed three aid workers in Syria.", "attack"),
            ("The chemical attack on Douma, claimed by opposition activists, killed dozens of civilians.",
             "attack")):
        assert claimed_doer(_word(nlp(text), act)) is None, text
    # an armed group, coded or named, owns the act it claims
    assert claimed_doer(_word(nlp("The bombing, claimed by rebels, killed four guards."), "bombing")).text \
        == "rebels"


def test_a_passive_joined_to_a_relative_clause_or_to_reported_words_names_no_target(nlp):
    doc = nlp("The bill that Zorbia passed angered Vetland and was denounced by the United Nations.")
    assert joined_agent_passive(_word(doc, "denounced")) is None
    e = event_at(nlp, "The bill that Zorbia passed angered Vetland and was denounced by the United Nations.",
                 "denounced")
    assert e.target is None or e.target.text not in ("Zorbia", "Vetland")
    doc = nlp("The Zorbian president said Vetland lied and was criticized by the United Nations.")
    assert joined_agent_passive(_word(doc, "criticized")) is None


def test_people_counted_by_a_noun_are_not_a_thing_target(nlp):
    e = event_at(nlp, "Police in Zorbia arrested hundreds after the rally.", "arrested")
    assert e.target is not None and e.target.text == "hundreds"
    e = event_at(nlp, "Zorbian police detained hundreds, officials said.", "detained")
    assert e.target is not None and e.target.text == "hundreds"
