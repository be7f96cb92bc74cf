"""The API's route class: a sync route's answer is checked against its response model and written
as JSON in the route's own worker thread.

FastAPI runs a sync route in its thread pool and then, in a second trip to the pool, validates
and encodes what it returned. Under load each trip waits its turn behind every queued request,
so an API answer queued twice and waited about half again as long as a page (bench/load_bench.py
by kind). Here the route returns a finished ``Response``, which FastAPI sends as it is; the
response model still describes the answer in the OpenAPI schema, and pydantic-core still checks it.
"""
from __future__ import annotations

import functools
import inspect
from typing import Any, Callable

from fastapi.datastructures import DefaultPlaceholder
from fastapi.routing import APIRoute
from pydantic import TypeAdapter
from starlette.responses import Response


class ValidatedInThread(APIRoute):
    """An ``APIRoute`` whose sync endpoint with a response model answers with checked JSON bytes."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **options: Any) -> None:
        model = options.get("response_model")
        if model is not None and not isinstance(model, DefaultPlaceholder) \
                and not inspect.iscoroutinefunction(endpoint):
            endpoint = answering_json(endpoint, TypeAdapter(model))
        super().__init__(path, endpoint, **options)


def answering_json(endpoint: Callable[..., Any], adapter: TypeAdapter) -> Callable[..., Any]:
    """``endpoint`` returning the JSON of its answer, validated by ``adapter``; a ``Response`` it
    returns itself passes untouched. ``functools.wraps`` keeps the signature FastAPI reads the
    parameters from."""
    @functools.wraps(endpoint)
    def answer(*args: Any, **kwargs: Any) -> Any:
        data = endpoint(*args, **kwargs)
        if isinstance(data, Response):
            return data
        return Response(adapter.dump_json(adapter.validate_python(data)), media_type="application/json")
    return answer
