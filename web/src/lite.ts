// lite.js: defines <gradio-lite>. Load it with <script type="module" src=".../lite.js">.

import "./lite.css";
import { GradioLiteElement } from "./host/gradio-lite";

export { GradioLiteElement };

if (!customElements.get("gradio-lite")) {
  customElements.define("gradio-lite", GradioLiteElement);
}
