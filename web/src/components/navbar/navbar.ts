import { css, html, nothing } from "lit";
import type { NavbarProps } from "../../protocol.gen";
import type { PageBar } from "../../shared/pages";
import { LiteComponent } from "../base/component";

// gr.Navbar: Gradio's bar of a multipage app's pages (demo.route; shared/pages.ts hands
// them over and switches page on a click), then the links of its value. With one page and
// no links it shows nothing.
export class LiteNavbar extends LiteComponent<NavbarProps, [string, string][] | null> implements PageBar {
  static override properties = { ...LiteComponent.properties, pages: { state: true }, current: { state: true } };
  pages: string[][] = [];
  current = "";
  choose: ((path: string) => void) | null = null;

  static override styles = [
    LiteComponent.sharedStyles,
    css`
      nav { display: flex; gap: 1rem; align-items: center; padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--border-color-primary); font-size: 0.875rem; }
      .current, button[aria-current="page"] { font-weight: 600; color: var(--body-text-color); }
      button { font: inherit; border: none; background: none; padding: 0.25rem 0; color: var(--body-text-color-subdued); cursor: pointer; border-bottom: 2px solid transparent; }
      button[aria-current="page"] { border-bottom-color: var(--color-accent); }
      a { color: var(--body-text-color-subdued); text-decoration: none; }
      a:hover { color: var(--accent-text-color); text-decoration: underline; }
    `,
  ];

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (!this.value?.length && this.pages.length < 2) this.hidden = true;
  }

  override render() {
    const links = this.value ?? [];
    if (links.length === 0 && this.pages.length < 2) return nothing;
    const main = this.props.main_page_name;
    const pages =
      this.pages.length > 1
        ? this.pages.map(
            ([path = "", name], i) =>
              html`<button
                type="button"
                aria-current=${path === this.current ? "page" : nothing}
                @click=${() => this.choose?.(path)}
              >
                ${i === 0 && main !== false ? main : name}
              </button>`,
          )
        : main === false
          ? nothing
          : html`<span class="current" aria-current="page">${main}</span>`;
    return html`<nav aria-label="Pages">
      ${pages}
      ${links.map(
        ([name, path]) =>
          html`<a href=${path} target=${/^https?:/.test(path) ? "_blank" : "_self"} rel="noopener">${name}</a>`,
      )}
    </nav>`;
  }
}
customElements.define("lite-navbar", LiteNavbar);
