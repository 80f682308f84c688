"""The kiosk's core: domain rules, wire format, API client and QR payloads.

Pure Python on purpose: nothing here imports PySide6 (a test enforces it), so the rules the
screens use for live feedback are the same ones the backend enforces, and the core can be
tested and reused without a display.
"""
