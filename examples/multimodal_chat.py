import gradio as gr


def answer(message, history):
    files = message["files"]
    names = ", ".join(path.rsplit("/", 1)[-1] for path in files) or "no files"
    return f"You said: {message['text'] or '(nothing)'} — with {names}."


demo = gr.ChatInterface(
    answer,
    type="messages",
    multimodal=True,
    textbox=gr.MultimodalTextbox(file_count="multiple", file_types=["image", ".txt"], placeholder="Say something, attach an image..."),
    title="Multimodal chat",
    save_history=True,
)

demo.launch()
