import { css, html, nothing } from "lit";
import type { FileData, VideoProps } from "../../protocol.gen";
import { LiteComponent } from "../base/component";
import { VideoRecorderController } from "./recorder";

interface VideoValue {
  video: FileData;
  subtitles: FileData | null;
}

// Plays the browser's own way (<video>); uploads go to the app as files.
export class LiteVideo extends LiteComponent<VideoProps, VideoValue | null> {
  static override properties = { ...LiteComponent.properties, src: { state: true }, error: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .frame { border: 1px dashed var(--input-border-color); border-radius: 0.5rem; background: var(--background-fill-primary); padding: 0.5rem; }
      video { max-width: 100%; max-height: 30rem; display: block; }
      .row { display: flex; gap: 0.5rem; align-items: center; margin-top: 0.5rem; flex-wrap: wrap; }
      button { font: inherit; font-size: 0.8125rem; padding: 0.25rem 0.75rem; border: 1px solid var(--border-color-primary); border-radius: 0.375rem; background: var(--background-fill-secondary); cursor: pointer; }
      .error { color: var(--error-text-color); font-size: 0.8125rem; }
    `,
  ];

  src: string | null = null;
  error: string | null = null;
  private shown: VideoValue | null = null;
  private readonly camera = new VideoRecorderController(this);

  override willUpdate(): void {
    if (this.value === this.shown) return;
    // The same file again (a generator's final message repeats its last yield): the
    // player keeps its place.
    const same = this.value?.video.path !== undefined && this.value.video.path === this.shown?.video.path;
    this.shown = this.value;
    if (same) return;
    if (this.src?.startsWith("blob:")) URL.revokeObjectURL(this.src);
    this.src = null;
    const value = this.value;
    if (value && this.files)
      void this.files
        .fileUrl(value.video)
        .then((url) => this.value?.video.path === value.video.path && (this.src = url));
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file || !this.files) return;
    const files = this.files;
    await this.attempt(async () => {
      const video = await this.track(files.upload(file));
      this.commit({ video, subtitles: null }, "upload", "change");
    });
  }

  // Runs `work`; a failure (e.g. a file too large) is shown under the player.
  private async attempt(work: () => Promise<void>): Promise<void> {
    this.error = null;
    try {
      await work();
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  private async record(): Promise<void> {
    const preview = this.renderRoot.querySelector<HTMLVideoElement>("video.preview");
    if (!preview) return;
    await this.camera.start(preview, this.props.include_audio === true);
    if (this.camera.recording) this.emit("start_recording");
  }

  private async stopRecording(): Promise<void> {
    const recorded = await this.camera.stop();
    if (!recorded || !this.files) return;
    const files = this.files;
    await this.attempt(async () => {
      const video = await this.track(files.upload(recorded));
      this.show(URL.createObjectURL(recorded));
      this.shown = { video, subtitles: null };
      this.commit(this.shown, "stop_recording", "change");
    });
  }

  private show(url: string | null): void {
    if (this.src?.startsWith("blob:")) URL.revokeObjectURL(this.src);
    this.src = url;
  }

  override render() {
    const label = this.props.label ?? "Video";
    const sources = this.props.sources;
    const live = this.camera.stream !== null;
    return html`<span class=${this.labelClass}>${label}</span>
      <div class="frame" role="group" aria-label=${label}>
        <video class="preview" muted playsinline aria-label="Camera preview" ?hidden=${!live}></video>
        ${
          this.src && !live
            ? html`<video src=${this.src} controls ?autoplay=${this.props.autoplay} ?loop=${this.props.loop} aria-label=${label}></video>`
            : nothing
        }
        <div class="row">
          ${
            this.interactive && sources.includes("webcam")
              ? live
                ? html`<button @click=${this.stopRecording}>Stop recording</button>`
                : html`<button @click=${this.record}>Record from camera</button>`
              : nothing
          }
          ${
            this.interactive && sources.includes("upload")
              ? html`<input type="file" accept="video/*" aria-label=${`Upload ${label}`} @change=${this.onFile} />`
              : nothing
          }
        </div>
      </div>
      ${
        this.error || this.camera.error
          ? html`<span class="error" role="alert">${this.error ?? this.camera.error}</span>`
          : nothing
      }`;
  }
}
customElements.define("lite-video", LiteVideo);
