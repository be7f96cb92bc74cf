"""Issue 13 (r22-desc), on texts made up for it: a writing whose maker the article names
plainly speaks for that maker — the agent of a passive verb of making it (``passes/
descriptions.passive_makers``), a person's office or campaign that spoke in it or put it out
(``owned_office``, ``persons_office``) — and the words of the one who has something done are
not given to the one it is done to (``candidates.caused_passive``)."""
from statement_lookup import speaker


def test_a_study_conducted_by_a_named_body_speaks_for_it_later(nlp):
    text = ("Flu cases in Zedmark rose sharply this winter.\n\n"
            "The study was conducted by the Halvor Institute for Public Health. "
            "According to the report, most cases were among children under five.")
    assert speaker(text, "most cases were among children").name == "Halvor Institute for Public Health"


def test_a_study_conducted_by_two_bodies_stays_unnamed(nlp):
    text = ("Flu cases in Zedmark rose sharply this winter.\n\n"
            "The study was conducted by the Halvor Institute and Brantley University. "
            "According to the report, most cases were among children under five.")
    found = speaker(text, "most cases were among children")
    assert found.rule == "unnamed"


def test_a_report_obtained_by_a_newspaper_is_not_the_papers(nlp):
    text = ("Flu cases in Zedmark rose sharply this winter.\n\n"
            "The report was obtained by the Zedmark Courier. "
            "According to the report, most cases were among children under five.")
    found = speaker(text, "most cases were among children")
    assert found.name != "Zedmark Courier"


def test_a_study_funded_by_a_body_is_not_that_bodys(nlp):
    text = ("Flu cases in Zedmark rose sharply this winter.\n\n"
            "The study was funded by the Halvor Foundation. "
            "According to the study, most cases were among children under five.")
    found = speaker(text, "most cases were among children")
    assert found.name != "Halvor Foundation"


def test_a_persons_office_that_spoke_in_a_statement_speaks_in_it_again(nlp):
    text = ("Senator Ruth Calder faced questions about her travel on Monday.\n\n"
            "\"The senator paid for every trip herself,\" Calder's office said in a statement.\n\n"
            "The statement added that the senator had never used public funds for travel.")
    found = speaker(text, "the senator had never used public funds")
    assert found.name == "Ruth Calder's office"


def test_a_statement_released_by_a_persons_office_is_that_offices(nlp):
    text = ("Mayor Dario Keswick defended the new budget on Friday.\n\n"
            "A statement released by Keswick's office said that the city would hire more teachers.")
    assert speaker(text, "the city would hire more teachers").name == "Dario Keswick's office"


def test_a_statement_released_by_the_governors_office_names_no_person(nlp):
    text = ("Governor Dario Keswick defended the new budget on Friday.\n\n"
            "A statement released by the governor's office said that the state would hire more teachers.")
    found = speaker(text, "the state would hire more teachers")
    assert found.name != "Dario Keswick's office" and found.name != "Dario Keswick"


def test_the_statement_after_a_campaign_responded_is_the_campaigns(nlp):
    text = ("Candidate Milo Harrowgate spent $3 million on rent in May, records show.\n\n"
            "The Harrowgate campaign replied on Tuesday that the money paid for a bigger headquarters. "
            "\"We are growing fast,\" the statement said.")
    assert speaker(text, "We are growing fast").name == "Milo Harrowgate campaign"


def test_the_relatives_words_are_not_given_to_the_one_they_had_freed(nlp):
    text = ("Tomas Brevik was jailed in 2019 for the robbery.\n\n"
            "In June, the parents tried to have Brevik released by saying they forgave him.")
    found = speaker(text, "they forgave him")
    assert found.name != "Tomas Brevik"


def test_one_who_had_a_report_released_is_still_the_one_saying(nlp):
    text = ("Mayor Ines Calloway had the audit released on Monday, saying that residents deserved to see it.")
    assert speaker(text, "residents deserved to see it").name == "Ines Calloway"


def test_one_who_had_her_sentence_cut_by_telling_is_the_speaker(nlp):
    text = "Ana Lindqvist had her sentence reduced by telling the court that she regretted the theft."
    assert speaker(text, "she regretted the theft").name == "Ana Lindqvist"


def test_a_study_published_by_a_journal_is_not_the_journals(nlp):
    text = ("Flu cases in Zedmark rose sharply this winter.\n\n"
            "The study was published by the Zedmark Journal of Medicine. "
            "According to the study, most cases were among children under five.")
    found = speaker(text, "most cases were among children")
    assert found.name != "Zedmark Journal of Medicine"


def test_the_group_among_several_groups_is_not_one_named_only_later(nlp):
    text = ("Hundreds of students and other campus groups rallied in Brightwater on Friday.\n\n"
            "\"Fund our schools now!\" the group yelled outside the town hall.\n\n"
            "Organizers handed out leaflets. But Ana Ruiz, an organizer with the Riverside Coalition for Change, "
            "said the rally was peaceful.")
    found = speaker(text, "Fund our schools now!")
    assert found.name != "Riverside Coalition for Change" and found.rule == "unnamed"


def test_the_union_named_only_after_it_is_still_that_union(nlp):
    text = ("Nurses in Dunmore will strike on Monday, the union said.\n\n"
            "The Dunmore Nurses Union represents 4,000 nurses at three hospitals.")
    assert speaker(text, "Nurses in Dunmore will strike").name == "Dunmore Nurses Union"


def test_a_presidents_office_statement_leaves_the_national_statement_the_countrys(nlp):
    text = ("Peruvian President Jo Lemark met the envoy in Peru on Monday.\n\n"
            "According to a statement released by Lemark's office, the border will reopen next week.\n\n"
            "The Peruvian statement called for talks with the rebels in the north.")
    assert speaker(text, "the border will reopen").name == "Jo Lemark's office"
    assert speaker(text, "talks with the rebels").name == "Peru"


def test_the_words_one_was_punished_for_are_that_ones(nlp):
    # r22-fix1: a cue under a reason ("for", "over", "after") on the participle stays with the punished
    text = "The Dellor club tried to have Lukas Ferro banned for saying the referee was corrupt."
    assert speaker(text, "the referee was corrupt").name == "Lukas Ferro"
    text = ("The ministry wanted to have the blogger Tomas Brevik jailed for writing that the minister "
            "was a thief.")
    assert speaker(text, "the minister was a thief").name == "Tomas Brevik"


def test_a_writing_published_or_released_by_someone_is_not_theirs(nlp):
    # r22-fix1: publishing, releasing or leaking a writing is not making it
    text = ("The minister's memo was leaked to reporters in March.\n\n"
            "The memo was published by the Dellor Gazette on Monday. "
            "According to the memo, the minister approved the sale of the port.")
    assert speaker(text, "the minister approved the sale").rule == "unnamed"
    text = ("Prices in Koltava rose sharply this year.\n\n"
            "The report was released by Senator Ana Pell, who obtained it from the Finance Ministry. "
            "According to the report, the ministry hid a deficit of $2 billion.")
    assert speaker(text, "the ministry hid a deficit").rule == "unnamed"


def test_a_study_carried_out_by_a_named_body_speaks_for_it_later(nlp):
    text = ("Flu cases in Zedmark rose sharply this winter.\n\n"
            "The study was carried out by the Halvor Institute for Public Health. "
            "According to the study, most cases were among children under five.")
    assert speaker(text, "most cases were among children").name == "Halvor Institute for Public Health"
