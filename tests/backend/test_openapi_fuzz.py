"""Every operation in ``/openapi.json``, fed 200+ generated requests each by schemathesis.

The server must never answer 5xx and every answer must match what the schema promises (status,
content type, headers, body). It runs against its own backend process on each database, so its
rate-limit counters and junk data stay out of the other tests. Each request comes from its own
client address (the backend trusts the loopback proxy's ``X-Forwarded-For``) so the per-client
limits, tested elsewhere, do not end the run early. Half the requests use real ids and tokens so
the generated bodies reach the code behind the "not found" answer.

The live-status stream is left out: it stays open by design, and a fuzzer reading it to the end
would wait forever (tests/backend/test_live_status.py covers it). So is schemathesis's
"positive data acceptance" heuristic: this API refuses well-formed requests for business reasons
(a wrong code is 422, a dead one 410, a reused idempotency key 422 as the issue asks), each
covered by its own test; schema conformance of those refusals is still checked here.
"""

import collections
import itertools
import random
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import positive_data_acceptance

from backend.app import create_app
from backend.devmail import MailSink
from backend.settings import BackendSettings
from kiosk import wire
from kiosk.api_client import ApiClient
from tests.backend.conftest import DATABASES, start_backend_on
from tests.factories import invitation_create
from tests.servers import BackendProcess

EXAMPLES_PER_OPERATION = 200


class Target:
    """A backend to fuzz, with real ids and tokens to splice into generated requests."""

    def __init__(self, backend: BackendProcess) -> None:
        self.backend = backend
        self.token = backend.device_token()
        self._addresses = itertools.count()
        #: Answers per operation, by status: how long the run was, and how deep it reached.
        self.statuses: collections.defaultdict[str, collections.Counter[int]] = collections.defaultdict(
            collections.Counter
        )
        self.salesperson_id = backend.salesperson_id()
        with ApiClient(backend.url, device_token=self.token) as client:
            self.invitation_ids = [
                client.create_invitation(invitation_create(), salesperson_id=self.salesperson_id).id for _ in range(5)
            ]
            self.link_tokens = [
                client.create_qr_link(invitation_id).url.rsplit("/", 1)[-1] for invitation_id in self.invitation_ids
            ]

    def client_address(self) -> str:
        number = next(self._addresses)
        return f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"


@pytest.fixture(scope="module", params=DATABASES)
def target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, mail_sink: MailSink
) -> Iterator[Target]:
    backend = start_backend_on(request, tmp_path_factory, mail_sink, "fuzz")
    yield Target(backend)
    backend.stop()


def _published_schema() -> dict[str, Any]:
    """The schema the backend publishes; its settings do not change it (a test below holds it to that)."""
    return create_app(BackendSettings(database_url="sqlite://")).openapi()


schema = schemathesis.openapi.from_dict(_published_schema()).exclude(path_regex=r"/events$")


def _meant_valid(case: schemathesis.Case, location: ParameterLocation) -> bool:
    """Whether schemathesis meant this part of the request to be valid. Only then is a real id,
    token or device token put in: put into a part meant to fail, it would turn the probe valid."""
    component = case.meta.components.get(location) if case.meta else None
    return component is None or component.mode is GenerationMode.POSITIVE


@schema.parametrize()
# Derandomised: the same requests on every run, so a red CI always means a change, never bad luck.
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_no_operation_fails_or_breaks_its_schema(case: schemathesis.Case, target: Target) -> None:
    chance = random.Random(repr(case.path_parameters))
    if case.path_parameters and _meant_valid(case, ParameterLocation.PATH) and chance.random() < 0.5:
        if "invitation_id" in case.path_parameters:
            case.path_parameters["invitation_id"] = str(chance.choice(target.invitation_ids))
        if "token" in case.path_parameters:
            case.path_parameters["token"] = chance.choice(target.link_tokens)
    headers = {"X-Forwarded-For": target.client_address()}
    if _meant_valid(case, ParameterLocation.HEADER):
        headers["Authorization"] = f"Bearer {target.token}"  # instead of the random one generated
        if wire.SALESPERSON_HEADER in (case.headers or {}) and chance.random() < 0.8:
            headers[wire.SALESPERSON_HEADER] = str(target.salesperson_id)  # else a stranger: 403
    response = case.call_and_validate(
        base_url=target.backend.url, headers=headers, excluded_checks=[positive_data_acceptance]
    )
    target.statuses[case.operation.label][response.status_code] += 1


def test_every_operation_got_its_examples(target: Target) -> None:
    """Runs after the fuzzing above (same module, same backend); hypothesis may stop short of its maximum."""
    if not target.statuses:
        pytest.skip("the fuzzing test was not run in this session")
    operations = {operation.ok().label for operation in schema.get_all_operations()}
    calls = {label: sum(target.statuses[label].values()) for label in operations}
    print(dict(sorted(calls.items())))
    print({label: dict(target.statuses[label]) for label in sorted(operations)})
    # The device token and salesperson work: every authenticated operation was answered past both checks.
    authenticated = [label for label in operations if "/api/v1/" in label and not label.endswith("/enrol")]
    assert len(authenticated) == len([endpoint for endpoint in wire.ENDPOINTS if endpoint.authenticated]) - 1
    assert [label for label in authenticated if set(target.statuses[label]) <= {401, 403}] == []
    assert {label: count for label, count in calls.items() if count < EXAMPLES_PER_OPERATION} == {}


def test_the_fuzzed_schema_is_the_one_served(target: Target) -> None:
    assert httpx.get(f"{target.backend.url}/openapi.json").json() == _published_schema()


def test_the_fuzzed_invitations_are_real(target: Target) -> None:
    """Guard against a silent no-op: the spliced ids exist, so requests reach past "not found"."""
    with ApiClient(target.backend.url, device_token=target.token) as client:
        assert all(client.get_invitation(invitation_id).id == invitation_id for invitation_id in target.invitation_ids)
