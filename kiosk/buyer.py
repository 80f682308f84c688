"""The buyer's details a salesperson enters, and the rules they must follow.

Validation returns *codes* (:class:`FieldError`), never sentences: the core has no translations,
so the screens turn codes into text in the showroom's language, and the backend returns the same
codes on the wire. One set of rules, used for live feedback and for enforcement alike.
"""

import re
import unicodedata
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, ConfigDict, Field

from kiosk.languages import Language
from kiosk.models import Model, Stripped

NAME_MAX_LENGTH = 80
EMAIL_MAX_LENGTH = 254


class FieldError(StrEnum):
    """Why a field was refused; the value is its code on the wire."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_CHARACTERS = "invalid_characters"
    EMAIL_INVALID = "email_invalid"
    PHONE_INVALID = "phone_invalid"
    VIN_INVALID = "vin_invalid"
    COMMISSION_NUMBER_INVALID = "commission_number_invalid"


class Salutation(StrEnum):
    """How the customer is addressed; which ones a market offers is the screens' business."""

    NONE = "none"
    MR = "mr"
    MS = "ms"


#: The salutations a market's customers expect to be offered. Markets not listed (Sweden, say)
#: address customers by name, and the form then asks for none.
MARKET_SALUTATIONS: dict[str, tuple[Salutation, ...]] = {
    country: (Salutation.MS, Salutation.MR) for country in ("DE", "AT", "CH", "NL", "BE", "LU", "GB", "IE", "FR")
}


def load_checkers() -> None:
    """Import the phone-number and e-mail checkers now (on a worker, say), not at the first keystroke.

    They are imported by the functions that use them: together they are about a tenth of the
    kiosk's start-up, and the welcome screen needs neither.
    """
    import email_validator  # noqa: F401
    import phonenumbers  # noqa: F401


def salutations_for(country: str | None) -> tuple[Salutation, ...]:
    return MARKET_SALUTATIONS.get((country or "").upper(), ())


def example_mobile(region: str | None) -> str:
    """A mobile number as people in ``region`` write it internationally, for hints (e.g. "+46 70 123 45 67")."""
    import phonenumbers

    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE) if region else None
    if number is None:
        return "+46 70 123 45 67"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


class MarketingChannel(StrEnum):
    """A channel the customer may opt in to, each on its own (never one box for all)."""

    EMAIL = "email"
    SMS = "sms"
    PHONE = "phone"
    POST = "post"


def offered_channels(walk_in: bool) -> tuple[MarketingChannel, ...]:
    """The channels a customer is asked about as they finish (at the kiosk or on the phone).

    A walk-in gave only a name and an e-mail address, so only e-mail can reach them; an invited
    customer may have given the salesperson a phone number and an address as well.
    """
    return (MarketingChannel.EMAIL,) if walk_in else tuple(MarketingChannel)


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
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise BuyerFieldError(FieldError.EMAIL_INVALID) from None
    return result.normalized


def clean_phone(value: str, region: str | None) -> str:
    """Return a mobile number in E.164 (``+46701234567``), or raise :class:`BuyerFieldError`.

    ``region`` (ISO 3166-1, e.g. "SE") is the country a number without ``+`` is read in: the
    dealer's, so a Swedish salesperson can type "070-123 45 67" as Swedes write it.
    """
    text = value.strip()
    if not text:
        raise BuyerFieldError(FieldError.REQUIRED)
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise BuyerFieldError(FieldError.PHONE_INVALID) from None
    if not phonenumbers.is_valid_number(number):
        raise BuyerFieldError(FieldError.PHONE_INVALID)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


#: ISO 3779: 17 characters, no I, O or Q (they read as 1 and 0).
_VIN = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
_COMMISSION_NUMBER = re.compile(r"[A-Z0-9]{1,20}")


def clean_vin(value: str) -> str:
    vin = "".join(value.split()).upper()
    if not _VIN.fullmatch(vin):
        raise BuyerFieldError(FieldError.VIN_INVALID)
    return vin


def clean_commission_number(value: str) -> str:
    number = "".join(value.split()).upper()
    if not _COMMISSION_NUMBER.fullmatch(number):
        raise BuyerFieldError(FieldError.COMMISSION_NUMBER_INVALID)
    return number


def _e164(value: str) -> str:
    # On the wire numbers are already E.164: the kiosk, which knows the region they were typed
    # for, normalised them. Anything else is refused rather than guessed at.
    if not value.startswith("+"):
        raise BuyerFieldError(FieldError.PHONE_INVALID)
    return clean_phone(value, None)


Name = Annotated[str, AfterValidator(clean_name)]
Email = Annotated[str, AfterValidator(clean_email)]
E164 = Annotated[str, Stripped, AfterValidator(_e164)]
Vin = Annotated[str, AfterValidator(clean_vin)]
CommissionNumber = Annotated[str, AfterValidator(clean_commission_number)]


class Vehicle(Model):
    """The car the buyer is getting; every part optional (a buyer may not have chosen yet)."""

    model_config = ConfigDict(frozen=True)

    model: Annotated[str, Stripped, Field(max_length=80)] | None = None
    commission_number: CommissionNumber | None = None
    vin: Vin | None = None


class Consents(Model):
    """What the salesperson recorded with the customer: the privacy notice given, and opt-ins."""

    model_config = ConfigDict(frozen=True)

    privacy_notice_acknowledged: bool = False
    marketing: frozenset[MarketingChannel] = frozenset()


class BuyerDetails(Model):
    """What the salesperson enters to invite a buyer.

    Names, address and numbers are trimmed by their own rules (see :mod:`kiosk.models` for why not
    by pydantic's ``str_strip_whitespace``).
    """

    model_config = ConfigDict(frozen=True)

    first_name: Name
    last_name: Name
    email: Email
    #: The customer's language for mails and pages; None leaves it to the dealer's first language.
    language: Language | None = None
    salutation: Salutation = Salutation.NONE
    phone: E164 | None = None
    vehicle: Vehicle | None = None
    consents: Consents = Consents()


_REQUIRED = {"first_name": clean_name, "last_name": clean_name, "email": clean_email}
_OPTIONAL = {"vin": clean_vin, "commission_number": clean_commission_number}


def validate_buyer_fields(fields: dict[str, str], region: str | None = None) -> dict[str, FieldError]:
    """Check the text fields of a buyer form; return the errors by field name (empty if none).

    Used by the form for live feedback, where the salesperson needs every field's problem at
    once rather than the first exception. Optional fields (phone, VIN, commission number) are
    checked only when filled in; ``region`` is the country a phone number is read in.
    """
    errors: dict[str, FieldError] = {}
    for name, cleaner in _REQUIRED.items():
        try:
            cleaner(fields.get(name, ""))
        except BuyerFieldError as error:
            errors[name] = error.code
    optional = {**_OPTIONAL, "phone": lambda text: clean_phone(text, region)}
    for name, check in optional.items():
        if fields.get(name, "").strip():
            try:
                check(fields[name])
            except BuyerFieldError as error:
                errors[name] = error.code
    return errors
