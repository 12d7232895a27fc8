// The packages an app needs: those its code imports and those its <gradio-requirements> list.
//
// A requirement that Pyodide's lock knows (its official packages, the wheels vendored
// into dist/ at build time) loads from the lock, checked against its sha256. Any other
// goes to micropip, which needs the page to be online (PyPI). A package that cannot be
// had is named, with what was tried.

import type { PyodideInterface } from "pyodide";
import type { PyProxy } from "pyodide/ffi";
import type { Lock } from "./core-wheel";

// PEP 503: the lock's keys are normalized names.
export function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

// The distribution a requirement line names ("humanize>=4", "Pillow[extra]; python_version>'3'").
export function requirementName(line: string): string | null {
  const match = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(line);
  return match && !/^\w+:\/\//.test(line) && !line.trim().endsWith(".whl") ? match[1] : null;
}

export async function loadAppPackages(
  pyodide: PyodideInterface,
  lock: Lock,
  files: Record<string, string | Uint8Array>,
  requirements: string[],
): Promise<void> {
  const fromLock: string[] = [];
  const fromIndex: string[] = [];
  for (const line of requirements) {
    const name = requirementName(line);
    if (name && normalize(name) in lock.packages) fromLock.push(normalize(name));
    else fromIndex.push(line);
  }
  const errors: string[] = [];
  const options = { messageCallback: () => undefined, errorCallback: (m: string) => errors.push(m) };
  const sources = Object.entries(files).filter(([name, text]) => name.endsWith(".py") && typeof text === "string");
  for (const [, source] of sources) await pyodide.loadPackagesFromImports(source as string, options);
  if (fromLock.length > 0) await pyodide.loadPackage(fromLock, options);
  if (errors.length > 0) {
    throw new Error(`Could not load the app's packages from the runtime (pyodide-lock.json):\n${errors.join("\n")}`);
  }
  if (fromIndex.length > 0) await installFromIndex(pyodide, lock, fromIndex, options);
}

async function installFromIndex(
  pyodide: PyodideInterface,
  lock: Lock,
  requirements: string[],
  options: { messageCallback: () => void },
): Promise<void> {
  await pyodide.loadPackage("micropip", options);
  const micropip = pyodide.pyimport("micropip") as PyProxy & { install(r: unknown): Promise<void> };
  try {
    await micropip.install(pyodide.toPy(requirements));
  } catch (e) {
    const said = e instanceof Error ? e.message.trim().split("\n").slice(-1)[0] : String(e);
    throw new Error(
      `Could not install ${requirements.join(", ")}.\n` +
        `Tried: the runtime's ${Object.keys(lock.packages).length} packages (pyodide-lock.json, ` +
        `wheels vendored at build time included), then PyPI through micropip: ${said}\n` +
        "For a site that works offline, vendor the package at build time: " +
        "python -m build_scripts.build --requirements requirements.txt",
      { cause: e },
    );
  } finally {
    micropip.destroy();
  }
}
