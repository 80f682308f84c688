"""The kiosk's PySide6 screens. Imports the core (``kiosk``); the core never imports this."""

import time

#: When the kiosk's own code began (before Qt is imported): what the start's log lines count from.
STARTED_AT = time.perf_counter()
