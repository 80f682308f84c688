"""The kiosk's core: domain rules, wire format, API client and QR payloads.

Pure Python on purpose: nothing here imports PySide6 (a test enforces it), so the rules the
screens use for live feedback are the same ones the backend enforces, and the core can be
tested and reused without a display.
"""

import sys

# httpx imports its command-line tool whenever click, rich and pygments are installed (they come with
# test tools, and PyInstaller then freezes them into the kiosk too): about 90 ms of every start, for a
# program the kiosk never runs. httpx falls back to a stub when that import fails; this makes it fail.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
