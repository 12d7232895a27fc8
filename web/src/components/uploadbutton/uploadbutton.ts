import { css, html } from "lit";
import type { FileData, UploadButtonProps } from "../../protocol.gen";
import { buttonStyles } from "../base/button-styles";
import { LiteComponent } from "../base/component";

// A button that opens the file picker and uploads what is chosen: its value becomes the
// file (or files), and the app hears "upload", as with gr.UploadButton.
export class LiteUploadButton extends LiteComponent<UploadButtonProps, FileData | FileData[] | null> {
  static override properties = { ...LiteComponent.properties, error: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    buttonStyles,
    css`
      :host { min-width: min(160px, 100%); }
      input { display: none; }
      .error { color: var(--error-text-color); font-size: 0.8125rem; margin-top: 0.25rem; }
    `,
  ];

  error: string | null = null;

  private pick(): void {
    this.emit("click");
    this.renderRoot.querySelector("input")?.click();
  }

  private async onFiles(event: Event): Promise<void> {
    this.error = null;
    this.error = await this.uploadChosen(event, this.props.file_count === "single");
  }

  override render() {
    const p = this.props;
    const accept = p.file_types?.map((t) => (t.startsWith(".") ? t : `${t}/*`)).join(",") ?? "";
    return html`<button class="${p.variant} ${p.size}" ?disabled=${!this.interactive} @click=${this.pick}>
        ${p.label ?? "Upload a File"}
      </button>
      <input
        type="file"
        aria-label=${`Upload files for ${p.label ?? "Upload a File"}`}
        accept=${accept}
        ?multiple=${p.file_count !== "single"}
        @change=${this.onFiles}
      />
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : ""}`;
  }
}
customElements.define("lite-uploadbutton", LiteUploadButton);
