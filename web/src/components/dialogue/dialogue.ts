import { css, html, nothing } from "lit";
import type { DialogueProps } from "../../protocol.gen";
import { LiteComponent } from "../base/component";

interface Line {
  speaker: string;
  text: string;
}

type Value = Line[] | string | null;

// gr.Dialogue: a transcript, one line per row: a speaker menu and a text box. Lines can be
// added and removed; Submit fires `submit`, Copy copies "[speaker] text" lines. With no
// speakers, or a string value, it is one text box.
export class LiteDialogue extends LiteComponent<DialogueProps, Value> {
  static override properties = { ...LiteComponent.properties, copied: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .box { display: flex; flex-direction: column; gap: 0.5rem; }
      .line { display: flex; gap: 0.5rem; align-items: flex-start; }
      select, input, textarea { border: var(--input-border-width) solid var(--input-border-color); border-radius: 0.375rem; padding: 0.375rem 0.5rem; background: var(--input-background-fill); }
      select { flex: 0 0 auto; max-width: 40%; }
      input { flex: 1 1 auto; min-width: 0; }
      textarea { width: 100%; min-height: 4rem; resize: vertical; }
      .speaker { flex: 0 0 auto; font-weight: 600; padding: 0.375rem 0; }
      .text { flex: 1 1 auto; padding: 0.375rem 0; white-space: pre-wrap; }
      .actions { display: flex; gap: 0.5rem; justify-content: flex-end; }
      button { font: inherit; font-size: 0.875rem; border: 1px solid var(--border-color-primary); border-radius: 0.375rem; background: var(--background-fill-secondary); padding: 0.375rem 0.75rem; cursor: pointer; }
      button.submit { background: var(--color-accent); border-color: var(--color-accent); color: white; font-weight: 600; }
      button.remove { background: none; border: none; color: var(--body-text-color-subdued); padding: 0.375rem; }
    `,
  ];

  copied = false;

  private get lines(): Line[] {
    return Array.isArray(this.value) ? this.value : [];
  }

  private get asText(): boolean {
    return typeof this.value === "string" || !this.props.speakers?.length;
  }

  private formatted(): string {
    if (typeof this.value === "string") return this.value;
    return this.lines.map((line) => `[${line.speaker}] ${line.text}`).join(this.props.separator);
  }

  private edit(value: Value): void {
    this.commit(value, "input", "change");
  }

  private setLine(index: number, change: Partial<Line>): void {
    this.edit(this.lines.map((line, i) => (i === index ? { ...line, ...change } : line)));
  }

  private addLine(): void {
    const speakers = this.props.speakers ?? [];
    const last = this.lines.at(-1)?.speaker;
    const next = speakers.length ? speakers[(speakers.indexOf(last ?? "") + 1) % speakers.length] : "";
    this.edit([...this.lines, { speaker: next, text: "" }]);
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.formatted());
      this.copied = true;
      setTimeout(() => (this.copied = false), 1500);
    } catch (e) {
      console.error("Could not copy:", e);
    }
  }

  private renderLines() {
    const speakers = this.props.speakers ?? [];
    const interactive = this.interactive;
    return this.lines.map((line, i) =>
      interactive
        ? html`<div class="line">
            <select
              aria-label=${`Speaker of line ${String(i + 1)}`}
              .value=${line.speaker}
              @change=${(e: Event) => this.setLine(i, { speaker: (e.target as HTMLSelectElement).value })}
            >
              ${[...new Set([...speakers, line.speaker])].map(
                (speaker) => html`<option value=${speaker} ?selected=${speaker === line.speaker}>${speaker}</option>`,
              )}
            </select>
            <input
              aria-label=${`Text of line ${String(i + 1)}`}
              .value=${line.text}
              placeholder=${this.props.placeholder ?? ""}
              @input=${(e: Event) => this.setLine(i, { text: (e.target as HTMLInputElement).value })}
              @keydown=${(e: KeyboardEvent) => e.key === "Enter" && !e.shiftKey && this.emit("submit")}
            />
            <button class="remove" aria-label=${`Remove line ${String(i + 1)}`} @click=${() => this.edit(this.lines.filter((_, j) => j !== i))}>✕</button>
          </div>`
        : html`<div class="line"><span class="speaker">${line.speaker}</span><span class="text">${line.text}</span></div>`,
    );
  }

  override render() {
    const label = this.props.label ?? "Dialogue";
    const interactive = this.interactive;
    return html`<span class=${this.labelClass}>${label}</span>
      ${this.props.info ? html`<span class="info">${this.props.info}</span>` : nothing}
      <div class="box" role="group" aria-label=${label}>
        ${
          this.asText
            ? html`<textarea
              aria-label=${label}
              .value=${this.formatted()}
              ?readonly=${!interactive}
              placeholder=${this.props.placeholder ?? ""}
              @input=${(e: Event) => this.edit((e.target as HTMLTextAreaElement).value)}
            ></textarea>`
            : this.renderLines()
        }
        <div class="actions">
          ${interactive && !this.asText ? html`<button @click=${this.addLine}>Add line</button>` : nothing}
          ${this.props.show_copy_button ? html`<button @click=${() => void this.copy()}>${this.copied ? "Copied" : "Copy"}</button>` : nothing}
          ${interactive && this.props.show_submit_button ? html`<button class="submit" @click=${() => this.emit("submit")}>Submit</button>` : nothing}
        </div>
      </div>`;
  }
}
customElements.define("lite-dialogue", LiteDialogue);
