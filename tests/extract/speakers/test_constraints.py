"""Hard constraints on speakers (``extract/speakers/constraints.py``): a name inside a mention, a
place a description names, datelines. Through the whole extraction, as a user sees them."""
import onrecord
from onrecord.extract.speakers.constraints import tied_to
from onrecord.extract.speakers.resolver import RULES
from statement_lookup import speaker_of, statement_with


def test_a_name_inside_a_title_is_the_speaker(nlp):
    text = ("Angela Merkel met officials in Berlin on Monday. "
            "US Ambassador to Germany Richard Grenell said the airline had helped the regime.")
    record = onrecord.extract(text)
    speaker = statement_with(record, "the airline had helped").speaker
    assert speaker.name == "Richard Grenell"
    assert speaker.rule == "name-in-mention"
    assert "US Ambassador to Germany" in speaker.roles


def test_a_name_after_an_office_and_a_comma_is_the_speaker(nlp):
    text = ("Thailand closed its borders on Sunday. "
            "The governor of Ohio, Mike DeWine, announced the state had extended its order.")
    assert speaker_of(text, "the state had extended its order") == "Mike DeWine"


def test_whom_a_role_serves_is_not_who_holds_it(nlp):
    text = ("A spokeswoman for Hillary Clinton says the campaign is confident about Ohio. "
            "Spokeswoman Jennifer Palmieri said the numbers were moving their way.")
    assert speaker_of(text, "the campaign is confident about Ohio") != "Hillary Clinton"


def test_a_description_naming_a_country_goes_to_no_one_else(nlp):
    text = ("Franklin Delano Roosevelt led the country through the war, the museum says. "
            "The president of Turkey vowed that his country would support Azerbaijan.")
    speaker = statement_with(onrecord.extract(text), "would support Azerbaijan").speaker
    assert speaker.name != "Franklin Delano Roosevelt"
    assert speaker.rule == "unnamed"


def test_a_dateline_is_never_a_speaker(nlp):
    text = "WASHINGTON — Officials said on Monday that the talks would resume."
    speaker = statement_with(onrecord.extract(text), "the talks would resume").speaker
    assert speaker is None or "WASHINGTON" not in speaker.name


def test_a_passive_subject_is_what_was_spoken_of(nlp):
    text = "In the summer, Keisha Lance Bottoms and Susan Rice were said to be on the shortlist."
    record = onrecord.extract(text)
    assert all((s.speaker is None or "Bottoms" not in s.speaker.name) for s in record.statements)


def test_every_speaker_says_which_rule_named_it(nlp):
    text = ("Maria Lopez, the mayor, said the budget was balanced. "
            "She added that taxes would not rise.")
    record = onrecord.extract(text)
    assert [s.speaker.rule for s in record.statements] == ["name", "pronoun"]
    assert all(s.speaker.rule in RULES for s in record.statements)
    assert record.to_json()["statements"][1]["speaker"]["rule"] == "pronoun"


def test_a_name_the_parser_cut_from_its_description_is_the_speaker(nlp):
    # a title then a name, the parser hanging each on the verb
    record = onrecord.extract('"The bridge will hold," said project co-director Laura Benning.')
    speaker = statement_with(record, "The bridge will hold").speaker
    assert speaker.name == "Laura Benning" and speaker.rule == "name-in-mention"
    assert speaker.roles == ["project co-director"]
    # a bare title joined by "and" to another
    text = 'Canadian economist and lecturer Paul Dorsey commented, "Prices will rise."'
    assert speaker_of(text, "Prices will rise") == "Paul Dorsey"


def test_a_name_after_a_description_past_according_to(nlp):
    record = onrecord.extract("The museum drew 8,000 visitors in May, according to director Helen Stroud.")
    speaker = statement_with(record, "8,000 visitors").speaker
    assert speaker.name == "Helen Stroud" and speaker.rule == "name-in-mention"


def test_a_name_after_a_description_must_end_its_phrase_and_be_alone_after_and(nlp):
    assert speaker_of("According to police John Smith was driving the car.", "John Smith was driving") != "John Smith"
    text = "The expert and John Smith said the plan would fail."
    assert speaker_of(text, "the plan would fail") != "John Smith"  # two people, not one


def test_a_given_name_inside_a_body_s_name_names_no_person(nlp):
    text = ("The race is close. A poll from Zedton Law School released Wednesday found the mayor "
            "leading by five points.")
    speaker = statement_with(onrecord.extract(text), "the mayor leading").speaker
    assert speaker is None or speaker.name != "Law School"


def test_a_state_s_name_ties_only_whole_to_a_holder(nlp):
    # "Kansas" is not in "Arkansas", "Virginia" not in "West Virginia", "Mexican" not in "New Mexico"
    cases = [
        ("Sen. John Doe (R-Ark.) opposed the farm bill on Monday. \"It is a bad bill,\" the Kansas senator said.",
         "It is a bad bill"),
        ("Sen. John Doe (R-W.Va.) opposed the coal rule on Monday. \"It is a bad rule,\" the Virginia senator said.",
         "It is a bad rule"),
        ("Sen. Jane Roe (D-N.M.) met officials in Mexico City on Monday. \"We agreed on water,\" the Mexican "
         "senator said.", "We agreed on water"),
    ]
    for text, quote in cases:
        record = onrecord.extract(text)
        assert statement_with(record, quote).speaker.name not in ("John Doe", "Jane Roe")
        holders = [e for e in record.entities if e.name in ("John Doe", "Jane Roe")]
        assert all(e.affiliation not in ("Virginia", "Mexican") for e in holders)


def test_a_state_s_abbreviation_or_nationality_still_ties(nlp):
    assert tied_to({"Florida"}, "R-Fla.", [])
    assert tied_to({"Texan"}, "R-Texas", [])
    assert tied_to({"Virginia"}, "D-Va.", [])
    assert tied_to({"West Virginia"}, "R-W.Va.", [])
    assert tied_to({"Turkey"}, "Turkish", [])
    assert not tied_to({"Kansas"}, "R-Ark.", [])
    assert not tied_to({"Virginia"}, "R-W.Va.", [])
    assert not tied_to({"Mexican"}, "D-N.M.", [])
