// Pyodide started with lite_core on its path: the steps the runtime and the snapshot maker share.

import type { PyodideInterface } from "pyodide";
import type { PostToHost } from "./messages";
import { OutputBatcher } from "./output";

export interface PyodideModule {
  loadPyodide(options: Record<string, unknown>): Promise<PyodideInterface>;
}

export function importPyodide(runtimeUrl: string): Promise<PyodideModule> {
  return import(/* @vite-ignore */ `${runtimeUrl}pyodide.mjs`) as Promise<PyodideModule>;
}

// `options`: more of loadPyodide's (a snapshot to restore, or to make one later).
export async function startPython(
  module: PyodideModule,
  runtimeUrl: string,
  post: PostToHost,
  options: Record<string, unknown>,
): Promise<PyodideInterface> {
  const pyodide = await module.loadPyodide({ indexURL: runtimeUrl, ...options });
  // Bytes as Python writes them, batched (./output.ts): a line-per-message `stdout` floods the page.
  const output = new OutputBatcher(post);
  pyodide.setStdout(output.writer("log"));
  pyodide.setStderr(output.writer("error"));
  return pyodide;
}

// The wheel is imported from where it lies (zipimport). A restored runtime has it on its
// path already, and its zip directory read: only the file, which the snapshot lacks, goes back.
export function putCoreWheel(
  pyodide: PyodideInterface,
  wheel: { name: string; data: Uint8Array },
  { restored = false } = {},
): void {
  const path = `/lib/${wheel.name}`;
  pyodide.FS.writeFile(path, wheel.data);
  if (!restored) pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(path)})`);
}
