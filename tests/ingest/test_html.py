"""Web pages: the article's text and metadata out of a news site's page, pages in folders,
pages in other languages and pages without an article.

Pages are Wikinews articles wrapped in a made-up news site (tests/news_fixtures.py).
"""
from __future__ import annotations

import news_fixtures as nf
from onrecord.ingest import InputError
from onrecord.ingest.html import ForeignArticle, article_from_html
from source_helpers import located

BOILERPLATE = ("Most read", "cookies", "All rights reserved", "Subscribe", "Related stories", "Share this story")


def test_page_gives_main_text_and_metadata(news_articles, tmp_path):
    a = news_articles[0]
    page = tmp_path / "story.html"
    page.write_text(nf.page_html(a), encoding="utf-8")
    (article, origin), = located([page])[0]
    assert article.text == "\n\n".join(nf.paragraphs(a["text"]))  # the article, nothing around it
    assert not any(word in article.text for word in BOILERPLATE)
    assert (article.title, article.published, article.url) == (a["title"], a["published"], nf.page_url(a))
    assert (article.author, article.outlet, article.language) == ("Sam Adeyemi", nf.outlet_of(a), "en")
    assert article.id.startswith("thedailyledger.example-nancy-pelosi") and str(origin) == str(page)


def test_folder_of_pages_and_other_files_recurses(news_articles, tmp_path):
    for n, a in enumerate(news_articles):
        folder = tmp_path / "site" / f"section{n % 2}" / "deeper"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{n}.html").write_text(nf.page_html(a), encoding="utf-8")
    (tmp_path / "site" / "notes.txt").write_text("A short note said nothing much.", encoding="utf-8")
    (tmp_path / "site" / "logo.png").write_bytes(b"\x89PNG")
    found, errors = located([tmp_path / "site"])
    assert errors == []
    assert sorted(a.title for a, _ in found if a.title) == sorted(a["title"] for a in news_articles)
    assert len(found) == len(news_articles) + 1


def test_page_in_another_language_is_skipped_with_its_language(tmp_path):
    french = {"id": "fr-1", "title": "Le conseil municipal vote le budget", "published": "2024-03-02", "text": (
        "Le conseil municipal a adopté mardi soir le budget de l'année prochaine, après un long débat.\n\n"
        "« Nous avons fait des choix difficiles mais nécessaires », a déclaré la maire devant les élus.\n\n"
        "L'opposition a dénoncé une hausse des impôts locaux et a voté contre le projet dans son ensemble.\n\n"
        "Les travaux de la nouvelle médiathèque commenceront au printemps, selon le calendrier présenté.")}
    page = tmp_path / "budget.html"
    page.write_text(nf.page_html(french, lang="fr"), encoding="utf-8")
    found, errors = located([page])
    assert found == [] and len(errors) == 1
    assert isinstance(errors[0], ForeignArticle) and errors[0].language == "fr"
    assert str(errors[0]).startswith(f"{page}: not in English (detected language: fr)")


def test_a_page_without_an_article_is_one_clear_error(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    assert [str(e) for e in located([page])[1]] == [f"{page}: no article text found in the page"]
    assert isinstance(article_from_html(b"", "x.html"), InputError)
