import { css, html, nothing } from "lit";
import { LiteComponent } from "../base/component";
import type { DropdownProps } from "../../protocol.gen";

type Choice = string | number;

// A native <select> (multiple when multiselect); with allow_custom_value, a text field
// with the choices as suggestions.
export class LiteDropdown extends LiteComponent<DropdownProps, Choice | Choice[] | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`select, input { width: 100%; padding: 0.5rem 0.625rem; border: var(--input-border-width) solid var(--input-border-color); border-radius: var(--input-radius); background: var(--input-background-fill); }`,
  ];

  private onSelect(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const picked = Array.from(select.selectedOptions, (o) => this.props.choices[Number(o.value)][1]);
    const max = this.props.max_choices;
    const value = this.props.multiselect ? (max ? picked.slice(0, max) : picked) : (picked[0] ?? null);
    this.commit(value, "input", "change");
    const index = Number(select.value);
    if (select.selectedIndex >= 0) this.selected(index, this.props.choices[index][1]);
  }

  private onText(event: Event): void {
    this.commit((event.target as HTMLInputElement).value, "input", "change");
  }

  private isSelected(value: Choice): boolean {
    return Array.isArray(this.value) ? this.value.includes(value) : this.value === value;
  }

  override render() {
    const p = this.props;
    const label = html`<label class=${this.labelClass} for="field">${p.label ?? "Dropdown"}</label>
      ${p.info ? html`<span class="info">${p.info}</span>` : nothing}`;
    if (p.allow_custom_value && !p.multiselect) {
      return html`${label}
        <input id="field" list="choices" ?readonly=${!this.interactive} .value=${String(this.value ?? "")} @input=${this.onText} />
        <datalist id="choices">${p.choices.map(([name, value]) => html`<option value=${String(value)}>${name}</option>`)}</datalist>`;
    }
    return html`${label}
      <select id="field" ?multiple=${p.multiselect} ?disabled=${!this.interactive} @change=${this.onSelect}>
        ${p.choices.map(([name, value], i) => html`<option value=${i} ?selected=${this.isSelected(value)}>${name}</option>`)}
      </select>`;
  }
}
customElements.define("lite-dropdown", LiteDropdown);
