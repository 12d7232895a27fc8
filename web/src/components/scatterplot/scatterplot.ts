import { LiteNativePlot } from "../base/native-plot";

// gr.ScatterPlot: the table's rows as points.
export class LiteScatterPlot extends LiteNativePlot {}
customElements.define("lite-scatterplot", LiteScatterPlot);
