import { css, html, nothing } from "lit";
import type { DownloadButtonProps, FileData } from "../../protocol.gen";
import { LiteComponent, errorText } from "../base/component";

// A button that downloads its file (served by the app's file route, as gr.File's links
// are) and fires `click`, as gr.DownloadButton.
export class LiteDownloadButton extends LiteComponent<DownloadButtonProps, FileData | null> {
  static override properties = { ...LiteComponent.properties, error: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      button { width: 100%; font: inherit; font-weight: 600; padding: var(--button-large-padding, 0.625rem 1rem); border-radius: var(--button-large-radius, 0.5rem); border: 1px solid var(--button-secondary-border-color); background: var(--button-secondary-background-fill); color: var(--button-secondary-text-color); cursor: pointer; }
      button:hover { background: var(--button-secondary-background-fill-hover); }
      button.primary { background: var(--button-primary-background-fill); border-color: var(--button-primary-border-color); color: var(--button-primary-text-color); }
      button.primary:hover { background: var(--button-primary-background-fill-hover); }
      button.stop { background: var(--button-cancel-background-fill); border-color: var(--button-cancel-border-color); color: var(--button-cancel-text-color); }
      button.stop:hover { background: var(--button-cancel-background-fill-hover); }
      button.sm { padding: 0.375rem 0.75rem; font-size: 0.875rem; }
      button:disabled { opacity: 0.6; cursor: default; }
      .error { color: var(--error-text-color); font-size: 0.8125rem; margin-top: 0.25rem; }
    `,
  ];

  error: string | null = null;
  // The file's address in the page (a blob: URL from the worker), fetched when the value
  // changes so that a click downloads at once.
  private link: Promise<string> | null = null;
  private linked: unknown = null;

  override willUpdate(): void {
    if (this.value === this.linked) return;
    this.linked = this.value;
    const files = this.files;
    const value = this.value;
    this.link = value && files ? files.fileUrl(value, "download") : null;
    this.link?.catch((e: unknown) => (this.error = errorText(e)));
  }

  private async download(): Promise<void> {
    this.emit("click");
    const value = this.value;
    if (!value || !this.link) return;
    this.error = null;
    try {
      const url = await this.link;
      const name = value.orig_name ?? (value.url ?? value.path).split("/").pop()?.split(/[?#]/)[0] ?? "file";
      const a = document.createElement("a");
      a.href = url;
      a.download = name || "file";
      a.style.display = "none";
      document.body.append(a);
      a.click();
      a.remove();
    } catch (e) {
      this.error = errorText(e);
    }
  }

  override render() {
    return html`<button
        class="${this.props.variant} ${this.props.size}"
        ?disabled=${!this.interactive}
        @click=${() => void this.download()}
      >
        ${this.props.label ?? "Download"}
      </button>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}`;
  }
}
customElements.define("lite-downloadbutton", LiteDownloadButton);
