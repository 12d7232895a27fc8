"""Authoring in the page: the playground, the JS API (createGradioApp and its controller),
share links, and Gradio's official JS client talking to an app in the page."""

from __future__ import annotations

import re
import time

from playwright.sync_api import Page, expect

from .conftest import BOOT_TIMEOUT_MS, serve_app
from .server import StaticServer

HELLO = """import gradio as gr

def hi(name):
    return "Hi " + name

gr.Interface(hi, gr.Textbox(label="who"), gr.Textbox(label="said")).launch({launch})
"""


def api_page(page: Page, server: StaticServer, script: str) -> None:
    """A page of the site whose module script uses the JS API (imported from lite.js)."""
    url = f"{server.url}/api-test.html"
    body = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>api</title>'
        '<link rel="stylesheet" href="lite.css"></head><body><main><div id="app"></div></main>'
        f'<script type="module">import {{ createGradioApp }} from "./lite.js";\n{script}</script></body></html>'
    )
    page.route(url, lambda route: route.fulfill(content_type="text/html", body=body))
    page.goto(url)


def create_app(page: Page, server: StaticServer, launch: str) -> None:
    """createGradioApp with HELLO, launched with `launch`; the controller as window.app."""
    code = HELLO.format(launch=launch)
    api_page(
        page,
        server,
        f"window.app = await createGradioApp({{ target: document.getElementById('app'), code: {code!r} }});",
    )


def run_code(page: Page, returned: str) -> None:
    """controller.run_code with HELLO's app answering `returned` instead."""
    page.evaluate("code => app.run_code(code)", HELLO.format(launch="").replace('"Hi " + name', returned))


def submit(page: Page, name: str) -> None:
    page.get_by_label("who").fill(name)
    page.get_by_role("button", name="Submit").click()


REVERSE = (
    'import gradio as gr\ngr.Interface(lambda x: x[::-1], gr.Textbox(label="who"), gr.Textbox(label="said")).launch()\n'
)
COUNT_WORKERS = """
window.workersStarted = 0;
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
    constructor(...args) { super(...args); window.workersStarted += 1; }
};
"""


def test_the_playground_reruns_edited_code_in_the_same_runtime(page: Page, server: StaticServer) -> None:
    page.add_init_script(COUNT_WORKERS)
    page.goto(server.url + "/playground.html")
    page.locator(".lite-playground-app .lite-app").wait_for(timeout=BOOT_TIMEOUT_MS)
    editor = page.locator(".lite-playground-editor .cm-content")
    expect(editor).to_contain_text("def greet(name, intensity)")

    editor.click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type(REVERSE)
    started = time.monotonic()
    page.keyboard.press("Control+Enter")
    page.get_by_label("who").wait_for()
    rerun_ms = (time.monotonic() - started) * 1000
    submit(page, "stressed")
    expect(page.get_by_label("said")).to_have_value("desserts")
    # The same runtime: one worker, started once.
    assert page.evaluate("() => window.workersStarted") == 1
    print(f"playground re-run: {rerun_ms:.0f} ms")

    # A mistake shows its traceback; the next good run recovers.
    editor.fill("import gradio as gr\ndef broken(:\n")
    page.get_by_role("button", name="Run").click()
    expect(page.locator(".lite-playground-app .lite-failure")).to_contain_text("SyntaxError")
    editor.fill(HELLO.format(launch=""))
    page.get_by_role("button", name="Run").click()
    submit(page, "again")
    expect(page.get_by_label("said")).to_have_value("Hi again")


def test_a_share_link_opens_the_app_with_its_code(page: Page, server: StaticServer) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    create_app(page, server, "share=True")
    page.get_by_role("button", name="Share").click()
    expect(page.locator(".lite-share-status")).to_contain_text("Link copied")
    link = page.evaluate("() => navigator.clipboard.readText()")
    assert re.fullmatch(re.escape(server.url) + r"/playground\.html#app=[A-Za-z0-9_-]+", link), link

    page.goto(link)
    page.locator(".lite-playground-app .lite-app").wait_for(timeout=BOOT_TIMEOUT_MS)
    expect(page.locator(".lite-playground-editor .cm-content")).to_contain_text('return "Hi " + name')
    submit(page, "link")
    expect(page.get_by_label("said")).to_have_value("Hi link")


def test_create_gradio_app_returns_a_controller(page: Page, server: StaticServer) -> None:
    create_app(page, server, "")
    page.locator("#app .lite-app").wait_for(timeout=BOOT_TIMEOUT_MS)
    submit(page, "one")
    expect(page.get_by_label("said")).to_have_value("Hi one")

    # write: the running app reads the new file at once; run_code re-runs with new code.
    page.evaluate("() => app.write('greeting.txt', 'Howdy')")
    run_code(page, 'open("greeting.txt").read() + " " + name')
    submit(page, "two")
    expect(page.get_by_label("said")).to_have_value("Howdy two")
    page.evaluate("() => app.write('greeting.txt', 'Hello')")
    submit(page, "three")
    expect(page.get_by_label("said")).to_have_value("Hello three")

    # rename: the old name is gone (the app reports an error and keeps working)...
    page.evaluate("() => app.rename('greeting.txt', 'g.txt')")
    submit(page, "four")
    expect(page.locator(".lite-alert-error")).to_contain_text("Something went wrong")
    # ...and the new name holds the text.
    run_code(page, 'open("g.txt").read() + ", " + name')
    submit(page, "four")
    expect(page.get_by_label("said")).to_have_value("Hello, four")
    page.evaluate("() => app.unlink('g.txt')")
    submit(page, "gone")
    expect(page.locator(".lite-alert-error")).to_contain_text("Something went wrong")

    # run_file: another file as the entry point.
    page.evaluate(
        """async () => {
            await app.write('other.py', `import gradio as gr
gr.Interface(lambda s: s.upper(), gr.Textbox(label="who"), gr.Textbox(label="said")).launch()
`);
            await app.run_file('other.py');
        }"""
    )
    submit(page, "five")
    expect(page.get_by_label("said")).to_have_value("FIVE")

    # A failing run rejects with the traceback and shows it; the controller keeps working.
    error = page.evaluate("() => app.run_code('raise ValueError(\"nope\")').then(() => null, e => e.message)")
    assert "ValueError: nope" in error
    expect(page.locator("#app .lite-failure")).to_contain_text("ValueError: nope")

    # install: a package of the runtime's lock (vendored for tests), then imported.
    page.evaluate("() => app.install(['humanize'])")
    page.evaluate(
        """() => app.run_code(`import gradio as gr, humanize
gr.Interface(lambda n: humanize.intcomma(int(n)), gr.Textbox(label="who"), gr.Textbox(label="said")).launch()
`)"""
    )
    submit(page, "1234567")
    expect(page.get_by_label("said")).to_have_value("1,234,567")

    page.evaluate("() => app.unmount()")
    expect(page.locator("#app")).to_be_empty()


def test_the_official_js_client_calls_an_app_in_the_page(page: Page, server: StaticServer) -> None:
    create_app(page, server, "")
    page.locator("#app .lite-app").wait_for(timeout=BOOT_TIMEOUT_MS)
    answers = page.evaluate(
        """async () => {
            const client = await app.client();
            const api = await client.view_api();
            const positional = await client.predict("/predict", ["Ada"]);
            const named = await client.predict("/predict", { name: "Bo" });
            return {
                endpoints: Object.keys(api.named_endpoints),
                parameters: api.named_endpoints["/predict"].parameters.map(p => p.parameter_name),
                positional: positional.data,
                named: named.data,
            };
        }"""
    )
    assert answers == {
        "endpoints": ["/predict"],
        "parameters": ["name"],
        "positional": ["Hi Ada"],
        "named": ["Hi Bo"],
    }


CLIENT_APP = """import gradio as gr
import time

def count(n):
    for i in range(int(n)):
        yield f"{i + 1} of {int(n)}"

def remember(word, words):
    words = words + [word]
    return ", ".join(words), words

def size(path):
    return f"{open(path, 'rb').read().decode()} ({len(open(path, 'rb').read())} bytes)"

def fail(text):
    raise gr.Error("No " + text + " here")

def make(text):
    with open("made.txt", "w") as f:
        f.write(text.upper())
    return "made.txt"

with gr.Blocks() as demo:
    box, out, words = gr.Textbox(), gr.Textbox(), gr.State([])
    upload = gr.File()
    gr.Button("count").click(count, box, out, api_name="count")
    gr.Button("remember").click(remember, [box, words], [out, words], api_name="remember")
    gr.Button("size").click(size, upload, out, api_name="size")
    gr.Button("fail").click(fail, box, out, api_name="fail")
    gr.Button("make").click(make, box, upload, api_name="make")
demo.launch()
"""


def test_the_official_js_client_streams_uploads_keeps_state_and_reports_errors(
    page: Page, server: StaticServer
) -> None:
    api_page(
        page,
        server,
        f"window.app = await createGradioApp({{ target: document.getElementById('app'), code: {CLIENT_APP!r} }});",
    )
    page.locator("#app .lite-app").wait_for(timeout=BOOT_TIMEOUT_MS)
    answers = page.evaluate(
        """async () => {
            const client = await app.client({ events: ["data", "status"] });
            const streamed = [];
            // The client's iterator does not end by itself: read until the status says so.
            const events = client.submit("/count", ["3"])[Symbol.asyncIterator]();
            for (;;) {
                const { value } = await events.next();
                if (value.type === "data") streamed.push(value.data[0]);
                if (value.type === "status" && ["complete", "error"].includes(value.stage)) break;
            }
            const first = await client.predict("/remember", ["a"]);
            const second = await client.predict("/remember", ["b"]);
            const blob = new Blob(["hello"], { type: "text/plain" });
            const sized = await client.predict("/size", [blob]);
            const made = await client.predict("/make", ["loud"]);
            const fetched = await (await client.fetch(made.data[0].url)).text();
            let error = null;
            try { await client.predict("/fail", ["cake"]); } catch (e) { error = e.message; }
            return { streamed, first: first.data[0], second: second.data[0], sized: sized.data[0],
                     made: made.data[0].orig_name, fetched, error };
        }"""
    )
    assert answers == {
        # Each yield, and the last again with the completion: as this client reports a
        # generator on Gradio too (tests/oracle/test_js_client.py).
        "streamed": ["1 of 3", "2 of 3", "3 of 3", "3 of 3"],
        "first": "a",
        "second": "a, b",
        "sized": "hello (5 bytes)",
        "made": "made.txt",
        "fetched": "LOUD",
        "error": "No cake here",
    }


def test_a_playground_element_stacks_code_above_the_app(page: Page, server: StaticServer) -> None:
    code = REVERSE.replace("x[::-1]", "x.upper()").replace(".launch()", ".launch(share=True)")
    body = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pg</title><script type="module" '
        f'src="lite.js"></script><link rel="stylesheet" href="lite.css"></head><body><main>'
        f'<gradio-lite playground layout="vertical">\n{code}</gradio-lite></main></body></html>'
    )
    page.route(server.url + "/pg.html", lambda route: route.fulfill(content_type="text/html", body=body))
    page.goto(server.url + "/pg.html")
    page.locator(".lite-playground-app .lite-app").wait_for(timeout=BOOT_TIMEOUT_MS)
    editor = page.locator(".lite-playground-editor").bounding_box()
    app = page.locator(".lite-playground-app").bounding_box()
    assert editor and app and editor["y"] + editor["height"] <= app["y"]
    # One Share button: the playground's (the app's share=True would repeat it).
    expect(page.get_by_role("button", name="Share")).to_have_count(1)
    submit(page, "loud")
    expect(page.get_by_label("said")).to_have_value("LOUD")
    # The element's controller is the JS API's.
    page.evaluate(
        "async () => (await document.querySelector('gradio-lite').controller()).run_code("
        + repr(code.replace("upper", "lower"))
        + ")"
    )
    submit(page, "QUIET")
    expect(page.get_by_label("said")).to_have_value("quiet")
    expect(page.locator(".lite-playground-editor .cm-content")).to_contain_text("x.lower()")


def test_a_start_up_error_shows_the_authors_traceback_only(page: Page, server: StaticServer) -> None:
    url = serve_app(page, server, "startup_error", "import gradio as gr\n\ngr.Interface(str, 'no_such', 'text')\n")
    page.goto(url)
    failure = page.locator(".lite-failure")
    expect(failure).to_contain_text("ValueError: No such component: 'no_such'", timeout=BOOT_TIMEOUT_MS)
    text = failure.inner_text()
    assert "line 3, in <module>" in text
    assert "lite_core" not in text and "_pyodide" not in text and "eval_code" not in text
