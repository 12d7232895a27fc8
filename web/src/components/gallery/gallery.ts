import { css, html, nothing } from "lit";
import type { FileData, GalleryProps } from "../../protocol.gen";
import { LiteComponent } from "../base/component";

interface GalleryItem {
  image: FileData;
  caption: string | null;
}

export class LiteGallery extends LiteComponent<GalleryProps, GalleryItem[] | null> {
  static override properties = { ...LiteComponent.properties, urls: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      ul { display: grid; gap: 0.5rem; list-style: none; margin: 0; padding: 0.5rem; border: 1px solid var(--border-color-primary); border-radius: 0.5rem; min-height: 8rem; background: var(--background-fill-primary); }
      li { margin: 0; }
      figure { margin: 0; }
      img { width: 100%; aspect-ratio: 1; object-fit: cover; border-radius: 0.375rem; display: block; background: var(--background-fill-secondary); }
      figcaption { font-size: 0.75rem; color: var(--body-text-color-subdued); padding-top: 0.25rem; }
    `,
  ];

  urls: string[] = [];
  private shown: GalleryItem[] | null = null;

  override willUpdate(): void {
    if (this.value === this.shown) return;
    const items = (this.shown = this.value);
    this.urls = [];
    if (!items || !this.files) return;
    const files = this.files;
    void Promise.all(items.map((item) => files.fileUrl(item.image))).then((urls) => {
      if (this.value === items) this.urls = urls;
    });
  }

  override render() {
    const label = this.props.label ?? "Gallery";
    const columns = Array.isArray(this.props.columns) ? this.props.columns[0] : (this.props.columns ?? 2);
    const items = this.value ?? [];
    return html`<span class=${this.labelClass} id="label">${label}</span>
      <ul aria-labelledby="label" style=${`grid-template-columns: repeat(${columns}, minmax(0, 1fr))`}>
        ${items.map(
          (item, i) => html`<li>
            <figure>
              ${
                this.urls[i]
                  ? html`<img src=${this.urls[i]} alt=${item.caption ?? `${label} ${i + 1}`} style=${this.props.object_fit ? `object-fit: ${this.props.object_fit}` : ""} />`
                  : nothing
              }
              ${item.caption ? html`<figcaption>${item.caption}</figcaption>` : nothing}
            </figure>
          </li>`,
        )}
      </ul>`;
  }
}
customElements.define("lite-gallery", LiteGallery);
