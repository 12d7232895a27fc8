import { css, html } from "lit";
import type { FileData, UploadButtonProps } from "../../protocol.gen";
import { LiteComponent } from "../base/component";

// A button that opens the file picker and uploads what is chosen: its value becomes the
// file (or files), and the app hears "upload", as with gr.UploadButton.
export class LiteUploadButton extends LiteComponent<UploadButtonProps, FileData | FileData[] | null> {
  static override properties = { ...LiteComponent.properties, error: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      :host { min-width: min(160px, 100%); }
      button { width: 100%; font: inherit; font-weight: 600; padding: var(--button-large-padding, 0.625rem 1rem); border-radius: var(--button-large-radius, 0.5rem); border: 1px solid var(--button-secondary-border-color); background: var(--button-secondary-background-fill); color: var(--button-secondary-text-color); cursor: pointer; }
      button:hover { background: var(--button-secondary-background-fill-hover); }
      button.primary { background: var(--button-primary-background-fill); border-color: var(--button-primary-border-color); color: var(--button-primary-text-color); }
      button.primary:hover { background: var(--button-primary-background-fill-hover); }
      button.stop { background: var(--button-cancel-background-fill); border-color: var(--button-cancel-border-color); color: var(--button-cancel-text-color); }
      button.stop:hover { background: var(--button-cancel-background-fill-hover); }
      button:disabled { opacity: 0.6; cursor: default; }
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
    return html`<button class=${p.variant} ?disabled=${!this.interactive} @click=${this.pick}>
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
