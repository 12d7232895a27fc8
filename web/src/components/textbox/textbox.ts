import { css, html, nothing } from "lit";
import { LiteComponent } from "../base/component";
import type { TextboxProps } from "../../protocol.gen";

export class LiteTextbox extends LiteComponent<TextboxProps, string | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      input, textarea { width: 100%; padding: 0.5rem 0.625rem; border: var(--input-border-width) solid var(--input-border-color); border-radius: var(--input-radius); background: var(--input-background-fill); }
      /* As Gradio's: no resize handle; the box grows with its text from lines to max_lines
         (field-sizing; browsers without it keep the rows and scroll). */
      textarea { resize: none; line-height: 1.5; field-sizing: content; overflow-y: auto;
        min-height: calc(var(--lines, 1) * 1lh + 1rem + 2 * var(--input-border-width, 1px));
        max-height: calc(var(--max-lines, 20) * 1lh + 1rem + 2 * var(--input-border-width, 1px)); }
      input:focus, textarea:focus { outline: 2px solid var(--color-accent); outline-offset: -1px; }
      [readonly] { background: var(--input-background-fill-readonly); }
    `,
  ];

  // An empty Textbox holds "" (Gradio's front end does the same), never null: apps do
  // `"Hello " + name` with what it sends.
  override willUpdate(): void {
    if (this.value === null) this.value = "";
  }

  private onInput(event: Event): void {
    this.commit((event.target as HTMLInputElement).value, "input", "change");
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === "Enter" && !event.shiftKey && this.props.lines === 1) {
      event.preventDefault();
      this.emit("submit");
    }
  }

  override render() {
    const p = this.props;
    const common = {
      value: this.value ?? "",
      placeholder: p.placeholder ?? nothing,
    };
    // Text is a textarea (as in Gradio); password and email must stay single inputs.
    const field =
      p.type === "text"
        ? html`<textarea
            id="field"
            rows=${p.lines}
            style=${`--lines: ${String(p.lines)}; --max-lines: ${String(Math.max(p.max_lines ?? 20, p.lines))}`}
            dir=${p.rtl ? "rtl" : "ltr"}
            placeholder=${common.placeholder}
            maxlength=${p.max_length ?? nothing}
            ?readonly=${!this.interactive}
            .value=${common.value}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
          ></textarea>`
        : html`<input
            id="field"
            type=${p.type}
            placeholder=${common.placeholder}
            maxlength=${p.max_length ?? nothing}
            ?readonly=${!this.interactive}
            .value=${common.value}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
          />`;
    return html`<label class=${this.labelClass} for="field">${p.label ?? "Textbox"}</label>
      ${p.info ? html`<span class="info">${p.info}</span>` : nothing} ${field}`;
  }
}
customElements.define("lite-textbox", LiteTextbox);
