"""``find_statements`` on small parsed texts: the content span, cue, speaker token, kind and
confidence of each statement, before speakers are resolved."""
import pytest

from onrecord.extract import lexicon
from onrecord.extract.quotes import find_quotes
from onrecord.extract.statements import circumstance_before_quote, find_statements, passes_on_words


def found_in(nlp, text, quotes=None):
    return [(f.kind, text[f.start:f.end], f.cue and f.cue.text, f.source and f.source.text)
            for f in find_statements(nlp(text), quotes)]


def test_reported_speech_is_the_clause_after_that(nlp):
    text = "The minister said that the talks would resume in May."
    [found] = find_statements(nlp(text))
    assert (found.kind, text[found.start:found.end]) == ("indirect", "the talks would resume in May")
    assert (found.cue.text, found.source.text) == ("said", "minister")
    assert 0 < found.confidence <= 0.95 and found.continues is None and not found.quotes


def test_a_belief_is_its_own_kind(nlp):
    assert found_in(nlp, "Senator Jane Moore believes that the bill will fail in the House.") == [
        ("belief", "the bill will fail in the House", "believes", "Moore")]


def test_a_quote_takes_the_cue_after_it_and_a_cueless_quote_continues_it(nlp):
    text = ("“We will not retreat,” Defense Minister Ana Silva said on Monday. "
            "“The border is secure. Our troops are ready.”")
    first, second = find_statements(nlp(text))
    assert (first.kind, text[first.start:first.end], first.cue.text, first.source.text) == (
        "direct", "We will not retreat,", "said", "Silva")
    assert [text[q.start:q.end] for q in first.quotes] == ["We will not retreat,"]
    assert text[second.start:second.end] == "The border is secure. Our troops are ready."
    assert second.cue is None and second.cue_less and second.continues is first


def test_quote_marks_inside_a_report_make_it_mixed(nlp):
    text = 'Officials said the strike was "a clear violation of the ceasefire" and would be answered.'
    [found] = find_statements(nlp(text))
    assert found.kind == "mixed" and len(found.quotes) == 1
    assert text[found.start:found.end] == 'the strike was "a clear violation of the ceasefire" and would be answered'


def test_transcript_labels_name_the_speaker(nlp):
    text = '"WALLACE: Let us start.\n\n"PENCE: Well, look at it.'
    assert found_in(nlp, text) == [("direct", "Let us start.", None, "WALLACE"),
                                   ("direct", "Well, look at it.", None, "PENCE")]


def test_scare_quotes_and_titles_are_not_statements(nlp):
    assert find_statements(nlp('The so-called "peace plan" was discussed on Monday.')) == []
    assert find_statements(nlp("He appeared on “Fox News Sunday” this week.")) == []


def test_quotes_found_by_the_caller_are_used(nlp):
    text = "“We will not retreat,” Defense Minister Ana Silva said on Monday."
    # told there is no quotation, the words are reported speech of the cue, not a direct quote
    assert [kind for kind, *_ in found_in(nlp, text, quotes=[])] == ["indirect"]
    assert [kind for kind, *_ in found_in(nlp, text)] == ["direct"]


def test_a_quote_introduced_by_its_own_clause_is_that_subjects_not_the_last_speakers(nlp):
    text = ("“He was a great drummer and a wild, lovely man,” wrote Steve Winwood in a statement.\n\n"
            "Mick Jagger of The Rolling Stones also reacted on Twitter, “Sad news hearing that he has "
            "died, I remember playing with him very early on.”")
    doc = nlp(text)
    second = [f for f in find_statements(doc) if f.start > text.index("Mick")][0]
    assert second.continues is None and not second.cue_less
    assert second.source is not None and second.source.text == "Jagger"


def test_a_statement_introduced_as_from_someone_is_theirs(nlp):
    text = ("The palace issued the following statement from the king: “She retains her status and "
            "her dignity as a member of the royal family.”")
    [found] = find_statements(nlp(text))
    assert found.source is not None and found.source.text == "king"


def test_a_writing_that_introduces_a_quote_names_no_speaker(nlp):
    text = ("The minister resigned on Monday, said his office.\n\nThe study made one further point, "
            "“Fresh water seeps near the coast were important to the islanders.”")
    found = [f for f in find_statements(nlp(text)) if f.start > text.index("study")]
    assert all(f.source is None or f.source.text != "study" for f in found)


def test_a_quote_in_a_later_paragraph_after_a_closed_one_does_not_go_on_with_its_speaker(nlp):
    text = ("“We had a few silly mistakes,” Marshall said.\n\n"
            "The home side was given two yellow cards, which left the visiting coach unimpressed. "
            "“One of them was questionable. But there was a lazy high shot as well.”")
    found = find_statements(nlp(text))
    assert all(f.continues is None for f in found)


def test_a_quote_that_runs_on_unclosed_into_the_next_paragraph_stays_its_speakers(nlp):
    text = ("“We will not retreat,” Defense Minister Ana Silva said on Monday. “The border is secure.\n\n"
            "“Our troops are ready and our allies stand with us.”")
    first, second = find_statements(nlp(text))
    assert second.continues is first
    assert text[second.start:second.end].startswith("The border is secure.")


def test_a_quote_after_narration_about_someone_is_theirs(nlp):
    text = ("“It was a scrappy little show,” Crosby said.\n\n"
            "Lead actor Paul Lee talked about how the series had been underestimated. During the premiere, "
            "“I felt like Cinderella at the ball, after years of small parts.”")
    found = [f for f in find_statements(nlp(text)) if f.start >= text.index("I felt")]
    assert [f.source.text for f in found] == ["Lee"]
    assert found[0].continues is None


def test_a_quote_going_on_from_the_words_after_its_cue_keeps_what_it_is_about(nlp):
    # the quote alone ("is supported by most voters") says nothing about what
    assert found_in(nlp, 'Secretary Dana Holt said the law "is supported by most voters in the state."') == [
        ("mixed", 'the law "is supported by most voters in the state.', "said", "Holt")]
    assert found_in(nlp, 'The mayor told reporters that on Monday the driver "walked into the police station '
                         'and turned himself in".') == [
        ("mixed", 'on Monday the driver "walked into the police station and turned himself in', "told", "mayor")]
    called = found_in(nlp, 'Senator Ana Ruiz called the plan "a reckless gamble with the savings of millions".')
    assert called[0][:2] == ("mixed", 'the plan "a reckless gamble with the savings of millions')


def test_a_quote_set_off_from_its_cue_or_a_whole_clause_stays_direct(nlp):
    assert found_in(nlp, 'The minister said, "the border is secure and our troops are ready."') == [
        ("direct", "the border is secure and our troops are ready.", "said", "minister")]
    assert found_in(nlp, 'The coach told reporters "we played well and we deserved to win the match".') == [
        ("direct", "we played well and we deserved to win the match", "told", "coach")]


def test_a_quote_after_adverbials_alone_stands_by_itself(nlp):
    text = 'The plan is "bold," the mayor wrote in a letter to the council, and "long overdue for the city."'
    assert ("direct", "long overdue for the city.", "wrote", "mayor") in found_in(nlp, text)


def test_a_short_quote_far_from_a_later_cue_is_a_label_or_a_name(nlp):
    text = ('Calling it "just another apology", Jo Smith of "Speak Up", a victims\' charity, told the paper '
            '"it looks as if the statement was written before anyone saw the film".')
    assert [f[1] for f in found_in(nlp, text)] == [
        "it looks as if the statement was written before anyone saw the film"]


def speakers_of(nlp, text):
    return sorted((text[f.start:f.end], f.source.text) for f in find_statements(nlp(text)) if f.source is not None)


def test_each_name_joined_to_a_speaker_says_it_too(nlp):
    text = "According to Reuters and Bloomberg, the merger will be announced on Monday."
    assert speakers_of(nlp, text) == [("the merger will be announced on Monday", "Bloomberg"),
                                      ("the merger will be announced on Monday", "Reuters")]


def test_a_description_joined_to_a_speaker_is_left_out(nlp):
    text = "Smith and other officials said the plan was dead."
    assert speakers_of(nlp, text) == [("the plan was dead", "Smith")]


def test_the_listener_after_told_is_no_speaker(nlp):
    text = ("Reacting to the verdict, Maria Lopez, a local teacher, told Reuters "
            "\u201cthe court has failed the children of this town\u201d.")
    assert [s for _, s in speakers_of(nlp, text)] == ["Lopez"]


def test_the_verb_of_a_relative_clause_does_not_take_the_quote_after_it(nlp):
    text = ("The chairman commented on the vote \u2014 which the newspaper noted as an unusual step \u2014 "
            "\"It is plain that the vote was a mistake and must be held again.\"")
    assert found_in(nlp, text) == [("direct", "It is plain that the vote was a mistake and must be held again.",
                                    "commented", "chairman")]


def test_names_the_parse_made_second_subjects_say_it_too(nlp):
    text = ("Acme Corp, which makes toys, and Globex Corporation which makes games, "
            "emphasized they were working to meet demand.")
    assert speakers_of(nlp, text) == [("they were working to meet demand", "Corp"),
                                      ("they were working to meet demand", "Corporation")]


def test_a_gerund_cut_off_by_a_quote_is_no_statement_of_its_own(nlp):
    text = "Once she was a guest, Tipton recalls realizing \"oh, I'm not here to just have fun, I'm here to work.\""
    said = ["oh, I'm not here to just have fun, I'm here to work."]
    assert [content for _, content, _, _ in found_in(nlp, text)] == said


def test_names_given_as_examples_of_a_speaker_say_it_too(nlp):
    text = "Countries such as France and Germany have said that the deal is dead."
    assert speakers_of(nlp, text) == [("the deal is dead", "Countries"), ("the deal is dead", "France"),
                                      ("the deal is dead", "Germany")]


def test_a_verb_of_speaking_introduces_the_quote_its_colon_opens(nlp):
    text = ("The senator gave her own account, speaking on the radio: "
            "\"We will cut taxes for every family in the state.\"")
    assert speakers_of(nlp, text) == [("We will cut taxes for every family in the state.", "senator")]
    # with no speaker of its own, the verb introduces nothing
    assert found_in(nlp, "Speaking to reporters: \"We will cut taxes for every family in the state.\"") == []


def test_the_author_of_a_writing_is_who_says_it(nlp):
    text = "According to projections by Reuters and Bloomberg, the senator won in six states."
    assert speakers_of(nlp, text) == [("the senator won in six states", "Bloomberg"),
                                      ("the senator won in six states", "Reuters")]


def test_an_outlet_that_passes_words_on_is_no_cue_of_them(nlp):
    text = ("Earlier this week on live television, President Holt said — as reported by Courier Daily "
            "News — \"The bridge will no longer be called a toll bridge. Its tolls will end.\"")
    assert found_in(nlp, text) == [
        ("direct", "The bridge will no longer be called a toll bridge. Its tolls will end.", "said", "Holt")]


def test_an_outlet_that_reports_a_fact_itself_is_not_an_aside(nlp):
    doc = nlp("The bridge collapsed on Monday, as reported by the Daily Courier.")
    reported = next(t for t in doc if t.text == "reported")
    assert not passes_on_words(reported, lexicon.load())


def test_a_headline_in_a_list_of_sources_is_no_statement(nlp):
    text = ("Sources\n\n\"Mayor calls for inquiry into bridge collapse\" — Daily Courier, August 16, 2008\n"
            "\"Bridge closed after storm\" — Evening Post, 3 May 2009\n")
    assert found_in(nlp, text) == []
    signed = "\"We will rebuild the bridge.\" — Anna Holt, May 3, 2009"
    assert [f.kind for f in find_statements(nlp(signed))] == ["direct"]


def test_who_issued_a_statement_is_its_speaker(nlp):
    text = ("Soon after he registered as a candidate, the palace issued a statement to the effect the queen "
            "thought it unwise for princes to seek office.")
    assert found_in(nlp, text)[0] == (
        "indirect", "the queen thought it unwise for princes to seek office", "statement", "palace")
    assert found_in(nlp, "A statement was released that the plant would close.") == []


def test_a_verb_inside_another_quote_is_no_cue(nlp):
    text = ("Work stopped on Monday, with Moreau describing the \"grave danger of the roof falling in\" as "
            "making it \"impossible to continue digging\", and crews left the site.")
    assert all(cue != "continue" for _, _, cue, _ in found_in(nlp, text))


@pytest.mark.parametrize("text, joined", [
    # the second author joined to the first ...
    ("Forecasts by Reuters and Bloomberg showed the central bank would raise rates in June.", "Bloomberg"),
    # ... or made a second subject of the cue by the parse
    ("On Monday the results were close in three states. Projections by Reuters and Bloomberg "
     "indicated she won, besides Ohio, also the races in Iowa and Utah.", "Bloomberg"),
])
def test_each_author_of_a_writing_that_speaks_says_it_too(nlp, text, joined):
    assert joined in [s for _, s in speakers_of(nlp, text)]


def test_a_place_joined_inside_a_speakers_name_after_an_article_is_no_speaker(nlp):
    text = "The Islamic State of Iraq and the Levant, which is active in the region, later claimed responsibility."
    assert [s for _, s in speakers_of(nlp, text)] == ["State"]


def test_a_content_that_ends_with_its_cue_is_only_the_attribution(nlp):
    # attribution_only: the quote after it is the statement, "Of the new plan, she said" is none
    text = 'Of the new plan, she said, "In the end every resident will have one vote."'
    assert [c for _, c, _, _ in found_in(nlp, text)] == ["In the end every resident will have one vote."]


def test_a_parenthetical_cue_inside_its_content_keeps_it(nlp):
    assert [c for _, c, _, _ in found_in(nlp, "The plan, she said, is dead.")] == ["The plan, she said, is dead."]


def test_a_verb_of_saying_joined_to_the_reported_clause_is_the_speakers_own(nlp):
    # "praised" and "insisted" are what the speaker did next, not part of what was forecast or said
    assert found_in(nlp, "Ms. Dunne forecast that the harbour would soon reopen and praised efforts by the mayor "
                         "to fix the docks.")[0][:2] == ("indirect", "the harbour would soon reopen")
    found = found_in(nlp, "Marlow said on Tuesday that he would build a new bridge and insisted that the town "
                          "was still the best in the region.")
    assert ("indirect", "he would build a new bridge", "said", "Marlow") in found
    assert ("indirect", "the town was still the best in the region", "insisted", "he") in found


def test_a_verb_of_another_kind_or_of_a_clause_before_its_cue_stays_in_the_claim(nlp):
    assert found_in(nlp, "Ms. Dunne said she would vote against the levy but saw why others backed it.")[0][1] == \
        "she would vote against the levy but saw why others backed it"
    assert found_in(nlp, "Mr. Ames said he would build a bridge and open it in May.")[0][1] == \
        "he would build a bridge and open it in May"
    assert any(content == "Firemen were shutting the bridge and asking drivers to take the ferry" for _, content, _, _
               in found_in(nlp, "Firemen were shutting the bridge and asking drivers to take the ferry, the radio "
                                "reported."))


def test_a_participle_after_the_speakers_clause_does_not_report_that_clause(nlp):
    # the host clause holds the speaker and the first cue: it is no content of "noting"
    found = found_in(nlp, "In the meantime, Ames remarked on the figures showing the mill has \u201ca long road "
                          "ahead,\u201d noting weak sales in Europe and Asia.")
    assert not any(cue == "noting" for _, _, cue, _ in found)
    assert not any(content.startswith("In the meantime") for _, content, _, _ in found)


def test_a_participle_of_the_speakers_after_the_claim_is_no_part_of_it(nlp):
    assert found_in(nlp, "He said that is a \u201cfable,\u201d describing the crew as highly skilled.")[0][1] == \
        "that is a \u201cfable,\u201d"
    assert found_in(nlp, "Lee said that the council kept its word in raising fees, noting that half the new "
                         "revenue would fund the library.")[0][1].rstrip(",") == \
        "the council kept its word in raising fees"
    # a participle of the claim's own subject stays
    assert found_in(nlp, "Ms. Dunne said the plant was growing fast, adding 200 jobs last year.")[0][1] == \
        "the plant was growing fast, adding 200 jobs last year"


def test_the_narrators_gloss_after_the_claim_is_no_part_of_it(nlp):
    assert found_in(nlp, "He pledged that he would cut the tax rate to 6 percent within four years \u2014 a goal "
                         "that the council was able to reach in 2014.")[0][1] == \
        "he would cut the tax rate to 6 percent within four years"
    assert found_in(nlp, "Marlow said he would resign in May, a move that surprised his party.")[0][1] == \
        "he would resign in May"
    # a phrase naming a thing of the claim stays
    assert found_in(nlp, "Ms. Dunne said the town hired a new chief, a man from Leeds.")[0][1] == \
        "the town hired a new chief, a man from Leeds"


def test_a_title_ending_its_sentence_after_a_preposition_is_no_quote(nlp):
    found = found_in(nlp, "We would if we could, but the money is gone,\" Dunne said on NBC's "
                          "\"Morning With Sam Jones.\"")
    assert not any("Morning" in content for _, content, _, _ in found)


def test_a_quote_after_the_speakers_participle_and_cue_starts_at_its_marks(nlp):
    assert found_in(nlp, "Asked about the plan, she said, \"We Will Win.\"") == [
        ("direct", "We Will Win.", "said", "she")]
    # words of the claim before a cue that interrupts it stay
    assert found_in(nlp, "Especially in the hill villages, he said, \"nobody can tell yet what happens\" "
                         "to the farms.")[0][1].startswith("Especially")


def test_a_clause_of_time_before_the_cue_is_not_what_it_reports(nlp):
    found = found_in(nlp, "Dunne opposes the new tax, but - after a court ruling made it legal statewide - she urged "
                          "residents to pay it.")
    assert [content for _, content, cue, _ in found if cue == "urged"] == ["to pay it"]


def test_a_past_tense_the_tagger_read_as_a_participle_keeps_its_conjunct(nlp):
    found = found_in(nlp, "Witnesses, according to The Sentinel, said a man approached and attacked a group of "
                          "middle-aged men, using a knife.")
    assert [content for _, content, cue, _ in found if cue == "said"] == [
        "a man approached and attacked a group of middle-aged men, using a knife"]


def test_a_second_verb_of_the_clause_hung_on_the_cue_stays_in_the_claim(nlp):
    found = found_in(nlp, "During the talk, Lee pledged that the mayor \u201creally is\u201d in favor of new parks, "
                          "but wants \u201csmaller and cheaper\u201d ones.")
    assert [content for _, content, _, _ in found] == [
        "the mayor \u201creally is\u201d in favor of new parks, but wants \u201csmaller and cheaper\u201d ones"]


def test_a_verb_of_saying_joined_to_a_clause_about_a_thing_is_a_second_saying(nlp):
    assert found_in(nlp, "Lee said the plan is dead and says she will fight on.") == [
        ("indirect", "the plan is dead", "said", "Lee"), ("indirect", "she will fight on", "says", "Lee")]
    # a verb of saying with no clause of its own is the thing's deed
    assert found_in(nlp, "Police reported the gunman left the hall and continued to attack others.")[0][1] == \
        "the gunman left the hall and continued to attack others"


def test_a_not_only_claim_keeps_its_but_half(nlp):
    found = found_in(nlp, "They found that the light weakened when the moon was in the way, indicating not only does "
                          "the moon have an atmosphere, but the atmosphere contains water.")
    assert [content for _, content, cue, _ in found if cue == "indicating"] == [
        "not only does the moon have an atmosphere, but the atmosphere contains water"]


def test_a_when_clause_before_a_quote_is_no_statement_of_its_own(nlp):
    # the clause says when the quoted words held; the quote alone is what was said
    text = 'When she was picked, "I danced around the kitchen for an hour," she told the crowd at her panel.'
    found = found_in(nlp, text)
    assert [f[1] for f in found] == ["I danced around the kitchen for an hour,"]
    assert found[0][:3] == ("direct", "I danced around the kitchen for an hour,", "told")


def test_a_concession_before_a_quote_is_no_mere_circumstance(nlp):
    # "though" concedes a claim of the speaker's; only a clause of time is left out
    when = 'When she was picked, "I danced around the kitchen for an hour," she told the crowd at her panel.'
    though = when.replace("When she was picked", "Though she was not picked")
    for text, circumstance in ((when, True), (though, False)):
        q = find_quotes(text)[0]
        assert circumstance_before_quote(nlp(text), 0, q) is circumstance
