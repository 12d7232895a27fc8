// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { ApiInfo, AppConfig, DependencyConfig } from "../src/protocol.gen";
import {
  apiFooter,
  endpoints,
  javascriptSnippet,
  pythonLiteral,
  pythonSnippet,
  serverUrl,
  type Endpoint,
} from "../src/shared/api-panel";

const info: ApiInfo = {
  named_endpoints: {
    "/predict": {
      parameters: [
        {
          label: "name",
          parameter_name: "name",
          parameter_has_default: false,
          parameter_default: null,
          type: { type: "string" },
          python_type: { type: "str", description: "" },
          component: "Textbox",
          example_input: "Hello!!",
        },
        {
          label: "intensity",
          parameter_name: "intensity",
          parameter_has_default: true,
          parameter_default: 2,
          type: { type: "number" },
          python_type: { type: "float", description: "" },
          component: "Slider",
          example_input: 1,
        },
      ],
      returns: [
        {
          label: "output",
          type: { type: "string" },
          python_type: { type: "str", description: "" },
          component: "Textbox",
        },
      ],
      show_api: true,
      description: "",
    },
  },
  unnamed_endpoints: {},
};
const predict: Endpoint = { name: "/predict", info: info.named_endpoints["/predict"] };

function dependency(id: number, api_name: string, show_api: boolean): DependencyConfig {
  return { id, api_name, show_api } as DependencyConfig;
}

function config(extra: Partial<AppConfig> = {}): AppConfig {
  return { root: "", show_api: true, dependencies: [dependency(0, "predict", true)], ...extra } as AppConfig;
}

describe("snippets", () => {
  it("calls an endpoint from Python with its parameters by name", () => {
    expect(pythonSnippet(predict, "https://example.org/app/")).toBe(
      [
        "from gradio_client import Client",
        "",
        'client = Client("https://example.org/app/")',
        "result = client.predict(",
        '    name="Hello!!",',
        "    intensity=2,",
        '    api_name="/predict",',
        ")",
        "print(result)",
      ].join("\n"),
    );
  });

  it("connects @gradio/client to a served app, or uses the page's element", () => {
    const served = javascriptSnippet(predict, { server: "https://example.org/", element: "" });
    expect(served).toContain('import { Client } from "@gradio/client";');
    expect(served).toContain('const client = await Client.connect("https://example.org/");');
    expect(served).toContain(
      'const result = await client.predict("/predict", {\n  name: "Hello!!",\n  intensity: 2,\n});',
    );
    const inPage = javascriptSnippet(predict, { server: null, element: 'document.querySelector("gradio-lite")' });
    expect(inPage.split("\n")[0]).toBe('const client = await document.querySelector("gradio-lite").client();');
    expect(inPage).not.toContain("import");
  });

  it("writes values as Python source", () => {
    expect(pythonLiteral(null)).toBe("None");
    expect(pythonLiteral([true, false, 1.5, 'say "hi"'])).toBe('[True, False, 1.5, "say \\"hi\\""]');
    expect(pythonLiteral({ url: "https://x/a.png", meta: { _type: "gradio.FileData" } })).toBe(
      'handle_file("https://x/a.png")',
    );
  });
});

describe("which endpoints, and where", () => {
  it("leaves out endpoints hidden from the API", () => {
    const two: ApiInfo = {
      ...info,
      named_endpoints: { ...info.named_endpoints, "/hush": { ...predict.info, show_api: false } },
    };
    expect(endpoints(two, config()).map((e) => e.name)).toEqual(["/predict"]);
    const hidden = config({ dependencies: [dependency(0, "predict", false)] });
    expect(endpoints(info, hidden)).toEqual([]);
  });

  it("knows the app's URL only when a server serves it", () => {
    expect(serverUrl(config())).toBeNull();
    expect(serverUrl(config({ root: "./" }))).toBeNull();
    expect(serverUrl(config({ root: "http://127.0.0.1:7860" }))).toBe("http://127.0.0.1:7860/");
  });
});

describe("footer and panel", () => {
  const fetch = () => Promise.resolve(new Response(JSON.stringify(info)));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it("has no link when the app is launched with show_api=False", () => {
    expect(apiFooter(config({ show_api: false }), fetch)).toEqual([]);
    expect(apiFooter(config(), fetch)).toHaveLength(1);
  });

  it("switches a served app's snippet between Python and JavaScript", async () => {
    const [footer] = apiFooter(config({ root: "https://example.org/" }), fetch);
    document.body.append(footer);
    footer.querySelector<HTMLButtonElement>(".lite-show-api")?.click();
    await settle();
    const code = () => footer.querySelector("pre")?.textContent ?? "";
    expect(code()).toContain('client = Client("https://example.org/")');
    const tabs = [...footer.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs.map((t) => t.textContent.trim())).toEqual(["Python", "JavaScript"]);
    tabs[1].click();
    expect(code()).toContain('await Client.connect("https://example.org/")');
    footer.querySelector<HTMLButtonElement>(".lite-api-close")?.click();
    expect(footer.querySelector(".lite-api")).toBeNull();
    footer.remove();
  });
});
