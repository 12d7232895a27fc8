import { css, html, nothing } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { ParamViewerProps } from "../../protocol.gen";
import { renderMarkdown } from "../../shared/markdown";
import { LiteComponent } from "../base/component";

interface Parameter {
  type?: string | null;
  description?: string | null;
  default?: string | null;
}

// gr.ParamViewer: one row per parameter (its name and type) that opens onto its
// description (Markdown, sanitized) and default; the header's button opens or closes all.
export class LiteParamViewer extends LiteComponent<ParamViewerProps, Record<string, Parameter> | null> {
  static override properties = { ...LiteComponent.properties, allOpen: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .header { display: flex; justify-content: space-between; align-items: center; font-weight: 600; font-size: 0.9375rem; padding: 0.5rem 0; }
      .header button { font: inherit; font-size: 0.8125rem; border: 1px solid var(--border-color-primary); border-radius: 0.375rem; background: var(--background-fill-primary); padding: 0.25rem 0.5rem; cursor: pointer; }
      details { border-top: 1px solid var(--border-color-primary); }
      details:last-of-type { border-bottom: 1px solid var(--border-color-primary); }
      summary { cursor: pointer; padding: 0.5rem 0.25rem; font-family: ui-monospace, monospace; font-size: 0.875rem; }
      .name { font-weight: 600; color: var(--accent-text-color); }
      .type { color: var(--body-text-color-subdued); }
      .body { padding: 0 0.75rem 0.75rem; font-size: 0.875rem; }
      .default code, .type code { font-family: ui-monospace, monospace; background: var(--background-fill-secondary); padding: 0.1rem 0.3rem; border-radius: 0.25rem; }
      .description :first-child { margin-top: 0; }
      .description :last-child { margin-bottom: 0; }
    `,
  ];

  allOpen = false;

  private anchor(name: string): string | undefined {
    const prefix = this.props.anchor_links;
    if (prefix === false) return undefined;
    return `${typeof prefix === "string" ? prefix : "param-"}${name}`;
  }

  private describe(text: string): string {
    let source = text;
    for (const word of this.props.linkify ?? []) source = source.split(word).join(`[${word}](#${word})`);
    // Sanitized by DOMPurify in renderMarkdown, as gr.Markdown's.
    return renderMarkdown(source, this);
  }

  override render() {
    const params = Object.entries(this.value ?? {});
    const header = this.props.header;
    return html`${
      header === null
        ? nothing
        : html`<div class="header">
            <span>${header}</span>
            <button @click=${() => (this.allOpen = !this.allOpen)} aria-expanded=${this.allOpen ? "true" : "false"}>
              ${this.allOpen ? "Close all" : "Open all"}
            </button>
          </div>`
    }
    ${params.map(
      ([name, param]) =>
        html`<details id=${this.anchor(name) ?? nothing} ?open=${this.allOpen}>
          <summary>
            <span class="name">${name}</span>${param.type ? html`<span class="type">: ${param.type}</span>` : nothing}
            ${param.default !== null && param.default !== undefined ? html`<span class="type"> = ${param.default}</span>` : nothing}
          </summary>
          <div class="body">
            ${param.description ? html`<div class="description sanitized">${unsafeHTML(this.describe(param.description))}</div>` : nothing}
            ${
              param.default !== null && param.default !== undefined
                ? html`<p class="default">default <code>= ${param.default}</code></p>`
                : nothing
            }
          </div>
        </details>`,
    )}`;
  }
}
customElements.define("lite-paramviewer", LiteParamViewer);
