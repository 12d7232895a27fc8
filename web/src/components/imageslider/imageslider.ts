import { css, html, nothing } from "lit";
import type { FileData, ImageSliderProps } from "../../protocol.gen";
import { LiteComponent, errorText } from "../base/component";

type Pair = [FileData | null, FileData | null];

// gr.ImageSlider: two images stacked, the second revealed right of a divider the user
// drags (mouse, touch, or arrow keys on the slider). Uploading fills the empty side.
export class LiteImageSlider extends LiteComponent<ImageSliderProps, Pair | null> {
  static override properties = {
    ...LiteComponent.properties,
    urls: { state: true },
    position: { state: true },
    error: { state: true },
  };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .frame { position: relative; display: flex; align-items: center; justify-content: center; min-height: 12rem; border: 1px dashed var(--input-border-color); border-radius: 0.5rem; background: var(--background-fill-primary); overflow: hidden; }
      .pair { position: relative; display: inline-block; line-height: 0; user-select: none; touch-action: none; }
      .pair img { display: block; max-width: 100%; object-fit: contain; }
      .pair img.right { position: absolute; inset: 0; width: 100%; height: 100%; }
      .divider { position: absolute; top: 0; bottom: 0; width: 2px; margin-left: -1px; background: var(--background-fill-primary); box-shadow: 0 0 0 1px rgb(0 0 0 / 30%); cursor: ew-resize; }
      .divider::after { content: ""; position: absolute; top: 50%; left: 50%; width: 1.25rem; height: 1.25rem; transform: translate(-50%, -50%); border-radius: 50%; background: var(--background-fill-primary); box-shadow: 0 0 0 1px rgb(0 0 0 / 30%); }
      .drop { display: flex; flex-direction: column; align-items: center; color: var(--body-text-color-subdued); cursor: pointer; padding: 2rem; position: relative; }
      .drop input { position: absolute; inset: 0; opacity: 0; cursor: pointer; }
      .tools { position: absolute; top: 0.375rem; right: 0.375rem; display: flex; gap: 0.25rem; }
      .tools button, .tools a { font: inherit; font-size: 0.75rem; padding: 0.125rem 0.5rem; border: 1px solid var(--border-color-primary); border-radius: 0.25rem; background: var(--background-fill-primary); color: var(--body-text-color); text-decoration: none; cursor: pointer; }
      .error { color: var(--error-text-color); font-size: 0.8125rem; }
    `,
  ];

  urls: [string | null, string | null] = [null, null];
  position: number | null = null; // the user's, once dragged; else the prop's
  error: string | null = null;
  private shown: Pair | null | undefined = undefined;
  private lastProp: number | null = null;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has("props") && this.props.slider_position !== this.lastProp) {
      this.lastProp = this.props.slider_position;
      this.position = null; // the app moved the divider
    }
    if (this.value === this.shown) return;
    this.shown = this.value;
    void this.loadUrls(this.value);
  }

  private async loadUrls(pair: Pair | null): Promise<void> {
    const files = this.files;
    const urls: [string | null, string | null] = [null, null];
    try {
      for (const side of [0, 1] as const) {
        const data = pair?.[side];
        if (data && files) urls[side] = await files.fileUrl(data);
      }
    } catch (e) {
      this.error = errorText(e);
    }
    if (this.value !== pair) return;
    for (const url of this.urls) if (url?.startsWith("blob:")) URL.revokeObjectURL(url);
    this.urls = urls;
  }

  private get percent(): number {
    return Math.min(100, Math.max(0, this.position ?? this.props.slider_position));
  }

  private drag(event: PointerEvent): void {
    const pair = event.currentTarget as HTMLElement;
    if (event.type === "pointerdown") pair.setPointerCapture(event.pointerId);
    else if (!pair.hasPointerCapture(event.pointerId)) return;
    const box = pair.getBoundingClientRect();
    this.position = ((event.clientX - box.left) / box.width) * 100;
  }

  private onKey(event: KeyboardEvent): void {
    const step = event.key === "ArrowLeft" ? -5 : event.key === "ArrowRight" ? 5 : 0;
    if (!step) return;
    event.preventDefault();
    this.position = this.percent + step;
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = "";
    if (!chosen || !this.files) return;
    try {
      const data = await this.track(this.files.upload(chosen));
      const pair: Pair = this.value?.[0] ? [this.value[0], data] : [data, null];
      this.commit(pair, "upload", "input", "change");
    } catch (e) {
      this.error = errorText(e);
    }
  }

  override render() {
    const label = this.props.label ?? "Image slider";
    const [left, right] = this.urls;
    const percent = this.percent;
    const images = left
      ? html`<div class="pair" @pointerdown=${this.drag} @pointermove=${this.drag}
          style=${`max-height:${String(this.props.max_height)}px`}>
          <img src=${left} alt=${`${label} (first)`} style=${`max-height:${String(this.props.max_height)}px`} />
          ${right ? html`<img class="right" src=${right} alt=${`${label} (second)`} style=${`clip-path: inset(0 0 0 ${String(percent)}%)`} />` : nothing}
          ${
            right
              ? html`<div class="divider" role="slider" tabindex="0" aria-label=${`${label} divider`} aria-valuemin="0"
                  aria-valuemax="100" aria-valuenow=${Math.round(percent)} style=${`left:${String(percent)}%`} @keydown=${this.onKey}></div>`
              : nothing
          }
        </div>`
      : nothing;
    const upload =
      this.interactive && !right
        ? html`<label class="drop"><input type="file" accept="image/*" aria-label=${`Upload ${label}`} @change=${this.onFile} />
            <span>${left ? "Drop the second image here or click to upload" : "Drop an image here or click to upload"}</span></label>`
        : nothing;
    const tools = html`<div class="tools">
      ${left && this.interactive ? html`<button @click=${() => this.commit(null, "clear", "input", "change")}>Remove images</button>` : nothing}
    </div>`;
    return html`<span class=${this.labelClass}>${label}</span>
      <div class="frame" role="group" aria-label=${label}>${images}${upload}${tools}</div>
      ${this.error ? html`<span class="error" role="alert">${this.error}</span>` : nothing}`;
  }
}
customElements.define("lite-imageslider", LiteImageSlider);
