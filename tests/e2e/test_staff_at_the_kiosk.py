"""Staff sign in at the real kiosk window against the real backend, and leavers are stopped."""

import re
import uuid
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk.api_client import ApiClient
from kiosk.languages import Language
from kiosk.outbox import Outbox
from tests.conftest import Db
from tests.servers import BackendProcess
from tests.ui.driving import LEFT, sign_in
from ui.application import build_app
from ui.main_window import MainWindow


@pytest.fixture
def kiosk(qtbot: QtBot, backend: BackendProcess, device_token: str, outbox: Outbox) -> Iterator[MainWindow]:
    build_app(Language.EN)
    client = ApiClient(backend.url, device_token)
    window = MainWindow(client, outbox=outbox)  # a fresh kiosk: it knows no staff until the backend answers
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    window.close()
    client.close()


def test_a_salesperson_added_by_the_operator_signs_in_and_is_named_on_the_invitation(
    qtbot: QtBot, backend: BackendProcess, kiosk: MainWindow, db: Db
) -> None:
    name = f"Lena Holm {uuid.uuid4().hex[:4]}"
    printed = backend.operator("create-salesperson", "--dealer", "demo-stockholm", "--name", name, pin="864200")
    lena = int(re.search(r"salesperson (\d+)", printed).group(1))  # type: ignore[union-attr]
    kiosk.journey.load_staff()  # as on every sign-out; the list came before the operator added her
    sign_in(qtbot, kiosk, name, "864200")
    email = f"kund.{uuid.uuid4().hex[:8]}@example.se"
    qtbot.keyClicks(kiosk.form.first_name.edit, "Åsa")
    qtbot.keyClicks(kiosk.form.last_name.edit, "Öberg")
    qtbot.keyClicks(kiosk.form.email.edit, email)
    qtbot.mouseClick(kiosk.form.privacy, LEFT)
    qtbot.mouseClick(kiosk.form.send, LEFT)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.handoff, timeout=5000)
    assert db.one("SELECT salesperson_id FROM invitations WHERE email = :email", email=email) == (lena,)


def test_a_deactivated_salesperson_is_signed_out_at_their_next_action_and_nothing_is_sent(
    qtbot: QtBot, backend: BackendProcess, kiosk: MainWindow, db: Db
) -> None:
    name = f"Moving On {uuid.uuid4().hex[:4]}"
    printed = backend.operator("create-salesperson", "--dealer", "demo-stockholm", "--name", name, pin="97531")
    leaver = re.search(r"salesperson (\d+)", printed).group(1)  # type: ignore[union-attr]
    kiosk.journey.load_staff()
    sign_in(qtbot, kiosk, name, "97531")
    backend.operator("deactivate-salesperson", "--id", leaver)
    email = f"kund.{uuid.uuid4().hex[:8]}@example.se"
    qtbot.keyClicks(kiosk.form.first_name.edit, "Åsa")
    qtbot.keyClicks(kiosk.form.last_name.edit, "Öberg")
    qtbot.keyClicks(kiosk.form.email.edit, email)
    qtbot.mouseClick(kiosk.form.privacy, LEFT)
    qtbot.mouseClick(kiosk.form.send, LEFT)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.sign_in, timeout=5000)
    assert kiosk.sign_in.problem.text() == (
        "You can no longer sign in at this showroom. Please ask your administrator."
    )
    assert db.count("invitations", "email = :email", email=email) == 0
    qtbot.waitUntil(lambda: name not in [b.text() for b in kiosk.sign_in.names.buttons()], timeout=5000)
