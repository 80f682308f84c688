"""The kiosk's log: rotating files in its data folder, one logger per subsystem, personal data masked.

The code logs ids, codes and counts, never a name or a password. The mask is the second line of
defence, for what slips through (an address inside an exception message, a library's debug line):
every e-mail address and phone number in a finished log line is masked before it is written.
"""

import logging
import logging.handlers
from pathlib import Path

from kiosk.masking import mask_personal_data

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: Five files of 1 MB: weeks of a showroom's normal traffic, bounded on a small disk.
MAX_BYTES = 1_000_000
BACKUPS = 4


class MaskingFormatter(logging.Formatter):
    """Masks the message (its arguments filled in) and any traceback; the time stamp is left alone."""

    def format(self, record: logging.LogRecord) -> str:
        if record.exc_text:  # formatted (unmasked) by another handler first, and cached on the record
            record.exc_text = mask_personal_data(record.exc_text)
        return super().format(record)

    def formatMessage(self, record: logging.LogRecord) -> str:
        record.message = mask_personal_data(record.message)
        return super().formatMessage(record)

    def formatException(self, ei: "logging._SysExcInfoType") -> str:
        return mask_personal_data(super().formatException(ei))


def log_to_files(folder: Path, level: int = logging.INFO, *, max_bytes: int = MAX_BYTES) -> logging.Handler:
    """Send every logger's records to ``folder/kiosk.log`` (rotated), masked; returns the handler."""
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder / "kiosk.log", maxBytes=max_bytes, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(MaskingFormatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level, level) if root.level else level)
    return handler
