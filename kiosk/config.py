"""The kiosk's configuration: one model, read from a TOML file, the environment and the command line.

Later sources win: the file in the platform's config folder (``kiosk.toml``), then ``KIOSK_*``
environment variables, then command-line flags. The file carries ``schema_version``; an older file
is upgraded in place (the original kept beside it as ``kiosk.toml.v<N>.bak``) before it is read,
so an operator's settings survive an update of the kiosk.

Secrets are never here: the device token and the store key live in the keyring
(:mod:`kiosk.credentials`). The admin PIN is here only as an argon2id hash (:mod:`kiosk.admin_pin`),
never as the PIN itself.

``schema_version`` changes only when a file needs rewriting to be read: a new optional setting with a
default (``admin_pin_hash``, ``on_screen_keyboard``, ``large_text``) does not, and leaving the version
alone keeps a file that does not use them readable by the kiosk version before.
"""

import json
import logging
import os
import tomllib
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from platformdirs import user_config_path, user_data_path
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

from kiosk.languages import Language

log = logging.getLogger("kiosk.config")

APP = "showroom-kiosk"
SCHEMA_VERSION = 2


def default_config_file() -> Path:
    return user_config_path(APP, appauthor=False) / "kiosk.toml"


class UrlProblem(StrEnum):
    """Why a backend address cannot be used (the admin screen says it in words)."""

    EMPTY = "empty"
    #: Not ``http://`` or ``https://`` (or no scheme at all).
    SCHEME = "scheme"
    #: No host name or address after the scheme, or one with spaces in it.
    HOST = "host"
    #: A user name or password in the address, a query or a fragment: nothing the API takes.
    EXTRA = "extra"


def check_backend_url(url: str) -> UrlProblem | None:
    """None if ``url`` can be the backend's address: ``http(s)://host[:port][/path]``."""
    url = url.strip()
    if not url:
        return UrlProblem.EMPTY
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:  # a port that is not a number, or an unbalanced [IPv6 literal
        return UrlProblem.HOST
    if parts.scheme.lower() not in {"http", "https"}:
        return UrlProblem.SCHEME
    if not parts.hostname or not port_ok or any(char.isspace() for char in url):
        return UrlProblem.HOST
    if parts.username is not None or parts.password is not None or parts.query or parts.fragment:
        return UrlProblem.EXTRA
    return None


class KioskSettings(BaseSettings):
    """Everything an operator may set; the defaults are what a showroom gets out of the box."""

    model_config = SettingsConfigDict(env_prefix="KIOSK_", extra="forbid", validate_default=True)

    schema_version: int = SCHEMA_VERSION
    #: The onboarding API (set by ``kiosk enroll``).
    backend_url: str = "http://127.0.0.1:8765"
    #: The dealer this kiosk was enrolled at, as the backend named it (shown in diagnostics).
    dealer: str | None = None
    #: Its country (ISO 3166-1 alpha-2, set by enrolment): the salutations the form offers, and the
    #: country a phone number typed without "+" belongs to.
    dealer_country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    #: The name of the customer account, as customers know it.
    brand: str = "Porsche ID"
    #: The languages offered on the welcome screen, in this order.
    languages: list[Language] = Field(default_factory=lambda: [Language.SV, Language.NL, Language.DE, Language.EN])
    #: The kiosk's language at start (None: the system's, if offered; else English).
    default_language: Language | None = None
    #: Seconds without input before a customer screen asks "Are you still there?"...
    customer_idle_s: int = Field(default=90, ge=15, le=3600)
    #: ...and how long it then counts down before wiping everything.
    idle_countdown_s: int = Field(default=15, ge=5, le=120)
    #: Seconds without input before salesperson mode locks itself.
    staff_idle_s: int = Field(default=300, ge=30, le=7200)
    #: Full screen, frameless, no way out without the admin PIN (off: a normal window, for development).
    kiosk_mode: bool = True
    #: Hours a confirmed invitation's name and masked e-mail stay in the salesperson's list.
    retention_hours: float = Field(default=24.0, gt=0, le=24 * 90)
    #: Where the local store and the logs live.
    data_dir: Path = Field(default_factory=lambda: user_data_path(APP, appauthor=False))
    #: The admin PIN as an argon2id hash (:func:`kiosk.admin_pin.hash_admin_pin`); None: no admin PIN is
    #: set, and the admin screen cannot be opened.
    admin_pin_hash: str | None = Field(default=None, pattern=r"^\$argon2id\$")
    #: The kiosk's on-screen keyboard, for touch-only terminals without a physical keyboard.
    on_screen_keyboard: bool = False
    #: Larger text everywhere, for people who read small type with difficulty.
    large_text: bool = False

    @field_validator("backend_url")
    @classmethod
    def _usable_backend_url(cls, url: str) -> str:
        problem = check_backend_url(url)
        if problem is not None:
            raise ValueError(f"not a usable http(s) address ({problem.value})")
        return url.strip()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # First wins: command-line flags, then the environment, then the file (model_config's toml_file).
        return init_settings, env_settings, TomlConfigSettingsSource(settings_cls)


def setting_range(name: str) -> tuple[int, int]:
    """The inclusive bounds of a whole-number setting (for the admin screen's spin boxes)."""
    rules = KioskSettings.model_fields[name].metadata
    low = next((rule.ge for rule in rules if hasattr(rule, "ge")), None)
    high = next((rule.le for rule in rules if hasattr(rule, "le")), None)
    if not isinstance(low, int) or not isinstance(high, int):
        raise ValueError(f"{name} has no whole-number range")
    return low, high


def _upgrade_1_to_2(old: dict[str, Any]) -> dict[str, Any]:
    """Version 1 (no ``schema_version``) named its keys after the command-line flags."""
    renames = {"backend": "backend_url", "lang": "default_language", "idle_timeout": "customer_idle_s"}
    new = {renames.get(key, key): value for key, value in old.items()}
    if new.get("windowed") is not None:
        new["kiosk_mode"] = not new.pop("windowed")
    return new


#: Each step takes a file of version N (the key) to N + 1.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _upgrade_1_to_2}


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid TOML basic string


def write_config(path: Path, values: dict[str, Any]) -> None:
    """Write a flat TOML file atomically (a crash leaves the old file or the new, never half).

    Readable by the kiosk's own user only: it holds the admin PIN's hash, and a hash anyone can read
    can be guessed at offline, which the admin screen's lockout cannot slow.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{key} = {_toml_value(value)}" for key, value in values.items() if value is not None]
    partial = path.with_suffix(".toml.partial")
    text = "# Showroom kiosk settings (see kiosk/config.py)\n" + "\n".join(lines) + "\n"
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        if hasattr(os, "fchmod"):  # POSIX; a partial file left from before may have had other rights
            os.fchmod(file.fileno(), 0o600)
        file.write(text)
    os.replace(partial, path)


def read_config(path: Path) -> dict[str, Any]:
    """The file's values, upgraded to the current schema (and written back so) if it was older."""
    if not path.exists():
        return {}
    values = tomllib.loads(path.read_text("utf-8"))
    version = int(values.pop("schema_version", 1))
    if version > SCHEMA_VERSION:
        raise ValueError(f"{path} is schema {version}; this kiosk knows up to {SCHEMA_VERSION}: update the kiosk")
    if version < SCHEMA_VERSION:
        path.with_name(f"{path.name}.v{version}.bak").write_bytes(path.read_bytes())
        while version < SCHEMA_VERSION:
            values = UPGRADES[version](values)
            version += 1
        write_config(path, {"schema_version": SCHEMA_VERSION, **values})
        log.info("configuration upgraded to schema %d (the old file is kept as a .bak)", SCHEMA_VERSION)
    return values


def load_settings(path: Path | None = None, **flags: Any) -> KioskSettings:
    """The settings from ``path`` (default: the platform's config file), the environment and ``flags``.

    Flags that are None were not given on the command line and do not override anything.
    """
    path = path or default_config_file()
    read_config(path)  # upgrade first, so the model below reads the current schema

    class FromFile(KioskSettings):
        model_config = SettingsConfigDict(toml_file=path)

    return FromFile(**{key: value for key, value in flags.items() if value is not None})


def remember(path: Path | None, **values: Any) -> None:
    """Store ``values`` in the config file (as ``kiosk enroll`` does with the backend and dealer)."""
    path = path or default_config_file()
    current = read_config(path)
    write_config(path, {"schema_version": SCHEMA_VERSION, **current, **values})
