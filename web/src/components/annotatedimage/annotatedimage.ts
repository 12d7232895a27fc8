import { css, html, nothing } from "lit";
import type { AnnotatedImageProps, FileData } from "../../protocol.gen";
import { LiteComponent, errorText } from "../base/component";

export interface AnnotatedValue {
  image: FileData;
  annotations: { image: FileData; label: string }[];
}

interface Shown {
  image: string;
  masks: { url: string; label: string }[];
}

// gr.AnnotatedImage: the base image with each annotation's mask (an RGBA PNG the app
// made in the label's colour) laid over it, and a legend. Hovering a legend entry
// brings its mask forward; clicking it fires select with {index, value}, as in Gradio.
export class LiteAnnotatedImage extends LiteComponent<AnnotatedImageProps, AnnotatedValue | null> {
  static override properties = {
    ...LiteComponent.properties,
    shownUrls: { state: true },
    hovered: { state: true },
    error: { state: true },
  };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .frame { display: flex; align-items: center; justify-content: center; min-height: 12rem; border: 1px dashed var(--input-border-color); border-radius: 0.5rem; background: var(--background-fill-primary); overflow: hidden; }
      .stack { position: relative; display: inline-block; line-height: 0; }
      .stack img { display: block; max-width: 100%; max-height: 30rem; }
      .stack img.mask { pointer-events: none; position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0.65; transition: opacity 0.15s; }
      .stack img.mask.dim { opacity: 0.15; }
      .stack img.mask.focus { opacity: 1; }
      .legend { display: flex; flex-wrap: wrap; gap: 0.25rem; margin-top: 0.375rem; }
      .legend button { font: inherit; font-size: 0.8125rem; padding: 0.125rem 0.5rem; border: 1px solid var(--border-color-primary); border-radius: 0.25rem; cursor: pointer; background: var(--background-fill-primary); }
      .legend .dot { display: inline-block; width: 0.625rem; height: 0.625rem; border-radius: 50%; margin-right: 0.25rem; }
      .error { color: var(--error-text-color); font-size: 0.8125rem; }
    `,
  ];

  shownUrls: Shown | null = null;
  hovered: number | null = null;
  error: string | null = null;
  private shown: AnnotatedValue | null | undefined = undefined;

  override willUpdate(): void {
    if (this.value === this.shown) return;
    this.shown = this.value;
    void this.load(this.value);
  }

  private async load(value: AnnotatedValue | null): Promise<void> {
    const files = this.files;
    let next: Shown | null = null;
    try {
      if (value && files) {
        const image = await files.fileUrl(value.image);
        const masks = await Promise.all(
          value.annotations.map(async (a) => ({ url: await files.fileUrl(a.image), label: a.label })),
        );
        next = { image, masks };
      }
    } catch (e) {
      this.error = errorText(e);
    }
    if (this.value !== value) return;
    for (const url of [this.shownUrls?.image, ...(this.shownUrls?.masks.map((m) => m.url) ?? [])]) {
      if (url?.startsWith("blob:")) URL.revokeObjectURL(url);
    }
    this.shownUrls = next;
  }

  // The legend's colour of a label: the app's colour map, else Gradio's red.
  private colorOf(label: string): string {
    return this.props.color_map?.[label] ?? "#ff0000";
  }

  private renderLegend(masks: Shown["masks"]) {
    if (!this.props.show_legend || masks.length === 0) return nothing;
    return html`<div class="legend" role="group" aria-label="Legend">
      ${masks.map(
        (mask, index) =>
          html`<button @mouseenter=${() => (this.hovered = index)} @mouseleave=${() => (this.hovered = null)}
            @focus=${() => (this.hovered = index)} @blur=${() => (this.hovered = null)} @click=${() => this.selected(index, mask.label)}>
            <span class="dot" style=${`background:${this.colorOf(mask.label)}`}></span>${mask.label}</button>`,
      )}
    </div>`;
  }

  override render() {
    const label = this.props.label ?? "Annotated image";
    const shown = this.shownUrls;
    const height =
      this.props.height === null
        ? ""
        : `max-height:${typeof this.props.height === "number" ? `${String(this.props.height)}px` : this.props.height}`;
    const stack = shown
      ? html`<div class="stack">
          <img src=${shown.image} alt=${label} style=${height} />
          ${shown.masks.map((mask, index) => {
            const state = this.hovered === null ? "" : this.hovered === index ? "focus" : "dim";
            return html`<img class=${`mask ${state}`} src=${mask.url} alt=${mask.label} />`;
          })}
        </div>`
      : nothing;
    return html`<span class=${this.labelClass}>${label}</span>
      <div class="frame" role="group" aria-label=${label}>${stack}</div>
      ${shown ? this.renderLegend(shown.masks) : nothing}
      ${this.error ? html`<span class="error" role="alert">${this.error}</span>` : nothing}`;
  }
}
customElements.define("lite-annotatedimage", LiteAnnotatedImage);
