"""The `lite` command in a real browser: `lite serve` (CPython, the same web UI over HTTP),
`lite dev` (hot reload in the browser runtime), and a site made by `lite build`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import Page, expect

from .commands import REPO, lite
from .conftest import BOOT_TIMEOUT_MS
from .server import StaticServer

QUICKSTART = (REPO / "examples" / "quickstart.py").read_text()
# The Quickstart, edited: one input, a greeting from `{source}`.
EDITED = """import gradio as gr
{imports}
def greet(name):
    return {source} + name

demo = gr.Interface(fn=greet, inputs=["text"], outputs=["text"])
demo.launch()
"""


def greet(page: Page, name: str, expected: str) -> None:
    page.get_by_label("name").fill(name)
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value(expected)


def test_lite_serve_shows_the_app_and_runs_it_on_the_server(page: Page, tmp_path: Path) -> None:
    # Proof the function runs on the server's Python, not in the page: it reports its pid file.
    (tmp_path / "app.py").write_text(
        QUICKSTART.replace('return "Hello, "', 'open("ran-on-server.txt", "w").write(name)\n    return "Hello, "')
    )
    with lite("serve", "app.py", cwd=tmp_path) as url:
        page.goto(url + "/")
        page.locator("gradio-lite .lite-app").wait_for(timeout=BOOT_TIMEOUT_MS)
        page.get_by_label("name").fill("Server")
        page.get_by_role("slider", name="intensity").fill("2")
        page.get_by_role("button", name="Submit").click()
        expect(page.get_by_label("output")).to_have_value("Hello, Server!!")
    assert (tmp_path / "ran-on-server.txt").read_text() == "Server"
    # No runtime was started in the page.
    assert not page.evaluate("() => performance.getEntriesByType('resource').some(r => r.name.includes('pyodide'))")


def test_lite_dev_reloads_on_save_and_recovers_from_a_syntax_error(page: Page, tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(QUICKSTART)
    with lite("dev", "app.py", cwd=tmp_path) as url:
        page.goto(url + "/")
        page.locator(".lite-app").wait_for(timeout=BOOT_TIMEOUT_MS)
        # Sent COOP/COEP: Stop interrupts Python in place rather than restarting it.
        assert page.evaluate("crossOriginIsolated") is True
        greet(page, "Dev", "Hello, Dev")

        app.write_text(EDITED.format(imports="", source='"Bonjour, "'))
        page.get_by_role("slider").wait_for(state="detached")
        greet(page, "Dev", "Bonjour, Dev")

        app.write_text("import gradio as gr\ndef greet(:\n")
        expect(page.locator(".lite-failure")).to_contain_text("SyntaxError")

        # A module beside the app: saving it re-runs the app too.
        (tmp_path / "words.py").write_text('HELLO = "Hola, "\n')
        app.write_text(EDITED.format(imports="from words import HELLO", source="HELLO"))
        greet(page, "Dev", "Hola, Dev")
        (tmp_path / "words.py").write_text('HELLO = "Ciao, "\n')
        page.get_by_label("output").wait_for()
        expect(page.get_by_label("output")).to_have_value("", timeout=BOOT_TIMEOUT_MS)
        greet(page, "Dev", "Ciao, Dev")


def test_a_built_site_runs_on_a_static_host_with_nothing_from_elsewhere(page: Page, tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    (source / "app.py").write_text(
        "import gradio as gr\nimport humanize\n\n"
        "def size(n):\n    return open('unit.txt').read().strip() + ' ' + humanize.intcomma(int(n))\n\n"
        "gr.Interface(size, gr.Number(label='count'), gr.Textbox(label='shown')).launch()\n"
    )
    (source / "unit.txt").write_text("bytes:\n")
    # As a Space's requirements: gradio is Lite itself; humanize is vendored.
    (source / "requirements.txt").write_text("gradio==5.45.0\nhumanize==4.17.0\n")
    out = tmp_path / "site"
    built = subprocess.run(
        [sys.executable, "-m", "lite_core", "build", "app.py", "-o", str(out)],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={"PYTHONPATH": str(REPO), "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"},
    )
    assert built.returncode == 0, built.stderr[-3000:]
    assert (out / "app" / "unit.txt").read_text() == "bytes:\n"
    assert "humanize" in (out / "index.html").read_text() and "gradio==" not in (out / "index.html").read_text()
    shutil.rmtree(source)  # the site needs nothing of the folder it came from

    with StaticServer(out) as site:
        page.goto(site.url + "/")
        page.locator(".lite-app").wait_for(timeout=BOOT_TIMEOUT_MS)
        page.get_by_role("spinbutton", name="count").fill("1234567")
        page.get_by_role("button", name="Submit").click()
        expect(page.get_by_label("shown")).to_have_value("bytes: 1,234,567")


def test_pip_install_gives_the_lite_command_with_its_web_build(page: Page, tmp_path: Path) -> None:
    """`pip install .` from the checkout (its dist/ built), in a fresh virtualenv: the
    installed `lite` builds a site from its own copy of the web build."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    installed = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check", "--no-deps", str(REPO)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    (tmp_path / "app.py").write_text(QUICKSTART)
    built = subprocess.run(
        [str(venv / "bin" / "lite"), "build", "app.py", "-o", "public"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"PATH": "/usr/bin:/bin"},  # no PYTHONPATH: the installed copy, nothing of the checkout
    )
    assert built.returncode == 0, built.stderr[-3000:]
    assert "lite build:" in built.stdout
    with StaticServer(tmp_path / "public") as site:
        page.goto(site.url + "/")
        page.locator(".lite-app").wait_for(timeout=BOOT_TIMEOUT_MS)
        greet(page, "Installed", "Hello, Installed")
