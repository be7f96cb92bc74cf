"""An "according to" or an outlet's report that only says where another attribution was read is no
statement of its own (``statements.relayed_attribution``), and words an outlet quoted or cited
someone for are theirs (``candidates.relayed_source``, ``statements.quoted_as_saying``): the words
stay with the one who said them. Invented sentences."""
from spacy.tokens import Span

import onrecord
from onrecord.extract import doc_index, statements
from onrecord.extract.statements import find_statements


def speakers_of(text):
    return [(st.speaker.name if st.speaker else None, st.cue.text if st.cue else None)
            for st in onrecord.extract(text).statements]


def test_a_transcript_that_relays_a_quote_is_no_second_speaker(nlp):
    text = ('"We will not give up the port," Governor Ana Lisk said on Tuesday, according to a transcript '
            "of the broadcast.")
    found = speakers_of(text)
    assert ("Ana Lisk", "said") in found
    assert all((cue or "").lower() != "according" for _, cue in found), found


def test_an_outlet_that_relays_a_report_is_no_second_speaker(nlp):
    found = speakers_of("The talks will resume next week, Lisk told reporters, according to Zedland Radio.")
    assert [name for name, _ in found] == ["Lisk"], found


def test_according_to_with_no_attribution_inside_stays(nlp):
    found = speakers_of("The talks will resume next week, according to Zedland Radio.")
    assert found == [("Zedland Radio", "according")], found


def test_what_a_poll_s_respondents_say_stays_the_poll_s(nlp):
    text = "According to a new Zorb Institute poll, most voters say they would pay more for local bread."
    found = speakers_of(text)
    assert any(cue and cue.lower() == "according" for _, cue in found), found


def test_according_to_after_the_attribution_of_a_quote_before_it_is_no_second_speaker(nlp):
    # the "according to" content is the attribution alone, the quote cut off at its closing mark
    text = '"Who will pay for the new port?" Marta Lisk asked at a rally, according to the Zorb Sun.'
    found = speakers_of(text)
    assert ("Marta Lisk", "asked") in found
    assert all((cue or "").lower() != "according" for _, cue in found), found


def test_an_outlet_that_reports_what_someone_said_keeps_its_report_and_the_words_are_theirs(nlp):
    # the inner speaker's words, kept though the classifier is unsure of a report inside another;
    # the outlet's report of them is a statement too (as the example digest's gold has it)
    found = speakers_of("Zedland Radio reported that the governor said the bridge would reopen by May.")
    assert sorted(found) == [("Zedland Radio", "reported"), ("governor", "said")], found


def test_an_outlets_report_of_a_deeper_verb_stays_the_outlets(nlp):
    found = speakers_of("As Zorbnet reported, on Friday the Zorb council was refusing to call the crash an accident.")
    assert ("Zorbnet", "reported") in found, found
    found = speakers_of("Zorbnet reported its source claimed a fourth man escaped.")
    assert sorted(name for name, _ in found) == ["Zorbnet", "its source"], found


def test_a_short_quote_the_agency_quoted_someone_as_saying_is_theirs(nlp):
    found = speakers_of('"Exports will rise next year," the agency quoted Oil Minister Reza Tavani as saying.')
    assert found == [("Reza Tavani", "saying")], found


def test_words_an_outlet_reported_quoting_someone_are_theirs(nlp):
    found = speakers_of('"We are not leaving the harbour," the Daily Zorb reported, quoting a senior navy officer.')
    assert found == [("senior navy officer", "reported")], found
    # an outlet's report citing someone is its own report; a writing cited is no speaker either
    found = speakers_of("The mayor had resigned in March, the Zorb Times reported, citing two aides to the council.")
    assert [name for name, _ in found] == ["Zorb Times"], found
    found = speakers_of("The Zorb Journal, citing leaked memos, reported that the ministry overpaid for its tanks.")
    assert [name for name, _ in found] == ["Zorb Journal"], found
    # a speaker's own "citing" of a body, or "quoting" of a famous line, leaves the words theirs
    found = speakers_of("The senator said, citing the budget office, that costs would rise.")
    assert [name for name, _ in found] == ["senator"], found
    found = speakers_of('"A town split by greed cannot stand for long," Wim Haller said, quoting Edda Brun.')
    assert [name for name, _ in found] == ["Wim Haller"], found


def test_whom_an_outlet_reported_as_stating_is_the_speaker_though_parsed_as_its_object(nlp):
    # the parse makes "officials" the object of "reported" and "stated" a conjunct of it; the
    # outlet's report of their words is its own, as with "Zorbnet reported the mayor said" (r21-found)
    found = speakers_of("Zorbnet later reported officials, following an inquiry, stated it was a melon.")
    assert sorted(found) == [("Zorbnet", "reported"), ("officials", "stated")], found
    # a thing reported and a second verb joined by "and" are both the outlet's
    found = speakers_of("Zorbnet reported the crash and said that the driver had been drinking.")
    assert [name for name, _ in found] == ["Zorbnet"], found


def test_a_claim_about_what_someone_said_stays_the_claimants(nlp):
    found = speakers_of("Tom Roe claimed Judge Ana Lisk said the files had been recovered in May.")
    assert ("Tom Roe", "claimed") in found, found


def test_a_source_parsed_as_the_object_of_reported_speaks_the_clause_after_it(nlp):
    found = speakers_of("Zorbnet further reported its source said that the tenant moved in the day before the blast.")
    assert ("its source", "said") in found and ("Zorbnet", "reported") in found, found


def test_people_who_reported_someone_to_the_police_are_not_his_words(nlp):
    # r19-fixspk: "reported X to police" tells on X; the claim after it is the reporters'
    found = speakers_of("Tenants reported Piet Harlow to police, claimed he had smashed their windows.")
    assert all(name != "Piet Harlow" for name, _ in found), found
    found = speakers_of("Tenants later reported a guard, after the riot, claimed he had smashed their windows.")
    assert all(name != "guard" for name, _ in found), found


def test_speech_to_come_or_a_retracted_report_is_not_the_named_persons_words(nlp):
    # r19-fixspk: an outlet's report of what someone may say, or a report it took back, gives
    # that person no words
    found = speakers_of("Zedland Radio reported that Mayor Ilse Varga may say on Friday that the pier will close.")
    assert all(name != "Ilse Varga" for name, _ in found), found
    found = speakers_of("Zedland Radio wrongly reported last week that Mayor Ilse Varga had said the pier would "
                        "close; the station later retracted the story.")
    assert all(name != "Ilse Varga" for name, _ in found), found
    found = speakers_of("Zedland Radio reported last week that Mayor Ilse Varga had said the pier would close.")
    assert ("Ilse Varga", "said") in found, found


def test_a_quote_said_and_relayed_is_the_speaker_s_not_the_outlet_s(nlp):
    # "said" and "according to" both reach the quote; the parse leaves the comma out of "said"'s
    # content, so "according to" had the longer hold of it (``statements.relays_quoting_report``)
    text = ('Mira Holt flew home on Sunday. "I met him briefly and nothing more," Holt said, '
            "according to Zedland Radio.")
    found = [(st.kind, st.speaker.name if st.speaker else None, st.cue.text if st.cue else None)
             for st in onrecord.extract(text).statements]
    assert found == [("direct", "Mira Holt", "said")], found


def test_a_quote_told_to_reporters_and_relayed_is_the_teller_s(nlp):
    text = ('The envoy flew home on Sunday. "We spoke of trade. This is good manners and no more," '
            "the envoy told reporters, according to Zedwire, during a stop in Port Lane.")
    found = speakers_of(text)
    assert found == [("envoy", "told")], found


def test_a_quote_only_an_outlet_reached_stays_the_outlet_s(nlp):
    text = '"Officials expect to finish the review within weeks," according to Zedland Radio.'
    found = speakers_of(text)
    assert found == [("Zedland Radio", "according")], found


def test_a_quote_a_person_recounts_is_left_as_the_parse_has_it(nlp):
    # a witness's account of what someone said is no outlet's relay of words on record
    doc = nlp('"You will lose," Holt said, according to Mira Lane.')
    found = {(f.cue.text if f.cue else None) for f in find_statements(doc)}
    assert "according" in found, found


def test_a_person_the_tagger_typed_as_a_place_still_recounts(nlp):
    # "Lane" tagged a place where it recounts; the article names Mira Lane as a person before
    doc = nlp('Mira Lane spoke on Monday. "You will lose," Holt said, according to Lane.')
    lane = [t.i for t in doc if t.text == "Lane"][-1]
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, lane, lane + 1, label="GPE")]
    found = {(f.cue.text if f.cue else None) for f in find_statements(doc)}
    assert "according" in found, found


def test_only_an_according_to_is_scanned_as_a_relay(nlp, monkeypatch):
    # a quote-heavy article: a "said" is answered before any scan of the reports or the names
    scanned = []
    monkeypatch.setattr(statements, "recounted_by_a_person", lambda r: scanned.append(r.cue.lower_) or False)
    doc = nlp('"We stay," Ana Lisk said. "We go," Jo Roe said on Monday. "We wait," Lee said, according to '
              "Zedland Radio.")
    find_statements(doc)
    assert scanned and set(scanned) == {"according"}, scanned


def test_a_person_s_name_is_read_from_the_cached_person_names(nlp, monkeypatch):
    asked = []
    real = doc_index.ents_labelled
    monkeypatch.setattr(doc_index, "ents_labelled", lambda doc, label: asked.append(label) or real(doc, label))
    doc = nlp("Mira Lane spoke first. Lane left.")
    assert statements.named_as_a_person(doc[5])
    assert asked == ["PERSON"]
