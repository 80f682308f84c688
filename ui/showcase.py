"""Walks a window through every screen state with sample data (no backend needed).

Used by `make screenshots` and by the test that no text is clipped, so the pictures people look
at and the states the tests check are the same.
"""

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from kiosk.api_client import Refused
from kiosk.buyer import MarketingChannel
from kiosk.config import KioskSettings
from kiosk.invitation_list import ListedInvitation, ShownStatus
from kiosk.languages import Language
from kiosk.outbox import Backlog
from kiosk.staff import SignIn, SignInResult
from kiosk.sync import SyncState
from kiosk.wire import (
    ErrorBody,
    ErrorCode,
    Funnel,
    FunnelReport,
    InvitationStatus,
    InvitationView,
    SalespersonInfo,
)
from ui import messages
from ui.main_window import MainWindow
from ui.screens.admin import Section

SAMPLE = InvitationView(
    id=uuid.UUID(int=1),
    status=InvitationStatus.SENT,
    first_name="Åsa",
    last_name="Öberg",
    email="asa.oberg@example.se",
    language=Language.SV,
    created_at=datetime(2026, 11, 21, 10, 0, tzinfo=UTC),
    marketing=frozenset({MarketingChannel.EMAIL}),
)
SAMPLE_STAFF = [
    SalespersonInfo(id=n, name=name, pin_hash="(not shown)")
    for n, name in enumerate(["Erik Lind", "Maximilian Schönberger-Hausmann", "Sanne de Vries", "Åsa Lindqvist"])
]
SAMPLE_ROWS = [
    ListedInvitation(
        id=uuid.UUID(int=10 + n),
        first_name=first,
        last_name=last,
        email=email,
        status=status,
        created_at=datetime(2026, 11, 21, 9, 0, tzinfo=UTC) - timedelta(hours=5 * n),
    )
    for n, (first, last, email, status) in enumerate(
        [
            ("Åsa", "Öberg", "asa.oberg@example.se", ShownStatus.OPENED),
            ("Maximilian", "Schönberger-Hausmann", "m.schoenberger@example.de", ShownStatus.SENT),
            ("Sanne", "de Vries", "sanne@exmaple.nl", ShownStatus.FAILED),
            ("Erik", "Lind", "erik.lind@example.se", ShownStatus.REGISTERED),
            ("Karl", "Berg", "k***@example.se", ShownStatus.WAITING),
        ]
    )
]
SAMPLE_LINK = "http://192.168.1.20:8765/r/Zq3xK2bQ9hV8mN4pT7wL1cR6yD0fJ5sA2eU8iO3uG4k"


def screen_states(window: MainWindow) -> Iterator[str]:
    """Put ``window`` in each state in turn; yield the state's name while it is shown."""
    window.show_welcome()
    yield "00a-welcome"
    window.welcome.set_self_registration(True)
    yield "00b-welcome-self-registration"
    window.welcome.set_self_registration(False)
    window.stack.setCurrentWidget(window.about_page)
    yield "00c-what-is-an-id"
    window.stack.setCurrentWidget(window.how_page)
    yield "00d-how-registration-works"
    window.sign_in.show_people(SAMPLE_STAFF)
    window.sign_in.names.button(0).setChecked(True)
    window.sign_in.show_result(SignInResult(SignIn.WRONG_PIN, attempts_left=1))
    window.sign_in.pin.setText("24")
    window.stack.setCurrentWidget(window.sign_in)
    yield "00e-staff-sign-in"
    window.sign_in.show_result(SignInResult(SignIn.LOCKED, locked_for=300))
    yield "00f-staff-sign-in-locked"
    window.form.set_salesperson(SAMPLE_STAFF[1].name)
    window.stack.setCurrentWidget(window.form)
    window.form.submit()  # an empty form, submitted: every error shows (privacy notice included)
    yield "01-buyer-form-errors"
    window.form.reset()
    window.form.first_name.edit.setText("Åsa")
    window.form.last_name.edit.setText("Öberg")
    window.form.email.edit.setText("asa.oberg@gmial.com")
    window.form.phone.edit.setText("070-123 45 67")
    window.form.language.choose(Language.SV)
    window.form.model.edit.setText("Taycan 4S Cross Turismo")
    window.form.vin.edit.setText("WP0ZZZY1ZPSA12345")
    window.form.privacy.setChecked(True)
    window.form.marketing[MarketingChannel.EMAIL].setChecked(True)
    yield "02-buyer-form"
    window.form.set_correcting(True)
    yield "02b-correct-email"
    window.form.set_correcting(False)
    window.form.reset()
    window.form.show_notice(messages.saved_for_later())
    since = datetime(2026, 11, 21, 10, 42).timestamp()
    window.header.sync.show_state(SyncState(False, Backlog(3, 1, since, since - 600, "create: unreachable")))
    yield "02c-saved-offline"
    window.header.sync.summary.setChecked(True)
    yield "02d-sync-details"
    window.header.sync.summary.setChecked(False)
    window.form.show_notice(None)
    window.header.sync.show_state(SyncState(True, Backlog(0, 0, None, since, None)))
    window.handoff.show_invitation(SAMPLE)
    window.handoff.set_qr_link(SAMPLE_LINK, "K7F")
    window.stack.setCurrentWidget(window.handoff)
    yield "03-handoff"
    window.handoff.set_qr_link(SAMPLE_LINK, "K7F", datetime.now(UTC) + timedelta(seconds=272))
    window.handoff.show_phone()
    yield "03a-handoff-phone"
    window.handoff.show_later()
    yield "03c-handoff-later"
    window.handoff.update_status(SAMPLE.model_copy(update={"status": InvitationStatus.DELIVERY_FAILED}))
    yield "03b-handoff-undeliverable"
    window.handoff.show_invitation(SAMPLE)
    window.handoff.set_qr_link(SAMPLE_LINK, "K7F")
    window.verify.start(SAMPLE)
    window.verify.code.setText("123 45")
    window.verify.show_problem(messages.api_error(Refused(422, ErrorBody(error=ErrorCode.CODE_WRONG, attempts_left=4))))
    window.stack.setCurrentWidget(window.verify)
    yield "04a-enter-code"
    window.finish.start(SAMPLE)
    window.finish.password.setText("Porsche9")
    window.finish.repeat.setText("Porsche")
    window.stack.setCurrentWidget(window.finish)
    yield "04b-finish-here"
    window.registered.show_for(SAMPLE.first_name)
    window.stack.setCurrentWidget(window.registered)
    yield "05-registered"
    window.registered.show_for(SAMPLE.first_name, existing=True)
    yield "06-already-registered"
    window.still_there.ask(12)
    yield "07-are-you-still-there"
    window.still_there.hide()
    window.walk_in.email.edit.setText("anna.berg@gmial.com")
    window.walk_in.first_name.edit.setText("Anna")
    window.stack.setCurrentWidget(window.walk_in)
    window.walk_in.submit()  # the last name and the privacy box missing: both say so
    yield "08-walk-in"
    window.walk_in.last_name.edit.setText("Berg")
    window.walk_in.set_correcting(True)
    yield "08b-walk-in-correct-email"
    window.walk_in.set_correcting(False)
    window.invitations.show_rows(SAMPLE_ROWS, online=True)
    window.invitations.show_funnel(
        FunnelReport(day=Funnel(invited=6, opened=4, registered=3), week=Funnel(invited=31, opened=24, registered=17))
    )
    window.invitations.select(SAMPLE_ROWS[1].id)
    window.stack.setCurrentWidget(window.invitations)
    yield "09-invitations"
    window.admin.show_settings(KioskSettings(admin_pin_hash="$argon2id$shown-as-set", dealer="Porsche Zentrum Köln"))
    window.admin.start()
    window.stack.setCurrentWidget(window.admin)
    yield "10a-admin-pin"
    window.admin.show_pin_result(True)
    window.admin.show_section(Section.KIOSK)
    yield "10b-admin-kiosk-settings"
    window.use_keyboard(True)
    window.stack.setCurrentWidget(window.form)
    window.form.email.edit.setText("asa.oberg@example.se")
    window.form.email.edit.setFocus()
    assert window.keyboard is not None
    window.keyboard.show_for(window.form.email.edit)
    yield "11-on-screen-keyboard"
    window.use_keyboard(False)
