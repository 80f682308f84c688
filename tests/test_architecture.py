"""The house's walls: the core never imports Qt or the GUI; the backend never imports the GUI."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _imports(package: str) -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(str(path.relative_to(ROOT)), alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((str(path.relative_to(ROOT)), node.module))
    return found


def _top(module: str) -> str:
    return module.split(".")[0]


@pytest.mark.parametrize(
    ("package", "forbidden"), [("kiosk", {"PySide6", "shiboken6", "ui", "backend"}), ("backend", {"ui", "PySide6"})]
)
def test_layer_does_not_import(package: str, forbidden: set[str]) -> None:
    imports = _imports(package)
    assert imports, f"no imports found in {package}/: is the path right?"
    offending = [(path, module) for path, module in imports if _top(module) in forbidden]
    assert offending == []


def test_the_check_would_catch_a_violation(tmp_path: Path) -> None:
    sample = "from PySide6.QtCore import QObject\nimport ui.app\n"
    modules = [node for node in ast.walk(ast.parse(sample)) if isinstance(node, ast.ImportFrom | ast.Import)]
    names = {_top(n.module if isinstance(n, ast.ImportFrom) else n.names[0].name) for n in modules}  # type: ignore[arg-type]
    assert names == {"PySide6", "ui"}
