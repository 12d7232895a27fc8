// lite.js: defines <gradio-lite>. Load it with <script type="module" src=".../lite.js">.
// Scripts may also `import { createGradioApp } from ".../lite.js"` (the JS API).

import "./lite.css";
import "./shared/status.css";
import { GradioLiteElement } from "./host/gradio-lite";
import { createGradioApp, GradioLiteController } from "./host/controller";
import { decodeApp, encodeApp } from "./shared/share";

export { GradioLiteElement, GradioLiteController, createGradioApp, decodeApp, encodeApp };

if (!customElements.get("gradio-lite")) {
  customElements.define("gradio-lite", GradioLiteElement);
}
