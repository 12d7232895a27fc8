"""lite_core's modules import downward only: no module-level import cycles, and each
module imports on its own (as the browser runtime imports them, lazily, one by one)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "lite_core"
# Modules that need the browser runtime (`js`, `pyodide`): imported there, never here.
BROWSER_ONLY = "lite_core._pyodide."


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def import_nodes(tree: ast.Module, lazy: bool) -> list[ast.stmt]:
    """Module-level import statements, and with `lazy` those inside functions too;
    never those under `if TYPE_CHECKING:` (annotations only, nothing runs)."""
    if not lazy:
        return tree.body
    skipped = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
        for inner in node.body
    }
    return [node for node in ast.walk(tree) if isinstance(node, ast.stmt) and id(node) not in skipped]


def imported_by(name: str, path: Path, lazy: bool = False) -> set[str]:
    """The lite_core modules `name` imports (at module level, or anywhere with `lazy`)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in import_nodes(ast.parse(path.read_text()), lazy):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - max(node.level - 1, 0)] if node.level else []
            target = ".".join([*base, node.module] if node.module else base) if node.level else node.module or ""
            candidates = [f"{target}.{alias.name}" for alias in node.names]
            # `from . import x` imports x; `from .a import b` imports a (and b, if a module).
            found.update(c for c in candidates if c in MODULES)
            if node.module and target in MODULES:
                found.add(target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in MODULES)
    found.discard(name)
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in graph:
        if v not in index:
            visit(v)
    return groups


def test_no_import_cycles_even_through_imports_inside_functions() -> None:
    for lazy in (False, True):
        graph = {name: imported_by(name, path, lazy) for name, path in MODULES.items()}
        assert cycles(graph) == [], "lazy imports" if lazy else "module-level imports"


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in the browser runtime")
def test_each_module_imports_on_its_own() -> None:
    names = [n for n in MODULES if not n.startswith(BROWSER_ONLY)]
    # One fresh interpreter per module, all at once.
    runs = {
        n: subprocess.Popen(
            [sys.executable, "-c", f"import {n}"], cwd=PACKAGE.parent, stderr=subprocess.PIPE, text=True
        )
        for n in names
    }
    failed = {n: run.communicate()[1].strip().splitlines()[-1:] for n, run in runs.items() if run.wait() != 0}
    assert failed == {}
