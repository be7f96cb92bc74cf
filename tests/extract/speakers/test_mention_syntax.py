"""What a mention's own tokens say: where its phrase ends, its title, appositive and country,
whether a word is a speech verb, a subject or a description that refers back."""
import pytest

from onrecord.extract.speakers import mention_syntax as ms
from statement_lookup import tagged, token

KHAMENEI = "Iran’s Supreme Leader Ali Khamenei said the missiles are precise."
REZAEI = "Mohsen Rezaei, the secretary of Iran’s Expedience Council, said on Monday that talks failed."


def test_token_at_a_character_offset(nlp):
    doc = nlp("Prime Minister Lee Wong spoke.")
    assert ms.token_at(doc, 0).text == "Prime"
    assert ms.token_at(doc, 8).text == "Minister"  # inside the word
    assert ms.token_at(doc, len(doc.text)) is None


def test_speech_words_in_their_simple_forms():
    assert ms.speech_word("says") and ms.speech_word("said") and ms.speech_word("tells")
    assert not ms.speech_word("table") and not ms.speech_word("tables")


def test_a_mention_phrase_stops_at_the_appositive(nlp):
    doc = nlp(REZAEI)
    rezaei = token(doc, "Rezaei")
    start, end = ms.mention_range(rezaei)
    assert doc[start:end].text == "Mohsen Rezaei"
    assert ms.appositive_roles(rezaei) == ["secretary of Iran’s Expedience Council"]
    assert ms.subject_token(rezaei) and not ms.refers_back(rezaei)


def test_title_and_country_before_a_name(nlp):
    doc = nlp(KHAMENEI)
    khamenei = token(doc, "Khamenei")
    start, end = ms.mention_range(khamenei)
    span = doc[start:end]
    assert span.text == "Iran’s Supreme Leader Ali Khamenei"
    assert ms.title_roles(span, khamenei) == ["Supreme Leader"]
    assert ms.affiliation_of(span, khamenei) == "Iran"
    assert ms.strip_determiner(nlp("the Iranian military,")[:]) == "Iranian military"


def test_descriptions_and_pronouns_refer_back(nlp):
    doc = nlp("The former governor said the race was close. He left.")
    governor, he = token(doc, "governor"), token(doc, "He")
    assert ms.refers_back(governor) and ms.refers_back(he)
    assert not ms.refers_back(token(doc, "race"))
    # sentence windows around a token
    assert ms.window_start(he, 0).text == "He" and ms.window_start(he, 1).i == 0
    assert ms.window_end(governor, 0).i == token(doc, ".").i and ms.window_end(governor, 1).i == len(doc) - 1


def test_people_and_bodies_can_speak_things_cannot(nlp):
    doc = nlp("Critics said the changes were rushed.")
    assert ms.actor_noun(token(doc, "Critics")) and not ms.actor_noun(token(doc, "changes"))


def test_relative_pronoun_stands_for_the_noun_before(nlp):
    doc = nlp("McConnell, who said the bill was dead, left early.")
    assert ms.relative_antecedent(token(doc, "who")).text == "McConnell"


def test_office_words_and_qualifiers_are_normalised(nlp):
    assert ms.office_word("Gov.") == "Gov" and ms.office_word("President") == "President"
    assert ms.qualifier("GOP") == "republican" and ms.qualifier("Democrat's") == "democratic"
    assert ms.qualifier("States") == "states" and ms.qualifier("spokesman") == "spokesman"  # its own "s" kept
    assert ms.span_qualifiers(nlp("the Republican vice president")[:]) == {"republican", "vice"}


def test_a_court_name_cut_short_by_the_tagger_is_carried_on(nlp):
    doc = nlp("The U.S. Court of Appeals for the Sixth Circuit ruled on Monday.")
    court = next(e for e in doc.ents if e.text.endswith("Court of Appeals"))
    assert ms.body_name(court) == "U.S. Court of Appeals for the Sixth Circuit"


def test_a_title_or_an_occupation_before_a_first_name_is_no_part_of_the_name(nlp):
    doc = nlp("Broadcaster Piers Morgan met Ayatollah Ali Sistani, Hardeep Singh Puri and L. Ron Hubbard.")
    assert ms.title_before_name(token(doc, "Broadcaster")) and ms.title_before_name(token(doc, "Ayatollah"))
    assert not ms.title_before_name(token(doc, "Hardeep")) and not ms.title_before_name(token(doc, "L."))


def test_a_capital_the_in_mid_sentence_is_part_of_a_one_word_name(nlp):
    doc = nlp("The event was reported by the newspaper The Hindu on Friday.")
    at = next(t.i for t in doc if t.text == "Hindu")
    assert ms.name_with_the(doc[at - 1:at + 1]) == "The Hindu"
    doc = nlp("The Guardian reported the story first.")  # a "The" that opens the sentence says nothing
    assert ms.name_with_the(doc[0:2]) is None


def test_a_hyphenated_word_the_tokenizer_cut_stays_in_the_phrase(nlp):
    doc = nlp("They said project co-director Laura Benning and the team - and others - agreed.")
    co = token(doc, "co")
    assert ms.hyphen_joined_end(doc, co.i + 1) == token(doc, "director").i + 1
    assert ms.hyphen_joined_start(doc, token(doc, "director").i) == token(doc, "project").i
    # a dash between spaces joins nothing
    team = token(doc, "team")
    assert ms.hyphen_joined_end(doc, team.i + 1) == team.i + 1


def test_a_speech_verb_in_any_form(nlp):
    doc = nlp("He added that the road was closed. He repaired the road.")
    assert ms.speech_verb(token(doc, "added")) and not ms.speech_verb(token(doc, "repaired"))


def test_the_main_subject_of_a_sentence(nlp):
    doc = nlp("Tom Brown criticised the plan, which Peter Green wrote.")
    assert ms.main_subject(doc[:].sents.__next__()).text == "Brown"


def test_a_possessor_or_a_subordinate_clause_is_named_in_passing(nlp):
    doc = nlp("Tom Brown criticised Peter Green's plan, which Mary Jones wrote.")
    assert ms.in_passing(token(doc, "Green")) and ms.in_passing(token(doc, "Jones"))
    assert not ms.in_passing(token(doc, "Brown"))


def test_an_object_or_a_preposition_on_the_main_verb_is_an_argument(nlp):
    doc = nlp("Tom Brown met Peter Green on Monday.")
    assert not ms.in_passing(token(doc, "Green"))
    doc = nlp("For Peter Green, Tom Brown was a hero.")
    assert not ms.in_passing(token(doc, "Green"))


def test_whom_words_were_told_to_is_the_addressee(nlp):
    doc = nlp("Tom Brown told Peter Green the deal was fair.")
    assert ms.addressee(token(doc, "Green")) and not ms.addressee(token(doc, "Brown"))
    doc = nlp("Tom Brown met Peter Green on Monday.")
    assert not ms.addressee(token(doc, "Green"))


def test_a_title_joined_by_a_hyphen_is_one_title(nlp):
    doc = nlp("ZHO director-general Amara Quist said the name was chosen.")
    quist = token(doc, "Quist")
    span = doc[0:quist.i + 1]
    assert "director-general" in ms.title_roles(span, quist)[0]
    assert ms.joining_hyphen(token(doc, "-"))
    assert not ms.joining_hyphen(token(nlp("The vote - a close one - passed."), "-"))


def test_a_former_title_said_before_its_place_stays_former(nlp):
    doc = nlp("The former Canadian Prime Minister Jane Roe said the vote was fair.")
    roe = token(doc, "Roe")
    start, end = ms.mention_range(roe)
    assert ms.title_roles(doc[start:end], roe) == ["former Prime Minister"]
    doc = nlp("The Canadian Prime Minister Jane Roe said the vote was fair.")
    roe = token(doc, "Roe")
    start, end = ms.mention_range(roe)
    assert ms.title_roles(doc[start:end], roe) == ["Prime Minister"]


@pytest.mark.parametrize("text", [
    "Guests included the ex-Canadian Prime Minister Jane Roe, who said the food was fine.",
    "The plan came from then-Canadian Prime Minister Jane Roe, who said it was fair.",
    "The party once nominated the late Canadian Prime Minister Jane Roe, who said it was fair.",
])
def test_ex_then_and_the_late_before_a_place_make_the_title_former(nlp, text):
    doc = nlp(text)
    roe = token(doc, "Roe")
    start, end = ms.mention_range(roe)
    assert ms.title_roles(doc[start:end], roe) == ["former Prime Minister"]


def test_then_without_its_hyphen_before_a_place_is_a_time_word(nlp):
    # "and then": what came next, not a past post
    doc = nlp("The two ministers met for a day, and then Kelvian President Ida Roe said the deal was close.")
    roe = token(doc, "Roe")
    assert ms.title_roles(doc[0:roe.i + 1], roe) == ["President"]



def test_a_body_name_stops_at_a_bracket_it_does_not_close(nlp):
    doc = nlp("The Northern Rivers Water Authority (NRWA said the dam was safe.")
    span = doc[1:7]  # what a tagger may give: "Northern Rivers Water Authority (NRWA"
    assert ms.unclosed_bracket(span) == 5
    assert ms.body_name(doc.char_span(4, span.end_char, label="ORG")) == "Northern Rivers Water Authority"
    closed = nlp("The Northern Rivers Water Authority (NRWA) said the dam was safe.")
    assert ms.unclosed_bracket(closed[1:8]) is None


def _affiliation(nlp, text, name, person=True):
    doc = nlp(text)
    head = token(doc, name)
    return ms.affiliation_of(doc[head.left_edge.i:head.i + 1], head, person=person)


def test_a_nationality_before_a_private_person_is_no_affiliation(nlp):
    """"Italian artist" says where the artist is from; "US Senator", "Panama coach" and "President
    of France" name the holder's body; a body's own country stays."""
    assert _affiliation(nlp, "The show was hosted by Italian artist Mara Velt on Monday.", "Velt") is None
    assert _affiliation(nlp, "Canadian comedian Tom Rask said the tour was over.", "Rask") is None
    assert _affiliation(nlp, "Canadian comedian Tom Rask said the tour was over.", "Rask", person=False) == "Canadian"
    assert _affiliation(nlp, "US Senator Mara Velt said the bill would pass.", "Velt") == "US"
    assert _affiliation(nlp, "Panama coach Tom Rask said the team was tired.", "Rask") == "Panama"
    assert _affiliation(nlp, "He met President of France Ana Lutz in Rome.", "Lutz") == "France"
    doc = nlp("Canadian comedian Tom Rask said the tour was over.")
    assert ms.nationality_only(doc[0:1], token(doc, "Rask"))


def test_a_place_that_ends_a_body_s_name_gives_the_body(nlp):
    assert _affiliation(nlp, "Environment Canada spokeswoman Ana Lutz said the files were safe.", "Lutz") \
        == "Environment Canada"


def test_an_appositive_that_titles_other_names_or_starts_with_a_verb_is_no_role(nlp):
    doc = nlp("Protesters toppled statues of Tom Rask, US presidents Al Doe and Bo Poe, and abolitionist Jo Fry.")
    assert ms.appositive_roles(token(doc, "Rask")) == []
    doc = nlp("Ana Lutz, a UN rapporteur who had studied the case, cautioned justice does not come swiftly.")
    assert ms.appositive_roles(token(doc, "Lutz")) == ["UN rapporteur who had studied the case"]


def test_an_ordinal_left_outside_a_name_belongs_to_its_title(nlp):
    doc = nlp("Guests included First Lady Ana Lutz and her aides.")
    lady = token(doc, "Lady")
    assert ms.ordinal_before_title(doc, lady.idx, "Lady") == "First Lady"
    assert ms.ordinal_before_title(doc, token(doc, "Guests").idx, "Guests") == "Guests"


def test_an_office_named_with_its_country_keeps_the_country(nlp):
    doc = nlp("United States Attorney Jane Roe said the fraud was vast.")
    roe = token(doc, "Roe")
    start, end = ms.mention_range(roe)
    assert ms.title_roles(doc[start:end], roe) == ["United States Attorney"]
    doc = nlp("US Senator Jane Roe said the fraud was vast.")
    roe = token(doc, "Roe")
    start, end = ms.mention_range(roe)
    assert ms.title_roles(doc[start:end], roe) == ["Senator"]


def test_a_place_the_tagger_ended_at_its_kind_keeps_its_whole_name(nlp):
    doc = nlp("According to Chief Superintendent Jane Roe of the police of the Autonomous Region in Zorbian "
              "Mindanao, ten died.")
    roe = token(doc, "Roe")
    start, end = ms.mention_range(roe)
    assert ms.affiliation_of(doc[start:end], roe, person=True) == "Autonomous Region in Zorbian Mindanao"
    place = next(e for e in doc.ents if e.label_ == "GPE")
    assert ms.place_name_continued(place) == "Autonomous Region in Zorbian Mindanao"
    doc = nlp("Jane Roe of Canada said ten died.")
    assert ms.place_name_continued(next(e for e in doc.ents if e.label_ == "GPE")) is None


def test_a_country_word_the_tagger_cut_short_is_taken_whole(nlp):
    doc = nlp("The Puerto Rican delegate Jane Roe said the ruling was unwelcome.")
    puerto = next(e for e in doc.ents if e.text.startswith("Puerto"))
    assert ms.longer_country_word(doc[puerto.start:puerto.start + 1]) == "Puerto Rican"
    assert ms.longer_country_word(doc[puerto.start:puerto.end]) is None


def test_a_place_where_a_body_s_member_is_is_no_affiliation(nlp):
    doc = nlp("A BBC reporter in Ruritania said the border was shut.")
    reporter = token(doc, "reporter")
    span = doc[slice(*ms.mention_range(reporter))]
    place = next(e for e in doc.ents if e.text == "Ruritania")
    assert ms.place_where_a_body_s_member_is(place, span)
    assert ms.affiliation_of(span, reporter, person=True) is None
    doc = nlp("A reporter in Canada said the border was shut.")  # no body before the place
    place = next(e for e in doc.ents if e.text == "Canada")
    assert not ms.place_where_a_body_s_member_is(place, doc[0:4])


def test_a_place_inside_a_clause_on_the_mention_is_no_affiliation(nlp):
    doc = nlp("Jo Roe, a pollster who backed Zorbia Senator Al Doe in the primaries, said the race was close.")
    roe = token(doc, "Roe")
    place = next(e for e in doc.ents if e.text == "Zorbia")
    assert ms.inside_a_clause(place, roe)
    assert ms.affiliation_of(doc[roe.left_edge.i:roe.i + 1], roe, person=True) is None
    doc = nlp("US Senator Mara Velt said the bill would pass.")
    assert not ms.inside_a_clause(next(e for e in doc.ents if e.text == "US"), token(doc, "Velt"))


def test_a_place_inside_a_clause_on_a_body_s_mention_is_no_affiliation_either(nlp):
    # the clause rule holds for any speaker, not only a person (affiliation_of's docstring)
    doc = nlp("Zedwatch, a group that sued Ruritania last year, said the law was unfair.")
    head = token(doc, "group")
    place = next(e for e in doc.ents if e.text == "Ruritania")
    assert ms.inside_a_clause(place, head)
    assert ms.affiliation_of(doc[head.left_edge.i:head.right_edge.i + 1], head, person=False) is None


def test_a_mention_phrase_ends_before_its_last_time_phrase(nlp):
    cases = [
        ("According to officials on Saturday, the virus killed two visitors.", "officials", "officials"),
        ("According to police on Monday, two men were held.", "police", "police"),
        ("Officials at 10 a.m. said the fire was out.", "Officials", "Officials"),
        # a time phrase before another modifier, and an "of" with a year, stay in the mention
        ("According to a statement on Friday by the ministry, the border is closed.", "statement",
         "a statement on Friday by the ministry"),
        ("According to the Class of 2019, the school was unsafe.", "Class", "the Class of 2019"),
        ("According to the Committee on Foreign Relations, the deal is weak.", "Committee",
         "the Committee on Foreign Relations"),
    ]
    for text, head, mention in cases:
        doc = nlp(text)
        start, end = ms.mention_range(token(doc, head))
        assert doc[start:end].text == mention, text


def test_a_university_name_goes_on_to_its_campus(nlp):
    doc = nlp("The death of the poet was announced on Friday by the University of California, San Diego.")
    [ent] = [e for e in doc.ents if e.text.endswith("University of California")]
    assert ms.body_name(ent) == "University of California, San Diego"
    doc = nlp("The University of Iowa, Iowa City, said the campus would close.")
    [ent] = [e for e in doc.ents if e.text.endswith("University of Iowa")]
    assert ms.body_name(ent) == "University of Iowa, Iowa City"
    # a place that opens the clause after the comma is no campus
    doc = nlp("According to the University of Texas, Austin is growing fast.")
    [ent] = [e for e in doc.ents if e.text.endswith("University of Texas")]
    assert ms.body_name(ent) == "University of Texas"


@pytest.mark.parametrize("text, name", [
    ('The University of Sydney, Australia, said in a statement that the lab "was never at risk."',
     "University of Sydney"),
    ('The University of Chicago, Illinois, said in a statement that the lab "was never at risk."',
     "University of Chicago"),
    ('The University of Cambridge, UK, said in a statement that the lab "was never at risk."',
     "University of Cambridge"),
])
def test_a_country_or_state_after_a_university_is_where_it_is_not_its_campus(nlp, text, name):
    doc = nlp(text)
    [ent] = [e for e in doc.ents if e.text.endswith(name)]
    assert ms.body_name(ent) == name


def test_a_dateline_place_is_no_affiliation(nlp):
    doc = tagged(nlp, "OSLO - Prime Minister Erna Dahl will meet the envoy on Monday.",
                 [(0, 1, "GPE"), (4, 2, "PERSON")])
    assert ms.is_dateline(token(doc, "OSLO"))
    head = token(doc, "Dahl")
    assert ms.affiliation_of(doc[0:head.i + 1], head, person=True) is None
    doc = tagged(nlp, "In Oslo, Prime Minister Erna Dahl will meet the envoy on Monday.",
                 [(1, 1, "GPE"), (5, 2, "PERSON")])
    head = token(doc, "Dahl")
    assert ms.affiliation_of(doc[0:head.i + 1], head, person=True) == "Oslo"


def test_a_name_in_capitals_opening_a_paragraph_is_no_dateline(nlp):
    doc = nlp("U.S. Ambassador Jane Roe — a veteran diplomat — said the talks had failed.")
    assert not ms.is_dateline(token(doc, "U.S."))
    head = token(doc, "Roe")
    assert ms.affiliation_of(doc[0:head.i + 1], head, person=True) == "U.S."

# ---- words before a name that are no title: a date, a predicate, what one is to another ----

def test_title_roles_leave_out_a_date_a_predicate_and_a_relation(nlp):
    doc = nlp("In July 2015 President Jo Roe, on a tour, said that the country was safe.")
    assert ms.title_roles(doc[0:6], token(doc, "Roe")) == ["President"]
    doc = nlp("At a rally, Roe’s primary rival Sen. Jo Doe said Roe is weak.")
    assert ms.title_roles(doc[4:11], token(doc, "Doe")) == ["Sen."]
    assert ms.outside_title(token(doc, "rival"), token(doc, "Doe"))
    doc = nlp("The former 2020 presidential candidate Jo Roe said the plan was weak.")
    assert ms.title_roles(doc[0:7], token(doc, "Roe")) == ["former 2020 presidential candidate"]


def test_an_appositive_cut_before_a_possessive_is_no_role(nlp):
    doc = nlp("Jane Roe, host of NBC’s “Morning Show,” suggested that the plan would fail.")
    assert not any(r.startswith("host of") for r in ms.appositive_roles(token(doc, "Roe")))
    doc = nlp("Jane Roe, host of the morning show, suggested that the plan would fail.")
    assert "host of the morning show" in ms.appositive_roles(token(doc, "Roe"))


def test_a_name_closing_a_dash_aside_is_no_subject(nlp):
    doc = nlp("In the letter - addressed to the prosecutor for the District of Columbia, Jane D. Perkins - "
              "the Utah Republican asks for an inquiry.")
    after = ms.subject_after_dash_aside(token(doc, "Perkins"))
    assert after is not None and after.text == "the Utah Republican"
    doc = nlp("Jo Doe, the Utah Republican, asks for an inquiry.")
    assert ms.subject_after_dash_aside(token(doc, "Doe")) is None
