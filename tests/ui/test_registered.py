from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from tests.ui.screen_texts import texts_of, unlabelled_controls
from ui.i18n import Translations
from ui.screens.registered import RegisteredScreen


def test_success_names_the_user_name_masked_and_hands_back(qtbot: QtBot, translations: Translations) -> None:
    screen = RegisteredScreen("Porsche ID")
    qtbot.addWidget(screen)
    screen.show()
    screen.show_for("Annika", email="annika.lindqvist@example.se")
    assert screen.title.text() == "Registered"
    assert screen.user_name.isVisible() and "a***@example.se" in screen.user_name.text()
    assert [text for text in texts_of(screen) if "lindqvist" in text] == []
    assert unlabelled_controls(screen) == []
    with qtbot.waitSignal(screen.next_customer_requested):
        qtbot.keyClick(screen.next_customer, Qt.Key.Key_Space)


def test_already_registered_and_no_email_given_show_no_user_name(qtbot: QtBot, translations: Translations) -> None:
    screen = RegisteredScreen("Porsche ID")
    qtbot.addWidget(screen)
    screen.show()
    screen.show_for("Annika")  # as the window calls it today
    assert not screen.user_name.isVisible()
    screen.show_for("Annika", existing=True, email="annika.lindqvist@example.se")
    assert screen.title.text() == "Already registered" and not screen.user_name.isVisible()
