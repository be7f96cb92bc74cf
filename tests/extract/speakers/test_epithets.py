"""Epithets (passes/epithets.py): a definite description that goes on with the one the
sentence before is about, each on a few made-up sentences."""
from onrecord.extract.speakers.passes import epithets
from statement_lookup import speaker, state_of, token


def test_a_governor_described_after_his_name_is_named():
    text = ("Gov. Ann Price of Maine and Gov. Bill Moss of Ohio spoke first. Later, Tom Brandle of Vermont said on "
            "Friday that the new bridge would open in the spring. "
            "The Vermont governor said the state would pay for the repairs.")
    found = speaker(text, "the state would pay")
    assert found.name == "Tom Brandle" and found.rule == "description"


def test_a_candidate_described_after_he_spoke_is_named():
    text = ('"We will build it," Tom Brandle told reporters. '
            "The Democratic candidate later said the plan would cost less.")
    assert speaker(text, "the plan would cost less").name == "Tom Brandle"


def test_a_publication_described_after_its_name_is_named():
    text = ("The Harbor Ledger is hosting a forum for the candidates at a hotel downtown. "
            "The liberal publication has said the mayor should resign.")
    found = speaker(text, "the mayor should resign")
    assert found.name == "Harbor Ledger" and found.rule == "description"


def test_two_people_before_leave_the_epithet_unnamed():
    text = ("Gov. Ann Price of Maine and Gov. Bill Moss of Ohio spoke first. Later, Tom Brandle met Peter "
            "Walsh, and Walsh asked him about the bridge. The Vermont governor said the state would pay for it.")
    found = speaker(text, "the state would pay")
    assert found.rule == "unnamed"


def test_the_one_who_retorts_is_not_the_one_before(nlp):
    doc = nlp("At the meeting, the senator retorted that the bridge would pay for itself.")
    assert epithets.replying_verb(token(doc, "senator"))


def test_a_person_brought_in_unnamed_is_not_the_one_named_before(nlp):
    doc, state = state_of(nlp, "Mary Hollis ordered a quarantine when a nurse came back from abroad. "
                               "The nurse said the order broke her rights.")
    head = token(doc, "nurse", 1)
    assert epithets.epithet_antecedent(state, doc[head.i - 1:head.i + 1], head) is None


def test_a_description_naming_someone_else_is_no_epithet(nlp):
    doc = nlp("The Christie supporter said the bridge would pay for itself.")
    head = token(doc, "supporter")
    assert epithets.names_another(doc[0:3], head)


def test_the_gender_of_the_noun_must_fit(nlp):
    doc, state = state_of(nlp, "Mary Hollis said on Friday that the bridge would open in the spring. "
                               "The businessman said the state would pay.")
    hollis = state.persons_by_offset[0][1]
    state.last_speaker, hollis.last_seen = hollis, 0
    head = token(doc, "businessman")
    assert epithets.epithet_antecedent(state, doc[head.i - 1:head.i + 1], head) is None
    assert epithets.noun_gender(type("T", (), {"lemma_": "chairwoman"})()) == "f"


def test_a_bare_man_is_no_epithet(nlp):
    doc = nlp("The man said the bridge was a waste.")
    assert epithets.epithet_head(doc[0:2], token(doc, "man")) is None


def test_a_thing_of_another_name_in_the_sentence_leaves_the_kind_unnamed():
    text = ("ShipWatch listed no signal for the month. Harbor Tracker's log had no sighting of the ship; "
            "the website noted the signal from the port but declared the ship was not there.")
    assert speaker(text, "the ship was not there").name != "ShipWatch"


def test_a_person_of_another_role_is_not_the_epithet():
    text = ("Tom Brandle asked Mayor Ann Price to reopen the office. Price closed it in April. "
            '"We need it back," the Republican presidential candidate told reporters.')
    assert speaker(text, "We need it back").name != "Ann Price"


def test_a_body_written_in_the_named_persons_title_is_no_other_name():
    # issue 13, r19-pron: "Senate" of "Senate Minority Leader" names the body he leads
    text = ("The vote was delayed, said Senate Minority Leader Ruth Calloway (D-Ore.).\n\n"
            '"We are not done," Calloway said in an interview on Tuesday. '
            'Recalling her years as a teacher, the Senate Democratic leader said, "Patience wins."')
    found = speaker(text, "Patience wins")
    assert found.name == "Ruth Calloway" and found.rule == "description"


def test_a_body_not_in_the_named_persons_title_still_names_another():
    text = ("The vote was delayed, said Governor Ruth Calloway (D-Ore.).\n\n"
            '"We are not done," Calloway said in an interview on Tuesday. '
            'Recalling her years as a teacher, the Senate Democratic leader said, "Patience wins."')
    assert speaker(text, "Patience wins").name != "Ruth Calloway"


def test_an_epithet_sharing_one_word_of_the_named_persons_title_is_someone_else():
    # r19-fixspk: "Senate" is a word of her title, "majority" is not: another leader
    for named in ("Senate Minority Leader Ruth Calloway criticized",
                  "Ruth Calloway, the Senate minority leader, criticized"):
        text = f"{named} the ferry bill on Monday. The Senate majority leader said the ferry bill would pass."
        assert speaker(text, "ferry bill would pass").name != "Ruth Calloway"


def test_an_epithet_of_the_opposite_seat_is_someone_else():
    # the majority leader is not the minority leader the sentence before named; the same seat is
    text = "Minority Leader Jo Vantresca criticized the bill on Monday. The majority leader said the bill would pass."
    assert speaker(text, "the bill would pass").name != "Jo Vantresca"
    text = "Minority Leader Jo Vantresca criticized the bill on Monday. The minority leader said the bill would fail."
    assert speaker(text, "the bill would fail").name == "Jo Vantresca"
    text = "Senior Judge Ann Vell heard the case on Monday. The junior judge said the appeal would fail."
    assert speaker(text, "the appeal would fail").name != "Ann Vell"
