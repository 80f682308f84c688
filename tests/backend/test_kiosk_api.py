"""The kiosk API over real HTTP against the backend process; the SQLite file shows what was stored."""

import json
import time
import uuid

import httpx
import pytest
from sqlalchemy import update

from backend.db import utcnow
from backend.devmail import MailSink
from backend.models import LinkToken
from backend.security import hash_token
from kiosk import wire
from kiosk.api_client import ApiClient, Refused, create_key
from kiosk.buyer import MarketingChannel
from kiosk.wire import EmailCorrection, ErrorCode, InvitationCreate, InvitationStatus, InvitationView
from tests.backend.dealers import database, new_dealer
from tests.conftest import Db
from tests.factories import code_from_mail, invitation_create
from tests.servers import BackendProcess


def _invitation(email: str | None = None, **changes: object) -> InvitationCreate:
    return invitation_create(**({"email": email} if email else {}), **changes)


def _verified(client: ApiClient, sink: MailSink, seller: int, **changes: object) -> InvitationView:
    """A new invitation whose customer has entered the e-mailed code at the kiosk."""
    invitation = client.create_invitation(_invitation(**changes), salesperson_id=seller)
    return client.verify_code(invitation.id, code_from_mail(sink, invitation.email))


def _staff(token: str, seller: int) -> dict[str, str]:
    """The headers of a staff action: the kiosk's device token and the signed-in salesperson."""
    return {"Authorization": f"Bearer {token}", wire.SALESPERSON_HEADER: str(seller)}


def _raw_create(backend: BackendProcess, token: str, body: dict[str, object], seller: int) -> httpx.Response:
    return httpx.post(f"{backend.url}/api/v1/invitations", json=body, headers=_staff(token, seller))


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [("email", "asa@@example", "email_invalid"), ("first_name", "", "required"), ("last_name", "   ", "required")],
)
def test_bad_input_is_refused_with_a_reason_and_creates_nothing(
    backend: BackendProcess, device_token: str, db: Db, seller: int, field: str, value: str, code: str
) -> None:
    body = {
        "id": str(uuid.uuid4()),
        "first_name": "Åsa",
        "last_name": "Öberg",
        "email": "a@example.se",
        "language": "sv",
    }
    body[field] = value
    response = _raw_create(backend, device_token, body, seller)
    assert response.status_code == 422
    assert (response.json()["error"], response.json()["fields"]) == ("validation_failed", {field: code})
    refused_id = _uuid_param(db, uuid.UUID(str(body["id"])))
    for table, column in (("invitations", "id"), ("outbox_mails", "invitation_id"), ("audit_events", "invitation_id")):
        assert db.count(table, f"{column} = :id", id=refused_id) == 0


def test_without_a_device_token_nothing_is_created(backend: BackendProcess, db: Db, seller: int) -> None:
    before = db.count("invitations")
    response = _raw_create(backend, "not-a-token", _invitation().model_dump(mode="json"), seller)
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"
    assert db.count("invitations") == before


def test_a_retried_create_returns_the_same_invitation_and_sends_one_mail(
    client: ApiClient, db: Db, mail_sink: MailSink, seller: int
) -> None:
    invitation = _invitation()
    first = client.create_invitation(invitation, salesperson_id=seller)
    again = client.create_invitation(invitation, salesperson_id=seller)
    assert first == again
    assert db.count("invitations", "email = :email", email=invitation.email) == 1
    assert len(mail_sink.wait_for_mail_to(invitation.email, timeout=5)) == 1


def test_the_same_id_with_other_details_is_refused(client: ApiClient, seller: int) -> None:
    invitation = _invitation()
    client.create_invitation(invitation, salesperson_id=seller)
    changed = invitation.model_copy(update={"first_name": "Eva"})
    with pytest.raises(Refused) as same_key:
        client.create_invitation(changed, salesperson_id=seller)  # the client's key for this id, with another body
    assert same_key.value.code is ErrorCode.IDEMPOTENCY_KEY_REUSED
    with pytest.raises(Refused) as same_id:
        client.create_invitation(changed, idempotency_key=f"other-{uuid.uuid4()}", salesperson_id=seller)
    assert same_id.value.code is ErrorCode.ID_CONFLICT


def test_the_invitation_mail_carries_a_working_link(
    client: ApiClient, mail_sink: MailSink, backend: BackendProcess, seller: int
) -> None:
    invitation = _invitation()
    client.create_invitation(invitation, salesperson_id=seller)
    messages = mail_sink.wait_for_mail_to(invitation.email, timeout=5)
    assert len(messages) == 1
    text = messages[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    link = next(word for word in text.split() if word.startswith(f"{backend.url}/r/"))
    page = httpx.get(link)
    assert page.status_code == 200
    assert "Åsa Öberg" in page.text


def test_a_new_qr_link_revokes_the_previous_one(client: ApiClient, seller: int) -> None:
    invitation = client.create_invitation(_invitation(), salesperson_id=seller)
    first = client.create_qr_link(invitation.id)
    second = client.create_qr_link(invitation.id)
    assert httpx.get(first.url).status_code == 410
    assert httpx.get(second.url).status_code == 200


def _emailed_link(sink: MailSink, address: str) -> str:
    text = sink.wait_for_mail_to(address, timeout=5)[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    return next(word for word in text.split() if "/r/" in word)


def test_a_revoked_qr_link_answers_like_an_expired_one_and_the_emailed_link_still_works(
    client: ApiClient, backend: BackendProcess, db: Db, mail_sink: MailSink, seller: int
) -> None:
    """The kiosk's idle wipe: the phone that photographed the code is turned away; the mail still works."""
    invitation = _verified(client, mail_sink, seller)
    emailed = _emailed_link(mail_sink, invitation.email)
    qr = client.create_qr_link(invitation.id).url
    assert httpx.get(qr).status_code == 200  # the phone opened it: the invitation is now "opened"
    expired = client.create_qr_link(client.create_invitation(_invitation(), salesperson_id=seller).id).url
    with database(backend) as session:  # a link that ran out of time the ordinary way, to compare with
        token_hash = hash_token(expired.rsplit("/", 1)[-1])
        session.execute(update(LinkToken).where(LinkToken.token_hash == token_hash).values(expires_at=utcnow()))
        session.commit()

    client.revoke_qr_links(invitation.id)

    revoked_page, expired_page = httpx.get(qr), httpx.get(expired)
    assert (revoked_page.status_code, revoked_page.text) == (expired_page.status_code, expired_page.text)
    assert revoked_page.status_code == 410 and "This link has expired" in revoked_page.text
    assert httpx.post(qr, data={"step": "code", "code": "123456"}).status_code == 410, "an open form is dead too"
    assert client.get_invitation(invitation.id).status is InvitationStatus.OPENED, "the status is left alone"
    assert httpx.get(emailed).status_code == 200
    finished = httpx.post(
        emailed, data={"password": "Fjord#Granit42", "password_repeat": "Fjord#Granit42", "accept_terms": "yes"}
    )
    assert finished.status_code == 200 and client.get_invitation(invitation.id).status is InvitationStatus.COMPLETED
    revoked = db.count(
        "audit_events", "action = 'qr_link_revoked' AND invitation_id = :id", id=_uuid_param(db, invitation.id)
    )
    assert revoked == 1


def test_revoking_qr_links_again_or_with_none_pending_is_no_error(
    client: ApiClient, backend: BackendProcess, db: Db, device_token: str, seller: int
) -> None:
    invitation = client.create_invitation(_invitation(), salesperson_id=seller)
    url = f"{backend.url}{wire.REVOKE_QR_LINKS.url(invitation_id=invitation.id)}"
    auth = {"Authorization": f"Bearer {device_token}"}
    nothing_pending = httpx.delete(url, headers=auth)
    assert (nothing_pending.status_code, nothing_pending.content) == (204, b"")
    client.create_qr_link(invitation.id)
    for _ in range(2):
        assert httpx.delete(url, headers=auth).status_code == 204
    revoked = db.count(
        "audit_events", "action = 'qr_link_revoked' AND invitation_id = :id", id=_uuid_param(db, invitation.id)
    )
    assert revoked == 1, "only the revocation that stopped a link is recorded"


def test_another_dealers_kiosk_cannot_revoke_a_qr_link_and_neither_can_a_stranger(
    client: ApiClient, backend: BackendProcess, seller: int
) -> None:
    invitation = client.create_invitation(_invitation(), salesperson_id=seller)
    qr = client.create_qr_link(invitation.id).url
    url = f"{backend.url}{wire.REVOKE_QR_LINKS.url(invitation_id=invitation.id)}"
    stranger = httpx.delete(url)
    assert (stranger.status_code, stranger.json()["error"]) == (401, "unauthorized")
    with ApiClient(backend.url, new_dealer(backend, self_registration=False).device_token) as other:
        with pytest.raises(Refused) as theirs:
            other.revoke_qr_links(invitation.id)
        with pytest.raises(Refused) as unknown:
            other.revoke_qr_links(uuid.uuid4())
    assert (theirs.value.status, theirs.value.body) == (unknown.value.status, unknown.value.body)
    assert theirs.value.code is ErrorCode.NOT_FOUND and theirs.value.status == 404
    assert httpx.get(qr).status_code == 200, "the refused requests revoked nothing"


def test_the_customer_finishing_at_the_kiosk_chooses_their_news_themselves(
    client: ApiClient, db: Db, mail_sink: MailSink, seller: int
) -> None:
    """What the salesperson noted is replaced by the customer's own choice, and the audit log keeps both."""
    email = f"nils.{uuid.uuid4().hex[:6]}@example.se"
    created = invitation_create(email=email, consents={"privacy_notice_acknowledged": True, "marketing": ["sms"]})
    client.create_invitation(created, salesperson_id=seller)
    assert client.get_invitation(created.id).marketing == {MarketingChannel.SMS}
    client.verify_code(created.id, code_from_mail(mail_sink, email))
    done = client.complete_on_kiosk(
        created.id, "Fjord#Granit42", True, marketing=frozenset({MarketingChannel.EMAIL, MarketingChannel.POST})
    )
    assert done.marketing == {MarketingChannel.EMAIL, MarketingChannel.POST}
    row = db.one("SELECT marketing_opt_in FROM accounts WHERE email = :e", e=email)
    assert row is not None and (json.loads(row[0]) if isinstance(row[0], str) else row[0]) == ["email", "post"]
    detail = db.one(
        "SELECT detail FROM audit_events WHERE action = 'invitation_completed' AND invitation_id = :id",
        id=created.id if db.dialect == "postgresql" else created.id.hex,
    )
    assert detail is not None
    recorded = detail[0] if isinstance(detail[0], dict) else json.loads(detail[0])
    assert (recorded["marketing_recorded"], recorded["marketing_chosen"]) == (["sms"], ["email", "post"])


def test_finishing_at_the_kiosk_stores_an_account_with_the_dealers_country(
    client: ApiClient, db: Db, mail_sink: MailSink, seller: int
) -> None:
    email = f"Karl.{uuid.uuid4().hex[:6]}@Example.se"
    invitation = _verified(client, mail_sink, seller, email=email)
    done = client.complete_on_kiosk(invitation.id, "Fjord#Granit42", accept_terms=True)
    assert done.status is InvitationStatus.COMPLETED
    row = db.one("SELECT country, password_hash, verified_at FROM accounts WHERE email = :email", email=email.lower())
    assert row is not None
    country, password_hash, verified_at = row
    assert country == "SE"  # the demo dealer is in Sweden; the customer never chose it
    assert verified_at is not None, "the code proved the address"
    assert password_hash.startswith("$argon2id$")
    assert "Fjord#Granit42" not in password_hash


@pytest.mark.parametrize(
    ("password", "rule"),
    [("Sec#123", "min_length"), ("secret#123", "uppercase"), ("Secret#abc", "digit"), ("Secret1234", "special")],
)
def test_the_server_enforces_each_password_rule(
    client: ApiClient, db: Db, mail_sink: MailSink, password: str, rule: str, seller: int
) -> None:
    invitation = _verified(client, mail_sink, seller)
    with pytest.raises(Refused) as refused:
        client.complete_on_kiosk(invitation.id, password, accept_terms=True)
    assert refused.value.code is ErrorCode.PASSWORD_POLICY
    assert [r.value for r in refused.value.body.failed_rules] == [rule]
    assert client.get_invitation(invitation.id).status is InvitationStatus.SENT
    assert db.count("accounts", "email = :email", email=invitation.email.lower()) == 0


def test_finishing_at_the_kiosk_needs_the_code_first(client: ApiClient, db: Db, seller: int) -> None:
    invitation = client.create_invitation(_invitation(), salesperson_id=seller)
    with pytest.raises(Refused) as refused:
        client.complete_on_kiosk(invitation.id, "Fjord#Granit42", True)
    assert refused.value.code is ErrorCode.EMAIL_NOT_VERIFIED
    assert db.count("accounts", "email = :email", email=invitation.email.lower()) == 0


def test_five_wrong_codes_kill_the_code_and_a_new_one_works(
    client: ApiClient, mail_sink: MailSink, seller: int
) -> None:
    invitation = client.create_invitation(_invitation(), salesperson_id=seller)
    right = code_from_mail(mail_sink, invitation.email)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    left = []
    for _ in range(4):
        with pytest.raises(Refused) as refused:
            client.verify_code(invitation.id, wrong)
        assert refused.value.code is ErrorCode.CODE_WRONG
        left.append(refused.value.body.attempts_left)
    assert left == [4, 3, 2, 1]
    for attempt in (wrong, right):  # the fifth wrong one kills it; then even the right one is refused
        with pytest.raises(Refused) as refused:
            client.verify_code(invitation.id, attempt)
        assert refused.value.code is ErrorCode.CODE_DEAD

    client.resend(invitation.id, salesperson_id=seller)
    fresh = code_from_mail(mail_sink, invitation.email, mails=2)
    with pytest.raises(Refused):
        client.verify_code(invitation.id, right)  # the old code went with the old mail
    assert client.verify_code(invitation.id, fresh).email_verified_at is not None


def test_the_code_may_be_typed_with_a_space(client: ApiClient, mail_sink: MailSink, seller: int) -> None:
    invitation = client.create_invitation(_invitation(), salesperson_id=seller)
    code = code_from_mail(mail_sink, invitation.email)
    assert client.verify_code(invitation.id, f"{code[:3]} {code[3:]}").email_verified_at is not None


def test_resending_is_limited_to_three_an_hour(client: ApiClient, mail_sink: MailSink, seller: int) -> None:
    invitation = client.create_invitation(_invitation(), salesperson_id=seller)
    for _ in range(3):
        client.resend(invitation.id, salesperson_id=seller)
    with pytest.raises(Refused) as refused:
        client.resend(invitation.id, salesperson_id=seller)
    assert refused.value.status == 429
    assert refused.value.code is ErrorCode.RATE_LIMITED
    assert 3000 < (refused.value.body.retry_after_seconds or 0) <= 3600
    assert len(mail_sink.wait_for_mail_to(invitation.email, timeout=10, count=4)) == 4


def test_terms_must_be_accepted(client: ApiClient, mail_sink: MailSink, seller: int) -> None:
    invitation = _verified(client, mail_sink, seller)
    with pytest.raises(Refused) as refused:
        client.complete_on_kiosk(invitation.id, "Fjord#Granit42", accept_terms=False)
    assert refused.value.code is ErrorCode.TERMS_NOT_ACCEPTED


def test_an_invitation_completes_once(client: ApiClient, mail_sink: MailSink, seller: int) -> None:
    invitation = _verified(client, mail_sink, seller)
    client.complete_on_kiosk(invitation.id, "Fjord#Granit42", accept_terms=True)
    with pytest.raises(Refused) as refused:
        client.complete_on_kiosk(invitation.id, "Other#4567", accept_terms=True)
    assert refused.value.code is ErrorCode.ALREADY_COMPLETED


def test_an_address_that_already_has_an_id_gets_no_second_account(
    client: ApiClient, db: Db, mail_sink: MailSink, seller: int
) -> None:
    email = f"twice.{uuid.uuid4().hex[:6]}@example.se"
    client.complete_on_kiosk(_verified(client, mail_sink, seller, email=email).id, "Fjord#Granit42", True)
    vehicle = {"model": "Taycan 4S", "commission_number": "wp 12345", "vin": "wp0zzz9yzns123456"}
    second = client.create_invitation(_invitation(email=email.upper(), vehicle=vehicle), salesperson_id=seller)

    assert second.status is InvitationStatus.EXISTING_ACCOUNT
    assert second.existing_account_at is not None
    assert db.count("accounts", "email = :email", email=email) == 1
    assert db.rows("SELECT model, commission_number, vin FROM account_vehicles")[-1] == (
        "Taycan 4S",
        "WP12345",
        "WP0ZZZ9YZNS123456",
    )
    mails = mail_sink.wait_for_mail_to(second.email, timeout=5)
    assert len(mails) == 1 and "already have one" in mails[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    with pytest.raises(Refused) as refused:
        client.complete_on_kiosk(second.id, "Fjord#Granit42", True)
    assert refused.value.code is ErrorCode.ALREADY_COMPLETED


def test_the_privacy_notice_must_have_been_given(client: ApiClient, db: Db, seller: int) -> None:
    before = db.count("invitations")
    with pytest.raises(Refused) as refused:
        client.create_invitation(_invitation(consents={"privacy_notice_acknowledged": False}), salesperson_id=seller)
    assert refused.value.body.fields == {"consents.privacy_notice_acknowledged": "required"}
    assert db.count("invitations") == before


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"phone": "070-123 45 67"}, "phone", "phone_invalid"),  # not normalised by a kiosk: refused, not guessed
        ({"phone": "+4612"}, "phone", "phone_invalid"),
        ({"vehicle": {"vin": "WP0ZZZ9YZNS12345O"}}, "vehicle.vin", "vin_invalid"),
        ({"vehicle": {"commission_number": "WP-123"}}, "vehicle.commission_number", "commission_number_invalid"),
    ],
)
def test_optional_details_are_checked_when_given(
    backend: BackendProcess, device_token: str, seller: int, changes: dict[str, object], field: str, code: str
) -> None:
    body = {**invitation_create().model_dump(mode="json"), **changes}
    response = _raw_create(backend, device_token, body, seller)
    assert response.status_code == 422
    assert response.json()["fields"] == {field: code}


def test_everything_captured_reaches_the_account(client: ApiClient, db: Db, mail_sink: MailSink, seller: int) -> None:
    invitation = _verified(
        client,
        mail_sink,
        seller,
        salutation="ms",
        phone="+46701234567",
        consents={"privacy_notice_acknowledged": True, "marketing": ["sms", "email"]},
        vehicle={"model": "911 Carrera"},
    )
    client.complete_on_kiosk(invitation.id, "Fjord#Granit42", True)
    row = db.one(
        "SELECT salutation, phone, marketing_opt_in, privacy_notice_acknowledged_at FROM accounts WHERE email = :e",
        e=invitation.email.lower(),
    )
    assert row is not None
    salutation, phone, marketing, privacy = row
    assert (salutation, phone) == ("ms", "+46701234567")
    assert "email" in str(marketing) and "sms" in str(marketing) and "post" not in str(marketing)
    assert privacy is not None


def test_a_retry_with_every_detail_is_recognised(client: ApiClient, seller: int) -> None:
    invitation = _invitation(
        phone="+46701234567",
        vehicle={"model": "Macan", "vin": "WP0ZZZ9YZNS123456"},
        consents={"privacy_notice_acknowledged": True, "marketing": ["post"]},
    )
    assert client.create_invitation(invitation, salesperson_id=seller) == client.create_invitation(
        invitation, salesperson_id=seller
    )


def test_the_audit_log_says_who_did_what(client: ApiClient, db: Db, mail_sink: MailSink, seller: int) -> None:
    invitation = _verified(client, mail_sink, seller)
    client.complete_on_kiosk(invitation.id, "Fjord#Granit42", True)
    actions = [
        action
        for (action,) in db.rows(
            "SELECT action FROM audit_events WHERE invitation_id = :id ORDER BY id", id=_uuid_param(db, invitation.id)
        )
    ]
    assert actions == ["invitation_created", "email_verified", "invitation_completed"]


def _uuid_param(db: Db, value: uuid.UUID) -> object:
    """How a UUID is stored: native on PostgreSQL, 32 hex digits on SQLite."""
    return value if db.dialect == "postgresql" else value.hex


def test_another_kiosks_token_cannot_read_an_invitation_of_an_unknown_id(client: ApiClient) -> None:
    with pytest.raises(Refused) as refused:
        client.get_invitation(uuid.uuid4())
    assert refused.value.status == 404


def test_an_enrolment_code_works_once(backend: BackendProcess) -> None:
    code = backend.enrolment_code()
    with ApiClient(backend.url) as first, ApiClient(backend.url) as second:
        first.enrol(code)
        with pytest.raises(Refused) as refused:
            second.enrol(code)
    assert refused.value.code is ErrorCode.INVALID_ENROLMENT_CODE


def test_the_invitation_mail_is_in_the_invitations_language_as_text_and_html(
    client: ApiClient, mail_sink: MailSink, seller: int
) -> None:
    invitation = client.create_invitation(_invitation(language="sv"), salesperson_id=seller)
    mail = mail_sink.wait_for_mail_to(invitation.email, timeout=5)[0]
    assert mail["Subject"] == "Skapa ditt Porsche ID"
    assert mail["Content-Language"] == "sv"
    text = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = mail.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "Öppna den här länken" in text and "Öppna den här länken" in html
    assert code_from_mail(mail_sink, invitation.email).isdigit()


def test_a_language_left_open_falls_back_to_the_showrooms_first_language(
    client: ApiClient, mail_sink: MailSink, seller: int
) -> None:
    invitation = client.create_invitation(_invitation(language=None), salesperson_id=seller)
    assert invitation.language == "sv"  # the demo showroom offers sv, en
    assert mail_sink.wait_for_mail_to(invitation.email, timeout=5)[0]["Content-Language"] == "sv"
    # A retry of the same request is still recognised as the same invitation.
    assert (
        client.create_invitation(
            _invitation(id=invitation.id, email=invitation.email, language=None), salesperson_id=seller
        )
        == invitation
    )


def test_enrolment_tells_the_kiosk_its_showrooms_languages(backend: BackendProcess) -> None:
    with ApiClient(backend.url) as client:
        dealer = client.enrol(backend.enrolment_code()).dealer
    assert (dealer.country, dealer.languages) == ("SE", ["sv", "en"])


def test_tokens_are_stored_only_as_hashes(client: ApiClient, db: Db, seller: int) -> None:
    invitation = client.create_invitation(_invitation(), salesperson_id=seller)
    link = client.create_qr_link(invitation.id)
    token = link.url.rsplit("/", 1)[-1]
    assert len(token) >= 43  # 256 bits, URL-safe base64
    assert token not in db.everything()


def test_link_tokens_never_reach_the_backend_log(client: ApiClient, backend: BackendProcess, seller: int) -> None:
    invitation = client.create_invitation(_invitation(), salesperson_id=seller)
    url = client.create_qr_link(invitation.id).url
    assert httpx.get(url).status_code == 200
    token = url.rsplit("/", 1)[-1]
    log = backend.log_path.read_text()
    assert "GET /r/…" in log, "the access log still records that a link was opened"
    assert token not in log


def test_a_retried_create_with_its_idempotency_key_gets_the_original_answer(
    backend: BackendProcess, device_token: str, db: Db, mail_sink: MailSink, seller: int
) -> None:
    body = invitation_create().model_dump(mode="json")
    headers = {**_staff(device_token, seller), "Idempotency-Key": f"k-{uuid.uuid4()}"}
    first = httpx.post(f"{backend.url}/api/v1/invitations", json=body, headers=headers)
    again = httpx.post(f"{backend.url}/api/v1/invitations", json=body, headers=headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert first.content == again.content
    assert db.count("invitations", "email = :email", email=body["email"]) == 1
    assert len(mail_sink.wait_for_mail_to(body["email"], timeout=5)) == 1


def test_an_idempotency_key_cannot_be_reused_for_another_request(
    backend: BackendProcess, device_token: str, db: Db, seller: int
) -> None:
    headers = {**_staff(device_token, seller), "Idempotency-Key": f"k-{uuid.uuid4()}"}
    first = invitation_create().model_dump(mode="json")
    other = invitation_create().model_dump(mode="json")
    assert httpx.post(f"{backend.url}/api/v1/invitations", json=first, headers=headers).status_code == 201
    refused = httpx.post(f"{backend.url}/api/v1/invitations", json=other, headers=headers)
    assert refused.status_code == 422
    assert refused.json()["error"] == "idempotency_key_reused"
    assert db.count("invitations", "email = :email", email=other["email"]) == 0


def test_the_client_sends_an_idempotency_key_on_every_create(client: ApiClient, db: Db, seller: int) -> None:
    invitation = client.create_invitation(_invitation(), salesperson_id=seller)
    assert db.count("idempotency_keys", "key = :key", key=create_key(invitation.id)) == 1


def test_correcting_the_email_kills_the_old_link_and_code_and_mails_the_new_address(
    client: ApiClient, db: Db, mail_sink: MailSink, backend: BackendProcess, seller: int
) -> None:
    invitation = client.create_invitation(
        _invitation(email=f"typo.{uuid.uuid4().hex[:6]}@exmaple.se"), salesperson_id=seller
    )
    old_code = code_from_mail(mail_sink, invitation.email)
    old_mail = mail_sink.wait_for_mail_to(invitation.email, timeout=5)[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    old_link = next(word for word in old_mail.split() if "/r/" in word)
    qr = client.create_qr_link(invitation.id).url

    fixed = invitation.email.replace("exmaple", "example")
    corrected = client.correct_email(invitation.id, fixed, salesperson_id=seller)
    assert corrected.email == fixed and corrected.status is InvitationStatus.SENT

    assert httpx.get(old_link).status_code == 410 and httpx.get(qr).status_code == 410
    with pytest.raises(Refused):
        client.verify_code(invitation.id, old_code)
    assert client.verify_code(invitation.id, code_from_mail(mail_sink, fixed)).email_verified_at is not None
    detail = db.one(
        "SELECT detail FROM audit_events WHERE action = 'email_corrected' AND invitation_id = :id",
        id=_uuid_param(db, invitation.id),
    )
    assert detail is not None and invitation.email in str(detail[0]) and fixed in str(detail[0])


def test_a_cancelled_invitation_cannot_be_used(client: ApiClient, mail_sink: MailSink, seller: int) -> None:
    invitation = client.create_invitation(_invitation(), salesperson_id=seller)
    qr = client.create_qr_link(invitation.id).url
    cancelled = client.cancel(invitation.id, salesperson_id=seller)
    assert cancelled.status is InvitationStatus.CANCELLED and cancelled.cancelled_at is not None
    page = httpx.get(qr)
    assert page.status_code == 410
    with pytest.raises(Refused) as refused:
        client.verify_code(invitation.id, code_from_mail(mail_sink, invitation.email))
    assert refused.value.code is ErrorCode.INVITATION_CLOSED


def test_the_dealer_lists_its_invitations_by_status_and_search(client: ApiClient, seller: int) -> None:
    marker = uuid.uuid4().hex[:8]
    a = client.create_invitation(
        _invitation(last_name="Lindqvist", email=f"a.{marker}@example.se"), salesperson_id=seller
    )
    b = client.create_invitation(_invitation(first_name="Björn", email=f"b.{marker}@example.se"), salesperson_id=seller)
    client.cancel(b.id, salesperson_id=seller)
    found = client.list_invitations(search=marker, salesperson_id=seller)
    assert [item.id for item in found.items] == [b.id, a.id] and found.total == 2  # newest first
    assert [
        i.id
        for i in client.list_invitations(
            search=marker, statuses=[InvitationStatus.CANCELLED], salesperson_id=seller
        ).items
    ] == [b.id]
    assert [i.id for i in client.list_invitations(search=f"björn {marker}", salesperson_id=seller).items] == [b.id]
    page = client.list_invitations(search=marker, limit=1, offset=1, salesperson_id=seller)
    assert [i.id for i in page.items] == [a.id] and page.total == 2


def test_requests_the_api_cannot_read_get_an_error_body_the_kiosk_understands(
    backend: BackendProcess, seller: int
) -> None:
    auth = _staff(backend.device_token(), seller)
    with httpx.Client(base_url=backend.url, headers=auth) as http:
        not_json = http.post(
            wire.CREATE_INVITATION.path, content=b"{not json", headers={"Content-Type": "application/json"}
        )
        assert (not_json.status_code, not_json.json()["error"]) == (400, "malformed_request")
        wrong_method = http.delete(wire.CREATE_INVITATION.path)
        assert (wrong_method.status_code, wrong_method.json()["error"]) == (405, "method_not_allowed")
        assert wrong_method.headers["allow"] == "GET, HEAD, POST", (
            "both methods of the path, not only the first route's"
        )
        misspelt = http.get(wire.LIST_INVITATIONS.path, params={"staus": "sent"})
        assert (misspelt.status_code, misspelt.json()["fields"]) == (422, {"staus": "unknown"})
        nowhere = http.get(f"{wire.API_PREFIX}/no-such-thing")
        assert (nowhere.status_code, nowhere.json()["error"]) == (404, "not_found")


def test_a_search_with_control_characters_is_refused_not_a_server_error(backend: BackendProcess, seller: int) -> None:
    """Found by the fuzzing: PostgreSQL refuses NUL in text, so this was a 500 there."""
    auth = _staff(backend.device_token(), seller)
    answer = httpx.get(f"{backend.url}{wire.LIST_INVITATIONS.path}", params={"q": "Ö\x00berg"}, headers=auth)
    assert (answer.status_code, answer.json()["fields"]) == (422, {"query.q": "invalid"})


def test_a_retried_resend_correction_or_cancel_with_its_key_is_done_once(
    client: ApiClient, db: Db, mail_sink: MailSink, seller: int
) -> None:
    """The outbox retries a write whose answer was lost: the backend must not do it twice."""
    invitation = client.create_invitation(_invitation(), salesperson_id=seller)
    resend_key = f"resend-{uuid.uuid4()}"
    for _ in range(3):
        client.replay(wire.RESEND, None, invitation_id=invitation.id, salesperson_id=seller, idempotency_key=resend_key)
    fixed = f"fixed.{uuid.uuid4().hex[:6]}@example.se"
    correction = EmailCorrection(email=fixed).model_dump_json().encode()
    correct_key = f"correct-{uuid.uuid4()}"
    for _ in range(2):
        client.replay(
            wire.CORRECT_EMAIL,
            correction,
            invitation_id=invitation.id,
            salesperson_id=seller,
            idempotency_key=correct_key,
        )
    assert len(mail_sink.wait_for_mail_to(fixed, timeout=5)) == 1
    cancel_key = f"cancel-{uuid.uuid4()}"
    answers = [
        client.replay(wire.CANCEL, None, invitation_id=invitation.id, salesperson_id=seller, idempotency_key=cancel_key)
        for _ in range(2)
    ]
    assert [answer.status for answer in answers] == [InvitationStatus.CANCELLED] * 2, "a retried cancel is no 409"
    actions = [
        action
        for (action,) in db.rows(
            "SELECT action FROM audit_events WHERE invitation_id = :id ORDER BY id", id=_uuid_param(db, invitation.id)
        )
    ]
    assert actions == ["invitation_created", "invitation_resent", "email_corrected", "invitation_cancelled"]
    time.sleep(0.5)
    assert len(mail_sink.wait_for_mail_to(fixed, timeout=1)) == 1, "one mail to the corrected address"
    with pytest.raises(Refused) as reused:  # the same key for another invitation
        other = client.create_invitation(_invitation(), salesperson_id=seller)
        client.replay(wire.RESEND, None, invitation_id=other.id, salesperson_id=seller, idempotency_key=resend_key)
    assert reused.value.code is ErrorCode.IDEMPOTENCY_KEY_REUSED
