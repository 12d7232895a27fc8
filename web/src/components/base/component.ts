// What every rendered component shares: its config props, its value, and one event
// (`lite-event`) that tells the app "block <id> fired <event> with <value>".

import { css } from "lit";
import type { ComponentProps, FileData } from "../../protocol.gen";
import { LiteBlock } from "./block";

// How a component moves files: the app's API, given to each component by the layout.
export interface FileBridge {
  upload(file: File): Promise<FileData>;
  // "download" for a link: a file a browser would run is then typed octet-stream.
  fileUrl(data: FileData, use?: "show" | "download"): Promise<string>;
  sendFrame(frame: RawFrame): Promise<FileData>;
  framePixels(data: FileData): Promise<ImageData>;
  // A component's server function (FileExplorer's `ls`): POST /component_server.
  componentServer(componentId: number, fnName: string, data: unknown): Promise<unknown>;
}

// Pixels as they cross to the worker: rows top to bottom, 1 (gray), 3 (RGB) or 4 (RGBA)
// bytes each.
export interface RawFrame {
  pixels: Uint8Array;
  width: number;
  height: number;
  channels: 1 | 3 | 4;
}

// The message of whatever a promise rejected with.
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface LiteEventDetail {
  block_id: number;
  event: string;
  value: unknown;
  // Called once the runs this event started have finished (or were superseded).
  done?: () => void;
  // What a function annotated gr.SelectData (or kin) receives: index, value, selected...
  data?: unknown;
}

export abstract class LiteComponent<P extends ComponentProps = ComponentProps, V = unknown> extends LiteBlock<P> {
  static override properties = {
    ...LiteBlock.properties,
    value: { attribute: false },
    pending: { type: Boolean, reflect: true },
  };

  static sharedStyles = css`
    :host { display: block; position: relative; min-width: min(160px, 100%); flex: 1 1 auto; }
    :host([hidden]) { display: none; }
    .label { display: block; font-size: var(--lite-label-size, 0.875rem); font-weight: var(--block-title-text-weight, 400); margin-bottom: var(--spacing-lg, 0.5rem); color: var(--lite-label-color, #374151); }
    .info { display: block; font-size: 0.75rem; color: var(--body-text-color-subdued); margin: -0.25rem 0 0.375rem; }
    /* Sanitized HTML stays in its box: position: fixed in it cannot cover the page or its neighbours. */
    .sanitized { contain: layout paint; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    input, textarea, select { font: inherit; color: inherit; box-sizing: border-box; }
    ::placeholder { color: var(--input-placeholder-color); opacity: 1; }
  `;

  value!: V;
  // An event that fills this component runs: the app shows its status (shared/status.ts)
  // over it, through the slot below.
  pending = false;
  // Work that must finish before the value is read (an upload under way): a Submit
  // clicked meanwhile waits for it, as in Gradio.
  busy: Promise<unknown> | null = null;

  // The status of a run is a light-DOM child slotted over the component: it comes before
  // what render() draws (Lit only manages what follows it), and takes no room of its own.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.prepend(Object.assign(document.createElement("slot"), { name: "lite-status" }));
    return root;
  }

  protected get interactive(): boolean {
    return this.props.interactive !== false;
  }

  protected get labelClass(): string {
    return this.props.show_label === false ? "sr-only" : "label";
  }

  // Marks the value as not ready until `work` settles; its result. `busy` itself never
  // rejects: the caller of `work` handles its failure, a waiting run just goes on.
  protected track<T>(work: Promise<T>): Promise<T> {
    const busy: Promise<unknown> = work.then(
      () => undefined,
      () => undefined,
    );
    void busy.then(() => this.busy === busy && (this.busy = null));
    this.busy = busy;
    return work;
  }

  // Uploads the files just chosen in a file input, then sets them (one, or a list) as the
  // value and fires upload and change; what went wrong, or null.
  protected async uploadChosen(event: Event, single: boolean): Promise<string | null> {
    const input = event.target as HTMLInputElement;
    const chosen = Array.from(input.files ?? []);
    input.value = "";
    const files = this.files;
    if (!files || chosen.length === 0) return null;
    try {
      const uploaded = await this.track(Promise.all(chosen.map((file) => files.upload(file))));
      this.commit((single ? uploaded[0] : uploaded) as V, "upload", "change");
      return null;
    } catch (e) {
      return errorText(e);
    }
  }

  // Sets the value from the user's side and tells the app.
  protected commit(value: V, ...events: string[]): void {
    this.value = value;
    for (const event of events) this.emit(event);
  }

  protected emit(event: string, done?: () => void, data?: unknown): void {
    const detail: LiteEventDetail = { block_id: this.blockId, event, value: this.value, done, data };
    this.dispatchEvent(new CustomEvent("lite-event", { detail, bubbles: true, composed: true }));
  }

  // Tells the app a choice was made (gr.SelectData: its index, value and whether it is now selected).
  protected selected(index: number, value: unknown, selected = true): void {
    this.emit("select", undefined, { index, value, selected });
  }

  // Sets the value and fires `event`; resolves when the app has run what it triggers,
  // so that a stream sends its next frame only then (latest wins, nothing piles up).
  protected commitAndWait(value: V, event: string): Promise<void> {
    this.value = value;
    return new Promise((resolve) => this.emit(event, resolve));
  }
}
