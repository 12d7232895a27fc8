import { defineConfig } from "vitest/config";

// Unit tests of the front end's pure modules. They run under Node; a file that needs a
// DOM says so with a `// @vitest-environment happy-dom` comment.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
