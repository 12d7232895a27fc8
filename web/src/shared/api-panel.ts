// Gradio's "Use via API" footer and panel: the app's named endpoints from /gradio_api/info,
// each with a snippet that calls it. An app served over HTTP gets gradio_client and
// @gradio/client snippets; an app running in the page gets the page's own client.

import { html, nothing, render, svg, type TemplateResult } from "lit";
import type { ApiInfo, ApiParameter, ApiReturn, AppConfig, EndpointInfo } from "../protocol.gen";
import { API_PREFIX } from "../protocol.gen";
import type { Fetch } from "../host/runtime-connection";

// Gradio's footer shows a rocket after "Use via API"; drawn here, as an emoji shows as an
// empty box where the system has no emoji font.
const ROCKET = svg`<svg class="lite-rocket" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
  <path fill="currentColor" d="M8 1c2.5 1.5 4 4.5 4 8l-1.5 2h-5L4 9c0-3.5 1.5-6.5 4-8zM4.3 8.6 2 12l2.8-.6zM11.7 8.6 14 12l-2.8-.6zM6.5 12h3L8 15z"/>
  <circle cx="8" cy="6" r="1.4" fill="var(--body-background-fill, white)"/>
</svg>`;

export type Language = "python" | "javascript";

export interface Endpoint {
  name: string;
  info: EndpointInfo;
}

interface Calling {
  // The app's URL when a server serves it, or how a script in the page finds its element.
  server: string | null;
  element: string;
}

// Gradio hides the link when the app is launched with show_api=False.
export function showsApi(config: AppConfig): boolean {
  return config.show_api;
}

// The URL clients reach the app at: an absolute root, set when a server serves it.
export function serverUrl(config: AppConfig): string | null {
  if (!/^https?:\/\//i.test(config.root)) return null;
  return config.root.endsWith("/") ? config.root : config.root + "/";
}

// The named endpoints a client may call, in the app's order.
export function endpoints(info: ApiInfo, config: AppConfig): Endpoint[] {
  const hidden = new Set(config.dependencies.filter((d) => !d.show_api && d.api_name).map((d) => `/${d.api_name}`));
  return Object.entries(info.named_endpoints)
    .filter(([name, endpoint]) => endpoint.show_api && !hidden.has(name))
    .map(([name, endpoint]) => ({ name, info: endpoint }));
}

// --- snippets ----------------------------------------------------------------------

function isFileData(value: unknown): value is { url: string } {
  const v = value as { url?: unknown; meta?: { _type?: unknown } } | null;
  return typeof v === "object" && v !== null && typeof v.url === "string" && v.meta?._type === "gradio.FileData";
}

// A value as Python source: None/True/False, JSON strings (valid Python), handle_file(url).
export function pythonLiteral(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : `float("${String(value)}")`;
  if (typeof value === "string") return JSON.stringify(value);
  if (isFileData(value)) return `handle_file(${JSON.stringify(value.url)})`;
  if (Array.isArray(value)) return `[${value.map(pythonLiteral).join(", ")}]`;
  const items = Object.entries(value as Record<string, unknown>);
  return `{${items.map(([k, v]) => `${JSON.stringify(k)}: ${pythonLiteral(v)}`).join(", ")}}`;
}

function exampleValue(parameter: ApiParameter): unknown {
  return parameter.parameter_has_default ? parameter.parameter_default : parameter.example_input;
}

function usesFiles(endpoint: Endpoint): boolean {
  const hasFile = (value: unknown): boolean =>
    isFileData(value) || (typeof value === "object" && value !== null && Object.values(value).some(hasFile));
  return endpoint.info.parameters.some((p) => hasFile(exampleValue(p)));
}

export function pythonSnippet(endpoint: Endpoint, url: string): string {
  const args = endpoint.info.parameters.map((p) => {
    const value = pythonLiteral(exampleValue(p));
    return `    ${p.parameter_name ? `${p.parameter_name}=` : ""}${value},`;
  });
  const imports = usesFiles(endpoint) ? "Client, handle_file" : "Client";
  return [
    `from gradio_client import ${imports}`,
    "",
    `client = Client(${JSON.stringify(url)})`,
    "result = client.predict(",
    ...args,
    `    api_name=${JSON.stringify(endpoint.name)},`,
    ")",
    "print(result)",
  ].join("\n");
}

// `client.predict("/name", {...})`: by name, or as a list when a parameter has none.
function jsPredict(endpoint: Endpoint, files: boolean): string[] {
  const parameters = endpoint.info.parameters;
  const literal = (p: ApiParameter): string => {
    const value = exampleValue(p);
    return files && isFileData(value) ? `handle_file(${JSON.stringify(value.url)})` : JSON.stringify(value ?? null);
  };
  const named = parameters.every((p) => p.parameter_name);
  const [open, close] = named ? ["{", "}"] : ["[", "]"];
  const items = parameters.map((p) => `  ${named ? `${p.parameter_name}: ` : ""}${literal(p)},`);
  const data = items.length ? [open, ...items, `${close});`] : [`${open}${close});`];
  const [first, ...rest] = data;
  return [`const result = await client.predict(${JSON.stringify(endpoint.name)}, ${first}`, ...rest];
}

export function javascriptSnippet(endpoint: Endpoint, calling: Calling): string {
  const files = calling.server !== null && usesFiles(endpoint);
  const connect =
    calling.server === null
      ? [`const client = await ${calling.element}.client();`]
      : [
          `import { ${files ? "Client, handle_file" : "Client"} } from "@gradio/client";`,
          "",
          `const client = await Client.connect(${JSON.stringify(calling.server)});`,
        ];
  return [...connect, ...jsPredict(endpoint, files), "", "console.log(result.data);"].join("\n");
}

// How a script in the page finds this app's <gradio-lite> element.
export function elementExpression(element: Element | null): string {
  if (element?.id) return `document.getElementById(${JSON.stringify(element.id)})`;
  const all = [...document.querySelectorAll("gradio-lite")];
  const index = element ? all.indexOf(element) : -1;
  if (index > 0) return `document.querySelectorAll("gradio-lite")[${index}]`;
  return `document.querySelector("gradio-lite")`;
}

// --- the footer and the panel ------------------------------------------------------

const INSTALL: Record<Language, string> = {
  python: "pip install gradio_client",
  javascript: "npm i -D @gradio/client",
};

let panels = 0;

class ApiPanel {
  readonly element = document.createElement("div");
  private open = false;
  private language: Language = "python";
  private requested = false;
  private loaded: ApiInfo | null = null;
  private failure: string | null = null;
  private copied: string | null = null;
  private readonly panelId = `lite-api-${String(++panels)}`;

  constructor(
    private readonly config: AppConfig,
    private readonly fetch: Fetch,
  ) {
    this.element.className = "lite-api-wrap";
    this.element.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && this.open) this.close();
    });
    this.update();
  }

  private toggle(): void {
    if (this.open) return this.close();
    this.open = true;
    if (!this.requested) void this.load();
    this.requested = true;
    this.update();
    this.element.querySelector<HTMLElement>(".lite-api")?.focus();
  }

  private close(): void {
    this.open = false;
    this.update();
    this.element.querySelector<HTMLElement>(".lite-show-api")?.focus();
  }

  private async load(): Promise<void> {
    try {
      const response = await this.fetch(`${API_PREFIX}/info`);
      if (!response.ok) throw new Error(`The app answered ${String(response.status)}.`);
      this.loaded = (await response.json()) as ApiInfo;
    } catch (e) {
      this.failure = e instanceof Error ? e.message : String(e);
    }
    this.update();
  }

  private async copy(key: string, text: string, code: HTMLElement | null): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = key;
    } catch {
      // No clipboard (a page not served over HTTPS, or permission refused): select it instead.
      if (code) getSelection()?.selectAllChildren(code);
      this.copied = `${key}:selected`;
    }
    this.update();
    setTimeout(() => {
      if (this.copied?.startsWith(key)) this.copied = null;
      this.update();
    }, 1500);
  }

  private update(): void {
    render(this.template(), this.element);
  }

  private template(): TemplateResult {
    return html`<footer class="lite-footer">
        <button
          type="button"
          class="lite-show-api"
          aria-expanded=${this.open ? "true" : "false"}
          aria-controls=${this.panelId}
          @click=${() => this.toggle()}
        >
          Use via API ${ROCKET}
        </button>
      </footer>
      ${this.open ? this.panel() : nothing}`;
  }

  private panel(): TemplateResult {
    const server = serverUrl(this.config);
    const list = this.loaded ? endpoints(this.loaded, this.config) : [];
    const count = `${String(list.length)} API endpoint${list.length === 1 ? "" : "s"}`;
    return html`<section class="lite-api" id=${this.panelId} tabindex="-1" aria-labelledby="${this.panelId}-title">
      <header class="lite-api-header">
        <h2 id="${this.panelId}-title">API documentation</h2>
        ${server === null ? nothing : html`<span class="lite-api-url">${server}</span>`}
        ${this.loaded ? html`<span class="lite-api-count">${count}</span>` : nothing}
        <button type="button" class="lite-api-close" aria-label="Close" @click=${() => this.close()}>×</button>
      </header>
      ${
        this.failure !== null
          ? html`<p role="alert">The API description could not be loaded: ${this.failure}</p>`
          : this.loaded === null
            ? html`<p role="status">Loading the API…</p>`
            : this.body(list, server)
      }
    </section>`;
  }

  private body(list: Endpoint[], server: string | null): TemplateResult {
    if (list.length === 0) return html`<p>This app has no named API endpoints.</p>`;
    const calling = { server, element: elementExpression(this.element.closest("gradio-lite")) };
    const intro =
      server === null
        ? html`<p class="lite-api-note">
            This app runs in this browser tab, so Python clients cannot reach it: serve it with
            <code>lite serve app.py</code> to call it from Python. A script in this page calls it so:
          </p>`
        : html`${this.tabs()}
            <p>
              Install the client (<code>${INSTALL[this.language]}</code>), then call an endpoint below, replacing the
              example values with your own.
            </p>`;
    return html`${intro}${list.map((endpoint) => this.endpoint(endpoint, calling))}`;
  }

  private tabs(): TemplateResult {
    const tab = (language: Language, name: string) =>
      html`<button
        type="button"
        role="tab"
        aria-selected=${this.language === language ? "true" : "false"}
        @click=${() => {
          this.language = language;
          this.update();
        }}
      >
        ${name}
      </button>`;
    return html`<div class="lite-api-tabs" role="tablist" aria-label="Client language">
      ${tab("python", "Python")}${tab("javascript", "JavaScript")}
    </div>`;
  }

  private endpoint(endpoint: Endpoint, calling: Calling): TemplateResult {
    const python = calling.server !== null && this.language === "python";
    const code = python ? pythonSnippet(endpoint, calling.server ?? "") : javascriptSnippet(endpoint, calling);
    const key = `${endpoint.name}:${python ? "python" : "javascript"}`;
    const feedback = this.copied === key ? "Copied!" : this.copied === `${key}:selected` ? "Selected" : "Copy";
    const { parameters, returns, description } = endpoint.info;
    return html`<article class="lite-api-endpoint" aria-label="Endpoint ${endpoint.name}">
      <h3>API name: <code class="lite-api-name">${endpoint.name}</code></h3>
      ${description ? html`<p>${description}</p>` : nothing}
      <div class="lite-api-code">
        <div class="lite-api-code-bar">
          <span>${python ? "Python" : "JavaScript"}</span>
          <button
            type="button"
            class="lite-api-copy"
            @click=${(event: Event) =>
              void this.copy(
                key,
                code,
                (event.currentTarget as HTMLElement).closest(".lite-api-code")?.querySelector("pre") ?? null,
              )}
          >
            ${feedback}
          </button>
        </div>
        <pre role="group" aria-label="${python ? "Python" : "JavaScript"} code for ${endpoint.name}"><code>${code}</code></pre>
      </div>
      <h4>Accepts ${parameters.length} parameter${parameters.length === 1 ? "" : "s"}:</h4>
      <ul class="lite-api-fields">
        ${parameters.map((p, i) => parameterRow(p, i))}
      </ul>
      <h4>Returns ${returns.length === 1 ? "1 element" : `a tuple of ${String(returns.length)} elements`}:</h4>
      <ul class="lite-api-fields">
        ${returns.map((r, i) => returnRow(r, returns.length > 1 ? i : null))}
      </ul>
    </article>`;
  }
}

function parameterRow(p: ApiParameter, i: number): TemplateResult {
  const needed = p.parameter_has_default
    ? html`Default: <code>${pythonLiteral(p.parameter_default)}</code>`
    : html`<strong>Required</strong>`;
  return html`<li>
    <code>${p.parameter_name || `[${String(i)}]`}</code> <code class="lite-api-type">${p.python_type.type}</code>
    ${needed}
    <p>The input value that is provided in the "${p.label}" ${p.component} component.</p>
  </li>`;
}

function returnRow(r: ApiReturn, i: number | null): TemplateResult {
  return html`<li>
    ${i === null ? nothing : html`<code>[${String(i)}]</code> `}<code class="lite-api-type">${r.python_type.type}</code>
    <p>The output value that appears in the "${r.label}" ${r.component} component.</p>
  </li>`;
}

/** The footer ("Use via API") and its panel, to put under the app; none when the app hides its API. */
export function apiFooter(config: AppConfig, fetch: Fetch): HTMLElement[] {
  return showsApi(config) ? [new ApiPanel(config, fetch).element] : [];
}
