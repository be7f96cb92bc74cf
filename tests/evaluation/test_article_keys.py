"""Corpus articles named by a key that holds none of their words (gold.article_key)."""
from onrecord.evaluation import article_key, keyed_articles


def test_a_key_names_an_article_without_its_words(tmp_path):
    article_id = "daily-zorb_2016-01-02_mayor-says-bridge-will-close"
    (tmp_path / f"{article_id}.txt").write_text("The mayor said the bridge will close.", encoding="utf-8")
    (tmp_path / "other_2016-01-03_a-second-story.txt").write_text("Another story.", encoding="utf-8")
    key = article_key(article_id)
    assert not any(word in key for word in ("mayor", "bridge", "zorb"))
    assert keyed_articles(tmp_path)[key] == article_id
    assert len(keyed_articles(tmp_path)) == 2
