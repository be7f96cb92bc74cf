"""Names cut or made from the wrong words (issue 13, branch r16-names), on texts made up for
them: a surname that is also a title after a closing quotation mark
(``name_forms.opening_quote``), a people's name a hyphen glues to a prefix
(``mention_syntax.hyphen_joined_name_start``), a gerund that opens a body's name
(``fullest_name.gerund_naming_a_body``), a platform read as the speaker
(``passes.names.where_posted``), an office holder in a run tagged as a work
(``passes.names.office_holder_in_run``), a body run into a headline's clause
(``passes.names.headline_clause_as_name``) and a quoted word read as the subject
(``passes.names.quoted_alone``)."""
from spacy.tokens import Doc

import onrecord
from onrecord.extract.speakers.fullest_name import gerund_naming_a_body
from onrecord.extract.speakers.mention_syntax import hyphen_joined_name_start
from onrecord.extract.speakers.name_forms import opening_quote
from onrecord.extract.speakers.passes.names import office_holder_in_run, quoted_alone, where_posted
from onrecord.extract.speakers.resolver import SpeakerResolver
from statement_lookup import speaker, statement_with, tagged, token


def test_a_surname_that_is_a_title_stays_after_a_closing_quote(nlp):
    found = speaker("“The bridge will not open in May,” Rosa Pope, a junior aide, said on Monday.",
                    "The bridge will not open")
    assert found.name == "Rosa Pope"


def test_a_closing_quote_opens_nothing_but_an_opening_one_does(nlp):
    doc = nlp("“We lost,” Rosa Pope said of the “Zorb King” and his band.")
    closing, opening = token(doc, "”"), token(doc, "“", 1)
    assert not opening_quote(closing)
    assert opening_quote(opening)


def test_a_people_glued_to_its_prefix_is_the_whole_people(nlp):
    found = speaker("Twice as many Mexican-Americans said the new school was good.", "the new school was good")
    assert found.name == "Mexican-Americans" and found.type == "GROUP"


def test_a_hyphen_carries_back_only_over_a_capitalised_proper_noun(nlp):
    doc = nlp("Many Cuban-Americans and some pro-Roe voters met.")
    americans, voters = token(doc, "Americans"), token(doc, "voters")
    assert hyphen_joined_name_start(doc, americans.i) == americans.i - 2
    assert hyphen_joined_name_start(doc, voters.i - 1) == voters.i - 1  # "Roe" of "pro-Roe": lowercase prefix


def test_a_gerund_opening_a_body_name_in_the_text_is_kept(nlp):
    text = "Playing Field Agency, a booking firm, says that Lopes charges a lot for a speech."
    doc = tagged(nlp, text, [(0, 3, "PERSON")])
    assert gerund_naming_a_body(doc[0], doc[1])
    assert SpeakerResolver(doc).state.person(doc.ents[0], 0).name == "Playing Field Agency"


def test_a_headline_gerund_before_a_name_is_still_cut(nlp):
    text = "Injecting Roe Into Their Mayoral Race\n\nThe council met on Monday and said it would act."
    doc = tagged(nlp, text, [(0, 2, "PERSON")])
    assert not gerund_naming_a_body(doc[0], doc[1])
    assert SpeakerResolver(doc).state.person(doc.ents[0], 0).name == "Roe"


def test_a_gerund_before_a_given_name_is_no_word_of_it(nlp):
    doc = nlp("Meeting Anna Lutz was a joy, the pupils said.")
    assert not gerund_naming_a_body(doc[0], doc[1])


def test_the_platform_words_were_posted_on_is_no_speaker(nlp):
    doc = nlp("The soup was cold, Jo Roe wrote on Twitter. Twitter said on Monday that it would act. "
              "The ban on Facebook angered the pupils.")
    assert where_posted(token(doc, "Twitter"))
    assert not where_posted(token(doc, "Twitter", 1))  # the subject of "said"
    assert not where_posted(token(doc, "Facebook"))  # "on" hung on a noun, no verb of saying


def test_an_office_holder_in_a_run_tagged_as_a_work_is_the_person(nlp):
    text = "Dover Mayor Rick Lasser wrote a letter to the board on Monday. “The lines were far too long,” Lasser wrote."
    doc = tagged(nlp, text, [(0, 4, "WORK_OF_ART"), (22, 1, "ORG")])
    resolver = SpeakerResolver(doc)
    first, later = resolver.resolve(doc[3]), resolver.resolve(doc[22])
    assert first is not None and later is not None
    assert first.entity.name == "Rick Lasser" and later.entity is first.entity
    assert [(e.name, e.type, e.roles) for e in resolver.export()] == [("Rick Lasser", "PERSON", ["Dover Mayor"])]


def test_no_office_before_the_given_name_leaves_the_run_alone(nlp):
    doc = tagged(nlp, "Officer of Red Hat Lee Roe said the code was late.", [(0, 6, "WORK_OF_ART")])
    assert office_holder_in_run(doc[0:6]) is None


def test_a_body_run_into_a_headline_clause_names_no_body(nlp):
    record = onrecord.extract("ZTC Accused Of Hiding Bridge Faults To Shield Its Chief.\n\n"
                              "A ZTC memo seen by the paper said the faults were old. "
                              "ZTC said it was reviewing the report.")
    assert all("Accused" not in e.name for e in record.entities)
    assert statement_with(record, "it was reviewing").speaker.name == "ZTC"


def test_a_quoted_word_is_no_speaker(nlp):
    record = onrecord.extract("“Meh,” wrote a Roe supporter who runs the account @VotersForRoe. "
                              "“What does Zedco know about it?”")
    found = statement_with(record, "What does Zedco know").speaker
    assert found is None or found.name != "Meh"
    doc = nlp("“Meh,” wrote a reader. “Zedco,” he said, “is late.”")
    assert quoted_alone(token(doc, "Meh"))
    assert quoted_alone(token(doc, "Zedco"))
    assert not quoted_alone(token(doc, "reader"))


def test_a_name_the_parse_hung_on_an_opening_on_still_speaks(nlp):
    # the parse a news sentence got: "Company" the object of the opening "On", not the subject
    words = ["On", "Friday", "Zedco", "Company", "announced", "a", "recall", "."]
    doc = Doc(nlp.vocab, words=words, heads=[4, 3, 3, 0, 4, 6, 4, 4],
              deps=["prep", "compound", "compound", "pobj", "ROOT", "det", "dobj", "punct"],
              pos=["ADP", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
              lemmas=["on", "Friday", "Zedco", "Company", "announce", "a", "recall", "."])
    assert not where_posted(doc[3])
    words = ["Jo", "wrote", "on", "Twitter", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 2, 1], deps=["nsubj", "ROOT", "prep", "pobj", "punct"],
              pos=["PROPN", "VERB", "ADP", "PROPN", "PUNCT"], lemmas=["Jo", "write", "on", "Twitter", "."])
    assert where_posted(doc[3])
