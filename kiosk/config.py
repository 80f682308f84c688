"""The kiosk's configuration: one settings class, read from a TOML file, the environment and the command line.

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

A frozen dataclass checked by its own small rules, not a pydantic model: the settings are read before
the kiosk's first frame (its language, brand, full screen or not), and importing pydantic and
pydantic-settings for that cost ~90 ms of a start whose whole budget over a bare Qt window is ~110 ms
(``make bench``). Every value is checked when the object is made, from a file, the environment,
flags or code alike, and every problem is named in one :class:`SettingsError`.
"""

import dataclasses
import json
import logging
import math
import os
import re
import tomllib
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Self, Union, get_args, get_origin
from urllib.parse import urlsplit

from platformdirs import user_config_path, user_data_path

from kiosk.languages import Language

log = logging.getLogger("kiosk.config")

APP = "showroom-kiosk"
SCHEMA_VERSION = 2
ENV_PREFIX = "KIOSK_"


class SettingsError(ValueError):
    """One or more settings cannot be used; the message names each and says why."""


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


def _rule(*, low: float | None = None, high: float | None = None, above: float | None = None, pattern: str = "") -> Any:
    """Bounds (``low`` ≤ value ≤ ``high``, value > ``above``) or a pattern a setting's value must meet."""
    return {"low": low, "high": high, "above": above, "pattern": pattern}


def _default_languages() -> list[Language]:
    return [Language.SV, Language.NL, Language.DE, Language.EN]


def _default_data_dir() -> Path:
    return user_data_path(APP, appauthor=False)


@dataclass(frozen=True)
class KioskSettings:
    """Everything an operator may set; the defaults are what a showroom gets out of the box."""

    schema_version: int = SCHEMA_VERSION
    #: The onboarding API (set by ``kiosk enroll``).
    backend_url: str = "http://127.0.0.1:8765"
    #: The dealer this kiosk was enrolled at, as the backend named it (shown in diagnostics).
    dealer: str | None = None
    #: Its country (ISO 3166-1 alpha-2, set by enrolment): the salutations the form offers, and the
    #: country a phone number typed without "+" belongs to.
    dealer_country: str | None = field(default=None, metadata=_rule(pattern=r"[A-Z]{2}"))
    #: The name of the customer account, as customers know it.
    brand: str = "Porsche ID"
    #: The languages offered on the welcome screen, in this order.
    languages: list[Language] = field(default_factory=_default_languages)
    #: The kiosk's language at start (None: the system's, if offered; else English).
    default_language: Language | None = None
    #: Seconds without input before a customer screen asks "Are you still there?"...
    customer_idle_s: int = field(default=90, metadata=_rule(low=15, high=3600))
    #: ...and how long it then counts down before wiping everything.
    idle_countdown_s: int = field(default=15, metadata=_rule(low=5, high=120))
    #: Seconds without input before salesperson mode locks itself.
    staff_idle_s: int = field(default=300, metadata=_rule(low=30, high=7200))
    #: Full screen, frameless, no way out without the admin PIN (off: a normal window, for development).
    kiosk_mode: bool = True
    #: Hours a confirmed invitation's name and masked e-mail stay in the salesperson's list.
    retention_hours: float = field(default=24.0, metadata=_rule(above=0, high=24 * 90))
    #: Where the local store and the logs live.
    data_dir: Path = field(default_factory=_default_data_dir)
    #: The admin PIN as an argon2id hash (:func:`kiosk.admin_pin.hash_admin_pin`); None: no admin PIN is
    #: set, and the admin screen cannot be opened.
    admin_pin_hash: str | None = field(default=None, metadata=_rule(pattern=r"\$argon2id\$.*"))
    #: The kiosk's on-screen keyboard, for touch-only terminals without a physical keyboard.
    on_screen_keyboard: bool = False
    #: Larger text everywhere, for people who read small type with difficulty.
    large_text: bool = False

    def __post_init__(self) -> None:
        """Each value to its type (text from a file or the environment included), then its rules."""
        problems = []
        for setting in dataclasses.fields(self):
            try:
                value = _checked(setting, _converted(setting.type, getattr(self, setting.name)))
            except (TypeError, ValueError) as problem:
                problems.append(f"{setting.name}: {problem}")
                continue
            object.__setattr__(self, setting.name, value)
        if problems:
            raise SettingsError("; ".join(problems))

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> Self:
        """Settings from named values (a file's, the environment's); a name that is no setting is refused."""
        unknown = sorted(set(values) - NAMES)
        if unknown:
            raise SettingsError("; ".join(f"{name}: not a setting of this kiosk" for name in unknown))
        return cls(**values)

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes``, checked as any settings are."""
        return dataclasses.replace(self, **changes)

    def values(self) -> dict[str, Any]:
        """Every setting by name, as :meth:`from_values` takes them back."""
        return {setting.name: getattr(self, setting.name) for setting in dataclasses.fields(self)}


NAMES = frozenset(setting.name for setting in dataclasses.fields(KioskSettings))

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _converted(kind: Any, value: Any) -> Any:
    """``value`` as a ``kind``: text (from the environment or a file) is read as the type asks."""
    if get_origin(kind) in (Union, types.UnionType):
        if value is None or value == "":
            return None
        (inner,) = (member for member in get_args(kind) if member is not type(None))
        return _converted(inner, value)
    if get_origin(kind) is list:
        if isinstance(value, str):  # from the environment: a JSON list, or names separated by commas
            value = json.loads(value) if value.lstrip().startswith("[") else [p.strip() for p in value.split(",")]
        if not isinstance(value, list | tuple) or not value:
            raise ValueError(f"must be a non-empty list, not {value!r}")
        (inner,) = get_args(kind)
        return [_converted(inner, item) for item in value]
    if kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        raise ValueError(f"must be true or false, not {value!r}")
    if kind is int or kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise ValueError(f"must be a number, not {value!r}")
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise ValueError(f"must be a number, not {value!r}")
        if kind is int and number != int(number):
            raise ValueError(f"must be a whole number, not {value!r}")
        return int(number) if kind is int else number
    if kind is str:
        if not isinstance(value, str):
            raise ValueError(f"must be text, not {value!r}")
        return value
    if kind is Path:
        if not isinstance(value, str | Path):
            raise ValueError(f"must be a folder, not {value!r}")
        return Path(value)
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        try:
            return kind(value)
        except ValueError:
            choices = ", ".join(member.value for member in kind)
            raise ValueError(f"must be one of {choices}, not {value!r}") from None
    raise TypeError(f"no rule to read a {kind}")


def _checked(setting: dataclasses.Field[Any], value: Any) -> Any:
    """``value`` if it meets ``setting``'s rules (and, for the backend, is an address the kiosk can use)."""
    if value is None:
        return value
    low, high, above, pattern = (setting.metadata.get(rule) for rule in ("low", "high", "above", "pattern"))
    if low is not None and value < low:
        raise ValueError(f"must be at least {low}, not {value!r}")
    if high is not None and value > high:
        raise ValueError(f"must be at most {high}, not {value!r}")
    if above is not None and value <= above:
        raise ValueError(f"must be more than {above}, not {value!r}")
    if pattern and not re.fullmatch(pattern, value):
        raise ValueError(f"is not in the form this setting needs ({value!r})")
    if setting.name == "backend_url":
        problem = check_backend_url(value)
        if problem is not None:
            raise ValueError(f"not a usable http(s) address ({problem.value})")
        return value.strip()
    return value


def setting_range(name: str) -> tuple[int, int]:
    """The inclusive bounds of a whole-number setting (for the admin screen's spin boxes)."""
    setting = next((setting for setting in dataclasses.fields(KioskSettings) if setting.name == name), None)
    low, high = (setting.metadata.get("low"), setting.metadata.get("high")) if setting else (None, None)
    if setting is None or setting.type is not int or low is None or high is None:
        raise ValueError(f"{name} has no whole-number range")
    return int(low), int(high)


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


def environment_values(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The settings named in ``KIOSK_<NAME>`` variables (any case), as text."""
    environ = os.environ if environ is None else environ
    by_name = {key.upper(): value for key, value in environ.items()}
    return {name: by_name[ENV_PREFIX + name.upper()] for name in NAMES if ENV_PREFIX + name.upper() in by_name}


def load_settings(path: Path | None = None, **flags: Any) -> KioskSettings:
    """The settings from ``path`` (default: the platform's config file), the environment and ``flags``.

    Flags that are None were not given on the command line and do not override anything.
    """
    values = read_config(path or default_config_file())  # upgraded first: the current schema
    values |= environment_values()
    values |= {key: value for key, value in flags.items() if value is not None}
    values.pop("schema_version", None)
    return KioskSettings.from_values(values)


def remember(path: Path | None, **values: Any) -> None:
    """Store ``values`` in the config file (as ``kiosk enroll`` does with the backend and dealer)."""
    path = path or default_config_file()
    current = read_config(path)
    write_config(path, {"schema_version": SCHEMA_VERSION, **current, **values})
