"""Two apps of one page may both have `utils.py`: each imports its own."""

from __future__ import annotations

import builtins
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lite_core import appimports


@pytest.fixture(autouse=True)
def restore_import() -> Iterator[None]:
    original = builtins.__import__
    yield
    builtins.__import__ = original
    for package in list(appimports._folders):
        appimports.unregister(package)


def make_app(root: Path, name: str, greeting: str) -> Path:
    folder = root / name
    (folder / "helpers").mkdir(parents=True)
    (folder / "utils.py").write_text(f"GREETING = {greeting!r}\n")
    (folder / "helpers" / "__init__.py").write_text("")
    (folder / "helpers" / "text.py").write_text(
        "from ..utils import GREETING\n\ndef shout():\n    return GREETING.upper()\n"
    )
    return folder


def shipped(folder: Path) -> list[str]:
    return [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()]


def run_entrypoint(folder: Path, code: str) -> dict[str, Any]:
    """Run `code` as the app's `__main__`, as the browser runtime does."""
    namespace = {"__name__": "__main__", "__file__": str(folder / "app.py")}
    exec(compile(code, str(folder / "app.py"), "exec"), namespace)
    return namespace


def test_each_app_imports_its_own_module_of_the_same_name(tmp_path: Path) -> None:
    a, b = make_app(tmp_path, "a", "hello"), make_app(tmp_path, "b", "bonjour")
    appimports.register("a", str(a), shipped(a))
    appimports.register("b", str(b), shipped(b))
    code = "import utils\nfrom utils import GREETING\nimport helpers.text\nloud = helpers.text.shout()\n"
    ns_a, ns_b = run_entrypoint(a, code), run_entrypoint(b, code)
    assert (ns_a["GREETING"], ns_b["GREETING"]) == ("hello", "bonjour")
    assert (ns_a["loud"], ns_b["loud"]) == ("HELLO", "BONJOUR")
    assert ns_a["utils"] is not ns_b["utils"]
    assert "utils" not in sys.modules


def test_a_function_that_imports_late_gets_its_apps_module(tmp_path: Path) -> None:
    a, b = make_app(tmp_path, "a", "hello"), make_app(tmp_path, "b", "bonjour")
    appimports.register("a", str(a), shipped(a))
    appimports.register("b", str(b), shipped(b))
    code = "def greet():\n    from utils import GREETING\n    return GREETING\n"
    greet_a, greet_b = run_entrypoint(a, code)["greet"], run_entrypoint(b, code)["greet"]
    assert (greet_b(), greet_a()) == ("bonjour", "hello")


def test_other_code_does_not_see_an_apps_modules(tmp_path: Path) -> None:
    a = make_app(tmp_path, "a", "hello")
    appimports.register("a", str(a), shipped(a))
    with pytest.raises(ModuleNotFoundError):
        exec("import utils", {"__name__": "some_library"})
    # Standard modules still come from the standard library.
    assert run_entrypoint(a, "import json\n")["json"] is sys.modules["json"]


def test_unregister_forgets_the_apps_modules(tmp_path: Path) -> None:
    a = make_app(tmp_path, "a", "hello")
    package = appimports.register("a", str(a), shipped(a))
    run_entrypoint(a, "import utils\n")
    assert f"{package}.utils" in sys.modules
    appimports.unregister(package)
    assert not [name for name in sys.modules if name.startswith(package)]


def test_a_module_the_page_did_not_ship_is_never_imported(tmp_path: Path) -> None:
    a = make_app(tmp_path, "a", "hello")
    files = shipped(a)
    # Planted in the app's stored folder by another script of the origin.
    (a / "csv.py").write_text("PLANTED = True\n")
    (a / "planted.py").write_text("PLANTED = True\n")
    (a / "helpers" / "extra.py").write_text("PLANTED = True\n")
    appimports.register("a", str(a), files)
    namespace = run_entrypoint(a, "import csv\nimport helpers.text\n")
    assert namespace["csv"] is sys.modules["csv"] and not hasattr(namespace["csv"], "PLANTED")
    for code in ["import planted", "import helpers.extra", "from helpers import extra"]:
        with pytest.raises(ImportError):
            run_entrypoint(a, code)


def test_a_package_without_init_and_late_shipped_files_import(tmp_path: Path) -> None:
    a = make_app(tmp_path, "a", "hello")
    (a / "tools").mkdir()
    (a / "tools" / "maths.py").write_text("TWO = 2\n")
    package = appimports.register("a", str(a), shipped(a))
    assert run_entrypoint(a, "from tools.maths import TWO\n")["TWO"] == 2
    (a / "later.py").write_text("LATE = 1\n")
    with pytest.raises(ImportError):
        run_entrypoint(a, "import later\n")
    appimports.ship(package, ["later.py"])
    assert run_entrypoint(a, "from later import LATE\n")["LATE"] == 1


def test_bytecode_planted_beside_a_shipped_module_is_not_run(tmp_path: Path) -> None:
    import importlib.util
    import marshal

    a = make_app(tmp_path, "a", "hello")
    source = a / "utils.py"
    stat = source.stat()
    planted = compile("GREETING = 'planted'\n", str(source), "exec")
    header = importlib.util.MAGIC_NUMBER + (0).to_bytes(4, "little")
    header += int(stat.st_mtime).to_bytes(4, "little") + stat.st_size.to_bytes(4, "little")
    cached = Path(importlib.util.cache_from_source(str(source)))
    cached.parent.mkdir()
    cached.write_bytes(header + marshal.dumps(planted))
    appimports.register("a", str(a), shipped(a))
    assert run_entrypoint(a, "from utils import GREETING\n")["GREETING"] == "hello"
