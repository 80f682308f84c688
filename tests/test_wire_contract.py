"""Client and server are held to kiosk.wire: every endpoint the client knows is served as declared.

Read from the server's own OpenAPI document (what it publishes), not from framework internals.
"""

from typing import Any

import pytest

from backend.app import create_app
from backend.settings import BackendSettings, sqlite_url
from kiosk import wire


@pytest.fixture(scope="module")
def openapi(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    app = create_app(BackendSettings(database_url=sqlite_url(tmp_path_factory.mktemp("contract") / "db.sqlite")))
    return app.openapi()


def _ref(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if ref else None


@pytest.mark.parametrize("endpoint", wire.ENDPOINTS, ids=lambda e: f"{e.method} {e.path}")
def test_endpoint_is_served_as_declared(endpoint: wire.Endpoint, openapi: dict[str, Any]) -> None:
    operation = openapi["paths"].get(endpoint.path, {}).get(endpoint.method.lower())
    assert operation is not None, "the client calls an endpoint the server does not serve"
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    assert _ref(body) == (endpoint.request.__name__ if endpoint.request else None)
    success = operation["responses"].get(str(endpoint.success_status))
    assert success is not None, f"the server does not answer {endpoint.success_status}"
    if endpoint.response is not None:
        assert _ref(success["content"]["application/json"]["schema"]) == endpoint.response.__name__


@pytest.mark.parametrize("endpoint", wire.ENDPOINTS, ids=lambda e: f"{e.method} {e.path}")
def test_every_refusal_the_client_may_meet_is_published(endpoint: wire.Endpoint, openapi: dict[str, Any]) -> None:
    """The statuses the server documents are exactly the success and the endpoint's declared refusals.

    The fuzzing test (tests/backend/test_openapi_fuzz.py) holds the running server to this document.
    """
    operation = openapi["paths"][endpoint.path][endpoint.method.lower()]
    responses = operation["responses"]
    refusals = {wire.ERROR_STATUS[code] for code in endpoint.refusals}
    assert {int(status) for status in responses} == {endpoint.success_status, *refusals}
    for status in refusals:
        assert _ref(responses[str(status)]["content"]["application/json"]["schema"]) == "ErrorBody"
    assert bool(operation.get("security")) == endpoint.authenticated, "the device token is declared where it is needed"


@pytest.mark.parametrize("endpoint", wire.ENDPOINTS, ids=lambda e: f"{e.method} {e.path}")
def test_staff_actions_and_only_they_require_the_salesperson(endpoint: wire.Endpoint, openapi: dict[str, Any]) -> None:
    """The client sends the salesperson header exactly where ``Endpoint.salesperson`` says; the server must agree."""
    operation = openapi["paths"][endpoint.path][endpoint.method.lower()]
    headers = {p["name"]: p for p in operation.get("parameters", []) if p["in"] == "header"}
    if endpoint.salesperson:
        assert headers.get(wire.SALESPERSON_HEADER, {}).get("required") is True
    else:
        assert wire.SALESPERSON_HEADER not in headers


def test_server_serves_no_kiosk_endpoint_the_wire_module_does_not_declare(openapi: dict[str, Any]) -> None:
    declared = {(e.method.lower(), e.path) for e in wire.ENDPOINTS}
    served = {
        (method, path)
        for path, operations in openapi["paths"].items()
        if path.startswith(wire.API_PREFIX)
        for method in operations
    }
    assert served == declared


def test_wire_models_mean_the_same_on_both_sides(openapi: dict[str, Any]) -> None:
    """The schema the server publishes for each model is the schema the client validates with."""
    schemas = openapi["components"]["schemas"]
    for endpoint in wire.ENDPOINTS:
        for model in (endpoint.request, endpoint.response):
            if model is not None:
                published = schemas[model.__name__]
                assert set(published["properties"]) == set(model.model_json_schema()["properties"])
