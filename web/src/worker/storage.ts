// An app's folder in the browser's storage: what the app writes there (flagged data,
// cached examples, its own files) is read back on the next visit.
//
// The folder is an IDBFS mount (IndexedDB names its database after the mount point).
// Each app syncs only its own mount: `FS.syncfs` would sync every app of the page, and
// a populating sync of one would drop files another app had not saved yet. Without
// IndexedDB (some private modes) the folder is in memory only and the app runs all the same.

import type { PyodideInterface } from "pyodide";

type Log = (text: string) => void;

interface Mount {
  type: { syncfs(mount: Mount, populate: boolean, done: (error: unknown) => void): void };
}

// Saves that an event asks for wait this long, so a stream of events saves once.
const LATER_MS = 500;
// Folders still being saved and released, by path: an app added again waits for them.
const closing = new Map<string, Promise<void>>();

export class AppStorage {
  private mount: Mount | null = null;
  private saving: Promise<void> | null = null;
  private again = false;
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
      await storage.sync(true);
    } catch (e) {
      storage.mount = null;
      log(`Storage unavailable, nothing will persist: ${String(e)}`);
    }
    return storage;
  }

  // Writes the folder to storage; bursts of changes sync once.
  save(later = false): void {
    if (!this.mount) return;
    if (later) {
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.save();
      }, LATER_MS);
      return;
    }
    if (this.saving) {
      this.again = true;
      return;
    }
    this.saving = this.sync(false)
      .catch((e: unknown) => this.log(`Could not save to storage: ${String(e)}`))
      .finally(() => {
        this.saving = null;
        if (this.again) {
          this.again = false;
          this.save();
        }
      });
  }

  // A last save, then the folder leaves the file system (the app left the page).
  close(): Promise<void> {
    const closed = this.release().finally(() => closing.delete(this.folder));
    closing.set(this.folder, closed);
    return closed;
  }

  private async release(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.mount) return;
    this.save();
    while (this.saving) await this.saving;
    this.mount = null;
    try {
      (this.pyodide.FS as unknown as { unmount(path: string): void }).unmount(this.folder);
    } catch (e) {
      this.log(`Could not release ${this.folder}: ${String(e)}`);
    }
  }

  private sync(populate: boolean): Promise<void> {
    const mount = this.mount;
    if (!mount) return Promise.resolve();
    return new Promise((resolve, reject) => {
      mount.type.syncfs(mount, populate, (error: unknown) => {
        // Emscripten's FS errors are not always Error instances.
        if (error) reject(error instanceof Error ? error : new Error("IndexedDB sync failed", { cause: error }));
        else resolve();
      });
    });
  }
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
