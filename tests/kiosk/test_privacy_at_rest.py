"""The buyers' details on the kiosk's disk: sealed, dropped once the backend has them, gone after retention."""

import os
from pathlib import Path

import pytest

from kiosk.outbox import DEFAULT_RETENTION_S, LocalState, Outbox, StoreLocked
from kiosk.sealing import SealBroken, Sealer
from kiosk.wire import ErrorBody, ErrorCode, SalespersonInfo, SalespersonList
from tests.factories import invitation_create, invitation_view


def _disk(folder: Path) -> bytes:
    """Every byte of the store as it lies on disk: the database, its WAL and shared memory."""
    return b"".join(path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file())


def _secrets_of(invitation: object) -> list[bytes]:
    return [
        value.encode()
        for value in (
            invitation.first_name,  # type: ignore[attr-defined]
            invitation.last_name,  # type: ignore[attr-defined]
            invitation.email,  # type: ignore[attr-defined]
            invitation.email.split("@")[0],  # type: ignore[attr-defined]
            invitation.phone,  # type: ignore[attr-defined]
        )
    ]


def test_names_addresses_and_phones_never_reach_the_disk_in_the_clear(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "store" / "outbox.sqlite3", Sealer(os.urandom(32)))
    invitation = invitation_create(first_name="Zebulon", last_name="Quartermaine", phone="+46701234567")
    outbox.capture(invitation, salesperson_id=7)
    disk = _disk(tmp_path / "store")
    for secret in _secrets_of(invitation):
        assert secret not in disk
    # ...and the kiosk still reads them back, for the salesperson's list and to fix a refused one.
    local = outbox.invitation(invitation.id)
    assert local is not None and (local.first_name, local.last_name) == ("Zebulon", "Quartermaine")
    assert local.masked_email == "a***@example.se"
    assert outbox.details(invitation.id) == invitation
    head = outbox.head()
    assert head is not None and head.body is not None and b"Zebulon" in head.body, "sent as entered"
    outbox.close()


def test_a_store_sealed_with_another_key_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    Outbox(path, Sealer(os.urandom(32))).close()
    with pytest.raises(StoreLocked, match="sealed with a key this keyring does not hold"):
        Outbox(path, Sealer(os.urandom(32)))


def test_a_sealed_value_moved_to_another_row_does_not_open() -> None:
    sealer = Sealer(os.urandom(32))
    sealed = sealer.seal_text("Zebulon", "id-1:first_name")
    assert sealer.open_text(sealed, "id-1:first_name") == "Zebulon"
    with pytest.raises(SealBroken):
        sealer.open_text(sealed, "id-2:first_name")
    with pytest.raises(SealBroken):
        sealer.open_text(sealed[:-1] + bytes([sealed[-1] ^ 1]), "id-1:first_name")


def test_once_confirmed_only_the_list_remains_and_after_the_retention_window_nothing(outbox: Outbox) -> None:
    confirmed, refused, waiting = invitation_create(), invitation_create(), invitation_create()
    for invitation in (confirmed, refused, waiting):
        outbox.capture(invitation, salesperson_id=7)
    first = outbox.head()
    assert first is not None
    outbox.delivered(first, invitation_view(id=confirmed.id))
    second = outbox.head()
    assert second is not None
    outbox.refused(second, ErrorBody(error=ErrorCode.VALIDATION_FAILED))

    assert outbox.details(confirmed.id) is None, "the backend has it: only name, masked e-mail, status stay"
    assert outbox.invitation(confirmed.id) is not None
    assert outbox.details(refused.id) == refused, "kept, to be fixed and resent without retyping"

    assert outbox.purge() == 0, "within the window the list still shows it"
    later = outbox.invitation(confirmed.id)
    assert later is not None
    assert outbox.purge(now=later.captured_at + DEFAULT_RETENTION_S + 60) == 1
    assert outbox.invitation(confirmed.id) is None
    assert outbox.invitation(refused.id) is not None and outbox.invitation(waiting.id) is not None
    assert outbox.count(LocalState.NEEDS_ATTENTION) == 1 and outbox.count(LocalState.WAITING) == 1


def test_the_retention_window_is_configurable(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3", Sealer(os.urandom(32)), retention_s=0)
    invitation = invitation_create()
    outbox.capture(invitation, salesperson_id=7)
    head = outbox.head()
    assert head is not None
    outbox.delivered(head, invitation_view(id=invitation.id))
    assert outbox.purge() == 1
    outbox.close()


def test_the_staff_list_is_kept_sealed_for_an_offline_restart(tmp_path: Path) -> None:
    key = os.urandom(32)
    outbox = Outbox(tmp_path / "store" / "outbox.sqlite3", Sealer(key))
    staff = SalespersonList(items=[SalespersonInfo(id=7, name="Margareta Zettervall", pin_hash="$argon2id$v=19$x")])
    outbox.save_staff(staff)
    outbox.close()
    assert b"Zettervall" not in _disk(tmp_path / "store") and b"argon2id" not in _disk(tmp_path / "store")
    again = Outbox(tmp_path / "store" / "outbox.sqlite3", Sealer(key))
    assert again.staff() == staff
    again.close()
