import { defineConfig } from "vite";

// The optional service worker (src/sw/lite-sw.ts): one classic script at dist/lite-sw.js,
// beside lite.js, so that its scope covers the pages that load lite.js from there.
export default defineConfig({
  build: {
    outDir: "../dist",
    emptyOutDir: false,
    target: "es2022",
    lib: {
      entry: "src/sw/lite-sw.ts",
      formats: ["iife"],
      name: "liteServiceWorker",
      fileName: () => "lite-sw.js",
    },
  },
});
