import tempfile

import gradio as gr


def make_report(name):
    path = f"{tempfile.gettempdir()}/report.txt"
    with open(path, "w") as f:
        f.write(f"Report for {name}\n")
    return gr.DownloadButton(value=path, visible=True)


with gr.Blocks() as demo:
    with gr.Sidebar(label="Settings", width=260):
        gr.Markdown("## Settings")
        name = gr.Textbox(label="Your name", value="Ada")
        tone = gr.Radio(["Plain", "Cheerful"], label="Tone", value="Plain")

    gr.Markdown("# Blocks extras")

    visits = gr.BrowserState(0, storage_key="blocks-extras-visits")
    counter = gr.Textbox(label="Visits counted in this browser", interactive=False)
    count_btn = gr.Button("Count a visit")
    count_btn.click(lambda n: n + 1, visits, visits)
    visits.change(lambda n: str(n), visits, counter)
    demo.load(lambda n: str(n), visits, counter)

    with gr.Walkthrough(selected=0) as walkthrough:
        with gr.Step("Write", id=0):
            draft = gr.Textbox(label="Draft", value="hello")
            next_btn = gr.Button("Next")
            next_btn.click(lambda: gr.Walkthrough(selected=1), outputs=walkthrough)
        with gr.Step("Review", id=1):
            review = gr.Textbox(label="Review")
            draft.change(lambda text, tone: text.upper() if tone == "Cheerful" else text, [draft, tone], review)
    went_back = gr.Textbox(label="Went back to")

    @walkthrough.select(outputs=went_back)
    def back(evt: gr.SelectData):
        return f"{evt.value} (step {evt.index + 1})"

    with gr.Row():
        make = gr.Button("Make report")
        download = gr.DownloadButton("Download report", visible=False)
    make.click(make_report, name, download)

    gr.ParamViewer(
        {
            "name": {"type": "str", "description": "Who the report is for", "default": '"Ada"'},
            "tone": {"type": "str", "description": "Plain or Cheerful", "default": '"Plain"'},
        }
    )

demo.launch()
