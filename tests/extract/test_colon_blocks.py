"""A paragraph set off by a reporting clause that ends in a colon, with no quotation marks
(``statements.colon_blocks``, ``statements.block_cue``): the speaker's words, as a quote's would
be. Invented texts."""
import pytest

import onrecord


def said(text):
    return [(st.content.text, st.speaker.name if st.speaker else None) for st in onrecord.extract(text).statements]


def test_block_after_writes_is_the_writers(nlp):
    text = ("The critic Jo Hartley saw the play twice. Hartley writes:\n\n"
            "The second act drags, and no actor on the stage seems to know why the king must die.\n\n"
            "The theatre did not reply.\n")
    assert ("The second act drags, and no actor on the stage seems to know why the king must die.",
            "Jo Hartley") in said(text)


def test_block_after_an_outlet_reports_opens_with_an_ellipsis(nlp):
    text = ("Dorval Radio reports:\n\n"
            "…at least three of the ferry's lifeboats were found to be missing their oars during the last check.\n")
    assert said(text) == [("…at least three of the ferry's lifeboats were found to be missing their oars "
                           "during the last check.", "Dorval Radio")]


def test_block_after_told_reporters(nlp):
    text = "Mayor Ann Pell told reporters on Monday:\n\nThe bridge will stay shut until the repairs are finished.\n"
    assert said(text) == [("The bridge will stay shut until the repairs are finished.", "Ann Pell")]


@pytest.mark.parametrize("text", [
    "Ann Pell did not say:\n\nThe bridge will stay shut until the repairs are finished.\n",
    "Ann Pell asked for the following:\n\nThe bridge will stay shut until the repairs are finished.\n",
    "Ann Pell spoke about it:\n\nThe bridge will stay shut until the repairs are finished.\n",
    "Ann Pell wrote:\n\n- a new bridge\n- a new road\n",
    "Ann Pell wrote:\n\nThe bridge.\n",
    "The results were as follows:\n\nThe bridge will stay shut until the repairs are finished.\n",
])
def test_no_block_without_a_plain_reporting_clause(nlp, text):
    assert said(text) == []


def test_block_is_one_paragraph(nlp):
    text = ("Ann Pell wrote:\n\nThe bridge will stay shut until the repairs are finished.\n\n"
            "The town council met on Tuesday and voted to hire two more engineers.\n")
    assert said(text) == [("The bridge will stay shut until the repairs are finished.", "Ann Pell")]


def test_words_after_the_colon_on_its_line_are_left_to_the_parse(nlp):
    text = "Ann Pell wrote: the bridge will stay shut until the repairs are finished.\n"
    assert all(content.startswith("the bridge") for content, _ in said(text))


def test_block_answering_an_argument_is_the_answerers(nlp):
    text = ("The town argued that the tolls were a tax. Judge Ann Pell rejected this argument:\n\n"
            "A toll is paid only by those who choose to cross, and the town never forced anyone onto the bridge.\n")
    assert ("A toll is paid only by those who choose to cross, and the town never forced anyone onto the bridge.",
            "Ann Pell") in said(text)


@pytest.mark.parametrize("text", [
    "Ann Pell rejected the plan:\n\nThe bridge will stay shut until the repairs are finished.\n",
    "Ann Pell rejected a claim:\n\nThe bridge will stay shut until the repairs are finished.\n",
])
def test_no_block_after_a_thing_rejected(nlp, text):
    assert said(text) == []


@pytest.mark.parametrize("text", [
    # the reporter points back at the saying, and names the speaker
    "Councillor Bea Stroud tweeted:\n\nThe tweet was taken down an hour later, and Stroud has not explained why.\n",
    # the reporter points back at the saying ("her remarks")
    "Bea Stroud wrote:\n\nHer remarks came a day after the harbour board raised the mooring fees again.\n",
    # the described speaker named again
    "The agency said in a statement:\n\nThe agency for roads has been asked to explain the delay by Friday.\n",
    # the speaker's surname
    "Manager Otto Brenn told reporters after the game:\n\n"
    "Brenn, whose club has not won since March, may lose his job soon.\n",
    # the one told
    "Governor Ilka Maar told the farmers:\n\nThe farmers in the hall stood up and clapped for several minutes.\n",
    # a page's furniture
    "Ilka Maar spoke in the hall. She told reporters:\n\nSubscribe to our daily briefing to get every story first.\n",
    # a label and a colon
    "Ilka Maar told the Gazette:\n\nQ: Do you expect the harbour board to back the new fees?\n",
    "Ilka Maar said:\n\nVideo: the governor answers questions from farmers in the hall.\n",
    # the speaker in the third person
    "Ilka Maar said:\n\nShe has led the province since the floods of last spring destroyed the harbour.\n",
])
def test_a_block_the_reporter_writes_about_the_speaker_is_no_statement(nlp, text):
    assert said(text) == []


def test_a_block_reporting_another_saying_is_no_answer(nlp):
    # stated_objects.answers_words: the block summarises the argument answered, in the reporter's words
    text = ("The tribunal rejected this argument:\n\n"
            "The landlord had argued that the tenants owed him three months of rent for the flat.\n")
    assert all("tribunal" not in (speaker or "").lower() for _, speaker in said(text))
