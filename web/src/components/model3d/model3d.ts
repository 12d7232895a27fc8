import { css, html, nothing } from "lit";
import type { FileData, Model3DProps } from "../../protocol.gen";
import { LiteComponent, errorText } from "../base/component";
import type { ModelViewer, ViewerOptions } from "../../shared/model-viewer";

// gr.Model3D: a model (glTF, GLB, OBJ, STL) in a three.js viewer the user turns, zooms
// and pans (orbit controls); an input takes an uploaded model. three.js is imported
// only once a model is to be shown.
export class LiteModel3D extends LiteComponent<Model3DProps, FileData | null> {
  static override properties = {
    ...LiteComponent.properties,
    error: { state: true },
    loading: { state: true },
  };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .frame { position: relative; min-height: 12rem; border: 1px dashed var(--input-border-color); border-radius: 0.5rem; background: var(--background-fill-primary); overflow: hidden; }
      canvas { display: block; width: 100%; height: var(--model3d-height, 24rem); touch-action: none; }
      .drop { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; color: var(--body-text-color-subdued); cursor: pointer; }
      .drop input { position: absolute; inset: 0; opacity: 0; cursor: pointer; }
      .tools { position: absolute; top: 0.375rem; right: 0.375rem; display: flex; gap: 0.25rem; }
      .tools button, .tools a { font: inherit; font-size: 0.75rem; padding: 0.125rem 0.5rem; border: 1px solid var(--border-color-primary); border-radius: 0.25rem; background: var(--background-fill-primary); color: var(--body-text-color); text-decoration: none; cursor: pointer; }
      .status { position: absolute; bottom: 0.375rem; left: 0.5rem; font-size: 0.75rem; color: var(--body-text-color-subdued); }
      .error { color: var(--error-text-color); font-size: 0.8125rem; }
    `,
  ];

  error: string | null = null;
  loading = false;
  private viewer: ModelViewer | null = null;
  private shown: FileData | null | undefined = undefined;
  private url: string | null = null;

  private options(): ViewerOptions {
    return {
      clearColor: this.props.clear_color,
      cameraPosition: this.props.camera_position,
      zoomSpeed: this.props.zoom_speed,
      panSpeed: this.props.pan_speed,
      displayMode: this.props.display_mode,
    };
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has("props")) this.viewer?.setOptions(this.options());
    if (this.value === this.shown) return;
    this.shown = this.value;
    void this.track(this.show(this.value));
  }

  private async show(value: FileData | null): Promise<void> {
    this.error = null;
    if (this.url?.startsWith("blob:")) URL.revokeObjectURL(this.url);
    this.url = null;
    if (!value || !this.files) {
      this.viewer?.clear();
      this.requestUpdate();
      return;
    }
    this.loading = true;
    try {
      const url = await this.files.fileUrl(value);
      this.url = url;
      const viewer = await this.ensureViewer();
      if (this.value !== value) return;
      await viewer.show(url, value.orig_name ?? value.path);
    } catch (e) {
      this.error = errorText(e);
    } finally {
      this.loading = false;
    }
  }

  private async ensureViewer(): Promise<ModelViewer> {
    if (this.viewer) return this.viewer;
    const { ModelViewer } = await import("../../shared/model-viewer");
    const canvas = this.renderRoot.querySelector("canvas");
    if (!canvas) throw new Error("Model3D has no canvas to draw on.");
    this.viewer ??= new ModelViewer(canvas, this.options());
    return this.viewer;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.viewer?.dispose();
    this.viewer = null;
    this.shown = undefined;
  }

  private async onFile(event: Event): Promise<void> {
    const error = await this.uploadChosen(event, true);
    if (error) this.error = error;
  }

  override render() {
    const label = this.props.label ?? "3D Model";
    const height = this.props.height;
    const style =
      height === null ? "" : `--model3d-height:${typeof height === "number" ? `${String(height)}px` : height}`;
    const hasModel = this.value !== null;
    const drop =
      this.interactive && !hasModel
        ? html`<label class="drop"><input type="file" accept=".glb,.gltf,.obj,.stl" aria-label=${`Upload ${label}`} @change=${this.onFile} />
            <span>Drop a 3D model (.glb, .gltf, .obj, .stl) here or click to upload</span></label>`
        : nothing;
    const tools = hasModel
      ? html`<div class="tools">
          <button @click=${() => this.viewer?.resetView()}>Reset view</button>
          ${this.url ? html`<a href=${this.url} download=${this.value?.orig_name ?? "model"}>Download</a>` : nothing}
          ${this.interactive ? html`<button @click=${() => this.commit(null, "clear", "change")}>Remove model</button>` : nothing}
        </div>`
      : nothing;
    return html`<span class=${this.labelClass}>${label}</span>
      <div class="frame" role="group" aria-label=${label} style=${style}>
        <canvas role="img" aria-label=${`${label} view`}></canvas>${drop}${tools}
        ${this.loading ? html`<span class="status" role="status">Loading the model…</span>` : nothing}
      </div>
      ${this.error ? html`<span class="error" role="alert">${this.error}</span>` : nothing}`;
  }
}
customElements.define("lite-model3d", LiteModel3D);
