import { css, html, nothing } from "lit";
import type { AudioProps, FileData } from "../../protocol.gen";
import { decodeToWav, isWav } from "../../shared/wav";
import { LiteComponent, errorText } from "../base/component";
import { StreamPlayer } from "./player";
import { MicrophoneController } from "./recorder";

// Sound in (an upload or the microphone, sent as WAV when Python must read it) and out
// (an <audio> player, or chunk-by-chunk playback for a streaming output).
export class LiteAudio extends LiteComponent<AudioProps, FileData | null> {
  static override properties = {
    ...LiteComponent.properties,
    src: { state: true },
    error: { state: true },
    heard: { state: true },
  };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .frame { display: flex; flex-direction: column; gap: 0.5rem; border: 1px dashed var(--input-border-color); border-radius: 0.5rem; background: var(--background-fill-primary); padding: 0.75rem; }
      .row { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
      audio { width: 100%; }
      button, a { font: inherit; font-size: 0.8125rem; padding: 0.25rem 0.75rem; border: 1px solid var(--border-color-primary); border-radius: 0.375rem; background: var(--background-fill-secondary); color: var(--body-text-color); text-decoration: none; cursor: pointer; }
      .status { font-size: 0.8125rem; color: var(--body-text-color); }
      .error { color: var(--error-text-color); font-size: 0.8125rem; }
    `,
  ];

  src: string | null = null;
  error: string | null = null;
  // What a streaming output has played: "<chunks> chunks, <seconds> s".
  heard: string | null = null;
  // Seconds of microphone audio per chunk of a stream (the event's stream_every).
  streamEvery = 0.5;
  private shown: FileData | null = null;
  private streamed = new Set<string>();
  private playing: Promise<void> = Promise.resolve();
  private readonly mic = new MicrophoneController(this);
  private readonly player = new StreamPlayer();

  private get streamsOut(): boolean {
    return this.props.streaming && !this.interactive;
  }

  override willUpdate(): void {
    if (this.value === this.shown) return;
    // The same file again (a generator's final message repeats its last yield): the
    // player keeps playing what it has.
    const same = this.value !== null && this.shown !== null && this.value.path === this.shown.path;
    this.shown = this.value;
    if (same) return;
    const value = this.value;
    if (this.streamsOut) {
      if (value) void this.playChunk(value);
      return;
    }
    this.show(null);
    if (value && this.files) {
      const shown = this.files.fileUrl(value).then(
        (url) => (this.value?.path === value.path ? (this.show(url), url) : (URL.revokeObjectURL(url), null)),
        (e: unknown) => ((this.error = errorText(e)), null),
      );
      // A value set by the app (an example) that Python must read but cannot: the page
      // decodes it and sends WAV in its place, before any run reads it.
      if (this.interactive && this.needsWav && !value.path.toLowerCase().endsWith(".wav")) {
        void this.track(shown.then((url) => (url ? this.replaceWithWav(value, url) : undefined)));
      }
    }
  }

  private get needsWav(): boolean {
    return this.props.type === "numpy" || this.props.format === "wav";
  }

  private async replaceWithWav(value: FileData, url: string): Promise<void> {
    try {
      const original = new File([await (await fetch(url)).blob()], value.orig_name ?? "audio");
      const prepared = await this.prepare(original);
      if (prepared === original || this.value?.path !== value.path || !this.files) return;
      const data = await this.files.upload(prepared);
      // The value may have changed while the upload ran.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      if (this.value?.path !== value.path) return;
      this.shown = data;
      this.value = data;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  private show(url: string | null): void {
    if (this.src?.startsWith("blob:")) URL.revokeObjectURL(this.src);
    this.src = url;
  }

  // A chunk of a streaming output, played after the ones before it in the order they
  // came; a generator's final value repeats its last chunk.
  private playChunk(chunk: FileData): Promise<void> {
    if (!this.files || this.streamed.has(chunk.path)) return this.playing;
    this.streamed.add(chunk.path);
    const files = this.files;
    const bytes = files.fileUrl(chunk).then(async (url) => {
      const response = await fetch(url);
      URL.revokeObjectURL(url);
      return response.arrayBuffer();
    });
    this.playing = this.playing.then(async () => {
      try {
        await this.player.enqueue(await bytes);
        this.heard = `${this.player.chunks} chunks, ${this.player.seconds.toFixed(1)} s`;
        this.dispatchEvent(new CustomEvent("lite-audio-chunk", { bubbles: true, composed: true }));
      } catch (e) {
        this.error = e instanceof Error ? e.message : String(e);
      }
    });
    return this.playing;
  }

  // Python reads only WAV: anything else is decoded here first when it must read it.
  private async prepare(file: File): Promise<File> {
    if (!this.needsWav || isWav(new Uint8Array(await file.slice(0, 12).arrayBuffer()))) return file;
    return decodeToWav(file);
  }

  private async send(file: File, events: string[]): Promise<void> {
    if (!this.files) return;
    this.error = null;
    try {
      const data = await this.files.upload(await this.prepare(file));
      this.shown = data;
      this.show(URL.createObjectURL(file));
      this.commit(data, ...events);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (file) await this.track(this.send(file, ["upload", "input", "change"]));
  }

  private async record(): Promise<void> {
    if (!(await this.mic.start())) return;
    this.emit("start_recording");
    if (this.props.streaming) void this.streamChunks();
  }

  // Every stream_every seconds, what the microphone heard goes to the app as one chunk;
  // a chunk that arrives while the app is busy replaces the one waiting (latest wins).
  private async streamChunks(): Promise<void> {
    while (this.mic.recording) {
      await new Promise((resolve) => setTimeout(resolve, this.streamEvery * 1000));
      const chunk = this.mic.take("chunk.wav");
      if (!chunk || !this.files) continue;
      try {
        this.commit(await this.files.upload(chunk), "stream");
      } catch (e) {
        this.error = e instanceof Error ? e.message : String(e);
      }
    }
  }

  private async stopRecording(): Promise<void> {
    if (this.props.streaming) {
      await this.mic.stop();
      this.emit("stop_recording");
      return;
    }
    const recording = await this.mic.finish("recording.wav");
    if (recording) await this.track(this.send(recording, ["stop_recording", "input", "change"]));
  }

  private clear(): void {
    this.show(null);
    this.commit(null, "clear", "input", "change");
  }

  override render() {
    const label = this.props.label ?? "Audio";
    const sources = this.props.sources;
    const download = this.src && !this.interactive && this.props.show_download_button !== false;
    return html`<span class=${this.labelClass}>${label}</span>
      <div class="frame" role="group" aria-label=${label}>
        ${
          this.src
            ? html`<audio src=${this.src} controls aria-label=${label} ?autoplay=${this.props.autoplay} ?loop=${this.props.loop}></audio>`
            : nothing
        }
        ${
          this.streamsOut
            ? html`<span class="status" role="status">${this.heard ? `Streamed: ${this.heard}` : "Waiting for audio"}</span>`
            : nothing
        }
        <div class="row">
          ${
            this.interactive && sources.includes("microphone")
              ? this.mic.recording
                ? html`<button @click=${this.stopRecording}>Stop recording</button><span class="status">Recording…</span>`
                : html`<button @click=${this.record}>${this.props.streaming ? "Start streaming" : "Record"}</button>`
              : nothing
          }
          ${
            this.interactive && sources.includes("upload")
              ? html`<input type="file" accept="audio/*" aria-label=${`Upload ${label}`} @change=${this.onFile} />`
              : nothing
          }
          ${this.interactive && this.src ? html`<button @click=${this.clear}>Remove audio</button>` : nothing}
          ${download ? html`<a href=${this.src ?? ""} download=${this.value?.orig_name ?? "audio.wav"}>Download</a>` : nothing}
        </div>
      </div>
      ${this.error || this.mic.error ? html`<span class="error" role="alert">${this.error ?? this.mic.error}</span>` : nothing}`;
  }
}
customElements.define("lite-audio", LiteAudio);
