"""Reference implementation of the onboarding API the kiosk syncs with, and the phone pages.

Imports the kiosk core (wire format, domain rules) and never the GUI (a test enforces it).
"""
