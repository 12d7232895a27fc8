// Vite's client types: `import.meta.glob` and `?worker&url` imports.
/// <reference types="vite/client" />
