"""The kiosk's PySide6 screens. Imports the core (``kiosk``); the core never imports this."""
