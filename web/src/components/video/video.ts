import { css, html, nothing } from "lit";
import type { FileData } from "../../protocol.gen";
import { LiteComponent } from "../base/component";

interface VideoValue {
  video: FileData;
  subtitles: FileData | null;
}

interface VideoProps {
  autoplay: boolean;
  loop: boolean;
}

// Plays the browser's own way (<video>); uploads go to the app as files.
export class LiteVideo extends LiteComponent<VideoProps, VideoValue | null> {
  static override properties = { ...LiteComponent.properties, src: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .frame { border: 1px dashed #d1d5db; border-radius: 0.5rem; background: #fff; padding: 0.5rem; }
      video { max-width: 100%; max-height: 30rem; display: block; }
    `,
  ];

  src: string | null = null;
  private shown: VideoValue | null = null;

  override willUpdate(): void {
    if (this.value === this.shown) return;
    this.shown = this.value;
    if (this.src?.startsWith("blob:")) URL.revokeObjectURL(this.src);
    this.src = null;
    const value = this.value;
    if (value && this.files) void this.files.fileUrl(value.video).then((url) => this.value === value && (this.src = url));
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file || !this.files) return;
    const video = await this.track(this.files.upload(file));
    this.commit({ video, subtitles: null }, "upload", "change");
  }

  override render() {
    const label = this.props.label ?? "Video";
    return html`<span class=${this.labelClass}>${label}</span>
      <div class="frame" role="group" aria-label=${label}>
        ${this.src
          ? html`<video src=${this.src} controls ?autoplay=${this.props.autoplay} ?loop=${this.props.loop} aria-label=${label}></video>`
          : nothing}
        ${this.interactive
          ? html`<input type="file" accept="video/*" aria-label=${`Upload ${label}`} @change=${this.onFile} />`
          : nothing}
      </div>`;
  }
}
customElements.define("lite-video", LiteVideo);
