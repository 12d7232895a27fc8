// Compiles a Python source tree to .pyc for Pyodide's CPython 3.12, inside Pyodide
// itself (the host's Python is 3.11, whose bytecode Pyodide cannot load).
// Usage: node build_scripts/compile_pyc.mjs <dir>   (writes x.pyc beside each x.py)
// The .pyc sit beside their sources (the layout zipimport reads) and are unchecked-hash:
// valid whatever the files' mtimes.

import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const indexURL = path.join(here, "..", "web", "node_modules", "pyodide") + path.sep;
const { loadPyodide } = await import(path.join(indexURL, "pyodide.mjs"));

const target = path.resolve(process.argv[2]);
const pyodide = await loadPyodide({ indexURL });
pyodide.FS.mkdirTree("/target");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: target }, "/target");
const ok = pyodide.runPython(`
import compileall, py_compile
compileall.compile_dir("/target", quiet=1, legacy=True, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
`);
if (!ok) {
  console.error(`compile_pyc: ${target} has files that do not compile`);
  process.exit(1);
}
