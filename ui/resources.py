"""Where the kiosk finds its theme, icons and translations, from a checkout or a frozen build.

The one place that knows the layout: everything else asks for a resource by name.
"""

import sys
from pathlib import Path


def _root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)  # set by PyInstaller
    if frozen_root is not None:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return _root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return _root() / "translations"
