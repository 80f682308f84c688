"""The kiosk's settings: file, then environment, then flags; older files upgraded, bad values refused."""

import os
from pathlib import Path

import pytest

from kiosk.admin_pin import check_admin_pin, hash_admin_pin
from kiosk.config import (
    SCHEMA_VERSION,
    SettingsError,
    UrlProblem,
    check_backend_url,
    load_settings,
    read_config,
    remember,
    setting_range,
)
from kiosk.languages import Language


@pytest.fixture(autouse=True)
def _no_kiosk_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("KIOSK_"):
            monkeypatch.delenv(name)


def test_out_of_the_box_a_showroom_gets_the_documented_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "absent.toml")
    assert settings.backend_url == "http://127.0.0.1:8765"
    assert settings.brand == "Porsche ID"
    assert settings.languages == [Language.SV, Language.NL, Language.DE, Language.EN]
    assert (settings.customer_idle_s, settings.idle_countdown_s, settings.retention_hours) == (90, 15, 24.0)
    assert settings.kiosk_mode is True
    assert (settings.admin_pin_hash, settings.on_screen_keyboard, settings.large_text) == (None, False, False)
    assert not (tmp_path / "absent.toml").exists(), "reading writes nothing"


def test_the_file_then_the_environment_then_flags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'schema_version = {SCHEMA_VERSION}\nbackend_url = "https://file.example"\nbrand = "Marken-ID"\n'
        'customer_idle_s = 120\nlanguages = ["de", "en"]\n'
    )
    settings = load_settings(config)
    assert (settings.backend_url, settings.brand, settings.customer_idle_s) == (
        "https://file.example",
        "Marken-ID",
        120,
    )
    assert settings.languages == [Language.DE, Language.EN]
    monkeypatch.setenv("KIOSK_BACKEND_URL", "https://env.example")
    monkeypatch.setenv("KIOSK_KIOSK_MODE", "false")
    settings = load_settings(config)
    assert (settings.backend_url, settings.kiosk_mode, settings.brand) == ("https://env.example", False, "Marken-ID")
    settings = load_settings(config, backend_url="https://flag.example", brand=None)
    assert (settings.backend_url, settings.brand) == ("https://flag.example", "Marken-ID"), "None: flag not given"


def test_an_older_file_is_upgraded_in_place_and_the_original_kept(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    old = 'backend = "https://old.example"\nlang = "sv"\nidle_timeout = 60\nwindowed = true\n'
    config.write_text(old)
    settings = load_settings(config)
    assert (settings.backend_url, settings.default_language) == ("https://old.example", Language.SV)
    assert (settings.customer_idle_s, settings.kiosk_mode) == (60, False)
    assert (tmp_path / "kiosk.toml.v1.bak").read_text() == old
    upgraded = read_config(config)
    assert upgraded["backend_url"] == "https://old.example"
    assert f"schema_version = {SCHEMA_VERSION}" in config.read_text()


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("customer_idle_s = 5", "customer_idle_s"),
        ('default_language = "fr"', "default_language"),
        ("retention_hours = 0", "retention_hours"),
        ('backend_ulr = "https://typo.example"', "backend_ulr"),
        ('backend_url = "127.0.0.1:8765"', "backend_url"),
        ('admin_pin_hash = "482916"', "admin_pin_hash"),
        ('large_text = "big"', "large_text"),
    ],
)
def test_a_bad_value_is_refused_naming_the_setting(tmp_path: Path, line: str, field: str) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f"schema_version = {SCHEMA_VERSION}\n{line}\n")
    with pytest.raises(SettingsError, match=field):
        load_settings(config)


def test_a_file_from_a_newer_kiosk_is_not_guessed_at(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f"schema_version = {SCHEMA_VERSION + 1}\n")
    with pytest.raises(ValueError, match="update the kiosk"):
        load_settings(config)


def test_enrolment_remembers_the_backend_and_keeps_what_the_operator_set(tmp_path: Path) -> None:
    config = tmp_path / "settings" / "kiosk.toml"
    remember(config, brand='Porsche "ID"')
    remember(config, backend_url="https://api.example", dealer="Porsche Zentrum Köln")
    settings = load_settings(config)
    assert (settings.brand, settings.backend_url, settings.dealer) == (
        'Porsche "ID"',
        "https://api.example",
        "Porsche Zentrum Köln",
    )


def test_the_admin_settings_come_from_the_file_and_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f"schema_version = {SCHEMA_VERSION}\non_screen_keyboard = true\n")
    settings = load_settings(config)
    assert (settings.on_screen_keyboard, settings.large_text) == (True, False)
    monkeypatch.setenv("KIOSK_LARGE_TEXT", "true")
    assert load_settings(config).large_text is True


def test_the_admin_pin_is_remembered_as_its_hash_and_checks_after_a_restart(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    remember(config, backend_url="https://api.example", dealer="Porsche Zentrum Köln")
    remember(config, admin_pin_hash=hash_admin_pin("482916"), large_text=True)
    assert "482916" not in config.read_text()
    settings = load_settings(config)
    assert check_admin_pin(settings.admin_pin_hash, "482916")
    assert (settings.dealer, settings.large_text) == ("Porsche Zentrum Köln", True), "the rest is kept"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_settings_file_holding_the_pin_hash_is_for_the_kiosks_user_only(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('backend_url = "https://api.example"\n')
    config.chmod(0o644)  # as an operator's editor may have left it
    remember(config, admin_pin_hash=hash_admin_pin("482916"))
    assert config.stat().st_mode & 0o777 == 0o600
    assert load_settings(config).backend_url == "https://api.example"


def test_a_file_from_before_the_admin_settings_is_read_as_it_is(tmp_path: Path) -> None:
    """New optional settings need no upgrade: the file is not rewritten, and no backup is made."""
    config = tmp_path / "kiosk.toml"
    text = f'schema_version = {SCHEMA_VERSION}\nbackend_url = "https://api.example"\ncustomer_idle_s = 60\n'
    config.write_text(text)
    settings = load_settings(config)
    assert (settings.customer_idle_s, settings.admin_pin_hash, settings.large_text) == (60, None, False)
    assert config.read_text() == text
    assert [path.name for path in tmp_path.iterdir()] == ["kiosk.toml"]


def test_the_ranges_the_admin_screen_offers_are_the_models() -> None:
    assert setting_range("customer_idle_s") == (15, 3600)
    assert setting_range("idle_countdown_s") == (5, 120)
    assert setting_range("staff_idle_s") == (30, 7200)
    with pytest.raises(ValueError, match="brand"):
        setting_range("brand")


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://onboarding.example.com", None),
        ("http://127.0.0.1:8765", None),
        ("  HTTPS://Onboarding.Example.com/kiosk/  ", None),
        ("http://[::1]:8765", None),
        ("", UrlProblem.EMPTY),
        ("   ", UrlProblem.EMPTY),
        ("onboarding.example.com", UrlProblem.SCHEME),
        ("127.0.0.1:8765", UrlProblem.SCHEME),
        ("ftp://onboarding.example.com", UrlProblem.SCHEME),
        ("https://", UrlProblem.HOST),
        ("https://onboarding example.com", UrlProblem.HOST),
        ("http://127.0.0.1:port", UrlProblem.HOST),
        ("http://[::1", UrlProblem.HOST),
        ("https://admin:secret@onboarding.example.com", UrlProblem.EXTRA),
        ("https://onboarding.example.com/?x=1", UrlProblem.EXTRA),
        ("https://onboarding.example.com/#top", UrlProblem.EXTRA),
    ],
)
def test_what_may_be_the_backends_address(url: str, problem: UrlProblem | None) -> None:
    assert check_backend_url(url) is problem


@pytest.mark.parametrize("text", ['["de", "en"]', "de, en"])
def test_the_languages_can_be_set_in_the_environment_as_a_list_or_with_commas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setenv("KIOSK_LANGUAGES", text)
    monkeypatch.setenv("KIOSK_STAFF_IDLE_S", "600")
    monkeypatch.setenv("KIOSK_LARGE_TEXT", "yes")
    settings = load_settings(tmp_path / "absent.toml")
    assert (settings.languages, settings.staff_idle_s, settings.large_text) == ([Language.DE, Language.EN], 600, True)


def test_every_bad_setting_is_named_at_once_and_nothing_is_half_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_CUSTOMER_IDLE_S", "ninety")
    monkeypatch.setenv("KIOSK_LANGUAGES", "[]")
    with pytest.raises(SettingsError) as refused:
        load_settings(tmp_path / "absent.toml", dealer_country="se")
    problems = str(refused.value)
    assert all(name in problems for name in ("customer_idle_s", "languages", "dealer_country")), problems


def test_a_copy_with_changes_is_checked_like_the_file() -> None:
    settings = load_settings(Path("/nonexistent/kiosk.toml"))
    assert settings.replace(customer_idle_s=120).customer_idle_s == 120
    with pytest.raises(SettingsError, match="customer_idle_s"):
        settings.replace(customer_idle_s=5)
