"""The usual gender of a first name, for "he" and "she"."""
import pytest

from onrecord.extract.speakers.first_names import gender_of


@pytest.mark.parametrize("name, gender", [
    ("Ivanka", "f"), ("Donald", "m"),
    ("mary", "f"), ("MOHSEN", "m"),  # whatever the case
    ("Taylor", None), ("Kim", None),  # given to both
    ("Zzyzx", None), ("", None),  # unknown
])
def test_gender_of_a_first_name(name, gender):
    assert gender_of(name) == gender
