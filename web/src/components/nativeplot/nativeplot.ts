import { LiteNativePlot } from "../base/native-plot";

// gr.LinePlot, gr.ScatterPlot, gr.BarPlot: one block type, as in Gradio's config; the
// mark (line, point, bar) comes with the data.
export class LiteNativePlotElement extends LiteNativePlot {}
customElements.define("lite-nativeplot", LiteNativePlotElement);
