// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { colorScheme, cssName, scopedCss, themeSheet } from "../src/shared/theme";

describe("the app's theme as CSS", () => {
  it("names variables as Gradio's CSS does", () => {
    expect(cssName("button_primary_background_fill")).toBe("--button-primary-background-fill");
  });

  it("sets light values on the app's element and dark ones under a dark class", () => {
    const sheet = themeSheet(
      { theme_vars: { light: { body_text_color: "#111" }, dark: { body_text_color: "#eee" } } },
      "7",
    );
    expect(sheet).toContain('[data-lite-theme="7"] { --body-text-color: #111; }');
    expect(sheet).toContain('.dark [data-lite-theme="7"], [data-lite-theme="7"].dark { --body-text-color: #eee; }');
  });

  it("keeps a value from closing its rule", () => {
    const sheet = themeSheet({ theme_vars: { light: { x: "red; } body { color: red" }, dark: {} } }, "1");
    expect(sheet).not.toContain("} body");
  });

  it("scopes css= to the app", () => {
    expect(scopedCss("#out { color: red }", "3")).toBe('@scope ([data-lite-theme="3"]) {\n#out { color: red }\n}');
  });
});

describe("light or dark", () => {
  it("takes ?__theme= first, then the element's theme attribute", () => {
    const host = document.createElement("gradio-lite");
    host.setAttribute("theme", "dark");
    const inner = document.createElement("div");
    host.append(inner);
    expect(colorScheme(inner, "?__theme=light")).toBe("light");
    expect(colorScheme(inner, "")).toBe("dark");
    host.setAttribute("theme", "light");
    expect(colorScheme(inner, "?__theme=dark")).toBe("dark");
    expect(colorScheme(inner, "")).toBe("light");
  });
});
