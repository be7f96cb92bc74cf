"""Each pass of the speaker sieve (``extract/speakers/passes/``) on its own, on a sentence or
two: what it answers for the mentions it resolves, and that it hands on (None) the others."""
import pytest

import onrecord
from onrecord.extract.speakers.passes import bodies, descriptions, epithets, names, pronouns, writers
from onrecord.extract.speakers.resolver import PASSES, SpeakerResolver
from onrecord.extract.speakers.role_cleaning import without_trailing_name
from statement_lookup import speaker, state_of, statement_with, token


def test_the_sieve_asks_pronouns_first_and_descriptions_last():
    assert PASSES[0] is pronouns.relative_pronoun and PASSES[-1] is epithets.described_or_epithet  # the descriptions
    assert PASSES.index(names.name_in_mention) < PASSES.index(names.name)


def test_relative_pronoun_is_its_antecedent(nlp):
    doc, state = state_of(nlp, "The bill passed on Monday. "
                               "Senator Mitch McConnell, who said it was fair, voted for it.")
    who = pronouns.relative_pronoun(token(doc, "who"), state)
    assert who.rule == "relative-pronoun" and who.entity.name == "Mitch McConnell"
    assert pronouns.relative_pronoun(token(doc, "McConnell"), state) is None


def test_a_writing_a_relative_pronoun_stands_for_speaks_for_its_issuer(nlp):
    # "which" is the statement, a thing; the one who released it speaks
    doc, state = state_of(nlp, "The Hellenic Council released a statement which said the museum must stay open.")
    which = pronouns.relative_pronoun(token(doc, "which"), state)
    assert which.rule == "relative-pronoun" and which.entity.name == "Hellenic Council"
    text = 'The council met on Monday. They released a statement which said, "The museum must stay open."'
    speaker = statement_with(onrecord.extract(text), "The museum must stay open").speaker
    assert speaker.name != "statement" and speaker.rule == "unresolved"
    # a newspaper's name is no writing to look behind
    doc, state = state_of(nlp, "The mayor spoke to The Jakarta Post, which reported the ship was found.")
    which = pronouns.relative_pronoun(token(doc, "which"), state)
    assert which.entity is not None and "Jakarta Post" in which.entity.name


def test_a_cited_writing_is_not_its_citers(nlp):
    # she pointed to surveys others made: "that" is the surveys, not the one who cites them
    doc, state = state_of(nlp, "Mayor Dana Okafor cited surveys that show her well ahead of Lutz in the county.")
    that = pronouns.relative_pronoun(token(doc, "that"), state)
    assert that is None or that.entity is None or "Okafor" not in that.entity.name
    doc, state = state_of(nlp, "Mayor Dana Okafor released a survey that shows her well ahead of Lutz.")
    that = pronouns.relative_pronoun(token(doc, "that"), state)
    assert that.entity is not None and that.entity.name == "Dana Okafor"


def test_writer_is_the_signature_line(nlp):
    doc, state = state_of(nlp, "I have taught in these schools for twenty years and I am tired.\nChris Smith.")
    mention = writers.writer(token(doc, "I"), state)
    assert mention.rule == "writer" and mention.entity.name == "Chris Smith"


def test_writer_without_a_signature_is_unresolved(nlp):
    doc, state = state_of(nlp, "I have taught in these schools for twenty years.")
    mention = writers.writer(token(doc, "I"), state)
    assert mention.rule == "unresolved" and mention.entity is None


def test_personal_pronoun_is_the_person_of_its_gender(nlp):
    doc, state = state_of(nlp, "Jane Doe met John Roe on Monday. She said the talks had gone well.")
    she = pronouns.personal_pronoun(token(doc, "She"), state)
    assert she.rule == "pronoun" and she.entity.name == "Jane Doe"
    assert pronouns.personal_pronoun(token(doc, "Doe"), state) is None


def test_personal_pronoun_after_an_unnamed_person_is_unresolved(nlp):
    doc, state = state_of(nlp, "Jane Doe was arrested. The father of the girl escaped. He said he was scared.")
    he = pronouns.personal_pronoun(token(doc, "He"), state)
    assert he.rule == "unresolved" and he.entity is None


def test_plural_pronoun_is_the_group_spoken_of(nlp):
    doc, state = state_of(nlp, "Local officials criticised the plan on Monday. They said it would fail.")
    they = pronouns.plural_pronoun(token(doc, "They"), state)
    assert they.rule == "pronoun" and they.entity.name == "Local officials"


def test_thing_pronoun_is_the_body_spoken_of(nlp):
    doc, state = state_of(nlp, "The World Health Organization opened an inquiry. It said the risk was low.")
    it = pronouns.thing_pronoun(token(doc, "It"), state)
    assert it.rule == "pronoun" and it.entity.name == "World Health Organization"


def test_any_other_pronoun_is_left_unnamed(nlp):
    doc, state = state_of(nlp, "Someone said the bridge was closed.")
    mention = pronouns.unresolved_pronoun(token(doc, "Someone"), state)
    assert mention.rule == "unresolved" and mention.entity is None


def test_name_in_mention_is_the_person_inside_a_title(nlp):
    doc, state = state_of(nlp, "US Ambassador to Germany Richard Grenell said the airline had helped.")
    mention = names.name_in_mention(token(doc, "Ambassador"), state)
    assert mention.rule == "name-in-mention" and mention.entity.name == "Richard Grenell"
    assert "US Ambassador to Germany" in mention.entity.roles


def test_name_is_the_name_the_head_belongs_to(nlp):
    doc, state = state_of(nlp, "Angela Merkel spoke in Berlin. Merkel said the plan was sound.")
    mention = names.name(token(doc, "Merkel", 1), state)
    assert mention.rule == "name" and mention.entity.name == "Angela Merkel"
    assert names.name(token(doc, "plan"), state) is None


def test_personal_body_is_named_after_its_person(nlp):
    doc, state = state_of(nlp, "Hillary Clinton spoke in Ohio. Clinton's campaign said the numbers were good.")
    mention = bodies.personal_body(token(doc, "campaign"), state)
    assert mention.rule == "personal-body" and mention.entity.name == "Hillary Clinton campaign"
    assert bodies.personal_body(token(doc, "numbers"), state) is None


def test_description_goes_to_the_holder_of_the_role(nlp):
    doc, state = state_of(nlp, "Prime Minister Lee Wong met the unions on Tuesday. "
                               "The prime minister said the deal was fair.")
    mention = descriptions.description(token(doc, "minister"), state)
    assert mention.rule == "description" and mention.entity.name == "Lee Wong"


def test_a_group_is_left_unnamed(nlp):
    doc, state = state_of(nlp, "The bridge was closed on Monday. Officials said it would reopen.")
    mention = descriptions.description(token(doc, "Officials"), state)
    assert mention.rule == "unnamed" and mention.entity.name == "Officials" and not mention.entity.named


def test_reports_with_no_issuer_are_an_unnamed_source(nlp):
    doc, state = state_of(nlp, "Reports say the bridge will reopen.")
    found = descriptions.description(token(doc, "Reports"), state)
    assert found.entity is None and found.rule == "unnamed"


def test_data_and_statistics_speak_for_the_body_they_come_from(nlp):
    """The tagger's lemmas of "data" and "statistics" ("datum", "statistic") are writings too."""
    for text, noun, issuer in (("Cases rose by a third, according to Johns Hopkins University data.", "data",
                                "Johns Hopkins University"),
                               ("Deaths rose, according to data from the Gun Violence Archive.", "data",
                                "Gun Violence Archive"),
                               ("The storm will strengthen, the NHC advisory said.", "advisory", "NHC")):
        doc, state = state_of(nlp, text)
        mention = descriptions.description(token(doc, noun), state)
        assert mention.rule == "description" and mention.entity.name == issuer, text


def test_data_of_a_body_are_not_the_study_that_used_them(nlp):
    doc, state = state_of(nlp, "Researchers at Boston University compared data from the Centers for Disease "
                               "Control. The study says gun ownership raises the risk.")
    mention = descriptions.description(token(doc, "study"), state)
    assert mention.entity is None or "Disease" not in mention.entity.name


def test_a_first_person_inside_a_quote_is_the_quoted_speaker_and_a_continued_quote_keeps_it(nlp):
    text = ('Mayor John Smith spoke on Monday. "We will rebuild the bridge, and I promise it," Smith said. '
            '"It will take a year."')
    record = onrecord.extract(text)
    assert statement_with(record, "We will rebuild").speaker.name == "John Smith"
    continued = statement_with(record, "It will take a year")
    assert continued.speaker.name == "John Smith" and continued.speaker.rule == "continued-quote"


def test_he_with_two_men_named_just_before_is_left_unresolved(nlp):
    doc, state = state_of(nlp, "John Smith met Peter Jones on Monday. He said the talks had gone well.")
    he = pronouns.personal_pronoun(token(doc, "He"), state)
    assert he.rule == "unresolved" and he.entity is None


def test_he_with_one_man_in_his_own_sentence_is_that_man(nlp):
    # the nearest sentence that names anyone decides: Smith alone in it, though Jones came before
    doc, state = state_of(nlp, "Peter Jones opened the meeting. John Smith spoke after lunch, and he said the "
                               "talks had gone well.")
    he = pronouns.personal_pronoun(token(doc, "he"), state)
    assert he.rule == "pronoun" and he.entity.name == "John Smith"


def test_appositive_name_is_the_person_between_commas_after_a_description(nlp):
    doc, state = state_of(nlp, "Discussing the crisis, Malaysia's Prime Minister, Najib Razak, said they were in "
                               "contact with all parties.")
    mention = names.appositive_name(token(doc, "Minister"), state)
    assert mention.rule == "appositive-name" and mention.entity.name == "Najib Razak"
    assert "Malaysia's Prime Minister" in mention.entity.roles


def test_appositive_name_after_a_description_joined_by_and(nlp):
    doc, state = state_of(nlp, "Haifa University geostrategy expert and former Israeli security official, "
                               "Avinoam Idan, said the new supply changes nothing.")
    mention = names.appositive_name(token(doc, "expert"), state)
    assert mention is not None and mention.entity.name == "Avinoam Idan"


def test_appositive_name_leaves_groups_possessives_and_lists_alone(nlp):
    doc, state = state_of(nlp, "The officials, John Smith, and Mary Jones said it was over.")
    assert names.appositive_name(token(doc, "officials"), state) is None  # plural: a list, maybe
    doc, state = state_of(nlp, "The minister, John Smith's deputy, said it was over.")
    assert names.appositive_name(token(doc, "minister"), state) is None  # the deputy spoke
    doc, state = state_of(nlp, "The spokesman, Tom Brown and others said it was over.")
    assert names.appositive_name(token(doc, "spokesman"), state) is None


def test_a_group_with_its_names_set_beside_it_is_not_its_first_name():
    # a plural description, or a list of names beside it, is several speakers, not the first one
    text = "The board met on Monday. The four county judges - Ms. Arlen, Mr. Voss and Mr. Kettering - agreed " \
           "that the levy was too small."
    said = statement_with(onrecord.extract(text), "the levy was too small").speaker
    assert said.name != "Arlen" and said.rule == "unnamed"
    # one name beside one description still names it
    text = "The board met on Monday. The county judge, Lena Arlen, said that the levy was too small."
    assert statement_with(onrecord.extract(text), "the levy was too small").speaker.name == "Lena Arlen"


def test_appositive_name_is_not_the_subject_of_what_was_said(nlp):
    doc, state = state_of(nlp, "According to his agent, Hunter had undergone surgery recently.")
    assert names.appositive_name(token(doc, "agent"), state) is None


def test_a_role_loses_the_words_of_its_holder_s_name():
    assert without_trailing_name("Enver Solomon", "CEO of the Refugee Council Enver Solomon") == \
        "CEO of the Refugee Council"
    assert without_trailing_name("Brock Pierce", "Independent presidential candidate Brock") == \
        "Independent presidential candidate"
    assert without_trailing_name("Pierce", "Pierce") == ""
    assert without_trailing_name("John Smith", "senator for Smith County") == "senator for Smith County"


def test_name_in_mention_reads_past_a_description_the_parser_cut_from_its_name(nlp):
    doc, state = state_of(nlp, '"The bridge will hold," said project co-director Laura Benning.')
    mention = names.name_in_mention(token(doc, "co"), state)
    assert mention.rule == "name-in-mention" and mention.entity.name == "Laura Benning"
    assert doc.text[mention.start:mention.end] == "project co-director Laura Benning"


def test_appositive_name_after_title_words_inside_the_commas(nlp):
    doc, state = state_of(nlp, "A second co-author, marine biology lecturer Hannah Obi, said the reef was recovering.")
    mention = names.appositive_name(token(doc, "co"), state)
    assert mention.rule == "appositive-name" and mention.entity.name == "Hannah Obi"
    assert "second co-author" in mention.entity.roles


def test_appositive_name_before_the_verb_of_its_description(nlp):
    # no comma closes the name: the verb the description is the subject of does
    doc, state = state_of(nlp, "The Green Party's leader, Anna Berg announced she would step down.")
    mention = names.appositive_name(token(doc, "leader"), state)
    assert mention is not None and mention.entity.name == "Anna Berg"


def test_an_office_spelt_as_one_word_is_a_title_not_a_name(nlp):
    record = onrecord.extract("A Democratic Councilwoman, Rosa Hill, said the budget was too small. "
                              "Assemblyman Rick Dorn said the plan was late.")
    hill = statement_with(record, "the budget was too small").speaker
    assert hill.name == "Rosa Hill" and "Democratic Councilwoman" in hill.roles
    dorn = statement_with(record, "the plan was late").speaker
    assert dorn.name == "Rick Dorn" and dorn.roles == ["Assemblyman"]


def test_the_holder_of_a_role_is_the_one_named_last_in_the_text_not_resolved_last(nlp):
    doc, state = state_of(nlp, "Prime minister Tom Hart spoke first. Energy minister Lena Voss spoke next. "
                               "The minister said the plant would open.")
    hart = doc[2:4]
    state.person(hart, hart.start_char)  # resolved again late, as a statement's speaker
    the_minister = [t for t in doc if t.text == "minister"][-1]
    assert state.role_holder("minister", the_minister.idx).name == "Lena Voss"


def test_a_description_of_one_party_is_no_holder_of_another(nlp):
    doc, state = state_of(nlp, "Conservative Party leader Tom Hart spoke first. The Labour Party's leader said no.")
    leader = [t for t in doc if t.text == "leader"][-1]
    assert state.role_holder("leader", leader.idx, frozenset({"labour", "party"})) is None
    assert state.role_holder("leader", leader.idx, frozenset({"conservative"})).name == "Tom Hart"


def resolved_state(nlp, text, sources):
    """The state after the sieve resolved the source mentions ``sources`` (words of the text, in
    reading order), as the pipeline does before it reaches a later pronoun."""
    doc = nlp(text)
    resolver = SpeakerResolver(doc)
    for word, n in sources:
        resolver.resolve(token(doc, word, n))
    return doc, resolver.state


def test_subject_continuity_prefers_the_subject_to_a_man_named_in_passing(nlp):
    doc, state = state_of(nlp, "Tom Brown criticised Peter Green's plan on Monday. He said it would fail.")
    assert pronouns.subject_continuity(state, token(doc, "He"), "m").name == "Tom Brown"
    he = pronouns.personal_pronoun(token(doc, "He"), state)
    assert he.rule == "pronoun" and he.entity.name == "Tom Brown"


def test_subject_continuity_leaves_an_object_or_a_viewpoint_unsure(nlp):
    doc, state = state_of(nlp, "Tom Brown met Peter Green on Monday. He said the talks had gone well.")
    assert pronouns.subject_continuity(state, token(doc, "He"), "m") is None
    doc, state = state_of(nlp, "For Peter Green, Tom Brown was a hero. He said so on Monday.")
    assert pronouns.subject_continuity(state, token(doc, "He"), "m") is None


def test_subject_continuity_skips_a_subject_of_the_other_gender(nlp):
    doc, state = state_of(nlp, "Mary Jones criticised Peter Green's plan on Monday. He said it would fail.")
    assert pronouns.subject_continuity(state, token(doc, "He"), "m") is None


def test_subject_continuity_passes_a_resolved_pronoun_on(nlp):
    doc, state = resolved_state(nlp, "Tom Brown criticised Peter Green's plan on Monday. He called it "
                                     "reckless. He also said it would fail.", [("He", 0)])
    assert pronouns.subject_continuity(state, token(doc, "He", 1), "m").name == "Tom Brown"


def test_a_title_before_a_name_tells_no_gender_unless_it_is_gendered(nlp):
    doc, state = state_of(nlp, "Dr Martisius spoke on Monday. Mrs Okafor spoke too.")
    genders = {e.name: e.gender for e in state.entities if e.type == "PERSON"}
    assert genders.get("Dr Martisius", genders.get("Martisius")) is None


def test_subject_continuity_reads_an_unresolved_pronoun_subject_again(nlp):
    # the first "He" is no statement's source: read again, it is Tom Brown, a man by his first name
    doc, state = state_of(nlp, "Tom Brown criticised Peter Green's plan on Monday. He called it reckless. "
                               "He also said it would fail.")
    assert pronouns.subject_continuity(state, token(doc, "He", 1), "m").name == "Tom Brown"


def test_subject_continuity_reads_again_only_to_a_person_of_known_gender(nlp):
    # "Lee" tells no gender: a second guess in a row is not made
    doc, state = state_of(nlp, "Kim Lee criticised Peter Green's plan on Monday. He called it reckless. "
                               "He also said it would fail.")
    assert pronouns.subject_continuity(state, token(doc, "He", 1), "m") is None


def test_a_possessive_name_gives_way_to_the_body_it_owns(nlp):
    doc, state = state_of(nlp, "According to the University of Washington's Institute for Health Metrics and "
                               "Evaluation, deaths may rise.")
    ent = next(e for e in doc.ents if e.text.endswith("'s"))
    assert names.owned_body(ent).text == "Institute for Health Metrics and Evaluation"
    doc, state = state_of(nlp, "The University of Washington said deaths may rise.")
    assert names.owned_body(doc.ents[0]) is None


def test_subject_before_is_the_sole_man_acting_in_the_sentence_before(nlp):
    # Hart spoke last, a paragraph back; Reed, the one man of the sentence before, goes on
    text = ("Mayor Tom Hart said the vote was fair.\n\nThe count was halted on Monday, with Paul Reed "
            "calling the ballots flawed. He estimated a new count would take a week.")
    doc, state = resolved_state(nlp, text, [("Hart", 0)])
    reed = next(e for e in state.entities if e.name == "Paul Reed")
    assert pronouns.subject_before(state, token(doc, "He"), reed)
    he = pronouns.personal_pronoun(token(doc, "He"), state)
    assert he.rule == "pronoun" and he.entity.name == "Paul Reed"


def test_subject_before_leaves_a_second_man_or_an_action_unsure(nlp):
    text = ("Mayor Tom Hart said the vote was fair.\n\nThe count was halted on Monday, with Paul Reed "
            "calling the ballots flawed and Sam Cole agreeing. He estimated a new count would take a week.")
    doc, state = resolved_state(nlp, text, [("Hart", 0)])
    assert pronouns.personal_pronoun(token(doc, "He"), state).entity is None
    # the pronoun does not speak: no quote goes on
    text = ("Mayor Tom Hart said the vote was fair.\n\nThe count was halted on Monday, with Paul Reed "
            "calling the ballots flawed. He left the hall at noon.")
    doc, state = resolved_state(nlp, text, [("Hart", 0)])
    reed = next(e for e in state.entities if e.name == "Paul Reed")
    assert not pronouns.subject_before(state, token(doc, "He"), reed)


def test_subject_continuity_reads_what_a_body_reported_and_passes_whom_words_were_told_to(nlp):
    doc, state = state_of(nlp, "The broadcaster NTV reported that Prince Omar Khalid accepted the blame for the "
                               "death of journalist Sam Cole. Speaking to Tom Ward of NTV, he said the attack was "
                               "wrong.")
    he = pronouns.personal_pronoun(token(doc, "he"), state)
    assert he.rule == "pronoun" and he.entity.name == "Omar Khalid"


def test_reported_subject_is_no_reading_of_what_a_person_said(nlp):
    # a person, named or described, who reports is the one the text is about, not whom he spoke of
    doc, state = state_of(nlp, "The spokesman said that John Smith had resigned. He said the party would recover.")
    assert pronouns.reported_subject(token(doc, "spokesman")) is None
    doc, state = state_of(nlp, "Tom Brown said that John Smith had resigned. He said the party would recover.")
    assert pronouns.reported_subject(token(doc, "Brown")) is None
    assert pronouns.personal_pronoun(token(doc, "He"), state).entity.name == "Tom Brown"
    doc, state = state_of(nlp, "The broadcaster NTV reported that Omar Khalid accepted the blame.")
    assert pronouns.reported_subject(token(doc, "NTV")).text == "Khalid"


def test_a_pronoun_after_the_quote_it_attributes_is_the_subject_before_not_its_object(nlp):
    doc, state = state_of(nlp, 'Tom Brown endorsed his old rival, Peter Green. "This is the right choice," he said.')
    assert pronouns.quote_attribution(state, token(doc, "he"))
    assert pronouns.object_only(token(doc, "Green"))
    assert pronouns.subject_continuity(state, token(doc, "he"), "m").name == "Tom Brown"
    # no quote before it: the object stays a rival
    doc, state = state_of(nlp, "Tom Brown endorsed his old rival, Peter Green. He said it was the right choice.")
    assert not pronouns.quote_attribution(state, token(doc, "He"))
    assert pronouns.subject_continuity(state, token(doc, "He"), "m") is None


def test_a_bare_surname_two_people_share_is_the_one_just_named_or_named_most(nlp):
    # "Trump" tagged as a body: not whichever Trump was named last (the First Lady, two sentences on)
    text = ("President Donald Trump spoke in Ohio on Monday. Trump said the economy was strong. "
            "Other speakers included First Lady Melania Trump and Vice President Mike Pence. "
            "Joe Biden spoke in Delaware on Thursday. Biden thanked the voters. "
            "Trump described the convention as a \"Hollywood-produced infomercial\".")
    record = onrecord.extract(text)
    assert statement_with(record, "the economy was strong").speaker.name == "Donald Trump"
    assert statement_with(record, "Hollywood-produced").speaker.name == "Donald Trump"
    doc, state = state_of(nlp, "Angela Merkel spoke in Berlin. Merkel said the plan was sound.")
    assert names.shared_surname(state, token(doc, "Merkel", 1)) is None  # one Merkel: the name pass as before


def test_a_writing_a_named_subject_spoke_in_is_theirs(nlp):
    # "in a statement" hangs on the verb whose subject is Donald Trump: "The statement" later is his
    text = ("Late on Sunday, President Donald Trump, in a statement delivered via his press secretary, "
            "announced the troops would be leaving the region. The statement also said the rebels had been defeated.")
    assert statement_with(onrecord.extract(text), "the rebels had been defeated").speaker.name == "Donald Trump"


def test_a_writing_given_another_nationality_is_not_the_earlier_writing(nlp):
    # the Turkish statement is not the American president's, said just before
    text = ("Late on Sunday, President Donald Trump, in a statement delivered via his press secretary, "
            "announced the troops would be leaving the region. The Turkish statement called for a safe zone "
            "to be set up east of the river.")
    speaker = statement_with(onrecord.extract(text), "safe zone").speaker
    assert speaker.name != "Donald Trump"


def test_a_press_statement_described_by_a_nationality_alone_is_that_country_s():
    text = ("Leaders of Greece and Norway spoke by phone on Friday. A Greek statement said the two "
            "sides had agreed to hold talks in the spring.")
    found = statement_with(onrecord.extract(text), "hold talks").speaker
    assert (found.name, found.type) == ("Greece", "GPE")
    # a party's statement, or one of a country the article does not name, is no country's
    party = text.replace("A Greek statement", "A Republican statement")
    assert statement_with(onrecord.extract(party), "hold talks").speaker.type != "GPE"
    unnamed = text.replace("A Greek statement", "A Danish statement")
    assert statement_with(onrecord.extract(unnamed), "hold talks").speaker.type != "GPE"
    # a report is written by the country's papers or scholars, not by its government
    report = text.replace("A Greek statement said", "A Greek report said")
    assert statement_with(onrecord.extract(report), "hold talks").speaker.type != "GPE"


def test_a_national_statement_after_another_issuers_statement_is_no_country_s():
    # r19-fixspk: the statement described by the nationality is most likely the one issued before
    for before in ("Zedbank, the largest lender in Greece, issued a statement on Monday after the crash.",
                   "Rebels fighting the government of Greece issued a statement on Monday after the crash."):
        text = f"{before} The Greek statement said the losses were small."
        assert statement_with(onrecord.extract(text), "losses were small").speaker.name != "Greece"
    own = "Greece issued a statement on Monday after the crash. The Greek statement said the losses were small."
    assert statement_with(onrecord.extract(own), "losses were small").speaker.name == "Greece"
    # a statement released by the office of the country's own president is the country's still
    office = ("Greek President Nikos Varlamis met the envoy of Norway in Greece. "
              "A statement released by Varlamis's office praised the talks. "
              "The Greek statement said the losses were small.")
    assert statement_with(onrecord.extract(office), "losses were small").speaker.name == "Greece"


def test_stray_quote_marks_are_no_sentence_before(nlp):
    # the parser may cut a quotation's opening '' off as a sentence of its own
    doc = nlp("Tom Brown spoke on Monday. ''")
    assert pronouns.stray_marks(doc[len(doc) - 1:]) and not pronouns.stray_marks(doc[:-1])


def test_subject_continuity_reads_a_name_in_apposition_to_the_subject(nlp):
    doc, state = state_of(nlp, "The minister of trade, Mr. Tom Brown, argues that Peter Green's threats "
                               "are empty. ''We will not panic,'' he told reporters.")
    assert pronouns.subject_continuity(state, token(doc, "he"), "m").name == "Tom Brown"


def test_subject_continuity_reads_whom_the_sentence_before_is_according_to(nlp):
    doc, state = state_of(nlp, "According to Tom Brown, the council has ignored Peter Green's advice. "
                               "He said the vote was rushed.")
    assert pronouns.subject_continuity(state, token(doc, "He"), "m").name == "Tom Brown"
    # a body is told of, not a person: no one
    doc, state = state_of(nlp, "According to the report, the council has ignored the advice. He said it was rushed.")
    assert pronouns.subject_continuity(state, token(doc, "He"), "m") is None


def test_a_relative_clause_subject_is_no_unnamed_person_before(nlp):
    doc, state = state_of(nlp, "''We have rifles,'' Mr. Tom Brown said. But the economic weapons his country "
                               "has at its disposal, he added, are like bombs.")
    assert pronouns.unnamed_person_before(state, token(doc, "he")) is None
    assert pronouns.personal_pronoun(token(doc, "he"), state).entity.name == "Tom Brown"


def test_paragraph_person_is_the_one_subject_of_the_paragraph(nlp):
    text = ("Tom Brown hopes to sell the mine. But right now, he is losing money. That worries the bank. "
            "''It is all I can afford,'' he said.")
    doc, state = state_of(nlp, text)
    assert pronouns.paragraph_person(state, token(doc, "he", 1), "m").name == "Tom Brown"
    # a paragraph opened with the quote: the paragraph before
    text = "Now the top judge, Mary Jones rose fast. Her rise sent a signal.\n\n''We will get there,'' she said."
    doc, state = state_of(nlp, text)
    assert pronouns.paragraph_person(state, token(doc, "she"), "f").name == "Mary Jones"


def test_paragraph_person_leaves_two_subjects_or_a_rival_argument_unsure(nlp):
    text = ("Tom Brown hopes to sell the mine. Peter Green wants to keep it. That worries the bank. "
            "''It is all I can afford,'' he said.")
    doc, state = state_of(nlp, text)
    assert pronouns.paragraph_person(state, token(doc, "he"), "m") is None
    text = "Tom Brown met Peter Green on Monday. That worried the bank. ''It is all I can afford,'' he said."
    doc, state = state_of(nlp, text)
    assert pronouns.paragraph_person(state, token(doc, "he"), "m") is None


def test_a_sentence_quoting_its_verb_is_still_the_narrative_before(nlp):
    # the main verb is in the words quoted, the sentence opens outside them: Brown, not Green
    text = ('"We will win," Senator Peter Green said on Monday.\n\nSpeaker Tom Brown, despite admitting that '
            'he had his doubts, the voters "do need to have their day in court" and he does believe Green is '
            'right.\n\n"I think the votes are there," he said.')
    doc, state = state_of(nlp, text)
    he = token(doc, "he", 2)
    previous = pronouns.narrative_sentence_before(state, he)
    assert state.in_quote(previous.root.idx) and "Tom Brown" in previous.text


def test_a_writing_of_a_named_person_and_his_aides_is_that_persons(nlp):
    text = ("A slide from a presentation that Mr. Tom Brown and his aides carry with them shows that "
            "exports rose.")
    doc, state = state_of(nlp, text)
    issuer = descriptions.named_issuer(state, token(doc, "slide"))
    assert issuer is not None and issuer.name == "Tom Brown"
    # two people named are neither alone
    doc, state = state_of(nlp, "A slide from a presentation that Mr. Tom Brown and Peter Green carry shows "
                               "that exports rose.")
    assert descriptions.named_issuer(state, token(doc, "slide")) is None


def test_a_place_a_writing_was_sent_from_is_no_issuer(nlp):
    doc, state = state_of(nlp, "The letter, postmarked from Zorbia, warned that harm would come.")
    assert descriptions.named_issuer(state, token(doc, "letter")) is None
    # on the noun itself, "from" a country names the sender
    doc, state = state_of(nlp, "A letter from Zorbia warned that harm would come.")
    issuer = descriptions.named_issuer(state, token(doc, "letter"))
    assert issuer is not None and issuer.name == "Zorbia"


def test_a_nationality_and_an_affiliation_are_compared_by_country():
    assert not descriptions.another_nationality("American", "United States")
    assert not descriptions.another_nationality("American", "U.S.")
    assert descriptions.another_nationality("Austrian", "Australia")
    assert descriptions.another_nationality("Turkish", "Greece")


def test_a_body_s_name_the_parse_cut_at_its_infinitive_is_spoken_whole(nlp):
    doc = nlp("The Committee to Protect Journalists reports twelve other deaths in the region since 2016.")
    head = next(t for t in doc if t.text == "Committee")
    span = doc[0:2]  # "The Committee": the parse reads "to Protect Journalists" as a clause
    assert names.body_cut_by_parse(span, head).text == "The Committee to Protect Journalists"
    # a name the tagger does not span goes on past the mention with nothing to say it is one
    doc = nlp("The committee said the plan would fail.")
    assert names.body_cut_by_parse(doc[0:2], doc[1]) is None
    speaker = statement_with(onrecord.extract(
        "The Committee to Protect Journalists reports twelve other deaths in the region since 2016."),
        "twelve other deaths").speaker
    assert speaker.name == "Committee to Protect Journalists"


def test_a_pronoun_is_no_one_its_own_clause_names_after_it(nlp):
    # "He insisted Novak was biased": he is not Novak, so Brown, named before, is the one left
    doc, state = state_of(nlp, "The judge Tom Brown criticised is Peter Novak, a lawyer from Ohio. "
                               "He insisted Novak was biased.")
    he = token(doc, "He")
    assert {e.name for e in state.entities if id(e) in pronouns.disjoint_people(state, he)} == {"Peter Novak"}
    mention = pronouns.personal_pronoun(he, state)
    assert mention.entity is not None and mention.entity.name == "Tom Brown"


def test_a_parenthetical_pronoun_is_no_one_named_in_the_words_it_reports(nlp):
    # "... by Peter Novak, he said, ...": the man spoken of is not the one speaking
    doc, state = state_of(nlp, 'As Tom Brown said, "It is over." Any attempt to answer a falsehood by '
                               "Peter Novak, he said, becomes hopeless.")
    mention = pronouns.personal_pronoun(token(doc, "he"), state)
    assert mention.entity is not None and mention.entity.name == "Tom Brown"


def test_a_clause_joined_with_its_own_subject_bars_no_one(nlp):
    # "He left early, and Novak stayed": two clauses; the grammar of the first says nothing of Novak
    doc, state = state_of(nlp, "Tom Brown met Peter Novak. He left early, and Novak stayed.")
    assert pronouns.disjoint_people(state, token(doc, "He")) == set()


def test_the_one_asked_a_question_answers(nlp):
    doc, state = state_of(nlp, 'Tom Brown then asked Peter Novak which states he could win. '
                               '"We feel great about all of them," he said.')
    mention = pronouns.personal_pronoun(token(doc, "he", 1), state)
    assert mention.entity is not None and mention.entity.name == "Peter Novak"


def test_an_request_that_is_no_question_names_no_one_who_answers(nlp):
    doc, state = state_of(nlp, 'Tom Brown asked Peter Novak to resign. "It is time," he said.')
    assert pronouns.asked_person(state, token(doc, "he"), "m") is None


def test_the_first_half_of_a_hyphenated_surname_tells_no_gender(nlp):
    # "Mark-Viverito" has no given name: "Mark" does not make her a man
    doc, state = state_of(nlp, "Council Speaker Mark-Viverito spoke first. Later, Jane Doe spoke.")
    genders = {e.name: e.gender for e in state.entities if e.type == "PERSON"}
    assert "Mark-Viverito" in genders and genders["Mark-Viverito"] is None
    doc, state = state_of(nlp, "Mark Smith spoke first.")
    assert {e.name: e.gender for e in state.entities}.get("Mark Smith") == "m"


def test_a_hyphenated_given_name_before_a_surname_tells_the_gender(nlp):
    # review i9 item 12: "Mary-Kate" is a given name, not the first half of a surname
    doc, state = state_of(nlp, "Mary-Kate Olsen spoke first.")
    genders = {e.name: e.gender for e in state.entities if e.type == "PERSON"}
    assert genders.get("Mary-Kate Olsen") == "f"


def test_the_one_a_subject_is_compared_with_is_named_in_passing(nlp):
    doc, state = state_of(nlp, "Tom Brown says odd things. But like Brown, Peter Novak holds views well outside "
                               "the mainstream. He believes the tax should go.")
    mention = pronouns.personal_pronoun(token(doc, "He"), state)
    assert mention.entity is not None and mention.entity.name == "Peter Novak"


def test_a_word_of_a_laws_name_is_no_unnamed_person(nlp):
    doc, state = state_of(nlp, 'Still, Peter Novak called the new law "much better" than No Child Left Behind. '
                               '"We need to be humble," he said.')
    he = token(doc, "he")
    assert pronouns.unnamed_person_before(state, he) is None
    mention = pronouns.personal_pronoun(he, state)
    assert mention.entity is not None and mention.entity.name == "Peter Novak"


def test_whom_a_there_is_sentence_brings_in_goes_on_as_its_subject(nlp):
    doc, state = state_of(nlp, "First there was the editor Tom Brown, who, after trading insults with Peter "
                               "Novak, said the party had lost its way. Those who listen to such shows, "
                               "he said, end up in a debate divorced from reality.")
    assert pronouns.existential_subject(token(doc, "was").sent).text == "editor"
    mention = pronouns.personal_pronoun(token(doc, "he"), state)
    assert mention.entity is not None and mention.entity.name == "Tom Brown"


def test_a_sole_candidate_named_in_passing_does_not_outrank_the_subject_before(nlp):
    # Anna Novak is only the object of "of"; Jane Doe, the subject before, may be "she" as well
    doc, state = state_of(nlp, "Jane Doe talked of being cast in a pilot. Faced with losing the character of "
                               'Anna Novak, the producers made her a regular. "It was a good day," she recalls.')
    mention = pronouns.personal_pronoun(token(doc, "she"), state)
    assert mention.rule == "unresolved" and mention.entity is None
    # named as the subject, the nearer person is "she"
    doc, state = state_of(nlp, "Jane Doe talked of being cast in a pilot. Later, Anna Novak made a film. "
                               '"It was a good day," she recalls.')
    mention = pronouns.personal_pronoun(token(doc, "she"), state)
    assert mention.entity is not None and mention.entity.name == "Anna Novak"


def test_with_no_one_named_near_the_last_speaker_goes_on(nlp):
    doc, state = resolved_state(nlp, 'Ms. Jane Doe spoke on Monday. "We can do better," Doe said.\n\n'
                                     'Her plan comes as the council debates a budget. The budget is late. '
                                     '"This would be on top of that," she said.', [("Doe", 1)])
    assert pronouns.speaker_going_on(state, token(doc, "she"), "f").name == "Jane Doe"
    # another woman named near: the rules before decide, not the last speaker
    doc, state = resolved_state(nlp, 'Ms. Jane Doe spoke on Monday. "We can do better," Doe said.\n\n'
                                     'Ann Novak disagreed with the plan. The budget is late. '
                                     '"This would be on top of that," she said.', [("Doe", 1)])
    assert pronouns.speaker_going_on(state, token(doc, "she"), "f") is None


def test_a_name_qualifying_a_noun_in_the_pronouns_clause_bars_no_one(nlp):
    # "the Novak campaign" may be his own campaign: no bar on Novak
    doc, state = state_of(nlp, "Peter Novak spoke on Monday. He said the Novak campaign was insulted.")
    assert pronouns.disjoint_people(state, token(doc, "He")) == set()


def test_a_parenthetical_speaker_or_a_subjects_owner_is_no_name_in_passing(nlp):
    for text in ("Kim Lee spoke first on Monday. Peter Novak's campaign vowed to fight on. "
                 "As the results came in, he gave a defiant speech.",
                 "Kim Lee spoke first. The voters, Peter Novak said, need not worry. "
                 "After all, he argued, the banks gave money to everyone."):
        doc, state = state_of(nlp, text)
        he = token(doc, "he")
        novak = next(e for e in state.entities if e.name == "Peter Novak")
        assert not pronouns.passing_sole(state, he, novak, "m", set())
        assert pronouns.personal_pronoun(he, state).entity is novak


def test_a_name_a_pronoun_is_said_to_be_is_no_bar(nlp):
    # review i9 worry: "He is Peter Novak" says who "he" is; the name does not bar him
    doc, state = state_of(nlp, "Tom Brown met Peter Novak on Monday. He is Peter Novak, a farmer from Zembla.")
    novak = next(e for e in state.entities if e.name == "Peter Novak")
    assert id(novak) not in pronouns.disjoint_people(state, token(doc, "He"))
    doc, state = state_of(nlp, "Tom Brown met Peter Novak on Monday. He insisted Peter Novak was wrong.")
    novak = next(e for e in state.entities if e.name == "Peter Novak")
    assert id(novak) in pronouns.disjoint_people(state, token(doc, "He"))


def test_a_person_s_office_takes_the_person_s_full_name(nlp):
    text = "Rep. Trey Zembrowski chairs the committee. Zembrowski's office said the hearing would go ahead."
    speaker = statement_with(onrecord.extract(text), "the hearing would go ahead").speaker
    assert speaker.name == "Trey Zembrowski's office" and speaker.type == "ORG"
    assert speaker.rule == "personal-body"


def test_an_office_of_no_person_named_is_left_to_the_other_passes(nlp):
    text = "The governor's office said the hearing would go ahead. Zedland's office said so too."
    record = onrecord.extract(text)
    assert statement_with(record, "the hearing would go ahead").speaker.rule != "personal-body"


def test_a_name_in_the_words_a_pronoun_reports_before_it_leaves_the_pronoun_unnamed(nlp):
    # "... that man is Novak, he added": Novak spoken of by Brown, or Novak's own paraphrase
    # ("Peter Novak was for the governor, he said"): the grammar does not tell which; only when no
    # other man is near is it Novak's own (``own_paraphrase``)
    for text, named in (("''We are tired of it,'' Mr. Tom Brown said. ''I need someone honest.''\n\n"
                         "For many voters that man is Mr. Peter Novak, an outsider to the party, he added.", None),
                        ("Voters are tired of both parties.\n\nFormer Rep. Peter Novak was for the governor while "
                         "he was in the race, he said on Monday.", "Peter Novak")):
        doc, state = state_of(nlp, text)
        he = [t for t in doc if t.text == "he"][-1]
        assert pronouns.named_in_report_before(state, he, "m")
        entity = pronouns.personal_pronoun(he, state).entity
        assert (entity.name if entity is not None else None) == named
    doc, state = state_of(nlp, "Mr. Tom Brown spoke. Mr. Peter Novak, who owns no car, is that man, he added.")
    assert pronouns.reported_before(token(doc, "who")) == set()  # "takes" reports nothing


def test_the_owner_of_what_a_pronoun_reports_before_it_may_be_the_pronoun(nlp):
    doc, state = state_of(nlp, "Peter Novak spoke on Monday. Novak's plan will work, he said.")
    assert not pronouns.named_in_report_before(state, token(doc, "he"), "m")


def test_the_subject_a_person_reports_is_spoken_of_not_the_paragraphs_person(nlp):
    text = ("Senator Mary Lee said on Sunday that Mr. Peter Novak had crossed a line. The remarks were "
            "unacceptable, Ms. Lee said. ''This goes too far,'' he said.")
    doc, state = state_of(nlp, text)
    assert pronouns.spoken_of(token(doc, "Novak"))
    assert not pronouns.spoken_of(token(doc, "Lee"))
    assert pronouns.paragraph_person(state, token(doc, "he"), "m") is None


def test_a_name_spoken_of_is_still_a_rival_of_the_paragraphs_person(nlp):
    text = ("Police Chief Tom Brown held a news conference on Monday. A city official said John Park would "
            "be charged with fraud. \"I have done nothing wrong,\" he said.")
    doc, state = state_of(nlp, text)
    assert pronouns.spoken_of(token(doc, "Park"))
    assert pronouns.paragraph_person(state, [t for t in doc if t.text == "he"][-1], "m") is None


def test_a_subject_a_body_reports_is_still_whom_the_text_is_about(nlp):
    doc, _ = state_of(nlp, "The newspaper revealed that Peter Novak had accepted the offer.")
    assert not pronouns.spoken_of(token(doc, "Novak"))


def test_a_clause_cut_off_from_the_pronoun_or_holding_a_quotation_bars_no_one(nlp):
    doc, state = state_of(nlp, "Mary Lee is not worried about the vote — in fact, she said it helps her.")
    assert pronouns.reported_before(token(doc, "she")) == set()
    doc, state = state_of(nlp, 'Peter Novak agreed: "We need to stop policing the world", he argued.')
    assert pronouns.reported_before(token(doc, "he")) == set()


def test_a_man_the_pronouns_clause_bars_is_no_rival_of_the_main_subject(nlp):
    text = ("Mr. Tom Brown said on Sunday that Mr. Peter Novak had shown disrespect to his wife, "
            "and he accused Mr. Novak of running a campaign of hatred.")
    doc, state = state_of(nlp, text)
    he = token(doc, "he")
    barred = pronouns.disjoint_people(state, he)
    assert pronouns.clause_subject(state, he, "m") is None
    assert pronouns.clause_subject(state, he, "m", barred).name == "Tom Brown"



def test_a_name_owning_a_noun_in_the_words_reported_leaves_the_pronoun_free(nlp):
    doc, state = state_of(nlp, "Peter Novak owns five planes. The jet is Mr. Novak's favourite toy, he said.")
    assert not pronouns.named_in_report_before(state, token(doc, "he"), "m")


def test_a_subject_a_pronoun_reports_may_be_the_pronoun(nlp):
    # "Former Rep. Novak was for the governor, he said": the speaker's words in the third person
    doc, _ = state_of(nlp, "Former Rep. Peter Novak was for the governor while he ran, he said on Monday.")
    assert not pronouns.spoken_of(token(doc, "Novak"))


@pytest.mark.parametrize("text, quote", [
    ("Rep. John Smith and Rep. Jane Smith both opposed the bill. Smith's office said the vote would be delayed.",
     "the vote would be delayed"),
    ("Sen. Tom Cotton spoke on Monday. Elsewhere, John Cotton, a farmer, said prices were low. "
     "Cotton's office said the senator would vote no.", "the senator would vote no"),
    ("Rep. Harold Ford criticized Ford Motor Co. on Monday. Ford's office in Dearborn said the company "
     "would respond next week.", "the company would respond next week"),
])
def test_an_office_of_a_shared_or_a_body_s_name_stays_unnamed(nlp, text, quote):
    # several people bear the surname, or a body does too: whose office it is cannot be told
    speaker = statement_with(onrecord.extract(text), quote).speaker
    assert speaker.rule != "personal-body" and not speaker.name.startswith(("John", "Jane", "Harold", "Tom"))


@pytest.mark.parametrize("text, quote", [
    ("Tallahassee Mayor Jane Roe, a Democrat, proposed a new budget on Monday. The Tallahassee Democrat "
     "reported that the plan would raise property taxes by 4 percent.", "the plan would raise property taxes"),
    ("Tallahassee Mayor Jane Roe, a Democrat, proposed a new budget on Monday. According to the Tallahassee "
     "Democrat, the plan would raise property taxes by 4 percent.", "the plan would raise property taxes"),
])
def test_a_place_s_democrat_that_reports_is_a_newspaper(nlp, text, quote):
    speaker = statement_with(onrecord.extract(text), quote).speaker
    assert speaker.name == "Tallahassee Democrat" and speaker.type == "ORG"


def test_a_place_s_republican_that_speaks_is_still_a_partisan(nlp):
    text = "Sen. John Doe, a Texas Republican, spoke first. The Texas Republican said the deal was dead."
    assert statement_with(onrecord.extract(text), "the deal was dead").speaker.name == "John Doe"


# ---- names.indefinite_partisan: "a New Hampshire Republican" describes someone, names no one ----

def test_an_indefinite_partisan_is_left_unnamed(nlp):
    text = ("\"The senator will lose,\" said a Vermont Republican, who spoke anonymously. "
            "\"He is too weak,\" said an Ohio Democrat.")
    first, second = speaker(text, "The senator will lose"), speaker(text, "He is too weak")
    assert first.rule == "unnamed" and second.rule == "unnamed"


def test_indefinite_partisan_needs_the_indefinite_word_and_a_party(nlp):
    doc = nlp("A Vermont Republican said the vote was close, and the Vermont Republican agreed.")
    assert names.indefinite_partisan(doc[0:3], token(doc, "Republican"))
    assert not names.indefinite_partisan(doc[10:13], token(doc, "Republican", 1))
    doc = nlp("A Vermont farmer said the vote was close.")
    assert not names.indefinite_partisan(doc[0:3], token(doc, "farmer"))


def test_a_named_partisan_keeps_the_name(nlp):
    text = "Jane Morrow, a Vermont Republican, said the bill would pass."
    assert speaker(text, "the bill would pass").name == "Jane Morrow"


def test_an_indefinite_partisan_named_in_apposition_is_named(nlp):
    doc = nlp("A Republican, Senator Jane Morrow, said the bill was dead.")
    assert not names.indefinite_partisan(doc[0:2], token(doc, "Republican"))
    assert speaker("A Republican, Senator Jane Morrow, said the bill was dead.", "the bill was dead").name \
        == "Jane Morrow"
    assert speaker("One Democrat, Rep. Ann Kemper, said the vote was close.", "the vote was close").name \
        == "Ann Kemper"

# ---- who wrote a writing, whose a possessive's body is, whom a description fits, what a name is ----

def test_a_writing_passed_on_is_not_the_outlets(nlp):
    # the Post only read the letter; "That letter" is no Post's
    text = ("Roe wrote to the bank's chief, according to a copy of the letter reviewed by The Zorb Post. "
            "That letter demanded that the bank fire him.")
    doc, state = state_of(nlp, text)
    assert all(issuer.name != "Zorb Post" for _, _, issuer in state.documents)
    assert descriptions.passed_on(token(doc, "reviewed"))
    assert not descriptions.passed_on(token(doc, "wrote"))


def test_a_part_with_an_owner_of_its_own_is_that_owners(nlp):
    doc, state = state_of(nlp, "The Zorb Ministry opened an investigation. According to an FBI summary of its "
                               "investigation, Jane Mills, a top aide, sent an email.")
    assert descriptions.part_owned(token(doc, "summary"))
    assert descriptions.issuer_of_writing_part(state, token(doc, "summary")).name == "FBI"


def test_a_writing_takes_no_person_in_apposition(nlp):
    doc, state = state_of(nlp, "According to an FBI summary, Jane Mills, a top aide, sent an email.")
    assert names.names_a_writing(token(doc, "summary"))
    assert names.appositive_name(token(doc, "summary"), state) is None


def test_a_campaign_memo_is_the_campaigns_not_the_persons(nlp):
    doc, state = state_of(nlp, "Jane Roe lost the vote. A Roe campaign memo was released that night.")
    body = bodies.body_before_writing(state, token(doc, "Roe", 1))
    assert body is not None and body.name == "Jane Roe campaign"


def test_his_body_is_left_unnamed_when_its_clause_names_who_it_may_be(nlp):
    text = ("Sen. Jim Novak will be in Ohio on Monday. Tom Roe is set to meet party leaders. "
            "His campaign confirmed that Roe would meet them but gave no details.")
    doc, state = state_of(nlp, text)
    assert bodies.owner_named_later(state, token(doc, "His"), "m")
    assert statement_with(onrecord.extract(text), "would meet them").speaker.rule == "unnamed"


def test_the_campaign_is_not_the_persons_when_another_owns_one(nlp):
    doc, state = state_of(nlp, "Tom Roe’s campaign manager Jo Lee thanked the police. The campaign said so.")
    lee = state.short_person("Lee")
    assert bodies.another_owner_written(token(doc, "campaign", 1), lee)
    roe = state.short_person("Roe")
    assert not bodies.another_owner_written(token(doc, "campaign", 1), roe)


def test_a_guessed_past_office_is_left_when_another_is_named_near():
    text = ("The win gives momentum to Novak, a senator, as Roe tries to regain her footing. "
            "The former governor said the race was long.")
    assert speaker_name(text, "the race was long") != "Novak"


def test_a_description_after_two_joined_subjects_is_neither_guessed():
    # "Ann Roe and Tom Lee": the one named second is a subject too, and may be the nominee
    text = 'Ann Roe and Tom Lee debated on Monday. "I won," the senator said.'
    assert speaker_name(text, "I won") == "senator"
    text = 'Sen. Ann Roe met voters on Monday. "We won," the senator said.'
    assert speaker_name(text, "We won") == "Ann Roe"


def test_a_party_description_goes_only_to_someone_of_that_party():
    text = ("Speech Mocked By Jane Fiora. Ann Roe spoke on Thursday. "
            "\"We will win,\" said the Democratic nominee.")
    assert statement_with(onrecord.extract(text), "We will win").speaker.name != "Jane Fiora"


def test_a_place_after_a_place_is_no_speaker(nlp):
    doc, _ = state_of(nlp, "Tuesday in Berea, OH, after winning Ohio, Gov. John Roe said, \"We will go on.\"")
    assert names.place_of_place(token(doc, "OH"))


def test_a_place_the_clause_goes_on_from_after_a_place_is_the_speaker(nlp):
    doc, _ = state_of(nlp, "After talks in Geneva, Iran said it would halt enrichment.")
    assert not names.place_of_place(token(doc, "Iran"))
    record = onrecord.extract("After talks in Geneva, Iran said it would halt enrichment.")
    assert statement_with(record, "it would halt enrichment").speaker.name == "Iran"


def test_an_indefinite_acronym_is_a_kind_not_a_name(nlp):
    doc, _ = state_of(nlp, "A pro-Roe super PAC attacked Novak this week.")
    assert names.indefinite_acronym(doc[0:6], token(doc, "PAC"))
    doc, _ = state_of(nlp, "The PAC attacked Novak this week.")
    assert not names.indefinite_acronym(doc[0:2], token(doc, "PAC"))


def test_another_of_a_people_is_described_not_named():
    text = "Another Catholic who prayed there said he heard the man speak of revenge."
    assert statement_with(onrecord.extract(text), "he heard").speaker.rule == "unnamed"


def speaker_name(text, words):
    return statement_with(onrecord.extract(text), words).speaker.name


def test_the_man_after_an_indefinite_person_goes_on_with_them(nlp):
    text = ("Jo Nefzi, a professor, said the man came often. Another Muslim who prayed there said he "
            "heard him talk of war. \"It is a hate crime,\" the man said.")
    doc, state = state_of(nlp, text)
    assert descriptions.indefinite_person_before(state, token(doc, "man", 1))
    assert statement_with(onrecord.extract(text), "hate crime").speaker.name != "Jo Nefzi"


def test_a_possessor_in_passing_beside_a_pronoun_subject_is_no_he(nlp):
    doc, _ = state_of(nlp, "He attacked Mr. Roe's record after Mrs. Roe accused him. He tells crowds she lied.")
    first, second = list(doc.sents)[:2]
    he = [t for t in second if t.text == "He"][0]
    assert pronouns.pronoun_subject_of(first, "m", he) and not pronouns.pronoun_subject_of(first, "f", he)
    assert not pronouns.pronoun_subject_of(second, "m", he)  # the pronoun asked about is no other subject


def test_the_one_speaker_of_its_gender_the_story_is_on_goes_on(nlp):
    # no one else in three paragraphs since Tom Brown spoke: "he" is Brown
    text = ('"I was stunned," said Tom Brown, 44.\n\nAfter his trial, he was sent abroad.\n\n'
            'He now works in a shop in the port.\n\n"I am banned for life," he said.')
    doc, state = resolved_state(nlp, text, [("Brown", 0)])
    he = token(doc, "he", 1)
    assert pronouns.speaker_unrivalled(state, he, "m").name == "Tom Brown"
    # a woman spoke last: the man the story was on before her is still "he"
    text = ('"We will keep going," said Tom Brown.\n\n"He is a fighter," said Ann Lee, a student.\n\n'
            '"We need more members," he said.')
    doc, state = resolved_state(nlp, text, [("Brown", 0), ("Lee", 0)])
    assert pronouns.speaker_unrivalled(state, token(doc, "he"), "m").name == "Tom Brown"


def test_anyone_new_since_the_last_speaker_leaves_the_pronoun_unnamed(nlp):
    for between in ("Peter Green was sent abroad.",  # another man named
                    'A neighbour called it "chaos."',  # a person without a name
                    'Voters were angry at the plan.',  # a group of people acting
                    '"Ask Peter Green," a friend told us.'):  # a man named in quoted words
        text = f'"I was stunned," said Tom Brown.\n\n{between}\n\n"I am banned for life," he said.'
        doc, state = resolved_state(nlp, text, [("Brown", 0)])
        assert pronouns.speaker_unrivalled(state, token(doc, "he"), "m") is None, between
    # too far back: more than three paragraphs between
    text = ('"I was stunned," said Tom Brown.\n\nThe port is busy.\n\nShips come daily.\n\n'
            'The trade is old.\n\nThe town grew.\n\n"I am banned for life," he said.')
    doc, state = resolved_state(nlp, text, [("Brown", 0)])
    assert pronouns.speaker_unrivalled(state, token(doc, "he"), "m") is None
    # a man who never spoke is no speaker to go on with
    doc, state = state_of(nlp, 'Tom Brown was sent abroad.\n\n"I am banned for life," he said.')
    assert pronouns.speaker_unrivalled(state, token(doc, "he"), "m") is None


def test_a_pronoun_is_not_whom_its_own_quote_names(nlp):
    text = ("For Tom Brown, a teacher at the school, Peter Green was a legend. "
            'He said, "Peter Green changed everything for us."')
    doc, state = state_of(nlp, text)
    he = token(doc, "He")
    assert pronouns.quoted_others(state, he) == {id(e) for e in state.entities if e.name == "Peter Green"}
    assert pronouns.personal_pronoun(he, state).entity.name == "Tom Brown"
    # one's own name in one's words is no bar
    doc, state = state_of(nlp, 'Tom Brown met Peter Green. He said, "I am Peter Green, and I approve."')
    assert pronouns.quoted_others(state, token(doc, "He")) == set()
    # the one left only met in passing: unnamed
    doc, state = state_of(nlp, 'Peter Green met the son of Tom Brown. He said, "Peter Green is kind."')
    assert pronouns.quoted_other_sole(state, token(doc, "He"), "m", set()) is None


@pytest.mark.parametrize("text, words", [
    ("The rapper Marco Delane announced on Sunday that he would run for mayor. "
     "Later, on Instagram Delane wrote that he had never voted before.", "never voted"),
    ("The singer Maria Tolvey said on Sunday she would retire from touring. "
     "On Monday, on Twitter Tolvey wrote that she had no regrets.", "no regrets"),
    ("Maria Tolvey will retire. Posting on Facebook Tolvey said that she had no regrets.", "no regrets"),
])
def test_a_site_posted_on_is_no_word_of_the_poster_s_name(text, words):
    record = onrecord.extract(text)
    name = statement_with(record, words).speaker.name
    assert name in ("Marco Delane", "Maria Tolvey")
    assert not any(w in e.name for e in record.entities for w in ("Instagram", "Twitter", "Facebook"))


def test_a_body_and_its_place_split_by_the_tagger_are_one_name():
    text = "Heavy rain fell overnight. CNN Indonesia reported that the bridge at Bogor had closed."
    assert statement_with(onrecord.extract(text), "the bridge at Bogor").speaker.name == "CNN Indonesia"
    text = "Heavy rain fell overnight. CNN, Indonesia said, had reported the bridge at Bogor closed."
    assert statement_with(onrecord.extract(text), "reported the bridge").speaker.name == "Indonesia"
