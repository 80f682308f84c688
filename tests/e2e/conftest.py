"""A real phone browser: Debian's Chromium driven by Playwright, with a phone's viewport."""

import io
import shutil
from collections.abc import Iterator

import pytest
import zxingcpp
from PIL import Image
from playwright.sync_api import Browser, BrowserContext, sync_playwright

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QWidget

#: The machine's closed network refuses Chromium's background connections; these flags stop it
#: from trying, so a page load is not slowed by failed look-ups.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("Debian's chromium is not installed: run scripts/system-deps.sh test (make test does)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=3, is_mobile=True, has_touch=True, locale="sv-SE"
    )
    yield context
    context.close()


def decode_qr(widget: QWidget) -> list[str]:
    """Read QR codes from the pixels ``widget`` shows, as a phone camera would."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().toImage().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data().data())))
    return [result.text for result in zxingcpp.read_barcodes(image)]
