"""The package's layers: each folder imports only the layers below it, and the
third-party libraries of a layer above never reach a layer below."""

import ast
from pathlib import Path

import pytest

from tests.helpers import ROOT

SRC = ROOT / "src" / "kompcalc"

RANKS = {"shared": 0, "core": 1, "loading": 2, "batch": 3, "render": 4, "cli": 5, "main": 6}
"""A layer may import its own rank and those below. The shared modules at the top
(errors, texts, fmt) are below everything; ``__main__`` only starts the CLI."""

BANNED = {
    "shared": {
        "typer",
        "rich",
        "yaml",
        "jinja2",
        "markupsafe",
        "xlsxwriter",
        "pydantic",
        "openpyxl",
    },
    "core": {"typer", "rich", "yaml", "jinja2", "markupsafe", "xlsxwriter", "openpyxl"},
    "loading": {"typer", "rich", "jinja2", "markupsafe", "xlsxwriter"},
    "batch": {"typer", "rich", "jinja2", "markupsafe", "xlsxwriter", "openpyxl"},
    "render": {"typer", "openpyxl"},  # render writes case files as YAML
    "cli": {"yaml", "openpyxl"},
    "main": set(),
}
"""Third-party libraries each layer must not import."""


def layer_of(module: str) -> str:
    """``kompcalc.core.calc`` -> ``core``; the top-level modules are ``shared``."""
    parts = module.split(".")
    if parts[1:2] == ["__main__"]:
        return "main"
    return parts[1] if len(parts) > 2 and parts[1] in RANKS else "shared"


def _modules() -> dict[str, Path]:
    found = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        found[".".join(p for p in parts if p != "__init__")] = path
    return found


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


MODULES = _modules()


def test_every_folder_is_a_known_layer() -> None:
    folders = {p.name for p in SRC.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders <= set(RANKS) | {"texts"}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_imports_only_its_layer_and_those_below(module: str) -> None:
    layer = layer_of(module)
    upward = sorted(
        name
        for name in imports_of(MODULES[module])
        if name.startswith("kompcalc.") and name in MODULES and RANKS[layer_of(name)] > RANKS[layer]
    )
    assert upward == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_imports_no_library_of_a_higher_layer(module: str) -> None:
    banned = BANNED[layer_of(module)]
    found = sorted(n for n in imports_of(MODULES[module]) if n.split(".")[0] in banned)
    assert found == []


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from kompcalc.render.describe import day_text\nimport rich\n")
    names = imports_of(bad)
    assert "kompcalc.render.describe" in names and "rich" in names
    assert RANKS[layer_of("kompcalc.render.describe")] > RANKS[layer_of("kompcalc.core.calc")]
