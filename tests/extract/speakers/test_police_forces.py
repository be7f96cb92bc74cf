"""A bare "police" as a speaker ("Police said", "the police said") goes to the one police force
the article names before it by a force's name ("Wexford Constabulary", "Irvingdale Police
Department"), only when the article writes no other police and no second force
(``descriptions.sole_police_force``). Made-up sentences."""
from onrecord.extract.speakers.passes.descriptions import police_force_key
from onrecord.extract.speakers.state import ArticleEntity
from statement_lookup import speaker


def test_police_is_the_one_constabulary_named_before():
    text = ("A man was arrested after a fire at a warehouse in Brinmoor on Sunday.\n\n"
            "Officers from Wexford Constabulary attended the scene within minutes.\n\n"
            "Police said the fire was started deliberately.")
    found = speaker(text, "the fire was started")
    assert (found.name, found.type, found.rule) == ("Wexford Constabulary", "ORG", "description")


def test_police_is_the_one_police_department_named_before():
    text = ("The Irvingdale Police Department arrested a teenager on Friday.\n\n"
            "Police said the boy had taken a car from a lot.")
    assert speaker(text, "the boy had taken").name == "Irvingdale Police Department"


def test_police_of_another_place_in_the_sentence_stay_unnamed():
    text = ("The Irvingdale Police Department arrested a teenager on Friday.\n\n"
            "In Hollisford, police said the boy had taken a car.")
    assert speaker(text, "the boy had taken").rule == "unnamed"


def test_other_police_written_leave_police_unnamed():
    text = ("The Irvingdale Police Department arrested a teenager on Friday. State police joined the search.\n\n"
            "Police said the boy had taken a car from a lot.")
    assert speaker(text, "the boy had taken").rule == "unnamed"


def test_a_force_key_drops_the_police_word_and_fillers():
    assert police_force_key(ArticleEntity("Irvingdale Police Department", "ORG")) == frozenset({"irvingdale"})
    assert police_force_key(ArticleEntity("Wexford Constabulary", "ORG")) == frozenset({"wexford"})


def test_police_of_a_place_named_in_the_words_reported_stay_unnamed():
    # the force investigated an old case; the death is in another town, its police speak
    text = ("A driver was fined in 2009 after an inquiry by Harrowgate Constabulary. He later settled in Pellbury.\n\n"
            "Police said the driver was found dead at his home in Pellbury on Monday.")
    assert speaker(text, "the driver was found dead").rule == "unnamed"


def test_a_force_named_as_a_former_employer_is_not_the_police_abroad():
    text = ("Ines Varda, who once served with Norwood Constabulary, now teaches in Portugal.\n\n"
            "Police said Varda was reported missing in Lisbon on Friday.")
    assert speaker(text, "Varda was reported missing").rule == "unnamed"


def test_a_board_that_watches_the_police_is_no_police_force():
    text = ("The Independent Police Conduct Board is looking into the arrest in the square.\n\n"
            "Police said the officer used no force.")
    found = speaker(text, "the officer used no force")
    assert "Board" not in (found.name or "")


def test_a_force_named_paragraphs_back_is_not_taken():
    text = ("Officers from Wexby Constabulary closed the road on Monday.\n\n"
            "The council met on Tuesday to discuss the road.\n\n"
            "Residents asked for a crossing near the school.\n\n"
            "Police said the road would reopen on Friday.")
    assert speaker(text, "the road would reopen").rule == "unnamed"
