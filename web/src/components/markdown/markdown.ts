import { css, html } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { renderMarkdown } from "../../shared/markdown";
import { LiteComponent } from "../base/component";
import type { MarkdownProps } from "../../protocol.gen";

export class LiteMarkdown extends LiteComponent<MarkdownProps, string | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .prose { line-height: 1.6; }
      .prose :first-child { margin-top: 0; }
      .prose :last-child { margin-bottom: 0; }
      .prose h1 { font-size: 1.75rem; margin: 0 0 0.5rem; }
      .prose code { background: var(--background-fill-secondary); padding: 0.1rem 0.3rem; border-radius: 0.25rem; }
      .prose pre { background: var(--background-fill-secondary); padding: 0.75rem; border-radius: 0.5rem; overflow: auto; }
    `,
  ];

  override render() {
    // Sanitized by DOMPurify in renderMarkdown: this is the only unsafeHTML in the app.
    return html`<div class="prose sanitized" dir=${this.props.rtl ? "rtl" : "ltr"}>
      ${unsafeHTML(renderMarkdown(this.value ?? "", this, this.props.line_breaks))}
    </div>`;
  }
}
customElements.define("lite-markdown", LiteMarkdown);
