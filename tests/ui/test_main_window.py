"""The window's behaviour when the network is not there, against real sockets and a real outbox file."""

import itertools
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from argon2 import PasswordHasher
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QObject, Qt

from kiosk.api_client import ApiClient
from kiosk.languages import Language
from kiosk.outbox import Backlog, LocalState, Outbox
from kiosk.staff import StaffRoster
from kiosk.sync import SyncState
from kiosk.wire import DealerInfo, InvitationStatus, InvitationView, SalespersonInfo, SalespersonList
from tests.factories import invitation_view
from tests.servers import free_port
from tests.ui.driving import sign_in
from ui.i18n import Translations
from ui.main_window import MainWindow

#: The staff list this kiosk synced while it was online: sign-in works from it while offline.
ROSTER = [SalespersonInfo(id=7, name="Erik Lind", pin_hash=PasswordHasher().hash("2468"))]


def _window(qtbot: QtBot, url: str, outbox: Outbox) -> MainWindow:
    client = ApiClient(url, "token", timeout=httpx.Timeout(2.0))
    window = MainWindow(client, outbox=outbox, roster=StaffRoster(ROSTER))
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, "Erik Lind", "2468")
    return window


def _fill_and_send(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.form.first_name.edit, "Åsa")
    qtbot.keyClicks(window.form.last_name.edit, "Öberg")
    qtbot.keyClicks(window.form.email.edit, "asa@example.se")
    window.form.privacy.setChecked(True)
    qtbot.mouseClick(window.form.send, Qt.MouseButton.LeftButton)


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server that accepts connections and never answers: a stalled network."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    listener.close()


def test_with_the_backend_unreachable_the_invitation_is_saved_and_the_salesperson_told_so(
    qtbot: QtBot, translations: Translations, outbox: Outbox
) -> None:
    window = _window(qtbot, f"http://127.0.0.1:{free_port()}", outbox)  # nothing listens there
    _fill_and_send(qtbot, window)
    qtbot.waitUntil(window.form.notice.isVisible, timeout=5000)
    assert window.form.notice.text() == (
        "Saved, not sent yet: the server cannot be reached. The invitation goes out by itself as soon as "
        "the connection is back."
    )
    assert not window.form.status.isVisible(), "no error: nothing went wrong that the salesperson must fix"
    assert [f.edit.text() for f in window.form.fields()] == [""] * len(window.form.fields()), "free for the next one"
    assert window.form.send.isEnabled()
    # What was typed is on disk, waiting to go.
    assert outbox.count(LocalState.WAITING) == 1
    head = outbox.head()
    assert head is not None
    saved = outbox.invitation(head.invitation_id)
    assert saved is not None and (saved.first_name, saved.last_name) == ("Åsa", "Öberg")
    qtbot.waitUntil(lambda: window.header.sync.text().startswith("Offline · Waiting to send: 1 (oldest "))


def test_sending_does_not_block_the_screen(
    qtbot: QtBot, translations: Translations, silent_server: str, outbox: Outbox
) -> None:
    window = _window(qtbot, silent_server, outbox)
    _fill_and_send(qtbot, window)
    # Had the request run on the GUI thread, the click would only return once it had failed.
    assert window.form.send.text() == "Sending…"
    assert not window.form.send.isEnabled(), "a second press cannot send twice"
    qtbot.keyClick(window.form.send, Qt.Key.Key_Return)
    qtbot.waitUntil(window.form.notice.isVisible, timeout=10_000)
    assert window.form.send.text() == "Send invitation"
    assert outbox.count() == 1, "pressed twice, saved once"


def test_finishing_here_while_offline_says_what_to_do_instead_and_keeps_no_password(
    qtbot: QtBot, translations: Translations, outbox: Outbox
) -> None:
    window = _window(qtbot, f"http://127.0.0.1:{free_port()}", outbox)
    verified = invitation_view(email_verified_at=datetime.now(UTC))
    window.handoff.show_invitation(verified)
    window.stack.setCurrentWidget(window.handoff)
    qtbot.mouseClick(window.handoff.finish_here, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.finish
    password = "Zebulon-Quartz-91!"
    qtbot.keyClicks(window.finish.password, password)
    qtbot.keyClicks(window.finish.repeat, password)
    window.finish.terms.setChecked(True)
    window.finish.submit()
    qtbot.waitUntil(window.finish.problem.isVisible, timeout=5000)
    assert window.finish.problem.text().startswith(
        "The server cannot be reached right now, so the registration cannot be finished here."
    )
    assert "link in the e-mail" in window.finish.problem.text()
    # Nothing to send later: the password is in no file of the kiosk's store.
    store = b"".join(path.read_bytes() for path in outbox.path.parent.iterdir() if path.is_file())
    assert password.encode() not in store and outbox.backlog().waiting == 0


def test_the_welcome_screen_is_drawn_before_the_kiosk_asks_the_backend_anything(
    qtbot: QtBot, translations: Translations, outbox: Outbox
) -> None:
    """The first frame does not wait for the workers (staff list, dealer, sync): begun earlier, they
    compete with the GUI thread while it draws. They begin right after it, without any input."""
    asked: list[float] = []

    class Recording(ApiClient):
        def list_salespeople(self) -> SalespersonList:
            asked.append(time.monotonic())
            return super().list_salespeople()

        def dealer(self) -> DealerInfo:
            asked.append(time.monotonic())
            return super().dealer()

    window = MainWindow(Recording(f"http://127.0.0.1:{free_port()}", "token"), outbox=outbox)
    qtbot.addWidget(window)
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.monotonic())
            return False

    watcher = FirstPaint()
    window.welcome.installEventFilter(watcher)
    window.show()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)
    assert painted and painted[0] < min(asked)


@pytest.mark.parametrize("language", [Language.EN, Language.SV, Language.DE, Language.NL])
def test_the_sync_details_are_as_tall_as_their_rows(
    qtbot: QtBot, translations: Translations, outbox: Outbox, language: Language
) -> None:
    """Measured just after its move to the window and a change of language, the panel once came out
    20 px taller in some languages, its rows spread apart (seen in the screenshots, run to run)."""
    window = _window(qtbot, f"http://127.0.0.1:{free_port()}", outbox)
    window.resize(1280, 800)
    sync = window.header.sync
    since = datetime(2026, 11, 21, 10, 42).timestamp()
    sync.show_state(SyncState(True, Backlog(0, 0, None, since, None)))
    qtbot.wait(50)  # laid out with the short summary ("Online · All sent")
    window.set_language(language)
    # A longer summary, and opened before the header is laid out again: as a tap right after a change.
    sync.show_state(SyncState(False, Backlog(3, 1, since, since - 600, "create: unreachable")))
    sync.summary.setChecked(True)
    qtbot.waitUntil(sync.details.isVisible)
    rows = [value for _name, value in sync._labels.values()]
    gaps = [lower.y() - upper.geometry().bottom() for upper, lower in itertools.pairwise(rows)]
    assert max(gaps) <= 14, gaps  # the grid's spacing, not more
    below_button = sync.details.height() - sync.send_now.geometry().bottom()
    assert below_button <= 14, below_button  # the panel's margin, not more


def test_an_answer_that_comes_after_the_customer_left_shows_nothing_to_the_next(
    qtbot: QtBot, translations: Translations, outbox: Outbox
) -> None:
    """The backend answers "created" only after the kiosk moved on (the phone's "registered" came first):
    the next visitor must not see "Registered" with the previous customer's name."""
    gate = threading.Event()
    asked: list[bool] = []
    invitation = invitation_view(email_verified_at=datetime.now(UTC))

    class SlowToAnswer(ApiClient):
        def complete_on_kiosk(self, *_args: object, **_kwargs: object) -> InvitationView:
            asked.append(True)
            gate.wait(10)
            return invitation.model_copy(update={"status": InvitationStatus.COMPLETED})

    window = MainWindow(SlowToAnswer(f"http://127.0.0.1:{free_port()}", "token"), outbox=outbox)
    qtbot.addWidget(window)
    window.show()
    window.handoff.show_invitation(invitation)
    window.finish.start(invitation)
    window.stack.setCurrentWidget(window.finish)
    qtbot.keyClicks(window.finish.password, "Fjord#Granit42")
    qtbot.keyClicks(window.finish.repeat, "Fjord#Granit42")
    qtbot.mouseClick(window.finish.terms, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.finish.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: asked == [True], timeout=5000)  # the customer's "create my ID" is on its way
    window.journey.salesperson_id = 7  # as after a sign-in: "next customer" returns to a fresh form
    window.journey.next_customer()
    assert window.stack.currentWidget() is window.form
    gate.set()
    qtbot.wait(500)  # the answer arrives
    assert window.stack.currentWidget() is window.form
    assert not window.was_used("registered")


def test_a_new_code_that_comes_after_the_walk_in_left_shows_nothing_to_the_next(
    qtbot: QtBot, translations: Translations, outbox: Outbox
) -> None:
    """A walk-in asks for a new code and walks away; the kiosk wipes; then the server answers. The
    answer ("a new code is on its way to a***@…") is about someone gone: no screen shows it."""
    gate = threading.Event()
    asked: list[bool] = []
    invitation = invitation_view()

    class SlowToAnswer(ApiClient):
        def resend_walk_in(self, *_args: object, **_kwargs: object) -> InvitationView:
            asked.append(True)
            gate.wait(10)
            return invitation

    window = MainWindow(SlowToAnswer(f"http://127.0.0.1:{free_port()}", "token"), outbox=outbox)
    qtbot.addWidget(window)
    window.show()
    window.handoff.show_invitation(invitation)  # a walk-in: nobody signed in
    window.stack.setCurrentWidget(window.verify)
    qtbot.mouseClick(window.verify.new_code, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: asked == [True], timeout=5000)
    window.wipe()  # as the idle countdown does
    gate.set()
    qtbot.wait(500)  # the answer arrives
    assert window.stack.currentWidget() is window.welcome
    assert not window.was_used("verify"), "no verify screen was made to show the old visitor's notice"


def test_an_invitation_saved_after_the_salesperson_left_is_sent_but_told_to_nobody(
    qtbot: QtBot, translations: Translations, outbox: Outbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk was slow; the kiosk wiped before the invitation was on it. It is still saved and
    goes out; "saved, not sent yet" is not told to whoever signs in next, about someone they never saw."""
    gate = threading.Event()
    capture = outbox.capture

    def slow_capture(*args: object, **kwargs: object) -> object:
        gate.wait(10)
        return capture(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(outbox, "capture", slow_capture)
    window = _window(qtbot, f"http://127.0.0.1:{free_port()}", outbox)  # nothing listens: "saved, not sent"
    _fill_and_send(qtbot, window)
    window.wipe()  # as the idle countdown does, while the disk is still writing
    gate.set()
    qtbot.waitUntil(lambda: outbox.count(LocalState.WAITING) == 1, timeout=5000)
    qtbot.wait(1500)  # the sync worker tries, the backend cannot be reached
    assert window.stack.currentWidget() is window.welcome
    assert not window.was_used("form"), "no form was made to tell the next salesperson about it"
