import { css, html, nothing } from "lit";
import type { DateTimeProps } from "../../protocol.gen";
import { LiteComponent } from "../base/component";

// gr.DateTime: the date as text ("2024-05-01 12:30:00"), typed or picked from the calendar.
export class LiteDateTime extends LiteComponent<DateTimeProps, string | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .row { display: flex; gap: 0.5rem; }
      input { padding: 0.5rem 0.625rem; border: var(--input-border-width) solid var(--input-border-color); border-radius: var(--input-radius); background: var(--input-background-fill); }
      input[type="text"] { flex: 1; }
    `,
  ];

  private set(text: string, ...events: string[]): void {
    this.commit(text === "" ? null : text, ...events);
  }

  // The calendar's value (2024-05-01T12:30) in the component's text form.
  private onPick(event: Event): void {
    const picked = (event.target as HTMLInputElement).value.replace("T", " ");
    this.set(this.props.include_time && picked.length === 16 ? `${picked}:00` : picked, "change");
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === "Enter") this.emit("submit");
  }

  override render() {
    const p = this.props;
    const text = this.value ?? "";
    return html`<label class=${this.labelClass} for="text">${p.label ?? "DateTime"}</label>
      ${p.info ? html`<span class="info">${p.info}</span>` : nothing}
      <div class="row">
        <input
          id="text"
          type="text"
          ?disabled=${!this.interactive}
          .value=${text}
          placeholder=${p.include_time ? "YYYY-MM-DD HH:MM:SS" : "YYYY-MM-DD"}
          @change=${(e: Event) => this.set((e.target as HTMLInputElement).value.trim(), "change")}
          @keydown=${this.onKeydown}
        />
        <input
          type=${p.include_time ? "datetime-local" : "date"}
          aria-label=${`Pick ${p.label ?? "a date"}`}
          ?disabled=${!this.interactive}
          .value=${p.include_time ? text.replace(" ", "T").slice(0, 16) : text.slice(0, 10)}
          @change=${this.onPick}
        />
      </div>`;
  }
}
customElements.define("lite-datetime", LiteDateTime);
