import { css, html, nothing } from "lit";
import type { HighlightedTextProps } from "../../protocol.gen";
import { LiteComponent } from "../base/component";

interface Span {
  token: string;
  class_or_confidence: string | number | null;
}

const PALETTE = ["#fecaca", "#fed7aa", "#fde68a", "#bbf7d0", "#bfdbfe", "#ddd6fe", "#fbcfe8", "#a5f3fc"];

// A label's colour: the author's color_map, else one of the palette in order of appearance.
function colours(spans: Span[], map: Record<string, string> | null): Map<string, string> {
  const found = new Map<string, string>();
  for (const { class_or_confidence: label } of spans) {
    if (typeof label !== "string" || found.has(label)) continue;
    found.set(label, map?.[label] ?? PALETTE[found.size % PALETTE.length]);
  }
  return found;
}

// A confidence from -1 (red) to 1 (green), as Gradio shades scores.
function shade(score: number): string {
  const alpha = Math.min(Math.abs(score), 1).toFixed(2);
  return score < 0 ? `rgba(239, 68, 68, ${alpha})` : `rgba(34, 197, 94, ${alpha})`;
}

// gr.HighlightedText: text whose spans are coloured by their label or score.
export class LiteHighlightedText extends LiteComponent<HighlightedTextProps, Span[] | null> {
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .text { line-height: 2; padding: 0.5rem 0.75rem; border: 1px solid var(--border-color-primary); border-radius: 0.5rem; background: var(--background-fill-primary); white-space: pre-wrap; }
      mark { border-radius: 0.25rem; padding: 0.1rem 0.2rem; color: var(--neutral-950); }
      .category { font-size: 0.6875rem; font-weight: 600; margin-left: 0.25rem; opacity: 0.75; text-transform: uppercase; }
      .legend { display: flex; flex-wrap: wrap; gap: 0.375rem; margin-bottom: 0.375rem; }
      .legend span { font-size: 0.75rem; padding: 0.1rem 0.4rem; border-radius: 0.25rem; color: var(--neutral-950); }
    `,
  ];

  override render() {
    const p = this.props;
    const spans = this.value ?? [];
    const byLabel = colours(spans, p.color_map);
    return html`<span class=${this.labelClass}>${p.label ?? "Highlighted Text"}</span>
      ${
        p.show_legend && byLabel.size
          ? html`<div class="legend">
            ${[...byLabel].map(([label, colour]) => html`<span style="background: ${colour}">${label}</span>`)}
          </div>`
          : nothing
      }
      <div class="text" role="group" aria-label=${p.label ?? "Highlighted Text"}>
        ${spans.map(({ token, class_or_confidence: c }) =>
          c === null
            ? token
            : typeof c === "number"
              ? html`<mark style="background: ${shade(c)}" title=${String(c)}>${token}</mark>`
              : html`<mark style="background: ${byLabel.get(c) ?? PALETTE[0]}" data-category=${c}
                  >${token}${p.show_inline_category ? html`<span class="category">${c}</span>` : nothing}</mark
                >`,
        )}
      </div>`;
  }
}
customElements.define("lite-highlightedtext", LiteHighlightedText);
