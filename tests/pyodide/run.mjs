// @ts-check
// Runs lite_core's pytest suite (tests/, as on CPython) inside the real Pyodide 0.27.7
// of dist/pyodide/ under Node, offline: lite_core's `sys.platform == "emscripten"`
// branches (no threads, the WebLoop) only run there.
//
//   node tests/pyodide/run.mjs [pytest options and paths]
//
// Needs dist/ built and the wheels of tests/pyodide/requirements.txt downloaded into
// .cache/pyodide-tests/ (scripts/test.sh does both). The Python half is bootstrap.py.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const runtime = `${resolve(repo, "dist/pyodide")}/`;
const wheels = resolve(repo, ".cache/pyodide-tests");
// The suite blocks on asyncio loops (run_until_complete, asyncio.run), which Pyodide's
// WebLoop can only do with JS Promise Integration. Node 20 (V8 11.3) has the old JSPI
// API, which Pyodide 0.27 supports, behind this V8 flag; it cannot be set once running.
const JSPI_FLAG = "--experimental-wasm-stack-switching";

/** @returns {boolean} */
function hasJspi() {
  return "Suspender" in WebAssembly || "Suspending" in WebAssembly;
}

/** Runs this script again in a Node with JSPI switched on; returns its exit code. */
function rerunWithJspi() {
  if (process.execArgv.includes(JSPI_FLAG)) {
    console.error(`node ${process.version} has no JS Promise Integration, even with ${JSPI_FLAG}`);
    return 1;
  }
  const argv = [JSPI_FLAG, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  return spawnSync(process.execPath, argv, { stdio: "inherit" }).status ?? 1;
}

/** @param {string[]} args pytest's arguments @returns {Promise<number>} the exit code */
async function run(args) {
  if (!existsSync(`${runtime}pyodide-lock.json`)) {
    console.error(`no runtime in ${runtime}: build first (python -m build_scripts.build)`);
    return 1;
  }
  const started = Date.now();
  const { loadPyodide } = await import(pathToFileURL(`${runtime}pyodide.mjs`).href);
  const pyodide = await loadPyodide({ indexURL: runtime, enableRunUntilComplete: true });
  // The work tree at its own path: tracebacks and `__file__`-relative paths read as on the host.
  pyodide.FS.mkdirTree(repo);
  pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: repo }, repo);
  console.log(`Pyodide ${pyodide.version} booted in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(here)})`);
  const bootstrap = pyodide.pyimport("bootstrap");
  try {
    // Awaiting a Python coroutine from JS runs it as a task that may suspend (JSPI).
    const status = Number(await bootstrap.main(repo, wheels, args));
    if (status === 5) console.error("pytest collected no tests inside Pyodide: that is a failure here");
    return status === 5 ? 1 : status;
  } catch (error) {
    // A Python exception (missing wheels, say): its traceback, not the runtime's source.
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

process.exit(hasJspi() ? await run(process.argv.slice(2)) : rerunWithJspi());
