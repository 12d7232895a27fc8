from pathlib import Path

import gradio as gr

# A few snippets in the app's own folder, to pick from in the file explorer.
SNIPPETS = {
    "greet.py": 'def greet(name):\n    return "Hello " + name',
    "maths/square.py": "def square(x):\n    return x * x",
}
for name, text in SNIPPETS.items():
    Path("snippets", name).parent.mkdir(parents=True, exist_ok=True)
    Path("snippets", name).write_text(text)


def describe(code, language):
    lines = [line for line in code.splitlines() if line.strip()]
    return f"{len(lines)} line(s) of {language}; first: {lines[0] if lines else '(empty)'}"


def open_snippet(path):
    if not path:
        return gr.skip(), ""
    return Path(path).read_text(), Path(path).name


with gr.Blocks() as demo:
    gr.Markdown("# Code editor\nType in the editor, or pick a snippet: the summary follows.")
    with gr.Row():
        explorer = gr.FileExplorer(root_dir="snippets", glob="**/*.py", file_count="single", label="Snippets", scale=1)
        with gr.Column(scale=2):
            language = gr.Dropdown(["python", "javascript", "json", "sql"], value="python", label="Language")
            code = gr.Code(SNIPPETS["greet.py"], language="python", label="Your code")
    picked = gr.Textbox(label="Opened file")
    summary = gr.Textbox(label="Summary")
    shout = gr.Button("Upper-case it")
    result = gr.Code(label="Result", language="python", interactive=False)

    code.change(describe, [code, language], summary)
    language.change(lambda lang: gr.Code(language=lang), language, code)
    explorer.change(open_snippet, explorer, [code, picked]).then(describe, [code, language], summary)
    shout.click(lambda text: text.upper(), code, result)

demo.launch()
