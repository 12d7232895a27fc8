// Applies sse_v3 edits ([action, path, value], see lite_core/diff.py) to a value.

type Edit = [string, (string | number)[], unknown];
type Container = Record<string | number, unknown>;

export function applyEdits(value: unknown, edits: Edit[]): unknown {
  for (const [action, path, item] of edits) {
    if (path.length === 0) {
      value = action === "append" ? String(value) + String(item) : item;
      continue;
    }
    let parent = value as Container;
    for (const key of path.slice(0, -1)) parent = parent[key] as Container;
    const key = path[path.length - 1];
    if (action === "replace") parent[key] = item;
    else if (action === "append") parent[key] = String(parent[key]) + String(item);
    else if (action === "add") {
      if (Array.isArray(parent)) (parent as unknown[]).splice(key as number, 0, item);
      else parent[key] = item;
    } else if (action === "delete") {
      if (Array.isArray(parent)) (parent as unknown[]).splice(key as number, 1);
      else delete parent[key];
    }
  }
  return value;
}
