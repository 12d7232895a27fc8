import { html, nothing } from "lit";
import { choiceStyles } from "../base/choices";
import { LiteComponent } from "../base/component";
import type { RadioProps } from "../../protocol.gen";

type Choice = string | number;

export class LiteRadio extends LiteComponent<RadioProps, Choice | null> {
  static override styles = [LiteComponent.sharedStyles, choiceStyles];

  override render() {
    const p = this.props;
    return html`<fieldset>
      <legend class=${this.labelClass}>${p.label ?? "Radio"}</legend>
      ${p.info ? html`<span class="info">${p.info}</span>` : nothing}
      <div class="choices">
        ${p.choices.map(
          ([name, value], index) => html`<label class="choice">
            <input
              type="radio"
              name="choice"
              ?disabled=${!this.interactive}
              .checked=${this.value === value}
              @change=${() => {
                this.commit(value, "input", "change");
                this.selected(index, value);
              }}
            />${name}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }
}
customElements.define("lite-radio", LiteRadio);
