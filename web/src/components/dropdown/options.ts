// What a Dropdown's list offers and where its highlight goes: pure functions, so that
// they can be tested without a page.

export type Choice = string | number;

// The indices of the choices whose name holds `text` (ignoring case), in their order;
// every choice when there is no text or the Dropdown is not filterable.
export function matching(choices: readonly (readonly [string, Choice])[], text: string, filterable = true): number[] {
  const needle = filterable ? text.toLowerCase() : "";
  return choices.flatMap(([name], i) => (name.toLowerCase().includes(needle) ? [i] : []));
}

// The choice an arrow key highlights next among `shown` (wrapping round at either end):
// from nothing, ArrowDown starts at the first and ArrowUp at the last.
export function nextActive(
  shown: readonly number[],
  active: number | null,
  key: "ArrowDown" | "ArrowUp",
): number | null {
  if (shown.length === 0) return null;
  const step = key === "ArrowDown" ? 1 : -1;
  const at = active === null ? -1 : shown.indexOf(active);
  if (at < 0) return step > 0 ? shown[0] : shown[shown.length - 1];
  return shown[(at + step + shown.length) % shown.length];
}

// The value a typed text stands for: the value of the choice of that name, else the text.
export function typedValue(choices: readonly (readonly [string, Choice])[], text: string): Choice {
  const named = choices.find(([name]) => name === text);
  return named ? named[1] : text;
}
