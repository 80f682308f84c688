"""Render the kiosk's screens offscreen to PNG files, in each language that has a translation.

python scripts/screenshots.py [OUTPUT_DIR]
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6

from kiosk.api_client import ApiClient
from kiosk.languages import Language
from kiosk.outbox import Outbox
from kiosk.sealing import Sealer
from ui.application import build_app
from ui.main_window import MainWindow
from ui.showcase import screen_states


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app, translations = build_app(Language.EN)
    scratch = tempfile.TemporaryDirectory(prefix="kiosk-screenshots-")
    outbox = Outbox(Path(scratch.name) / "outbox.sqlite3", Sealer(os.urandom(32)))  # stays empty: the states are canned
    for language in Language:
        window = MainWindow(ApiClient("http://127.0.0.1:9"), outbox=outbox, translations=translations)  # never called
        window.set_language(language)
        window.resize(1280, 800)
        window.show()
        for name in screen_states(window):
            for _ in range(3):  # a new text asks for a new layout, which the next round of events makes
                app.processEvents()
            window.grab().save(str(out / f"{name}-{language.value}.png"))
        window.close()
        # Deleted here, on the GUI thread: dropped, the window would wait in a reference cycle for
        # Python's collector, which may run on any thread (a worker's) and must not destroy widgets.
        shiboken6.delete(window)
    outbox.close()
    scratch.cleanup()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
