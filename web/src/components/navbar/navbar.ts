import { css, html, nothing } from "lit";
import type { NavbarProps } from "../../protocol.gen";
import { LiteComponent } from "../base/component";

// gr.Navbar: Gradio's bar of links to a multipage app's pages. A Lite app has one page
// (demo.route pages are not shown), so the bar shows the main page's name and the links
// of its value, and nothing when the value has none.
export class LiteNavbar extends LiteComponent<NavbarProps, [string, string][] | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      nav { display: flex; gap: 1rem; align-items: center; padding: 0.5rem 0.75rem; border-bottom: 1px solid #e5e7eb; font-size: 0.875rem; }
      .current { font-weight: 600; color: #111827; }
      a { color: #4b5563; text-decoration: none; }
      a:hover { color: #c2410c; text-decoration: underline; }
    `,
  ];

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (!this.value?.length) this.hidden = true;
  }

  override render() {
    const links = this.value ?? [];
    if (links.length === 0) return nothing;
    const main = this.props.main_page_name;
    return html`<nav aria-label="Pages">
      ${main === false ? nothing : html`<span class="current" aria-current="page">${main}</span>`}
      ${links.map(
        ([name, path]) =>
          html`<a href=${path} target=${/^https?:/.test(path) ? "_blank" : "_self"} rel="noopener">${name}</a>`,
      )}
    </nav>`;
  }
}
customElements.define("lite-navbar", LiteNavbar);
