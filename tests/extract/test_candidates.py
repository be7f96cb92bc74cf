"""Candidate attributions read off the parse of one sentence: the cue, how its content hangs off
it, the content's token range and the head of the speaker mention."""
import pytest
from spacy.tokens import Doc

import onrecord
from onrecord.extract.candidates import (
    MIN_CONTENT_TOKENS,
    body_name_read_as_clause,
    candidates,
    complement_read_as_relative,
    named_writer_of,
    paragraph_end,
    paragraph_start,
    reporter_of_thing_clause,
    speaker_token,
    surname_read_as_modal,
)


def by_pattern(doc, pattern):
    found = [c for c in candidates(doc) if c.pattern == pattern]
    assert found, f"no {pattern} among {[c.pattern for c in candidates(doc)]}"
    return found[0]


def token(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("sentence, pattern, content, source", [
    # the complementizer is not part of what was said
    ("The minister said that the talks would resume in May.", ("say", "VERB", "ccomp"),
     "the talks would resume in May", "minister"),
    # a clausal complement may come before its cue
    ("The plan is dead, she said.", ("say", "VERB", "ccomp"), "The plan is dead", "she"),
    ("According to the ministry, 40 people were killed in the attack.", ("accord", "VERB", "according"),
     "40 people were killed in the attack", "ministry"),
    # the parser hangs the clause's subject on the source as an appositive or a conjunct
    ("According to Lagos Herald, Friday's flood, at 3 metres, was the highest recorded affecting Ikeja City.",
     ("accord", "VERB", "according"), "Friday's flood, at 3 metres, was the highest recorded affecting Ikeja City",
     "Herald"),
    ("According to the researchers, burial and mummification of sacred cats was common in Egypt from about 600 b.c.e.",
     ("accord", "VERB", "according"),
     "burial and mummification of sacred cats was common in Egypt from about 600 b.c.e", "researchers"),
    ("Washington warned Iran to halt its missile tests.", ("warn", "VERB", "xcomp"),
     "to halt its missile tests", "Washington"),
    # a noun cue: its possessor is the speaker
    ("His claim that the vote was rigged was false.", ("claim", "NOUN", "acl"), "the vote was rigged", "His"),
])
def test_the_cue_its_content_and_its_speaker(nlp, sentence, pattern, content, source):
    doc = nlp(sentence)
    cand = by_pattern(doc, pattern)
    assert doc[cand.start:cand.end].text == content
    start, end = cand.char_span(doc)
    assert sentence[start:end] == content
    assert cand.source is not None and cand.source.text == source


def test_every_content_has_at_least_two_tokens(nlp):
    doc = nlp("Officials said the strike was \"a clear violation of the ceasefire\" and would be answered.")
    found = candidates(doc)
    assert found
    assert all(c.end - c.start >= MIN_CONTENT_TOKENS for c in found)


def test_content_stays_in_the_cue_paragraph(nlp):
    doc = nlp("The mayor spoke first.\nThe minister said that the talks would resume.")
    said = by_pattern(doc, ("say", "VERB", "ccomp"))
    assert doc[said.start:said.end].text == "the talks would resume"
    minister = token(doc, "minister").i
    assert doc[paragraph_start(doc, minister):paragraph_end(doc, minister)].text == \
        "The minister said that the talks would resume."
    # the first paragraph ends with its line break
    assert doc[paragraph_start(doc, 0):paragraph_end(doc, 0)].text == "The mayor spoke first.\n"
    # bounds are kept: not before ``floor``, not after ``ceiling``
    assert paragraph_start(doc, minister, floor=minister) == minister
    assert paragraph_end(doc, minister, ceiling=minister + 1) == minister + 1


def test_speaker_of_a_passive_cue_is_its_agent(nlp):
    doc = nlp("The plan was announced by the mayor.")
    assert speaker_token(token(doc, "announced")).text == "mayor"


def test_a_cue_without_a_subject_has_no_speaker(nlp):
    doc = nlp("Let us start.")
    assert speaker_token(token(doc, "Let")) is None


@pytest.mark.parametrize("sentence, content", [
    # the phrase opens the clause after a semicolon, or after "that"
    ("Four people were on board; according to investigators, one died at the scene.", "one died at the scene"),
    ("The paper has learned that according to a court filing, the company paid the fine.",
     "the company paid the fine"),
    # it follows its clause after a semicolon: the clause before the semicolon is not its
    ("The talks failed; the army attacked the town, according to witnesses.", "the army attacked the town"),
    # it interrupts the clause it reports
    ("The coffin was followed by, according to local reports, nearly 2000 mourners.",
     "The coffin was followed by, according to local reports, nearly 2000 mourners"),
    ("Local officials, according to the newspaper, have found more damaged houses.",
     "Local officials, according to the newspaper, have found more damaged houses"),
    ("The singer then led, according to the magazine, the largest march ever held in the city.",
     "The singer then led, according to the magazine, the largest march ever held in the city"),
])
def test_the_content_of_according_to_is_the_rest_of_its_clause(nlp, sentence, content):
    doc = nlp(sentence)
    cand = by_pattern(doc, ("accord", "VERB", "according"))
    assert doc[cand.start:cand.end].text == content


def test_a_subject_the_parse_read_as_the_cues_object_opens_the_clause(nlp):
    doc = nlp("The governor has promised each victim will be paid one million rubles.")
    cand = by_pattern(doc, ("promise", "VERB", "ccomp"))
    assert doc[cand.start:cand.end].text == "each victim will be paid one million rubles"
    # whom something was told to is never the subject of what was told
    doc = nlp("The mayor told reporters the bridge would reopen in May.")
    told = [c for c in candidates(doc) if c.pattern == ("tell", "VERB", "ccomp")]
    assert all(not doc[c.start:c.end].text.startswith("reporters") for c in told)


def test_a_content_never_crosses_a_semicolon(nlp):
    doc = nlp("The first bomb went off during the service; footage from the scene shows the pews broken.")
    shows = [doc[c.start:c.end].text for c in candidates(doc) if c.cue.lemma_ == "show"]
    assert shows and all("bomb" not in content for content in shows)


@pytest.mark.parametrize("sentence, cue, source", [
    ("The Herald quoted Anna Berg, a local teacher, as saying the school would close.", "saying", "Berg"),
    ("The agency cited the mayor as saying that the roads were safe.", "saying", "mayor"),
    ("The mayor was quoted as saying that the roads were safe.", "saying", "mayor"),
])
def test_the_words_after_quoted_as_saying_are_the_quoted_persons(nlp, sentence, cue, source):
    assert speaker_token(token(nlp(sentence), cue)).text == source


def test_a_name_read_as_the_object_of_a_verb_set_off_after_the_words_is_the_speaker(nlp):
    doc = nlp("It is not for the judges to decide the matter, argued the company's lawyer, John Harris.")
    assert speaker_token(token(doc, "argued")).text == "Harris"


@pytest.mark.parametrize("sentence, source", [
    ("The news channel KTV reported that the bridge had collapsed.", "KTV"),
    ("Veteran campaigner MP Joan Reyes said the bill was unfair.", "Reyes"),
    ("The minister said the bill was unfair.", "minister"),
])
def test_a_description_given_a_name_right_after_it_speaks_by_that_name(nlp, sentence, source):
    doc = nlp(sentence)
    cue = next(t for t in doc if t.lemma_ in ("report", "say"))
    assert speaker_token(cue).text == source


def test_as_saying_hung_on_a_later_verb_is_still_the_quoted_persons(nlp):
    # the parse a long sentence may get: "as saying" hung on the verb of a later clause
    words = ["Reuters", "cited", "Lee", "as", "saying", "talks", "failed", "which", "was", "related", "."]
    heads = [1, 1, 1, 9, 3, 6, 4, 9, 9, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pcomp", "nsubj", "ccomp", "nsubjpass", "auxpass", "advcl", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "VERB", "NOUN", "VERB", "PRON", "AUX", "VERB", "PUNCT"]
    lemmas = ["Reuters", "cite", "Lee", "as", "say", "talk", "fail", "which", "be", "relate", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert speaker_token(token(doc, "saying")).text == "Lee"


def test_a_subject_read_as_the_cues_object_keeps_the_adverbials_after_it(nlp):
    # the parse hangs "from Flight 302" on "announced" and makes "the black box" its object
    doc = nlp("The ministry on Monday announced the black box from Flight 302 has been found in the lake.")
    cand = by_pattern(doc, ("announce", "VERB", "ccomp"))
    assert doc[cand.start:cand.end].text == "the black box from Flight 302 has been found in the lake"


def test_an_infinitive_after_the_addressee_is_what_was_asked_not_a_purpose(nlp):
    # the parse reads "to make plans" as an adverbial clause of "advised"
    doc = nlp("The mayor advised residents of the city to make plans and stay indoors.")
    cand = by_pattern(doc, ("advise", "VERB", "xcomp"))
    assert doc[cand.start:cand.end].text == "to make plans and stay indoors"
    assert cand.source.text == "mayor"


def test_one_of_a_group_speaks_by_the_name_it_is_given(nlp):
    doc = nlp("One of the unions, the Transport Workers Union, said the strike would go ahead.")
    assert speaker_token(token(doc, "said")).text == "Union"
    # also when the cue is joined to an earlier verb of that subject
    doc = nlp("One of the unions, the Transport Workers Union, opposed the plan and said the strike would go ahead.")
    assert speaker_token(token(doc, "said")).text == "Union"


def test_a_verb_read_as_a_noun_takes_the_body_before_it(nlp):
    # the parse a news sentence may get: "notes" a noun, the body before it its modifier
    words = ["The", "Department", "of", "Agriculture", "notes", ",", "crops", "suffer", "."]
    heads = [1, 4, 1, 2, 4, 4, 7, 4, 4]
    deps = ["det", "nmod", "prep", "pobj", "ROOT", "punct", "nsubj", "ccomp", "punct"]
    pos = ["DET", "PROPN", "ADP", "PROPN", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    lemmas = ["the", "Department", "of", "Agriculture", "note", ",", "crop", "suffer", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert speaker_token(token(doc, "notes")).text == "Department"



def test_a_bracketed_title_read_as_a_second_subject_gives_the_name(nlp):
    doc = nlp("The vote was held on Thursday.\n\nMember of parliament (MP) Dana Reyes said a rule allowing "
              "night work marked a \"bad day for the town\".")
    said = next(t for t in doc if t.text == "said")
    assert speaker_token(said).text == "Reyes"


def test_a_name_read_with_the_date_before_it_as_one_object_is_the_subject(nlp):
    # "On Friday Acme Motor Company announced": no comma after the date, the name joined to it
    doc = nlp("On Friday Acme Motor Company announced the plant in Ohio would close next year.")
    assert speaker_token(token(doc, "announced")).text == "Company"
    # a place is no date: "In Lagos police said" is left as the parse has it
    doc = nlp("In Lagos the police said the road would stay closed.")
    assert speaker_token(token(doc, "said")).text == "police"


def test_a_cue_joined_to_a_reported_clause_about_a_thing_speaks_for_the_outer_subject(nlp):
    # "ruled" hangs on "contained", the clause the judge agreed to; the book never rules
    doc = nlp("A judge agreed the book may have contained secret material but ruled that the damage was done.")
    assert speaker_token(token(doc, "ruled")).text == "judge"
    # a person in the reported clause may be the one who spoke: not taken over by the outer subject
    doc = nlp("Officials said the minister resigned on Monday and blamed the press for the leak.")
    assert speaker_token(token(doc, "blamed")).text != "Officials"


def test_a_cue_joined_to_a_reported_clause_about_this_speaks_for_the_outer_subject(nlp):
    # "noted" hangs on "was", the clause the army told; "this" is a thing spoken of, never who spoke
    text = "The daily also contacted the army, who told it this was still unclear and noted no shots had been fired."
    assert speaker_token(token(nlp(text), "noted")).text == "who"
    found = onrecord.extract(text)
    noted = next(s for s in found.statements if "no shots" in s.content.text)
    assert noted.speaker is not None and noted.speaker.name == "army"


def test_a_surname_read_as_a_modal_before_a_past_verb_is_its_subject(nlp):
    text = ('Columnist Sam Will criticized the plan in a column on Monday. Will urged readers to "think twice '
            'before voting for it." In particular, Will wrote, the mayor "has not told the truth about the costs."')
    doc = nlp(text)
    assert surname_read_as_modal(token(doc, "urged")).text == "Will"
    found = onrecord.extract(text)
    assert all(s.speaker is not None and s.speaker.name == "Sam Will" for s in found.statements)
    # a modal before a bare verb is a modal: "Will" there is no one
    doc = nlp("Will voters back the plan? Officials will say more on Friday.")
    assert surname_read_as_modal(token(doc, "say")) is None


def test_a_participle_hung_on_a_that_clause_about_a_thing_speaks_for_its_reporter(nlp):
    # "saying" hangs on "was", whose subject is the fee: a fee says nothing, the ministry does
    doc = nlp('The ministry said that the fee was too high, saying it would "look again."')
    assert speaker_token(token(doc, "saying")).text == "ministry"
    # a person as the clause's subject may be the one who spoke: left to the climb
    doc = nlp("Tom Ash said that his brother was ill, saying he had a fever.")
    assert reporter_of_thing_clause(token(doc, "saying"), token(doc, "was"), token(doc, "brother")) is None


def test_a_body_s_name_read_as_the_cue_s_clausal_subject_is_its_speaker(nlp):
    doc = nlp("Roe claimed rebels have attacked reporters before. "
              "The Committee to Protect Reporters reports twelve other deaths in the region since 2016.")
    cue = next(t for t in doc if t.text == "reports")
    assert body_name_read_as_clause(cue).text == "Committee"
    assert speaker_token(cue).text == "Committee"
    # a clause that is no body's name is no speaker
    doc = nlp("Whether the plan works remains unclear, officials said.")
    assert body_name_read_as_clause(next(t for t in doc if t.text == "remains")) is None


def test_a_noun_cue_is_the_writing_of_the_name_before_it_or_after_by(nlp):
    doc = nlp("At the event, he raised the New York Times report that officials were paying bribes to the firm.")
    assert speaker_token(token(doc, "report")).text == "Times"
    doc = nlp("He cited a claim by Reuters that officials were paying bribes to the firm.")
    assert speaker_token(token(doc, "claim")).text == "Reuters"


def test_a_peoples_adjective_before_a_noun_cue_writes_nothing(nlp):
    doc = nlp("The Ruritanian report that officials were paying bribes drew anger.")
    assert named_writer_of(token(doc, "report")) is None


def test_a_nouns_clause_after_a_complementizer_that_is_its_content_though_parsed_relative(nlp):
    doc = nlp("He broached the New York Times report that Russians were paying bounties to the rebels.")
    report = token(doc, "report")
    clauses = [c for c in report.children if complement_read_as_relative(report, c)]
    assert clauses  # the parse this rule mends: "that" a complementizer of a clause read as relative
    found = [c for c in candidates(doc) if c.cue.i == report.i and c.relation == "acl"]
    assert found and doc[found[0].start:found[0].end].text.startswith("Russians were paying")
    assert found[0].source.text == "Times"


def test_a_relative_clause_is_no_content_of_its_noun(nlp):
    for text, noun in (("The report that he wrote was long.", "report"),
                       ("The claim that was made on Monday proved false.", "claim")):
        doc = nlp(text)
        cue = token(doc, noun)
        assert not any(complement_read_as_relative(cue, c) for c in cue.children)


def test_a_clause_missing_its_object_is_relative_though_that_is_parsed_a_complementizer(nlp):
    # "that" is the object of "prepared", "published": the clause says what the writing is, not
    # what it says, and no writer is given to it
    for text, noun in (("He read the statement that his lawyers had prepared for the court hearing.", "statement"),
                       ("He cited the BBC report that the committee published last year in full.", "report")):
        doc = nlp(text)
        cue = token(doc, noun)
        assert not any(complement_read_as_relative(cue, c) for c in cue.children)
        assert not [c for c in candidates(doc) if c.cue.i == cue.i and c.relation == "acl"]


def test_a_complement_of_a_verb_with_no_object_stays_content(nlp):
    # a clause the parse reads as the noun's complement keeps a verb that takes no object
    text = "That same day, the singer Joe Zorba made an announcement on Twitter that he was running for mayor."
    record = onrecord.extract(text)
    assert [s.content.text for s in record.statements] == ["he was running for mayor"]
    # a verb that makes or passes on the writing, its object missing, is a relative clause
    assert not onrecord.extract("Smith repeated the announcement that the company made on Friday.").statements


def test_the_officials_of_two_joined_places_speak_not_the_first_place(nlp):
    for text in ("Zorbville and Zed County officials said the road was closed.",
                 "Zorbville and Zed Parish officials have said they are not concerned."):
        doc = nlp(text)
        cue = next(t for t in doc if t.lemma_ == "say")
        speaker = speaker_token(cue)
        assert speaker is not None and speaker.text == "officials"
    doc = nlp("France and Germany said the deal was off.")
    speaker = speaker_token(next(t for t in doc if t.lemma_ == "say"))
    assert speaker is not None and speaker.text == "France"
    # the name before the people is a body's, no place's: the place is a speaker of its own
    doc = nlp("Britain and EU leaders said the talks would resume in June.")
    speaker = speaker_token(next(t for t in doc if t.lemma_ == "say"))
    assert speaker is not None and speaker.text == "Britain"


@pytest.mark.parametrize("sentence, content", [
    # conjunct_read_as_subject: "Freedonia" is the subject of "had", not a second thing confirmed
    ("The news came the day Ruritania confirmed its first infections and Freedonia had its first death.",
     "its first infections"),
    ("Officials confirmed two deaths and three injuries.", "two deaths and three injuries"),
])
def test_an_object_ends_before_the_subject_of_the_next_clause(nlp, sentence, content):
    doc = nlp(sentence)
    [cand] = [c for c in candidates(doc) if c.relation == "dobj" and c.cue.text == "confirmed"]
    assert doc[cand.start:cand.end].text == content
