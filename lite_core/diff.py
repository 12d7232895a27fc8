"""Edits that turn one output value into the next (sse_v3's process_generating diffs).

Each edit is [action, path, value] with action "replace", "append" (strings that
grew), "add" or "delete" (list items, dict keys). Applied in order they rebuild the
new value; deletes of list items come last-index-first so that applying them one by
one never shifts an index still to come.
"""

from __future__ import annotations

from typing import Any

Edit = list[Any]


def diff(old: Any, new: Any, path: list[Any] | None = None) -> list[Edit]:
    path = path or []
    if old == new and type(old) is type(new):
        return []
    if type(old) is not type(new):
        return [["replace", path, new]]
    if isinstance(old, str):
        return [["append", path, new[len(old) :]]] if new.startswith(old) else [["replace", path, new]]
    if isinstance(old, list):
        return _diff_lists(old, new, path)
    if isinstance(old, dict):
        edits: list[Edit] = []
        for key in old:
            edits += diff(old[key], new[key], [*path, key]) if key in new else [["delete", [*path, key], None]]
        edits += [["add", [*path, key], value] for key, value in new.items() if key not in old]
        return edits
    return [["replace", path, new]]


def _diff_lists(old: list[Any], new: list[Any], path: list[Any]) -> list[Edit]:
    common = min(len(old), len(new))
    edits: list[Edit] = []
    for i in range(common):
        edits += diff(old[i], new[i], [*path, i])
    edits += [["delete", [*path, i], None] for i in range(len(old) - 1, common - 1, -1)]
    edits += [["add", [*path, i], new[i]] for i in range(common, len(new))]
    return edits


def apply(value: Any, edits: list[Edit]) -> Any:
    """The inverse, used by tests and by Python clients."""
    for action, path, item in edits:
        if not path:
            value = value + item if action == "append" else item
            continue
        parent = value
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        if action == "replace":
            parent[key] = item
        elif action == "append":
            parent[key] += item
        elif action == "add":
            if isinstance(parent, list):
                parent.insert(key, item)
            else:
                parent[key] = item
        elif action == "delete":
            del parent[key]
    return value
