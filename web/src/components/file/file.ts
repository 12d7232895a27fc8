import { css, html, nothing } from "lit";
import type { FileData, FileProps } from "../../protocol.gen";
import { LiteComponent, errorText } from "../base/component";

function sizeText(bytes: number | null): string {
  if (bytes === null) return "";
  return bytes < 1024
    ? `${bytes} B`
    : bytes < 2 ** 20
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

// Files in (upload) and out: each listed with a download link to its bytes.
export class LiteFile extends LiteComponent<FileProps, FileData | FileData[] | null> {
  static override properties = { ...LiteComponent.properties, links: { state: true }, error: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .box { border: 1px dashed var(--input-border-color); border-radius: 0.5rem; background: var(--background-fill-primary); padding: 0.75rem; }
      ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.25rem; }
      li { display: flex; justify-content: space-between; gap: 1rem; font-size: 0.875rem; }
      .size { color: var(--body-text-color-subdued); }
      .error { color: var(--error-text-color); font-size: 0.8125rem; }
    `,
  ];

  links: string[] = [];
  error: string | null = null;
  private shown: unknown = null;

  private get items(): FileData[] {
    return this.value === null ? [] : Array.isArray(this.value) ? this.value : [this.value];
  }

  override willUpdate(): void {
    if (this.value === this.shown) return;
    this.shown = this.value;
    this.links.forEach((url) => url.startsWith("blob:") && URL.revokeObjectURL(url));
    this.links = [];
    const items = this.items;
    if (!this.files || items.length === 0) return;
    const files = this.files;
    Promise.all(items.map((item) => files.fileUrl(item, "download"))).then(
      (links) => this.shown === this.value && (this.links = links),
      (e: unknown) => (this.error = errorText(e)),
    );
  }

  private async onFiles(event: Event): Promise<void> {
    this.error = null;
    this.error = await this.uploadChosen(event, this.props.file_count === "single");
  }

  override render() {
    const label = this.props.label ?? "File";
    const accept = this.props.file_types?.map((t) => (t.startsWith(".") ? t : `${t}/*`)).join(",") ?? "";
    return html`<span class=${this.labelClass}>${label}</span>
      <div class="box" role="group" aria-label=${label}>
        ${
          this.items.length
            ? html`<ul>
              ${this.items.map(
                (item, i) => html`<li>
                  ${
                    this.links[i]
                      ? html`<a href=${this.links[i]} download=${item.orig_name ?? "file"}>${item.orig_name ?? item.path}</a>`
                      : html`<span>${item.orig_name ?? item.path}</span>`
                  }
                  <span class="size">${sizeText(item.size)}</span>
                </li>`,
              )}
            </ul>`
            : nothing
        }
        ${
          this.interactive
            ? html`<input
              type="file"
              aria-label=${`Upload ${label}`}
              accept=${accept}
              ?multiple=${this.props.file_count !== "single"}
              @change=${this.onFiles}
            />`
            : nothing
        }
      </div>
      ${this.error ? html`<span class="error" role="alert">${this.error}</span>` : nothing}`;
  }
}
customElements.define("lite-file", LiteFile);
