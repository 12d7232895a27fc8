import { css, html, nothing } from "lit";
import type { FileData, MultimodalTextboxProps } from "../../protocol.gen";
import { LiteComponent, errorText } from "../base/component";
import { MicrophoneController } from "../audio/recorder";

export interface MultimodalValue {
  text: string;
  files: FileData[];
}

function accepts(types: string[] | null, file: File): boolean {
  if (!types || types.length === 0) return true;
  const name = file.name.toLowerCase();
  const kind = file.type.split("/")[0];
  return types.some((t) => t === "file" || (t.startsWith(".") ? name.endsWith(t.toLowerCase()) : t === kind));
}

// gr.MultimodalTextbox: a message box with files. Text fires input and change; files come
// from the attach button, a paste or a drop, are uploaded at once and show as chips
// (images as thumbnails) that can be removed; Enter (or the send button) submits,
// Shift+Enter starts a new line.
export class LiteMultimodalTextbox extends LiteComponent<MultimodalTextboxProps, MultimodalValue | null> {
  static override properties = {
    ...LiteComponent.properties,
    error: { state: true },
    urls: { state: true },
    dragging: { state: true },
  };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .box { border: 1px solid var(--input-border-color); border-radius: 0.5rem; background: var(--background-fill-primary); padding: 0.25rem; }
      .box:focus-within { outline: 2px solid var(--color-accent); outline-offset: -1px; }
      .box.dragging { border-style: dashed; border-color: var(--color-accent); background: var(--color-accent-soft); }
      .row { display: flex; align-items: flex-end; gap: 0.25rem; }
      textarea { flex: 1; border: 0; outline: none; resize: none; padding: 0.375rem 0.5rem; background: transparent; line-height: 1.5; }
      button { font: inherit; border: 0; border-radius: 0.375rem; cursor: pointer; padding: 0.375rem 0.625rem; background: var(--background-fill-secondary); color: var(--body-text-color); }
      button.send { background: var(--button-primary-background-fill); color: var(--button-primary-text-color); font-weight: 600; }
      button.stop { background: var(--button-cancel-background-fill); color: var(--button-cancel-text-color); }
      button:disabled { opacity: 0.5; cursor: default; }
      .chips { display: flex; flex-wrap: wrap; gap: 0.375rem; padding: 0.25rem; }
      .chip { display: flex; align-items: center; gap: 0.25rem; border: 1px solid var(--border-color-primary); border-radius: 0.375rem; padding: 0.125rem 0.25rem; font-size: 0.8125rem; background: var(--background-fill-secondary); max-width: 12rem; }
      .chip img { width: 2.5rem; height: 2.5rem; object-fit: cover; border-radius: 0.25rem; }
      .chip span { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
      .chip button { padding: 0 0.25rem; background: transparent; color: var(--body-text-color-subdued); }
      input[type="file"] { display: none; }
      .error { color: var(--error-text-color); font-size: 0.8125rem; margin-top: 0.25rem; }
    `,
  ];

  error: string | null = null;
  dragging = false;
  // sources=["microphone"]: a recording becomes one more attached file (WAV).
  private readonly microphone = new MicrophoneController(this);
  // Object URLs of image files shown as thumbnails, by path.
  urls = new Map<string, string>();

  private get current(): MultimodalValue {
    return { text: this.value?.text ?? "", files: this.value?.files ?? [] };
  }

  // An empty box holds {text: "", files: []} (as Gradio's front end does), never null.
  override willUpdate(): void {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the app may set anything
    if (this.value === null || this.value === undefined) this.value = { text: "", files: [] };
    const files = this.files;
    if (!files) return;
    for (const file of this.current.files) {
      if (!(file.mime_type ?? "").startsWith("image/") || this.urls.has(file.path)) continue;
      this.urls.set(file.path, "");
      files.fileUrl(file).then(
        (url) => {
          this.urls = new Map(this.urls).set(file.path, url);
        },
        () => undefined, // no thumbnail: the chip shows the name
      );
    }
  }

  private onInput(event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.commit({ ...this.current, text }, "input", "change");
  }

  private submit(): void {
    const { text, files } = this.current;
    if (!this.interactive || (text.trim() === "" && files.length === 0 && this.busy === null)) return;
    this.emit("submit");
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.submit();
    }
  }

  private async add(chosen: File[]): Promise<void> {
    const bridge = this.files;
    if (!bridge || chosen.length === 0 || !this.interactive) return;
    const p = this.props;
    const wanted = chosen.filter((file) => accepts(p.file_types, file));
    if (wanted.length < chosen.length) {
      this.error = `Invalid file type. Please upload a file that is one of these formats: ${(p.file_types ?? []).join(", ")}`;
    }
    if (wanted.length === 0) return;
    const taken = p.file_count === "single" ? wanted.slice(0, 1) : wanted;
    try {
      const uploaded = await this.track(Promise.all(taken.map((file) => bridge.upload(file))));
      const files = p.file_count === "single" ? uploaded : [...this.current.files, ...uploaded];
      this.commit({ ...this.current, files }, "change");
    } catch (e) {
      this.error = errorText(e);
    }
  }

  private onChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const chosen = Array.from(input.files ?? []);
    input.value = "";
    this.error = null;
    void this.add(chosen);
  }

  private onPaste(event: ClipboardEvent): void {
    const pasted = Array.from(event.clipboardData?.files ?? []);
    if (pasted.length === 0) return;
    event.preventDefault();
    this.error = null;
    void this.add(pasted);
  }

  private onDragOver(event: DragEvent): void {
    if (!this.interactive || !this.props.sources.includes("upload")) return;
    event.preventDefault();
    this.dragging = true;
  }

  private onDrop(event: DragEvent): void {
    this.dragging = false;
    if (!this.interactive || !this.props.sources.includes("upload")) return;
    event.preventDefault();
    this.error = null;
    void this.add(Array.from(event.dataTransfer?.files ?? []));
  }

  private async toggleRecording(): Promise<void> {
    const mic = this.microphone;
    if (!mic.recording) {
      this.error = null;
      if (!(await mic.start())) this.error = mic.error;
      return;
    }
    const take = mic.take(`recording-${String(Date.now())}.wav`);
    await mic.stop();
    this.requestUpdate();
    if (take) await this.add([take]);
  }

  private removeFile(index: number): void {
    const files = this.current.files.filter((_, i) => i !== index);
    this.commit({ ...this.current, files }, "change");
  }

  private chip(file: FileData, index: number) {
    const name = file.orig_name ?? file.path.split("/").pop() ?? "file";
    const url = this.urls.get(file.path);
    return html`<div class="chip" role="listitem" title=${name}>
      ${url ? html`<img src=${url} alt=${name} />` : nothing}<span>${name}</span>
      ${
        this.interactive
          ? html`<button aria-label=${`Remove ${name}`} @click=${() => this.removeFile(index)}>×</button>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const p = this.props;
    const label = p.label ?? "Multimodal Textbox";
    const { text, files } = this.current;
    const upload = p.sources.includes("upload");
    const accept = p.file_types?.map((t) => (t.startsWith(".") ? t : `${t}/*`)).join(",") ?? "";
    const send = p.submit_btn === false || p.submit_btn === null ? null : p.submit_btn === true ? "➤" : p.submit_btn;
    const stop = p.stop_btn === false || p.stop_btn === null ? null : p.stop_btn === true ? "■" : p.stop_btn;
    const rows = Math.min(Math.max(p.lines, text.split("\n").length), p.max_lines);
    return html`<label class=${this.labelClass} for="field">${label}</label>
      ${p.info ? html`<span class="info">${p.info}</span>` : nothing}
      <div
        class="box ${this.dragging ? "dragging" : ""}"
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        ${
          files.length > 0
            ? html`<div class="chips" role="list" aria-label="Attached files">
                ${files.map((file, i) => this.chip(file, i))}
              </div>`
            : nothing
        }
        <div class="row">
          ${
            upload
              ? html`<button
                    class="attach"
                    aria-label="Attach files"
                    title="Attach files"
                    ?disabled=${!this.interactive}
                    @click=${() => this.renderRoot.querySelector<HTMLInputElement>("input[type=file]")?.click()}
                  >
                    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                      <path
                        d="M10.5 4.5l-5 5a1.5 1.5 0 0 0 2.1 2.1l5.3-5.3a3 3 0 0 0-4.2-4.2L3.4 7.4a4.5 4.5 0 0 0 6.4 6.4l4.2-4.3"
                        fill="none"
                        stroke="currentColor"
                        stroke-width="1.3"
                        stroke-linecap="round"
                      />
                    </svg>
                  </button>
                  <input
                    type="file"
                    aria-label=${`Upload files for ${label}`}
                    accept=${accept}
                    ?multiple=${p.file_count !== "single"}
                    @change=${this.onChosen}
                  />`
              : nothing
          }
          ${
            p.sources.includes("microphone")
              ? html`<button
                  class="mic ${this.microphone.recording ? "stop" : ""}"
                  aria-label=${this.microphone.recording ? "Stop recording" : "Record audio"}
                  title=${this.microphone.recording ? "Stop recording" : "Record audio"}
                  ?disabled=${!this.interactive}
                  @click=${() => void this.toggleRecording()}
                >
                  ${
                    this.microphone.recording
                      ? "■"
                      : html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                          <rect x="5.5" y="1.5" width="5" height="8" rx="2.5" fill="none" stroke="currentColor" stroke-width="1.3" />
                          <path d="M3 7.5a5 5 0 0 0 10 0M8 12.5v2.5" fill="none" stroke="currentColor" stroke-width="1.3" />
                        </svg>`
                  }
                </button>`
              : nothing
          }
          <textarea
            id="field"
            rows=${rows}
            dir=${p.rtl ? "rtl" : "ltr"}
            style=${p.text_align ? `text-align: ${p.text_align}` : ""}
            placeholder=${p.placeholder ?? nothing}
            ?disabled=${!this.interactive}
            ?autofocus=${p.autofocus}
            .value=${text}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @paste=${this.onPaste}
            @focus=${() => this.emit("focus")}
            @blur=${() => this.emit("blur")}
          ></textarea>
          ${stop ? html`<button class="stop" aria-label="Stop" @click=${() => this.emit("stop")}>${stop}</button>` : nothing}
          ${
            send
              ? html`<button class="send" aria-label="Submit" ?disabled=${!this.interactive} @click=${this.submit}>
                  ${send}
                </button>`
              : nothing
          }
        </div>
      </div>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}`;
  }
}
customElements.define("lite-multimodaltextbox", LiteMultimodalTextbox);
