"""Every e-mail and page exists in Swedish, Dutch, German and English, with nothing left untranslated."""

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from backend import i18n

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["sv", "nl", "de"]
TEMPLATES = sorted(p.name for p in (ROOT / "backend" / "templates").iterdir() if p.name != "phone_base.html")
SAMPLE = {
    "brand": "Porsche ID",
    "first_name": "Åsa",
    "name": "Åsa Öberg",
    "dealer_name": "Porsche Center Stockholm",
    "dealer": "Porsche Center Stockholm",
    "email": "asa@example.se",
    "masked_email": "a***@example.se",
    "link": "https://id.example.com/r/token",
    "code": "123 456",
    "days": 7,
    "match_code": "K7F",
    "rules": [],
    "channels": [{"value": "email", "label": "x", "checked": True}],
    "errors": ["x"],
    "error": "x",
    "notice": "x",
    "dead": False,
    "heading": "x",
    "text": "x",
    "sent": False,
    "lead": "x",
    "minutes": 60,
    "advice": "x",
    "request": type("R", (), {"url": type("U", (), {"path": "/r/token"})()})(),
}


def _catalog(language: str):  # type: ignore[no-untyped-def]
    with (ROOT / "backend" / "locales" / language / "LC_MESSAGES" / "messages.po").open("rb") as source:
        return read_po(source, locale=language)


def _english_sentences() -> list[str]:
    with (ROOT / "backend" / "locales" / "messages.pot").open("rb") as source:
        template = read_po(source)
    return [m.id for m in template if m.id and isinstance(m.id, str) and len(m.id) > 20 and "%" not in m.id]


def test_catalogues_match_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "messages.pot"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pybabel"),
            "extract",
            "--no-location",
            "-F",
            "backend/babel.cfg",
            "-o",
            str(fresh),
            "backend",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with fresh.open("rb") as source:
        in_code = {m.id if isinstance(m.id, str) else tuple(m.id) for m in read_po(source) if m.id}
    for language in LANGUAGES:
        in_catalogue = {m.id if isinstance(m.id, str) else tuple(m.id) for m in _catalog(language) if m.id}
        assert in_code == in_catalogue, f"{language}: run make update-backend-translations and translate"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated(language: str) -> None:
    catalog = _catalog(language)
    untranslated = [
        m.id for m in catalog if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple) else [m.string]))
    ]
    assert untranslated == []
    problems = [(m.id, errors) for m, errors in catalog.check()]
    assert problems == [], "placeholders must match the English"


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_template_renders_in_every_language(template: str, language: str) -> None:
    text = (
        i18n.template_environment()
        .get_template(template)
        .render({**SAMPLE, "lang": language, **i18n.template_functions(language)})
    )
    assert text.strip()
    if language != "en":
        leaked = [sentence for sentence in _english_sentences() if sentence in text]
        assert leaked == []
