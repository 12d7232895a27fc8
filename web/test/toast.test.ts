// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Toasts } from "../src/shared/toast";

describe("Toasts", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const shown = (toasts: Toasts) => [...toasts.element.querySelectorAll(".lite-toast")];

  it("shows the newest first, errors and warnings as alerts, others as statuses", () => {
    const toasts = new Toasts();
    toasts.show("info", "Info", "first", 10, 1);
    toasts.show("error", "Error", "second", null, 1);
    expect(shown(toasts).map((t) => [t.getAttribute("role"), t.textContent])).toEqual([
      ["alert", "Error second"],
      ["status", "Info first"],
    ]);
  });

  it("closes with its button, and by itself after its duration only when it has one", () => {
    const toasts = new Toasts();
    const stays = toasts.show("error", "Error", "stays", null, 1);
    toasts.show("info", "Info", "goes", 1, 1);
    vi.advanceTimersByTime(1000);
    expect(shown(toasts)).toEqual([stays]);
    const close = stays.querySelector("button");
    expect(close?.getAttribute("aria-label")).toBe("Close");
    close?.click();
    expect(shown(toasts)).toEqual([]);
  });

  it("takes away only the toasts of the event that runs again", () => {
    const toasts = new Toasts();
    toasts.show("warning", "Warning", "of 1", null, 1);
    const other = toasts.show("warning", "Warning", "of 2", null, 2);
    toasts.clear(1);
    expect(shown(toasts)).toEqual([other]);
  });
});
