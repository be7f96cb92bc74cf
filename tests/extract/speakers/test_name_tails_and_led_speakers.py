"""Issue 13, r18-ptspk: wrong and missing speaker names found on a PolNeAR train sample. A campus
after a university's comma is no second subject, nor a "they"; the object of "led ... to announce"
announced; a word ending a dash-set aside is no subject; a person's name ends before a preposition
the tagger ran into it; places are no one a "he" stands for; "her belief" after a subject is the
subject's. Made-up texts."""

import onrecord
from onrecord.extract.candidates import caused_speaker, name_tail_read_as_subject, subject_before_aside
from onrecord.extract.speakers.passes import pronouns
from statement_lookup import state_of, token


def _speakers(text: str) -> list[tuple[str, str | None]]:
    record = onrecord.extract(text)
    return [(s.content.text, s.speaker.name if s.speaker else None) for s in record.statements]


# ---- a campus after a university's comma ----

CAMPUS = ("In a new paper, Tessa Ormond and Paul Whitcombe of the University of Texas, Austin suggest "
          "that the slump was the fault of bank rules.")


def test_a_campus_after_a_comma_is_no_second_speaker():
    names = [name for _, name in _speakers(CAMPUS)]
    assert names == ["Tessa Ormond", "Paul Whitcombe"]


def test_a_subject_after_another_with_no_and_is_a_name_tail(nlp):
    doc = nlp(CAMPUS)
    austin = token(doc, "Austin")
    if austin.dep_ == "nsubj":  # the parse this guards against
        assert name_tail_read_as_subject(austin)
    joined = nlp("Acme Corp, which makes toys, and Globex Corporation which makes games, emphasized the point.")
    second = token(joined, "Corporation")
    assert not name_tail_read_as_subject(second)


# ---- the object of a verb of making someone act ----

def test_the_one_led_to_announce_announced(nlp):
    text = "The leak of the memo led party chairman Tom Hadley to announce that he would step down."
    assert _speakers(text) == [("he would step down", "Tom Hadley")]
    doc = nlp(text)
    assert caused_speaker(token(doc, "announce")).text == "Hadley"


def test_one_asked_to_say_is_not_read_as_caused(nlp):
    doc = nlp("The board asked the mayor to say that the bridge would reopen.")
    assert caused_speaker(token(doc, "say")) is None


# ---- a word ending a dash-set aside ----

def test_the_noun_before_a_dash_aside_is_the_subject(nlp):
    doc = nlp("The town's shopkeepers - who lent money to three mayors, only to see each of them fail - "
              "believe that the new plan will end the same way.")
    cue = token(doc, "believe")
    subject = next(c for c in cue.children if c.dep_ == "nsubj")
    assert subject_before_aside(cue, subject).text == "shopkeepers"


def test_a_name_set_off_by_dashes_stays_the_subject(nlp):
    doc = nlp("The senator's chief aide - Pia Lund - said that the vote would be delayed.")
    cue = token(doc, "said")
    subject = next(c for c in cue.children if c.dep_ == "nsubj")
    assert subject_before_aside(cue, subject) is subject


# ---- a person's name the tagger ran into a preposition ----

def test_a_name_ends_before_where_the_person_is_from():
    text = ('Along the quay, a crowd in "Save the Lighthouse" caps waited with candles for the lost crew. '
            'Luis "Tito" Alvarez of Riverton lit the first of the candles. '
            '"I could hardly speak all evening," he said.')
    # the tagger spans 'Luis "Tito" Alvarez of Riverton' (or '... of') as the name
    assert [name for _, name in _speakers(text)] == ['Luis "Tito" Alvarez']


# ---- places bring in no one a "he" may be ----

def test_he_goes_on_past_a_sentence_about_places_into_the_next_paragraph():
    text = ("Omar Feld says he would be shouting at voters on their way to the polls.\n\n"
            "With that in mind, he is campaigning in Westmark and Nordland instead. The two states vote "
            "on March 1.\n\n"
            "\u201cIf somebody shouted at me, I would vote against them,\u201d he joked with reporters.")
    assert ("If somebody shouted at me, I would vote against them,", "Omar Feld") in _speakers(text)


def test_states_are_no_newcomer(nlp):
    doc = nlp("The two states vote on March 1.")
    assert not pronouns.unnamed_newcomer(token(doc, "states"), "m")


# ---- one's own belief ----

def test_her_belief_after_a_named_subject_is_hers(nlp):
    text = ("Helen Marsh and Alice Brook met on Tuesday. On the toll plan, Marsh stated her view that "
            "the fee was far too high.")
    doc, state = state_of(nlp, text)
    her = token(doc, "her")
    found = pronouns.subject_owning_object(state, her, "f")
    assert found is not None and found.name == "Helen Marsh"


def test_her_belief_after_another_woman_named_between_stays_open(nlp):
    text = "Helen Marsh, who met Alice Brook on Tuesday, stated her view that the fee was far too high."
    doc, state = state_of(nlp, text)
    her = token(doc, "her")
    assert pronouns.subject_owning_object(state, her, "f") is None


def test_her_belief_disputed_is_someone_elses(nlp):
    # one disputes, rejects or mocks another's belief: only stating or sharing one's view is one's own
    for verb in ("disputed", "rejected", "mocked"):
        text = f"Judge Ana Cole spoke on Monday. Lawyer Mary Ross {verb} her belief that the ballots were burned."
        doc, state = state_of(nlp, text)
        her = token(doc, "her")
        assert pronouns.subject_owning_object(state, her, "f") is None
    text = "Judge Ana Cole spoke on Monday. Lawyer Mary Ross voiced her belief that the ballots were burned."
    doc, state = state_of(nlp, text)
    found = pronouns.subject_owning_object(state, token(doc, "her"), "f")
    assert found is not None and found.name == "Mary Ross"
