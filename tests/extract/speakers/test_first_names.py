"""The usual gender of a first name, for "he" and "she"."""
import pytest

from onrecord.extract.speakers.first_names import gender_of, name_opening_gender


@pytest.mark.parametrize("name, gender", [
    ("Ivanka", "f"), ("Donald", "m"),
    ("mary", "f"), ("MOHSEN", "m"),  # whatever the case
    ("Taylor", None), ("Kim", None),  # given to both
    ("Zzyzx", None), ("", None),  # unknown
])
def test_gender_of_a_first_name(name, gender):
    assert gender_of(name) == gender


@pytest.mark.parametrize("word, gender", [
    ("Dr", None), ("Dr.", None), ("Judge", None), ("Jr", None),  # titles registries list as men's names
    ("Mrs", "f"), ("Sir", "m"),  # gendered titles
    ("Naomi", "f"), ("Peter", "m"),  # first names
])
def test_the_gender_the_first_word_of_a_name_tells(word, gender):
    assert name_opening_gender(word) == gender
