"""r26-wrongper: "the state" or "the country" stands for the place last spoken of only when that
place can be a state or a country (``descriptions.names_a_state``): a city named last is not the
state that admitted a fault. A plural "the campaigns" is no one person's campaign
(``bodies.several_bodies``). Texts made up."""
import pytest

from statement_lookup import speaker

NOT_NAMED = [
    # the state or the country is not the city named last
    ("Residents of Springfield have complained about brown water for months. "
     "The state conceded it had erred after a nurse found unsafe levels of lead.", "it had erred", "Springfield"),
    ("Floods cut off Springfield on Monday. "
     "The country said it would send soldiers to rebuild the bridges.", "send soldiers", "Springfield"),
    ("Britain sent a delegation to the talks in Geneva on Friday. "
     "The country said it wanted a ceasefire before the winter.", "wanted a ceasefire", "Geneva"),
    ("Florida officials met in Springfield on Monday. "
     "The state said it would pay for the new roads.", "pay for the new roads", "Springfield"),
    # near miss: the state of a named place is left to its name
    ("Jane Dowling moved to Springfield last year. "
     "The state of Ohio said it would review the water plant.", "review the water plant", "Springfield"),
]


@pytest.mark.parametrize("text, words, wrong", NOT_NAMED)
def test_the_state_is_not_a_city(text, words, wrong):
    found = speaker(text, words)
    assert found is None or found.name != wrong


@pytest.mark.parametrize("text, words", [
    ("Mrs. Roe and Mr. Lee are neck and neck in Zorbia. The Roe campaign has a bigger field "
     "operation, drilled harder than the Lee team's, the campaigns agree.", "bigger field operation"),
    ("Jane Roe leads Tom Lee in Zorbia. The Roe campaign raised $2 million in March, "
     "more than the Lee team, the campaigns said.", "raised $2 million"),
])
def test_the_campaigns_are_not_one_campaign(text, words):
    found = speaker(text, words)
    assert found is None or "Roe" not in found.name


STAYS = [
    # a state, a country or a nation named last
    ("Voters in Florida lined up for hours on Tuesday. "
     "The state said it would extend voting hours in three counties.", "extend voting hours", "Florida"),
    ("Officials in Kenya closed the border on Monday. "
     "The country said the border would stay closed for a month.", "stay closed for a month", "Kenya"),
    ("Texas sued the agency over the rules on Monday. The state said the rules were unlawful.",
     "the rules were unlawful", "Texas"),
    ("Governors met in Ohio on Monday. The state said it would pay for the new roads.",
     "pay for the new roads", "Ohio"),
    ("Iran sent a delegation to the talks on Friday. "
     "The nation said it wanted a ceasefire before the winter.", "wanted a ceasefire", "Iran"),
    # review near miss: an abbreviated US state is a state
    ("Floods hit Mich. on Monday. The state said it would send help to the worst-hit towns.",
     "would send help", "Mich."),
    # one campaign, administration or owner's offices
    ("Jane Roe leads Tom Lee in Zorbia. The Roe campaign raised $2 million in March, the campaign said.",
     "raised $2 million", "Jane Roe campaign"),
    ("Jane Roe raised $2 million in March. Her campaign said it would spend it on ads.",
     "spend it on ads", "Jane Roe campaign"),
    ("Jane Roe spoke on Monday. The Roe administration said the debate would go ahead.",
     "the debate would go ahead", "Jane Roe administration"),
    # review near miss: a single possessive owner holds the plural offices
    ("Jane Roe spoke in Zorbia on Monday. Roe's offices said she would return on Friday.",
     "would return on Friday", "Jane Roe's offices"),
]


@pytest.mark.parametrize("text, words, name", STAYS)
def test_near_misses_keep_their_speaker(text, words, name):
    assert speaker(text, words).name == name
