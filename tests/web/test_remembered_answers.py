"""Whole answers kept until the store changes (``web/answers.py``), over a real SQLite store
whose version a write from another connection moves on."""
from __future__ import annotations

import pytest
from fastapi import FastAPI, Response
from fastapi.testclient import TestClient

from onrecord.store import Store
from onrecord.web.answers import RememberedAnswers
from onrecord.web.auth import TokenGate


def counting_app(store: Store, token: str | None = None, max_bytes: int = 1 << 20) -> tuple[FastAPI, list[str]]:
    """An app whose routes count how often they ran, behind the middleware as onrecord's is."""
    asked: list[str] = []
    app = FastAPI()

    @app.get("/page")
    def page(q: str = "") -> Response:
        asked.append(q)
        return Response(f"<p>{q} {len(asked)}</p>", media_type="text/html")

    @app.get("/cookie")
    def cookie() -> Response:
        asked.append("cookie")
        answer = Response("{}", media_type="application/json")
        answer.set_cookie("seen", "1")
        return answer

    @app.get("/missing")
    def missing() -> Response:
        asked.append("missing")
        return Response("no", status_code=404, media_type="text/html")

    app.add_middleware(RememberedAnswers, store_of=lambda: store, max_bytes=max_bytes)
    app.add_middleware(TokenGate, token=token)
    return app, asked


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_the_same_get_is_answered_once_until_the_store_changes(tmp_path, request, database):
    if database == "postgresql":
        schema = request.getfixturevalue("pg_schema")
        reader, writer = schema.open(), schema.open()
    else:
        reader, writer = Store.open(str(tmp_path / "record.db")), Store.open(str(tmp_path / "record.db"))
    with reader, writer:
        app, asked = counting_app(reader)
        client = TestClient(app)
        first = client.get("/page?q=a").text
        assert client.get("/page?q=a").text == first and asked == ["a"]
        assert client.get("/page?q=b").text != first and asked == ["a", "b"]  # another query string
        writer.add_watch("iran", {"search": "missile"})  # another connection writes
        assert client.get("/page?q=a").text != first and asked == ["a", "b", "a"]


def test_cookies_and_errors_are_never_kept(tmp_path):
    with Store.open(str(tmp_path / "record.db")) as store:
        app, asked = counting_app(store)
        client = TestClient(app)
        for _ in range(2):
            assert client.get("/cookie").cookies.get("seen") == "1"
            assert client.get("/missing").status_code == 404
        assert asked == ["cookie", "missing"] * 2


def test_a_kept_answer_is_only_given_to_a_request_let_in(tmp_path):
    token = "a-token-of-sixteen-chars"
    with Store.open(str(tmp_path / "record.db")) as store:
        app, asked = counting_app(store, token=token)
        client = TestClient(app)
        let_in = client.get("/page?q=a", headers={"Authorization": f"Bearer {token}"})
        assert let_in.status_code == 200
        turned_away = client.get("/page?q=a", follow_redirects=False)  # a page: sent to the login form
        assert turned_away.status_code != 200 and "<p>" not in turned_away.text
        assert asked == ["a"]


def test_the_oldest_answers_go_first_beyond_the_byte_budget(tmp_path):
    with Store.open(str(tmp_path / "record.db")) as store:
        app, asked = counting_app(store, max_bytes=25)
        client = TestClient(app)
        for q in ("a", "b", "c", "a"):  # each answer 10 bytes, two kept: "a" has gone by its second ask
            client.get(f"/page?q={q}")
        assert asked == ["a", "b", "c", "a"]
        client.get("/page?q=c")
        assert asked[-1] == "a"  # "c" was still kept
