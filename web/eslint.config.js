// ESLint for web/: typescript-eslint's strict type-checked rules plus Lit's template checks.
// Formatting is Prettier's job (npm run format:check); nothing here overlaps with it.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import lit from "eslint-plugin-lit";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["node_modules/", "dist/", "src/protocol.gen.ts"]),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  lit.configs["flat/recommended"],
  {
    languageOptions: {
      parserOptions: {
        // The config files sit outside tsconfig's "include": check them with default options.
        projectService: {
          allowDefaultProject: ["eslint.config.js", "vite.config.ts", "vite.sw.config.ts", "vitest.config.ts"],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Lit binds `@event=${this.onX}` listeners to the host element, so methods passed
      // to templates are not unbound.
      "@typescript-eslint/unbound-method": "off",
      // House style for void calls: `(e) => this.onX(e)`, `void promise`, and
      // `if (failed) return this.fail(...)` inside a function that returns nothing.
      "@typescript-eslint/no-confusing-void-expression": [
        "error",
        { ignoreArrowShorthand: true, ignoreVoidOperator: true, ignoreVoidReturningFunctions: true },
      ],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // As tsc's noUnusedParameters: a leading underscore marks a deliberately unused name.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  { files: ["**/*.js"], extends: [tseslint.configs.disableTypeChecked] },
);
