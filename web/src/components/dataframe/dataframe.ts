import { css, html, nothing } from "lit";
import { LiteComponent } from "../base/component";
import type { DataframeProps } from "../../protocol.gen";

type Cell = string | number | boolean | null;

interface Table {
  headers: string[];
  data: Cell[][];
  metadata: unknown;
}

// A table; as an input every cell is a text field and rows can be added.
export class LiteDataframe extends LiteComponent<DataframeProps, Table | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .scroll { overflow: auto; max-height: 30rem; border: 1px solid #e5e7eb; border-radius: 0.5rem; }
      table { width: 100%; border-collapse: collapse; font-size: 0.875rem; background: #fff; }
      th { text-align: left; font-weight: 600; padding: 0.375rem 0.5rem; background: #f9fafb; border-bottom: 1px solid #e5e7eb; position: sticky; top: 0; }
      td { padding: 0.25rem 0.5rem; border-bottom: 1px solid #f3f4f6; }
      td input { width: 100%; border: 0; font: inherit; background: transparent; padding: 0.125rem; }
      button { margin-top: 0.375rem; font: inherit; font-size: 0.8125rem; padding: 0.125rem 0.5rem; border: 1px solid #e5e7eb; border-radius: 0.25rem; background: #fff; cursor: pointer; }
    `,
  ];

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

  override render() {
    const table = this.table;
    const label = this.props.label ?? "Dataframe";
    return html`<span class=${this.labelClass} id="label">${label}</span>
      <div class="scroll">
        <table aria-labelledby="label">
          <thead><tr>${table.headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
          <tbody>
            ${table.data.map(
              (cells, r) => html`<tr>
                ${cells.map((cell, c) =>
                  this.interactive
                    ? html`<td><input
                        aria-label=${`${table.headers[c] ?? c + 1}, row ${r + 1}`}
                        .value=${cell === null ? "" : String(cell)}
                        @change=${(e: Event) => this.edit(r, c, (e.target as HTMLInputElement).value)}
                      /></td>`
                    : html`<td>${cell === null ? "" : String(cell)}</td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.interactive && this.props.row_count[1] !== "fixed" ? html`<button @click=${this.addRow}>Add row</button>` : nothing}`;
  }
}
customElements.define("lite-dataframe", LiteDataframe);
