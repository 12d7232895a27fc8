import { css, html, nothing, unsafeCSS } from "lit";
import { repeat } from "lit/directives/repeat.js";
import { LiteComponent } from "../base/component";
import type { DataframeProps } from "../../protocol.gen";

type Cell = string | number | boolean | null;

interface Table {
  headers: string[];
  data: Cell[][];
  metadata: unknown;
}

// Tables longer than this render only the rows in view (plus OVERSCAN on each side), in rows
// of a fixed height, between two spacer rows: 100,000 rows cost the page about fifty.
const VIRTUAL_FROM = 100;
const ROW_PX = 32;
const OVERSCAN = 15;

// A table; as an input every cell is a text field and rows can be added.
export class LiteDataframe extends LiteComponent<DataframeProps, Table | null> {
  static override properties = { ...LiteComponent.properties, first: { state: true }, chosen: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .scroll { overflow: auto; max-height: 30rem; border: 1px solid var(--border-color-primary); border-radius: 0.5rem; }
      table { width: 100%; border-collapse: collapse; font-size: 0.875rem; background: var(--background-fill-primary); }
      th { text-align: left; font-weight: 600; padding: 0.375rem 0.5rem; background: var(--background-fill-secondary); border-bottom: 1px solid var(--border-color-primary); position: sticky; top: 0; }
      td { padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--border-color-primary); }
      td input { width: 100%; border: 0; font: inherit; background: transparent; padding: 0.125rem; }
      .virtual td { height: ${unsafeCSS(ROW_PX)}px; box-sizing: border-box; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 24rem; }
      td.chosen { outline: 2px solid var(--color-accent); outline-offset: -2px; }
      button { margin-top: 0.375rem; font: inherit; font-size: 0.8125rem; padding: 0.125rem 0.5rem; border: 1px solid var(--border-color-primary); border-radius: 0.25rem; background: var(--background-fill-primary); cursor: pointer; }
    `,
  ];

  // The first row rendered (virtual tables), and the cell last selected.
  first = 0;
  chosen: [number, number] | null = null;

  // An empty input table still has its rows to type into (row_count).
  private get table(): Table {
    const value = this.value ?? { headers: [], data: [], metadata: null };
    if (!this.interactive || value.data.length > 0) return value;
    const rows = this.props.row_count[0];
    return { ...value, data: Array.from({ length: rows }, () => value.headers.map(() => "")) };
  }

  private typed(kind: string | undefined, text: string): Cell {
    if (kind === "number") return text === "" ? null : Number(text);
    if (kind === "bool") return text === "true";
    return text;
  }

  private edit(row: number, column: number, text: string): void {
    const table = this.table;
    const kinds = this.props.datatype;
    const kind = Array.isArray(kinds) ? kinds[column] : kinds;
    const data = table.data.map((cells, r) =>
      r === row ? cells.map((c, i) => (i === column ? this.typed(kind, text) : c)) : cells,
    );
    this.commit({ ...table, data }, "input", "change");
  }

  private addRow(): void {
    const table = this.table;
    this.commit({ ...table, data: [...table.data, table.headers.map(() => "")] }, "input", "change");
  }

  private get scroller(): HTMLElement | null {
    return this.renderRoot.querySelector(".scroll");
  }

  private onScroll(): void {
    const top = this.scroller?.scrollTop ?? 0;
    const first = Math.max(0, Math.floor(top / ROW_PX) - OVERSCAN);
    if (Math.abs(first - this.first) >= OVERSCAN / 3) this.first = first;
  }

  // Which rows are in the DOM: all of a short table, the window around the view of a long one.
  private window(rows: number): [number, number] {
    if (rows <= VIRTUAL_FROM) return [0, rows];
    const shown = Math.ceil((this.scroller?.clientHeight ?? 480) / ROW_PX) + 2 * OVERSCAN;
    const first = Math.min(this.first, Math.max(0, rows - shown));
    return [first, Math.min(rows, first + shown)];
  }

  private choose(row: number, column: number): void {
    const table = this.table;
    this.chosen = [row, column];
    const rowValue = table.data[row] ?? [];
    const colValue = table.data.map((cells) => cells[column] ?? null);
    this.emit("select", undefined, {
      index: [row, column],
      value: rowValue[column] ?? null,
      row_value: rowValue,
      col_value: colValue,
      selected: true,
    });
  }

  // Arrow keys move between the rows of a table, bringing rows out of the window into view;
  // in a read-only table they also move between columns, and Enter or Space selects a cell
  // (as a click does), so that a keyboard reaches every cell and its select event.
  private async onKey(event: KeyboardEvent, row: number, column: number): Promise<void> {
    const readOnly = !this.interactive;
    if (readOnly && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      this.choose(row, column);
      return;
    }
    const side = !readOnly ? 0 : event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (side !== 0) {
      const next = this.renderRoot.querySelector<HTMLElement>(`[data-cell="${row},${column + side}"]`);
      if (next) event.preventDefault();
      next?.focus();
      return;
    }
    const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    const target = row + step;
    if (step === 0 || target < 0 || target >= this.table.data.length) return;
    event.preventDefault();
    const scroller = this.scroller;
    if (scroller && this.table.data.length > VIRTUAL_FROM) {
      const top = target * ROW_PX;
      if (top < scroller.scrollTop || top + 2 * ROW_PX > scroller.scrollTop + scroller.clientHeight)
        scroller.scrollTop = top - scroller.clientHeight / 2;
      this.onScroll();
      await this.updateComplete;
    }
    this.renderRoot.querySelector<HTMLElement>(`[data-cell="${target},${column}"]`)?.focus();
  }

  private cell(table: Table, cell: Cell, r: number, c: number) {
    const text = cell === null ? "" : String(cell);
    const chosen = this.chosen?.[0] === r && this.chosen[1] === c ? "chosen" : "";
    if (!this.interactive) {
      // One cell in the Tab order (the chosen one, else the first); arrows reach the others.
      const stop = this.chosen ? chosen !== "" : r === 0 && c === 0;
      return html`<td
        class=${chosen}
        data-cell=${`${r},${c}`}
        tabindex=${stop ? 0 : -1}
        @click=${() => this.choose(r, c)}
        @keydown=${(e: KeyboardEvent) => void this.onKey(e, r, c)}
      >${text}</td>`;
    }
    return html`<td class=${chosen}><input
      aria-label=${`${table.headers[c] ?? c + 1}, row ${r + 1}`}
      data-cell=${`${r},${c}`}
      .value=${text}
      @focus=${() => this.choose(r, c)}
      @keydown=${(e: KeyboardEvent) => void this.onKey(e, r, c)}
      @change=${(e: Event) => this.edit(r, c, (e.target as HTMLInputElement).value)}
    /></td>`;
  }

  override render() {
    const table = this.table;
    const label = this.props.label ?? "Dataframe";
    const rows = table.data.length;
    const [from, to] = this.window(rows);
    const spacer = (height: number) =>
      height > 0 ? html`<tr aria-hidden="true" style="height: ${height}px"></tr>` : nothing;
    return html`<span class=${this.labelClass} id="label">${label}</span>
      <div class="scroll" tabindex="0" @scroll=${this.onScroll}>
        <table aria-labelledby="label" aria-rowcount=${rows + 1} class=${rows > VIRTUAL_FROM ? "virtual" : ""}>
          <thead><tr aria-rowindex="1">${table.headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
          <tbody>
            ${spacer(from * ROW_PX)}
            ${repeat(
              table.data.slice(from, to),
              // Keyed by row: as the window moves, a focused cell keeps its element (reused
              // for another row, focus would stay put and arrow keys would lose selects).
              (_, i) => from + i,
              (cells, i) =>
                html`<tr aria-rowindex=${from + i + 2}>${cells.map((cell, c) => this.cell(table, cell, from + i, c))}</tr>`,
            )}
            ${spacer((rows - to) * ROW_PX)}
          </tbody>
        </table>
      </div>
      ${this.interactive && this.props.row_count[1] !== "fixed" ? html`<button @click=${this.addRow}>Add row</button>` : nothing}`;
  }
}
customElements.define("lite-dataframe", LiteDataframe);
