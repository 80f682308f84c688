import pytest
from pydantic import ValidationError

from kiosk.buyer import (
    BuyerDetails,
    BuyerFieldError,
    FieldError,
    clean_phone,
    clean_vin,
    validate_buyer_fields,
)
from kiosk.languages import Language
from kiosk.masking import mask_email


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("Åsa", "Öberg"),
        ("Jan", "van der Berg"),
        ("Siobhán", "O'Neill"),
        ("Jean-Luc", "Müller-Lüdenscheidt"),
        ("Zoë", "Ng"),
    ],
)
def test_real_names_are_accepted(first: str, last: str) -> None:
    buyer = BuyerDetails(first_name=first, last_name=last, email="a@example.com", language=Language.SV)
    assert (buyer.first_name, buyer.last_name) == (first, last)


def test_names_are_tidied_not_rewritten() -> None:
    buyer = BuyerDetails(first_name="  Åsa  ", last_name="van  der   Berg", email="a@example.com", language="sv")
    assert (buyer.first_name, buyer.last_name) == ("Åsa", "van der Berg")


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", FieldError.REQUIRED),
        ("   ", FieldError.REQUIRED),
        ("12345", FieldError.INVALID_CHARACTERS),
        ("Ann\u202eA", FieldError.INVALID_CHARACTERS),
        ("A" * 81, FieldError.TOO_LONG),
    ],
)
def test_bad_names_get_a_reason(value: str, code: FieldError) -> None:
    errors = validate_buyer_fields({"first_name": value, "last_name": "Öberg", "email": "a@example.com"})
    assert errors == {"first_name": code}


@pytest.mark.parametrize("email", ["asa@", "@example.com", "asa example.com", "asa@@example.com", "asa@example"])
def test_malformed_email_is_refused(email: str) -> None:
    errors = validate_buyer_fields({"first_name": "Åsa", "last_name": "Öberg", "email": email})
    assert errors == {"email": FieldError.EMAIL_INVALID}
    with pytest.raises(ValidationError):
        BuyerDetails(first_name="Åsa", last_name="Öberg", email=email, language=Language.SV)


def test_every_missing_field_is_reported_at_once() -> None:
    assert validate_buyer_fields({}) == {
        "first_name": FieldError.REQUIRED,
        "last_name": FieldError.REQUIRED,
        "email": FieldError.REQUIRED,
    }


def test_email_domain_is_normalised() -> None:
    buyer = BuyerDetails(first_name="Åsa", last_name="Öberg", email="Asa.Oberg@Example.SE", language="sv")
    assert buyer.email == "Asa.Oberg@example.se"


def test_mask_email_hides_the_mailbox() -> None:
    assert mask_email("asa.oberg@example.se") == "a***@example.se"
    assert mask_email("nonsense") == "***"


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("070-123 45 67", "SE", "+46701234567"),
        ("06 12345678", "NL", "+31612345678"),
        ("+49 151 23456789", "SE", "+4915123456789"),
    ],
)
def test_phone_numbers_are_read_as_the_dealers_country_writes_them(typed: str, region: str, e164: str) -> None:
    assert clean_phone(typed, region) == e164


@pytest.mark.parametrize("typed", ["12", "070-123", "phone me"])
def test_impossible_phone_numbers_are_refused(typed: str) -> None:
    assert validate_buyer_fields(
        {"first_name": "Åsa", "last_name": "Öberg", "email": "a@example.se", "phone": typed}, region="SE"
    ) == {"phone": FieldError.PHONE_INVALID}


def test_optional_fields_left_empty_are_fine() -> None:
    fields = {"first_name": "Åsa", "last_name": "Öberg", "email": "a@example.se", "phone": " ", "vin": ""}
    assert validate_buyer_fields(fields, region="SE") == {}


def test_vin_is_tidied_and_checked() -> None:
    assert clean_vin(" wp0zzz9yz ns123456 ") == "WP0ZZZ9YZNS123456"
    with pytest.raises(BuyerFieldError):
        clean_vin("WP0ZZZ9YZNS12345O")  # the letter O is never in a VIN
    with pytest.raises(BuyerFieldError):
        clean_vin("WP0ZZZ9YZNS1234")  # too short


def test_wire_numbers_must_already_be_e164() -> None:
    with pytest.raises(ValidationError):
        BuyerDetails(first_name="Åsa", last_name="Öberg", email="a@example.se", language="sv", phone="0701234567")
    buyer = BuyerDetails(first_name="Åsa", last_name="Öberg", email="a@example.se", language="sv", phone="+46701234567")
    assert buyer.phone == "+46701234567"
