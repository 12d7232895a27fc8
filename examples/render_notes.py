import gradio as gr

with gr.Blocks() as demo:
    words = gr.Textbox(label="Words", info="One note per word: type a few, separated by spaces")
    shouted = gr.Textbox(label="Shouted")

    @gr.render(inputs=words)
    def notes(text):
        names = list(dict.fromkeys(text.split()))
        gr.Markdown(f"**{len(names)} notes**" if names else "No words yet.")
        for name in names:
            # A key keeps the box (and what was typed in it) when the words change.
            with gr.Row(key=f"row-{name}"):
                note = gr.Textbox(label=f"Note on {name}", key=f"note-{name}")
                shout = gr.Button(f"Shout {name}", key=f"shout-{name}")
                shout.click(lambda text, name=name: f"{name}: {text.upper()}!", note, shouted)

demo.launch()
