"""A customer walks away mid-way: after the countdown nothing they or the salesperson typed is left.

Against the real backend: the form is filled in full and sent, the customer opens "finish here",
enters the mailed code and types a password; then nobody touches the kiosk. Afterwards every
widget's text, every line edit's undo history and the clipboard are searched for what was typed.
"""

import uuid
from collections.abc import Iterator

import httpx
import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit

from backend.devmail import MailSink
from backend.seed import DEMO_PIN, DEMO_SALESPERSON
from kiosk.api_client import ApiClient
from kiosk.config import KioskSettings
from kiosk.languages import Language
from kiosk.outbox import Outbox
from tests.e2e.conftest import decode_qr
from tests.factories import code_from_mail, quick_idle
from tests.servers import BackendProcess
from tests.ui.driving import LEFT, sign_in
from ui.application import build_app
from ui.main_window import MainWindow

#: What the people at the kiosk typed, each unlikely to appear anywhere by chance.
TYPED = {
    "first_name": "Zelmira",
    "last_name": "Quistgaard",
    "email": "zelmira.quistgaard@example.se",
    "phone": "070-123 45 99",
    "model": "Speedster Heritage",
    "commission_number": "XK4471",
    "vin": "WP0ZZZ99ZTS392124",
}
PASSWORD = "Kvarts#Lagun93"


@pytest.fixture
def window(qtbot: QtBot, backend: BackendProcess, device_token: str, outbox: Outbox) -> Iterator[MainWindow]:
    _, translations = build_app(Language.EN)
    client = ApiClient(backend.url, device_token)
    # Short times, so the test idles for seconds, not minutes (the real minimums are 15 s and 5 s).
    settings = quick_idle(KioskSettings(dealer_country="SE"), customer_idle_s=1, idle_countdown_s=2, staff_idle_s=1)
    kiosk = MainWindow(client, outbox=outbox, settings=settings, translations=translations)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    yield kiosk
    kiosk.close()
    client.close()
    translations.use(Language.EN)


def _everything_shown(undo: bool = True) -> list[str]:
    """Every text any live widget holds, including what undo would bring back (which undoes it)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old screens, really gone
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
            while undo and widget.isUndoAvailable():
                widget.undo()
                texts.append(widget.text())
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return texts


def test_after_the_countdown_nothing_typed_survives_anywhere(
    qtbot: QtBot, window: MainWindow, mail_sink: MailSink
) -> None:
    sign_in(qtbot, window, DEMO_SALESPERSON, DEMO_PIN)
    form = window.form
    for name, value in TYPED.items():
        qtbot.keyClicks(getattr(form, name).edit, value)
    qtbot.mouseClick(form.privacy, LEFT)
    for box in form.marketing.values():
        box.setChecked(True)
    # The salesperson copied the address, as people do.
    form.email.edit.selectAll()
    qtbot.keyClick(form.email.edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == TYPED["email"]
    qtbot.mouseClick(form.send, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.handoff, timeout=8000)
    window.idle.arm(None, 0)  # the customer reads the mail for a while; the timer starts again below
    code = code_from_mail(mail_sink, TYPED["email"])
    qtbot.mouseClick(window.handoff.finish_here, LEFT)
    qtbot.keyClicks(window.verify.code, code)
    qtbot.keyClick(window.verify.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.finish, timeout=5000)
    qtbot.keyClicks(window.finish.password, PASSWORD)
    qtbot.keyClicks(window.finish.repeat, PASSWORD)

    before = "\n".join(_everything_shown(undo=False))
    assert [value for value in [*TYPED.values(), PASSWORD] if value not in before] == [], "the search finds them"

    # Now nobody touches it: first the question, then the wipe.
    qtbot.waitUntil(window.still_there.isVisible, timeout=3000)
    assert window.still_there.title.text() == "Are you still there?"
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=5000)
    assert not window.still_there.isVisible()
    assert window.salesperson_id is None, "salesperson mode is locked again"

    shown = "\n".join(_everything_shown())
    hits = [value for value in [*TYPED.values(), PASSWORD, code] if value in shown]
    assert hits == []
    assert QGuiApplication.clipboard().text() == ""


def test_an_answer_to_the_question_keeps_everything(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, DEMO_SALESPERSON, DEMO_PIN)
    qtbot.keyClicks(window.form.first_name.edit, "Zelmira")
    qtbot.waitUntil(window.still_there.isVisible, timeout=3000)
    qtbot.mouseClick(window.still_there.stay, LEFT)
    assert not window.still_there.isVisible()
    assert window.stack.currentWidget() is window.form
    assert window.form.first_name.edit.text() == "Zelmira"
    window.idle.arm(None, 0)


def test_the_qr_code_left_on_screen_stops_working_at_the_wipe(qtbot: QtBot, window: MainWindow) -> None:
    """Someone photographs the QR code of a customer who walked away; after the wipe it opens nothing."""
    sign_in(qtbot, window, DEMO_SALESPERSON, DEMO_PIN)
    form = window.form
    qtbot.keyClicks(form.first_name.edit, "Zelmira")
    qtbot.keyClicks(form.last_name.edit, "Quistgaard")
    qtbot.keyClicks(form.email.edit, f"zq.{uuid.uuid4().hex[:8]}@example.se")
    qtbot.mouseClick(form.privacy, LEFT)
    qtbot.mouseClick(form.send, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.handoff, timeout=8000)
    window.idle.arm(None, 0)  # the customer is still here, looking at the code
    qtbot.mouseClick(window.handoff.phone, LEFT)
    decoded: list[str] = []

    def read_code() -> bool:
        decoded[:] = decode_qr(window.handoff.qr)
        return bool(decoded)

    qtbot.waitUntil(read_code, timeout=5000)
    url = decoded[0]
    assert httpx.get(url).status_code == 200, "the photographed code works while the customer is here"

    window.idle.arm(1, 1)  # and then walks away
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=8000)  # nobody answered
    qtbot.waitUntil(lambda: httpx.get(url).status_code == 410, timeout=5000)
    assert "expired" in httpx.get(url).text
