import { css, html, nothing } from "lit";
import type { FileData, ImageEditorProps } from "../../protocol.gen";
import { LiteComponent, errorText } from "../base/component";
import { WebcamController } from "../image/webcam";
import {
  Drawing,
  type EditorValue,
  exportPng,
  isEditorValue,
  loadImage,
  mirrored,
  shadeOutside,
  splitColor,
} from "./drawing";

type Tool = "brush" | "eraser" | "crop";
type Rect = [number, number, number, number];

// gr.ImageEditor (and Sketchpad, Paint, ImageMask): a canvas over a background image, a
// brush with a palette and a size, an eraser, layers, undo. Each finished stroke sends
// background, layers and composite as PNGs (change, input); "Apply" fires apply. Crop
// (a dragged rectangle, then "Apply crop") cuts background and layers alike.
// Not here yet: the resize transform, zoom and pan.
export class LiteImageEditor extends LiteComponent<ImageEditorProps, EditorValue | null> {
  static override properties = {
    ...LiteComponent.properties,
    tool: { state: true },
    color: { state: true },
    opacity: { state: true },
    size: { state: true },
    active: { state: true },
    error: { state: true },
    revision: { state: true },
    camera: { state: true },
    cropRect: { state: true },
  };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .editor { border: 1px solid var(--border-color-primary); border-radius: 0.5rem; background: var(--background-fill-secondary); overflow: hidden; }
      .bar { display: flex; flex-wrap: wrap; gap: 0.25rem; align-items: center; padding: 0.375rem; background: var(--background-fill-primary); border-bottom: 1px solid var(--border-color-primary); font-size: 0.75rem; }
      .bar button, .bar label.button { font: inherit; padding: 0.125rem 0.5rem; border: 1px solid var(--border-color-primary); border-radius: 0.25rem; background: var(--background-fill-primary); color: var(--body-text-color); cursor: pointer; position: relative; }
      .bar button[aria-pressed="true"] { background: var(--body-text-color); color: var(--background-fill-primary); }
      .bar input[type="file"] { position: absolute; inset: 0; opacity: 0; cursor: pointer; width: 100%; }
      .swatch { width: 1.25rem; height: 1.25rem; padding: 0 !important; border-radius: 50% !important; }
      .swatch[aria-pressed="true"] { outline: 2px solid var(--body-text-color); outline-offset: 1px; }
      .sep { width: 1px; align-self: stretch; background: var(--border-color-primary); margin: 0 0.125rem; }
      .stage { display: flex; justify-content: center; padding: 0.5rem; }
      canvas { max-width: 100%; max-height: 32rem; touch-action: none; cursor: crosshair; background: repeating-conic-gradient(var(--border-color-primary) 0 25%, var(--background-fill-primary) 0 50%) 0 0 / 16px 16px; box-shadow: 0 0 0 1px var(--input-border-color); }
      video { max-width: 100%; max-height: 32rem; }
      video.mirror { transform: scaleX(-1); }
      .error { color: var(--error-text-color); font-size: 0.8125rem; }
    `,
  ];

  tool: Tool = "brush";
  color = "#000000";
  opacity = 1;
  size = 0; // 0 until set: Gradio's "auto" (1/50 of the smaller side)
  active = 0;
  error: string | null = null;
  revision = 0;
  camera = false;
  cropRect: Rect | null = null;
  private cropFrom: [number, number] | null = null;
  private appliedColor: string | null = null;
  private appliedLayers: string | null = null;
  private drawing: Drawing | null = null;
  private shown: EditorValue | null | undefined = undefined;
  private sentBackground: { version: number; data: FileData } | null = null;
  private sending: Promise<void> = Promise.resolve();
  private readonly webcam = new WebcamController(this);

  private get canvas(): HTMLCanvasElement | null {
    return this.renderRoot.querySelector("canvas");
  }

  private layerNames(): string[] {
    return this.props.layers.layers.length ? [...this.props.layers.layers] : ["Layer 1"];
  }

  private ensureDrawing(): Drawing {
    if (!this.drawing) {
      const [width, height] = this.props.canvas_size;
      this.drawing = new Drawing(width, height, this.layerNames());
    }
    return this.drawing;
  }

  // Options the app set (at first, or by returning gr.ImageEditor(brush=..., layers=...)):
  // a new default colour is picked up, new layer names start fresh layers.
  private applyOptions(drawing: Drawing): void {
    const brush = this.props.brush;
    const color = JSON.stringify(brush?.default_color ?? null);
    if (color !== this.appliedColor) {
      this.appliedColor = color;
      if (brush?.default_color) this.pickColor(brush.default_color);
      this.size = 0;
    }
    const names = this.layerNames();
    if (this.appliedLayers !== null && JSON.stringify(names) !== this.appliedLayers) {
      drawing.layers = names.map((name) => ({ name, canvas: document.createElement("canvas") }));
      drawing.resetLayers();
      this.active = 0;
    }
    this.appliedLayers = JSON.stringify(names);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const drawing = this.ensureDrawing();
    if (changed.has("props")) this.applyOptions(drawing);
    if (this.value === this.shown) return;
    this.shown = this.value;
    void this.track(this.load(drawing, this.value));
  }

  // A value from the app: its composite (else background) becomes the background, as in
  // Gradio, and its layers are painted over it.
  private async load(drawing: Drawing, value: EditorValue | null): Promise<void> {
    this.sentBackground = null;
    if (!isEditorValue(value) || !this.files) {
      drawing.clear();
      this.redraw();
      return;
    }
    try {
      const base = value.composite ?? value.background;
      if (base) drawing.setBackground(await this.image(base), this.props.fixed_canvas);
      else drawing.clear();
      for (const [index, layer] of value.layers.entries()) drawing.paintLayer(index, await this.image(layer));
      this.redraw();
    } catch (e) {
      this.error = errorText(e);
    }
  }

  private async image(data: FileData): Promise<HTMLImageElement> {
    if (!this.files) throw new Error("The editor has no app to load images from.");
    const url = await this.files.fileUrl(data);
    try {
      return await loadImage(url);
    } finally {
      if (url.startsWith("blob:")) URL.revokeObjectURL(url);
    }
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.redraw();
  }

  private redraw(): void {
    const canvas = this.canvas;
    if (!canvas || !this.drawing) return;
    this.drawing.compose(canvas);
    if (this.tool === "crop" && this.cropRect) shadeOutside(canvas, this.cropRect);
  }

  private applyCrop(): void {
    const rect = this.cropRect;
    if (!rect) return;
    const [x, y, w, h] = rect.map(Math.round);
    if (w < 1 || h < 1) return;
    this.ensureDrawing().crop(x, y, w, h);
    this.cropRect = null;
    this.tool = "brush";
    this.revision++;
    this.send("change", "input");
  }

  private radius(): number {
    const drawing = this.ensureDrawing();
    if (this.size > 0) return this.size;
    const option = this.tool === "eraser" ? this.props.eraser?.default_size : this.props.brush?.default_size;
    return typeof option === "number" ? option : Math.max(2, Math.round(Math.min(drawing.width, drawing.height) / 50));
  }

  private point(event: PointerEvent): [number, number] {
    const canvas = event.currentTarget as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    return [
      ((event.clientX - box.left) * canvas.width) / box.width,
      ((event.clientY - box.top) * canvas.height) / box.height,
    ];
  }

  private onDown(event: PointerEvent): void {
    if (!this.interactive || event.button !== 0) return;
    if (this.tool === "crop") {
      (event.currentTarget as HTMLCanvasElement).setPointerCapture(event.pointerId);
      this.cropFrom = this.point(event);
      return;
    }
    const erase = this.tool === "eraser";
    if ((erase && !this.props.eraser) || (!erase && !this.props.brush)) return;
    (event.currentTarget as HTMLCanvasElement).setPointerCapture(event.pointerId);
    const [x, y] = this.point(event);
    this.ensureDrawing().begin(
      { layer: this.active, erase, color: this.color, opacity: this.opacity, radius: this.radius() },
      x,
      y,
    );
    this.redraw();
  }

  private onMove(event: PointerEvent): void {
    if (this.cropFrom) {
      const [x0, y0] = this.cropFrom;
      const canvas = event.currentTarget as HTMLCanvasElement;
      const [x1, y1] = this.point(event).map((v, i) => Math.min(Math.max(v, 0), i ? canvas.height : canvas.width));
      this.cropRect = [Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0)];
      return;
    }
    if (!this.drawing?.drawing) return;
    const [x, y] = this.point(event);
    this.drawing.extend(x, y);
    this.redraw();
  }

  private onUp(): void {
    this.cropFrom = null;
    if (!this.drawing?.end()) return;
    this.redraw();
    this.revision++;
    this.send("change", "input");
  }

  // Uploads background (when it changed), layers and composite, then tells the app.
  // Sends run one after another; a Submit clicked meanwhile waits for them.
  private send(...events: string[]): void {
    const next = this.sending.then(() => this.upload(events));
    this.sending = next;
    void this.track(next);
  }

  private async upload(events: string[]): Promise<void> {
    const drawing = this.drawing;
    const files = this.files;
    if (!drawing || !files) return;
    try {
      let background = this.sentBackground;
      if (background?.version !== drawing.backgroundVersion) {
        const data = await files.upload(await exportPng(drawing.background, "background.png"));
        background = this.sentBackground = { version: drawing.backgroundVersion, data };
      }
      const layers = await Promise.all(
        drawing.layers.map(async (layer, i) => files.upload(await exportPng(layer.canvas, `layer_${String(i)}.png`))),
      );
      const whole = document.createElement("canvas");
      drawing.compose(whole);
      const composite = await files.upload(await exportPng(whole, "composite.png"));
      const value: EditorValue = { background: background.data, layers, composite };
      this.shown = value;
      this.commit(value, ...events);
    } catch (e) {
      this.error = errorText(e);
    }
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (file) await this.useBackground(file);
  }

  private async useBackground(file: Blob): Promise<void> {
    this.error = null;
    const url = URL.createObjectURL(file);
    try {
      this.ensureDrawing().setBackground(await loadImage(url), this.props.fixed_canvas);
      this.redraw();
      this.revision++;
      this.send("upload", "input", "change");
    } catch (e) {
      this.error = errorText(e);
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  private readonly onPaste = (event: ClipboardEvent): void => {
    if (!this.interactive || !this.props.sources.includes("clipboard")) return;
    const file = [...(event.clipboardData?.files ?? [])].find((f) => f.type.startsWith("image/"));
    if (!file) return;
    event.preventDefault();
    void this.useBackground(file);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener("paste", this.onPaste);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener("paste", this.onPaste);
  }

  private async openCamera(): Promise<void> {
    this.camera = true;
    await this.updateComplete;
    const video = this.renderRoot.querySelector("video");
    const constraints = this.props.webcam_options.constraints?.video as MediaTrackConstraints | boolean | undefined;
    if (video) await this.webcam.start(video, constraints ?? true);
  }

  // The photo as the preview showed it: mirrored unless webcam_options says not.
  private async takePhoto(): Promise<void> {
    const photo = await this.webcam.capture();
    this.webcam.stop();
    this.camera = false;
    if (!photo) return;
    await this.useBackground(this.props.webcam_options.mirror ? await mirrored(photo) : photo);
  }

  private undo(): void {
    if (!this.drawing?.undoLast()) return;
    this.redraw();
    this.revision++;
    this.send("change", "input");
  }

  private clearAll(): void {
    this.ensureDrawing().clear();
    this.sentBackground = null;
    this.redraw();
    this.revision++;
    this.shown = null;
    this.commit(null, "clear", "input", "change");
  }

  private addLayer(): void {
    const drawing = this.ensureDrawing();
    this.active = drawing.addLayer(`Layer ${String(drawing.layers.length + 1)}`);
    this.revision++;
  }

  private pickColor(color: string | [string, number]): void {
    const { css: value, opacity } = splitColor(color);
    this.color = value;
    this.opacity = opacity;
    this.tool = "brush";
  }

  private renderBrush() {
    const brush = this.props.brush;
    if (!brush) return nothing;
    const colors = Array.isArray(brush.colors) && typeof brush.colors[1] !== "number" ? brush.colors : [brush.colors];
    const swatches = (colors as (string | [string, number])[]).map((color) => {
      const { css: value, opacity } = splitColor(color);
      const pressed = value === this.color && opacity === this.opacity;
      return html`<button class="swatch" title=${value} aria-label=${`Colour ${value}`} aria-pressed=${String(pressed)}
        style=${`background:${value};opacity:${String(Math.max(opacity, 0.25))}`} @click=${() => this.pickColor(color)}></button>`;
    });
    const custom =
      brush.color_mode === "defaults"
        ? html`<input type="color" aria-label="Brush colour" .value=${this.color.startsWith("#") ? this.color.slice(0, 7) : "#000000"}
            @input=${(e: Event) => this.pickColor((e.target as HTMLInputElement).value)} />`
        : nothing;
    return html`${swatches}${custom}`;
  }

  private renderLayers() {
    const options = this.props.layers;
    const drawing = this.ensureDrawing();
    if (options.disabled) return nothing;
    return html`<span class="sep"></span>
      <span role="group" aria-label="Layers">
        ${drawing.layers.map(
          (layer, index) =>
            html`<button aria-pressed=${String(index === this.active)} @click=${() => (this.active = index)}>${layer.name}</button>`,
        )}
      </span>
      ${options.allow_additional_layers ? html`<button @click=${this.addLayer}>Add layer</button>` : nothing}`;
  }

  private renderTools() {
    const sources = this.props.sources;
    const label = this.props.label ?? "Image editor";
    return html`<div class="bar" role="toolbar" aria-label=${`${label} tools`}>
      ${
        sources.includes("upload")
          ? html`<label class="button">Upload<input type="file" accept="image/*" aria-label=${`Upload ${label}`} @change=${this.onFile} /></label>`
          : nothing
      }
      ${sources.includes("webcam") ? html`<button @click=${this.camera ? this.takePhoto : this.openCamera}>${this.camera ? "Take a photo" : "Webcam"}</button>` : nothing}
      ${this.props.brush ? html`<button aria-pressed=${String(this.tool === "brush")} @click=${() => (this.tool = "brush")}>Brush</button>` : nothing}
      ${this.props.eraser ? html`<button aria-pressed=${String(this.tool === "eraser")} @click=${() => (this.tool = "eraser")}>Eraser</button>` : nothing}
      ${
        this.props.transforms.includes("crop")
          ? html`<button aria-pressed=${String(this.tool === "crop")} @click=${() => (this.tool = "crop")}>Crop</button>`
          : nothing
      }
      ${this.tool === "crop" && this.cropRect ? html`<button @click=${this.applyCrop}>Apply crop</button>` : nothing}
      <label>Size <input type="range" min="1" max="100" aria-label="Brush size" .value=${String(this.radius())}
        @input=${(e: Event) => (this.size = Number((e.target as HTMLInputElement).value))} /></label>
      ${this.renderBrush()}${this.renderLayers()}
      <span class="sep"></span>
      <button ?disabled=${!this.drawing?.canUndo} @click=${this.undo}>Undo</button>
      <button @click=${this.clearAll}>Clear</button>
      <button @click=${() => this.emit("apply")}>Apply</button>
    </div>`;
  }

  override render() {
    const label = this.props.label ?? "Image editor";
    return html`<span class=${this.labelClass}>${label}</span>
      <div class="editor" role="group" aria-label=${label}>
        ${this.interactive ? this.renderTools() : nothing}
        <div class="stage">
          ${this.camera ? html`<video muted playsinline aria-label="Camera preview" class=${this.props.webcam_options.mirror ? "mirror" : ""}></video>` : nothing}
          <canvas role="img" aria-label=${`${label} canvas`} ?hidden=${this.camera} @pointerdown=${this.onDown}
            @pointermove=${this.onMove} @pointerup=${this.onUp} @pointercancel=${this.onUp}></canvas>
        </div>
      </div>
      ${this.webcam.error ? html`<span class="error" role="alert">${this.webcam.error}</span>` : nothing}
      ${this.error ? html`<span class="error" role="alert">${this.error}</span>` : nothing}`;
  }
}
customElements.define("lite-imageeditor", LiteImageEditor);
