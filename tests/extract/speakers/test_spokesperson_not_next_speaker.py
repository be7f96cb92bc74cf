"""An indefinite spokesperson description is not the next one to speak
(``descriptions.description_holder``): "A Treasury spokesman said ... Treasury Secretary Jane
Dowling acknowledged" leaves the spokesman unnamed, while the lede's "A former chairman says ...
Tom Bracken said" keeps its guess, and a spokesperson the article names as one stays named.
Made-up sentences and names."""
from statement_lookup import speaker, speaker_of

# ---- a spokesman is not the office holder who speaks next ----

def test_a_treasury_spokesman_is_not_the_secretary_named_next():
    text = ("Two firms called off a merger after the Treasury issued new rules. A Treasury spokesman "
            "said the department never discusses single transactions. Speaking on Tuesday, Treasury "
            "Secretary Jane Dowling conceded the rules would not block every deal.")
    found = speaker(text, "never discusses")
    assert found.name != "Jane Dowling"
    assert found.rule == "unnamed"


def test_a_ministry_spokeswoman_is_not_the_minister_named_next():
    text = ("Zorbia raised the tax on fuel in March. A Finance Ministry spokeswoman said the tax "
            "would stay until the budget was balanced. Finance Minister Tom Bracken told "
            "lawmakers he would review it in the autumn.")
    assert speaker_of(text, "would stay until") != "Tom Bracken"


# ---- near misses: left as they were ----

def test_a_lede_chairman_is_still_the_next_to_speak():
    text = ("A former party chairman says the party will split. Tom Bracken, who led the party "
            "until 2010, said members were angry.")
    assert speaker_of(text, "will split") == "Tom Bracken"


def test_a_spokeswoman_named_in_apposition_stays_named():
    text = ("Zedco opened a plant in Marlow. Jane Dowling, a Zedco spokeswoman, said the plant "
            "would employ 300 people.")
    assert speaker_of(text, "would employ") == "Jane Dowling"


def test_the_next_speaker_keeps_her_own_words():
    text = ("Two firms called off a merger after the Treasury issued new rules. A Treasury spokesman "
            "said the department never discusses single transactions. Speaking on Tuesday, Treasury "
            "Secretary Jane Dowling conceded the rules would not block every deal.")
    assert speaker_of(text, "would not block") == "Jane Dowling"


def test_a_named_spokesman_after_the_name_is_the_spokesman():
    text = ("Zedco announced a merger with Marlow Foods. Zedco spokesman Tom Bracken said the deal "
            "would close in May. The spokesman said no jobs would go.")
    assert speaker_of(text, "no jobs would go") == "Tom Bracken"

