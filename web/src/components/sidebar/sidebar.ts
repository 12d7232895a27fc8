import { css, html } from "lit";
import type { SidebarProps } from "../../protocol.gen";
import { LiteBlock } from "../base/block";

// A panel along the left (or right) edge of the app, its children stacked; the toggle on
// its edge opens and closes it (expand / collapse). The app's other blocks make room for
// it while it is open. It sits in the app's own box, not the window's: an app embedded in
// a page keeps its sidebar to itself.
export class LiteSidebar extends LiteBlock<SidebarProps> {
  static override properties = { ...LiteBlock.properties, open: { type: Boolean, reflect: true } };
  static override styles = css`
    :host { position: absolute; top: 0; bottom: 0; z-index: 5; box-sizing: border-box; transition: transform 0.2s ease; }
    :host([hidden]) { display: none; }
    :host(.left) { left: 0; }
    :host(.right) { right: 0; }
    :host(.left:not([open])) { transform: translateX(-100%); }
    :host(.right:not([open])) { transform: translateX(100%); }
    .panel { box-sizing: border-box; min-height: 100%; padding: 1rem; background: var(--background-fill-secondary); border: 1px solid var(--border-color-primary); }
    .content { display: flex; flex-direction: column; gap: 1rem; }
    :host(:not([open])) .panel { visibility: hidden; }
    ::slotted(*) { flex: 0 0 auto; }
    .toggle { position: absolute; top: 0.75rem; width: 2rem; height: 2rem; border-radius: 0.375rem; border: 1px solid var(--border-color-primary); background: var(--background-fill-primary); cursor: pointer; font: inherit; line-height: 1; color: var(--body-text-color); }
    :host(.left) .toggle { left: calc(100% + 0.375rem); }
    :host(.right) .toggle { right: calc(100% + 0.375rem); }
    .toggle:hover { background: var(--background-fill-secondary); }
  `;

  open = false;
  private shownOpen: boolean | null = null;
  // The app's box grows to the panel's content when that is the taller: by padding at its
  // foot, so that the blocks beside the panel keep their own heights.
  private readonly sized = new ResizeObserver(() => this.makeRoom());

  private makeRoom(): void {
    const parent = this.parentElement;
    const panel = this.renderRoot.querySelector<HTMLElement>(".panel");
    const content = this.renderRoot.querySelector<HTMLElement>(".content");
    if (!parent || !panel || !content) return;
    const style = getComputedStyle(panel);
    const frame = ["paddingTop", "paddingBottom", "borderTopWidth", "borderBottomWidth"] as const;
    const natural = content.offsetHeight + frame.reduce((sum, key) => sum + parseFloat(style[key]), 0);
    const ours = parseFloat(parent.style.paddingBottom || "0");
    const wanted = this.hidden ? 0 : Math.max(0, Math.ceil(natural - (parent.clientHeight - ours)));
    if (wanted !== ours) parent.style.paddingBottom = wanted > 0 ? `${String(wanted)}px` : "";
  }

  override firstUpdated(): void {
    const content = this.renderRoot.querySelector(".content");
    if (content) this.sized.observe(content);
    if (this.parentElement) this.sized.observe(this.parentElement);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.firstUpdated();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sized.disconnect();
  }

  private get widthCss(): string {
    const width = this.props.width;
    return typeof width === "number" ? `${String(width)}px` : width;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has("props") && this.props.open !== this.shownOpen) {
      this.shownOpen = this.props.open;
      this.open = this.props.open;
    }
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const left = this.props.position !== "right";
    this.classList.toggle("left", left);
    this.classList.toggle("right", !left);
    this.style.width = this.widthCss;
    // The blocks beside it (its parent's other children) make room for it.
    const parent = this.parentElement;
    if (!parent) return;
    parent.style.position = "relative";
    const room = this.hidden ? "" : this.open ? `calc(${this.widthCss} + 3rem)` : "3rem";
    parent.style.paddingLeft = left ? room : "";
    parent.style.paddingRight = left ? "" : room;
  }

  private toggle(): void {
    this.open = !this.open;
    this.fire(this.open ? "expand" : "collapse");
  }

  override render() {
    const label = this.props.label ?? "Sidebar";
    return html`<aside class="panel" aria-label=${label} ?inert=${!this.open}>
        <div class="content"><slot></slot></div>
      </aside>
      <button
        class="toggle"
        aria-expanded=${this.open ? "true" : "false"}
        aria-label=${this.open ? `Close ${label}` : `Open ${label}`}
        @click=${this.toggle}
      >
        ${this.open === (this.props.position !== "right") ? "‹" : "›"}
      </button>`;
  }
}
customElements.define("lite-sidebar", LiteSidebar);
