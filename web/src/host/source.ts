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

// The element's own text: code written inline, without its child tags' text
// (<gradio-requirements> lines are not Python).
function ownText(element: Element): string {
  return Array.from(element.childNodes)
    .filter((node) => node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE)
    .map((node) => node.textContent ?? "")
    .join("");
}

// A <gradio-file url="...">, fetched relative to the page: text for code and data the
// app reads as text, bytes for everything else (images, models).
async function fetchFile(name: string, url: string): Promise<string | Uint8Array> {
  const absolute = new URL(url, document.baseURI).href;
  let response: Response;
  try {
    response = await fetch(absolute);
  } catch (e) {
    throw new Error(`<gradio-file name="${name}"> could not fetch ${absolute}: ${String(e)}`, { cause: e });
  }
  if (!response.ok) throw new Error(`<gradio-file name="${name}"> could not fetch ${absolute} (${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return name.endsWith(".py") ? new TextDecoder().decode(bytes) : bytes;
}

// The <gradio-file> whose code runs first, or null when the element's own text is the
// code (the same choice readSource makes).
function entrypointFile(element: Element): Element | null {
  const files = Array.from(element.children).filter((child) => child.tagName.toLowerCase() === "gradio-file");
  const explicit = files.filter((file) => file.hasAttribute("entrypoint")).pop();
  if (explicit) return explicit;
  return ownText(element).trim() !== "" ? null : (files[0] ?? null);
}

// Names the app's folder in the browser's storage, stable when apps are added to the
// page or reordered: the `storage-key` attribute; else where the code comes from (the
// entrypoint's URL, or the page and the element's id); else, as before ids were read,
// the page and the element's place among the page's apps (with a warning).
export function storageKey(element: Element): string {
  const given = element.getAttribute("storage-key");
  if (given !== null) return given;
  const url = entrypointFile(element)?.getAttribute("url");
  if (url) return new URL(url, document.baseURI).href;
  if (element.id) return `${location.pathname}#id=${element.id}`;
  const index = [...document.querySelectorAll("gradio-lite")].indexOf(element);
  console.warn(
    `Lite: this <gradio-lite> app's stored files are keyed by its place on the page (app ${String(index + 1)}): ` +
      "reordering apps will mix their stored files. Give it an id or a storage-key attribute.",
  );
  return `${location.pathname}#${String(Math.max(0, index))}`;
}

export async function readSource(element: HTMLElement, storageKey: string): Promise<AppSource> {
  const files: Record<string, string | Uint8Array> = {};
  let entrypoint = "";
  let explicit = false;
  const requirements: string[] = [];
  const fetches: Promise<void>[] = [];
  for (const child of Array.from(element.children)) {
    const tag = child.tagName.toLowerCase();
    if (tag === "gradio-file") {
      const name = child.getAttribute("name");
      if (!name) throw new Error('<gradio-file> needs a name="..." attribute');
      const url = child.getAttribute("url");
      if (url) fetches.push(fetchFile(name, url).then((content) => void (files[name] = content)));
      else files[name] = dedent(child.textContent);
      if (child.hasAttribute("entrypoint")) explicit = true;
      if (child.hasAttribute("entrypoint") || !entrypoint) entrypoint = name;
    } else if (tag === "gradio-requirements") {
      const lines = dedent(child.textContent)
        .split("\n")
        .map((r) => r.trim());
      requirements.push(...lines.filter((r) => r && !r.startsWith("#")));
    }
  }
  const inline = ownText(element);
  if (inline.trim() !== "" && !explicit) {
    // Inline code is the entrypoint, beside any <gradio-file> it imports.
    entrypoint = "app.py";
    files[entrypoint] = dedent(inline);
  }
  await Promise.all(fetches);
  if (!entrypoint)
    throw new Error("This <gradio-lite> element has no code: write it inside the tag or in a <gradio-file>.");
  return { files, entrypoint, requirements, storage_key: storageKey };
}
