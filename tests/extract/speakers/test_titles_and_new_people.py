"""The rules added to the speaker sieve in issue 13's eighth round (read on PolNeAR train), each
on a sentence made up for it: what stands between a "he" or "she" and the person the text is about
— a body as subject, a definite title with words before its noun only, a subject of the words a
parenthetical "he said" reports."""
from onrecord.extract.speakers.passes.pronouns import body_noun, premodified_only, reported_by
from statement_lookup import speaker, token

# ---- a body is no unnamed person ----

def test_a_group_as_subject_hides_no_unnamed_person(nlp):
    text = ("Mara Lindqvist, the coalition's director, said her group will keep pressing the firms. "
            "She noted that the firms had sponsored earlier conventions.")
    assert speaker(text, "sponsored earlier conventions").name == "Mara Lindqvist"
    assert body_noun("group") and body_noun("family")
    assert not body_noun("father")


# ---- a definite title with words before its noun only ----

def test_a_former_title_looks_back_at_the_person_named(nlp):
    text = ("\"We will not fund the dam,\" Tomas Arredondo, Venezuela's former president, told a radio "
            "station on Saturday. But the former Venezuelan president kept going. "
            "\"The farmers downstream would pay the price for such a plan,\" he continued.")
    assert speaker(text, "would pay the price").name == "Tomas Arredondo"


def test_premodified_only_is_a_title_with_no_phrase_after_it(nlp):
    doc = nlp("The former Venezuelan president spoke while the head of the internal investigators waited.")
    assert premodified_only(doc[0:4], token(doc, "president"))
    assert not premodified_only(doc[6:12], token(doc, "head"))


# ---- the subject of the words "he said" reports ----

def test_the_subject_a_parenthetical_reports_is_no_antecedent(nlp):
    doc = nlp("A fresh manager, he said, could bring a different spirit to the squad.")
    assert reported_by(token(doc, "manager"), token(doc, "he"))
    doc = nlp("The manager arrived late, and he said nothing.")
    assert not reported_by(token(doc, "manager"), token(doc, "he"))


# ---- an indefinite description brings in someone new ----

def test_a_reporter_is_not_the_person_named_before_who_answers(nlp):
    text = ("Lena Vasquez spoke for an hour at the plant. \"We will build the bridge,\" Vasquez said.\n\n"
            "A reporter asked: \"Who will pay for it?\"\n\n"
            "\"The province will,\" Vasquez said.")
    found = speaker(text, "Who will pay for it")
    assert found.name != "Lena Vasquez" and found.rule == "unnamed"


def test_the_woman_after_a_woman_is_that_unnamed_woman(nlp):
    text = ("At a town hall in Dover, a young woman asked Mrs. Okafor about the mill. "
            "\"You promised the mill would stay open,\" the woman said. \"Why would we trust that now?\"")
    found = speaker(text, "the mill would stay open")
    assert found.name != "Okafor" and found.rule == "unnamed"


def test_an_indefinite_description_in_apposition_keeps_its_name(nlp):
    text = ("The governor relies on the research of Tomas Eberle, a geology professor at the "
            "University of Eastland who had once argued that the river would shift its course within a decade. "
            "\"The maps have changed since,\" Eberle said.")
    assert speaker(text, "the river would shift").name == "Tomas Eberle"


def test_a_new_president_is_no_one_named_before(nlp):
    # "the new Mexican president" brings in someone else: "he" is not the senator named before
    text = ("Senator Tomas Arredondo criticised the dam on Monday. But the new Mexican president did not "
            "stop there. \"The farmers would pay the price,\" he continued.")
    assert speaker(text, "would pay the price").name != "Tomas Arredondo"


def test_a_title_the_person_named_was_never_given_is_someone_else(nlp):
    # a senator, then "the former Venezuelan president": an office the article never gave him
    text = ("Senator Tomas Arredondo criticised the dam on Monday. But the former Venezuelan president "
            "kept going. \"The farmers would pay the price,\" he continued.")
    assert speaker(text, "would pay the price").name != "Tomas Arredondo"


def test_a_title_of_another_country_is_someone_else(nlp):
    text = ("Tomas Arredondo, Venezuela's former president, criticised the dam on Monday. But the former "
            "Mexican president kept going. \"The farmers would pay the price,\" he continued.")
    assert speaker(text, "would pay the price").name != "Tomas Arredondo"
