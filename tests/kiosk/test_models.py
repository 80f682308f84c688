"""Validating a customer's details leaves no copy of them behind in the process.

Measured with tracemalloc: what validation allocated and nothing frees (a leak, or a cache that
holds values) is what still counts after the models are gone and a collection ran.
"""

import gc
import inspect
import secrets
import tracemalloc
from collections.abc import Callable, Iterator

import pytest
from pydantic import BaseModel

from kiosk import buyer, wire
from kiosk.buyer import BuyerDetails, Consents, Vehicle
from kiosk.models import Model
from kiosk.wire import InvitationView, QrLink

ROUNDS = 500


@pytest.fixture
def traced() -> Iterator[None]:
    tracemalloc.start()
    try:
        yield
    finally:
        tracemalloc.stop()


def kept_per_round(make: Callable[[int], object]) -> float:
    """Bytes still allocated per call of ``make`` once its results are gone (after a warm-up)."""
    for number in range(50):
        make(number)
    gc.collect()
    before = tracemalloc.get_traced_memory()[0]
    for number in range(ROUNDS):
        make(number)
    gc.collect()
    return (tracemalloc.get_traced_memory()[0] - before) / ROUNDS


def address(number: int) -> str:
    return f"asa.{number}.{secrets.token_hex(4)}@example.se"


def test_a_buyer_validated_leaves_nothing_behind(traced: None) -> None:
    def make(number: int) -> object:
        return BuyerDetails(
            first_name=f" Åsa{secrets.token_hex(3)} ",
            last_name="Öberg",
            email=f" {address(number)} ",
            phone=" +46 70 123 45 67 ",
            vehicle=Vehicle(model=f" 911 {secrets.token_hex(3)} "),
            consents=Consents(privacy_notice_acknowledged=True),
        )

    assert kept_per_round(make) < 8  # a leaked name or address would be ≥ 50 bytes each


def test_answers_read_from_json_leave_nothing_behind(traced: None) -> None:
    def make(number: int) -> object:
        QrLink.model_validate_json(
            f'{{"url": "https://kiosk.example/p/{secrets.token_urlsafe(22)}",'
            f' "expires_at": "2026-12-07T16:00:00Z", "match_code": "{secrets.token_hex(2)}"}}'
        )
        return InvitationView.model_validate_json(
            f'{{"id": "{secrets.token_hex(16)}", "status": "sent", "first_name": "Åsa{number}",'
            f' "last_name": "Öberg", "email": "{address(number)}", "language": "sv",'
            f' "created_at": "2026-12-07T16:00:00Z", "sent_at": "2026-12-07T16:00:01Z"}}'
        )

    assert kept_per_round(make) < 8


def test_the_leaks_guarded_against_are_real(traced: None) -> None:
    """The same measurement sees pydantic's own stripping and string cache keep values: if an
    upgrade fixes them, this fails, and kiosk.models can go back to pydantic's options."""
    from typing import Annotated

    from pydantic import ConfigDict, StringConstraints

    class Stripping(BaseModel):
        email: Annotated[str, StringConstraints(strip_whitespace=True)]

    class Caching(BaseModel):
        model_config = ConfigDict(frozen=True)
        email: str

    assert kept_per_round(lambda number: Stripping(email=address(number))) > 40
    assert kept_per_round(lambda number: Caching.model_validate_json(f'{{"email": "{address(number)}"}}')) > 40


def test_every_shared_model_keeps_no_copies() -> None:
    models = [
        cls
        for module in (buyer, wire)
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, BaseModel) and cls.__module__ == module.__name__
    ]
    assert len(models) > 15
    for cls in models:
        assert issubclass(cls, Model), cls.__name__
        assert cls.model_config.get("cache_strings") == "keys", cls.__name__
        assert not cls.model_config.get("str_strip_whitespace"), cls.__name__
