import { LiteNativePlot } from "../base/native-plot";

// gr.BarPlot: the table's rows as bars (summed per x with y_aggregate="sum").
export class LiteBarPlot extends LiteNativePlot {}
customElements.define("lite-barplot", LiteBarPlot);
