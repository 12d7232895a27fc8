import { LiteNativePlot } from "../base/native-plot";

// gr.LinePlot: the table's rows as a line (one per `color`).
export class LiteLinePlot extends LiteNativePlot {}
customElements.define("lite-lineplot", LiteLinePlot);
