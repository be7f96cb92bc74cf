"""Issue 13: a "he" or "she" a reader names at once, each rule on a text made up
for it (passes/pronouns.py): a noun that only qualifies another brings no one in
(``qualifier_noun``), nor does the subject of a clause with no verb; a site where anyone posts
and a work's title the tagger read as a person are no rivals (``no_person``); the speaker of a
speech verb set off inside the sentence before (``set_off_speech``); one's own story told in the
third person (``own_paraphrase``)."""
from onrecord.extract.speakers.mention_syntax import joined_relative_clause, relative_antecedent
from onrecord.extract.speakers.passes import pronouns
from onrecord.extract.speakers.state import ArticleEntity
from onrecord.extract.speakers.words import PRONOUN_GENDER
from statement_lookup import speaker, state_of, token

# ---- nouns that bring no one into the text ----


def test_a_noun_qualifying_another_is_no_newcomer(nlp):
    doc = nlp("Last spring the teacher finally cleared her student debt.")
    student = token(doc, "student")
    assert pronouns.qualifier_noun(student)
    assert not pronouns.unnamed_newcomer(student, "f")


def test_a_person_noun_heading_its_phrase_is_still_a_newcomer(nlp):
    doc = nlp("A student from the college called the plan a disgrace.")
    student = token(doc, "student")
    assert not pronouns.qualifier_noun(student)
    assert pronouns.unnamed_newcomer(student, "f")


def test_the_subject_of_a_verbless_clause_acts_in_nothing(nlp):
    doc = nlp("Her advice is to make sources comfortable and talkative.")
    assert not pronouns.unnamed_newcomer(token(doc, "sources"), "f")
    doc = nlp("Sources were angry about the delay.")
    assert pronouns.unnamed_newcomer(token(doc, "Sources"), "f")


def test_she_goes_on_past_a_qualifying_noun(nlp):
    text = ("Wilma Ostrander, a nurse, is running for the county board. \"The clinic must stay open,\" Ostrander "
            "said at a rally.\n\nFor a decade she has worked nights on its wards. Last spring her student debt "
            "was cleared at last. Not many rivals can claim as much.\n\n"
            "\"I know how to keep a budget,\" she said.")
    found = speaker(text, "keep a budget")
    assert found.name == "Wilma Ostrander" and found.rule == "pronoun"


# ---- names that are no one ----


def test_a_posting_site_is_no_person(nlp):
    doc, state = state_of(nlp, "Within the hour the clip was all over Twitter.")
    site = ArticleEntity("Twitter", "PERSON", named=True)
    assert pronouns.no_person(state, doc.text.index("Twitter"), site)
    person = ArticleEntity("Tessa Voight", "PERSON", named=True)
    assert not pronouns.no_person(state, doc.text.index("Twitter"), person)


def test_a_title_between_an_owner_and_its_podcast_names_no_one(nlp):
    doc, state = state_of(nlp, "Listen to the Herald's Morning Brief podcast with Tom Hale.")
    assert pronouns.work_title(state, doc.text.index("Morning"))
    assert not pronouns.work_title(state, doc.text.index("Tom"))


def test_a_title_whose_name_the_article_writes_elsewhere_may_be_a_person(nlp):
    doc, state = state_of(nlp, "Listen to the Herald's Morning Brief podcast. Morning Brief spoke at noon.")
    show = ArticleEntity("Morning Brief", "PERSON", named=True)
    first, second = (i for i in range(len(doc.text)) if doc.text.startswith("Morning", i))
    show.mentions = [(first, first + 13), (second, second + 13)]
    assert pronouns.work_title(state, first)
    assert not pronouns.no_person(state, first, show)
    show.mentions = [(first, first + 13)]
    assert pronouns.no_person(state, first, show)


def test_a_report_bearing_a_name_without_an_owner_may_be_its_author(nlp):
    doc, state = state_of(nlp, "The Okafor report found that the dam was weak.")
    assert not pronouns.work_title(state, doc.text.index("Okafor"))


# ---- the speaker of a speech verb set off in the sentence before ----


def test_he_goes_on_with_the_man_whose_set_off_speech_came_before(nlp):
    text = ("Senator Brent Hollis toured the flooded valley on Sunday. The new levy, Mr. Hollis said, would ruin "
            "small growers, and Mr. Varga's office had ignored their letters. \"Nobody in the capital is "
            "listening,\" he said.")
    found = speaker(text, "Nobody in the capital")
    assert found.name == "Brent Hollis" and found.rule == "pronoun"


def test_the_subject_of_the_set_off_words_may_be_the_next_speaker(nlp):
    doc, state = state_of(nlp, "Senator Brent Hollis spoke on Sunday. Mr. Varga, Mr. Hollis said, would have to "
                               "resign. \"I have done nothing wrong,\" he said.")
    assert pronouns.speech_run(state, token(doc, "he"), PRONOUN_GENDER["he"]) is None
    doc, state = state_of(nlp, "Senator Brent Hollis spoke on Sunday. His plan, Mr. Hollis said, would cut taxes. "
                               "\"We will do it,\" he said.")
    found = pronouns.speech_run(state, token(doc, "he"), PRONOUN_GENDER["he"])
    assert found is not None and found.name == "Brent Hollis"


def test_the_subject_of_set_off_words_is_the_one_spoken_of(nlp):
    doc = nlp("Mr. Varga, Mr. Hollis said, would have to resign.")
    root = next(doc.sents).root
    assert pronouns.set_off_subject(token(doc, "Varga"), root)
    assert not pronouns.set_off_subject(token(doc, "Hollis"), root)
    doc = nlp("His plan, Mr. Hollis said, would cut taxes.")
    assert not pronouns.set_off_subject(token(doc, "Hollis"), next(doc.sents).root)


def test_set_off_speech_is_found_only_when_set_off(nlp):
    doc, state = state_of(nlp, "The plan, Mr. Hollis said, was unfair. Mr. Hollis said the plan was unfair.")
    first, second = list(doc.sents)
    verb = pronouns.set_off_speech(state, first)
    assert verb is not None and verb.text == "said"
    assert pronouns.set_off_speech(state, second) is None


# ---- one's own story in the third person ----


def test_she_tells_her_own_story_in_the_third_person(nlp):
    text = ("Nadia Ferro took the bus to the capital for the vigil. The square filled by dusk, and a few hecklers "
            "shouted from a balcony.\n\nMs. Ferro had never seen a crowd so furious, she said a week later.")
    found = speaker(text, "never seen a crowd")
    assert found.name == "Nadia Ferro" and found.rule == "pronoun"


def test_another_woman_who_spoke_near_leaves_it_unnamed(nlp):
    text = ("Nadia Ferro took the bus to the capital for the vigil. Greta Lind, who went with her, said the square "
            "was full.\n\nMs. Ferro had never seen a crowd so furious, she said a week later.")
    assert speaker(text, "never seen a crowd").rule == "unresolved"


def test_an_unnamed_companion_leaves_it_unnamed(nlp):
    text = ("Nadia Ferro took the bus to the capital for the vigil. A neighbour travelled with her.\n\n"
            "Ms. Ferro had never seen a crowd so furious, she said a week later.")
    assert speaker(text, "never seen a crowd").rule == "unresolved"


def test_own_paraphrase_needs_the_person_as_subject_of_the_words(nlp):
    doc, state = state_of(nlp, "Nadia Ferro took the bus to the capital. Hecklers jeered at Ms. Ferro, she said.")
    she = token(doc, "she")
    assert pronouns.own_paraphrase(state, she, PRONOUN_GENDER["she"]) is None


# ---- a pronoun presenting a writing that speaks ----


def test_citing_a_writing_that_shows_is_putting_words_forward(nlp):
    doc = nlp("As proof, he quoted a survey suggesting that most tenants feared a rent rise.")
    assert pronouns.presents_writing(token(doc, "quoted"))
    doc = nlp("She pointed to a study that found most voters disagreed.")
    assert pronouns.presents_writing(token(doc, "pointed"))
    doc = nlp("He read the report on the train.")
    assert not pronouns.presents_writing(token(doc, "read"))


def test_he_citing_data_goes_on_with_the_man_quoted_before(nlp):
    text = ("Oskar Lindqvist, who runs polls for the Blue Party, thinks the race is closer than it looks. \"People "
            "have stopped believing the promises,\" Mr. Lindqvist told a radio host. \"They will "
            "punish whoever raises the rent.\"\n\nAs proof, he quoted a survey suggesting that most tenants feared a "
            "rent rise more than a pay cut.")
    found = speaker(text, "most tenants feared")
    assert found.name == "Oskar Lindqvist" and found.rule == "pronoun"


# ---- a relative clause joined to another ----


def test_a_who_joined_to_a_relative_clause_stands_for_its_noun(nlp):
    doc = nlp("\"We want a pool,\" said Ivo Brandt, a parent whose children swim daily but who argued "
              "that the town should cut its size.")
    who = token(doc, "who")
    assert joined_relative_clause(who) is not None
    assert relative_antecedent(who).text == "parent"
    doc = nlp("The firm went under but who knows why.")
    assert joined_relative_clause(token(doc, "who")) is None


def test_the_joined_who_speaks_for_the_named_person(nlp):
    text = ("\"We want a pool,\" said Ivo Brandt, a parent whose children swim daily but who argued that the "
            "town should cut its size.")
    found = speaker(text, "the town should cut")
    assert found.name == "Ivo Brandt"
