import { css, html } from "lit";
import type { TabsProps } from "../../protocol.gen";
import { LiteBlock } from "../base/block";
import type { LiteTab } from "../tab/tab";

// A row of tab buttons over the children of the selected Tab (keyboard: arrows move).
export class LiteTabs extends LiteBlock<TabsProps> {
  static override properties = { ...LiteBlock.properties, current: { state: true } };
  static override styles = css`
    :host { display: block; }
    :host([hidden]) { display: none; }
    [role="tablist"] { display: flex; gap: 0.25rem; border-bottom: 1px solid var(--border-color-primary); margin-bottom: 1rem; flex-wrap: wrap; }
    button { font: inherit; font-size: 0.875rem; padding: 0.5rem 0.875rem; border: none; background: none; color: var(--body-text-color-subdued); cursor: pointer; border-bottom: 2px solid transparent; margin-bottom: -1px; }
    button[aria-selected="true"] { color: var(--accent-text-color); border-bottom-color: var(--color-accent); font-weight: 600; }
    button:disabled { color: var(--input-placeholder-color); cursor: default; }
  `;

  // The index of the tab shown.
  current = -1;

  private get tabs(): LiteTab[] {
    return [...this.children].filter((child): child is LiteTab => child.tagName === "LITE-TAB");
  }

  private select(index: number, byUser: boolean): void {
    const tabs = this.tabs;
    this.current = index;
    tabs.forEach((tab, i) => (tab.active = i === index));
    if (!byUser) return;
    const label = tabs[index]?.props.label ?? null;
    tabs[index]?.choose(index);
    this.fire("change", label);
    this.fire("select", label, { index, value: label, selected: true });
  }

  private onSlotChange(): void {
    if (this.current >= 0) return this.select(this.current, false);
    const wanted = this.props.selected;
    const index = this.tabs.findIndex(
      (tab) => wanted !== null && (tab.props.id === wanted || tab.props.label === wanted),
    );
    this.select(Math.max(index, 0), false);
  }

  private onKeydown(event: KeyboardEvent): void {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    const count = this.tabs.length;
    this.select((this.current + step + count) % count, true);
    (this.renderRoot.querySelectorAll("button")[this.current] as HTMLButtonElement | undefined)?.focus();
  }

  override render() {
    return html`<div role="tablist" @keydown=${this.onKeydown}>
        ${this.tabs.map(
          (tab, i) =>
            html`<button
              role="tab"
              aria-selected=${i === this.current ? "true" : "false"}
              tabindex=${i === this.current ? 0 : -1}
              ?disabled=${!tab.props.interactive}
              ?hidden=${!tab.props.visible}
              @click=${() => this.select(i, true)}
            >
              ${tab.props.label ?? `Tab ${String(i + 1)}`}
            </button>`,
        )}
      </div>
      <div role="tabpanel"><slot @slotchange=${this.onSlotChange}></slot></div>`;
  }
}
customElements.define("lite-tabs", LiteTabs);
