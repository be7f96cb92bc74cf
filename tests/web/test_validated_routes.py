"""The API's routes check their answers against the response model in the route's own thread
(``web/routes.py``): the same JSON FastAPI would send, the model still enforced and documented."""
from __future__ import annotations

import threading

import pytest
from fastapi import APIRouter, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, ValidationError

from onrecord.web.routes import ValidatedInThread


class Count(BaseModel):
    name: str
    n: int
    note: str | None = None


def app_answering(answer: dict, threads: list[str]) -> FastAPI:
    router = APIRouter(route_class=ValidatedInThread)

    @router.get("/count", response_model=Count)
    def count(extra: int = 0) -> dict:
        threads.append(threading.current_thread().name)
        return {**answer, "n": answer["n"] + extra}

    app = FastAPI()
    app.include_router(router)
    return app


def test_the_answer_is_the_models_json_with_extra_keys_dropped():
    threads: list[str] = []
    client = TestClient(app_answering({"name": "Rouhani", "n": 2, "secret": "x"}, threads))
    answer = client.get("/count", params={"extra": 1})
    assert answer.headers["content-type"] == "application/json"
    assert answer.json() == {"name": "Rouhani", "n": 3, "note": None}
    assert threads and threads[0] != threading.main_thread().name  # still off the event loop


def test_an_answer_that_breaks_the_model_is_refused():
    client = TestClient(app_answering({"name": None, "n": 1}, []))
    with pytest.raises(ValidationError):
        client.get("/count")


def test_the_schema_still_describes_the_answer():
    schema = TestClient(app_answering({"name": "a", "n": 1}, [])).get("/openapi.json").json()
    answer = schema["paths"]["/count"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer == {"$ref": "#/components/schemas/Count"}
