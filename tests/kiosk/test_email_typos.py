"""The e-mail hint catches the slips customers make, and leaves real addresses alone."""

import pytest

from kiosk.email_typos import suggest


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("asa@gmial.com", "asa@gmail.com"),
        ("asa@gmai.com", "asa@gmail.com"),
        ("asa@gmail.con", "asa@gmail.com"),
        ("erik@hotmial.se", "erik@hotmail.se"),
        ("erik@hotmail.cmo", "erik@hotmail.com"),
        ("jan@outlok.com", "jan@outlook.com"),
        ("jan@yahooo.com", "jan@yahoo.com"),
        ("sanne@zigo.nl", "sanne@ziggo.nl"),
        ("max@t-onlne.de", "max@t-online.de"),
        ("max@Gmial.COM", "max@gmail.com"),
        ("info@firma-lind.con", "info@firma-lind.com"),
    ],
)
def test_a_likely_slip_gets_the_address_meant(typed: str, meant: str) -> None:
    assert suggest(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "asa@gmail.com",
        "erik@telia.com",
        "max@gmx.de",
        "max@gmx.net",  # a real provider next to gmx.de: never "corrected" into another
        "anna@porsche-center.se",
        "anna@example.org",
        "incomplete@",
        "no-at-sign",
        "a@localhost",
        "",
    ],
)
def test_real_addresses_and_unfinished_input_get_no_hint(typed: str) -> None:
    assert suggest(typed) is None


def test_the_local_part_is_kept_exactly_as_typed() -> None:
    assert suggest("Åsa.Öberg+porsche@gmial.com") == "Åsa.Öberg+porsche@gmail.com"
