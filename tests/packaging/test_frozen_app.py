"""The PyInstaller build of the kiosk starts and passes its own self-test.

Slow (about 30 s to build), so marked: `make test-fast` skips it, `make test` and CI run it.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.frozen
def test_frozen_kiosk_passes_its_self_test(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        check=True,
        timeout=600,
    )
    app = tmp_path / "dist" / "kiosk" / "kiosk"
    assert app.is_file()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(app), "--self-test"], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout
