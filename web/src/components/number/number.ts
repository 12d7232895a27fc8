import { css, html, nothing } from "lit";
import { LiteComponent } from "../base/component";
import type { NumberProps } from "../../protocol.gen";

export class LiteNumber extends LiteComponent<NumberProps, number | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`input { width: 100%; padding: 0.5rem 0.625rem; border: var(--input-border-width) solid var(--input-border-color); border-radius: var(--input-radius); background: var(--input-background-fill); }`,
  ];

  // Gradio shows (and sends) 0 for an empty Number that has no placeholder.
  override willUpdate(): void {
    if (this.value === null && !this.props.placeholder) this.value = 0;
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.commit(input.value === "" ? null : input.valueAsNumber, "input", "change");
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === "Enter") this.emit("submit");
  }

  override render() {
    const p = this.props;
    return html`<label class=${this.labelClass} for="field">${p.label ?? "Number"}</label>
      ${p.info ? html`<span class="info">${p.info}</span>` : nothing}
      <input
        id="field"
        type="number"
        min=${p.minimum ?? nothing}
        max=${p.maximum ?? nothing}
        step=${p.step}
        placeholder=${p.placeholder ?? nothing}
        ?readonly=${!this.interactive}
        .value=${this.value === null ? "" : String(this.value)}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
      />`;
  }
}
customElements.define("lite-number", LiteNumber);
