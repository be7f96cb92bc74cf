"""Acts the grammar vouches for past the event gate (people let go, aid handed over to a state),
protest actions gone on or aimed against someone, investigations a light verb reports, and the
subject an active verb shares with the passive it is joined to."""
from __future__ import annotations

from onrecord.extract.events import gate
from onrecord.extract.events.coder import find_events
from onrecord.extract.events.non_events import gathering_against, protest_action
from onrecord.extract.events.phrases import _subject, passive_shared_subject


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def _events(nlp, text):
    return [(e.type, e.mode, e.trigger.text) for e in find_events(nlp(text), "t", "2022-06-07")]


def test_people_let_go_by_a_named_captor_pass_the_gate(nlp):
    for text, verb in (("The Tarvian army released two hostages on Friday.", "released"),
                       ("The militia freed dozens of detainees near the river.", "freed"),
                       ("Russia released 40 Ukrainian soldiers.", "released")):
        assert ("RETREAT", "release", verb) in _events(nlp, text), text
        # the gate alone, reading "release" as news uses it, would drop them: kept at its threshold
        shipped = gate.load()
        log: list = []
        find_events(nlp(text), "t", gated=False, gate_log=log)
        assert all(shipped.probability(f) < shipped.threshold for e, f in log if e.trigger.text == verb), text


def test_things_released_stay_out(nlp):
    for text in ("The ministry released a statement on Monday.",
                 "Police released the names of the two drivers.",
                 "The singer released a new album in Oslo."):
        assert not any(t == "released" for _, _, t in _events(nlp, text)), text


def test_aid_handed_to_a_named_state_is_aid(nlp):
    assert ("AID", None, "sent") in _events(nlp, "Japan sent medical supplies to Kenya.")
    assert ("AID", None, "provided") in _events(nlp, "Germany provided 6 million euros to Jordan.")


def test_gifts_to_no_state_or_of_no_aid_stay_out(nlp):
    for text, verb in (("The mayor gave a speech to the council.", "gave"),
                       ("The company provided information to police.", "provided"),
                       ("The tycoon donated $2 million to the Orr campaign.", "donated")):
        assert not any(t == verb for _, _, t in _events(nlp, text)), text


def test_a_strike_gone_on_is_a_protest(nlp):
    doc = nlp("Dock workers in the port went on strike for higher wages.")
    assert protest_action(_token(doc, "went")) == "strike"
    assert any(k == "PROTEST" for k, _, _ in _events(nlp, "Nurses went on strike on Monday."))
    assert protest_action(_token(nlp("The minister went on a tour of the north."), "went")) is None
    assert protest_action(_token(nlp("The senator went on television."), "went")) is None


def test_a_rally_against_someone_is_a_protest(nlp):
    doc = nlp("Farmers staged a rally in the capital against the government.")
    assert gathering_against(_token(doc, "rally"), _token(doc, "staged"))
    assert protest_action(_token(doc, "staged")) == "demo"
    assert ("PROTEST", "demo", "staged") in _events(nlp, "Farmers staged a rally in Paris against the government.")
    doc = nlp("Farmers staged a rally in the capital on Sunday.")
    assert protest_action(_token(doc, "staged")) is None


def test_an_investigation_launched_into_someone_is_an_accusation(nlp):
    assert ("ACCUSE", "investigate", "launched") in _events(
        nlp, "Germany launched an investigation into Russia over the hacking.")


def test_an_investigation_of_an_accident_accuses_no_one(nlp):
    for text, verb in (("Police in Canada launched an investigation into the crash.", "launched"),
                       ("The safety board began investigations of the crash.", "began")):
        assert not any(t == verb for _, _, t in _events(nlp, text)), text


def test_cutting_aid_to_a_state_is_a_sanction(nlp):
    assert ("SANCTION", "discontinue", "reduced") in _events(nlp, "The United States reduced military aid to Colombia.")


def test_an_active_verb_joined_to_a_passive_shares_its_subject(nlp):
    doc = nlp("The governor of Tarvia has been charged by the state prosecutor with fraud and will resign.")
    assert passive_shared_subject(_token(doc, "resign")).text == "governor"
    assert _subject(_token(doc, "resign")).text == "governor"  # not the prosecutor, the passive's "by"
    doc = nlp("The clerk was questioned by inspectors and then arrested.")
    assert passive_shared_subject(_token(doc, "arrested")) is None  # a bare participle shares the passive


def test_pictures_or_lists_of_people_released_free_no_one(nlp):
    for text in ("The rebels released a video of the Peruvian hostages.",
                 "The rebels released photos of the Peruvian journalist.",
                 "The rebels released a list of detainees."):
        events = find_events(nlp(text), "t", "2022-06-07", gated=False, dyadic=False)
        assert not any(e.mode == "release" for e in events), text
    assert ("RETREAT", "release", "released") in _events(nlp, "The rebels released two of the Peruvian hostages.")


def test_goods_sold_or_sent_to_a_spot_are_no_aid(nlp):
    for text, verb in (("Peruvian firm Zedco supplied equipment to the Chilean police under a $9 million contract.",
                        "supplied"),
                       ("The army sent equipment to the Peruvian border.", "sent")):
        assert ("AID", None, verb) not in _events(nlp, text), text
