import { html, nothing } from "lit";
import { choiceStyles } from "../base/choices";
import { LiteComponent } from "../base/component";
import type { CheckboxGroupProps } from "../../protocol.gen";

type Choice = string | number;

export class LiteCheckboxGroup extends LiteComponent<CheckboxGroupProps, Choice[] | null> {
  static override styles = [LiteComponent.sharedStyles, choiceStyles];

  private toggle(value: Choice, checked: boolean): void {
    const current = this.value ?? [];
    // Kept in the order of the choices, as Gradio sends them.
    const next = this.props.choices.map(([, v]) => v).filter((v) => (v === value ? checked : current.includes(v)));
    this.commit(next, "input", "change");
    this.selected(
      this.props.choices.findIndex(([, v]) => v === value),
      value,
      checked,
    );
  }

  override render() {
    const p = this.props;
    const checked = this.value ?? [];
    return html`<fieldset>
      <legend class=${this.labelClass}>${p.label ?? "Checkbox Group"}</legend>
      ${p.info ? html`<span class="info">${p.info}</span>` : nothing}
      <div class="choices">
        ${p.choices.map(
          ([name, value]) => html`<label class="choice">
            <input
              type="checkbox"
              ?disabled=${!this.interactive}
              .checked=${checked.includes(value)}
              @change=${(e: Event) => this.toggle(value, (e.target as HTMLInputElement).checked)}
            />${name}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }
}
customElements.define("lite-checkboxgroup", LiteCheckboxGroup);
