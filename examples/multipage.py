"""Two pages in one app (`demo.route`), as in Gradio's multipage guide."""

import gradio as gr

with gr.Blocks() as demo:
    name = gr.Textbox(label="Name")
    greeting = gr.Textbox(label="Greeting")
    gr.Button("Greet").click(lambda n: f"Hello {n}!", name, greeting)

with demo.route("Counter") as counter:
    count = gr.Number(label="Count", value=0)
    counter.load(lambda: 10, None, count)
    gr.Button("Increase").click(lambda x: x + 1, count, count)

demo.launch()
