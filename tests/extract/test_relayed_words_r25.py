"""Issue 13 (r25-outlet): words go to whoever said them, not to the outlet, agency or accuser that
only passed them on or put them in another's mouth (``candidates.alleged_words``,
``clause_read_as_second_object``, ``pronouns.body_asked_before``). Invented sentences."""
import onrecord


def said(text):
    """(speaker name or None, content) of each statement."""
    return [(st.speaker.name if st.speaker else None, st.content.text) for st in onrecord.extract(text).statements]


def speaker_of(text, words):
    found = [name for name, content in said(text) if words in content]
    assert found, said(text)
    return found[0]


# --- words one is accused, blamed or praised for saying

def test_the_accuser_is_no_speaker_of_what_he_says_another_said(nlp):
    found = said("Ann Roe accused Tom Lee of claiming the vote was rigged.")
    assert ("Ann Roe", "the vote was rigged") not in found, found
    assert ("Ann Roe", "claiming the vote was rigged") in found, found  # the accusation stays hers


def test_words_alleged_of_a_passive_subject_are_no_statement(nlp):
    assert said("Ann Roe was accused of saying the vote was rigged.") == []


def test_a_quote_alleged_is_not_the_accuser_s(nlp):
    found = said('Ann Roe accused Tom Lee of saying "the vote was rigged from the start."')
    assert all(name != "Ann Roe" for name, _ in found), found


def test_near_misses_of_the_gerund_keep_the_subject(nlp):
    assert speaker_of("Ann Roe was criticised for saying the vote was rigged.", "the vote was rigged") == "Ann Roe"
    assert speaker_of("Ann Roe took the blame for saying the vote was rigged.", "the vote was rigged") == "Ann Roe"
    assert speaker_of("Ann Roe praised Tom Lee, saying the vote was fair.", "the vote was fair") == "Ann Roe"
    assert speaker_of("Ann Roe admitted saying the vote was rigged.", "the vote was rigged") == "Ann Roe"


# --- an outlet's own words, and words it passes on (review of r25-outlet: an "adding" after "quoted X
# as saying" and "reported X as saying" stay the outlet's, as its addition may be its own)

def test_an_outlet_adding_after_quoting_someone_stays_the_outlet_s(nlp):
    text = ("Zedwire quoted prosecutor Jon Lee as saying the suspect had fled, adding that the agency could not "
            "verify the claim.")
    assert speaker_of(text, "could not verify") == "Zedwire"


def test_a_plea_for_forgiveness_for_saying_stays_the_subject_s(nlp):
    assert speaker_of("Ann Roe asked Tom Lee for forgiveness for saying the vote was rigged.",
                      "the vote was rigged") != "Tom Lee"


def test_an_outlet_s_own_report_stays_the_outlet_s(nlp):
    assert speaker_of("The Times reported that the plant closed.", "the plant closed") == "Times"
    assert speaker_of("According to Reuters, the plant closed on Friday.", "the plant closed") == "Reuters"
    assert speaker_of("Ann Roe told reporters the plan was dead.", "the plan was dead") == "Ann Roe"


# --- a source an "according to" cites, told in a clause the parse read as objects

def test_the_source_an_outlet_cites_is_the_speaker(nlp):
    text = ("According to Zedwire, a source told them Lamb prepared for a total of six days, enlisting aid "
            "from former Zorbia governor Jo Kim.")
    found = said(text)
    assert all(name != "Zedwire" for name, _ in found), found
    assert speaker_of(text, "Lamb prepared") == "source"


# --- an "it" after an outlet asked a body

def test_it_after_an_outlet_asked_a_body_is_not_the_outlet(nlp):
    text = "Wikinews contacted Zedco Inc. about the closure. It confirmed the plant would close."
    assert speaker_of(text, "the plant would close") != "Wikinews"


def test_it_after_a_body_acted_stays_the_body(nlp):
    text = "Zedco Inc. opened a plant in Westport. It said the plant would hire 300 people."
    assert speaker_of(text, "hire 300 people") == "Zedco Inc."


def test_it_after_a_body_contacted_another_stays_the_body(nlp):
    text = "Zedco Inc. contacted the ministry. It said the plant would open in May."
    assert speaker_of(text, "open in May") == "Zedco Inc."
    text = "Zedco Inc. asked the court to dismiss the case. It said the claims were false."
    assert speaker_of(text, "the claims were false") == "Zedco Inc."


def test_it_after_a_paper_asked_a_ministry_is_not_the_paper(nlp):
    text = "The Zorb Post asked the ministry about the plant. It said the plant would close."
    assert speaker_of(text, "the plant would close") != "Zorb Post"
