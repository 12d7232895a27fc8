import { defineConfig } from "vite";

// lite.js + lite.css + one worker chunk; the Pyodide runtime is vendored beside them
// by build_scripts, so nothing here bundles or rewrites it.
export default defineConfig({
  // Every URL in the bundle is relative to lite.js, so dist/ works under any path.
  base: "./",
  build: {
    outDir: "../dist",
    emptyOutDir: false,
    target: "es2022",
    lib: {
      entry: "src/lite.ts",
      formats: ["es"],
      fileName: () => "lite.js",
      cssFileName: "lite",
    },
    rollupOptions: {
      external: [/pyodide\.mjs$/],
    },
  },
  worker: {
    format: "es",
  },
});
