"""schemathesis over every operation of the API's OpenAPI schema, on the real store
(conftest.py's ``web_db``): generated valid and invalid parameters, a bounded number of each;
no 5xx, no status code the schema does not declare, bodies and content types as declared."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from onrecord.query import open_read_only
from onrecord.web import create_app

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 40  # per operation and mode: `make test` stays quick; more in a run of your own


@pytest.fixture(scope="module")
def api_schema(web_db):
    app = create_app(open_read_only(web_db, query_seconds=5))
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def test_the_schema_has_every_operation(api_schema):
    labels = {result.ok().label for result in api_schema.get_all_operations()}
    assert labels == {"GET /api/statements", "GET /api/search", "GET /api/speakers", "GET /api/speakers/{name}",
                      "GET /api/speakers/{name}/timeline", "GET /api/articles", "GET /api/articles/{article_id}",
                      "GET /api/stats", "GET /api/events", "GET /watch/{name}.atom"}


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_every_operation_answers_as_its_schema_declares(api_schema, mode):
    tried = set()
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck),
                  derandomize=True, database=None)
        def answers_as_declared(case):
            case.call_and_validate(checks=CHECKS)

        try:
            answers_as_declared()
        except Unsatisfiable:
            # nothing sent can break this operation's schema (no parameters, or only free text)
            assert mode == GenerationMode.NEGATIVE, operation.label
            continue
        tried.add(operation.label)
    if mode == GenerationMode.NEGATIVE:  # the operations with bounded numbers or lengths
        assert {"GET /api/statements", "GET /api/search", "GET /api/speakers", "GET /api/articles"} <= tried
