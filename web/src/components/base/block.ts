// What every rendered block shares, layouts included: its props from /config (typed by
// the interface generated from the block's Python declaration), its id, and the app's
// file bridge. The layout sets these on any element named `lite-<type>`.

import { LitElement } from "lit";
import type { BlockProps } from "../../protocol.gen";
import type { FileBridge } from "./component";

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- each block narrows P to its props
export abstract class LiteBlock<P extends BlockProps = BlockProps> extends LitElement {
  static override properties = {
    props: { attribute: false },
  };

  props!: P;
  blockId = -1;
  files: FileBridge | null = null;

  override updated(_changed?: Map<PropertyKey, unknown>): void {
    this.hidden = !this.props.visible;
  }

  // Tells the app "block <id> fired <event>" (a layout's events carry no value).
  protected fire(event: string, value: unknown = null, data?: unknown): void {
    const detail = { block_id: this.blockId, event, value, data };
    this.dispatchEvent(new CustomEvent("lite-event", { detail, bubbles: true, composed: true }));
  }
}
