import gradio as gr
import numpy as np


def describe(sketch):
    if sketch is None or sketch["composite"] is None:
        return "", None
    composite = sketch["composite"]
    red, green, blue = composite[:, :, :3].reshape(-1, 3).mean(axis=0)
    drawn = (sketch["layers"][0][:, :, 3] > 0).mean() * 100
    return f"mean colour ({red:.0f}, {green:.0f}, {blue:.0f}), {drawn:.1f}% drawn", composite


with gr.Blocks() as demo:
    with gr.Row():
        sketch = gr.Sketchpad(label="Sketch", type="numpy", canvas_size=(256, 256))
        with gr.Column():
            summary = gr.Textbox(label="Summary")
            drawing = gr.Image(label="Drawing", format="png")
    sketch.change(describe, sketch, [summary, drawing])

demo.launch()
