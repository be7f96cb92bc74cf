"""Each pass of the speaker sieve (``extract/speakers/passes/``) on its own, on a sentence or
two: what it answers for the mentions it resolves, and that it hands on (None) the others."""
import onrecord
from onrecord.extract.speakers.passes import bodies, descriptions, names, pronouns, writers
from onrecord.extract.speakers.resolver import PASSES, SpeakerResolver
from onrecord.extract.speakers.role_cleaning import without_trailing_name
from onrecord.extract.speakers.state import NOT_A_SPEAKER
from statement_lookup import statement_with


def token(doc, text, n=0):
    return [t for t in doc if t.text == text][n]


def state_of(nlp, text):
    doc = nlp(text)
    return doc, SpeakerResolver(doc).state


def test_the_sieve_asks_pronouns_first_and_descriptions_last():
    assert PASSES[0] is pronouns.relative_pronoun and PASSES[-1] is descriptions.description
    assert PASSES.index(names.name_in_mention) < PASSES.index(names.name)


def test_relative_pronoun_is_its_antecedent(nlp):
    doc, state = state_of(nlp, "The bill passed on Monday. "
                               "Senator Mitch McConnell, who said it was fair, voted for it.")
    who = pronouns.relative_pronoun(token(doc, "who"), state)
    assert who.rule == "relative-pronoun" and who.entity.name == "Mitch McConnell"
    assert pronouns.relative_pronoun(token(doc, "McConnell"), state) is None


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


def test_reports_with_no_issuer_are_no_speaker(nlp):
    doc, state = state_of(nlp, "Reports say the bridge will reopen.")
    assert descriptions.description(token(doc, "Reports"), state) is NOT_A_SPEAKER


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
