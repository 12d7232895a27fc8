// Python component type -> custom element `lite-<type>`, the same name on both sides.
// Every component folder registers its element when imported; nothing here lists them.

import.meta.glob("./*/*.ts", { eager: true });

export function tagFor(type: string): string | undefined {
  const tag = `lite-${type}`;
  return customElements.get(tag) ? tag : undefined;
}
