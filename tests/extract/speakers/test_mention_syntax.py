"""What a mention's own tokens say: where its phrase ends, its title, appositive and country,
whether a word is a speech verb, a subject or a description that refers back."""
from onrecord.extract.speakers import mention_syntax as ms

KHAMENEI = "Iran’s Supreme Leader Ali Khamenei said the missiles are precise."
REZAEI = "Mohsen Rezaei, the secretary of Iran’s Expedience Council, said on Monday that talks failed."


def token(doc, text, n=0):
    return [t for t in doc if t.text == text][n]


def test_token_at_a_character_offset(nlp):
    doc = nlp("Prime Minister Lee Wong spoke.")
    assert ms.token_at(doc, 0).text == "Prime"
    assert ms.token_at(doc, 8).text == "Minister"  # inside the word
    assert ms.token_at(doc, len(doc.text)) is None


def test_speech_words_in_their_simple_forms():
    assert ms.speech_word("says") and ms.speech_word("said") and ms.speech_word("tells")
    assert not ms.speech_word("table") and not ms.speech_word("tables")


def test_a_mention_phrase_stops_at_the_appositive(nlp):
    doc = nlp(REZAEI)
    rezaei = token(doc, "Rezaei")
    start, end = ms.mention_range(rezaei)
    assert doc[start:end].text == "Mohsen Rezaei"
    assert ms.appositive_roles(rezaei) == ["secretary of Iran’s Expedience Council"]
    assert ms.subject_token(rezaei) and not ms.refers_back(rezaei)


def test_title_and_country_before_a_name(nlp):
    doc = nlp(KHAMENEI)
    khamenei = token(doc, "Khamenei")
    start, end = ms.mention_range(khamenei)
    span = doc[start:end]
    assert span.text == "Iran’s Supreme Leader Ali Khamenei"
    assert ms.title_roles(span, khamenei) == ["Supreme Leader"]
    assert ms.affiliation_of(span, khamenei) == "Iran"
    assert ms.strip_determiner(nlp("the Iranian military,")[:]) == "Iranian military"


def test_descriptions_and_pronouns_refer_back(nlp):
    doc = nlp("The former governor said the race was close. He left.")
    governor, he = token(doc, "governor"), token(doc, "He")
    assert ms.refers_back(governor) and ms.refers_back(he)
    assert not ms.refers_back(token(doc, "race"))
    # sentence windows around a token
    assert ms.window_start(he, 0).text == "He" and ms.window_start(he, 1).i == 0
    assert ms.window_end(governor, 0).i == token(doc, ".").i and ms.window_end(governor, 1).i == len(doc) - 1


def test_people_and_bodies_can_speak_things_cannot(nlp):
    doc = nlp("Critics said the changes were rushed.")
    assert ms.actor_noun(token(doc, "Critics")) and not ms.actor_noun(token(doc, "changes"))


def test_relative_pronoun_stands_for_the_noun_before(nlp):
    doc = nlp("McConnell, who said the bill was dead, left early.")
    assert ms.relative_antecedent(token(doc, "who")).text == "McConnell"


def test_office_words_and_qualifiers_are_normalised(nlp):
    assert ms.office_word("Gov.") == "Gov" and ms.office_word("President") == "President"
    assert ms.qualifier("GOP") == "republican" and ms.qualifier("Democrat's") == "democratic"
    assert ms.span_qualifiers(nlp("the Republican vice president")[:]) == {"republican", "vice"}


def test_a_court_name_cut_short_by_the_tagger_is_carried_on(nlp):
    doc = nlp("The U.S. Court of Appeals for the Sixth Circuit ruled on Monday.")
    court = next(e for e in doc.ents if e.text.endswith("Court of Appeals"))
    assert ms.body_name(court) == "U.S. Court of Appeals for the Sixth Circuit"


def test_a_title_or_an_occupation_before_a_first_name_is_no_part_of_the_name(nlp):
    doc = nlp("Broadcaster Piers Morgan met Ayatollah Ali Sistani, Hardeep Singh Puri and L. Ron Hubbard.")
    assert ms.title_before_name(token(doc, "Broadcaster")) and ms.title_before_name(token(doc, "Ayatollah"))
    assert not ms.title_before_name(token(doc, "Hardeep")) and not ms.title_before_name(token(doc, "L."))


def test_a_title_joined_by_a_hyphen_is_one_title(nlp):
    doc = nlp("ZHO director-general Amara Quist said the name was chosen.")
    quist = token(doc, "Quist")
    span = doc[0:quist.i + 1]
    assert "director-general" in ms.title_roles(span, quist)[0]
    assert ms.joining_hyphen(token(doc, "-"))
    assert not ms.joining_hyphen(token(nlp("The vote - a close one - passed."), "-"))
