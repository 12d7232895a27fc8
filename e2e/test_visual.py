"""Each guide sample in Lite and in real Gradio 5.45 (the oracle interpreter), light and dark,
1280 and 375 px wide, saved side by side in e2e/artifacts/visual/<sample>-<scheme>-<width>.png
for people to compare (CI keeps them). Asserted: what can be measured, that Lite shows every
labelled control and button Gradio shows, and that at 375 px nothing in Lite runs wider than
the screen.

Real Gradio asks Google Fonts for its typefaces and cdnjs for a script; those requests (and
any other to a host but 127.0.0.1) are refused, so Gradio draws with its fallback fonts, as
it does offline. Both sides switch scheme by `prefers-color-scheme`, without a reload."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route

from tests.oracle.test_runs_on_gradio import NOT_RUN, SAMPLES, serving

from .conftest import BOOT_TIMEOUT_MS, open_app
from .server import StaticServer

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
ORACLE = Path(os.environ.get("LITE_ORACLE_PYTHON", REPO / ".cache" / "oracle" / "bin" / "python"))
ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "visual"
# Top-level samples only: fragments are not apps, and examples/<name>.html exists per top-level file.
SHOWN = [s.removesuffix(".py") for s in SAMPLES if s not in NOT_RUN and "/" not in s]
SCHEMES = ["light", "dark"]
# What real Gradio asks the internet for (refused here): its fonts and iframeResizer's script.
GRADIO_HOSTS = {"fonts.googleapis.com", "fonts.gstatic.com", "cdnjs.cloudflare.com"}
WIDTHS = [1280, 375]
HEIGHT = 900
# What a user reads as the app's labels and buttons, on either side: block labels (Lite's
# `.label` and legends, Gradio's block-info) and buttons' visible text, shadow roots included.
READ = """(scope) => {
  const found = new Set();
  const walk = (root) => { for (const el of root.querySelectorAll("*")) {
    if (el.shadowRoot) walk(el.shadowRoot);
    if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
    const text = (el.innerText ?? "").trim().replace(/\\s+/g, " ");
    if (!text) continue;
    if (el.localName === "button" || el.getAttribute("role") === "button") found.add("button: " + text);
    else if (el.matches(scope)) found.add("label: " + text);
  } };
  walk(document);
  return [...found];
}"""
# Compared: labels and buttons named in words. Icon buttons (Slider's reset "↺") and Gradio's
# drop zone ("Drop Image Here - or - Click to Upload", a button there) are printed, not asserted.
WORDS = re.compile(r"^(label|button): [\w ]+$")
LITE_LABELS = ".label, legend, summary"
GRADIO_LABELS = '[data-testid="block-info"], .label-wrap > span, legend'
# Gradio's own chrome around the app: the footer's links and settings.
CHROME = {"button: Use via API", "button: Settings", "button: Built with Gradio"}
# Gradio's media placeholders drawn as buttons (Lite shows an Open camera button instead).
CHROME |= {"button: Click to Access Webcam"}
# The pictures do not depend on how the runtime booted: taken once, not again in the
# repeat-visit pass (scripts/test.sh runs e2e/ twice).
pytestmark = pytest.mark.skipif(
    os.environ.get("LITE_E2E_BOOT", "normal") == "snapshot", reason="taken in the first-visit pass"
)


class Foreign:
    """Refuses (and remembers) every request to a host other than 127.0.0.1."""

    def __init__(self) -> None:
        self.hosts: set[str] = set()

    def __call__(self, route: Route) -> None:
        host = urlsplit(route.request.url).hostname or ""
        if host == "127.0.0.1":
            route.continue_()
        else:
            self.hosts.add(host)
            route.abort()


@pytest.fixture
def gradio(sample: str, tmp_path: Path) -> Iterator[str]:
    """The sample served by real Gradio (each server holds a few hundred MB: one at a time)."""
    if not ORACLE.exists():
        pytest.skip(f"no oracle interpreter at {ORACLE} (scripts/test.sh installs it)")
    folder = tmp_path / sample
    folder.mkdir()
    (folder / "app.py").write_bytes((EXAMPLES / f"{sample}.py").read_bytes())
    with serving([str(ORACLE), "app.py"], folder) as url:
        yield url


def names(page: Page, labels: str) -> set[str]:
    """ "label: <text>" and "button: <text>" of what the page shows."""
    return set(page.evaluate(READ, labels)) - CHROME


def overflow(page: Page) -> list[str]:
    """Elements of the app whose right edge passes the viewport's, as "tag.class (right px)"."""
    script = """() => {
      const out = [], width = document.documentElement.clientWidth;
      const walk = (root) => { for (const el of root.querySelectorAll("*")) {
        const box = el.getBoundingClientRect();
        if (box.width && box.right > width + 1) out.push(`${el.localName}.${el.className} (${Math.round(box.right)})`);
        if (el.shadowRoot) walk(el.shadowRoot);
      } };
      walk(document.querySelector("gradio-lite") ?? document);
      return out.slice(0, 10);
    }"""
    result: list[str] = page.evaluate(script)
    return result


def shots(page: Page) -> dict[tuple[str, int], bytes]:
    taken = {}
    for scheme in SCHEMES:
        page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": HEIGHT})
            page.wait_for_timeout(150)
            taken[scheme, width] = page.screenshot(full_page=True)
    return taken


def side_by_side(left: bytes, right: bytes) -> bytes:
    from PIL import Image, ImageDraw

    a, b = Image.open(io.BytesIO(left)), Image.open(io.BytesIO(right))
    gap, band = 16, 28
    out = Image.new("RGB", (a.width + gap + b.width, max(a.height, b.height) + band), "#808080")
    draw = ImageDraw.Draw(out)
    draw.text((8, 8), "Lite", fill="white")
    draw.text((a.width + gap + 8, 8), "Gradio 5.45", fill="white")
    out.paste(a, (0, band))
    out.paste(b, (a.width + gap, band))
    buffer = io.BytesIO()
    out.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def looks(browser: Browser) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": WIDTHS[0], "height": HEIGHT})
    foreign = Foreign()
    context.route("**/*", foreign)
    yield context, foreign
    context.close()


@pytest.mark.parametrize("sample", SHOWN)
def test_sample_looks_as_on_gradio(sample: str, server: StaticServer, gradio: str, looks: Any) -> None:
    context, foreign = looks
    lite = open_app(context.new_page(), f"{server.url}/examples/{sample}.html")
    lite.wait_for_timeout(300)
    lite_names = names(lite, LITE_LABELS)
    lite_shots = shots(lite)
    lite_overflow = overflow(lite)  # the last shot's viewport: 375 px wide, dark
    lite.close()

    real = context.new_page()
    real.goto(gradio)
    real.locator(".gradio-container").first.wait_for(timeout=BOOT_TIMEOUT_MS)
    real.wait_for_timeout(500)  # not "networkidle": with share=True Gradio keeps a request open
    gradio_names = names(real, GRADIO_LABELS)
    gradio_shots = shots(real)
    real.close()

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for (scheme, width), shot in lite_shots.items():
        (ARTIFACTS / f"{sample}-{scheme}-{width}.png").write_bytes(side_by_side(shot, gradio_shots[scheme, width]))
    assert foreign.hosts <= GRADIO_HOSTS, foreign.hosts
    print(f"{sample}: Gradio only {sorted(gradio_names - lite_names)}, Lite only {sorted(lite_names - gradio_names)}")
    missing = {name for name in gradio_names - lite_names if WORDS.match(name)}
    assert not missing, f"Gradio shows, Lite does not: {sorted(missing)}"
    assert not lite_overflow, f"wider than a 375 px screen: {lite_overflow}"
