"""Issue 17: a resignation made to take up another post is no retreat (non_events.resigned_for_post)."""
from event_lookup import events_before_gate as events_of
from onrecord.extract.events.non_events import resigned_for_post
from statement_lookup import token


def _resigned(nlp, text):
    return [e for e in events_of(nlp, text) if e.trigger.text == "resigned"]


def test_a_resignation_to_become_another_officer_is_no_event(nlp):
    text = "In 2009, Jane Dowling resigned to become the Secretary of State of Peru."
    assert resigned_for_post(token(nlp(text), "resigned"))
    assert not _resigned(nlp, text)


def test_a_resignation_under_pressure_stays(nlp):
    # near misses: taking responsibility concedes; a protest, a bare resignation, and a
    # successor named "to become" in another clause leave the resignation a retreat
    for text in ("The Peruvian minister resigned to take responsibility for the failure.",
                 "The Peruvian minister resigned in protest over the treaty.",
                 "Jane Dowling resigned as governor of Lima on Friday.",
                 "The minister resigned after the scandal, and Jane Dowling was named to become his successor."):
        assert not resigned_for_post(token(nlp(text), "resigned"))
        assert any(e.type == "RETREAT" for e in _resigned(nlp, text))


def test_a_resignation_for_no_post_stays(nlp):
    # review near misses: "run" without "for", a post that is no office, a side joined, a protest
    for text in ("The Peruvian minister resigned to run the family business after the scandal.",
                 "The Peruvian minister resigned to join the opposition in protest against the treaty.",
                 "The Peruvian minister resigned to become a backbencher in protest at the treaty.",
                 "The Peruvian minister resigned to join the rebels in the mountains."):
        assert not resigned_for_post(token(nlp(text), "resigned"))
        assert any(e.type == "RETREAT" for e in _resigned(nlp, text))


def test_a_resignation_to_run_for_a_seat_is_no_event(nlp):
    text = "The Peruvian minister resigned on Monday to run for the Senate."
    assert resigned_for_post(token(nlp(text), "resigned"))
    assert not _resigned(nlp, text)
