// `<gradio-lite playground>` and createGradioApp({playground: true}): the app's code in an
// editor (CodeMirror 6, Python) beside or above the app. Run (or Ctrl/Cmd+Enter) re-runs
// it in the same runtime; Share copies a permalink that carries the code.

import "./playground.css";
import type { CodeEditor } from "../components/code/editor";

export type PlaygroundLayout = "horizontal" | "vertical";

export interface PlaygroundOptions {
  code: string;
  layout: PlaygroundLayout;
  onRun: (code: string) => void;
  onShare: () => Promise<string>;
}

export class Playground {
  readonly appArea: HTMLElement;
  private code: string;
  private editor: CodeEditor | null = null;
  // The plain text area shown until CodeMirror loads (and if it cannot).
  private readonly fallback: HTMLTextAreaElement;
  private readonly status: HTMLElement;

  constructor(
    root: HTMLElement,
    private readonly options: PlaygroundOptions,
  ) {
    this.code = options.code;
    const frame = element("div", `lite-playground lite-playground-${options.layout}`);
    const codeArea = element("div", "lite-playground-code");
    const bar = element("div", "lite-playground-bar");
    const run = button("Run", "Run the code (Ctrl+Enter)", () => this.run());
    run.classList.add("lite-playground-run");
    const share = button("Share", "Copy a link that opens this code", () => void this.share());
    this.status = element("span", "lite-playground-status");
    this.status.setAttribute("role", "status");
    bar.append(run, share, this.status);
    const editorHost = element("div", "lite-playground-editor");
    // A plain text area until CodeMirror's chunk arrives (and if it cannot load).
    const fallback = (this.fallback = document.createElement("textarea"));
    fallback.value = this.code;
    fallback.spellcheck = false;
    fallback.setAttribute("aria-label", "Python code");
    fallback.addEventListener("input", () => (this.code = fallback.value));
    fallback.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.run();
      }
    });
    editorHost.append(fallback);
    codeArea.append(bar, editorHost);
    this.appArea = element("div", "lite-playground-app");
    frame.append(codeArea, this.appArea);
    root.replaceChildren(frame);
    void this.loadEditor(editorHost, fallback);
  }

  get value(): string {
    return this.code;
  }

  setCode(code: string): void {
    this.code = code;
    this.editor?.setValue(code);
    this.fallback.value = code;
  }

  private run(): void {
    this.status.textContent = "";
    this.options.onRun(this.code);
  }

  private async share(): Promise<void> {
    try {
      const link = await this.options.onShare();
      this.status.dataset.link = link;
      try {
        await navigator.clipboard.writeText(link);
        this.status.textContent = "Link copied";
      } catch {
        // No clipboard (permissions, insecure origin): the link, selected, to copy by hand.
        const field = Object.assign(document.createElement("input"), { value: link, readOnly: true });
        field.setAttribute("aria-label", "Link to this code");
        this.status.replaceChildren(field);
        field.select();
      }
    } catch (e) {
      this.status.textContent = e instanceof Error ? e.message : String(e);
    }
  }

  private async loadEditor(host: HTMLElement, fallback: HTMLTextAreaElement): Promise<void> {
    try {
      const { createEditor } = await import("../components/code/editor");
      fallback.remove();
      this.editor = createEditor(host, document, {
        value: this.code,
        language: "python",
        lineNumbers: true,
        wrap: false,
        readOnly: false,
        minLines: 12,
        maxLines: null,
        label: "App code",
        onChange: (value) => (this.code = value),
        onFocus: () => undefined,
        onBlur: () => undefined,
        onRun: () => this.run(),
      });
      host.querySelector(".cm-content")?.setAttribute("aria-label", "Python code");
    } catch {
      // The text area stays: the playground works without highlighting.
    }
  }
}

function element(tag: string, className: string): HTMLElement {
  return Object.assign(document.createElement(tag), { className });
}

function button(text: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = Object.assign(document.createElement("button"), { type: "button", textContent: text, title });
  b.addEventListener("click", onClick);
  return b;
}
