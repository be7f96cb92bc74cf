"""This round's event rules narrowed after review (issue 17, round 16, r16-fixev): a shared office
title names no country on a passing mention of it, nor rules out a country that shares it; talks
with a mediator, an ally or one's own side have no other side; an invitation's sender is the one
answered; a claim of one's own act is no claim of another's; emergency aid is no state of
emergency; a visit with a host met is a meeting. Made-up texts, the real model."""
from __future__ import annotations

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.checks import care_visit, visited_with_host
from onrecord.extract.events.countries import (
    ArticleCountries,
    national_office_country,
    office_ruled_out,
    office_shared_by,
)
from onrecord.extract.events.non_events import claimed_act, emergency_declaration
from onrecord.extract.events.parties import invitation_answered, own_side, talks_partner


def _word(doc, text):
    return next(t for t in doc if t.text == text)


_SECRETARY = ["the", "foreign", "secretary"]


def test_a_shared_title_takes_britain_only_where_britain_leads_or_is_named_beside_and_no_sharer_as_often():
    # Britain named once, India and Pakistan more: no country from the title
    mentions = ArticleCountries([(0, "IND"), (10, "PAK"), (20, "IND"), (30, "PAK"), (40, "GBR")])
    assert national_office_country(_SECRETARY, mentions, {"GBR"}) is None
    # Britain leads: Britain's
    assert national_office_country(_SECRETARY, ArticleCountries([(0, "GBR"), (9, "GBR"), (20, "USA")])) == "GBR"
    # Britain named in the holder's paragraph, no sharer: Britain's; elsewhere only: none
    tied = ArticleCountries([(0, "IRN"), (40, "GBR"), (50, "USA")])
    assert national_office_country(_SECRETARY, tied, {"GBR", "USA"}) == "GBR"
    assert national_office_country(_SECRETARY, tied, {"IRN"}) is None
    # a bare set of names says nothing of how often: no country from a shared title
    assert national_office_country(_SECRETARY, {"GBR", "USA"}) is None
    # a title only one country uses is still that country's where the article names it
    assert national_office_country(["the", "taoiseach"], {"IRL", "USA"}) == "IRL"


def test_a_home_secretary_in_a_south_asian_story_naming_britain_in_passing_is_no_briton(nlp):
    e = at(nlp, "Nepal and Bhutan held talks in Kathmandu. Nepal hosted them. Foreign Secretary Hari Tamrel "
                "criticized Bhutan over the river dam. Both were once visited by British explorers from Britain.",
           "criticized")
    assert e.actor.country != "GBR"
    e = at(nlp, "Sri Lanka's cabinet faced protests in Colombo. The Home Secretary ordered police to arrest "
                "300 protesters. Britain urged calm.", "arrest")
    assert e.actor.country != "GBR"


def test_a_country_that_shares_the_title_is_not_ruled_out_by_it(nlp):
    t = tables.load()
    assert office_shared_by(["the", "home", "secretary"], "IND")
    assert not office_ruled_out(["the", "home", "secretary"], "IND", t)
    assert office_ruled_out(["the", "home", "secretary"], "USA", t)  # the US has no Home Secretary
    e = at(nlp, "Indian farmers marched in Punjab against Indian laws. The Home Secretary ordered police to "
                "detain 100 farmers.", "detain")
    assert e.actor.country == "IND"


def test_talks_with_a_mediator_an_ally_or_ones_own_side_name_no_other_side(nlp):
    t = tables.load()
    doc = nlp("Valdor agreed to a ceasefire after talks with Egypt.")
    assert talks_partner(_word(doc, "agreed"), t, "AGREE") is None  # an agreement: maybe a mediator
    doc = nlp("The rebels freed the hostages after talks with Qatari mediators.")
    assert talks_partner(_word(doc, "freed"), t, "CONCEDE") is None
    doc = nlp("The Norland prime minister dropped the tax after a meeting with his finance minister.")
    assert talks_partner(_word(doc, "dropped"), t, "CONCEDE") is None  # no "meeting", and his own
    doc = nlp("The Norland government withdrew its police after talks with its ally Valdor.")
    assert own_side(_word(doc, "ally"), _word(doc, "government"))
    # a concession after talks with the other side still answers it
    doc = nlp("The dockers union called off its strike after talks with the Kenyan government.")
    assert talks_partner(_word(doc, "called"), t, "CONCEDE").text == "government"


def test_an_invitation_answers_its_sender_not_those_the_talks_are_with(nlp):
    t = tables.load()
    doc = nlp("The Valdor opposition rejected an invitation from Russia to a meeting with the Valdor government.")
    assert invitation_answered(_word(doc, "rejected"), t).text == "Russia"
    e = at(nlp, "The Valdor opposition rejected an invitation from Russia to a meeting with the Syrian government.",
           "rejected")
    assert e.target is not None and e.target.country == "RUS"


def test_a_claim_of_ones_own_act_or_ones_own_countrys_forces_is_kept(nlp):
    own = "Kenyan police claimed they arrested 30 smugglers in Mombasa."
    assert not claimed_act(_word(nlp(own), "arrested"), tables.load())
    forces = "The Kenyan Defence Ministry claimed Kenyan troops killed 12 militants in Lamu."
    assert not claimed_act(_word(nlp(forces), "killed"), tables.load())
    # another's act on the claimant's word stays no event
    other = "The Kenyan Defence Ministry claimed Somali troops killed 12 civilians in Lamu."
    assert claimed_act(_word(nlp(other), "killed"), tables.load())
    person = "Mara Quill claimed they attacked reporters in the capital."  # "they" is not Mara Quill
    assert claimed_act(_word(nlp(person), "attacked"), tables.load())


def test_emergency_aid_extended_is_aid_not_a_state_of_emergency(nlp):
    aid = nlp("The European Union extended emergency aid to Valdor on Monday.")
    assert not emergency_declaration(_word(aid, "extended"))
    loans = nlp("The bank renewed disaster loans to Norland.")
    assert not emergency_declaration(_word(loans, "renewed"))
    state = nlp("The parliament extended the state of emergency on Monday.")
    assert emergency_declaration(_word(state, "extended"))
    rule = nlp("The governor renewed emergency rule in the province.")
    assert emergency_declaration(_word(rule, "renewed"))


def test_a_memorial_visited_with_a_host_is_a_meeting(nlp):
    doc = nlp("The German chancellor visited the war memorial with Japanese Prime Minister Taro Kanemura.")
    assert visited_with_host(_word(doc, "visited"))
    assert not care_visit(_word(doc, "visited"), "CONSULT")
    alone = nlp("The German chancellor visited the war memorial with his wife.")
    assert care_visit(_word(alone, "visited"), "CONSULT")
