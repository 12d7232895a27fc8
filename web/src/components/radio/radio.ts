import { css, html, nothing } from "lit";
import { LiteComponent } from "../base/component";

type Choice = string | number;

interface RadioProps {
  choices: [string, Choice][];
}

export class LiteRadio extends LiteComponent<RadioProps, Choice | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      fieldset { border: 0; padding: 0; margin: 0; }
      .choices { display: flex; flex-wrap: wrap; gap: 0.5rem; }
      .choice { display: inline-flex; gap: 0.375rem; align-items: center; padding: 0.375rem 0.625rem; border: 1px solid #e5e7eb; border-radius: 0.5rem; cursor: pointer; }
      input { accent-color: #f97316; }
    `,
  ];

  override render() {
    const p = this.props;
    return html`<fieldset>
      <legend class=${this.labelClass}>${p.label ?? "Radio"}</legend>
      ${p.info ? html`<span class="info">${p.info}</span>` : nothing}
      <div class="choices">
        ${p.choices.map(
          ([name, value]) => html`<label class="choice">
            <input
              type="radio"
              name="choice"
              ?disabled=${!this.interactive}
              .checked=${this.value === value}
              @change=${() => this.commit(value, "input", "change", "select")}
            />${name}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }
}
customElements.define("lite-radio", LiteRadio);
