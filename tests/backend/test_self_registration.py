"""Walk-in visitors start their own ID at the kiosk, over real HTTP against the backend process.

The kiosk's screen is public, so its answers must not tell who already has an ID: an address
with one gets the same answer as a new one, and only the mail to its owner says otherwise.
"""

import json
import re
import statistics
import time
import uuid
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from backend.devmail import MailSink
from backend.models import LinkToken
from backend.security import hash_password
from kiosk import wire
from kiosk.api_client import ApiClient, Refused, create_key
from kiosk.wire import ErrorCode, InvitationStatus, InvitationView, SelfRegistration
from tests.backend.dealers import database, new_dealer, new_kiosk
from tests.conftest import Db
from tests.factories import code_from_mail, invitation_create
from tests.servers import BackendProcess, start_backend

PASSWORD = "Fjord#Granit42"


def _visitor(email: str | None = None, **changes: object) -> SelfRegistration:
    data: dict[str, object] = {
        "id": uuid.uuid4(),
        "first_name": "Daan",
        "last_name": "Visser",
        "email": email or _address("walk-in"),
        "language": "en",
        "consents": {"privacy_notice_acknowledged": True},
    }
    return SelfRegistration.model_validate({**data, **changes})


def _address(name: str) -> str:
    return f"{name}.{uuid.uuid4().hex[:10]}@example.nl"


@pytest.fixture
def kiosk_token(backend: BackendProcess) -> str:
    """A kiosk of the demo dealer (which allows self-registration) of this test's own: its own rate-limit count."""
    return new_kiosk(backend)


@pytest.fixture
def kiosk(backend: BackendProcess, kiosk_token: str) -> Iterator[ApiClient]:
    with ApiClient(backend.url, kiosk_token) as api:
        yield api


def _text(mail: EmailMessage) -> str:
    return mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def _has_id(client: ApiClient, sink: MailSink, seller: int, email: str, first_name: str = "Karin") -> None:
    """Give ``email`` an ID the usual way: a salesperson's invitation, its code, a password."""
    invitation = client.create_invitation(invitation_create(email=email, first_name=first_name), salesperson_id=seller)
    client.verify_code(invitation.id, code_from_mail(sink, email))
    assert client.complete_on_kiosk(invitation.id, PASSWORD, True).status is InvitationStatus.COMPLETED


def _uuid_param(db: Db, value: uuid.UUID) -> object:
    return value if db.dialect == "postgresql" else value.hex


def _once_sent(kiosk: ApiClient, invitation_id: uuid.UUID) -> InvitationView:
    """The invitation once the mail sender recorded its mail as sent (just after the sink got it)."""
    deadline = time.monotonic() + 10
    while (view := kiosk.get_invitation(invitation_id)).sent_at is None and time.monotonic() < deadline:
        time.sleep(0.05)
    return view


def test_a_walk_in_finishes_at_the_kiosk_with_the_dealers_country(
    backend: BackendProcess, db: Db, mail_sink: MailSink
) -> None:
    dealer = new_dealer(backend, self_registration=True, country="NL")
    with ApiClient(backend.url, dealer.device_token) as kiosk:
        started = kiosk.self_register(_visitor(language="nl"))
        assert (started.status, started.language) == (InvitationStatus.SENT, "nl")
        mail = mail_sink.wait_for_mail_to(started.email, timeout=10)[0]
        assert mail["Subject"] == "Maak uw Porsche ID aan"  # the very invitation a salesperson's would be
        verified = kiosk.verify_code(started.id, code_from_mail(mail_sink, started.email))
        assert verified.email_verified_at is not None
        done = kiosk.complete_on_kiosk(started.id, PASSWORD, accept_terms=True)
    assert done.status is InvitationStatus.COMPLETED
    assert db.one("SELECT country FROM accounts WHERE email = :e", e=started.email) == ("NL",)
    invitation_id = _uuid_param(db, started.id)
    row = db.one("SELECT salesperson_id, walk_in, kiosk_id FROM invitations WHERE id = :id", id=invitation_id)
    assert row is not None and row[0] is None and bool(row[1]) is True
    audit = db.one(
        "SELECT kiosk_id, salesperson_id, detail FROM audit_events WHERE invitation_id = :id AND action = :a",
        id=invitation_id,
        a="invitation_created",
    )
    assert audit is not None
    assert (audit[0], audit[1]) == (row[2], None), "the audit log names the kiosk, and no salesperson"
    detail = audit[2] if isinstance(audit[2], dict) else json.loads(audit[2])  # JSON: text on SQLite
    assert detail == {"walk_in": True}


def test_where_the_dealer_does_not_allow_it_nothing_is_started(backend: BackendProcess, db: Db) -> None:
    dealer = new_dealer(backend, self_registration=False, country="DE", languages="de,en")
    visitor = _visitor()
    with ApiClient(backend.url, dealer.device_token) as kiosk, pytest.raises(Refused) as refused:
        kiosk.self_register(visitor)
    assert (refused.value.status, refused.value.code) == (403, ErrorCode.SELF_REGISTRATION_UNAVAILABLE)
    assert db.count("invitations", "email = :e", e=visitor.email) == 0


def test_a_kiosk_without_its_device_token_starts_nothing(backend: BackendProcess, db: Db) -> None:
    visitor = _visitor().model_dump(mode="json")
    answer = httpx.post(f"{backend.url}{wire.SELF_REGISTER.path}", json=visitor)
    assert (answer.status_code, answer.json()["error"]) == (401, "unauthorized")
    assert db.count("invitations", "email = :e", e=visitor["email"]) == 0


def test_the_privacy_notice_must_have_been_given(backend: BackendProcess, kiosk_token: str, db: Db) -> None:
    visitor = _visitor(consents={"privacy_notice_acknowledged": False, "marketing": ["email"]})
    answer = httpx.post(
        f"{backend.url}{wire.SELF_REGISTER.path}",
        json=visitor.model_dump(mode="json"),
        headers={"Authorization": f"Bearer {kiosk_token}"},
    )
    assert answer.status_code == 422
    assert answer.json()["error"] == "validation_failed"
    assert answer.json()["fields"] == {"consents.privacy_notice_acknowledged": "required"}, "as create answers it"
    assert db.count("invitations", "email = :e", e=visitor.email) == 0


def test_a_retried_self_registration_is_the_same_one(
    backend: BackendProcess, kiosk: ApiClient, kiosk_token: str, db: Db, mail_sink: MailSink
) -> None:
    visitor = _visitor()
    assert kiosk.self_register(visitor) == kiosk.self_register(visitor)
    assert db.count("invitations", "email = :e", e=visitor.email) == 1
    assert db.count("idempotency_keys", "key = :k", k=create_key(visitor.id)) == 1, "the client sends its key"
    time.sleep(0.3)
    assert len(mail_sink.wait_for_mail_to(visitor.email, timeout=5)) == 1

    # With a key of its own: the original answer, byte for byte.
    raw = _visitor().model_dump(mode="json")
    headers = {"Authorization": f"Bearer {kiosk_token}", wire.IDEMPOTENCY_HEADER: f"k-{uuid.uuid4()}"}
    first = httpx.post(f"{backend.url}{wire.SELF_REGISTER.path}", json=raw, headers=headers)
    again = httpx.post(f"{backend.url}{wire.SELF_REGISTER.path}", json=raw, headers=headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert first.content == again.content


def test_the_same_id_or_key_for_other_details_is_refused(
    backend: BackendProcess, kiosk: ApiClient, kiosk_token: str, client: ApiClient, seller: int
) -> None:
    visitor = _visitor()
    kiosk.self_register(visitor)
    changed = visitor.model_copy(update={"first_name": "Sem"})
    with pytest.raises(Refused) as same_key:
        kiosk.self_register(changed)  # the client's key for this id, with another body
    assert same_key.value.code is ErrorCode.IDEMPOTENCY_KEY_REUSED

    def post(body: dict[str, Any]) -> httpx.Response:
        auth = {"Authorization": f"Bearer {kiosk_token}"}
        return httpx.post(f"{backend.url}{wire.SELF_REGISTER.path}", json=body, headers=auth)

    other_key = post(changed.model_dump(mode="json"))
    assert (other_key.status_code, other_key.json()["error"]) == (409, "id_conflict")
    # A salesperson's invitation's id is not a walk-in's, even with the very same details.
    invited = client.create_invitation(invitation_create(), salesperson_id=seller)
    same_details = {
        "id": str(invited.id),
        "first_name": invited.first_name,
        "last_name": invited.last_name,
        "email": invited.email,
        "language": invited.language.value,
        "consents": {"privacy_notice_acknowledged": True},
    }
    taken = post(same_details)
    assert (taken.status_code, taken.json()["error"]) == (409, "id_conflict")


def test_an_address_that_has_an_id_gets_the_answer_a_new_one_gets(
    backend: BackendProcess,
    kiosk_token: str,
    kiosk: ApiClient,
    client: ApiClient,
    db: Db,
    mail_sink: MailSink,
    seller: int,
) -> None:
    owner = _address("owner")
    _has_id(client, mail_sink, seller, owner, first_name="Karin")
    newcomer = _address("newcomer")
    auth = {"Authorization": f"Bearer {kiosk_token}"}
    answers = {
        email: httpx.post(
            f"{backend.url}{wire.SELF_REGISTER.path}",
            # A stranger may type anybody's address and any name: here "Mallory".
            json=_visitor(email, first_name="Mallory", language="de").model_dump(mode="json"),
            headers=auth,
        )
        for email in (owner, newcomer)
    }

    def comparable(body: dict[str, Any]) -> dict[str, Any]:
        """All but what differs between any two requests: the id, the address, the times (whether set)."""
        return {
            key: (value is not None) if key.endswith("_at") else value
            for key, value in body.items()
            if key not in ("id", "email")
        }

    assert answers[owner].status_code == answers[newcomer].status_code == 201
    assert answers[owner].headers.keys() == answers[newcomer].headers.keys()
    assert comparable(answers[owner].json()) == comparable(answers[newcomer].json())
    assert answers[owner].json()["status"] == "sent"
    ids = {email: uuid.UUID(answer.json()["id"]) for email, answer in answers.items()}

    # Later too: once the mails are out, the kiosk still sees two alike invitations.
    notice = mail_sink.wait_for_mail_to(owner, timeout=10, count=2)[-1]
    invitation = mail_sink.wait_for_mail_to(newcomer, timeout=10)[0]
    views = {email: _once_sent(kiosk, ids[email]) for email in ids}
    assert comparable(views[owner].model_dump(mode="json")) == comparable(views[newcomer].model_dump(mode="json"))
    assert views[owner].status is InvitationStatus.SENT
    # Both mails cost a code's hashing: each invitation has an e-mailed code, the owner's shown to nobody.
    for email in ids:
        code_hash = db.one(
            "SELECT code_hash FROM link_tokens WHERE invitation_id = :id AND kind = 'email'",
            id=_uuid_param(db, ids[email]),
        )
        assert code_hash is not None and code_hash[0].startswith("$argon2id$")

    # The owner's mail says they have an ID, greets them by the name on it, and shows how to sign in.
    assert notice["Subject"] == "Sie haben bereits eine Porsche ID"
    assert notice["Content-Language"] == "de"
    text = _text(notice)
    assert "Guten Tag Karin," in text and "Mallory" not in text
    assert f"Ihr Benutzername ist {owner}" in text
    assert "Haben Sie es vergessen, können Sie hier ein neues festlegen" in text
    forgot = f"{backend.url}/account/forgot-password?lang=de"
    assert forgot in text and forgot.replace("&", "&amp;") in notice.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert httpx.get(forgot).status_code == 200
    assert re.search(r"^\s+\d{3} \d{3}\s*$", text, re.M) is None, "no code"
    assert "/r/" not in text, "no registration link"
    # The newcomer's is the invitation, with its code.
    assert invitation["Subject"] == "Legen Sie Ihre Porsche ID an"
    assert code_from_mail(mail_sink, newcomer).isdigit()
    assert db.count("accounts", "email = :e", e=owner) == 1


def test_no_code_ever_verifies_an_invitation_that_conceals_an_id(
    backend: BackendProcess, kiosk: ApiClient, client: ApiClient, db: Db, mail_sink: MailSink, seller: int
) -> None:
    owner = _address("owner")
    _has_id(client, mail_sink, seller, owner)
    concealing = kiosk.self_register(_visitor(owner))
    newcomer = kiosk.self_register(_visitor())
    mail_sink.wait_for_mail_to(owner, timeout=10, count=2)
    right = code_from_mail(mail_sink, newcomer.email)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    _once_sent(kiosk, concealing.id)

    answers = []
    for invitation_id in (concealing.id, newcomer.id):
        with pytest.raises(Refused) as refused:
            kiosk.verify_code(invitation_id, wrong)
        answers.append((refused.value.status, refused.value.body))
    assert answers[0] == answers[1], "a wrong code, like any"
    assert answers[0][1].error is ErrorCode.CODE_WRONG and answers[0][1].attempts_left == 4

    # Not even the code on record: give it one that is known, and type exactly that.
    with database(backend) as session:
        session.execute(
            update(LinkToken)
            .where(LinkToken.invitation_id == concealing.id, LinkToken.revoked_at.is_(None))
            .values(code_hash=hash_password("123456"))
        )
        session.commit()
    with pytest.raises(Refused) as refused:
        kiosk.verify_code(concealing.id, "123456")
    assert (refused.value.code, refused.value.body.attempts_left) == (ErrorCode.CODE_WRONG, 3)
    with pytest.raises(Refused) as refused:
        kiosk.complete_on_kiosk(concealing.id, PASSWORD, accept_terms=True)
    assert refused.value.code is ErrorCode.EMAIL_NOT_VERIFIED
    assert kiosk.get_invitation(concealing.id).status is InvitationStatus.SENT
    assert kiosk.verify_code(newcomer.id, right).email_verified_at is not None
    assert db.count("accounts", "email = :e", e=owner) == 1


def test_answering_takes_as_long_for_an_address_that_has_an_id(
    kiosk: ApiClient, client: ApiClient, mail_sink: MailSink, seller: int
) -> None:
    """Coarse on purpose (machines are busy): it catches a branch that does work the other does not."""
    owner = _address("owner")
    _has_id(client, mail_sink, seller, owner)
    times: dict[str, list[float]] = {"owner": [], "newcomer": []}
    for _ in range(4):  # an address may be used 5 times an hour
        for who, email in (("owner", owner), ("newcomer", _address("newcomer"))):
            started = time.perf_counter()
            kiosk.self_register(_visitor(email))
            times[who].append(time.perf_counter() - started)
    owner_time, newcomer_time = statistics.median(times["owner"]), statistics.median(times["newcomer"])
    assert owner_time < 2 * newcomer_time + 0.02 and newcomer_time < 2 * owner_time + 0.02, times


def test_an_address_may_be_used_five_times_an_hour_from_any_kiosk(backend: BackendProcess, kiosk: ApiClient) -> None:
    email = _address("popular")
    for _ in range(5):
        kiosk.self_register(_visitor(email))
    with ApiClient(backend.url, new_kiosk(backend)) as other_kiosk, pytest.raises(Refused) as refused:
        other_kiosk.self_register(_visitor(email))
    assert (refused.value.status, refused.value.code) == (429, ErrorCode.RATE_LIMITED)
    assert 3000 < (refused.value.body.retry_after_seconds or 0) <= 3600


def test_a_kiosk_may_start_thirty_self_registrations_an_hour(tmp_path: Path, mail_sink: MailSink) -> None:
    """Thirty mails: a backend of its own, so the other tests' mail is not held up behind them."""
    (tmp_path / "backend").mkdir()
    server = start_backend(tmp_path / "backend", mail_sink.port)
    try:
        with ApiClient(server.url, server.device_token()) as kiosk:
            started = [_visitor() for _ in range(30)]
            for visitor in started:
                kiosk.self_register(visitor)
            with pytest.raises(Refused) as refused:
                kiosk.self_register(_visitor())
            assert (refused.value.status, refused.value.code) == (429, ErrorCode.RATE_LIMITED)
            wait = refused.value.body.retry_after_seconds or 0
            assert 3000 < wait <= 3600 and refused.value.retry_after == wait, "in the body and in Retry-After"
            # A retry of one already started is answered: it starts nothing new.
            assert kiosk.self_register(started[0]).id == started[0].id
        with ApiClient(server.url, new_kiosk(server)) as other_kiosk:
            assert other_kiosk.self_register(_visitor()).status is InvitationStatus.SENT, "limited per kiosk"
        assert len(mail_sink.wait_for_mail_to(started[-1].email, timeout=20)) == 1
    finally:
        server.stop()


def test_a_walk_ins_address_corrected_to_one_with_an_id_still_looks_like_any(
    kiosk: ApiClient, client: ApiClient, mail_sink: MailSink, seller: int
) -> None:
    """The salesperson fixes a walk-in's typo: the kiosk's screen still learns nothing of the new address."""
    owner = _address("owner")
    _has_id(client, mail_sink, seller, owner)
    typo = kiosk.self_register(_visitor(owner.replace("example", "exmaple")))
    corrected = client.correct_email(typo.id, owner, salesperson_id=seller)
    assert (corrected.status, corrected.existing_account_at) == (InvitationStatus.SENT, None)
    notice = mail_sink.wait_for_mail_to(owner, timeout=10, count=2)[-1]
    assert notice["Subject"] == "You already have a Porsche ID"
    with pytest.raises(Refused) as refused:
        kiosk.verify_code(typo.id, "123456")
    assert refused.value.code is ErrorCode.CODE_WRONG


def test_a_walk_in_gets_a_new_code_at_the_kiosk_and_the_old_one_dies(
    backend: BackendProcess, kiosk: ApiClient, mail_sink: MailSink
) -> None:
    """No salesperson is there to ask for it: the kiosk asks for its own walk-in, three times an hour at most."""
    started = kiosk.self_register(_visitor())
    first = code_from_mail(mail_sink, started.email)
    again = kiosk.resend_walk_in(started.id)
    assert (again.id, again.status) == (started.id, InvitationStatus.SENT)
    second = code_from_mail(mail_sink, started.email, mails=2)
    if first != second:  # one in a million draws the same code twice
        with pytest.raises(Refused) as refused:
            kiosk.verify_code(started.id, first)
        assert refused.value.code is ErrorCode.CODE_WRONG, "the first code died with the new mail"
    assert kiosk.verify_code(started.id, second).email_verified_at is not None
    kiosk.resend_walk_in(started.id)
    kiosk.resend_walk_in(started.id)
    with pytest.raises(Refused) as refused:
        kiosk.resend_walk_in(started.id)
    assert (refused.value.status, refused.value.code) == (429, ErrorCode.RATE_LIMITED)
    assert refused.value.retry_after is not None and refused.value.retry_after > 3000
    assert len(mail_sink.wait_for_mail_to(started.email, timeout=10, count=4)) == 4


def test_only_the_kiosks_own_walk_ins_get_a_new_code_without_a_salesperson(
    backend: BackendProcess, kiosk: ApiClient, client: ApiClient, db: Db, seller: int
) -> None:
    """A salesperson's invitation, or another kiosk's walk-in, is answered as unknown: nothing is mailed."""
    invited = client.create_invitation(invitation_create(), salesperson_id=seller)
    with ApiClient(backend.url, new_kiosk(backend)) as other_kiosk:  # of the same dealer
        other_walk_in = other_kiosk.self_register(_visitor())
    for invitation_id in (invited.id, other_walk_in.id, uuid.uuid4()):
        with pytest.raises(Refused) as refused:
            kiosk.resend_walk_in(invitation_id)
        assert (refused.value.status, refused.value.code) == (404, ErrorCode.NOT_FOUND)
    for invitation_id in (invited.id, other_walk_in.id):
        resent = db.count(
            "audit_events", "action = 'invitation_resent' AND invitation_id = :id", id=_uuid_param(db, invitation_id)
        )
        assert resent == 0


def test_a_new_code_for_an_address_with_an_id_looks_like_any(
    kiosk: ApiClient, client: ApiClient, mail_sink: MailSink, seller: int
) -> None:
    owner = _address("owner")
    _has_id(client, mail_sink, seller, owner)
    concealing = kiosk.self_register(_visitor(owner))
    newcomer = kiosk.self_register(_visitor())
    assert (kiosk.resend_walk_in(concealing.id).status, kiosk.resend_walk_in(newcomer.id).status) == (
        InvitationStatus.SENT,
        InvitationStatus.SENT,
    )
    mails = mail_sink.wait_for_mail_to(owner, timeout=10, count=3)
    assert [mail["Subject"] for mail in mails[1:]] == ["You already have a Porsche ID"] * 2, "the owner's mail again"


def test_a_walk_in_corrects_their_address_at_the_kiosk(
    backend: BackendProcess, kiosk: ApiClient, client: ApiClient, db: Db, mail_sink: MailSink, seller: int
) -> None:
    """The old address's link and code die; the new one is mailed; nobody else's invitation can be redirected."""
    typo = _address("walk-in").replace("example", "exmaple")
    started = kiosk.self_register(_visitor(typo))
    old_code = code_from_mail(mail_sink, typo)
    right = _address("walk-in")
    corrected = kiosk.correct_walk_in_email(started.id, right)
    assert (corrected.id, corrected.email, corrected.status) == (started.id, right, InvitationStatus.SENT)
    with pytest.raises(Refused) as refused:
        kiosk.verify_code(started.id, old_code)
    assert refused.value.code in (ErrorCode.CODE_WRONG, ErrorCode.CODE_DEAD)
    assert kiosk.verify_code(started.id, code_from_mail(mail_sink, right)).email_verified_at is not None
    audit = db.one(
        "SELECT kiosk_id, salesperson_id FROM audit_events WHERE invitation_id = :id AND action = 'email_corrected'",
        id=_uuid_param(db, started.id),
    )
    assert audit is not None and audit[0] is not None and audit[1] is None, "the kiosk is named, no salesperson"

    invited = client.create_invitation(invitation_create(), salesperson_id=seller)
    with pytest.raises(Refused) as refused:
        kiosk.correct_walk_in_email(invited.id, _address("elsewhere"))
    assert (refused.value.status, refused.value.code) == (404, ErrorCode.NOT_FOUND)
    assert client.get_invitation(invited.id).email == invited.email


def test_a_corrected_address_counts_as_a_new_walk_in_for_the_limits(kiosk: ApiClient) -> None:
    target = _address("target")
    for _ in range(5):
        kiosk.self_register(_visitor(target))
    other = kiosk.self_register(_visitor())
    with pytest.raises(Refused) as refused:
        kiosk.correct_walk_in_email(other.id, target)
    assert refused.value.code is ErrorCode.RATE_LIMITED, "a sixth mail to one address in an hour"
    assert kiosk.get_invitation(other.id).email == other.email
