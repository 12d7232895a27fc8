// The app's look: its theme's CSS variables (Gradio's names), light or dark, its own css=,
// js= and head=. Variables are set on the app's element only, so two apps of a page can
// wear two themes, and they reach every component (custom properties pierce shadow DOM).

import type { AppConfig } from "../protocol.gen";

export type Scheme = "light" | "dark";

let apps = 0;

// `block_radius` -> `--block-radius`.
export function cssName(name: string): string {
  return `--${name.replaceAll("_", "-")}`;
}

export function declarations(variables: Record<string, string>): string {
  return Object.entries(variables)
    .map(([name, value]) => `${cssName(name)}: ${value.replaceAll(/[;{}]/g, "")};`)
    .join(" ");
}

// The theme's rules for the element marked data-lite-theme=<id>: light, then dark (by a
// `dark` class on it or on an ancestor).
export function themeSheet(config: Pick<AppConfig, "theme_vars">, id: string): string {
  const self = `[data-lite-theme="${id}"]`;
  return (
    `${self} { ${declarations(config.theme_vars.light)} }\n` +
    `.dark ${self}, ${self}.dark { ${declarations(config.theme_vars.dark)} }`
  );
}

// css= applies inside the app only (Gradio's `.gradio-container` is the app's element).
export function scopedCss(css: string, id: string): string {
  return `@scope ([data-lite-theme="${id}"]) {\n${css}\n}`;
}

// `?__theme=dark|light` in the page's URL (as Gradio), else the <gradio-lite theme=...>
// attribute, else the visitor's system setting.
export function colorScheme(el: Element, search = location.search): Scheme {
  const asked = new URLSearchParams(search).get("__theme");
  if (asked === "dark" || asked === "light") return asked;
  const attribute = el.closest("gradio-lite")?.getAttribute("theme");
  if (attribute === "dark" || attribute === "light") return attribute;
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

const following = new WeakSet<HTMLElement>();

// Keeps `el`'s `dark` class in step with colorScheme (the system setting may change).
export function followColorScheme(el: HTMLElement): void {
  const apply = () => el.classList.toggle("dark", colorScheme(el) === "dark");
  apply();
  if (following.has(el)) return;
  following.add(el);
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", apply);
}

// Dresses the app's body: its theme and css= as style sheets inside it; once the body is in
// the page, the app's element (`.lite-app`) carries the theme, so its footer wears it too.
export function applyTheme(config: AppConfig, body: HTMLElement): void {
  const id = String(++apps);
  const style = document.createElement("style");
  style.textContent = themeSheet(config, id) + (config.css ? `\n${scopedCss(config.css, id)}` : "");
  body.prepend(style);
  mark(body, id);
  queueMicrotask(() => {
    const app = body.closest<HTMLElement>(".lite-app");
    if (app) {
      // The body must not carry the theme too: lite.css's defaults would apply to it again.
      body.removeAttribute("data-lite-theme");
      body.classList.remove("lite-theme", "gradio-container");
      mark(app, id);
    }
    const root = app ?? body;
    if (!root.closest("gradio-lite")) followColorScheme(root);
    if (config.head) addHead(config.head);
    if (config.js) runJs(config.js);
  });
}

function mark(el: HTMLElement, id: string): void {
  el.dataset.liteTheme = id;
  el.classList.add("lite-theme", "gradio-container");
}

// head=: its tags go into the page's head once (scripts are made anew so that they run).
const addedHeads = new Set<string>();
function addHead(head: string): void {
  if (addedHeads.has(head)) return;
  addedHeads.add(head);
  const template = document.createElement("template");
  template.innerHTML = head;
  for (const node of Array.from(template.content.children)) {
    if (node.localName !== "script") {
      document.head.append(node);
      continue;
    }
    const script = document.createElement("script");
    for (const attribute of Array.from(node.attributes)) script.setAttribute(attribute.name, attribute.value);
    script.textContent = node.textContent;
    document.head.append(script);
  }
}

// js=: a JavaScript function, run once the app has loaded (as Gradio does).
function runJs(js: string): void {
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- the author's own code, as in Gradio
    const fn = new Function(`return (${js});`)() as unknown;
    if (typeof fn === "function") void Promise.resolve((fn as () => unknown)()).catch(console.error);
  } catch (e) {
    console.error("The app's js= did not run:", e);
  }
}
