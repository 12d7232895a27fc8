// An app's folder in the browser's storage: what the app writes there (flagged data,
// cached examples, its own files) is read back on the next visit.
//
// The folder is an IDBFS mount (IndexedDB names its database after the mount point).
// Each app syncs only its own mount: `FS.syncfs` would sync every app of the page, and
// a populating sync of one would drop files another app had not saved yet. Without
// IndexedDB (some private modes) the folder is in memory only and the app runs all the same.
//
// Several tabs (each its own worker and copy of the folder) may run the same app: one
// saves at a time (a Web Lock named after the folder), and each save first reads what
// storage holds now and lays this tab's changes over it (folder-changes.ts), so that
// no tab's saved files or flagged rows are lost to another's save.

import type { PyodideInterface } from "pyodide";
import { changesSince, layOver, timesOf, type Times } from "./folder-changes";

type Log = (text: string) => void;
type Done = (error: unknown) => void;

interface Mount {
  type: {
    syncfs(mount: Mount, populate: boolean, done: Done): void;
    getLocalSet(
      mount: Mount,
      done: (error: unknown, set: { entries: Record<string, { timestamp: Date }> }) => void,
    ): void;
  };
}

// Saves that an event asks for wait this long, so a stream of events saves once.
const LATER_MS = 500;
// Folders still being saved and released, by path: an app added again waits for them.
const closing = new Map<string, Promise<void>>();
// Where Web Locks are missing (Node): one writer at a time within this worker.
const localLocks = new Map<string, Promise<unknown>>();

function exclusively<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, work) as Promise<T>;
  const run = (localLocks.get(name) ?? Promise.resolve()).then(work, work);
  localLocks.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

export class AppStorage {
  private mount: Mount | null = null;
  // The folder as it was when this tab last read or wrote storage.
  private known: Times = new Map();
  // Bytes appended to files since then (flagged rows), by path.
  private appended = new Map<string, Uint8Array[]>();
  private queue: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  private constructor(
    private readonly pyodide: PyodideInterface,
    readonly folder: string,
    private readonly log: Log,
  ) {}

  static async open(pyodide: PyodideInterface, key: string, log: Log): Promise<AppStorage> {
    const storage = new AppStorage(pyodide, `/home/pyodide/apps/${fnv1a(key)}`, log);
    await closing.get(storage.folder);
    const FS = pyodide.FS;
    FS.mkdirTree(storage.folder);
    try {
      FS.mount((FS.filesystems as { IDBFS: unknown }).IDBFS, {}, storage.folder);
      storage.mount = (FS.lookupPath(storage.folder).node as unknown as { mount: Mount }).mount;
      await storage.locked(async () => {
        await storage.sync(true);
        storage.known = await storage.times();
      });
    } catch (e) {
      storage.mount = null;
      log(`Storage unavailable, nothing will persist: ${String(e)}`);
    }
    return storage;
  }

  // Writes the folder to storage, now or `later` (bursts of changes save once).
  save(later = false): void {
    if (!this.mount) return;
    if (later) {
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.save();
      }, LATER_MS);
      return;
    }
    this.saved().catch((e: unknown) => this.log(`Could not save to storage: ${String(e)}`));
  }

  // A save that starts from now on; settles once it is stored (or failed).
  saved(): Promise<void> {
    if (!this.mount) return Promise.resolve();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.queued) return this.queued; // not started yet: it will see the latest changes
    const run = this.queue.then(() => {
      this.queued = null;
      return this.locked(() => this.merge());
    });
    this.queued = run;
    this.queue = run.catch(() => undefined);
    return run;
  }

  // `bytes` were appended to the file at `path`: kept even if another tab saves it meanwhile.
  append(path: string, bytes: Uint8Array): void {
    const chunks = this.appended.get(path) ?? [];
    chunks.push(bytes);
    this.appended.set(path, chunks);
  }

  // A last save, then the folder leaves the file system (the app left the page).
  close(): Promise<void> {
    const closed = this.release().finally(() => closing.delete(this.folder));
    closing.set(this.folder, closed);
    return closed;
  }

  private async release(): Promise<void> {
    if (!this.mount) return;
    await this.saved().catch((e: unknown) => this.log(`Could not save to storage: ${String(e)}`));
    this.mount = null;
    try {
      (this.pyodide.FS as unknown as { unmount(path: string): void }).unmount(this.folder);
    } catch (e) {
      this.log(`Could not release ${this.folder}: ${String(e)}`);
    }
  }

  private locked<T>(work: () => Promise<T>): Promise<T> {
    return exclusively(`lite-storage:${this.folder}`, work);
  }

  // Storage's files with this tab's changes laid over them, then stored (under the lock).
  private async merge(): Promise<void> {
    const FS = this.pyodide.FS;
    const changes = changesSince(FS, this.known, await this.times(), this.appended);
    this.appended = new Map();
    let laid: Times;
    try {
      await this.sync(true);
      layOver(FS, this.known, changes);
      // What this save stores: a file written while it runs differs and is saved next time.
      laid = await this.times();
      await this.sync(false);
    } catch (e) {
      // Tried again with the next save.
      for (const [path, chunks] of changes.appended)
        this.appended.set(path, [...chunks, ...(this.appended.get(path) ?? [])]);
      throw e;
    }
    this.known = laid;
  }

  private times(): Promise<Times> {
    const mount = this.mount;
    if (!mount) return Promise.resolve(new Map<string, number>());
    return new Promise((resolve, reject) => {
      mount.type.getLocalSet(mount, (error, set) => (error ? reject(asError(error)) : resolve(timesOf(set.entries))));
    });
  }

  private sync(populate: boolean): Promise<void> {
    const mount = this.mount;
    if (!mount) return Promise.resolve();
    return new Promise((resolve, reject) => {
      mount.type.syncfs(mount, populate, (error: unknown) => (error ? reject(asError(error)) : resolve()));
    });
  }
}

// Emscripten's FS errors are not always Error instances.
function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error("IndexedDB sync failed", { cause: error });
}

// A short stable folder name for a storage key (32-bit FNV-1a, hex).
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
