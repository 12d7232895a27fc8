// Makes this browser's start-up snapshot (see ./snapshot.ts), in a worker of its own that
// the page starts once its first app is ready and ends when the snapshot is stored.
//
// Pyodide can snapshot only a runtime booted for it, whose `js` module wraps the worker's
// globals in proxies that many browser APIs refuse (`navigator.language` throws "Illegal
// invocation"): no app ever runs in it. Restored elsewhere, `js` is the real globals again.

import type { PyProxy } from "pyodide/ffi";
import { fetchCoreWheel, fetchLock } from "./core-wheel";
import type { PostToHost } from "./messages";
import { storeSnapshot } from "./snapshot";
import { importPyodide, putCoreWheel, startPython } from "./start-python";

export async function makeSnapshot(runtimeUrl: string, post: PostToHost): Promise<void> {
  try {
    const module = importPyodide(runtimeUrl);
    const lock = await fetchLock(runtimeUrl);
    const wheel = fetchCoreWheel(runtimeUrl, lock);
    const pyodide = await startPython(await module, runtimeUrl, post, { _makeSnapshot: true });
    putCoreWheel(pyodide, await wheel);
    // What starts need, and every block an app may ask for: imported here once, not per visit.
    pyodide.pyimport("lite_core._pyodide.bridge");
    (pyodide.pyimport("lite_core._pyodide.snapshot") as PyProxy & { warm(): void }).warm();
    const bytes = pyodide.makeMemorySnapshot();
    await storeSnapshot(runtimeUrl, { bytes, wheel_sha256: lock.packages["lite-core"]?.sha256 ?? "" });
    post({ type: "snapshot:made", error: null });
  } catch (e) {
    post({ type: "snapshot:made", error: e instanceof Error ? e.message : String(e) });
  }
}
