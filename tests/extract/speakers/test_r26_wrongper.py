"""r26-wrongper: "the state" or "the country" stands for the place last spoken of only when that
place can be a state or a country (``descriptions.names_a_state``): a city named last is not the
state that admitted a fault. A plural "the campaigns" is no one person's campaign
(``bodies.several_bodies``). Texts made up."""
import onrecord
from statement_lookup import speaker_of, statement_with


def _speaker(text, words):
    return statement_with(onrecord.extract(text), words).speaker


def test_the_state_is_not_the_city_named_last():
    text = ("Residents of Springfield have complained about brown water for months. "
            "The state conceded it had erred after a nurse found unsafe levels of lead.")
    speaker = _speaker(text, "it had erred")
    assert speaker is None or speaker.name != "Springfield"


def test_the_country_is_not_the_city_named_last():
    text = ("Floods cut off Springfield on Monday. "
            "The country said it would send soldiers to rebuild the bridges.")
    speaker = _speaker(text, "send soldiers")
    assert speaker is None or speaker.name != "Springfield"


def test_near_miss_the_state_named_last_stays():
    text = ("Voters in Florida lined up for hours on Tuesday. "
            "The state said it would extend voting hours in three counties.")
    assert _speaker(text, "extend voting hours").name == "Florida"


def test_near_miss_a_country_named_last_stays():
    text = ("Officials in Kenya closed the border on Monday. "
            "The country said the border would stay closed for a month.")
    assert _speaker(text, "stay closed for a month").name == "Kenya"


def test_the_country_is_not_the_city_its_delegation_went_to():
    text = ("Britain sent a delegation to the talks in Geneva on Friday. "
            "The country said it wanted a ceasefire before the winter.")
    speaker = _speaker(text, "wanted a ceasefire")
    assert speaker is None or speaker.name != "Geneva"


def test_the_state_is_not_the_city_its_officials_met_in():
    text = ("Florida officials met in Springfield on Monday. "
            "The state said it would pay for the new roads.")
    speaker = _speaker(text, "pay for the new roads")
    assert speaker is None or speaker.name != "Springfield"


def test_near_miss_a_state_that_sued_stays():
    text = "Texas sued the agency over the rules on Monday. The state said the rules were unlawful."
    assert _speaker(text, "the rules were unlawful").name == "Texas"


def test_near_miss_a_state_where_people_met_stays():
    text = "Governors met in Ohio on Monday. The state said it would pay for the new roads."
    assert _speaker(text, "pay for the new roads").name == "Ohio"


def test_near_miss_the_nation_named_last_stays():
    text = ("Iran sent a delegation to the talks on Friday. "
            "The nation said it wanted a ceasefire before the winter.")
    assert _speaker(text, "wanted a ceasefire").name == "Iran"


def test_near_miss_the_state_of_a_named_place_is_left_to_its_name():
    text = ("Jane Dowling moved to Springfield last year. "
            "The state of Ohio said it would review the water plant.")
    speaker = _speaker(text, "review the water plant")
    assert speaker is None or speaker.name != "Springfield"


def test_the_campaigns_are_not_the_campaign_of_the_subject():
    text = ("Mrs. Roe and Mr. Lee are neck and neck in Zorbia. The Roe campaign has a bigger field "
            "operation, drilled harder than the Lee team's, the campaigns agree.")
    speaker = _speaker(text, "bigger field operation")
    assert speaker is None or "Roe" not in speaker.name


def test_the_campaigns_said_are_not_the_one_that_raised_more():
    text = ("Jane Roe leads Tom Lee in Zorbia. The Roe campaign raised $2 million in March, "
            "more than the Lee team, the campaigns said.")
    speaker = _speaker(text, "raised $2 million")
    assert speaker is None or "Roe" not in speaker.name


def test_near_miss_the_campaign_of_the_subject_stays():
    text = "Jane Roe leads Tom Lee in Zorbia. The Roe campaign raised $2 million in March, the campaign said."
    assert _speaker(text, "raised $2 million").name == "Jane Roe campaign"


def test_near_miss_her_campaign_stays():
    text = "Jane Roe raised $2 million in March. Her campaign said it would spend it on ads."
    assert _speaker(text, "spend it on ads").name == "Jane Roe campaign"


def test_near_miss_an_administration_named_after_its_person_stays():
    text = "Jane Roe spoke on Monday. The Roe administration said the debate would go ahead."
    assert _speaker(text, "the debate would go ahead").name == "Jane Roe administration"


def test_a_state_written_short_is_still_the_state():
    # review near miss: an abbreviated US state is a state
    text = "Floods hit Mich. on Monday. The state said it would send help to the worst-hit towns."
    assert speaker_of(text, "would send help") == "Mich."


def test_one_owners_offices_are_still_hers():
    # review near miss: a single possessive owner holds the plural offices
    text = "Jane Roe spoke in Zorbia on Monday. Roe's offices said she would return on Friday."
    assert speaker_of(text, "would return on Friday") == "Jane Roe's offices"
