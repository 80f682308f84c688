"""The kiosk's log files: rotating, and what slips into a line is masked."""

import logging
from pathlib import Path

from kiosk.logs import log_to_files
from kiosk.masking import mask_personal_data


def test_addresses_and_phone_numbers_are_masked_but_times_and_ids_are_not() -> None:
    line = "2026-11-21 10:42:00 id 1234-5678-abcd refused for zebulon.q@example.se, tel +46 70 123 45 67 or 0701234567"
    masked = mask_personal_data(line)
    assert "zebulon" not in masked and "123 45 67" not in masked and "0701234567" not in masked
    assert masked.startswith("2026-11-21 10:42:00 id 1234-5678-abcd refused for z***@example.se, tel [phone]")


def test_the_log_file_is_masked_rotated_and_bounded(tmp_path: Path) -> None:
    handler = log_to_files(tmp_path / "logs", max_bytes=20_000)
    log = logging.getLogger("kiosk.test")
    try:
        for n in range(200):
            log.info("line %d of a long day %s", n, "." * 1000)
        try:
            raise ValueError("no account for zebulon.q@example.se")
        except ValueError:
            log.exception("lookup failed for %s", "zebulon.q@example.se")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    files = sorted((tmp_path / "logs").iterdir())
    text = "".join(path.read_text(encoding="utf-8") for path in files)
    assert "lookup failed for z***@example.se" in text
    assert "ValueError: no account for z***@example.se" in text
    assert "zebulon" not in text
    assert len(files) == 5, "four old files kept, then the oldest goes"
    assert all(path.stat().st_size <= 20_000 for path in files)
