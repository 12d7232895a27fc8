// Reads an app from a <gradio-lite> element: inline code, <gradio-file>, <gradio-requirements>.

import type { AppSource } from "../worker/messages";

// Removes the indentation that the HTML around the code added.
export function dedent(text: string): string {
  const lines = text.replace(/\t/g, "    ").split("\n");
  while (lines.length && lines[0].trim() === "") lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
  const indents = lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common)).join("\n") + "\n";
}

export function readSource(element: HTMLElement): AppSource {
  const files: Record<string, string> = {};
  let entrypoint = "";
  const requirements: string[] = [];
  for (const child of Array.from(element.children)) {
    const tag = child.tagName.toLowerCase();
    if (tag === "gradio-file") {
      const name = child.getAttribute("name");
      if (!name) throw new Error('<gradio-file> needs a name="..." attribute');
      files[name] = dedent(child.textContent ?? "");
      if (child.hasAttribute("entrypoint") || !entrypoint) entrypoint = name;
    } else if (tag === "gradio-requirements") {
      requirements.push(...dedent(child.textContent ?? "").split("\n").map((r) => r.trim()).filter((r) => r && !r.startsWith("#")));
    }
  }
  if (!entrypoint) {
    entrypoint = "app.py";
    files[entrypoint] = dedent(element.textContent ?? "");
  }
  return { files, entrypoint, requirements, storage_key: storageKey(element) };
}

// The page's path and the element's place among the page's apps: stable across reloads,
// distinct for two apps on one origin.
function storageKey(element: HTMLElement): string {
  const index = [...document.querySelectorAll("gradio-lite")].indexOf(element);
  return `${location.pathname}#${Math.max(0, index)}`;
}
