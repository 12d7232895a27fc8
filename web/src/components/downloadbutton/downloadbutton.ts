import { css, html, nothing } from "lit";
import type { DownloadButtonProps, FileData } from "../../protocol.gen";
import { buttonStyles } from "../base/button-styles";
import { LiteComponent, errorText } from "../base/component";

// A button that downloads its file (served by the app's file route, as gr.File's links
// are) and fires `click`, as gr.DownloadButton.
export class LiteDownloadButton extends LiteComponent<DownloadButtonProps, FileData | null> {
  static override properties = { ...LiteComponent.properties, error: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    buttonStyles,
    css`
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
