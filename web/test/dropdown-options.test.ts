// What a Dropdown's list offers as the user types, and where the arrow keys take its
// highlight.

import { describe, expect, it } from "vitest";
import { matching, nextActive, typedValue } from "../src/components/dropdown/options";

const CHOICES: [string, string | number][] = [
  ["France", "fr"],
  ["Japan", "jp"],
  ["Peru", "pe"],
  ["New Zealand", 64],
];

describe("matching", () => {
  it("offers every choice before anything is typed", () => {
    expect(matching(CHOICES, "")).toEqual([0, 1, 2, 3]);
  });

  it("keeps the names holding the text, whatever its case, in the choices' order", () => {
    expect(matching(CHOICES, "AN")).toEqual([0, 1, 3]);
    expect(matching(CHOICES, "zeal")).toEqual([3]);
    expect(matching(CHOICES, "e")).toEqual([0, 2, 3]);
  });

  it("matches names, not values", () => {
    expect(matching(CHOICES, "jp")).toEqual([]);
    expect(matching(CHOICES, "64")).toEqual([]);
  });

  it("offers nothing when no name holds the text", () => {
    expect(matching(CHOICES, "xyz")).toEqual([]);
  });

  it("offers every choice when the Dropdown is not filterable", () => {
    expect(matching(CHOICES, "xyz", false)).toEqual([0, 1, 2, 3]);
  });
});

describe("nextActive", () => {
  it("starts at the first with ArrowDown and at the last with ArrowUp", () => {
    expect(nextActive([1, 3], null, "ArrowDown")).toBe(1);
    expect(nextActive([1, 3], null, "ArrowUp")).toBe(3);
  });

  it("moves through the offered choices only, wrapping round", () => {
    expect(nextActive([0, 2, 3], 0, "ArrowDown")).toBe(2);
    expect(nextActive([0, 2, 3], 3, "ArrowDown")).toBe(0);
    expect(nextActive([0, 2, 3], 0, "ArrowUp")).toBe(3);
  });

  it("starts over when the highlighted choice is no longer offered", () => {
    expect(nextActive([2, 3], 1, "ArrowDown")).toBe(2);
  });

  it("highlights nothing when nothing is offered", () => {
    expect(nextActive([], 1, "ArrowDown")).toBeNull();
  });
});

describe("typedValue", () => {
  it("takes a choice's name for its value", () => {
    expect(typedValue(CHOICES, "New Zealand")).toBe(64);
  });

  it("takes any other text as it is", () => {
    expect(typedValue(CHOICES, "Chile")).toBe("Chile");
    expect(typedValue(CHOICES, "japan")).toBe("japan");
  });
});
