import { describe, expect, it } from "vitest";
import type { PyodideInterface } from "pyodide";
import { changesSince, layOver, type Times } from "../src/worker/folder-changes";

type FS = PyodideInterface["FS"];

// An in-memory file system with the calls folder-changes makes (mtimes in ms).
class Files {
  readonly files = new Map<string, { bytes: Uint8Array; mtime: number }>();
  readonly dirs = new Set<string>(["/app"]);
  clock = 1000;

  put(path: string, text: string, mtime = ++this.clock): void {
    this.files.set(path, { bytes: new TextEncoder().encode(text), mtime });
  }
  text(path: string): string | undefined {
    const file = this.files.get(path);
    return file && new TextDecoder().decode(file.bytes);
  }
  times(): Times {
    return new Map([...this.files].map(([path, file]) => [path, file.mtime]));
  }
  fs(): FS {
    const stat = (path: string) => {
      const file = this.files.get(path);
      if (file) return { mode: 0o100644, mtime: new Date(file.mtime) };
      if (this.dirs.has(path)) return { mode: 0o040755, mtime: new Date(0) };
      throw new Error("ENOENT");
    };
    let opened = "";
    return {
      stat,
      isDir: (mode: number) => (mode & 0o170000) === 0o040000,
      readFile: (path: string) => this.files.get(path)?.bytes.slice(),
      writeFile: (path: string, bytes: Uint8Array) => this.put(path, new TextDecoder().decode(bytes)),
      mkdirTree: (path: string) => void this.dirs.add(path),
      utime: (path: string, _atime: number, mtime: number) => {
        const file = this.files.get(path);
        if (file) file.mtime = mtime;
      },
      unlink: (path: string) => void this.files.delete(path),
      rmdir: (path: string) => void this.dirs.delete(path),
      open: (path: string) => ((opened = path), {}),
      write: (_stream: unknown, chunk: Uint8Array) =>
        this.put(opened, (this.text(opened) ?? "") + new TextDecoder().decode(chunk)),
      close: () => undefined,
    } as unknown as FS;
  }
}

const rows = (...lines: string[]) => lines.map((line) => line + "\n").join("");
const bytes = (text: string) => new TextEncoder().encode(text);

describe("a save lays this tab's changes over what storage holds now", () => {
  it("appends this tab's flagged rows to rows another tab stored meanwhile", () => {
    const tab = new Files();
    tab.put("/app/data.csv", rows("name", "a0"), 5);
    const known = tab.times();
    tab.put("/app/data.csv", rows("name", "a0", "a1"));
    const changes = changesSince(tab.fs(), known, tab.times(), new Map([["/app/data.csv", [bytes("a1\n")]]]));
    tab.put("/app/data.csv", rows("name", "a0", "b0"), 7); // the populating sync: the other tab's save
    layOver(tab.fs(), known, changes);
    expect(tab.text("/app/data.csv")).toBe(rows("name", "a0", "b0", "a1"));
    expect(tab.files.get("/app/data.csv")?.mtime).not.toBe(7); // the next save stores it
  });

  it("adds a row that the last save overwrote in memory while it ran", () => {
    const tab = new Files();
    tab.put("/app/data.csv", rows("name", "a0"), 5); // stored by the last save, not the row a1
    const known = tab.times();
    const changes = changesSince(tab.fs(), known, tab.times(), new Map([["/app/data.csv", [bytes("a1\n")]]]));
    layOver(tab.fs(), known, changes);
    expect(tab.text("/app/data.csv")).toBe(rows("name", "a0", "a1"));
  });

  it("keeps this tab's whole file when storage has none", () => {
    const tab = new Files();
    const known = tab.times();
    tab.put("/app/data.csv", rows("name", "a0"));
    tab.put("/app/notes.txt", "mine");
    const changes = changesSince(tab.fs(), known, tab.times(), new Map([["/app/data.csv", [bytes("a0\n")]]]));
    tab.files.clear(); // storage has neither: the populating sync removed them
    layOver(tab.fs(), known, changes);
    expect(tab.text("/app/data.csv")).toBe(rows("name", "a0"));
    expect(tab.text("/app/notes.txt")).toBe("mine");
  });

  it("removes what this tab removed, unless another tab changed it since", () => {
    const tab = new Files();
    tab.put("/app/old.txt", "old", 5);
    tab.put("/app/theirs.txt", "v1", 6);
    const known = tab.times();
    tab.files.clear();
    const changes = changesSince(tab.fs(), known, tab.times(), new Map());
    tab.put("/app/old.txt", "old", 5);
    tab.put("/app/theirs.txt", "v2", 9); // changed by another tab meanwhile
    layOver(tab.fs(), known, changes);
    expect(tab.text("/app/old.txt")).toBeUndefined();
    expect(tab.text("/app/theirs.txt")).toBe("v2");
  });

  it("takes files only another tab changed as storage has them", () => {
    const tab = new Files();
    tab.put("/app/cache.json", "v1", 5);
    const known = tab.times();
    const changes = changesSince(tab.fs(), known, tab.times(), new Map());
    tab.put("/app/cache.json", "v2", 9);
    layOver(tab.fs(), known, changes);
    expect(tab.text("/app/cache.json")).toBe("v2");
  });
});
