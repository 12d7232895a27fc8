import { css, html } from "lit";
import type { WalkthroughProps } from "../../protocol.gen";
import { LiteBlock } from "../base/block";
import type { LiteWalkthroughStep } from "../walkthroughstep/walkthroughstep";

// Numbered steps in a row over the children of the selected one. The app moves on with
// gr.Walkthrough(selected=<id>) (change fires); the user may go back to a step already
// passed (select and change fire), not forward, as in Gradio.
export class LiteWalkthrough extends LiteBlock<WalkthroughProps> {
  static override properties = { ...LiteBlock.properties, current: { state: true } };
  static override styles = css`
    :host { display: block; }
    :host([hidden]) { display: none; }
    ol { display: flex; list-style: none; margin: 0 0 1rem; padding: 0; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
    li { display: flex; align-items: center; gap: 0.5rem; }
    li:not(:last-child)::after { content: ""; width: 2rem; height: 2px; background: var(--border-color-primary); }
    li.done:not(:last-child)::after { background: var(--color-accent); }
    button { display: flex; align-items: center; gap: 0.5rem; font: inherit; font-size: 0.875rem; border: none; background: none; padding: 0.25rem; color: var(--body-text-color-subdued); cursor: pointer; }
    button:disabled { cursor: default; }
    .number { display: inline-grid; place-items: center; width: 1.75rem; height: 1.75rem; border-radius: 50%; border: 2px solid var(--input-border-color); font-weight: 600; }
    .done .number { background: var(--color-accent); border-color: var(--color-accent); color: white; }
    [aria-current="step"] { color: var(--body-text-color); font-weight: 600; }
    [aria-current="step"] .number { border-color: var(--color-accent); color: var(--accent-text-color); }
  `;

  // The index of the step shown.
  current = -1;
  private appliedSelected: unknown = undefined;

  private get steps(): LiteWalkthroughStep[] {
    return [...this.children].filter((child): child is LiteWalkthroughStep => child.tagName === "LITE-WALKTHROUGHSTEP");
  }

  private stepId(step: LiteWalkthroughStep, index: number): number | string {
    return step.props.id ?? index;
  }

  private show(index: number): void {
    this.current = index;
    this.steps.forEach((step, i) => (step.active = i === index));
  }

  // The app's `selected` (a step's id), applied when it changes.
  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has("props") || this.props.selected === this.appliedSelected) return;
    this.appliedSelected = this.props.selected;
    const steps = this.steps;
    const wanted = this.props.selected;
    const index = steps.findIndex((step, i) => wanted !== null && this.stepId(step, i) === wanted);
    const before = this.current;
    if (index >= 0 || before < 0) this.show(Math.max(index, 0));
    // The app moved it (an event's gr.Walkthrough(selected=...)): `change`, as in Gradio.
    if (before >= 0 && this.current !== before) this.fire("change", steps[this.current].props.label);
  }

  private onSlotChange(): void {
    if (this.current < 0) this.show(0);
    else this.show(this.current);
  }

  private choose(index: number): void {
    if (index === this.current || index > this.current) return;
    const step = this.steps[index];
    this.show(index);
    step.choose(index);
    this.fire("change", step.props.label);
    this.fire("select", step.props.label, { index, value: step.props.label, selected: true });
  }

  override render() {
    return html`<ol aria-label="Steps">
        ${this.steps.map(
          (step, i) =>
            html`<li class=${i < this.current ? "done" : ""} ?hidden=${!step.props.visible}>
              <button
                aria-current=${i === this.current ? "step" : "false"}
                ?disabled=${!step.props.interactive || i >= this.current}
                @click=${() => this.choose(i)}
              >
                <span class="number">${i < this.current ? "✓" : String(i + 1)}</span>
                <span class="label">${step.props.label ?? `Step ${String(i + 1)}`}</span>
              </button>
            </li>`,
        )}
      </ol>
      <div><slot @slotchange=${this.onSlotChange}></slot></div>`;
  }
}
customElements.define("lite-walkthrough", LiteWalkthrough);
