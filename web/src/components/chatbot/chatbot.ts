import { css, html, nothing } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { ChatbotProps, FileData } from "../../protocol.gen";
import { renderMarkdown } from "../../shared/markdown";
import { LiteComponent } from "../base/component";

type Content = string | FileData | null;
// An example message shown in the empty chat (Gradio's Chatbot(examples=...)).
interface Example {
  text?: string;
  display_text?: string;
  files?: FileData[];
  icon?: FileData;
}
interface Message {
  role: "user" | "assistant" | "system";
  content: Content;
}
// Gradio's two formats: messages ({role, content, ...}) or [user, bot] pairs.
type ChatValue = Message[] | [Content, Content][];

function messages(value: ChatValue | null): Message[] {
  if (!value) return [];
  return value.flatMap((item): Message[] =>
    Array.isArray(item)
      ? [
          { role: "user" as const, content: item[0] },
          { role: "assistant" as const, content: item[1] },
        ].filter((m) => m.content !== null)
      : [item],
  );
}

function isFile(content: Content): content is FileData {
  return typeof content === "object" && content !== null && "path" in content;
}

// The conversation as bubbles: the user's on the right, the bot's on the left, Markdown
// sanitised; files the bot sends as images, audio, video or a link. Follows the newest
// message as a reply streams in.
export class LiteChatbot extends LiteComponent<ChatbotProps, ChatValue | null> {
  static override properties = { ...LiteComponent.properties, urls: { state: true } };
  static override styles = [
    LiteComponent.sharedStyles,
    css`
      .log { display: flex; flex-direction: column; gap: 0.625rem; overflow-y: auto; padding: 0.75rem; border: 1px solid var(--border-color-primary); border-radius: 0.5rem; background: var(--background-fill-primary); }
      .message { max-width: 85%; padding: 0.5rem 0.75rem; border-radius: 0.75rem; line-height: 1.5; overflow-wrap: anywhere; }
      .message > :first-child { margin-top: 0; }
      .message > :last-child { margin-bottom: 0; }
      .user { align-self: flex-end; background: var(--color-accent-soft); border: 1px solid var(--border-color-accent); }
      .assistant, .system { align-self: flex-start; background: var(--background-fill-secondary); border: 1px solid var(--border-color-primary); }
      .placeholder { margin: auto; color: var(--body-text-color-subdued); }
      img, video { max-width: 100%; border-radius: 0.5rem; display: block; }
      pre { background: var(--border-color-primary); padding: 0.5rem; border-radius: 0.375rem; overflow: auto; }
      .top { display: flex; justify-content: space-between; align-items: flex-end; }
      .clear { font: inherit; font-size: 0.8125rem; border: 1px solid var(--border-color-primary); border-radius: 0.375rem; background: var(--background-fill-primary); color: var(--body-text-color); padding: 0.125rem 0.5rem; margin-bottom: 0.375rem; cursor: pointer; }
      .examples { display: flex; flex-wrap: wrap; gap: 0.5rem; justify-content: center; margin-top: auto; }
      .example { font: inherit; text-align: left; display: flex; align-items: center; gap: 0.5rem; max-width: 16rem; padding: 0.5rem 0.75rem; border: 1px solid var(--border-color-primary); border-radius: 0.5rem; background: var(--background-fill-secondary); cursor: pointer; }
      .example:hover { background: var(--color-accent-soft); border-color: var(--border-color-accent); }
      .example img { width: 2rem; height: 2rem; object-fit: cover; border-radius: 0.25rem; }
      .example small { display: block; color: var(--body-text-color-subdued); }
    `,
  ];

  // Object URLs of files in the conversation, by path.
  urls = new Map<string, string>();

  override willUpdate(): void {
    const files = this.files;
    if (!files) return;
    const icons = (this.props.examples ?? []).map((e) => (e as Example).icon ?? null);
    for (const content of [...messages(this.value).map((m) => m.content), ...icons]) {
      if (!isFile(content) || this.urls.has(content.path)) continue;
      this.urls.set(content.path, "");
      // A file that is gone (a saved conversation's, from an earlier visit) shows by name.
      // Only a file shown in a media element keeps an SVG's type; any other is a link.
      const shown = /^(image|audio|video)\//.test(content.mime_type ?? "");
      files.fileUrl(content, shown ? "show" : "download").then(
        (url) => {
          this.urls = new Map(this.urls).set(content.path, url);
        },
        () => undefined,
      );
    }
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const log = this.renderRoot.querySelector(".log");
    if (log) log.scrollTop = log.scrollHeight;
  }

  private file(content: FileData) {
    const url = this.urls.get(content.path) ?? "";
    const type = content.mime_type ?? "";
    const name = content.orig_name ?? "file";
    if (!url) return html`<span>${name}</span>`;
    if (type.startsWith("image/")) return html`<img src=${url} alt=${name} />`;
    if (type.startsWith("audio/")) return html`<audio controls src=${url} aria-label=${name}></audio>`;
    if (type.startsWith("video/")) return html`<video controls src=${url} aria-label=${name}></video>`;
    return html`<a href=${url} download=${name}>${name}</a>`;
  }

  // A click on an example message: "example_select" with its index and the example itself.
  private example(example: Example, index: number) {
    const icon = example.icon ? this.urls.get(example.icon.path) : undefined;
    const names = (example.files ?? []).map((f) => f.orig_name ?? f.path.split("/").pop() ?? "file");
    const text = example.display_text ?? example.text ?? "";
    return html`<button
      class="example"
      aria-label=${`Example: ${text}`}
      @click=${() => this.emit("example_select", undefined, { index, value: example })}
    >
      ${icon ? html`<img src=${icon} alt="" />` : nothing}
      <span>${text}${names.length > 0 ? html`<small>${names.join(", ")}</small>` : nothing}</span>
    </button>`;
  }

  private content(content: Content) {
    if (isFile(content)) return this.file(content);
    const text = content ?? "";
    // Sanitised by DOMPurify in renderMarkdown.
    return this.props.render_markdown ? unsafeHTML(renderMarkdown(text, this)) : text;
  }

  override render() {
    const p = this.props;
    const label = p.label ?? "Chatbot";
    const height = typeof p.height === "number" ? `${String(p.height)}px` : (p.height ?? "auto");
    const all = messages(this.value);
    // Gradio's trash button: empties the conversation and fires "clear" (and "change").
    const clear =
      all.length > 0 && this.interactive
        ? html`<button class="clear" aria-label="Clear conversation" @click=${() => this.commit([], "clear", "change")}>
            Clear
          </button>`
        : nothing;
    return html`<div class="top"><span class=${this.labelClass}>${label}</span>${clear}</div>
      <div class="log" role="log" aria-label=${label} dir=${p.rtl ? "rtl" : "ltr"} style="height: ${height}">
        ${
          all.length === 0 && p.placeholder
            ? html`<div class="placeholder sanitized">${unsafeHTML(renderMarkdown(p.placeholder, this))}</div>`
            : nothing
        }
        ${
          all.length === 0 && p.examples?.length
            ? html`<div class="examples">${p.examples.map((e, i) => this.example(e as Example, i))}</div>`
            : nothing
        }
        ${all.map(
          (m) =>
            html`<div class="message sanitized ${m.role}" role="group" aria-label=${m.role === "user" ? "user message" : "bot message"}>
              ${this.content(m.content)}
            </div>`,
        )}
      </div>`;
  }
}
customElements.define("lite-chatbot", LiteChatbot);
