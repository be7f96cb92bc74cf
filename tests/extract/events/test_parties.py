"""Actors, targets and places of events (extract/events/parties.py, countries.py): each rule on a small made-up
sentence, read through the event its trigger word makes (whatever type the model gives it)."""
from __future__ import annotations

import pytest

from event_lookup import event_at as at
from onrecord.extract.events import tables
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.countries import (
    _country_mentions,
    _descriptions_of_others,
    _person_country,
    _spurious_name_country,
    unknown_place_party,
    us_state_country,
)
from onrecord.extract.events.parties import (
    _home_place,
    _next_description,
    _prepositional_doer,
    _proposer,
    _shared_object,
    aimed_at_subject,
    antecedent,
    bidder,
    charge_continued,
    doer_on_verb,
    hyphen_joined,
    meeting_venue,
    object_it,
    people_described,
    placeholder_subject,
    possessor_after_preposition,
    quoted_apart,
    refused_asker,
    relative_object,
    role_body_country,
    route_end,
    shared_passive_victim,
    subject_on_auxiliary,
)
from onrecord.extract.events.phrases import _phrase, _stranded_object_left, charge_of
from onrecord.extract.pipeline import process
from onrecord.model import Article, Entity


def test_a_preposition_aimed_at_the_target_comes_before_the_object(nlp):
    e = at(nlp, "The army launched rockets against Georgia.", "launched")
    assert e.target.text == "Georgia" and e.target.country == "GEO"


def test_a_direct_object_that_names_an_actor_comes_before_other_prepositions(nlp):
    e = at(nlp, "A Canadian judge sentenced the doctor to prison.", "sentenced")
    assert e.target.text == "the doctor"


def test_the_actors_own_people_are_no_target(nlp):
    e = at(nlp, "Syria withdrew its troops from Lebanon.", "withdrew")
    assert e.target.country == "LBN"


def test_the_doer_of_the_act_the_object_names(nlp):
    e = at(nlp, "Berlin rejected calls by Belarus's rulers for aid.", "rejected")
    assert e.target.country == "BLR"


def test_a_by_phrase_hung_on_an_active_verb_names_the_acts_doer(nlp):
    # the parser hangs "by Chile" on the verb: it is the annexation's doer, the one attacked
    e = at(nlp, "Vargas attacked the annexation of Tacna by Chile.", "attacked")
    assert e.actor.text == "Vargas" and e.target is not None and e.target.text == "Chile"
    e = at(nlp, "Vargas also attacked the annexation of Tacna as Chilean land by the government of Chile.", "attacked")
    assert e.target is not None and e.target.country == "CHL"
    e = at(nlp, "Vargas attacked the recognition of Tacna as Peruvian land by the Chilean president.", "attacked")
    assert e.target is not None and e.target.text == "the Chilean president"


def test_doer_on_verb_only_after_an_of_phrase_of_an_active_verb(nlp):
    doc = nlp("Vargas attacked the annexation of Tacna by Chile.")
    assert doer_on_verb(next(t for t in doc if t.text == "annexation")).text == "Chile"
    doc = nlp("The minister cut the price of rice by half.")
    assert doer_on_verb(next(t for t in doc if t.text == "price")).text == "half"  # the caller asks for an actor
    doc = nlp("Vargas won the seat by a wide margin.")
    assert doer_on_verb(next(t for t in doc if t.text == "seat")) is None  # no act named by "of"


def test_the_target_of_the_act_an_infinitive_names(nlp):
    e = at(nlp, "The Azerbaijani parliament threatened to break relations with Russia.", "threatened")
    assert e.target.text == "Russia" and e.target.country == "RUS"
    e = at(nlp, "Egyptian police opened fire to disperse the demonstrators.", "opened")
    assert e.target.text == "the demonstrators"


def test_the_subject_of_a_that_clause_and_of_a_demand(nlp):
    e = at(nlp, "China demanded that the US cancel the sale.", "demanded")
    assert e.target.text == "the US" and e.target.country == "USA"
    e = at(nlp, "Rwandan rebels announced that President Kagame must agree to the changes.", "agree")
    assert e.type == "REQUEST" and "Kagame" in e.target.text


def test_an_object_shared_by_two_verbs(nlp):
    e = at(nlp, "A group of protesters surrounded and threatened Senator Rand Paul.", "threatened")
    assert e.target.text == "Senator Rand Paul"


def test_an_object_shared_by_a_list_of_verbs(nlp):
    doc = nlp("Security forces began arresting, imprisoning and executing the rebels.")
    assert _shared_object(next(t for t in doc if t.text == "imprisoning")).text == "rebels"
    assert _shared_object(next(t for t in doc if t.text == "arresting")).text == "rebels"
    doc = nlp("He resigned and left the party.")  # the verb after has its own object: no list
    assert _shared_object(next(t for t in doc if t.text == "left")) is None


def test_people_a_dictionary_does_not_code_are_a_target_of_their_sentences_country(nlp):
    e = at(nlp, "Gunmen killed several villagers in Kenya.", "killed")
    assert e.target.text == "several villagers" and e.target.country == "KEN"


def test_leaders_a_meeting_is_held_with_are_its_target(nlp):
    e = at(nlp, "The activist has met with several world leaders in Geneva.", "met")
    assert e.target is not None and e.target.text == "several world leaders"


def test_a_trip_made_to_meet_someone_is_aimed_at_the_one_met(nlp):
    e = at(nlp, "The defector traveled to Ohio to meet with Marlowe, a former colleague.", "traveled")
    assert e.target is not None and e.target.text.startswith("Marlowe")
    e = at(nlp, "The envoy traveled to Qatar to hold talks with the Taliban.", "traveled")
    assert e.target is not None and e.target.text == "the Taliban"


def test_the_ends_of_a_route_are_no_target(nlp):
    doc = nlp("Norway agreed to move its consulate from Bergen to Oslo.")
    assert route_end([t for t in doc if t.text == "from"][0])
    assert at(nlp, doc.text, "agreed").target is None
    doc = nlp("Syria withdrew its troops from Lebanon.")
    assert not route_end([t for t in doc if t.text == "from"][0])
    assert at(nlp, doc.text, "withdrew").target.text == "Lebanon"


def test_world_leaders_take_no_country_from_the_article(nlp):
    text = "In Peru, the activist met with several world leaders. Peru hosted the talks."
    e = at(nlp, text, "met")
    assert e.target.text == "several world leaders" and e.target.country is None
    local = at(nlp, "In Peru, the activist met with several leaders. Peru hosted the talks.", "met")
    assert local.target.country == "PER"


def test_a_names_world_is_no_whole_world(nlp):
    e = at(nlp, "Al-Qaeda attacked the World Trade Center in New York in 2001.", "attacked")
    assert e.target is not None and e.target.country == "USA"


def test_a_target_of_no_named_country_is_the_actors(nlp):
    e = at(nlp, "Turkish police arrested the students.", "arrested")
    assert e.target.text == "the students" and e.target.country == "TUR"


def test_an_act_on_a_place_is_aimed_at_its_country(nlp):
    e = at(nlp, "Serbia lifted a night curfew in Montenegro.", "lifted")
    assert e.target.country == "MNE" and e.location.country == "MNE"
    # a meeting is not aimed at the place it is held in
    e = at(nlp, "Iran met Iraqi officials in Geneva.", "met")
    assert e.target.country == "IRQ"


def test_a_places_country_from_its_own_phrase_only(nlp):
    e = at(nlp, "Gunmen attacked a church in Kelvale, France.", "attacked")
    assert e.location.text == "Kelvale" and e.location.country == "FRA"
    e = at(nlp, "Iranian forces shelled positions in Kalakand.", "shelled")
    assert e.location.country is None  # the actor's country says nothing of where the place is


def test_an_actor_of_no_named_country_takes_the_one_the_article_names_most(nlp):
    text = ("The United States held elections. Voters in the United States chose a president. "
            "The United States counted the votes. China sent congratulations. "
            "Democrats attacked the Senate.")
    e = at(nlp, text, "attacked")
    assert e.actor.text == "Democrats" and e.actor.country == "USA"


def test_no_party_takes_the_main_country_of_an_article_that_names_two_about_as_often(nlp):
    text = ("Turkey closed the border. Syria closed the border. Turkey sent envoys. "
            "Syria sent envoys. The police attacked the protesters.")
    e = at(nlp, text, "attacked")
    assert e.actor.text == "The police" and e.actor.country is None  # not Turkey, named first
    assert e.target.text == "the protesters" and e.target.country is None


def test_a_speaker_of_no_known_country_takes_no_country_where_none_leads(nlp):
    text = ("Turkey closed the border. Syria closed the border. Turkey sent envoys. Syria sent envoys. "
            "“We will attack the rebels,” said Kelvin Marsh.")
    record = process(Article("w", text, published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "attack")
    assert e.actor.text == "We" and e.actor.country is None  # a senator of Turkey's? of Syria's? neither
    assert e.target is None or e.target.country is None


def test_the_subject_of_what_a_speaker_said_is_the_speaker(nlp):
    text = "Kelvin Marsh, a US senator, criticized Mexico. Marsh said he would sue the governor."
    record = process(Article("w", text, published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "sue")
    speaker = record.statements[0].speaker
    assert speaker is not None and e.actor.entity == speaker.entity  # not Mexico, the country last named
    assert e.actor.text == "he" and e.actor.country == "USA"


def test_a_person_takes_the_country_the_article_describes_them_with(nlp):
    text = ("Swedish activist Karin Dahlqvist spoke in New York. Russia criticized the United States. "
            "Dahlqvist attacked the minister.")  # not "the plan": an opinion on a plan is no event (verbal.py)
    e = at(nlp, text, "attacked")
    assert e.actor.text == "Dahlqvist" and e.actor.country == "SWE"  # not the country last named


def test_a_person_named_as_a_resolved_speaker_takes_that_entity(nlp):
    text = ("“We will act,” said Ines Marlow, a UN rapporteur. Saudi Arabia rejected the report. "
            "Saudi Arabia denied it. Marlow encouraged the CIA to release the files.")
    record = process(Article("w", text, published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "encouraged")
    assert e.actor.entity == record.statements[0].speaker.entity and e.actor.country == "IGO"


def test_a_passive_subject_is_the_target_when_it_names_an_actor(nlp):
    e = at(nlp, "A camp for Congolese refugees was attacked by Burundian militiamen.", "attacked")
    assert e.target.country == "COD"
    e = at(nlp, "The bill was suspended by the Kenyan parliament.", "suspended")
    assert e.target is None  # a bill is no actor


def test_a_surname_the_leader_dictionary_knows_counts_only_where_the_article_names_the_country(nlp):
    e = at(nlp, "Rwanda held talks. Later Kagame attacked the rebels.", "attacked")
    assert e.actor.country == "RWA"
    e = at(nlp, "Voters in Ohio met. Later Kagame attacked the plan of the governor of Canada.", "attacked")
    assert e.actor.country != "RWA"  # a namesake, in an article that never names Rwanda


def test_he_or_she_takes_the_country_of_the_person_named_just_before(nlp):
    text = "Swedish activist Karin Dahlqvist spoke in New York. Later she attacked the plan of Mexico."
    e = at(nlp, text, "attacked")
    assert e.actor.text == "she" and e.actor.country == "SWE"  # not the United States, named last


def test_a_speaker_of_no_known_country_speaks_for_the_articles_main_one(nlp):
    text = ("Britain voted. Britain counted the votes. The talks with Ireland failed. "
            "“We will attack the rebels,” said Kelvin Marsh.")  # not "the plan": a thing is no target
    record = process(Article("w", text, published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "attack")
    assert e.actor.text == "We" and e.actor.country == "GBR"  # not Ireland, named last


def test_a_threat_is_aimed_at_the_subject_of_its_condition(nlp):
    e = at(nlp, "Russia threatened to stop the talks if the United States deploys new missiles.", "threatened")
    assert e.target.text == "the United States" and e.target.country == "USA"


def test_the_doer_of_the_act_the_object_describes(nlp):
    e = at(nlp, "Turkish police prevented the march staged by Kurdish students.", "prevented")
    assert "students" in e.target.text


def test_the_target_of_the_verb_that_describes_the_object(nlp):
    text = "The rebel party issued a declaration demanding that the Turkish government release the prisoners."
    e = at(nlp, text, "issued")
    assert e.target.text == "the Turkish government" and e.target.country == "TUR"


def test_the_partner_of_an_act_two_do_together(nlp):
    e = at(nlp, "Armenia and Azerbaijan clashed on Sunday.", "clashed")
    assert e.actor.country == "ARM" and e.target.country == "AZE"


def test_him_and_her_name_a_target(nlp):
    e = at(nlp, "Police shot him in London.", "shot")
    assert e.target.text == "him" and e.target.country == "GBR"
    e = at(nlp, "The PRC demanded that the US cancel the sale.", "demanded")
    assert e.target.country == "USA"  # "US" is no pronoun "us"


def test_a_persons_described_role_comes_before_the_dictionary_by_name(nlp):
    # the dictionary codes "Diego Cordovez" Ecuador's; the words before the name say a UN envoy
    e = at(nlp, "Rebel leaders met U.N. mediator Diego Cordovez in Geneva.", "met")
    assert e.target.country == "IGO"


def test_a_given_name_alone_gives_no_country(nlp):
    # the dictionary knows "Albert" (Monaco's prince); "Albert Novak" is not Monaco's
    e = at(nlp, "Albert Novak attacked the mayor of Lyon.", "attacked")
    assert e.actor.country != "MCO"


def test_a_person_takes_the_country_a_sentence_says_they_are(nlp):
    text = "Marta Oskan is a Turkish national. In Cairo, Marta Oskan criticized the Egyptian government."
    assert at(nlp, text, "criticized").actor.country == "TUR"
    # "of Russia" is what she criticized, not what she is: her sentence's country instead
    text = "Marta Oskan was a critic of Russia. In Cairo, Marta Oskan criticized the Egyptian government."
    assert at(nlp, text, "criticized").actor.country != "RUS"


def test_an_implied_actor_is_not_the_victims_own_nationality(nlp):
    e = at(nlp, "A British tanker was seized on Friday. Iran has denied any role.", "seized")
    assert e.actor.country == "IRN" and e.target.country == "GBR"
    e = at(nlp, "Two Iranian diplomats were arrested on Monday, German police said.", "arrested")
    assert e.actor.country == "DEU" and e.target.country == "IRN"


def test_the_doer_of_a_possessed_act_is_the_target(nlp):
    e = at(nlp, "Albania denounced Serbia's crackdown on the unrest in Montenegro.", "denounced")
    assert e.target.text == "Serbia" and e.target.country == "SRB"
    e = at(nlp, "Police in Ohio arrested Trump's lawyer.", "arrested")
    assert "lawyer" in e.target.text


def test_the_one_whose_proposal_is_rejected_is_the_target(nlp):
    doc = nlp("Biden rejected Pelosi's suggestion, saying he would act as a fact checker.")
    assert _proposer(doc[4], doc[2])
    assert at(nlp, doc.text, "rejected").target.text == "Pelosi"
    doc = nlp("The mayor praised Monday's plan for the park.")
    assert not _proposer(doc[5], doc[3])


def test_an_object_shifted_after_its_as_phrase(nlp):
    e = at(nlp, "Albania denounced as a crime Serbia's crackdown on the unrest in Montenegro.", "denounced")
    assert e.target.country == "SRB"


def test_a_preposition_the_parse_leaves_without_its_object(nlp):
    e = at(nlp, "Peru has granted asylum to four Bolivian army officers holed up in an embassy since May.", "granted")
    assert e.target is not None and e.target.country == "BOL"


def test_a_complaint_is_aimed_at_the_doer_of_what_it_is_about(nlp):
    e = at(nlp, "Jordan complained to the United Nations over two Syrian air raids.", "complained")
    assert e.target.country == "SYR"


def test_what_befell_a_possessor_is_not_aimed_at_them(nlp):
    # "Karlov's arrest" was done to Karlov, by someone else: not a target named by the possessive
    e = at(nlp, "The European Union condemned Karlov's arrest in Moscow.", "condemned")
    assert e.target is None or e.target.text != "Karlov"


def test_a_persons_name_that_is_also_a_place_gives_no_country(nlp):
    # "Paris" is France's capital in the dictionary; "Lena Paris" is not French for that
    e = at(nlp, "Lena Paris attacked the mayor of Toronto.", "attacked")
    assert e.actor.text == "Lena Paris" and e.actor.country != "FRA"


def test_a_participle_sharing_a_passives_were_has_no_doer_for_subject(nlp):
    # "their owners arrested": the owners were arrested, they arrested no one
    doc = nlp("Two offices in Cairo were searched and their owners arrested.")
    assert not any(e.actor and "owners" in e.actor.text for e in find_events(doc, "t", "2020-05-05", gated=False,
                                                                             dyadic=False))


def test_an_object_shared_with_the_verb_after(nlp):
    e = at(nlp, "Police in Cairo arrested and questioned the student.", "arrested")
    assert e.target is not None and e.target.text == "the student"


def test_a_described_person_keeps_the_sector_of_their_name(nlp):
    e = at(nlp, "Libyan leader Muammar Gaddafi attacked the mayor of Toronto.", "attacked")
    assert e.actor.country == "LBY" and e.actor.sector == "GOV"


def test_a_phrase_before_the_subject_sets_the_scene_and_is_no_target(nlp):
    e = at(nlp, "On a new website, the company launched a campaign against rival browsers.", "launched")
    assert e.target is None or "website" not in e.target.text


def test_the_parties_a_mediation_is_between(nlp):
    e = at(nlp, "Egypt held talks in Cairo. In 1905, the president mediated a peace agreement between Japan "
                "and Russia.", "mediated")
    assert e.target.text == "Japan" and e.target.country == "JPN"
    assert e.actor.country == "EGY"  # not Russia, the other party mediated between


def test_between_names_no_target_but_of_a_mediation(nlp):
    e = at(nlp, "The envoy mediated an end to the war between Japan and Russia.", "mediated")
    assert e.target is not None and e.target.text == "Japan"
    e = at(nlp, "The UN condemned the clashes between police and protesters.", "condemned")
    assert e.target is None or "police" not in e.target.text


def test_the_reporters_country_is_no_partys(nlp):
    text = ("Egypt's parliament met. Egypt's president spoke. "
            "The government criticized the minister's plan, ABC of Australia reported.")
    e = at(nlp, text, "criticized")
    assert e.actor.country == "EGY"


def test_a_speaker_named_before_speaks_of_their_own_side(nlp):
    e = at(nlp, "Officials from Iran acknowledged their government had shot down a Ukrainian jet, blaming the fear "
                "of aggression from the United States.", "shot")
    assert e.actor.country == "IRN"


def test_a_clause_that_says_nothing_of_the_target_gives_it_no_country(nlp):
    e = at(nlp, "Turkish police prevented the demonstration staged by students in Sivas to protest the decision of "
                "sending troops to Iraq.", "prevented")
    # not Iraq; the police's own Turkey, though the text names Turkey and Iraq as often as each
    # other (``_leading_country``): the actor's own words name it
    assert e.target.country == "TUR"


def test_a_quantity_of_acts_is_aimed_at_their_doer(nlp):
    e = at(nlp, "The senator backed some of the governor's proposals.", "backed")
    assert e.target.text == "the governor"
    e = at(nlp, "Police arrested some of the protesters.", "arrested")
    assert e.target.text == "some of the protesters"


def test_opponents_and_rivals_are_actors(nlp):
    e = at(nlp, "The president criticized his rivals.", "criticized")
    assert e.target.text == "his rivals"


def test_an_object_named_beside_it(nlp):
    e = at(nlp, "A drone strike killed an Iranian general, Qasem Soleimani, in Baghdad.", "killed")
    assert e.target.text == "Qasem Soleimani" and e.target.country == "IRN"


def test_a_passive_with_no_doer_takes_no_actor_from_before_it(nlp):
    events = find_events(nlp("At least five other civilians reportedly also died in the attack; around twenty more, "
                             "including a colleague, were injured."), "t", "2020-05-05", gated=False, dyadic=False)
    assert not any(e.trigger.text == "injured" and "civilians" in e.actor.text for e in events)


def test_a_speaker_of_no_known_country_against_the_main_country_is_not_of_it(nlp):
    text = ("Saudi Arabia bombed Sanaa. Saudi Arabia closed the port. Saudi Arabia said the strikes would go on. "
            "“We will attack the Saudi bases,” said Tamer Zoubi, a Houthi spokesman.")
    record = process(Article("w", text, published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "attack")
    assert e.actor.text == "We" and e.actor.country is None  # not Saudi Arabia's: it threatens the Saudis
    assert e.target.country == "SAU"


def test_a_us_state_affiliation_places_a_person_in_the_united_states():
    assert us_state_country("Ky.") == "USA" and us_state_country("R-Ky.") == "USA"
    assert us_state_country("D-S.C.") == "USA"
    assert us_state_country("Kremlin") is None and us_state_country(None) is None


def test_a_place_or_date_that_modifies_an_event_noun_is_no_doer(nlp):
    events = find_events(nlp("The Benghazi attack angered voters. Sunday's massacre shocked them."), "t",
                         "2020-05-05", gated=False, dyadic=False)
    assert not any(e.trigger.text in ("attack", "massacre") and e.actor.text in ("Benghazi", "Sunday")
                   for e in events)
    e = at(nlp, "A U.S. airstrike hit the camp.", "airstrike")
    assert e.actor.text == "U.S." and e.actor.country == "USA"  # a country's name is a doer


def test_a_national_capital_before_an_event_noun_is_its_doer(nlp):
    e = at(nlp, "Residents fled after a Damascus offensive on rebel-held Idlib.", "offensive")
    assert e.actor.text == "Damascus" and e.actor.country == "SYR"
    e = at(nlp, "Three people died after a Kyiv drone strike on Belgorod.", "strike")
    assert e.actor.country == "UKR" and e.target.country == "RUS"


def test_a_region_that_is_an_actor_of_its_own_before_an_event_noun_is_its_doer(nlp):
    e = at(nlp, "Dozens were detained in a Hong Kong crackdown on protesters.", "crackdown")
    assert e.actor.country == "HKG"


def test_a_speaker_against_a_non_state_group_of_the_main_country_keeps_the_country(nlp):
    text = ("Nigeria sent troops to Borno. Nigeria closed the border. Nigeria said the operation would go on. "
            "“We will attack the Nigerian Boko Haram fighters,” army spokesman John Eze said.")
    record = process(Article("w", text, published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "attack")
    assert e.actor.text == "We" and e.actor.country == "NGA"
    text = ("Mexico sent police to Sinaloa. Mexico closed the highway. Mexico said the operation would go on. "
            "“We will attack the Mexican gangs,” police chief Juan Ruiz said.")
    record = process(Article("w", text, published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "attack")
    assert e.actor.text == "We" and e.actor.country == "MEX"


def test_a_lone_state_abbreviation_without_a_party_letter_is_no_us_state():
    assert us_state_country("Ind.") is None and us_state_country("SD") is None and us_state_country("Texas") is None
    assert us_state_country("Calif.") == "USA" and us_state_country("R-Ind.") == "USA"  # "R-" dropped by the reader


def test_a_legislator_of_another_country_marked_independent_is_not_american(nlp):
    text = "India protested. Lawmaker Ravi Kumar (Ind.) accused Pakistan of shelling villages."
    record = process(Article("w", text, published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "accused")
    assert e.actor.country != "USA"


def test_every_us_state_in_its_common_forms_with_a_party_letter():
    for affiliation in ("D-Ohio", "R-Texas", "R-Utah", "R-Iowa", "D-Hawaii", "R-Alaska", "R-TX", "D-CA", "R-FL",
                        "D-N.Y.", "R-W.Va.", "D-New York", "I-Vt.", "R-Ky."):
        assert us_state_country(affiliation) == "USA", affiliation


def test_a_speaker_of_a_state_role_keeps_the_country_a_group_named_in_the_role_does_not(nlp):
    head = "Nigeria sent troops to Borno. Nigeria closed the border. Nigeria said the operation would go on. "
    record = process(Article("w", head + "“We will attack the Nigerian camps,” army spokesman John Eze said.",
                             published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "attack")
    assert e.actor.country == "NGA"  # the army's "we": Nigeria's own
    text = ("Saudi Arabia bombed Sanaa. Saudi Arabia closed the port. Saudi Arabia said the strikes would go on. "
            "“We will attack the Saudi bases,” Houthi military spokesman Tamer Zoubi said.")
    record = process(Article("w", text, published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "attack")
    assert e.actor.country is None  # a Houthi role: not Saudi Arabia's


def test_a_capital_before_an_event_noun_aimed_at_no_target_is_where_it_happened(nlp):
    events = find_events(nlp("The Paris attacks angered voters."), "t", "2020-05-05", gated=False, dyadic=False)
    assert not any(e.trigger.text == "attacks" and e.actor.text == "Paris" for e in events)


def test_a_capital_where_an_attack_on_a_building_happened_is_no_doer(nlp):
    # "on a concert hall" is where in Moscow it happened, not a target Moscow's government chose
    for text in ("The Moscow attack on a concert hall killed 140 people.",
                 "The Moscow attack on Crocus City Hall killed 140 people.",
                 "The Kabul bombing on Monday killed 30 worshippers.",
                 "A Kabul bombing on a mosque killed 30 worshippers."):
        events = find_events(nlp(text), "x", gated=False, dyadic=False)
        assert not any(e.actor is not None and e.actor.text in ("Moscow", "Kabul") for e in events)


def test_a_named_person_takes_no_country_from_a_place_their_sentence_names(nlp):
    # an article mostly on Norway: "in Madrid, Spain" is where he was, not where he is from,
    # and the article says nothing of him either: no country rather than a guess
    text = ("Norway held the race in Oslo on Sunday. Norway hosts it every year, and Norwegian fans "
            "filled the streets. Tomas Velde attacked the rival runners last year in Madrid, Spain.")
    e = at(nlp, text, "attacked")
    assert "Velde" in e.actor.text and e.actor.country is None


def test_a_person_of_no_said_country_keeps_the_articles_country_when_the_sentence_agrees(nlp):
    assert _person_country(None, "USA") == "USA"
    assert _person_country("USA", "USA") == "USA"
    assert _person_country("SWE", "USA") is None  # the evidence disagrees: no country


def test_a_person_is_from_the_place_after_from(nlp):
    doc = nlp("Runner Peter Mwangi from Kenya crossed the line first.")
    assert [t.text for t in _home_place(doc[2])] == ["Kenya"]
    doc = nlp("Runner Peter Mwangi from the committee crossed the line first.")
    assert _home_place(doc[2]) == []


def test_a_home_place_is_only_a_place_that_is_plainly_a_country(nlp):
    def home(text):
        doc = nlp(text)
        return _home_place(next(e for e in doc.ents if e.label_ == "PERSON").root)
    assert home("Jane Roe from Georgia won the Democratic primary on Tuesday.") == []  # also a US state
    assert home("Jane Roe from Lebanon, Pennsylvania won the Democratic primary on Tuesday.") == []  # a town
    assert home("The BBC's John Simpson from Baghdad interviewed the prime minister.") == []  # a city
    text = ("Jane Roe from Lebanon, Pennsylvania won the Democratic primary on Tuesday. The United States "
            "will vote in November, and American voters are divided. Roe criticized the governor on Wednesday.")
    assert at(nlp, text, "criticized").actor.country != "LBN"


def test_the_sentence_after_a_person_describes_them_by_nationality(nlp):
    doc = nlp("The magazine named the activist Mara Lind its person of the year. "
              "The young Swede spoke to reporters.")
    name = next(e for e in doc.ents if e.label_ == "PERSON")
    assert [t.text for t in _next_description(name)] == ["Swede"]
    doc = nlp("The magazine named the activist Mara Lind its person of the year. "
              "The government said nothing.")
    name = next(e for e in doc.ents if e.label_ == "PERSON")
    assert _next_description(name) == []


def test_a_people_in_the_next_sentence_is_no_description_of_a_person(nlp):
    for text in ("Trade negotiator Jane Roe met the delegation on Monday. The Chinese proposed a new trade deal.",
                 "Jane Roe visited Paris on Monday. The French welcomed her."):
        doc = nlp(text)
        assert _next_description(next(e for e in doc.ents if e.label_ == "PERSON")) == []
    text = ("Trade negotiator Jane Roe met the delegation on Monday. The Chinese proposed a new trade deal. "
            "The United States has imposed tariffs, and US farmers have lost sales. Roe criticized Beijing.")
    assert at(nlp, text, "criticized").actor.country != "CHN"


def test_a_place_name_used_as_a_surname_is_the_person_not_the_place(nlp):
    doc = nlp("Valerie Paris, an Australian woman, sued the club. Paris said the club had lied to her.")
    assert "FRA" not in {c for _, c in _country_mentions(doc, tables.load())}


def test_a_place_used_as_a_surname_leaves_the_other_mentions_of_the_country(nlp):
    # only the person's name is discounted: "Israel has faced rockets" still names Israel
    text = ("Rep. Steve Israel criticized the plan. Israel has faced rockets from Gaza. Israel's cabinet "
            "met on Sunday. Police arrested a Palestinian man on Monday.")
    assert [c for _, c in _country_mentions(nlp(text), tables.load())].count("ISR") >= 2
    e = at(nlp, text, "arrested")
    assert e.actor.text == "Police" and e.actor.country != "PSE"


def test_a_leaders_surname_in_another_name_names_no_country_the_article_does_not_name(nlp):
    t = tables.load()
    # "hassan" is a Jordanian king's name in the dictionary: "Maggie Hassan" is no Jordanian
    assert _spurious_name_country(["maggie", "hassan"], t, {"USA"}) == "JOR"
    assert _spurious_name_country(["maggie", "hassan"], t, {"JOR"}) is None
    assert _spurious_name_country(["maggie", "hassan"], t) is None  # countries unknown: as before


def test_a_country_in_a_description_of_someone_else_is_not_a_partys(nlp):
    doc = nlp("Members of the public confronted him; one man struck him, and another, a Polish chef "
              "named Lukas, harried him.")
    man = next(t for t in doc if t.text == "man")
    spans = _descriptions_of_others(next(iter(doc.sents)), man)
    polish = next(t for t in doc if t.text == "Polish")
    assert any(start <= polish.idx < end for start, end in spans)
    chef = next(t for t in doc if t.text == "chef")
    assert _descriptions_of_others(next(iter(doc.sents)), chef) == []  # the chef's own words
    doc = nlp("Police in the capital, Kabul, arrested two men.")  # a place's name is no description
    assert _descriptions_of_others(next(iter(doc.sents)), doc[0]) == []


def test_a_description_of_the_place_of_the_event_still_counts(nlp):
    text = ("Turkey said on Monday it would close the border. Turkey has hosted refugees, and Turkey's "
            "president backed the plan. Militants killed two soldiers in Tal Zawiya, a Syrian border town, "
            "on Tuesday.")
    e = at(nlp, text, "killed")
    assert e.actor.country in ("SYR", None) and e.target.country in ("SYR", None)


def test_he_or_him_takes_no_leading_country_over_the_one_named_before(nlp):
    text = ("Somalia's government said on Monday that Somalia would hold elections. Somalia has faced years "
            "of conflict, and Somalia's parliament backed the plan. Jomo Wekesa leads the opposition. "
            "Speaking in Kenya's parliament on Tuesday, he criticized the Somali government.")
    e = at(nlp, text, "criticized")
    assert e.actor.text == "he" and e.actor.country in ("KEN", None)
    text = ("The United States will vote in November. American voters are tired, and U.S. officials "
            "know it. Washington is worried. Senator Reed held a press conference in Turkey, when he "
            "refused to admit that the plan had failed.")
    e = at(nlp, text, "refused")
    assert e.actor.text == "he" and e.actor.country in ("USA", None)  # not where he spoke
    text = ("Turkey said on Monday it would close the border. Turkey has hosted refugees, and Turkey's "
            "president backed the plan. In Syria, rebels captured a local commander. Syrian troops later "
            "freed him.")
    e = at(nlp, text, "freed")
    assert e.target.text == "him" and e.target.country in ("SYR", None)


def test_a_person_whose_name_is_ruled_no_evidence_takes_no_leading_country(nlp):
    text = "Syrian rebels attacked an army base on Monday. Moamer Gaddafi criticized the United Nations."
    e = at(nlp, text, "criticized")
    assert "Gaddafi" in e.actor.text and e.actor.country in ("LBY", None)


def test_an_act_the_parse_makes_the_doer_leaves_the_actor_unnamed(nlp):
    e = at(nlp, "A suicide bombing killed the governor of Helmand province.", "killed")
    assert e.actor.text == "" and e.actor.country == "AFG"
    e = at(nlp, "The attack had killed twelve soldiers near the border with Syria.", "killed")
    assert e.actor.text == ""
    e = at(nlp, "Two villages in Yemen were hit by drone strikes on Tuesday.", "hit")
    assert e.actor.text == "" and e.target.text == "Two villages"


def test_an_act_whose_words_name_its_doer_takes_that_doer(nlp):
    e = at(nlp, "A police raid in Lagos killed two suspects.", "killed")
    assert e.actor.text == "police" and e.actor.sector == "COP"
    e = at(nlp, "An Israeli airstrike killed four militants in Gaza.", "killed")
    assert e.actor.country == "ISR"
    e = at(nlp, "The raid by Turkish troops killed three Kurdish fighters.", "killed")
    assert e.actor.text == "Turkish troops"
    e = at(nlp, "The Taliban's attack killed nine soldiers in Kunduz.", "killed")
    assert e.actor.text == "The Taliban"


def test_a_weapon_the_parse_makes_the_doer_leaves_the_actor_unnamed(nlp):
    e = at(nlp, "The bomb killed one soldier near a checkpoint in Kandahar.", "killed")
    assert e.actor.text == "" and e.actor.country == "AFG"
    e = at(nlp, "A Russian missile struck a school in Kharkiv.", "struck")
    assert e.actor.text == "Russian" and e.actor.country == "RUS"
    e = at(nlp, "Hamas rockets hit a house in Sderot.", "hit")
    assert e.actor.text == "Hamas"


def test_others_are_people_an_act_is_aimed_at(nlp):
    e = at(nlp, "The gunman continued to attack others outside the mosque in Christchurch.", "continued")
    assert e.target.text == "others"
    e = at(nlp, "Police in Ohio arrested a man who attacked others with a knife.", "attacked")
    assert e.target.text == "others"
    e = at(nlp, "Rebels in Mali shot two others on Sunday.", "shot")
    assert e.target.text == "two others"


def test_a_day_before_the_actor_is_no_part_of_it(nlp):
    e = at(nlp, "At a rally Tuesday Trump attacked Biden.", "attacked")
    assert e.actor.text == "Trump"
    e = at(nlp, "Early Monday police arrested two journalists in Ankara.", "arrested")
    assert e.actor.text == "police"
    e = at(nlp, "Monday's attack by the Taliban killed five soldiers.", "killed")
    assert e.actor.text == "the Taliban"


def test_an_arrest_joined_to_a_passive_keeps_only_a_custodians_doer(nlp):
    e = at(nlp, "The journalist was questioned by reporters in Cairo and then arrested.", "arrested")
    assert e.actor.text == "" and e.target.text == "The journalist"
    e = at(nlp, "The student was filmed by a bystander and then arrested in Paris.", "arrested")
    assert "bystander" not in e.actor.text and e.target.text == "The student"
    e = at(nlp, "The activist was beaten by police and later detained in Minsk.", "detained")
    assert e.actor.text == "police"


def test_a_participle_joined_to_a_passive_targets_its_shared_subject(nlp):
    e = at(nlp, "Two soldiers were captured by rebels and killed in Mali.", "killed")
    assert e.target.text == "Two soldiers"
    e = at(nlp, "The activist was beaten by police and later detained in Minsk.", "detained")
    assert e.target.text == "The activist"
    e = at(nlp, "The protesters were attacked and beaten by police in Harare.", "beaten")
    assert e.target.text == "The protesters" and e.actor.text == "police"


def test_a_thing_whose_words_only_name_a_kind_of_actor_is_no_target(nlp):
    e = at(nlp, "The prime minister signed a government decree banning the niqab in public offices.", "signed")
    assert e.target is None or "decree" not in e.target.text
    e = at(nlp, "The inspector general submitted an intelligence review to Congress.", "submitted")
    assert e.target is None or "review" not in e.target.text
    e = at(nlp, "Police raided a government office in Harare.", "raided")
    assert e.target.text == "a government office"  # an attack's object is left alone
    e = at(nlp, "President Trump congratulated Pelosi on her victory.", "congratulated")
    assert e.target.text == "Pelosi"


@pytest.mark.parametrize("text, doer", [
    # where an attack happened or whom it hit is no doer; an armed force or a name before the noun is
    ("A refugee camp attack killed ten people in Darfur.", ""),
    ("A school shooting killed three students in Texas.", ""),
    ("A hospital bombing killed ten patients in Aleppo.", ""),
    ("A prison riot killed 12 inmates in Caracas.", ""),
    ("A police raid killed two men in Lagos.", "police"),
])
def test_the_word_before_an_attacks_noun_is_its_doer_only_when_armed_or_named(nlp, text, doer):
    [event] = [e for e in find_events(nlp(text), "t", "2020-01-01", gated=False,
                                      dyadic=False) if e.trigger.text == "killed"]
    assert event.actor is not None and event.actor.text == doer


def test_a_thing_with_an_owner_keeps_its_target(nlp):
    # sanctions on "the country's entities" bear on the country: the owner makes it a party
    text = ("Zedland has tested missiles for years. The government of Ruritania has imposed new sanctions "
            "on the country's entities tied to the program.")
    [event] = [e for e in find_events(nlp(text), "t", "2020-01-01", gated=False,
                                      dyadic=False) if e.trigger.text == "imposed"]
    assert event.target is not None and "entities" in event.target.text


def test_a_pronoun_in_a_quote_is_not_its_speaker(nlp):
    # '"Maybe he should have been thrown out," he said': the quoted "he" is whom the speaker
    # speaks of; "Smith said he would sue" (no quotation marks) may be the speaker himself
    doc = nlp("\u201cMaybe he should have been thrown out,\u201d he said on Sunday.")
    quoted = [t for t in doc if t.lower_ == "he"][0]
    said = [t for t in doc if t.lemma_ == "say"][0]
    assert quoted_apart(quoted, said)
    doc = nlp("Smith said he would sue the city.")
    assert not quoted_apart([t for t in doc if t.lower_ == "he"][0], [t for t in doc if t.lemma_ == "say"][0])
def test_a_relative_pronoun_stands_for_the_noun_its_clause_describes(nlp):
    doc = nlp("The attackers shot at masses of people who had been disarmed by their government.")
    who = next(t for t in doc if t.lower_ == "who")
    assert antecedent(who).text == "masses"
    doc = nlp("It was a level that I believe demands action.")
    that = next(t for t in doc if t.lower_ == "that")
    assert antecedent(that).text == "level"


def test_the_owner_of_a_passive_subject_that_is_a_thing_is_the_target(nlp):
    e = at(nlp, "Many carried signs for a young woman whose eye was said to have been injured by police.", "injured")
    assert e.target.text == "a young woman"


def test_the_subject_of_the_verb_an_act_noun_belongs_to_is_its_target(nlp):
    e = at(nlp, "In 2006, Abqaiq was the target of an Al-Qaeda suicide attack.", "attack")
    assert e.target.text == "Abqaiq"
    doc = nlp("He was killed last week by a United States military airstrike in Iraq.")
    assert aimed_at_subject(next(t for t in doc if t.text == "airstrike"), tables.load()).text == "He"


def test_one_moved_by_an_act_is_not_its_target(nlp):
    # angered by an attack on the embassy: the attack was aimed at the embassy, not the president
    e = at(nlp, "The president was angered by the Russian attack on the embassy.", "attack")
    assert e.target.text == "the embassy"
    doc = nlp("The president was angered by a Russian attack.")
    assert aimed_at_subject(next(t for t in doc if t.text == "attack"), tables.load()) is None


def test_an_inquiry_looks_into_the_subject_of_its_question(nlp):
    e = at(nlp, "The FBI investigated whether Pompeo broke the law.", "investigated")
    assert e.target.text == "Pompeo"


def test_an_actor_object_comes_before_the_topic_an_on_phrase_names(nlp):
    e = at(nlp, "Todd criticized Senator Priebus on the subject of Trump's taxes.", "criticized")
    assert e.target.text == "Senator Priebus"
    e = at(nlp, "The army launched rockets on Georgia.", "launched")
    assert e.target.text == "Georgia"


def test_a_subject_that_stands_for_no_actor(nlp):
    doc = nlp("That didn't help him.")
    assert placeholder_subject(doc[0], doc[3])
    doc = nlp("Groberg says it is hard to blame any one person.")
    it, blame = doc[2], next(t for t in doc if t.text == "blame")
    assert placeholder_subject(it, blame)
    doc = nlp("Those who protested attacked the police.")
    assert not placeholder_subject(doc[0], next(t for t in doc if t.text == "attacked"))


def test_a_verb_after_a_preposition_takes_the_subject_of_the_verb_it_hangs_on(nlp):
    e = at(nlp, "Police arrested the man after shooting his brother.", "shooting")
    assert e.actor.text == "Police"
    doc = nlp("Obama and Biden placed flowers at a memorial for shooting victims of the massacre.")
    assert _prepositional_doer(next(t for t in doc if t.text == "shooting")) is None


def test_the_one_charged_with_an_act_does_it(nlp):
    e = at(nlp, "The government accused Avenatti of trying to pressure Nike for money.", "pressure")
    assert e.actor.text == "Avenatti"


def test_a_participle_after_an_accusation_names_no_doer(nlp):
    doc = nlp("The United States government accused Avenatti of trying to pressure Nike for about 15 million dollars, "
              "threatening to give a news conference.")
    assert charge_continued(next(t for t in doc if t.text == "threatening"))
    doc = nlp("Police arrested the man, charging him with theft.")
    assert not charge_continued(next(t for t in doc if t.text == "charging"))


def test_a_bare_number_after_an_act_of_force_counts_its_victims(nlp):
    e = at(nlp, "On Thursday, an IT worker went on a stabbing spree, killing four.", "killing")
    assert e.target.text == "four"


def test_a_number_with_more_after_it_counts_more_victims(nlp):
    e = at(nlp, "Soldiers shot three villagers and wounded five more.", "wounded")
    assert e.target.text == "five"


def test_a_bare_number_after_an_act_on_things_counts_no_victims(nlp):
    # rockets, houses, goods: the number says nothing of whom the act was aimed at
    for text, trigger in (("Rebels fired 40 on Sunday.", "fired"),
                          ("The militants destroyed 12 in the raid.", "destroyed"),
                          ("Police confiscated 200 during the raid.", "confiscated")):
        e = at(nlp, text, trigger)
        assert e.target is None, text


def test_a_word_of_the_subjects_name_is_no_object(nlp):
    text = '"We know how it will go," Trump senior adviser Paul Manafort promised on Sunday.'
    e = at(nlp, text, "promised")
    assert e.target is None or "Trump" not in e.target.text


def test_backing_someone_against_a_foe_is_aimed_at_the_one_backed(nlp):
    e = at(nlp, "Saudi Arabia started supporting the government of Yemen against the Houthi rebellion.", "supporting")
    assert e.target.text.startswith("the government")


def test_an_attacker_or_a_dignitary_is_a_person_an_act_is_aimed_at(nlp):
    e = at(nlp, "The attacker was shot dead by police near the station.", "shot")
    assert e.target is not None and e.target.text == "The attacker"
    # the one met, not the building met in; of many countries, so of none
    e = at(nlp, "The envoy will meet international dignitaries at the United Nations headquarters.", "meet")
    assert e.target is not None and e.target.text == "international dignitaries" and e.target.country is None
    # of another country: not the one the sentence names
    e = at(nlp, "The Kenyan president met foreign dignitaries in Nairobi.", "met")
    assert e.target is not None and e.target.text == "foreign dignitaries" and e.target.country is None
    # a name's "International" places no one in the world
    e = at(nlp, "The International Monetary Fund criticised Greece on Monday.", "criticised")
    assert e.actor.country == "IGO" and e.target.country == "GRC"


def test_a_proposal_named_by_its_proposer_is_aimed_at_the_proposer(nlp):
    e = at(nlp, "The mayor acceded to the protesters' demands on Friday.", "acceded")
    assert e.target is not None and e.target.text == "the protesters"


def test_a_clause_of_when_is_no_allegation(nlp):
    text = ("First, after a CNN reporter questioned whether the visit was the result of a stroke, Marlow alleged "
            "the media was falsely claiming he was ill.")
    e = at(nlp, text, "alleged")
    assert e.target is not None and e.target.text == "the media"  # not the reporter of the "after" clause


def test_it_as_an_object_is_no_target(nlp):
    doc = nlp("The board asked for his resignation, and Vance tendered it the next day.")
    it = next(t for t in doc if t.lower_ == "it")
    assert object_it(it)
    doc = nlp("It was attacked on Monday.")
    assert not object_it(doc[0])  # a passive's subject is left to the victim rules


def test_a_role_opened_by_a_body_the_article_places_takes_its_country():
    t = tables.load()
    movement = Entity("e2", "Yemen-based Zarkan movement", type="ORG", affiliation="Yemen")
    assert role_body_country(["Zarkan military spokesperson"], [movement], t) == "YEM"
    # an office word names no body; a body of two countries, none
    assert role_body_country(["Foreign Minister"], [Entity("e3", "Foreign Ministry", type="ORG",
                                                           affiliation="Yemen")], t) is None
    rival = Entity("e4", "Oman-based Zarkan movement", type="ORG", affiliation="Oman")
    assert role_body_country(["Zarkan military spokesperson"], [movement, rival], t) is None
    assert role_body_country(["Zarkan military spokesperson"], [], t) is None


def test_a_role_takes_a_body_s_country_only_for_its_whole_name():
    # "Human Rights Minister" is no "Human Rights Watch" researcher; "Republican Party
    # spokesman" none of the "Republican Guard"
    t = tables.load()
    watch = Entity("e2", "Human Rights Watch", type="ORG", affiliation="US")
    assert role_body_country(["Human Rights Minister"], [watch], t) is None
    assert role_body_country(["Human Rights Watch researcher"], [watch], t) == "USA"
    guard = Entity("e3", "Iraq-based Republican Guard", type="ORG", affiliation="Iraq")
    assert role_body_country(["Republican Party spokesman"], [guard], t) is None
    council = Entity("e4", "Zarkan Council", type="ORG", affiliation="Oman")
    assert role_body_country(["Zarkan military spokesperson"], [council], t) is None


def test_a_threat_presses_the_subject_of_the_clause_it_lasts_until(nlp):
    e = at(nlp, "Karlsen promised protests every week until Norway joined the treaty.", "promised")
    assert e.type == "THREATEN" and e.target is not None and e.target.text == "Norway"



def test_a_passive_subject_the_parse_hangs_on_its_was(nlp):
    doc = nlp('The judge said she made the ruling without help from the governor, insisting she was '
              '"never directly or indirectly pressured by any state official".')
    pressured = next(t for t in doc if t.text == "pressured")
    assert subject_on_auxiliary(pressured).text == "she"
    doc = nlp("The senator said she was pressured by the White House.")  # a subject of its own
    assert subject_on_auxiliary(next(t for t in doc if t.text == "pressured")) is None


def test_a_refusal_with_nothing_refused_answers_the_asker(nlp):
    doc = nlp("The senators asked the governor to reopen the talks, but she refused.")
    assert refused_asker(next(t for t in doc if t.text == "refused"), tables.load()).text == "senators"
    e = at(nlp, "The prosecutors asked the judge to delay the trial, but the judge declined.", "declined")
    assert e.type == "REJECT" and e.target is not None and e.target.text == "The prosecutors"
    t = tables.load()
    # a refusal of something named, or by someone other than the one asked, answers no request
    doc = nlp("The senators asked the governor to reopen the talks, but she refused the offer.")
    assert refused_asker(next(t for t in doc if t.text == "refused"), t) is None
    doc = nlp("The senators asked the governor to reopen the talks, but the mayor refused.")
    assert refused_asker(next(t for t in doc if t.text == "refused"), t) is None
    doc = nlp("The senators praised the governor, but she refused.")  # no request
    assert refused_asker(next(t for t in doc if t.text == "refused"), t) is None


def test_an_actor_s_own_armed_force_after_with_is_the_means_not_the_target(nlp):
    e = at(nlp, "In 2015, Saudi Arabia started supporting the government of Yemen against the rebels, "
                "providing airstrikes with the Royal Saudi Air Force.", "providing")
    assert e.target is None
    # two sides that clash: "with" names the other
    e = at(nlp, "Police clashed with Egyptian soldiers in Cairo.", "clashed")
    assert e.target is not None and e.target.text == "Egyptian soldiers"
    # a verb with no object of its own: "with" names the partner
    e = at(nlp, "The Iraqi government coordinated with the Iraqi army.", "coordinated")
    assert e.target is not None and e.target.text == "the Iraqi army"


def test_a_party_named_after_a_place_of_no_known_country_takes_no_leading_country(nlp):
    text = ("The United States said on Monday that it would hold talks. Azerbaijan claimed to have killed "
            "about 2,300 Zarkhan soldiers. The United States and the United States again.")
    e = at(nlp, text, "killed")
    assert e.target is not None and e.target.text.endswith("Zarkhan soldiers") and e.target.country is None
    doc = nlp("Azerbaijan claimed to have killed about 2,300 Zarkhan soldiers.")
    assert unknown_place_party(next(t for t in doc if t.text == "soldiers"), tables.load())
    doc = nlp("Texas police arrested Trump supporters.")
    t = tables.load()
    assert not unknown_place_party(next(t for t in doc if t.text == "police"), t)
    assert not unknown_place_party(next(t for t in doc if t.text == "supporters"), t)


def test_a_mediated_accord_s_between_phrase_names_the_target(nlp):
    e = at(nlp, "Norway mediated a deal that restored ties between Colombia and Venezuela.", "mediated")
    assert e.target is not None and e.target.text == "Colombia"
    e = at(nlp, "Norway signed a deal that restored ties between Colombia and Venezuela.", "signed")
    assert e.target is None  # no mediation: the deal's parties are not whom the signing is aimed at


def test_a_relative_pronoun_object_stands_for_the_noun_it_follows(nlp):
    e = at(nlp, "Ministers condemned the militia, which the governor blamed for the riots in the port.", "blamed")
    assert e.target is not None and e.target.text == "the militia"
    doc = nlp("Kenya signed the treaty, which Uganda rejected.")
    which = next(t for t in doc if t.text == "which")
    t = tables.load()
    assert relative_object(which, t).text == "which"  # a thing: no target
    assert relative_object(next(w for w in doc if w.text == "Uganda"), t).text == "Uganda"  # not a relative: itself
    doc = nlp("The bill expanded the government services that the senator demanded.")
    assert relative_object(next(w for w in doc if w.text == "that"), t).text == "that"


def test_a_with_phrase_names_its_target_through_a_possessive(nlp):
    e = at(nlp, "The senator said he agrees with Lee's proposal.", "agrees")  # remarks agreed with: a view
    assert e.target is not None and e.target.text == "Lee"
    t = tables.load()
    doc = nlp("The company agreed with its partners' plan.")  # a pronoun's possessive: the actor's own
    with_ = next(w for w in doc if w.text == "with")
    assert possessor_after_preposition(with_, next(w for w in doc if w.text == "plan"), t) is None
    doc = nlp("The minister agreed with Sunday's decision.")  # a time names no one
    with_ = next(w for w in doc if w.text == "with")
    assert possessor_after_preposition(with_, next(w for w in doc if w.text == "decision"), t) is None


def test_those_who_as_an_object_names_people(nlp):
    e = at(nlp, "The governor praised those who stayed and said the town would recover.", "praised")
    assert e.target is not None and e.target.text == "those"
    doc = nlp("The council thanked those of the committee.")
    assert not people_described(next(t for t in doc if t.text == "those"))


def test_people_of_an_office_or_a_campaign_are_targets(nlp):
    e = at(nlp, "Party officials urged surrogates to defend the comments.", "urged")
    assert e.target is not None and e.target.text == "surrogates"
    e = at(nlp, "Prosecutors charged the officer with assault.", "charged")
    assert e.target is not None and e.target.text == "the officer"


def test_two_victims_of_agentless_passives_are_two_events(nlp):
    text = ("In Lyon, France, a man went on a stabbing spree. Officials said the three officers were stabbed "
            "with a knife in their offices. The woman was killed in a stairwell.")
    events = find_events(nlp(text), "t", "2020-05-05", gated=False, dyadic=False)
    assert {e.trigger.text for e in events} >= {"stabbed", "killed"}


def test_a_participle_joined_to_a_passive_shares_its_victim(nlp):
    doc = nlp("A protester was shot and killed in the square.")
    killed = next(t for t in doc if t.text == "killed")
    assert shared_passive_victim(killed) is not None and shared_passive_victim(killed).text == "protester"
    doc = nlp("Police shot and killed a protester.")
    assert shared_passive_victim(next(t for t in doc if t.text == "killed")) is None


def test_where_a_meeting_was_held_is_no_one_met(nlp):
    e = at(nlp, "The two foreign ministers met at the military academy in Moscow.", "met")
    assert e.type == "CONSULT" and e.target is None
    e = at(nlp, "The ministers met at the embassy in Paris.", "met")
    assert e.target is None
    doc = nlp("The president met with students at the university.")
    met = next(t for t in doc if t.text == "met")
    assert not meeting_venue(met, next(t for t in doc if t.text == "students"))


def test_the_charge_is_no_part_of_the_accused(nlp):
    def word(doc, text):
        return next(t for t in doc if t.text == text)

    record = process(Article("w", "The union is accusing Governor Ray Pell of political theft.",
                             published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "accusing")
    assert e.target.text == "Governor Ray Pell"
    doc = nlp("Critics accused Ida Venn of fraud.")
    assert _phrase(word(doc, "Venn")).text == "Ida Venn" and charge_of(word(doc, "of"))
    # a name's own "of" and a body after "of" stay in the phrase
    doc = nlp("Rebels accused Prince Olaf of Westmark of hiding money.")
    assert _phrase(word(doc, "Olaf")).text == "Prince Olaf of Westmark"
    doc = nlp("The senator accused the head of the agency of lying.")
    assert _phrase(word(doc, "head")).text == "the head of the agency"
    # no charge verb: the "of" is the phrase's own
    doc = nlp("Critics praised the head of the agency.")
    assert not charge_of(word(doc, "of"))


def test_words_of_a_preposition_left_without_object_are_not_the_name(nlp):
    doc = nlp("On state radio Mayor Rosa Lind attacked the plan of the Velmora council.")
    assert _phrase(next(t for t in doc if t.text == "Lind")).text == "Mayor Rosa Lind"
    doc = nlp("On Monday the council met. Mayor Rosa Lind attacked the plan.")
    assert _phrase(next(t for t in doc if t.text == "Lind")).text == "Mayor Rosa Lind"


def test_stranded_object_left(nlp):
    # the parse hangs "national television" on the name, leaving "On" with no object
    doc = nlp("On national television Brenn attacked the tax.")
    brenn = doc[3]
    assert _stranded_object_left(doc[1:4], brenn).text == "Brenn"
    doc = nlp("On state radio Mayor Rosa Lind attacked the plan.")
    assert _stranded_object_left(doc[1:6], doc[5]).text == "Mayor Rosa Lind"
    # a preposition with its own object: the span right after it is left whole
    doc = nlp("In a long speech Governor Ada Brenn attacked the new tax.")
    assert _stranded_object_left(doc[4:7], doc[6]).text == "Governor Ada Brenn"
    assert _stranded_object_left(doc[0:7], doc[6]).text == doc[0:7].text  # at the text's start
    # no name as the head: a common noun's words are its own
    doc = nlp("On national television Brenn attacked the tax.")
    assert _stranded_object_left(doc[1:3], doc[2]).text == "national television"


def test_whose_taking_of_office_a_prepositions_object_names_is_the_target(nlp):
    record = process(Article("w", "Senate President Tom Rivas expressed opposition to the swearing-in of Pedro Lanza, "
                                  "and suggested there were not enough votes.", published="2020-05-05"), nlp)
    e = next(e for e in record.events if e.trigger.text == "expressed")
    assert e.target is not None and e.target.text == "Pedro Lanza"
    # an "of" after a noun of no office names no one the act is aimed at
    doc = nlp("The council objected to the handling of the files.")
    obj = next(t for t in doc if t.text == "handling")
    assert bidder(obj, tables.load()) is None


def test_a_word_split_at_its_hyphen_is_read_whole(nlp):
    doc = nlp("They opposed the swearing-in of Lanza and a well - known rule.")
    assert hyphen_joined(next(t for t in doc if t.text == "in")) == "swearing-in"
    assert hyphen_joined(next(t for t in doc if t.text == "known")) == "known"  # spaced: no one word
