import { css, html, nothing, svg } from "lit";
import type { FileExplorerProps } from "../../protocol.gen";
import { LiteComponent, errorText } from "../base/component";

interface Entry {
  name: string;
  type: "file" | "folder";
  valid: boolean;
}
// A selection: paths, each as its parts under root_dir (Gradio's wire shape).
type Selection = string[][];

const key = (parts: string[]): string => parts.join("\u0000");

// Drawn, not emoji: a page's fonts may have no emoji.
const FOLDER = svg`<path d="M1.5 3.5h4.5l1.5 1.5h7v8h-13z" fill="#fcd34d" stroke="#d97706" />`;
const FILE = svg`<path d="M3.5 1.5h6l3 3v10h-9z" fill="var(--background-fill-primary)" stroke="var(--neutral-500)" /><path d="M9.5 1.5v3h3" fill="none" stroke="var(--neutral-500)" />`;

// gr.FileExplorer: the files under root_dir as a tree. As in Gradio, Python lists one
// folder at a time (the component's server function `ls`): the top when the tree shows,
// a folder when it is opened. A checkbox picks a file (or a folder the glob matches);
// with file_count="single" picking one drops the other. Picks fire input and change.
export class LiteFileExplorer extends LiteComponent<FileExplorerProps, Selection | null> {
  static override properties = {
    ...LiteComponent.properties,
    listed: { state: true },
    open: { state: true },
    error: { state: true },
  };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .tree { border: 1px solid var(--border-color-primary); border-radius: 0.5rem; background: var(--background-fill-primary); overflow: auto; padding: 0.375rem 0.25rem; }
      ul { list-style: none; margin: 0; padding-left: 1.125rem; }
      .tree > ul { padding-left: 0.25rem; }
      li > .item { display: flex; align-items: center; gap: 0.25rem; padding: 0.125rem 0; }
      .toggle { border: 0; background: transparent; cursor: pointer; width: 1.25rem; padding: 0; color: var(--body-text-color-subdued); font: inherit; }
      .spacer { display: inline-block; width: 1.25rem; }
      .name { overflow-wrap: anywhere; }
      .icon { width: 1rem; height: 1rem; flex: none; }
      .folder > .item .name { font-weight: 500; }
      .empty, .loading { color: var(--body-text-color-subdued); font-size: 0.8125rem; padding: 0.125rem 1.5rem; }
      .error { color: var(--error-text-color); font-size: 0.8125rem; margin-top: 0.25rem; }
    `,
  ];

  // Each listed folder's entries (by its parts' key); "" is the root.
  listed = new Map<string, Entry[] | "loading">();
  open = new Set<string>();
  error: string | null = null;
  private listedFor = "";

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has("props")) return;
    const p = this.props;
    const source = JSON.stringify([p.root_dir, p.glob, p.ignore_glob]);
    if (source === this.listedFor) return;
    // A new root or glob (an update from the app): list again from the top.
    this.listedFor = source;
    this.listed = new Map();
    this.open = new Set();
    void this.list([]);
  }

  private async list(parts: string[]): Promise<void> {
    const bridge = this.files;
    if (!bridge) return;
    this.listed = new Map(this.listed).set(key(parts), "loading");
    try {
      const entries = (await bridge.componentServer(this.blockId, "ls", parts)) as Entry[] | null;
      this.listed = new Map(this.listed).set(key(parts), entries ?? []);
    } catch (e) {
      this.listed = new Map(this.listed).set(key(parts), []);
      this.error = errorText(e);
    }
  }

  private toggleFolder(parts: string[]): void {
    const k = key(parts);
    const open = new Set(this.open);
    if (open.has(k)) {
      open.delete(k);
    } else {
      open.add(k);
      if (!this.listed.has(k)) void this.list(parts);
    }
    this.open = open;
  }

  private isSelected(parts: string[]): boolean {
    const k = key(parts);
    return (this.value ?? []).some((path) => key(path) === k);
  }

  private pick(parts: string[], selected: boolean): void {
    const k = key(parts);
    const others = (this.value ?? []).filter((path) => key(path) !== k);
    const value = selected ? (this.props.file_count === "single" ? [parts] : [...others, parts]) : others;
    this.commit(value, "input", "change");
  }

  private entries(parts: string[]): unknown {
    const found = this.listed.get(key(parts));
    if (found === undefined) return nothing;
    if (found === "loading") return html`<div class="loading">Loading…</div>`;
    if (found.length === 0) return html`<div class="empty">No files</div>`;
    return html`<ul role=${parts.length === 0 ? "tree" : "group"}>
      ${found.map((entry) => this.entry([...parts, entry.name], entry))}
    </ul>`;
  }

  private entry(parts: string[], entry: Entry): unknown {
    const folder = entry.type === "folder";
    const opened = folder && this.open.has(key(parts));
    const selectable = entry.valid && this.interactive;
    const path = parts.join("/");
    return html`<li class=${entry.type} role="treeitem" aria-expanded=${folder ? String(opened) : nothing}>
      <div class="item">
        ${
          folder
            ? html`<button
                class="toggle"
                aria-label=${`${opened ? "Close" : "Open"} ${path}`}
                @click=${() => this.toggleFolder(parts)}
              >
                ${opened ? "▾" : "▸"}
              </button>`
            : html`<span class="spacer"></span>`
        }
        ${
          entry.valid
            ? html`<input
                type="checkbox"
                aria-label=${`Select ${path}`}
                ?disabled=${!selectable}
                .checked=${this.isSelected(parts)}
                @change=${(e: Event) => this.pick(parts, (e.target as HTMLInputElement).checked)}
              />`
            : nothing
        }
        <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${folder ? FOLDER : FILE}</svg>
        <span class="name">${entry.name}</span>
      </div>
      ${opened ? this.entries(parts) : nothing}
    </li>`;
  }

  override render() {
    const p = this.props;
    const label = p.label ?? "File Explorer";
    const size = (v: number | string | null): string | null =>
      v === null ? null : typeof v === "number" ? `${String(v)}px` : v;
    const style = [
      ["height", size(p.height)],
      ["max-height", size(p.max_height)],
      ["min-height", size(p.min_height)],
    ]
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k ?? ""}: ${v ?? ""}`)
      .join("; ");
    return html`<span class=${this.labelClass}>${label}</span>
      <div class="tree" role="group" aria-label=${label} style=${style}>${this.entries([])}</div>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}`;
  }
}
customElements.define("lite-fileexplorer", LiteFileExplorer);
