"""Staff actions at the kiosk carry the device token and the signed-in salesperson; both are checked."""

import re
import uuid
from collections.abc import Callable

import httpx
import pytest
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

from backend.devmail import MailSink
from kiosk import wire
from kiosk.api_client import ApiClient, Refused
from kiosk.wire import ErrorCode, InvitationView
from tests.conftest import Db
from tests.factories import code_from_mail, invitation_create
from tests.servers import BackendProcess


def _new_salesperson(backend: BackendProcess, name: str, pin: str, dealer: str = "demo-stockholm") -> int:
    printed = backend.operator("create-salesperson", "--dealer", dealer, "--name", name, pin=pin)
    found = re.search(r"salesperson (\d+) created", printed)
    assert found, printed
    return int(found.group(1))


def _other_dealer(backend: BackendProcess) -> str:
    dealer = f"pc-{uuid.uuid4().hex[:8]}"
    backend.operator("create-dealer", "--id", dealer, "--name", "Porsche Zentrum Berlin", "--country", "DE")
    return dealer


def _uuid_param(db: Db, value: uuid.UUID) -> object:
    return value if db.dialect == "postgresql" else value.hex


def test_a_kiosk_gets_its_dealers_salespeople_with_pin_hashes_it_can_check_offline(
    backend: BackendProcess, client: ApiClient
) -> None:
    anna = _new_salesperson(backend, f"Anna {uuid.uuid4().hex[:6]}", "4711")
    _new_salesperson(backend, "Jonas Keller", "8080", dealer=_other_dealer(backend))
    people = {person.id: person for person in client.list_salespeople().items}
    assert anna in people
    assert "Jonas Keller" not in {person.name for person in people.values()}, "another dealer's staff"
    hasher = PasswordHasher()
    assert people[anna].pin_hash.startswith("$argon2id$")
    assert hasher.verify(people[anna].pin_hash, "4711")
    with pytest.raises(VerifyMismatchError):
        hasher.verify(people[anna].pin_hash, "4712")
    assert "4711" not in repr(people[anna]), "the hash stays out of logs too"


def test_the_audit_log_names_the_salesperson_for_every_staff_action(
    backend: BackendProcess, client: ApiClient, db: Db, mail_sink: MailSink
) -> None:
    lena = _new_salesperson(backend, "Lena Holm", "1357")
    invitation = client.create_invitation(invitation_create(), salesperson_id=lena)
    client.resend(invitation.id, salesperson_id=lena)
    client.correct_email(invitation.id, f"fixed.{uuid.uuid4().hex[:6]}@example.se", salesperson_id=lena)
    client.cancel(invitation.id, salesperson_id=lena)
    rows = db.rows(
        "SELECT action, kiosk_id, salesperson_id FROM audit_events WHERE invitation_id = :id ORDER BY id",
        id=_uuid_param(db, invitation.id),
    )
    assert [row[0] for row in rows] == [
        "invitation_created",
        "invitation_resent",
        "email_corrected",
        "invitation_cancelled",
    ]
    assert {(row[1] is not None, row[2]) for row in rows} == {(True, lena)}
    assert db.one("SELECT salesperson_id FROM invitations WHERE id = :id", id=_uuid_param(db, invitation.id)) == (lena,)


StaffAction = Callable[[ApiClient, int, InvitationView], object]

STAFF_ACTIONS: dict[str, StaffAction] = {
    "create": lambda client, who, _open: client.create_invitation(invitation_create(), salesperson_id=who),
    "resend": lambda client, who, invitation: client.resend(invitation.id, salesperson_id=who),
    "correct e-mail": lambda client, who, invitation: client.correct_email(
        invitation.id, "someone.else@example.se", salesperson_id=who
    ),
    "cancel": lambda client, who, invitation: client.cancel(invitation.id, salesperson_id=who),
    "list": lambda client, who, _open: client.list_invitations(salesperson_id=who),
}


def _state(db: Db) -> tuple[object, ...]:
    return (
        db.rows("SELECT id, status, email FROM invitations ORDER BY id"),
        db.count("audit_events"),
        db.count("outbox_mails"),
    )


@pytest.mark.parametrize("action", STAFF_ACTIONS, ids=str)
def test_staff_actions_are_refused_for_anyone_but_an_active_salesperson_of_the_dealer(
    backend: BackendProcess, client: ApiClient, db: Db, seller: int, action: str
) -> None:
    invitation = client.create_invitation(invitation_create(), salesperson_id=seller)
    elsewhere = _new_salesperson(backend, "Jonas Keller", "8080", dealer=_other_dealer(backend))
    leaver = _new_salesperson(backend, "Former Colleague", "2222")
    backend.operator("deactivate-salesperson", "--id", str(leaver))
    before = _state(db)
    for who in (elsewhere, leaver, 2**31 - 1):
        with pytest.raises(Refused) as refused:
            STAFF_ACTIONS[action](client, who, invitation)
        assert (refused.value.status, refused.value.code) == (403, ErrorCode.SALESPERSON_UNKNOWN), who
    assert _state(db) == before, "a refused staff action changes nothing"


def test_a_staff_action_without_a_salesperson_is_refused(backend: BackendProcess, device_token: str, db: Db) -> None:
    before = db.count("invitations")
    body = invitation_create().model_dump(mode="json")
    response = httpx.post(
        f"{backend.url}{wire.CREATE_INVITATION.path}", json=body, headers={"Authorization": f"Bearer {device_token}"}
    )
    assert response.status_code == 422
    assert response.json()["fields"] == {f"header.{wire.SALESPERSON_HEADER}": "required"}
    assert db.count("invitations") == before
    with ApiClient(backend.url, device_token) as client, pytest.raises(TypeError):
        client._call(wire.LIST_INVITATIONS, wire.InvitationList)  # the client will not even send one


def test_a_deactivated_salesperson_leaves_the_sign_in_list(backend: BackendProcess, client: ApiClient) -> None:
    leaver = _new_salesperson(backend, "Moving On", "9753")
    assert leaver in {person.id for person in client.list_salespeople().items}
    assert "deactivated" in backend.operator("deactivate-salesperson", "--id", str(leaver))
    assert leaver not in {person.id for person in client.list_salespeople().items}


def test_the_customers_own_steps_at_the_kiosk_need_no_salesperson(
    client: ApiClient, mail_sink: MailSink, seller: int
) -> None:
    """The customer finishes alone at the kiosk (the salesperson may have signed out): device token only."""
    invitation = client.create_invitation(invitation_create(), salesperson_id=seller)
    client.create_qr_link(invitation.id)
    client.verify_code(invitation.id, code_from_mail(mail_sink, invitation.email))
    finished = client.complete_on_kiosk(invitation.id, "Fjord#Granit42", True)
    assert finished.status.value == "completed"
    assert client.get_invitation(invitation.id) == finished


def test_a_salesperson_of_the_dealer_cannot_act_through_a_kiosk_of_another(
    backend: BackendProcess, seller: int
) -> None:
    """The device decides the dealer: a salesperson id alone opens nothing at another dealer's kiosk."""
    dealer = _other_dealer(backend)
    with ApiClient(backend.url) as berlin:
        berlin.enrol(backend.enrolment_code(dealer))
        with pytest.raises(Refused) as refused:
            berlin.list_invitations(salesperson_id=seller)
    assert refused.value.code is ErrorCode.SALESPERSON_UNKNOWN
