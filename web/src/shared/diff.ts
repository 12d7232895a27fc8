// Applies sse_v3 edits ([action, path, value], see lite_core/diff.py) to a value.
// Copy on write: the containers along each edit's path are new objects, so a component
// that compares its value by identity sees every yield of a generator as a change.

type Edit = [string, (string | number)[], unknown];
type Container = Record<string | number, unknown>;

export function applyEdits(value: unknown, edits: Edit[]): unknown {
  for (const [action, path, item] of edits) value = applyEdit(value, action, path, item);
  return value;
}

function applyEdit(value: unknown, action: string, path: (string | number)[], item: unknown): unknown {
  if (path.length === 0) return action === "append" ? String(value) + String(item) : item;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Container) }) as Container;
  const [key, ...rest] = path;
  if (rest.length > 0) {
    copy[key] = applyEdit(copy[key], action, rest, item);
    return copy;
  }
  if (action === "replace") copy[key] = item;
  else if (action === "append") copy[key] = String(copy[key]) + String(item);
  else if (action === "add") {
    if (Array.isArray(copy)) copy.splice(key as number, 0, item);
    else copy[key] = item;
  } else if (action === "delete") {
    if (Array.isArray(copy)) copy.splice(key as number, 1);
    else Reflect.deleteProperty(copy, key);
  }
  return copy;
}
