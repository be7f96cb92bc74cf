"""Issue 13, descriptions as speakers, each on a text made up for it: "the company" is not a body
of that kind named far back when another body is named just before it; a given name and a
surname are the person of that given name, not another of the surname; a place before "poll" is
where the poll was taken, not who ran it; a poll named after a body the tagger left untagged
speaks for that body; "a spokesman for" a body is that body's."""
import pytest

from onrecord.extract.speakers.constraints import tied_to
from onrecord.extract.speakers.mention_syntax import principal_spoken_for
from onrecord.extract.speakers.passes.descriptions import named_issuer, untagged_pollster
from statement_lookup import speaker, state_of, token

# ---- "the company" after another body named just before it ----


def test_the_company_is_not_one_named_far_back_when_another_body_is_named_just_before(nlp):
    text = ("Zorb Mining Company said on Monday that its workers were safe. It added that the "
            "mine would reopen in June.\n\n"
            "The storm also hit the coast. Several towns lost power for two days. Schools stayed "
            "closed and roads were blocked by fallen trees.\n\n"
            "Lena Varga was the director of Quillon's plant in Amiens. The company confirmed "
            "that she was on board the plane.")
    assert speaker(text, "she was on board the plane").name != "Zorb Mining Company"


def test_the_company_named_in_the_sentence_before_keeps_its_name(nlp):
    text = ("Zorb Mining Company said on Monday that its workers were safe, and Quillon agreed. "
            "The company added that the mine would reopen in June.")
    assert speaker(text, "the mine would reopen in June").name == "Zorb Mining Company"


# ---- a given name and a surname are the person of that given name ----


def test_a_full_name_before_campaign_is_not_another_of_the_surname(nlp):
    text = ("Mara Dolan spoke in Reno on Friday. Her husband Ted Dolan spoke in Vegas. Ted "
            "Dolan said the crowds were large.\n\n"
            "Rival Mara Dolan's campaign says it raised roughly $15 million in January.")
    assert speaker(text, "it raised roughly").name == "Mara Dolan campaign"


def test_short_person_picks_the_one_of_the_given_name(nlp):
    doc, state = state_of(nlp, "Mara Dolan spoke on Friday. Ted Dolan spoke later.")
    assert state.short_person("Mara Dolan").name == "Mara Dolan"
    assert state.short_person("Ted Dolan").name == "Ted Dolan"


# ---- a poll: a place before it is where it was taken; an untagged name is who ran it ----


def test_a_place_before_polls_is_not_who_ran_them(nlp):
    text = ("Ohio polls close at 7 p.m. on Saturday, and voters are still in line.\n\n"
            "Early results of an entrance poll of caucus-goers show Lena Varga ahead. The survey "
            "also showed that older voters backed Tom Gerrard.")
    assert speaker(text, "older voters backed").name != "Ohio"


def test_an_untagged_name_before_poll_is_who_ran_it(nlp):
    doc = nlp("The Quillon Consult poll showed that Lena Varga remained in the lead.")
    found = untagged_pollster(token(doc, "Consult"), token(doc, "poll"))
    assert found in (None, "Quillon Consult")  # None only when the tagger typed the name
    if token(doc, "Consult").ent_type_ in ("", "WORK_OF_ART"):
        assert found == "Quillon Consult"


def test_an_untagged_pollster_is_no_place_or_common_word(nlp):
    doc = nlp("A new online poll showed that Lena Varga remained in the lead.")
    assert untagged_pollster(token(doc, "online"), token(doc, "poll")) is None


def test_the_party_named_in_its_own_sentence_under_a_shorter_name_keeps_it(nlp):
    text = ("The Zorb Unity Party filed its list on Friday.\n\n"
            "\"Zorb Unity complies with the command,\" the party told the press.")
    assert speaker(text, "complies with the command").name == "Zorb Unity Party"


# ---- "a spokesman for X" is X's ----


def test_a_spokesman_for_a_body_is_affiliated_with_it(nlp):
    doc = nlp("A spokeswoman for the House Armed Services Committee said the plan was late.")
    found = principal_spoken_for(token(doc, "spokeswoman"))
    assert found in (None, "House Armed Services Committee")  # None only when the tagger missed the name
    if any(e.label_ == "ORG" and e.text.endswith("Committee") for e in doc.ents):
        assert found == "House Armed Services Committee"
    text = ("The plan was late. \"We need more time,\" a spokeswoman for the House Armed Services "
            "Committee said.")
    assert speaker(text, "We need more time").affiliation == found


def test_a_spokesman_for_the_family_has_no_affiliation_from_it(nlp):
    doc = nlp("A spokesman for the family said the funeral would be private.")
    assert principal_spoken_for(token(doc, "spokesman")) is None


def test_a_body_the_tagger_spans_only_in_part_is_no_affiliation(nlp):
    doc = nlp("Paul Lee, a spokesman for the Zorb super PAC, said the ads would run.")
    assert principal_spoken_for(token(doc, "spokesman")) != "PAC"


def test_the_company_after_a_site_named_by_its_address_is_not_another_company(nlp):
    text = ("Tom Reyes tried to sell the painting on Thursday.\n\n"
            "A statement posted on the website Zorbtrade.com said listings are made by users. "
            "\"We want no part in the listing,\" the company wrote.\n\n"
            "The painting then went up on Quill Art Company, which also removed it.")
    assert speaker(text, "We want no part in the listing").name != "Quill Art Company"


def test_a_poll_named_after_an_untagged_body_speaks_for_it(nlp):
    doc = nlp("The Quillon Consult poll showed that Lena Varga remained in the lead.")
    text = "The Quillon Consult poll showed that Lena Varga remained in the lead."
    if token(doc, "Consult").ent_type_ in ("", "WORK_OF_ART"):
        assert speaker(text, "Lena Varga remained").name == "Quillon Consult"


# ---- a state's abbreviation ties someone to that state ----


def test_a_state_abbreviation_ties_a_person_to_the_state():
    assert tied_to({"Florida"}, "Fla.", [])
    assert tied_to({"Vermont"}, None, ["Sen. (I-Vt.)"])
    assert not tied_to({"Florida"}, "Ala.", [])
    assert not tied_to({"Texas"}, "Ga.", [])


def test_the_state_senator_is_the_senator_tied_to_it_by_abbreviation(nlp):
    text = ("Sen. Mark Tolliver (R-Fla.) spoke first. Tolliver said he backs the bill. \"It's a "
            "difficult issue,\" said the Florida senator, \"because it divides us.\"")
    assert speaker(text, "because it divides us").name == "Mark Tolliver"


def test_the_state_senator_is_not_a_senator_tied_to_another_state(nlp):
    text = ("Sen. Mark Tolliver (R-Ga.) spoke first. Tolliver said he backs the bill. \"It's a "
            "difficult issue,\" said the Florida senator, \"because it divides us.\"")
    assert speaker(text, "because it divides us").name != "Mark Tolliver"


def test_the_state_senator_is_a_senator_whose_title_came_with_other_words(nlp):
    text = ("Republican candidates Sen. Mark Tolliver (R-Fla.) and Sen. Ann Cole (R-Texas) "
            "debated on Friday.\n\nTolliver said he does support the bill. \"It's a difficult "
            "issue,\" said the Florida senator, \"because it divides us.\"")
    assert speaker(text, "because it divides us").name == "Mark Tolliver"


# ---- a site where anyone posts is not the maker of what is posted there ----


def test_a_video_on_a_posting_site_is_not_the_site_s(nlp):
    doc, state = state_of(nlp, "Tom Reyes spoke on Monday. A YouTube video showed that the school "
                               "would close.")
    assert named_issuer(state, token(doc, "video")) is None
    doc, state = state_of(nlp, "Mayor Tom Reyes resigned. According to a Twitter post, the school "
                               "would close.")
    assert named_issuer(state, token(doc, "post")) is None


def test_a_posting_site_still_speaks_for_itself(nlp):
    doc, state = state_of(nlp, "Tom Reyes spoke on Monday. YouTube's statement said the video "
                               "broke its rules.")
    found = named_issuer(state, token(doc, "statement"))
    assert found is not None and found.name == "YouTube"


@pytest.mark.parametrize("text, quote, label", [
    ("A new Wall Street survey found that traders expect a rate cut.", "traders expect a rate cut", "Wall Street"),
    ("The Rust Belt poll found that voters were angry about trade.", "voters were angry about trade", "Rust Belt"),
    ("A Gen Z survey found that most young people distrust banks.", "most young people distrust banks", "Gen"),
])
def test_a_place_or_a_label_before_poll_is_no_pollster(nlp, text, quote, label):
    # where or whom a poll sampled, with no sign of a body by that name: left unnamed
    assert speaker(text, quote).name != label



def test_a_kind_noun_with_another_body_nearer_never_falls_to_the_main_body(nlp):
    # "the bank" after four sentences on Acme Corp. is not Acme's: left unnamed
    text = ("Acme Corp. has struggled this year. Acme Corp. borrowed $2 million from First Zedland Bank "
            "last year. Analysts said Acme Corp. needed more cash. On Monday, Acme Corp. shares fell 10 "
            "percent. The bank said it would not extend the loan.")
    assert speaker(text, "it would not extend the loan").name != "Acme Corp."


# ---- a publication named after a sea or a region, read as the place ----


def test_a_writing_by_a_capitalised_the_and_a_sea_is_the_publication_s(nlp):
    text = ("The mayor had known of the payments for years, according to a recent report by The "
            "Caribbean. The council declined to comment.")
    assert speaker(text, "had known of the payments").name == "The Caribbean"
    text = "A new study by The Indian Ocean said the mayor had known of the payments."
    assert speaker(text, "had known of the payments").name == "The Indian Ocean"


def test_a_sea_after_a_lowercase_the_is_no_writer(nlp):
    text = ("The mayor had known of the payments for years, according to a recent report by the "
            "Caribbean. The council declined to comment.")
    found = speaker(text, "had known of the payments")
    assert found is None or found.name not in ("The Caribbean", "Caribbean")
