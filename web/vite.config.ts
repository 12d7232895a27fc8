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
      // Lazy chunks (the official client's) import shared code from lite.js itself: the
      // entry may export more than lite.ts does, rather than split into a second file
      // that every page would wait for.
      preserveEntrySignatures: "allow-extension",
    },
  },
  worker: {
    format: "es",
  },
});
