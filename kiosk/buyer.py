"""The buyer's details a salesperson enters, and the rules they must follow.

Validation returns *codes* (:class:`FieldError`), never sentences: the core has no translations,
so the screens turn codes into text in the showroom's language, and the backend returns the same
codes on the wire. One set of rules, used for live feedback and for enforcement alike.
"""

import unicodedata
from enum import StrEnum
from typing import Annotated

from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, BaseModel, ConfigDict

from kiosk.languages import Language

NAME_MAX_LENGTH = 80
EMAIL_MAX_LENGTH = 254


class FieldError(StrEnum):
    """Why a field was refused; the value is its code on the wire."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_CHARACTERS = "invalid_characters"
    EMAIL_INVALID = "email_invalid"


class BuyerFieldError(ValueError):
    """A field failed a rule; carries the code so callers can translate it."""

    def __init__(self, code: FieldError) -> None:
        super().__init__(code.value)
        self.code = code


def clean_name(value: str) -> str:
    """Return a name ready to store, or raise :class:`BuyerFieldError`.

    Accepts any script and the particles and punctuation real names have ("Åsa Öberg",
    "van der Berg", "O'Neill", "Jean-Luc"); refuses control and formatting characters, which are
    never typed on purpose and can hide text in e-mails.
    """
    name = " ".join(unicodedata.normalize("NFC", value).split())
    if not name:
        raise BuyerFieldError(FieldError.REQUIRED)
    if len(name) > NAME_MAX_LENGTH:
        raise BuyerFieldError(FieldError.TOO_LONG)
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise BuyerFieldError(FieldError.INVALID_CHARACTERS)
    if not any(ch.isalpha() for ch in name):
        raise BuyerFieldError(FieldError.INVALID_CHARACTERS)
    return name


def clean_email(value: str) -> str:
    """Return the normalised e-mail address, or raise :class:`BuyerFieldError`.

    Syntax only: whether the mailbox exists is proven later, by the customer using the e-mailed
    link or code. No DNS look-up, so validation works offline and gives the same answer
    everywhere.
    """
    text = value.strip()
    if not text:
        raise BuyerFieldError(FieldError.REQUIRED)
    if len(text) > EMAIL_MAX_LENGTH:
        raise BuyerFieldError(FieldError.TOO_LONG)
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise BuyerFieldError(FieldError.EMAIL_INVALID) from None
    return result.normalized


def _name(value: str) -> str:
    return clean_name(value)


def _email(value: str) -> str:
    return clean_email(value)


Name = Annotated[str, AfterValidator(_name)]
Email = Annotated[str, AfterValidator(_email)]


class BuyerDetails(BaseModel):
    """What the salesperson enters to invite a buyer."""

    model_config = ConfigDict(frozen=True, str_strip_whitespace=True)

    first_name: Name
    last_name: Name
    email: Email
    language: Language


_CLEANERS = {"first_name": clean_name, "last_name": clean_name, "email": clean_email}


def validate_buyer_fields(fields: dict[str, str]) -> dict[str, FieldError]:
    """Check the text fields of a buyer form; return the errors by field name (empty if none).

    Used by the form for live feedback, where the salesperson needs every field's problem at
    once rather than the first exception.
    """
    errors: dict[str, FieldError] = {}
    for name, cleaner in _CLEANERS.items():
        try:
            cleaner(fields.get(name, ""))
        except BuyerFieldError as error:
            errors[name] = error.code
    return errors


def mask_email(email: str) -> str:
    """Mask an address for screens others can see and for logs: ``a***@example.com``."""
    local, sep, domain = email.partition("@")
    if not sep:
        return "***"
    return f"{local[:1]}***@{domain}"
