// A multipage app (`demo.route`): a bar of page names above the app, and one page's
// blocks shown at a time. Gradio serves each page at its own path; a static host has no
// server to answer `/up`, so here the pages share the app's place in the page.

import type { AppConfig } from "../protocol.gen";
import type { Rendered } from "./layout";

// What a gr.Navbar element offers: when the app has one, it shows the pages (named as the
// app's Navbar says) instead of the bar drawn here.
export interface PageBar extends HTMLElement {
  pages: string[][];
  current: string;
  choose: ((path: string) => void) | null;
}

const isPageBar = (element: HTMLElement): element is PageBar => "choose" in element && "pages" in element;

export function mountPages(config: AppConfig, rendered: Rendered, into: HTMLElement): HTMLElement | null {
  if (config.pages.length < 2) return null;
  const navbar = [...rendered.values()].find(isPageBar);
  if (navbar) {
    const show = showPage(config, rendered);
    navbar.pages = config.pages;
    navbar.choose = (path) => {
      show(path);
      navbar.current = path;
    };
    navbar.choose(config.pages[0]?.[0] ?? "");
    return navbar;
  }
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
  const showOnly = showPage(config, rendered);
  const show = (current: string) => {
    showOnly(current);
    for (const [path, button] of buttons) {
      if (path === current) button.setAttribute("aria-current", "page");
      else button.removeAttribute("aria-current");
    }
  };
  show(config.pages[0]?.[0] ?? "");
  into.prepend(nav);
  return nav;
}

// Shows the blocks of one page and hides the others'.
function showPage(config: AppConfig, rendered: Rendered): (current: string) => void {
  return (current) => {
    for (const [path, page] of Object.entries(config.page)) {
      for (const node of page.layout.children ?? []) {
        // An attribute of its own: a block sets `hidden` itself from its `visible` prop.
        // The Navbar stays on every page.
        const element = rendered.get(node.id);
        if (element && !isPageBar(element)) element.toggleAttribute("data-lite-off-page", path !== current);
      }
    }
  };
}
