// What Python prints, posted to the page in batches: one message per stream run every
// INTERVAL_MS at most, however many lines were printed. A flood keeps its first HEAD and
// last TAIL bytes of each interval and says how much it left out, so a runaway `print`
// costs the page a few console calls, not one per line.

import type { PostToHost } from "./messages";

export const INTERVAL_MS = 50;
const HEAD = 16 * 1024;
const TAIL = 4 * 1024;
const NEWLINE = 10;

type Level = "log" | "error";

interface Piece {
  level: Level;
  bytes: Uint8Array;
}

function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) lines++;
  return lines;
}

// An index at or before `at` that does not split a UTF-8 character.
function charBoundary(bytes: Uint8Array, at: number): number {
  let i = Math.min(at, bytes.length);
  while (i > 0 && i < bytes.length && (bytes[i] & 0xc0) === 0x80) i--;
  return i;
}

export class OutputBatcher {
  private head: Piece[] = [];
  private tail: Piece[] = [];
  private headBytes = 0;
  private tailBytes = 0;
  private skippedBytes = 0;
  private skippedLines = 0;
  private lastFlush = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly post: PostToHost,
    private readonly now: () => number = () => performance.now(),
  ) {}

  // Pyodide's `write` for one stream: takes the bytes as they come, never a line at a time.
  writer(level: Level): { write: (buffer: Uint8Array) => number } {
    return { write: (buffer) => this.write(level, buffer) };
  }

  write(level: Level, buffer: Uint8Array): number {
    const taken = Math.max(0, Math.min(buffer.length, charBoundary(buffer, HEAD - this.headBytes)));
    if (taken > 0) {
      this.head.push({ level, bytes: buffer.slice(0, taken) });
      this.headBytes += taken;
    }
    if (taken < buffer.length) this.keepTail(level, buffer.subarray(taken));
    // Python may run for long without yielding to the worker's timers: flush from here too.
    if (this.now() - this.lastFlush >= INTERVAL_MS) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), INTERVAL_MS);
    return buffer.length;
  }

  private keepTail(level: Level, bytes: Uint8Array): void {
    const kept = bytes.subarray(charBoundary(bytes, Math.max(0, bytes.length - TAIL)));
    this.skip(bytes.subarray(0, bytes.length - kept.length));
    this.tail.push({ level, bytes: kept.slice() });
    this.tailBytes += kept.length;
    for (let dropped = this.tail[0]; this.tailBytes > TAIL && this.tail.length > 1; dropped = this.tail[0]) {
      this.tail.shift();
      this.tailBytes -= dropped.bytes.length;
      this.skip(dropped.bytes);
    }
  }

  private skip(bytes: Uint8Array): void {
    this.skippedBytes += bytes.length;
    this.skippedLines += countLines(bytes);
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.lastFlush = this.now();
    const notice =
      this.skippedBytes > 0 ? `… output truncated (${this.skippedLines} lines, ${this.skippedBytes} bytes) …\n` : null;
    const pieces = [
      ...this.head,
      ...(notice ? [{ level: "log" as Level, bytes: new TextEncoder().encode(notice) }] : []),
      ...this.tail,
    ];
    this.head = [];
    this.tail = [];
    this.headBytes = this.tailBytes = this.skippedBytes = this.skippedLines = 0;
    this.postRuns(pieces);
  }

  // Consecutive pieces of one stream become one message; the order between streams is kept.
  private postRuns(pieces: Piece[]): void {
    let start = 0;
    for (let i = 1; i <= pieces.length; i++) {
      if (i < pieces.length && pieces[i].level === pieces[start].level) continue;
      const run = pieces.slice(start, i);
      const text = run.map((p) => this.decoder.decode(p.bytes)).join("");
      this.post({ type: "log", level: run[0].level, text: text.endsWith("\n") ? text.slice(0, -1) : text });
      start = i;
    }
  }
}
