import { css, html, nothing } from "lit";
import type { DatasetProps, FileData } from "../../protocol.gen";
import { LiteComponent } from "../base/component";

function isFile(value: unknown): value is FileData {
  return typeof value === "object" && value !== null && (value as Partial<FileData>).meta?._type === "gradio.FileData";
}

// What a cell shows: a file by its name (as Gradio's examples show audio and files),
// a video by its file's, other objects as JSON.
function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (isFile(value)) return value.orig_name ?? value.path.split("/").pop() ?? value.path;
  if (typeof value === "object" && isFile((value as { video?: unknown }).video))
    return cell((value as { video: unknown }).video);
  if (Array.isArray(value) && value.every(isFile)) return value.map(cell).join(", ");
  // A MultimodalTextbox's sample: its text, then its files' names.
  const message = value as { text?: unknown; files?: unknown };
  if (typeof message.text === "string" && Array.isArray(message.files)) {
    const files = message.files.filter(isFile).map(cell);
    return files.length > 0 ? `${message.text} (${files.join(", ")})` : message.text;
  }
  if (typeof value === "object") return JSON.stringify(value);
  return typeof value === "string" ? value : JSON.stringify(value);
}

// Examples: a paginated table; clicking a row sends its index ("click").
export class LiteDataset extends LiteComponent<DatasetProps, number | null> {
  static override properties = { ...LiteComponent.properties, page: { state: true }, thumbnails: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      /* Gradio's examples table: one rounded border, centred cells split by rules, rows striped. */
      .title { display: inline-flex; align-items: center; gap: 0.375rem; font-size: var(--text-sm, 0.875rem); }
      table { width: 100%; border-collapse: separate; border-spacing: 0; font-size: 0.875rem; border: 1px solid var(--border-color-primary); border-radius: var(--table-radius, var(--radius-lg)); overflow: hidden; }
      th { text-align: center; font-weight: 600; padding: 0.625rem 0.75rem; border-bottom: 1px solid var(--border-color-primary); }
      td { padding: 0; }
      th + th, td + td { border-left: 1px solid var(--border-color-primary); }
      tbody tr:nth-child(odd) td { background: var(--table-odd-background-fill); }
      tbody tr:nth-child(even) td { background: var(--table-even-background-fill); }
      td button { all: unset; display: block; width: 100%; box-sizing: border-box; padding: 0.625rem 0.75rem; text-align: center; cursor: pointer; }
      tbody tr:hover td { background: var(--color-accent-soft); }
      td button:focus-visible { outline: 2px solid var(--color-accent); outline-offset: -2px; }
      .pages { display: flex; gap: 0.25rem; margin-top: 0.5rem; align-items: center; font-size: 0.8125rem; }
      .pages button { font: inherit; padding: 0.125rem 0.5rem; border: 1px solid var(--border-color-primary); border-radius: 0.25rem; background: var(--background-fill-primary); cursor: pointer; }
      .pages button[aria-current="page"] { background: var(--color-accent); color: white; border-color: var(--color-accent); }
      td img { height: 4rem; max-width: 8rem; object-fit: cover; border-radius: 0.25rem; display: block; }
    `,
  ];

  page = 0;
  // Image examples show as thumbnails (as in Gradio), loaded from the app once each.
  thumbnails = new Map<string, string>();
  private loading = new Set<string>();

  private thumbnail(file: FileData) {
    const url = this.thumbnails.get(file.path);
    if (url) return html`<img src=${url} alt=${cell(file)} />`;
    if (!this.loading.has(file.path) && this.files) {
      this.loading.add(file.path);
      void this.files.fileUrl(file).then(
        (loaded) => (this.thumbnails = new Map(this.thumbnails).set(file.path, loaded)),
        () => undefined,
      );
    }
    return cell(file);
  }

  private show(value: unknown) {
    return isFile(value) && value.mime_type?.startsWith("image/") ? this.thumbnail(value) : cell(value);
  }

  private choose(index: number): void {
    this.commit(index, "click", "select");
  }

  override render() {
    const { headers, samples, samples_per_page: perPage } = this.props;
    const pages = Math.max(1, Math.ceil(samples.length / perPage));
    const first = this.page * perPage;
    const rows = samples.slice(first, first + perPage);
    return html`<span class="${this.labelClass} title" id="label"
        ><svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" fill="currentColor">
          <path d="M1 3h2v2H1zM5 3h10v2H5zM1 7h2v2H1zM5 7h10v2H5zM1 11h2v2H1zM5 11h10v2H5z" /></svg
        >${this.props.label ?? "Examples"}</span
      >
      <table aria-labelledby="label">
        ${headers.length ? html`<thead><tr>${headers.map((h) => html`<th>${h}</th>`)}</tr></thead>` : nothing}
        <tbody>
          ${rows.map(
            (sample, i) => html`<tr>
              ${sample.map(
                (value, column) => html`<td>
                  <button
                    aria-label=${column === 0 ? `Example ${first + i + 1}: ${sample.map(cell).join(", ")}` : nothing}
                    tabindex=${column === 0 ? 0 : -1}
                    @click=${() => this.choose(first + i)}
                  >${this.show(value)}</button>
                </td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
      ${
        pages > 1
          ? html`<nav class="pages" aria-label="Example pages">
            Pages:
            ${Array.from(
              { length: pages },
              (_, p) => html`<button
              aria-current=${p === this.page ? "page" : nothing}
              @click=${() => (this.page = p)}
            >${p + 1}</button>`,
            )}
          </nav>`
          : nothing
      }`;
  }
}
customElements.define("lite-dataset", LiteDataset);
