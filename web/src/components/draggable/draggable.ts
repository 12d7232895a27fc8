import { css, html } from "lit";
import type { DraggableProps } from "../../protocol.gen";
import { LiteBlock } from "../base/block";

// Children in a row or a column, each under a drag handle: dropping one on another moves
// it before (or, past the other's middle, after) it; arrow keys on a focused handle move
// it by one. Each child is given a named slot of its own, so reordering is reordering the
// light DOM. The order is the page's: Python is not told (Gradio's is not either).
export class LiteDraggable extends LiteBlock<DraggableProps> {
  static override properties = { ...LiteBlock.properties, dragging: { state: true } };
  static override styles = css`
    :host { display: flex; gap: 1rem; flex-wrap: wrap; }
    :host([hidden]) { display: none; }
    :host(.column) { flex-direction: column; }
    .item { position: relative; flex: 1 1 0; min-width: min(200px, 100%); display: flex; flex-direction: column; border: 1px dashed transparent; border-radius: 0.5rem; }
    .item:hover, .item.over { border-color: var(--input-border-color); }
    .item.over { background: var(--color-accent-soft); }
    .item.dragging { opacity: 0.5; }
    .handle { align-self: center; cursor: grab; border: none; background: none; color: var(--input-placeholder-color); font: inherit; line-height: 1; padding: 0.125rem 0.5rem; letter-spacing: -0.1em; }
    .handle:hover, .handle:focus-visible { color: var(--body-text-color); }
  `;

  dragging = -1;
  private over = -1;

  private get items(): HTMLElement[] {
    return [...this.children].filter((child): child is HTMLElement => child instanceof HTMLElement);
  }

  override willUpdate(): void {
    this.items.forEach((child, i) => child.setAttribute("slot", `item-${String(i)}`));
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.classList.toggle("column", this.props.orientation !== "row");
  }

  // Moves child `from` to just before child `to` (to = length: the end).
  private move(from: number, to: number): void {
    const items = this.items;
    const moving = items[from];
    if (from < 0 || from >= items.length || to === from || to === from + 1) return;
    this.insertBefore(moving, to < items.length ? items[to] : null);
    this.requestUpdate();
  }

  private onDrop(event: DragEvent, index: number): void {
    event.preventDefault();
    const target = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const after =
      this.props.orientation === "row"
        ? event.clientX > target.left + target.width / 2
        : event.clientY > target.top + target.height / 2;
    const from = this.dragging;
    this.dragging = this.over = -1;
    if (from >= 0) this.move(from, index + (after ? 1 : 0));
  }

  private onKeydown(event: KeyboardEvent, index: number): void {
    const back = event.key === "ArrowUp" || event.key === "ArrowLeft";
    const forward = event.key === "ArrowDown" || event.key === "ArrowRight";
    if (!back && !forward) return;
    event.preventDefault();
    if (back && index > 0) this.move(index, index - 1);
    if (forward && index < this.items.length - 1) this.move(index, index + 2);
    const moved = back ? Math.max(index - 1, 0) : Math.min(index + 1, this.items.length - 1);
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelectorAll(".handle")[moved] as HTMLElement | undefined)?.focus(),
    );
  }

  override render() {
    const count = this.items.length;
    return html`${this.items.map(
      (_, i) =>
        html`<div
            class="item ${i === this.dragging ? "dragging" : ""} ${i === this.over ? "over" : ""}"
            @dragover=${(e: DragEvent) => {
              e.preventDefault();
              if (this.over !== i) {
                this.over = i;
                this.requestUpdate();
              }
            }}
            @drop=${(e: DragEvent) => this.onDrop(e, i)}
          >
            <button
              class="handle"
              draggable="true"
              aria-label=${`Move item ${String(i + 1)} of ${String(count)} (arrow keys)`}
              @dragstart=${(e: DragEvent) => {
                e.dataTransfer?.setData("text/plain", String(i));
                this.dragging = i;
              }}
              @dragend=${() => (this.dragging = this.over = -1)}
              @keydown=${(e: KeyboardEvent) => this.onKeydown(e, i)}
            >
              ⋮⋮
            </button>
            <slot name=${`item-${String(i)}`}></slot>
          </div>`,
    )}<slot @slotchange=${() => this.requestUpdate()}></slot>`;
  }
}
customElements.define("lite-draggable", LiteDraggable);
