// HTML from Python (gr.HTML, rendered Markdown) made safe to show: DOMPurify removes scripts
// and event handlers; on top of that nothing in it may load from another origin (images,
// styles, media: tracking beacons) unless the app's page opts in with the
// `allow-remote-resources` attribute, forms are removed (a submit would reload the host
// page), and links to other sites open in a new tab without telling them where they came from.

import DOMPurify from "dompurify";

const OPT_IN = "allow-remote-resources";
// Attributes whose URL the browser fetches as soon as the element is shown.
const LOADING = ["src", "poster", "background", "data", "lowsrc", "dynsrc", "manifest"];
const SRCSET = ["srcset", "imagesrcset"];
// Links load nothing until clicked; on any other element `href` loads (SVG <image>, <use>).
const LINKS = new Set(["a", "area"]);

let allowRemote = false;

function isLocal(url: string): boolean {
  try {
    const parsed = new URL(url.trim(), document.baseURI);
    return parsed.protocol === "data:" || parsed.protocol === "blob:" || parsed.origin === location.origin;
  } catch {
    return true; // not a URL the browser could fetch either
  }
}

// Every URL a piece of CSS could fetch (url(...), strings such as @import's or image-set's).
// CSS escapes could hide one from this reading: CSS that has any is refused whole.
function cssIsLocal(css: string): boolean {
  if (css.includes("\\")) return false;
  const bare = [...css.matchAll(/url\(\s*['"]?([^'")]*)/gi)].map((m) => m[1]);
  const quoted = [...css.matchAll(/(['"])(.*?)\1/gs)].map((m) => m[2]);
  return [...bare, ...quoted].every(isLocal);
}

function srcsetIsLocal(srcset: string): boolean {
  return srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .every(isLocal);
}

function contain(node: Element): void {
  for (const name of LOADING)
    if (node.hasAttribute(name) && !isLocal(node.getAttribute(name) ?? "")) node.removeAttribute(name);
  for (const name of SRCSET)
    if (node.hasAttribute(name) && !srcsetIsLocal(node.getAttribute(name) ?? "")) node.removeAttribute(name);
  if (!LINKS.has(node.localName))
    for (const name of ["href", "xlink:href"])
      if (node.hasAttribute(name) && !isLocal(node.getAttribute(name) ?? "")) node.removeAttribute(name);
  const style = node.getAttribute("style");
  if (style !== null && !cssIsLocal(style)) node.removeAttribute("style");
}

DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (!(node instanceof Element)) return;
  if (!allowRemote) contain(node);
  if (LINKS.has(node.localName) && node.hasAttribute("href") && !isLocal(node.getAttribute("href") ?? "")) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
});

DOMPurify.addHook("uponSanitizeElement", (node, data) => {
  if (!allowRemote && data.tagName === "style" && !cssIsLocal(node.textContent ?? "")) node.textContent = "";
});

const CONFIG = {
  // <form>: its content stays, without a form to submit. <base>, <meta>, <link>: they change
  // how the page resolves URLs, refresh it, or load styles.
  FORBID_TAGS: ["form", "base", "meta", "link"],
  // A control's `form` can point at a form of the host page; `ping` reports clicks elsewhere.
  FORBID_ATTR: ["form", "formaction", "action", "ping"],
};

// `context`: the element the HTML will show in; an ancestor with `allow-remote-resources`
// (the app's <gradio-lite>) lets it load from other origins.
export function sanitize(html: string, context?: Element): string {
  allowRemote = context !== undefined && optedIn(context);
  try {
    return DOMPurify.sanitize(html, CONFIG);
  } finally {
    allowRemote = false;
  }
}

// Looks through shadow roots: the app's blocks render inside them.
function optedIn(element: Element): boolean {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute(OPT_IN)) return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}
