import { describe, expect, it } from "vitest";
import type { WorkerToHost } from "../src/worker/messages";
import { OutputBatcher } from "../src/worker/output";

const bytes = (text: string) => new TextEncoder().encode(text);

function batcher(): { out: OutputBatcher; posted: WorkerToHost[] } {
  const posted: WorkerToHost[] = [];
  return {
    out: new OutputBatcher(
      (m) => posted.push(m),
      () => 0,
    ),
    posted,
  };
}

describe("OutputBatcher", () => {
  it("posts one message per run of a stream, in order", () => {
    const { out, posted } = batcher();
    out.write("log", bytes("a\n"));
    out.write("log", bytes("b\n"));
    out.write("error", bytes("oops\n"));
    out.write("log", bytes("c\n"));
    out.flush();
    expect(posted).toEqual([
      { type: "log", level: "log", text: "a\nb" },
      { type: "log", level: "error", text: "oops" },
      { type: "log", level: "log", text: "c" },
    ]);
  });

  it("keeps the head and tail of a flood and says what it left out", () => {
    const { out, posted } = batcher();
    for (let i = 0; i < 100_000; i++) out.write("log", bytes(`line ${i}\n`));
    out.flush();
    const text = posted.map((m) => (m.type === "log" ? m.text : "")).join("\n");
    expect(text.startsWith("line 0\nline 1\n")).toBe(true);
    expect(text.endsWith("line 99999")).toBe(true);
    expect(text).toMatch(/… output truncated \(\d+ lines, \d+ bytes\) …/);
    expect(text.length).toBeLessThan(30_000);
  });
});
