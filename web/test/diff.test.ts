import { describe, expect, it } from "vitest";
import { applyEdits } from "../src/shared/diff";

type Edits = Parameters<typeof applyEdits>[1];

// Freezes a value all the way down: writing into it then throws (modules are strict).
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

describe("applyEdits", () => {
  it("replaces or appends to a whole value (empty path)", () => {
    expect(applyEdits("Hel", [["append", [], "lo"]])).toBe("Hello");
    expect(applyEdits(3, [["replace", [], 4]])).toBe(4);
    expect(applyEdits("old", [["replace", [], ["new"]]])).toEqual(["new"]);
  });

  it("applies lite_core.diff's edits for a chatbot's next yield", () => {
    // diff([["hi", "Hel"]], [["hi", "Hello"], ["more", None]]) in lite_core/diff.py
    const edits: Edits = [
      ["append", [0, 1], "lo"],
      ["add", [1], ["more", null]],
    ];
    expect(applyEdits([["hi", "Hel"]], edits)).toEqual([
      ["hi", "Hello"],
      ["more", null],
    ]);
  });

  it("applies replace, delete, append and add in dicts and nested lists", () => {
    // diff({"a": 1, "b": [1, 2, 3, 4], "c": "x"}, {"a": 2, "b": [1, 2], "d": {"e": 1}, "c": "xy"})
    const edits: Edits = [
      ["replace", ["a"], 2],
      ["delete", ["b", 3], null],
      ["delete", ["b", 2], null],
      ["append", ["c"], "y"],
      ["add", ["d"], { e: 1 }],
    ];
    expect(applyEdits({ a: 1, b: [1, 2, 3, 4], c: "x" }, edits)).toEqual({ a: 2, b: [1, 2], c: "xy", d: { e: 1 } });
  });

  it("inserts into a list at the index and deletes dict keys", () => {
    expect(applyEdits([1, 3], [["add", [1], 2]])).toEqual([1, 2, 3]);
    expect(applyEdits({ keep: 1, drop: 2 }, [["delete", ["drop"], null]])).toEqual({ keep: 1 });
    expect(applyEdits({ rows: [[0], [1, 2]] }, [["delete", ["rows", 1, 0], null]])).toEqual({ rows: [[0], [2]] });
  });

  it("copies on write: the previous value is left as it was, and changed containers are new", () => {
    const previous = deepFreeze({ data: [["hi", "Hel"]], headers: ["q", "a"], meta: { n: 1 } });
    const snapshot = structuredClone(previous);
    const edits: Edits = [
      ["append", ["data", 0, 1], "lo"],
      ["add", ["data", 1], ["more", null]],
      ["delete", ["headers", 1], null],
      ["replace", ["meta", "n"], 2],
    ];
    const next = applyEdits(previous, edits) as typeof previous;
    expect(previous).toEqual(snapshot);
    expect(next).toEqual({
      data: [
        ["hi", "Hello"],
        ["more", null],
      ],
      headers: ["q"],
      meta: { n: 2 },
    });
    expect(next).not.toBe(previous);
    expect(next.data).not.toBe(previous.data);
    expect(next.data[0]).not.toBe(previous.data[0]);
    expect(next.meta).not.toBe(previous.meta);
  });
});
