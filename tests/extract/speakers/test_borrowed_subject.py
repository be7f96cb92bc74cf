"""A speaker mention whose head is some other clause's subject than the cue's gives no speaker
(speakers/borrowed_subject.py), and a relative pronoun whose antecedent is only described keeps
the description's "unnamed" (passes/pronouns.py ``described_only``); each on a text made up for it."""
import onrecord
from onrecord.extract.speakers.borrowed_subject import (
    borrowed_subject,
    conjunct_with_own_subject,
    finite_form,
    poster_after_gerund,
    predicate_of_reporter,
    reporter_instead,
    subject_inside_reported_clause,
    subject_of_other_clause,
)
from statement_lookup import token


def _by_cue(text, cue):
    found = [s for s in onrecord.extract(text).statements if s.cue is not None and s.cue.text == cue]
    assert found, f"no statement with the cue {cue!r}"
    return found[-1].speaker


def test_a_second_said_is_not_the_reported_clause_subjects(nlp):
    text = ("The deputy head of the delegation said the United States should cut its fleet in the "
            "gulf and said any attempt to isolate Ruritania would fail.")
    speaker = [s for s in onrecord.extract(text).statements if "any attempt" in s.content.text][0].speaker
    # "said" is not the form "should cut" shares: the reporter's, never the reported clause's subject
    assert speaker is not None and "deputy head" in speaker.name


def test_a_second_predicate_in_the_reporters_tense_is_the_reporters(nlp):
    text = ("In one clip, a presenter reminds listeners that Tom Hale fished the lakes as a boy and "
            "says he wants to protect the wetlands.")
    speaker = _by_cue(text, "says")
    assert speaker is not None and speaker.name != "Tom Hale"


def test_a_second_predicate_in_both_tenses_is_left_unnamed(nlp):
    text = "Ann Lee said Tom Hale met her at the port and said the deal was off."
    assert _by_cue(text, "said") is None


def test_finite_form_is_the_tense_of_the_first_auxiliary(nlp):
    doc = nlp("Ann Lee said the board should cut its fees and said it has lost ground.")
    assert finite_form(token(doc, "cut")) == "MD"
    assert finite_form(token(doc, "lost")) == "VBZ"
    assert finite_form(token(doc, "said")) == "VBD"


def test_predicate_of_reporter_needs_the_reporters_form_alone(nlp):
    doc = nlp("Ann Lee said the board should cut its fees and said the plan would fail.")
    said = [t for t in doc if t.text == "said"]
    cut = token(doc, "cut")
    if said[1].head.i == cut.i:  # the parse joined the second "said" to the reported clause
        assert predicate_of_reporter(said[1], cut, said[0])
    doc = nlp("Ann Lee said Tom Hale met her at the port and said the deal was off.")
    said = [t for t in doc if t.text == "said"]
    met = token(doc, "met")
    assert not predicate_of_reporter(said[1], met, said[0])


def test_a_participle_after_a_reported_clause_is_not_its_subjects(nlp):
    text = ("Even a senior party strategist said Ann Lee will have to choose a side, saying, "
            "\"Sooner or later, she will need to pick one.\"")
    assert _by_cue(text, "saying") is None


def test_a_participle_after_a_that_clause_of_a_noun_is_the_reporters(nlp):
    text = ("Party chair Ann Lee dismissed Tom Hale's accusations that the Reed campaign is breaking the "
            "law - saying the Hale campaign chose not to take the same help.")
    assert _by_cue(text, "saying").name == "Ann Lee"


def test_a_participle_after_a_reported_pronoun_is_the_reporters(nlp):
    text = ("Mary Stone, the victim's mother, told reporters she considered the deal fair, saying a harsher "
            "sentence would not bring her son back.")
    assert _by_cue(text, "saying").name == "Mary Stone"


def test_a_name_the_parse_cut_in_two_is_no_other_clauses_subject(nlp):
    doc = nlp("The Committee to Protect Journalists reports sixteen other deaths in the country since 2015.")
    assert not borrowed_subject(token(doc, "Committee"), token(doc, "reports"))


def test_the_subject_of_an_adverbial_clause_before_the_cue(nlp):
    text = ("When it was argued in March, a week before Justice Hale died, the court's conservatives seemed "
            "ready to say that the fee violates the law.")
    speaker = _by_cue(text, "say")
    assert speaker is None


def test_the_subject_of_a_when_clause_after_the_cue(nlp):
    text = ("\"Very good reporter, this guy,\" Tom Hale, the frontrunner in the state after winning the "
            "primary, said when Reed asked him a question.")
    speaker = _by_cue(text, "said")
    assert speaker is None


def test_the_reported_subject_before_a_second_said(nlp):
    doc = nlp("Lee said Hale had begun calling members but said the outcome was still open.")
    assert subject_of_other_clause(token(doc, "Hale"), token(doc, "said", 1))
    assert not subject_of_other_clause(token(doc, "Lee"), token(doc, "said", 1))


def test_a_conjunct_with_a_subject_of_its_own(nlp):
    doc = nlp("The Zorb Herald will call you a cheat and Channel Nine will accuse you of fraud.")
    assert conjunct_with_own_subject(token(doc, "Herald"), token(doc, "accuse"))


def test_a_verb_joined_without_a_subject_keeps_the_first(nlp):
    doc = nlp("Tom Hale stood up and said the count was fair.")
    assert not borrowed_subject(token(doc, "Hale"), token(doc, "said"))
    assert onrecord.extract(doc.text).statements[0].speaker.name == "Tom Hale"


def test_the_reported_subject_of_its_own_verb_or_infinitive_speaks(nlp):
    doc = nlp("Ann Lee said Tom Hale plans to announce his bid on Monday.")
    assert not subject_inside_reported_clause(token(doc, "Hale"), token(doc, "announce"))
    told = "Ann Lee said Tom Hale told her he would run."
    assert _by_cue(told, "told").name == "Tom Hale"


def test_a_participle_of_the_reporters_own_sentence_keeps_the_reporter(nlp):
    text = "\"We need help,\" said Mayor Ann Lee, adding that the city was flooded."
    assert _by_cue(text, "adding").name == "Ann Lee"


def test_a_relative_pronoun_of_a_description_stays_unnamed(nlp):
    text = "Tom Hale, a millionaire and agitator who has long pledged to end all imports, spoke on Monday."
    assert _by_cue(text, "pledged").rule == "unnamed"


def test_a_relative_pronoun_of_a_name_is_named(nlp):
    text = "The plan was backed by Ann Lee, who said it would pass."
    speaker = _by_cue(text, "said")
    assert speaker.name == "Ann Lee" and speaker.rule == "relative-pronoun"


def test_a_name_whose_aside_the_parse_read_as_a_reported_clause_speaks(nlp):
    text = ("Mr. Tom Hale, whose start-up, Fieldcast, uses weather data to help farmers plan their crops, "
            "said Ms. Ann Lee was very much a candidate in the spirit of the valley.")
    assert _by_cue(text, "said").name == "Tom Hale"


def test_a_participle_of_a_sentence_read_as_reported_later_keeps_its_subject(nlp):
    text = ("Ann Lee went on offense against her rival Tom Hale on Monday, saying he would abandon the port, "
            "his plan is \"badly flawed\" and he is a \"coward\" -- all without naming him.")
    assert _by_cue(text, "saying").name == "Ann Lee"


def test_a_participle_right_after_a_name_after_a_preposition_is_the_names(nlp):
    doc = nlp("The station's Dr. Tom Hale will be interviewed about Pope Leo calling the holiday a sham.")
    assert borrowed_subject(token(doc, "Hale"), token(doc, "calling"))
    doc = nlp("The station's Dr. Tom Hale will be interviewed about the holiday, calling it a sham.")
    assert not borrowed_subject(token(doc, "Hale"), token(doc, "calling"))


def test_a_name_whose_age_and_home_the_parse_read_as_a_clause_speaks(nlp):
    text = ("''We would have lost the whole farm,'' Mr. Tom Hale, now 79 and living in "
            "Eastport, Maine, said by phone on Tuesday.")
    assert _by_cue(text, "said").name == "Tom Hale"


def test_a_subject_hung_from_an_auxiliary_is_the_participles(nlp):
    doc = nlp("Frankly, if you look closely, Tom Hale wasn't so much saying that cheap loans "
              "wouldn't help but that he feared they would.")
    assert not borrowed_subject(token(doc, "Hale"), token(doc, "saying"))


def test_a_second_said_after_what_someone_did_is_left_unnamed(nlp):
    doc = nlp("Ann Lee said Mary Stone approached her and said she admired the work.")
    assert borrowed_subject(token(doc, "Stone"), token(doc, "said", 1))


def test_a_participle_of_a_reporting_aside_is_the_asides_subjects(nlp):
    doc = nlp("Hale said Lee \"could never carry the state,\" the aide recalled, adding that Hale said of "
              "his bride: \"She will win.\"")
    assert reporter_instead(token(doc, "aide"), token(doc, "adding")) is None


def test_a_participle_of_a_group_reporter_is_not_the_reported_bodys(nlp):
    # the content stops before "agreeing" (the speaker's own participle); its own statement must
    # not go to the body the first claim was about
    text = "Most mayors felt the Zorb Council did a better job running the fair than the city, agreeing the board " \
           "should be elected."
    speaker = _by_cue(text, "agreeing")
    assert speaker is None or "Zorb" not in speaker.name


def test_a_phrase_of_the_cues_preposition_gives_the_second_said_no_subject_of_its_own(nlp):
    # "in a second interview" hangs on the second "said": its noun is no subject of that verb
    text = 'The clerk first said she had not seen the file, but in a second interview said she had "glanced at it."'
    doc = nlp(text)
    assert not conjunct_with_own_subject(token(doc, "clerk"), token(doc, "said", 1))
    assert _by_cue(text, "said").name == "clerk"
    # a name after the conjunction is still the second clause's own subject
    doc = nlp("The guard said the gate was locked and Mara Olin said it was open.")
    assert _by_cue("The guard said the gate was locked and Mara Olin said it was open.", "said").name == "Mara Olin"


def test_a_gerund_read_as_the_speaker_hands_on_the_poster_named_after_the_site(nlp):
    doc = nlp("Maria Tolvey will retire. Posting on Facebook Tolvey said that she had no regrets.")
    posting = token(doc, "Posting")
    assert poster_after_gerund(posting).text == "Tolvey"
    doc = nlp("Posting on the forum, the moderator said that the thread was closed.")
    assert poster_after_gerund(token(doc, "Posting")) is None  # no name the site opens


def test_a_second_past_predicate_after_a_reported_perfect_is_left_unnamed(nlp):
    # "said" fits the reported clause's subject too: "has resigned ... and said" may be Hale's
    text = ("Ann Lee said Tom Hale has resigned from the council and said he would contest "
            "the charges in court.")
    speaker = _by_cue(text, "said")
    assert speaker is None or speaker.name != "Ann Lee"
    text = ("Ann Lee said Tom Hale is stepping down as treasurer and told staff he wanted more "
            "time with his children.")
    speaker = _by_cue(text, "told")
    assert speaker is None or speaker.name != "Ann Lee"


def test_a_second_present_predicate_with_a_time_adverb_is_not_the_reporters(nlp):
    text = ("Greta Hanley says the mayor ignored the warnings for years and now says the flooding "
            "could not have been foreseen.")
    speaker = _by_cue(text, "says")
    assert speaker is None or speaker.name != "Greta Hanley"


def test_predicate_of_reporter_in_the_past_needs_a_modal_in_the_reported_clause(nlp):
    doc = nlp("Ann Lee said Tom Hale has resigned from the council and said he would fight.")
    said = [t for t in doc if t.text == "said"]
    resigned = token(doc, "resigned")
    assert not predicate_of_reporter(said[1], resigned, said[0])
