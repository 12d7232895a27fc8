import { LiteComponent } from "../base/component";

// gr.State: its value lives in Python (per session); nothing to show.
export class LiteState extends LiteComponent {
  override updated(): void {
    this.hidden = true;
  }
}
customElements.define("lite-state", LiteState);
