import { css, html, nothing } from "lit";
import { LiteComponent } from "../base/component";
import type { LabelProps } from "../../protocol.gen";

interface LabelValue {
  label?: string;
  confidences?: { label: string; confidence: number }[];
}

// The top class in large type, then each class with a bar for its confidence.
export class LiteLabel extends LiteComponent<LabelProps, LabelValue | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .top { font-size: 1.5rem; font-weight: 700; padding: 0.5rem 0; }
      ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.375rem; }
      .row { display: flex; justify-content: space-between; font-size: 0.875rem; }
      .bar { height: 0.375rem; background: var(--color-accent-soft); border-radius: 999px; overflow: hidden; }
      .fill { height: 100%; background: var(--color-accent); }
    `,
  ];

  override render() {
    const value = this.value ?? {};
    return html`<span class=${this.labelClass} id="label">${this.props.label ?? "Label"}</span>
      <div role="region" aria-labelledby="label">
        ${value.label !== undefined ? html`<div class="top">${value.label}</div>` : nothing}
        ${
          value.confidences
            ? html`<ul>
              ${value.confidences.map(
                (c) => html`<li>
                  <div class="row"><span>${c.label}</span><span>${Math.round(c.confidence * 100)}%</span></div>
                  <div class="bar" role="meter" aria-label=${c.label} aria-valuemin="0" aria-valuemax="1" aria-valuenow=${c.confidence}>
                    <div class="fill" style=${`width: ${Math.max(0, Math.min(1, c.confidence)) * 100}%`}></div>
                  </div>
                </li>`,
              )}
            </ul>`
            : nothing
        }
      </div>`;
  }
}
customElements.define("lite-label", LiteLabel);
