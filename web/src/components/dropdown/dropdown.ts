import { css, html, nothing, svg } from "lit";
import { LiteComponent } from "../base/component";
import type { DropdownProps } from "../../protocol.gen";
import { matching, nextActive, typedValue, type Choice } from "./options";

const CHEVRON = svg`<svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true"><path d="M2 4.5 6 8.5 10 4.5" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
const CROSS = svg`<svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true"><path d="M3 3 9 9M9 3 3 9" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round"/></svg>`;

// The list floats in the top layer where browsers have popovers: no card, Group
// (overflow: hidden) or stacking order around the Dropdown can clip or cover it.
const POPOVER = typeof HTMLElement !== "undefined" && "showPopover" in HTMLElement.prototype;

// Gradio's Dropdown: a text field showing the chosen name (or, with multiselect, the
// chosen names as chips before it), over a list of the choices that opens on focus and
// narrows to the names holding what is typed. An ARIA combobox: the focus stays in the
// field while the arrow keys move the highlighted option.
export class LiteDropdown extends LiteComponent<DropdownProps, Choice | Choice[] | null> {
  static override properties = {
    ...LiteComponent.properties,
    text: { state: true },
    open: { state: true },
    shown: { state: true },
    active: { state: true },
  };

  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .wrap { position: relative; display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem; box-sizing: border-box; padding: 0.25rem 0.375rem; border: var(--input-border-width) solid var(--input-border-color); border-radius: var(--input-radius); background: var(--input-background-fill); cursor: text; }
      .wrap:focus-within { outline: 2px solid var(--color-accent); outline-offset: -1px; }
      .wrap.readonly { background: var(--input-background-fill-readonly); cursor: default; }
      .field { display: flex; flex: 1 1 6rem; align-items: center; min-width: 6rem; }
      input { flex: 1 1 auto; min-width: 0; width: 100%; padding: 0.25rem; border: 0; outline: none; background: transparent; }
      input[inputmode="none"] { cursor: pointer; }
      .chevron { display: grid; flex: none; place-items: center; width: 1.5rem; color: var(--body-text-color); pointer-events: none; }
      .chip { display: inline-flex; align-items: center; gap: 0.125rem; max-width: 100%; padding: 0.125rem 0.125rem 0.125rem 0.5rem; border: 1px solid var(--border-color-primary); border-radius: var(--radius-md); background: var(--color-accent-soft); color: var(--body-text-color); line-height: 1.25; overflow-wrap: anywhere; }
      .chip.readonly { padding-right: 0.5rem; }
      button { display: grid; flex: none; place-items: center; width: 1.25rem; height: 1.25rem; padding: 0; border: 0; border-radius: 50%; background: transparent; color: inherit; cursor: pointer; }
      button:hover { background: var(--border-color-primary); }
      button:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 1px; }
      .clear { color: var(--body-text-color); }
      [role="listbox"] { position: fixed; inset: auto; z-index: 1000; box-sizing: border-box; margin: 0; padding: 0.25rem 0; overflow: auto; list-style: none; border: 1px solid var(--border-color-primary); border-radius: var(--input-radius); background: var(--background-fill-primary); color: var(--body-text-color); font: inherit; box-shadow: var(--shadow-drop), 0 6px 16px rgb(0 0 0 / 15%); }
      [role="listbox"][hidden] { display: none; }
      [role="option"] { display: flex; gap: 0.375rem; padding: 0.375rem 0.625rem; cursor: pointer; overflow-wrap: anywhere; }
      /* One highlight: the pointer moves it as the arrow keys do. */
      [role="option"].active { background: var(--color-accent-soft); }
      [role="option"].active { box-shadow: inset 3px 0 0 var(--color-accent); }
      .check { flex: none; width: 1em; }
      [aria-selected="true"] { font-weight: 600; }
    `,
  ];

  // What the field shows, while it is being edited too.
  text = "";
  // The user is at the field: the list is open (it shows only when something matches).
  open = false;
  // The choices the list offers (indices), and the highlighted one.
  shown: number[] = [];
  active: number | null = null;
  // The text the list is narrowed by: none until the user types.
  private query = "";
  // Focus moved back to the field by the Dropdown itself (a chip removed): no list.
  private quietFocus = false;
  private reveal = false;
  private frame = 0;
  private placed = "";

  private get multi(): boolean {
    return Boolean(this.props.multiselect);
  }

  private get values(): Choice[] {
    const v = this.value;
    return Array.isArray(v) ? v : v === null ? [] : [v];
  }

  private get full(): boolean {
    const max = this.props.max_choices;
    return this.multi && max !== null && this.values.length >= max;
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector("input");
  }

  private get focused(): boolean {
    return this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement === this.input;
  }

  private get list(): HTMLElement | null {
    return this.renderRoot.querySelector('[role="listbox"]');
  }

  private nameOf(value: Choice): string {
    const choice = this.props.choices.find(([, v]) => v === value);
    return choice ? choice[0] : String(value);
  }

  private indexOf(value: Choice): number {
    return this.props.choices.findIndex(([, v]) => v === value);
  }

  // The text a single Dropdown shows when nobody is typing in it: its value's name.
  private get restingText(): string {
    const v = this.value;
    return this.multi || v === null || Array.isArray(v) ? "" : this.nameOf(v);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!this.open && (changed.has("value") || changed.has("props"))) this.text = this.multi ? "" : this.restingText;
    if (changed.has("props")) {
      this.shown = matching(this.props.choices, this.query, this.props.filterable);
      if (this.active !== null && !this.shown.includes(this.active)) this.active = null;
      if (!this.interactive) this.open = false;
    }
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const list = this.list;
    if (!list) return;
    const showing = !list.hidden;
    if (showing && !this.frame) {
      if (POPOVER && !list.matches(":popover-open")) list.showPopover();
      this.follow();
    } else if (!showing && this.frame) {
      this.stopFollowing();
    }
    // The highlight the keys moved (or the chosen one, on opening) comes into view; the
    // one the pointer moved is under it already.
    if (showing && this.reveal && this.active !== null) {
      list.querySelector(`#option-${String(this.active)}`)?.scrollIntoView({ block: "nearest" });
    }
    this.reveal = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowing();
  }

  // Keeps the list under the field (above it when there is more room there), every frame
  // while it shows: the page may scroll, or move the field, under it.
  private follow = (): void => {
    const list = this.list;
    const field = this.renderRoot.querySelector(".wrap");
    if (!list || !field) return;
    const r = field.getBoundingClientRect();
    const below = window.innerHeight - r.bottom;
    const downward = below >= Math.min(list.scrollHeight, 240) || below >= r.top;
    const room = Math.max(Math.min(downward ? below : r.top, 320) - 8, 80);
    const place = downward
      ? `top: ${String(r.bottom + 4)}px; bottom: auto;`
      : `bottom: ${String(window.innerHeight - r.top + 4)}px; top: auto;`;
    const style = `${place} left: ${String(r.left)}px; width: ${String(r.width)}px; max-height: ${String(room)}px;`;
    if (style !== this.placed) list.setAttribute("style", (this.placed = style));
    this.frame = requestAnimationFrame(this.follow);
  };

  private stopFollowing(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.placed = "";
    const list = this.list;
    if (POPOVER && list?.matches(":popover-open")) list.hidePopover();
  }

  private openList(): void {
    if (!this.interactive || this.full) return;
    this.open = true;
    this.query = "";
    this.shown = matching(this.props.choices, "");
    const v = this.value;
    this.active = this.multi || v === null || Array.isArray(v) ? null : this.indexOf(v) >= 0 ? this.indexOf(v) : null;
    this.reveal = true;
  }

  private close(): void {
    this.open = false;
    this.active = null;
    this.query = "";
  }

  private setValue(value: Choice | Choice[] | null): void {
    if (JSON.stringify(value) !== JSON.stringify(this.value)) this.commit(value, "input", "change");
  }

  // A choice taken from the list: the value of a single Dropdown; with multiselect, one
  // more chip, or one less if it was chosen already.
  private pick(index: number): void {
    const [name, value] = this.props.choices[index];
    if (!this.multi) {
      this.text = name;
      this.close();
      if (value !== this.value) {
        this.setValue(value);
        this.selected(index, value);
      }
      return;
    }
    if (this.values.includes(value)) this.removeValue(value);
    else this.addValue(value);
    this.text = "";
    this.query = "";
    this.shown = matching(this.props.choices, "");
    this.active = index;
  }

  private addValue(value: Choice): void {
    if (this.values.includes(value) || this.full) return;
    const next = [...this.values, value];
    this.setValue(next);
    this.selected(this.indexOf(value), value);
    if (next.length === this.props.max_choices) this.close();
  }

  private removeValue(value: Choice): void {
    this.setValue(this.values.filter((v) => v !== value));
    this.selected(this.indexOf(value), value, false);
  }

  // What was typed, taken as the value (allow_custom_value): a choice's name stands for
  // that choice.
  private takeTyped(): void {
    const value = typedValue(this.props.choices, this.text);
    if (this.multi) {
      if (this.text.trim() !== "") this.addValue(value);
      this.text = "";
      this.query = "";
      this.shown = matching(this.props.choices, "");
    } else {
      this.setValue(value);
      this.text = this.restingText;
    }
  }

  private onFocus(): void {
    if (!this.quietFocus) this.openList();
    this.quietFocus = false;
    this.emit("focus");
  }

  private onBlur(): void {
    this.close();
    if (this.props.allow_custom_value && this.interactive && this.text !== this.restingText) this.takeTyped();
    else this.text = this.restingText;
    this.emit("blur");
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    if (!this.open) this.openList();
    this.query = this.text;
    this.shown = matching(this.props.choices, this.text, this.props.filterable);
    this.active = this.props.allow_custom_value ? null : (this.shown[0] ?? null);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (!this.interactive) return;
    const key = event.key;
    if (key === "ArrowDown" || key === "ArrowUp") {
      event.preventDefault();
      if (!this.open) this.openList();
      else this.active = nextActive(this.shown, this.active, key);
      this.reveal = true;
    } else if (key === "Enter") {
      event.preventDefault();
      const named = this.props.choices.findIndex(([name]) => name === this.text);
      if (this.open && this.active !== null && this.shown.length > 0) this.pick(this.active);
      else if (this.text !== "" && named >= 0) this.pick(named);
      else if (this.props.allow_custom_value && this.text !== this.restingText) this.takeTyped();
    } else if (key === "Escape") {
      if (this.open || this.text !== this.restingText) {
        event.preventDefault();
        event.stopPropagation();
      }
      this.close();
      this.text = this.restingText;
    } else if (key === "Backspace" && this.multi && this.text === "" && this.values.length > 0) {
      this.removeValue(this.values[this.values.length - 1]);
    }
  }

  private onWrapClick(event: MouseEvent): void {
    const target = event.target as Element;
    if (target.closest("button")) return;
    if (this.focused) {
      if (!this.open) this.openList();
    } else this.input?.focus();
  }

  // Back to the field once the button that had the focus is gone, without opening the list.
  private refocus(): void {
    this.quietFocus = true;
    this.input?.focus(); // its focus event comes before focus() returns
    this.quietFocus = false;
  }

  private onRemove(value: Choice): void {
    this.removeValue(value);
    this.refocus();
  }

  private onClear(): void {
    this.setValue([]);
    this.text = "";
    this.refocus();
  }

  override render() {
    const p = this.props;
    const interactive = this.interactive;
    const showing = this.open && interactive && this.shown.length > 0;
    const chosen = this.multi ? this.values : [];
    const label = p.label ?? "Dropdown";
    // The list has no name of its own: it is the field's popup, and the field's label
    // names the field alone (a second element of that name would confuse a search by label).
    return html`<label class=${this.labelClass} for="field">${label}</label>
      ${p.info ? html`<span class="info">${p.info}</span>` : nothing}
      <div class=${interactive ? "wrap" : "wrap readonly"} @click=${this.onWrapClick}>
        ${chosen.map(
          (value) =>
            html`<span class=${interactive ? "chip" : "chip readonly"}
              ><span>${this.nameOf(value)}</span>${
                interactive
                  ? html`<button
                    type="button"
                    class="remove"
                    aria-label=${`Remove ${this.nameOf(value)}`}
                    title=${`Remove ${this.nameOf(value)}`}
                    @click=${() => this.onRemove(value)}
                  >
                    ${CROSS}
                  </button>`
                  : nothing
              }</span
            >`,
        )}
        <div class="field">
          <input
            id="field"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete=${p.filterable ? "list" : "none"}
            aria-expanded=${showing ? "true" : "false"}
            aria-controls="listbox"
            aria-activedescendant=${showing && this.active !== null ? `option-${String(this.active)}` : nothing}
            inputmode=${p.filterable ? nothing : "none"}
            ?readonly=${!interactive}
            .value=${this.text}
            @beforeinput=${(e: InputEvent) => !p.filterable && e.preventDefault()}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @keyup=${(e: KeyboardEvent) => this.emit("key_up", undefined, { key: e.key, input_value: this.text })}
            @focus=${this.onFocus}
            @blur=${this.onBlur}
          />
          ${
            interactive && chosen.length > 0
              ? html`<button type="button" class="clear" aria-label="Clear all" title="Clear all" @click=${this.onClear}>${CROSS}</button>`
              : nothing
          }
          ${interactive ? html`<span class="chevron">${CHEVRON}</span>` : nothing}
        </div>
      </div>
      <ul
        id="listbox"
        role="listbox"
        popover=${POPOVER ? "manual" : nothing}
        aria-multiselectable=${this.multi ? "true" : nothing}
        ?hidden=${!showing}
        @mousedown=${(e: MouseEvent) => e.preventDefault()}
      >
        ${
          showing
            ? this.shown.map((i) => {
                const [name, value] = p.choices[i];
                const selected = this.multi ? chosen.includes(value) : value === this.value;
                return html`<li
                id=${`option-${String(i)}`}
                role="option"
                class=${i === this.active ? "active" : ""}
                aria-selected=${selected ? "true" : "false"}
                @click=${() => this.pick(i)}
                @mousemove=${() => this.active !== i && (this.active = i)}
              >
                <span class="check" aria-hidden="true">${selected ? "✓" : ""}</span><span>${name}</span>
              </li>`;
              })
            : nothing
        }
      </ul>`;
  }
}
customElements.define("lite-dropdown", LiteDropdown);
