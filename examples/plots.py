"""Native plots from a DataFrame, and a matplotlib figure a function draws."""

import gradio as gr
import pandas as pd

temps = pd.DataFrame(
    {"day": [1, 2, 3, 4, 1, 2, 3, 4], "temp": [10, 12, 9, 14, 20, 21, 19, 23], "city": ["Oslo"] * 4 + ["Rome"] * 4}
)


def squares(n):
    import matplotlib.pyplot as plt

    figure = plt.figure(figsize=(4, 3))
    plt.plot(range(int(n)), [i * i for i in range(int(n))], color="red")
    return figure


with gr.Blocks() as demo:
    gr.LinePlot(temps, x="day", y="temp", color="city", title="Temperatures", label="line")
    with gr.Row():
        gr.ScatterPlot(temps, x="day", y="temp", label="points")
        gr.BarPlot(temps, x="city", y="temp", y_aggregate="mean", label="bars")
    n = gr.Slider(2, 20, value=10, step=1, label="n")
    plot = gr.Plot(label="squares", format="png")
    n.change(squares, n, plot)

demo.launch()
