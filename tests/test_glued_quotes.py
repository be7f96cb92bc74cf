"""Issue 13, i12-found2: a quotation mark glued to the words beside it (``nlp.split_glued_quotes``).
Invented sentences."""
import onrecord
from onrecord import nlp as nlp_mod


def test_glued_closing_mark_splits_the_name_off():
    words = [t.text for t in nlp_mod.load()("“They fear the plan,”Roe said.")]
    assert words[-5:] == [",", "”", "Roe", "said", "."]


def test_glued_opening_mark_splits():
    words = [t.text for t in nlp_mod.load()('He left."We were misled," she said.')]
    assert words[:5] == ["He", "left", ".", '"', "We"]


def test_glued_quote_is_the_speakers():
    rec = onrecord.extract("“They deal in fear and suspicion,”Jo Roe said. It rained.")
    assert any(st.speaker and st.speaker.mention and "Roe" in st.speaker.mention.text for st in rec.statements)


def test_decimals_and_abbreviations_unchanged():
    words = [t.text for t in nlp_mod.load()('It cost $3.5 million in the U.S. "Big" deal.')]
    assert "3.5" in words and "U.S." in words
