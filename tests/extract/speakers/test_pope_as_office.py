""""The pope" and "the pontiff" are offices like "the king": the person the article names with
the title ("Pope Tobias") holds it, so a later "the pope said" is that person, not a speaker
left unnamed. Texts made up for them."""
from statement_lookup import speaker


def test_the_pope_is_the_one_named_pope_before():
    found = speaker("Pope Tobias visited the camp on Sunday and met families there. "
                    "Later the pope told reporters that more aid was needed.", "more aid")
    assert found.name == "Pope Tobias"  # the one name with its title (fullest_name.styled_sole_name)
    assert found.rule == "description"


def test_the_pontiff_is_the_pope():
    found = speaker('Pope Tobias met the mayor at noon. The pontiff said the visit was "a blessing for the city."',
                    "a blessing")
    assert found.name == "Pope Tobias"  # the one name with its title (fullest_name.styled_sole_name)


def test_the_pope_is_not_a_cardinal_named_beside_him():
    found = speaker("Cardinal Rossi and Pope Tobias spoke at the mass. The pope said the church would help.",
                    "the church would help")
    assert found.name == "Pope Tobias"  # the one name with its title (fullest_name.styled_sole_name)


def test_the_pope_stays_unnamed_when_no_pope_is_named():
    found = speaker("Cardinal Rossi spoke at the mass. The pope said the church would help.",
                    "the church would help")
    assert found.name != "Rossi"


def test_the_pope_is_no_one_when_two_popes_are_named():
    found = speaker("Pope Tobias, who leads the Eastern church, welcomed Pope Lucian to the monastery on Monday. "
                    "The pope said the two churches had much to learn from each other.", "much to learn")
    assert found.rule != "description" and not found.name[:1].isupper()


def test_the_patriarch_is_no_one_when_two_patriarchs_are_named():
    found = speaker("Patriarch Ilya met Patriarch Simeon at the border on Monday. "
                    "The patriarch said the talks had gone well.", "the talks had gone well")
    assert found.rule != "description"
