import { html, nothing } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { sanitize } from "../../shared/markdown";
import { LiteComponent } from "../base/component";
import type { ComponentProps } from "../../protocol.gen";

export class LiteHtml extends LiteComponent<ComponentProps, string | null> {
  static override styles = [LiteComponent.sharedStyles];

  override render() {
    // The author's HTML, sanitized (scripts and event handlers removed) before it shows.
    return html`${this.props.show_label ? html`<span class="label">${this.props.label}</span>` : nothing}
      <div class="html sanitized" @click=${() => this.emit("click")}>${unsafeHTML(sanitize(this.value ?? "", this))}</div>`;
  }
}
customElements.define("lite-html", LiteHtml);
