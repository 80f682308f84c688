"""Every visible string has a translation, and the committed .ts files match the code."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "translations").glob("*.ts"))
UI_SOURCES = sorted(str(path) for path in (ROOT / "ui").rglob("*.py"))
LANGUAGES = ["sv", "nl", "de"]
PLACEHOLDER = re.compile(r"%\d")
# A mnemonic marker: "&" before a character other than a space or a second "&" ("&&" is a literal "&").
MNEMONIC = re.compile(r"&[^\s&]")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message.find("translation")  # type: ignore[misc]
        for context in tree.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_there_is_a_translation_for_each_language(language: str) -> None:
    assert ROOT / "translations" / f"kiosk_{language}.ts" in TS_FILES


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_mnemonics(language: str) -> None:
    """Each %1/%2 of the source is in the translation (and no other), and "&" mnemonics match: 0 or 1."""
    wrong = []
    for (context, source), translation in _messages(ROOT / "translations" / f"kiosk_{language}.ts").items():
        text = translation.text or ""
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
            wrong.append((context, source, text, "placeholders differ"))
        mnemonics = len(MNEMONIC.findall(source))
        if mnemonics > 1 or len(MNEMONIC.findall(text)) != mnemonics:
            wrong.append((context, source, text, "mnemonic count differs"))
    assert wrong == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.name)
def test_ts_file_is_up_to_date_and_complete(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *UI_SOURCES, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True)
    committed, current = _messages(ts), _messages(fresh)
    assert sorted(set(current) - set(committed)) == [], (
        "strings in the code missing from the .ts: run make update-translations"
    )
    assert sorted(set(committed) - set(current)) == [], (
        "strings in the .ts no longer in the code: run make update-translations"
    )
    unfinished = [
        key for key, translation in committed.items() if translation.get("type") == "unfinished" or not translation.text
    ]
    assert unfinished == []
