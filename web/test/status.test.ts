// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RunStatus, showEmpty } from "../src/shared/status";

describe("RunStatus", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "performance"] }));
  afterEach(() => vi.useRealTimers());

  const meta = (host: HTMLElement) => host.querySelector(".lite-status-meta")?.textContent;

  it("counts the time, with the ETA when earlier runs give one, then goes", () => {
    const [a, b] = [document.createElement("div"), document.createElement("div")];
    const status = new RunStatus([a, b], "full", 3.4);
    expect(meta(a)).toBe("processing | 0.0/3.4s");
    vi.advanceTimersByTime(1200);
    expect(meta(b)).toBe("processing | 1.2/3.4s");
    status.end();
    expect(a.children.length + b.children.length).toBe(0);
  });

  it("shows the queue position while the event waits", () => {
    const host = document.createElement("div");
    const status = new RunStatus([host], "minimal", null);
    status.queued(2, 5, null);
    expect(meta(host)).toBe("queue: 3/5 | 0.0s");
    status.starts(null);
    expect(meta(host)).toBe("processing | 0.0s");
  });

  it("draws gr.Progress as a bar with its text", () => {
    const host = document.createElement("div");
    const status = new RunStatus([host], "full", null);
    status.progress([{ index: 2, length: 5, unit: "steps", progress: null, desc: "Working" }]);
    const bar = host.querySelector('[role="progressbar"]');
    expect(bar?.textContent).toBe("Working 2/5 steps");
    expect(bar?.getAttribute("aria-valuenow")).toBe("0.4");
    expect(meta(host)).toBe("2/5 steps | 0.0s");
  });

  it("draws nothing for show_progress='hidden'", () => {
    const host = document.createElement("div");
    new RunStatus([host], "hidden", null).end();
    expect(host.children.length).toBe(0);
  });
});

describe("showEmpty", () => {
  const output = (tag: string, value: unknown, interactive: boolean) =>
    Object.assign(document.createElement(tag), { value, props: { interactive } });

  it("puts an icon on an output-only media component that holds nothing, until it holds something", () => {
    const image = output("lite-image", null, false);
    showEmpty(image);
    showEmpty(image);
    expect(image.querySelectorAll(".lite-empty svg").length).toBe(1);
    image.value = { path: "a.png" };
    showEmpty(image);
    expect(image.querySelector(".lite-empty")).toBeNull();
  });

  it("leaves inputs and other components alone", () => {
    const gallery = output("lite-gallery", [], true);
    const textbox = output("lite-textbox", null, false);
    showEmpty(gallery);
    showEmpty(textbox);
    expect(gallery.children.length + textbox.children.length).toBe(0);
  });
});
