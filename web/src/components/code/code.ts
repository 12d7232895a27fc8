import { css, html, nothing } from "lit";
import type { CodeProps } from "../../protocol.gen";
import { LiteComponent, errorText } from "../base/component";
import type { CodeEditor } from "./editor";

// gr.Code: a CodeMirror 6 editor (its own chunk, fetched when the first Code shows). The
// user's edits fire input and change; focus and blur as in Gradio. Until the editor has
// loaded, the code shows as plain text.
export class LiteCode extends LiteComponent<CodeProps, string | null> {
  static override properties = { ...LiteComponent.properties, loaded: { state: true }, error: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .frame { border: 1px solid var(--input-border-color); border-radius: 0.5rem; overflow: hidden; background: var(--background-fill-primary); }
      .frame:focus-within { outline: 2px solid var(--color-accent); outline-offset: -1px; }
      pre { margin: 0; padding: 0.25rem 0.5rem; font: 0.875rem/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; }
      .error { color: var(--error-text-color); font-size: 0.8125rem; margin-top: 0.25rem; }
      .cm-editor.cm-focused { outline: none; }
    `,
  ];

  loaded = false;
  error: string | null = null;
  private editor: CodeEditor | null = null;

  private get options() {
    const p = this.props;
    return {
      language: p.language,
      lineNumbers: p.show_line_numbers,
      wrap: p.wrap_lines,
      readOnly: !this.interactive,
      minLines: p.lines,
      maxLines: p.max_lines,
      label: p.label ?? "Code",
    };
  }

  override firstUpdated(): void {
    const host = this.renderRoot.querySelector<HTMLElement>(".editor");
    if (!host) return;
    import("./editor")
      .then(({ createEditor }) => {
        if (!this.isConnected) return;
        this.editor = createEditor(host, this.renderRoot as ShadowRoot, {
          ...this.options,
          value: this.value ?? "",
          onChange: (value) => {
            this.commit(value, "input", "change");
          },
          onFocus: () => {
            this.emit("focus");
          },
          onBlur: () => {
            this.emit("blur");
          },
        });
        this.loaded = true;
      })
      .catch((e: unknown) => {
        this.error = `The code editor could not load: ${errorText(e)}`;
      });
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (!this.editor) return;
    if (changed.has("value")) this.editor.setValue(this.value ?? "");
    if (changed.has("props")) this.editor.configure(this.options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor?.destroy();
    this.editor = null;
    this.loaded = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after leaving it (a tab switched): the editor is made again.
    if (this.hasUpdated && !this.editor) this.firstUpdated();
  }

  override render() {
    const p = this.props;
    const label = p.label ?? "Code";
    return html`<span class=${this.labelClass}>${label}</span>
      <div class="frame" role="group" aria-label=${label}>
        ${this.loaded ? nothing : html`<pre>${this.value ?? ""}</pre>`}
        <div class="editor"></div>
      </div>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}`;
  }
}
customElements.define("lite-code", LiteCode);
