"""Roles cleaned before they are written out (``extract/speakers/role_cleaning.py``), one rule
a test, on invented roles."""
import pytest

from onrecord.extract.speakers.role_cleaning import (
    a_body_s_name,
    a_figure,
    a_list_of_names,
    a_person_s_name,
    a_span_of_holding,
    a_stance,
    after_another_name,
    after_pronoun_relation,
    balanced_brackets,
    clean_affiliation,
    clean_roles,
    courtesy_title_alone,
    cut_off,
    has_role_noun,
    headed_by_a_body_noun,
    headed_by_a_thing,
    hedged,
    list_of_posts,
    name_suffix_first,
    of_past_posts_alone,
    office_of_a_person,
    one_word_tail_of_a_named_post,
    opens_with_a_hyphen,
    own_name,
    party_membership,
    person_as_affiliation,
    place_beside_a_named_body,
    place_the_holder_is_in,
    plain_person,
    plural_head,
    postposed_title,
    prefix_of_another,
    pronoun_relation,
    split_run_together,
    tail_of_a_past_role,
    tail_of_another,
    thing_the_holder_acted_on,
    unheld_post,
    with_time_adverb_read,
    without_count_word,
    without_plain_person,
    without_relative_clause,
    without_trailing_name,
    without_whose_clause,
)


def test_a_bracket_left_open_is_cut_and_a_stray_closing_one_dropped():
    assert balanced_brackets("chief steward of the ZFU union (Zorbian Federation of Umpires") == \
        "chief steward of the ZFU union"
    assert balanced_brackets("ZFU)") == "ZFU"
    assert balanced_brackets("head of the Zorbian Federation of Umpires (ZFU)") == \
        "head of the Zorbian Federation of Umpires (ZFU)"


def test_a_role_that_is_the_entity_s_own_name_acronym_or_part_of_it_goes():
    assert own_name("ZFU", "Zorbian Federation of Umpires", [])
    assert own_name("Umpires", "Zorbian Federation of Umpires", [])
    assert own_name("Zedco", "Zedco Holdings", ["Zedco"])
    assert not own_name("chief steward", "Zorbian Federation of Umpires", [])


def test_two_roles_run_together_are_parted():
    assert split_run_together("ZU chairperson President") == ["ZU chairperson", "President"]
    assert split_run_together("agency director General") == ["agency director General"]
    assert split_run_together("Secretary of State") == ["Secretary of State"]
    assert split_run_together("incumbent President") == ["incumbent President"]  # an adjective


def test_the_holder_s_own_name_left_at_a_role_s_end_is_cut():
    assert without_trailing_name("Jo Quill", "independent candidate Jo") == "independent candidate"
    assert without_trailing_name("Jo Quill", "chair of the Tenants Council Jo Quill") == "chair of the Tenants Council"
    assert without_trailing_name("Jo Quill", "mayor of San Juan") == "mayor of San Juan"


def test_figures_and_dates_are_no_roles():
    assert a_figure("51.3 to 43.5 percent")
    assert a_figure("May 4, 2011")
    assert not a_figure("2024 presidential nominee")


def test_a_relation_told_by_a_pronoun_goes():
    assert pronoun_relation("his father")
    assert pronoun_relation("Her spokesman")
    assert not pronoun_relation("father of the bride")
    assert after_pronoun_relation("his aunt and the current treasurer of the club") == \
        "current treasurer of the club"
    assert after_pronoun_relation("his aunt") == "his aunt"  # dropped whole by pronoun_relation


def test_a_role_needs_a_noun_of_what_a_person_is():
    assert has_role_noun("study co-author")
    assert has_role_noun("economist at the bank")
    assert has_role_noun("Prime Minister")
    assert has_role_noun("director-general")
    assert not has_role_noun("fame")
    assert not has_role_noun("head-to-head matchup")


def test_a_word_of_address_run_onto_an_occupation_is_a_role_of_its_own():
    assert split_run_together("archaeologist Dr.") == ["archaeologist", "Dr."]
    assert clean_roles("Jane Roe", [], ["archaeologist Dr.", "Dr"]) == ["archaeologist"]


def test_a_courtesy_title_alone_is_no_role():
    assert courtesy_title_alone("Dr.") and courtesy_title_alone("Dr") and courtesy_title_alone("Mrs")
    assert not courtesy_title_alone("Professor") and not courtesy_title_alone("Sir")
    assert not courtesy_title_alone("Dr. of physics")
    assert clean_roles("Jane Roe", [], ["Dr.", "geologist at Zorb University"]) == ["geologist at Zorb University"]
    assert clean_roles("Jane Roe", [], ["Professor", "Dr"]) == ["Professor"]


def test_general_follows_only_the_offices_that_take_it():
    assert postposed_title("director", "General") and postposed_title("attorney", "general")
    assert postposed_title("president", "elect")
    assert not postposed_title("commander", "General")
    assert split_run_together("army commander General") == ["army commander", "General"]
    assert split_run_together("agency inspector General") == ["agency inspector General"]


def test_a_time_adverb_before_a_role_is_read():
    assert with_time_adverb_read("formerly the mayor of Zorbtown") == "former mayor of Zorbtown"
    assert with_time_adverb_read("formerly a clerk at the Zorb Bank") == "former clerk at the Zorb Bank"
    assert with_time_adverb_read("already the nominee of the Zorb Party") == "nominee of the Zorb Party"
    assert with_time_adverb_read("also a member of the board") == "member of the board"
    assert with_time_adverb_read("alsoran candidate") == "alsoran candidate"
    assert clean_roles("Jo Roe", [], ["formerly the mayor of Zorbtown"]) == ["former mayor of Zorbtown"]


def test_a_surname_of_a_named_person_is_no_role():
    people = frozenset({"quill", "judge"})
    assert a_person_s_name("Quill", people)
    assert not a_person_s_name("Quill", frozenset())
    assert not a_person_s_name("Judge", people)  # a title, though someone is named Judge
    assert not a_person_s_name("Quill Society member", people)
    assert clean_roles("Max Storm", [], ["Quill", "wrestler"], "PERSON", people) == ["wrestler"]


def test_a_role_ending_in_a_thing_is_none():
    assert headed_by_a_thing("ten-inch (quarter-metre) iron key")
    assert headed_by_a_thing("old brass bell")
    assert not headed_by_a_thing("second year art major")
    assert not headed_by_a_thing("keeper of the mill")
    assert not headed_by_a_thing("Zorb Milling Company")  # capitalised: left to the other rules
    assert clean_roles("Jo Roe", [], ["keeper of the mill", "ten-inch iron key"]) == ["keeper of the mill"]
    assert clean_roles("Zorb Agency", [], ["Zorbian space agency"], "ORG") == ["Zorbian space agency"]


def test_another_name_before_the_role_goes():
    assert after_another_name("Lord Quillby, the Lord Chief Justice of the court") == "Lord Chief Justice of the court"
    assert after_another_name("Prime Minister, the party's leader") == "Prime Minister, the party's leader"
    assert after_another_name("Zorb Bank, the lender") == "Zorb Bank, the lender"  # no role after it
    assert after_another_name("head of the club") == "head of the club"


def test_a_participle_acting_on_a_person_is_no_role():
    assert thing_the_holder_acted_on("decision leaving him without a seat on the board")
    assert not thing_the_holder_acted_on("director overseeing the project")


def test_the_head_of_a_past_post_is_past_too():
    roles = ["former chief judge of the Zorbian High Court", "Judge"]
    assert tail_of_a_past_role("Judge", roles)
    assert not tail_of_a_past_role("Senator", ["former mayor of Zorbtown", "Senator"])
    assert clean_roles("Jo Roe", [], roles) == ["former chief judge of the Zorbian High Court"]


def test_a_cut_off_copy_of_another_role_goes():
    assert prefix_of_another("chief", ["chief", "chief steward of the union"])
    assert not prefix_of_another("chief steward", ["chief steward", "chief"])
    assert not prefix_of_another("Mayor", ["Mayor", "mayor of Springfield"])


def test_a_post_without_the_name_that_qualifies_it_goes():
    roles = ["Unity Party presidential nominee", "presidential nominee"]
    assert tail_of_another("presidential nominee", roles)
    assert clean_roles("Jan Roe", [], roles) == ["Unity Party presidential nominee"]
    assert not tail_of_another("President", ["President", "Vice President"])  # a post of its own
    assert not tail_of_another("High Court Judge", ["High Court Judge", "outspoken High Court Judge"])


@pytest.mark.parametrize("roles", [
    ["Prime Minister", "Deputy Prime Minister"],
    ["Attorney General", "Acting Attorney General"],
    ["Prime Minister", "Former Prime Minister"],
])
def test_a_post_beside_its_rank_or_time_is_no_cut_copy(roles):
    assert not tail_of_another(roles[0], roles)


def test_a_post_beside_its_deputy_stays():
    assert clean_roles("Jan Roe", [], ["Prime Minister", "Deputy Prime Minister"]) \
        == ["Prime Minister", "Deputy Prime Minister"]


def test_a_person_told_by_sex_or_age_holds_no_post():
    assert plain_person("Zorbian woman") and plain_person("14-year-old boy from Westport, Zorbia")
    assert not plain_person("spokeswoman") and not plain_person("First Lady") and not plain_person("chairman")
    assert without_plain_person("Zorbian woman and former Scientologist") == "former Scientologist"
    assert without_plain_person("14-year-old boy from Westport") == ""
    assert without_plain_person("chairman and chief executive") == "chairman and chief executive"
    assert clean_roles("Jan Roe", [], ["Zorbian woman and former Zorbologist"]) == ["former Zorbologist"]


def test_clean_roles_applies_every_rule():
    roles = ["chief steward of the ZFU union (Zorbian Federation", "chief", "ZFU)", "fame", "his father",
             "51 percent", "ZU chairperson President"]
    assert clean_roles("Zorbian Federation of Umpires", ["ZFU"], roles) == \
        ["chief steward of the ZFU union", "ZU chairperson", "President"]


def test_a_role_cut_before_or_after_the_words_it_joins_goes():
    assert cut_off("scientists from the University of Zorbia and")
    assert cut_off("to dismiss Governor")
    assert not cut_off("Secretary of State")
    assert not cut_off("the club's treasurer")


def test_a_group_the_holder_is_one_of_is_no_role_of_their_own():
    assert plural_head("researchers from the University of Zorbia")
    assert plural_head("petitioners")
    assert plural_head("local officials")
    assert not plural_head("Secretary of State")
    assert not plural_head("Chief of Staff")
    assert not plural_head("Chairman of the Joint Chiefs of Staff")
    assert not plural_head("actress")
    assert not plural_head("boss")
    assert not plural_head("House Democrats leader")
    assert clean_roles("Jane Roe", [], ["petitioners", "barrister"]) == ["barrister"]


def test_a_clause_about_someone_else_is_cut_off_a_role():
    assert without_whose_clause("nominee of the Zorbian Unity Party, whose running mate Jo Doe") == \
        "nominee of the Zorbian Unity Party"
    assert without_whose_clause("mayor of Springfield") == "mayor of Springfield"


def test_an_affiliation_is_written_as_a_name_and_is_never_the_entity_s_own():
    assert clean_affiliation("Jane Roe", [], "the Republic of Zorbia") == "Republic of Zorbia"
    assert clean_affiliation("Zorbnews.zz", [], "Zorbnews.zz") is None
    assert clean_affiliation("Zorbian Broadcasting Corporation", ["ZBC"], "ZBC") is None
    assert clean_affiliation("Jane Roe", [], "Zorbia") == "Zorbia"
    assert clean_affiliation("Jane Roe", [], None) is None


def test_a_body_keeps_no_person_s_office():
    assert office_of_a_person("former Vice President of Ruritania")
    assert office_of_a_person("Minister")
    assert not office_of_a_person("Ruritanian space agency")
    assert clean_roles("Zorb Radio", [], ["former Vice President of Ruritania"], "ORG") == []
    assert clean_roles("Zorbcosmos", [], ["Ruritanian space agency"], "ORG") == ["Ruritanian space agency"]
    assert clean_roles("Jane Roe", [], ["Vice President"], "PERSON") == ["Vice President"]


def test_a_person_s_name_is_no_affiliation():
    assert person_as_affiliation("Jane", "Jane Paris", "PERSON", frozenset())
    assert person_as_affiliation("Roe", "Ann", "PERSON", frozenset({"roe"}))
    assert not person_as_affiliation("Zedco", "Zedco spokesperson", "PERSON", frozenset())
    assert not person_as_affiliation("Ruritania", "Jane Roe", "PERSON", frozenset({"roe"}))
    assert clean_affiliation("Jane Paris", [], "Jane") is None


def test_a_place_that_only_locates_the_body_a_role_names_is_no_affiliation():
    role = "director of the Springfield chapter of the Council of Zorbian Affairs"
    assert place_beside_a_named_body("Springfield", [role])
    assert place_beside_a_named_body("Shelbyville", ["curator at the University of Zorbia, Shelbyville"])
    assert not place_beside_a_named_body("London", ["mayor of London"])
    assert not place_beside_a_named_body("Ruritanian", ["head of the Ruritanian State Police"])
    assert clean_affiliation("Jane Roe", [], "Springfield", "PERSON", [role]) is None
    assert clean_affiliation("Jane Roe", [], "London", "PERSON", ["mayor of London"]) == "London"


def test_the_word_that_counted_a_holder_among_others_is_no_part_of_the_role():
    assert without_count_word("One senator") == "senator"
    assert without_count_word("another spokesman") == "spokesman"
    assert without_count_word("one of the founders") == "one of the founders"
    assert clean_roles("Jane Roe", [], ["One senator"]) == ["senator"]


def test_a_past_post_reads_as_past():
    """"former" written apart is no role; "adviser" beside "former Trump adviser" would read as a
    post held now; a place named only by a past post is no affiliation."""
    assert clean_roles("Jo Roe", [], ["former", "Mayor"]) == ["former Mayor"]
    assert clean_roles("Jo Roe", [], ["Mayor", "former"]) == ["Mayor"]
    assert clean_roles("Jo Roe", [], ["former Acme adviser", "adviser"]) == ["former Acme adviser"]
    assert clean_affiliation("Jo Roe", [], "Springfield", roles=["former Mayor of Springfield"]) is None
    assert clean_affiliation("Jo Roe", [], "Springfield", roles=["Mayor of Springfield"]) == "Springfield"
    assert clean_affiliation("Jo Roe", [], "the United States'") == "United States"
    assert clean_affiliation("Jo Roe", [], "Zimbabwe", roles=["former president of Zimbabwe"]) == "Zimbabwe"


def test_a_post_not_yet_held_is_no_role():
    assert unheld_post("future president") and unheld_post("would-be successor")
    assert not unheld_post("president") and not unheld_post("former president")
    assert clean_roles("Jo Roe", [], ["Governor", "future president"]) == ["Governor"]


def test_a_side_taken_is_no_affiliation():
    assert a_stance("pro-Zorbia") and a_stance("anti-war")
    assert not a_stance("Zorbia")
    assert clean_affiliation("Jo Roe", [], "pro-Zorbia") is None


def test_a_role_cut_after_a_hyphen_or_a_name_suffix_or_naming_only_a_body_goes():
    assert opens_with_a_hyphen("-prime-minister") and not opens_with_a_hyphen("prime minister")
    assert name_suffix_first("Jr. and his own tax preparer Zedco") and not name_suffix_first("junior minister")
    assert a_body_s_name("Zorbian Independent Party") and a_body_s_name("Zorbian Council of the Umpires Association")
    assert not a_body_s_name("Council President") and not a_body_s_name("party leader")
    assert clean_roles("Jo Roe", [], ["-prime-minister", "Jr. and his own tax preparer Zedco",
                                      "Zorbian Independent Party", "Senator"]) == ["Senator"]


def test_a_list_of_posts_is_one_role_each():
    assert list_of_posts("dean of the law school, and member of the Zorbian Bar") == [
        "dean of the law school", "member of the Zorbian Bar"]
    assert list_of_posts("former Home Secretary, mayor of Zorbia City, and member of Parliament") == [
        "former Home Secretary"]  # whether the others are past too, the words do not tell
    assert list_of_posts("then-manager of Zedco Tours and Director of the Ruritania Board") == [
        "then-manager of Zedco Tours"]
    assert list_of_posts("chairman and chief executive of Zedco") == ["chairman and chief executive of Zedco"]
    assert list_of_posts("director of research and development") == ["director of research and development"]
    assert list_of_posts("mayor of Zorbia City, Ruritania") == ["mayor of Zorbia City, Ruritania"]
    assert list_of_posts("president of Zedco, a retailer") == ["president of Zedco, a retailer"]
    clause = "trader who ran for mayor in the Zorbia primaries and was the Unity Party's nominee"
    assert list_of_posts(clause) == [clause]
    assert clean_roles("Jo Roe", [], ["treasurer of the Zorbia Club and member of the Ruritania Senate"]) == [
        "treasurer of the Zorbia Club", "member of the Ruritania Senate"]


def test_how_long_a_tie_was_held_makes_no_role():
    assert a_span_of_holding("member of the Zorbian Church all his life")
    assert a_span_of_holding("member of the party for decades")
    assert a_span_of_holding("member of the club since 1990")
    assert not a_span_of_holding("member of the club")
    assert clean_roles("Jo Roe", [], ["member of the Zorbian Church all her life"]) == []
    # a post keeps its holder's title, without the span
    assert not a_span_of_holding("mayor since 2015")
    assert clean_roles("Jo Roe", [], ["mayor since 2015", "president for years"]) == ["mayor", "president"]


def test_a_relative_clause_about_the_holder_is_cut_off_a_role():
    assert without_relative_clause("Zorbian pollster who advised the 2008 campaign of Jo Doe") == "Zorbian pollster"
    assert without_relative_clause("veteran party insider who’s on the delegate slate") == "veteran party insider"
    assert without_relative_clause("former aide, who left in May") == "former aide"
    assert without_relative_clause("head of the Zorb Fund, a group that works to elect candidates") == \
        "head of the Zorb Fund"
    assert without_relative_clause("mayor of Springfield") == "mayor of Springfield"
    assert without_relative_clause("member of the panel that wrote the report") == \
        "member of the panel that wrote the report"
    assert clean_roles("Jan Roe", [], ["Zorbian media consultant who said he would not vote"]) == \
        ["Zorbian media consultant"]


def test_the_who_is_no_relative_clause():
    # "WHO" is the World Health Organization, no relative pronoun
    assert without_relative_clause("official at the WHO office in Geneva") == "official at the WHO office in Geneva"
    assert without_relative_clause("head of the WHO's Europe office") == "head of the WHO's Europe office"
    assert without_relative_clause("head of Zedco, a partner of WHO programmes") == \
        "head of Zedco, a partner of WHO programmes"
    assert clean_roles("Jan Roe", [], ["official at the WHO office in Geneva"]) == \
        ["official at the WHO office in Geneva"]


def test_a_party_membership_is_no_role():
    assert party_membership("Republican")
    assert party_membership("a Democrat")
    assert party_membership("Republican of South Zorbia")
    assert not party_membership("Republican senator")
    assert not party_membership("Republican of the old school")
    assert not party_membership("spokesman")
    assert clean_roles("Jan Roe", [], ["former central bank chairman", "Republican"]) == \
        ["former central bank chairman"]


def test_a_thing_the_holder_acted_on_is_no_role():
    assert thing_the_holder_acted_on("liberal television network he later sold to Zed TV")
    assert not thing_the_holder_acted_on("former vice president")
    assert clean_roles("Al Roe", [], ["network he later sold", "former vice president"]) == ["former vice president"]


def test_a_body_noun_heads_no_persons_role():
    assert headed_by_a_body_noun("group of black bloggers")
    assert not headed_by_a_body_noun("head of the group")
    assert not headed_by_a_body_noun("campaign spokesman")
    assert not headed_by_a_body_noun("senior security official during Jo Roe's administration")
    assert clean_roles("Ed Roe", [], ["group of bloggers", "party leader"]) == ["party leader"]


def test_a_courtesy_title_after_a_capitalised_post_parts_from_it():
    assert split_run_together("former State Senator Dr.") == ["former State Senator", "Dr."]
    assert clean_roles("Jo Roe", [], ["former State Senator Dr."]) == ["former State Senator"]
    assert split_run_together("State Senator") == ["State Senator"]


def test_a_square_bracket_cut_in_two_goes():
    assert balanced_brackets("Secretary [") == "Secretary"
    assert balanced_brackets("head of the [Zorbian] party") == "head of the [Zorbian] party"
    assert balanced_brackets("chair (of the board") == "chair"


def test_a_guess_about_the_holder_is_no_role():
    assert hedged("perhaps the most likely pick") and hedged("arguably the best keeper in Zorbia")
    assert not hedged("likely nominee") and not hedged("perhaps")
    assert clean_roles("Jo Roe", [], ["perhaps the most likely pick"]) == []


def test_a_list_of_other_people_is_no_role():
    assert a_list_of_names("Lu Bando, Ama Koh, Tim Rask and Ola Venn")
    assert not a_list_of_names("Chairman and Chief Executive")
    assert not a_list_of_names("Lu Bando")
    assert not a_list_of_names("professor of art, and curator of the exhibit")
    assert clean_roles("Jo Roe", [], ["Lu Bando, Ama Koh and Tim Rask"]) == []


@pytest.mark.parametrize("roles,kept", [
    (["Circuit Judge", "Judge"], ["Circuit Judge"]),
    (["Zorbco Director", "Director"], ["Zorbco Director"]),
    (["Emeritus Professor", "Professor"], ["Emeritus Professor"]),
    (["ZYX president", "president"], ["ZYX president"]),
])
def test_a_one_word_title_cut_from_a_named_post_goes(roles, kept):
    assert one_word_tail_of_a_named_post(roles[1], roles)
    assert clean_roles("Jan Roe", [], roles) == kept


@pytest.mark.parametrize("roles", [
    ["Vice President", "President"],
    ["Deputy Governor", "Governor"],
    ["Zorb longest serving Director", "Director"],
    ["Lt. Gov.", "Gov."],  # another post
    ["Lieutenant Governor", "Governor"],
    ["Honorary President", "President"],
    ["Shadow Chancellor", "Chancellor"],
    ["Retired General", "General"],
])
def test_a_one_word_title_beside_a_rank_or_a_description_stays(roles):
    assert not one_word_tail_of_a_named_post(roles[1], roles)


def test_the_place_of_a_past_post_is_no_affiliation():
    assert of_past_posts_alone("Eastshire", ["former governor"])
    assert of_past_posts_alone("Eastshire", ["former", "governor"])
    assert clean_affiliation("Jan Roe", [], "Eastshire", "PERSON", ["former governor"]) is None


@pytest.mark.parametrize("affiliation,roles", [
    ("Eastshire", ["governor"]),  # held now
    ("Eastshire", ["former governor", "chair of the Zorb Fund"]),  # one post held now
    ("Eastshire", []),
    ("Democratic Party", ["former Rep."]),  # a party stays the holder's
    ("Republican", ["former governor"]),
    ("Mexico", ["former president"]),  # a country stays
    ("U.S.", ["former Sen."]),
    ("Zorb Policy Institute", ["former ambassador"]),  # a body by its kind word: where they are now
    ("ZPI", ["former ambassador"]),  # a body by its acronym
])
def test_an_affiliation_beside_a_post_held_now_or_a_party_stays(affiliation, roles):
    assert not of_past_posts_alone(affiliation, roles)


@pytest.mark.parametrize("affiliation,phrases", [
    ("Zorbtown", ["Jan Roe", "Col.", "army spokesman in Zorbtown"]),
    ("Eastshire", ["Jan Roe", "head of a builders' guild in northern Eastshire"]),
    ("Westland", ["Zorb News reporter in Westland"]),
    ("Zorbtown", ["Jan Roe", "lecturer at Zorb Poly in Zorbtown"]),
])
def test_the_place_a_holder_is_in_is_no_affiliation(affiliation, phrases):
    assert place_the_holder_is_in(affiliation, phrases)
    assert clean_affiliation(phrases[0], [], affiliation, "PERSON", phrases[1:]) is None


@pytest.mark.parametrize("affiliation,phrases", [
    ("Zorb Center", ["Jan Roe", "counsel in Zorb Center"]),  # a body's kind word
    ("ZNA", ["Jan Roe", "analyst in ZNA"]),  # an acronym
    ("Zorbtown", ["Jan Roe", "Zorbtown mayor", "mayor in Zorbtown"]),  # written otherwise too
    ("Zorbtown", ["Jan Roe", "mayor"]),  # not written in a role
    ("Republican", ["Jan Roe", "leader in Republican polls"]),  # a party
    ("Zorbtown", ["Jan Roe", "city council member in Zorbtown"]),  # the place's own government
    ("Zorbtown", ["Jan Roe", "a councilmember in Zorbtown"]),
    ("Zorbtown", ["Jan Roe", "police chief in Zorbtown"]),
    ("Eastshire", ["Jan Roe", "sheriff in Eastshire"]),
    ("Zorbia", ["Jan Roe", "a senior official in Zorbia's foreign ministry"]),  # an owner, not a place
    ("Kenya", ["Jan Roe", "an MP in Kenya"]),  # a country stays the holder's
])
def test_a_body_or_a_place_written_otherwise_stays(affiliation, phrases):
    assert not place_the_holder_is_in(affiliation, phrases)
