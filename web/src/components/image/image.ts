import { css, html, nothing } from "lit";
import type { FileData, ImageProps } from "../../protocol.gen";
import { RAW_FRAME_MIME } from "../../protocol.gen";
import { LiteComponent, type RawFrame, errorText } from "../base/component";
import { WebcamController } from "./webcam";

// An image in (upload) or out (shown, downloadable). The preview of an upload is the
// user's own file; an output is fetched from the app once and shown from a blob: URL.
export class LiteImage extends LiteComponent<ImageProps, FileData | null> {
  static override properties = {
    ...LiteComponent.properties,
    src: { state: true },
    frame: { state: true },
    error: { state: true },
    source: { state: true },
  };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .frame { position: relative; display: flex; align-items: center; justify-content: center; min-height: 12rem; border: 1px dashed var(--input-border-color); border-radius: 0.5rem; background: var(--background-fill-primary); overflow: hidden; }
      img, video, canvas { max-width: 100%; max-height: 30rem; object-fit: contain; display: block; }
      .drop { display: flex; flex-direction: column; align-items: center; gap: 0.25rem; color: var(--body-text-color-subdued); cursor: pointer; padding: 2rem; }
      .drop input { position: absolute; inset: 0; opacity: 0; cursor: pointer; }
      .tools { position: absolute; top: 0.375rem; right: 0.375rem; display: flex; gap: 0.25rem; }
      .tools a, .tools button { font: inherit; font-size: 0.75rem; padding: 0.125rem 0.5rem; border: 1px solid var(--border-color-primary); border-radius: 0.25rem; background: var(--background-fill-primary); color: var(--body-text-color); text-decoration: none; cursor: pointer; }
      .error { color: var(--error-text-color); font-size: 0.8125rem; }
      .sources { display: flex; gap: 0.25rem; margin-top: 0.375rem; }
      .sources button { font: inherit; font-size: 0.75rem; padding: 0.125rem 0.5rem; border: 1px solid var(--border-color-primary); border-radius: 0.25rem; background: var(--background-fill-primary); cursor: pointer; }
      .sources button[aria-pressed="true"] { background: var(--body-text-color); color: var(--background-fill-primary); }
    `,
  ];

  src: string | null = null;
  // A raw frame from a stream or generator, drawn on a canvas as it came.
  frame: ImageData | null = null;
  error: string | null = null;
  private shown: FileData | null = null;
  private readonly webcam = new WebcamController(this);

  // The source the user picked (Gradio's toggles under the image); the first by default.
  source: string | null = null;

  private get usesWebcam(): boolean {
    return this.interactive && (this.source ?? this.props.sources[0]) === "webcam";
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener("paste", this.onPaste);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener("paste", this.onPaste);
  }

  // Ctrl+V on the component (with "clipboard" among the sources) pastes an image.
  private readonly onPaste = (event: ClipboardEvent): void => {
    if (!this.interactive || !this.props.sources.includes("clipboard")) return;
    const file = [...(event.clipboardData?.files ?? [])].find((f) => f.type.startsWith("image/"));
    if (!file) return;
    event.preventDefault();
    void this.track(this.send(file, ["upload", "input", "change"], true));
  };

  // The "Clipboard" source: reads an image from the system clipboard (the browser asks
  // the user for permission).
  private async pasteFromClipboard(): Promise<void> {
    this.error = null;
    try {
      for (const item of await navigator.clipboard.read()) {
        const type = item.types.find((t) => t.startsWith("image/"));
        if (!type) continue;
        const blob = await item.getType(type);
        const file = new File([blob], `clipboard.${type.split("/")[1]}`, { type });
        await this.track(this.send(file, ["upload", "input", "change"], true));
        return;
      }
      this.error = "There is no image on the clipboard.";
    } catch (e) {
      this.error = `The clipboard could not be read: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  private pickSource(source: string): void {
    if (this.usesWebcam && source !== "webcam") this.webcam.stop();
    this.source = source;
    if (source === "clipboard") void this.pasteFromClipboard();
  }

  private renderSources() {
    const sources = this.props.sources;
    if (!this.interactive || sources.length < 2) return nothing;
    const current = this.source ?? sources[0];
    const names: Record<string, string> = { upload: "Upload", webcam: "Webcam", clipboard: "Clipboard" };
    return html`<div class="sources" role="group" aria-label="Image source">
      ${sources.map(
        (source) =>
          html`<button aria-pressed=${String(source === current)} @click=${() => this.pickSource(source)}>${names[source] ?? source}</button>`,
      )}
    </div>`;
  }

  override willUpdate(): void {
    if (this.value === this.shown) return;
    // The same file again (a generator's final message repeats its last yield): what
    // is on screen already shows it.
    const same = this.value !== null && this.shown !== null && this.value.path === this.shown.path;
    this.shown = this.value;
    if (same) return;
    if (!this.value || !this.files) {
      this.show(null);
      return;
    }
    // The previous picture stays until the next one is ready: a stream does not flicker.
    const value = this.value;
    if (value.mime_type === RAW_FRAME_MIME) {
      this.files.framePixels(value).then(
        (frame) => {
          if (this.value?.path !== value.path) return; // a later value replaced it
          this.show(null);
          this.frame = frame;
        },
        (e: unknown) => (this.error = errorText(e)),
      );
      return;
    }
    this.files.fileUrl(value).then(
      (url) => (this.value?.path === value.path ? this.show(url) : URL.revokeObjectURL(url)),
      (e: unknown) => (this.error = errorText(e)),
    );
  }

  private show(url: string | null): void {
    // blob: URLs hold their bytes until revoked: a stream of frames would pile them up.
    if (this.src?.startsWith("blob:")) URL.revokeObjectURL(this.src);
    this.src = url;
    this.frame = null;
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (!changed.has("frame") || !this.frame) return;
    const canvas = this.renderRoot.querySelector("canvas");
    if (!canvas) return;
    if (canvas.width !== this.frame.width) canvas.width = this.frame.width;
    if (canvas.height !== this.frame.height) canvas.height = this.frame.height;
    canvas.getContext("2d")?.putImageData(this.frame, 0, 0);
    // For anyone timing the stream (bench/, tests): a frame reached the screen.
    this.dispatchEvent(new CustomEvent("lite-frame", { bubbles: true, composed: true }));
  }

  // A raw frame downloads as PNG, encoded by the browser only when asked for.
  private async downloadFrame(): Promise<void> {
    const canvas = this.renderRoot.querySelector("canvas");
    const blob = await new Promise<Blob | null>((resolve) => canvas?.toBlob(resolve, "image/png"));
    if (!blob) return;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "image.png";
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (file) await this.track(this.send(file, ["upload", "input", "change"], true));
  }

  private async send(file: File, events: string[], preview: boolean): Promise<void> {
    if (!this.files) return;
    this.error = null;
    try {
      const data = await this.files.upload(file);
      this.shown = data;
      if (preview) this.show(URL.createObjectURL(file));
      this.commit(data, ...events);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  private async startWebcam(): Promise<void> {
    const video = this.renderRoot.querySelector("video");
    if (!video) return;
    await this.webcam.start(video);
    if (this.props.streaming) void this.webcam.run(this.props.image_mode === "RGBA", (frame) => this.stream(frame));
  }

  // A streamed frame goes as raw pixels, and the next waits until the app has run.
  private async stream(frame: RawFrame): Promise<void> {
    if (!this.files) return;
    try {
      const data = await this.files.sendFrame(frame);
      this.shown = data;
      await this.commitAndWait(data, "stream");
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  private async takePhoto(): Promise<void> {
    const frame = await this.webcam.capture();
    if (!frame) return;
    this.webcam.stop();
    await this.send(frame, ["upload", "input", "change"], true);
  }

  private renderWebcam() {
    const live = this.webcam.stream !== null;
    return html`<div class="frame" role="group" aria-label=${this.props.label ?? "Image"}>
        <video muted playsinline aria-label="Camera preview" ?hidden=${!live}></video>
        ${this.src && !live ? html`<img src=${this.src} alt=${this.props.label ?? "Image"} />` : nothing}
        <div class="tools">
          ${
            live
              ? this.props.streaming
                ? html`<button @click=${() => this.webcam.stop()}>Stop streaming</button>`
                : html`<button @click=${this.takePhoto}>Take a photo</button>`
              : html`<button @click=${this.startWebcam}>${this.props.streaming ? "Start streaming" : "Open camera"}</button>`
          }
        </div>
      </div>
      ${this.webcam.error ? html`<span class="error" role="alert">${this.webcam.error}</span>` : nothing}`;
  }

  private clearImage(): void {
    this.commit(null, "clear", "input", "change");
  }

  override render() {
    if (this.usesWebcam) {
      return html`<span class=${this.labelClass}>${this.props.label ?? "Image"}</span>${this.renderWebcam()}${this.renderSources()}`;
    }
    const label = this.props.label ?? "Image";
    const image = this.frame
      ? html`<canvas role="img" aria-label=${label}></canvas>`
      : this.src
        ? html`<img src=${this.src} alt=${label} />`
        : nothing;
    const download = this.props.show_download_button;
    const tools = html`<div class="tools">
      ${this.src && download ? html`<a href=${this.src} download=${this.value?.orig_name ?? "image"}>Download</a>` : nothing}
      ${this.frame && download ? html`<button @click=${this.downloadFrame}>Download</button>` : nothing}
      ${this.src && this.interactive ? html`<button @click=${this.clearImage}>Remove image</button>` : nothing}
    </div>`;
    const drop =
      this.interactive && !this.src && !this.frame && this.props.sources.includes("upload")
        ? html`<label class="drop">
            <input type="file" accept="image/*" aria-label=${`Upload ${label}`} @change=${this.onFile} />
            <span>Drop an image here or click to upload</span>
          </label>`
        : nothing;
    return html`<span class=${this.labelClass}>${label}</span>
      <div class="frame" role="group" aria-label=${label} tabindex=${this.interactive ? "0" : nothing}>${image}${drop}${tools}</div>
      ${this.renderSources()}
      ${this.error ? html`<span class="error" role="alert">${this.error}</span>` : nothing}`;
  }
}
customElements.define("lite-image", LiteImage);
