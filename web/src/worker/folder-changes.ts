// What this tab changed in an app's folder since it last met storage, and how those
// changes are laid over what storage holds now (another tab may have saved meanwhile).
//
// IDBFS's own sync mirrors one side onto the other: a populating sync deletes the files
// this tab made and overwrites those it changed; a saving sync deletes the files another
// tab added. So a save first notes this tab's changes, populates, then lays them back:
// - a file this tab wrote replaces storage's (last writer wins, per file), except
// - bytes appended to a file (flagged rows) are appended to storage's version of it, so
//   rows other tabs stored meanwhile are kept (a row this tab wrote while a save was
//   under way, which the save may have overwritten in memory, is added by the next);
// - a file this tab removed is removed, unless another tab changed it since (kept: no
//   tab's data is lost by a removal it did not see).

import type { PyodideInterface } from "pyodide";

type FS = PyodideInterface["FS"];

// Path -> modification time (ms), as IDBFS compares them; directories included.
export type Times = Map<string, number>;

export interface Changes {
  written: Map<string, Uint8Array | null>; // null: a directory
  removed: string[];
  appended: Map<string, Uint8Array[]>;
}

export function timesOf(entries: Record<string, { timestamp: Date }>): Times {
  return new Map(Object.entries(entries).map(([path, entry]) => [path, entry.timestamp.getTime()]));
}

function mtime(FS: FS, path: string): number | undefined {
  try {
    return (FS.stat(path) as { mtime: Date }).mtime.getTime();
  } catch {
    return undefined;
  }
}

function isDir(FS: FS, path: string): boolean {
  try {
    return FS.isDir((FS.stat(path) as { mode: number }).mode);
  } catch {
    return false;
  }
}

// Read now, before a populating sync can replace them.
export function changesSince(FS: FS, known: Times, now: Times, appended: Map<string, Uint8Array[]>): Changes {
  const written = new Map<string, Uint8Array | null>();
  for (const [path, time] of now) {
    if (known.get(path) === time) continue;
    written.set(path, isDir(FS, path) ? null : FS.readFile(path));
  }
  for (const path of appended.keys()) {
    if (!written.has(path) && now.has(path)) written.set(path, FS.readFile(path));
  }
  const removed = [...known.keys()].filter((path) => !now.has(path));
  return { written, removed, appended };
}

// A time IDBFS will see as a change from both what storage has and what this tab knew.
function touch(FS: FS, path: string, other: number | undefined): void {
  const time = Math.max(Date.now(), (other ?? 0) + 1);
  FS.utime(path, time, time);
}

// After the populating sync: this tab's changes, laid over storage's files.
export function layOver(FS: FS, known: Times, changes: Changes): void {
  for (const [path, contents] of [...changes.written].sort(([a], [b]) => a.localeCompare(b))) {
    const theirs = mtime(FS, path);
    if (contents === null) {
      FS.mkdirTree(path);
      continue;
    }
    const tail = changes.appended.get(path);
    FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
    if (tail && theirs !== undefined) {
      const stream = FS.open(path, "a");
      for (const chunk of tail) FS.write(stream, chunk, 0, chunk.length);
      FS.close(stream);
    } else {
      FS.writeFile(path, contents);
    }
    touch(FS, path, theirs);
  }
  // Deepest first, so that a folder is empty when its turn comes.
  for (const path of [...changes.removed].sort().reverse()) {
    const theirs = mtime(FS, path);
    if (theirs === undefined || theirs !== known.get(path)) continue;
    try {
      if (isDir(FS, path)) FS.rmdir(path);
      else FS.unlink(path);
    } catch {
      // A folder another tab put files in: kept.
    }
  }
}
