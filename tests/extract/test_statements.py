"""``find_statements`` on small parsed texts: the content span, cue, speaker token, kind and
confidence of each statement, before speakers are resolved."""
import pytest

from onrecord.extract import lexicon
from onrecord.extract.statements import find_statements, passes_on_words


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
