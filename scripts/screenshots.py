"""Render the kiosk's screens offscreen to PNG files, in each language that has a translation.

    python scripts/screenshots.py [OUTPUT_DIR]

Uses a canned invitation (no backend needed), so the pictures show every state a person sees.
"""

import os
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.api_client import ApiClient
from kiosk.languages import Language
from kiosk.wire import InvitationStatus, InvitationView
from ui.app import build_app
from ui.main_window import MainWindow


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app, translations = build_app(Language.EN)
    invitation = InvitationView(
        id=uuid.uuid4(),
        status=InvitationStatus.SENT,
        first_name="Åsa",
        last_name="Öberg",
        email="asa.oberg@example.se",
        language=Language.SV,
        created_at=datetime.now(UTC),
    )
    for language in (Language.EN, Language.SV):
        translations.use(language)
        window = MainWindow(ApiClient("http://127.0.0.1:9"))
        window.resize(1280, 800)
        window.show()

        def shot(name: str, window: MainWindow = window, language: Language = language) -> None:
            app.processEvents()
            window.grab().save(str(out / f"{name}-{language.value}.png"))

        window.form.submit()  # an empty form, submitted: every error shows
        shot("01-buyer-form-errors")
        window.form.reset()
        window.form.first_name.edit.setText("Åsa")
        window.form.last_name.edit.setText("Öberg")
        window.form.email.edit.setText("asa.oberg@example.se")
        shot("02-buyer-form")
        window.handoff.show_invitation(invitation)
        window.handoff.set_qr_link("http://192.168.1.20:8765/r/Zq3xK2bQ9hV8mN4pT7wL1cR6yD0fJ5sA2eU8iO3uG4k")
        window.stack.setCurrentWidget(window.handoff)
        shot("03-handoff")
        window.finish.start(invitation)
        window.finish.password.setText("Porsche9")
        window.finish.repeat.setText("Porsche")
        window.stack.setCurrentWidget(window.finish)
        shot("04-finish-here")
        window.stack.setCurrentWidget(window.handoff)
        window._on_status_event(invitation.model_copy(update={"status": InvitationStatus.COMPLETED}))
        shot("05-registered")
        window.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
