"""Personal data made unreadable for screens others can see and for logs.

Its own small module, free of the buyer model's imports: the log formatter needs it before the
kiosk's first frame, and the screens and the backend's mailer use the same mask.
"""

import re

_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
#: International (+46…) or national (0…) numbers, with the spaces, dots and dashes people type;
#: a date such as 2026-11-21 starts with neither, so it stays.
_PHONE = re.compile(r"(?<![\w+-])(?:\+\d|0\d)(?:[ .\-/]?\d){5,14}(?![\w-])")


def mask_email(email: str) -> str:
    """Mask an address for screens others can see and for logs: ``a***@example.com``."""
    local, sep, domain = email.partition("@")
    if not sep:
        return "***"
    return f"{local[:1]}***@{domain}"


def mask_personal_data(text: str) -> str:
    """Every e-mail address and phone number in ``text``, masked."""
    text = _EMAIL.sub(lambda match: mask_email(match.group(0)), text)
    return _PHONE.sub("[phone]", text)
