"""Bodies by their kind, on sentences made up for them: "the company" is the one-word name that
speaks just before it, not a group of that kind named further back or further on
(``bodies_read_as_people_before``); an outlet's kind written after its name is that outlet
(``outlet_named_before_kind``); "the organization" may be a body named "... Group"; "they" after
"operatives" is those operatives."""
from statement_lookup import speaker

# ---- "the company": a speaking one-word name nearer than the body of that kind ----

def test_the_company_is_the_name_that_spoke_not_a_group_named_before(nlp):
    text = ("Flinkr has long described itself as an open forum, and critics have asked it to do more.\n\n"
            "A report from the Norwood Monitoring Group found hundreds of violent accounts last year.\n\n"
            "Flinkr admitted that the problem was hard. \"We are doing what we can,\" the company said.")
    found = speaker(text, "doing what we can")
    assert found.name == "Flinkr" and found.rule == "description"


def test_the_group_is_the_body_named_a_group_not_a_one_word_name_that_spoke(nlp):
    # r19-fixspk: "the group" goes on with the body whose own name says it is one
    text = ("Quillo has long described itself as a friendly app, and critics have asked it to do more.\n\n"
            "A study from the Harwick Tracking Group counted thousands of fake profiles last spring.\n\n"
            "Quillo admitted that the problem was real. \"Our figure is cautious,\" the group said.")
    assert speaker(text, "Our figure is cautious").name == "Harwick Tracking Group"


def test_a_name_that_never_speaks_is_no_rival_of_the_company(nlp):
    text = ("Shares of Orbital Widgets Corp. rose on Monday.\n\nAnalysts expect more growth this year.\n\n"
            "Brexit has hurt sales in Europe. The company said it would open a plant in Ohio.")
    found = speaker(text, "open a plant")
    assert found.name == "Orbital Widgets Corp."


# ---- an outlet's kind after its name ----

def test_an_outlet_s_kind_after_its_name_is_that_outlet(nlp):
    text = ("Opinion in Brelland is split. As the populist Brelland Post tabloid wrote in a column on Sunday, "
            "the judge \"has worn out her welcome.\"")
    found = speaker(text, "worn out her welcome")
    assert found.name == "Brelland Post" and found.entity is not None


# ---- "the organization": a body named "... Group" ----

def test_the_organization_is_the_group_named_just_before(nlp):
    text = ("The Pellham Anglers Group announced on Tuesday that it had cancelled its spring contest, as the "
            "event no longer served the organization's aims. \"We will not host it again,\" the organization wrote.")
    found = speaker(text, "will not host it again")
    assert found.name == "Pellham Anglers Group" and found.rule == "description"


# ---- "they": a plural of operatives is people ----

def test_they_after_party_operatives_is_those_operatives(nlp):
    text = ("Nervous party operatives fretted all Sunday about the count. Even after the recount, "
            "they quietly doubted that the mayor could hold her seat.")
    found = speaker(text, "mayor could hold")
    assert found.name == "Nervous party operatives" and found.rule == "pronoun"
