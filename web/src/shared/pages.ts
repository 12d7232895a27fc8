// A multipage app (`demo.route`): a bar of page names above the app, and one page's
// blocks shown at a time. Gradio serves each page at its own path; a static host has no
// server to answer `/up`, so here the pages share the app's place in the page.

import type { AppConfig } from "../protocol.gen";
import type { Rendered } from "./layout";

export function mountPages(config: AppConfig, rendered: Rendered, into: HTMLElement): HTMLElement | null {
  if (config.pages.length < 2) return null;
  const nav = document.createElement("nav");
  nav.className = "lite-pages";
  nav.setAttribute("aria-label", "Pages");
  const buttons = config.pages.map(([path, name]) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = name;
    button.addEventListener("click", () => show(path));
    nav.append(button);
    return [path, button] as const;
  });
  const show = (current: string) => {
    for (const [path, page] of Object.entries(config.page)) {
      for (const node of page.layout.children ?? []) {
        const element = rendered.get(node.id);
        // An attribute of its own: a block sets `hidden` itself from its `visible` prop.
        element?.toggleAttribute("data-lite-off-page", path !== current);
      }
    }
    for (const [path, button] of buttons) {
      if (path === current) button.setAttribute("aria-current", "page");
      else button.removeAttribute("aria-current");
    }
  };
  show(config.pages[0]?.[0] ?? "");
  into.prepend(nav);
  return nav;
}
