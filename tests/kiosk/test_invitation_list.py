"""The salesperson's list: the kiosk's invitations merged with the backend's, searched, and what each allows."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.invitation_list import ListedInvitation, RowAction, ShownStatus, actions, fold, merge, search
from kiosk.masking import mask_email
from kiosk.outbox import LocalInvitation, LocalState, Outbox
from kiosk.wire import ErrorBody, ErrorCode, InvitationStatus
from tests.factories import invitation_create, invitation_view

SELLER = 7
NOON = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def _local(
    state: LocalState = LocalState.WAITING,
    status: InvitationStatus | None = None,
    problem: ErrorCode | None = None,
    at: datetime = NOON,
    **changes: object,
) -> LocalInvitation:
    fields: dict[str, object] = {
        "id": uuid.uuid4(),
        "salesperson_id": SELLER,
        "first_name": "Åke",
        "last_name": "Öström",
        "masked_email": "a***@example.se",
        "state": state,
        "status": status,
        "problem": ErrorBody(error=problem) if problem else None,
        "captured_at": at.timestamp(),
    }
    return LocalInvitation(**{**fields, **changes})  # type: ignore[arg-type]


def _row(status: ShownStatus, **changes: object) -> ListedInvitation:
    fields: dict[str, object] = {
        "id": uuid.uuid4(),
        "first_name": "Åsa",
        "last_name": "Öberg",
        "email": "asa.oberg@example.se",
        "status": status,
        "created_at": NOON,
    }
    return ListedInvitation(**{**fields, **changes})  # type: ignore[arg-type]


# -- Outbox.local_invitations ---------------------------------------------------------------------


def test_the_outbox_lists_every_invitation_it_holds_newest_first_with_names_opened(outbox: Outbox) -> None:
    first, second, third = (invitation_create(first_name=name) for name in ("Åke", "Björn", "Cecilia"))
    for invitation in (first, second, third):
        outbox.capture(invitation, SELLER)
    # The second one was confirmed, the third refused: all three are still the kiosk's to show.
    entries, _ = outbox.due(10)
    by_id = {entry.invitation_id: entry for entry in entries}
    outbox.delivered(by_id[second.id], invitation_view(id=second.id, status=InvitationStatus.OPENED))
    outbox.refused(by_id[third.id], ErrorBody(error=ErrorCode.VALIDATION_FAILED, fields={"email": "email_invalid"}))

    listed = outbox.local_invitations()

    assert [invitation.id for invitation in listed] == [third.id, second.id, first.id]
    assert [invitation.first_name for invitation in listed] == ["Cecilia", "Björn", "Åke"]
    assert [invitation.state for invitation in listed] == [
        LocalState.NEEDS_ATTENTION,
        LocalState.CONFIRMED,
        LocalState.WAITING,
    ]
    assert listed[1].status is InvitationStatus.OPENED
    assert listed[0].problem is not None and listed[0].problem.error is ErrorCode.VALIDATION_FAILED
    assert listed[2].masked_email == mask_email(first.email)
    assert all(invitation.salesperson_id == SELLER for invitation in listed)
    assert listed == [outbox.invitation(invitation.id) for invitation in listed], "the same as one by one"


def test_an_empty_outbox_lists_nothing(outbox: Outbox) -> None:
    assert outbox.local_invitations() == []


# -- merge ------------------------------------------------------------------------------------------


def test_the_backends_view_wins_for_an_invitation_it_has() -> None:
    kiosk = _local(LocalState.CONFIRMED, InvitationStatus.SENT)
    backend = invitation_view(
        id=kiosk.id,
        status=InvitationStatus.COMPLETED,
        first_name="Åke",
        last_name="Öström",
        email="ake.ostrom@example.se",
        created_at=NOON - timedelta(seconds=2),
    )
    (row,) = merge([kiosk], [backend])
    assert row == ListedInvitation(
        id=kiosk.id,
        first_name="Åke",
        last_name="Öström",
        email="ake.ostrom@example.se",  # the full address, which the kiosk never keeps
        status=ShownStatus.REGISTERED,
        created_at=NOON - timedelta(seconds=2),
        salesperson_id=SELLER,  # only the kiosk knows who invited
        problem=None,
    )


def test_a_create_whose_answer_was_lost_shows_as_the_backend_has_it() -> None:
    waiting = _local(LocalState.WAITING)
    (row,) = merge([waiting], [invitation_view(id=waiting.id, status=InvitationStatus.SENT)])
    assert row.status is ShownStatus.SENT


def test_those_only_on_the_kiosk_wait_or_need_attention() -> None:
    waiting = _local(LocalState.WAITING, at=NOON)
    refused = _local(LocalState.NEEDS_ATTENTION, problem=ErrorCode.VALIDATION_FAILED, at=NOON - timedelta(minutes=1))
    rows = merge([waiting, refused], [])
    assert [(row.id, row.status, row.problem) for row in rows] == [
        (waiting.id, ShownStatus.WAITING, None),
        (refused.id, ShownStatus.NEEDS_ATTENTION, ErrorCode.VALIDATION_FAILED),
    ]
    assert rows[0].email == "a***@example.se", "only the masked address is kept on the kiosk"
    assert rows[0].created_at == NOON and rows[0].created_at.tzinfo is not None


@pytest.mark.parametrize("state", [LocalState.CONFIRMED, LocalState.NEEDS_ATTENTION])
def test_offline_a_confirmed_invitation_keeps_its_last_known_status(state: LocalState) -> None:
    # NEEDS_ATTENTION with a status: a later write (a cancel, say) was refused; the backend has the
    # invitation and decides about it, and the kiosk holds no details to fix.
    kiosk = _local(state, InvitationStatus.DELIVERY_FAILED, problem=ErrorCode.INVITATION_CLOSED)
    (row,) = merge([kiosk], [])
    assert row.status is ShownStatus.FAILED
    assert row.problem is None


def test_every_backend_status_has_its_shown_status() -> None:
    shown = {status: merge([], [invitation_view(status=status)])[0].status for status in InvitationStatus}
    assert shown == {
        InvitationStatus.SENT: ShownStatus.SENT,
        InvitationStatus.OPENED: ShownStatus.OPENED,
        InvitationStatus.COMPLETED: ShownStatus.REGISTERED,
        InvitationStatus.EXISTING_ACCOUNT: ShownStatus.EXISTING_ID,
        InvitationStatus.EXPIRED: ShownStatus.EXPIRED,
        InvitationStatus.CANCELLED: ShownStatus.CANCELLED,
        InvitationStatus.DELIVERY_FAILED: ShownStatus.FAILED,
    }


def test_the_merged_list_is_newest_first_whichever_side_a_row_came_from() -> None:
    old_remote = invitation_view(created_at=NOON - timedelta(hours=3))
    new_remote = invitation_view(created_at=NOON + timedelta(minutes=5))
    middle_local = _local(LocalState.WAITING, at=NOON)
    naive_remote = invitation_view(created_at=(NOON - timedelta(hours=1)).replace(tzinfo=None))
    rows = merge([middle_local], [old_remote, naive_remote, new_remote])
    assert [row.id for row in rows] == [new_remote.id, middle_local.id, naive_remote.id, old_remote.id]
    assert rows[2].created_at == NOON - timedelta(hours=1), "a time without a zone is UTC, as the backend sends"


def test_an_invitation_listed_twice_by_the_backend_is_shown_once() -> None:
    view = invitation_view()
    assert len(merge([], [view, view])) == 1


# -- search -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("", ["Åke Öström", "Zoë Müller", "Søren Ærø", "Anna Berg"]),
        ("   ", ["Åke Öström", "Zoë Müller", "Søren Ærø", "Anna Berg"]),
        ("ake", ["Åke Öström"]),
        ("ÅKE", ["Åke Öström"]),
        ("ostrom", ["Åke Öström"]),
        ("zoe mul", ["Zoë Müller"]),
        ("muller zoe", ["Zoë Müller"]),
        ("soren aero", ["Søren Ærø"]),
        ("example.de", ["Zoë Müller"]),
        ("BERG@", ["Anna Berg"]),
        ("a***@", ["Åke Öström"]),
        ("nobody", []),
    ],
)
def test_search_matches_name_or_email_ignoring_case_and_accents(text: str, found: list[str]) -> None:
    rows = [
        _row(ShownStatus.WAITING, first_name="Åke", last_name="Öström", email="a***@example.se"),
        _row(ShownStatus.SENT, first_name="Zoë", last_name="Müller", email="zoe@example.de"),
        _row(ShownStatus.OPENED, first_name="Søren", last_name="Ærø", email="soren@example.dk"),
        _row(ShownStatus.EXPIRED, first_name="Anna", last_name="Berg", email="anna.berg@example.com"),
    ]
    assert [row.name for row in search(rows, text)] == found


def test_folding_handles_sharp_s_and_composed_and_decomposed_letters() -> None:
    assert fold("Straße") == fold("STRASSE") == "strasse"
    assert fold("A\u030ake") == fold("\u00c5ke") == "ake"


# -- actions ----------------------------------------------------------------------------------------

ALL = set(RowAction)


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (ShownStatus.SENT, ALL),
        (ShownStatus.OPENED, ALL),
        (ShownStatus.FAILED, {RowAction.CORRECT, RowAction.CANCEL}),
        (ShownStatus.NEEDS_ATTENTION, {RowAction.CORRECT}),
        (ShownStatus.WAITING, set()),
        (ShownStatus.REGISTERED, set()),
        (ShownStatus.EXISTING_ID, set()),
        (ShownStatus.EXPIRED, set()),
        (ShownStatus.CANCELLED, set()),
    ],
)
def test_the_actions_offered_depend_on_the_status(status: ShownStatus, allowed: set[RowAction]) -> None:
    assert actions(_row(status)) == allowed


def test_every_status_is_covered_and_only_failed_and_needs_attention_count_as_problems() -> None:
    assert {status for status in ShownStatus if status.is_problem} == {ShownStatus.FAILED, ShownStatus.NEEDS_ATTENTION}
    assert all(isinstance(actions(_row(status)), set) for status in ShownStatus)


def test_actions_gives_a_fresh_set_each_time() -> None:
    row = _row(ShownStatus.SENT)
    actions(row).clear()
    assert actions(row) == ALL
