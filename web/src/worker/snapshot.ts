// Start-up from a memory snapshot: the runtime's Wasm memory taken right after lite_core
// was imported, kept in this browser's Cache Storage by its first visit, restored by the
// next ones instead of booting Python again (about a fifth of the time).
//
// It is made here, not shipped: 21 MB (5 MB gzipped) on the wire would cost a first visit
// on a slow network more than it saves, while a repeat visit reads it from disk. Made in
// the visitor's own browser, its hash seed is that browser's own too.
//
// An entry is used only when its sha256 (kept beside it) matches its bytes and it was made
// with the lite_core wheel the lock names now; Pyodide itself refuses a snapshot of
// another build of its Wasm. Anything else boots normally and replaces the entry.

const CACHE_NAME = "lite-runtime-snapshot";
const WHEEL_HEADER = "x-lite-core-sha256";
const DIGEST_HEADER = "x-lite-snapshot-sha256";

// The cache key: one snapshot per runtime URL (each build of dist/ has its own).
function keyFor(runtimeUrl: string): string {
  return new URL("lite-runtime.snapshot", runtimeUrl).href;
}

function cacheStorage(): CacheStorage | null {
  // Absent on insecure origins (http:// other than localhost) and in some private modes.
  return typeof caches === "undefined" ? null : caches;
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export interface StoredSnapshot {
  bytes: Uint8Array;
  // The sha256 of the lite_core wheel it was made with.
  wheel_sha256: string;
}

export function snapshotsAvailable(): boolean {
  return cacheStorage() !== null;
}

// Whether an entry exists (its body unread): the page asks while its worker starts, so
// that a first visit's boot never waits on Cache Storage (its first use in a profile can
// take tens of milliseconds).
export async function snapshotStored(runtimeUrl: string): Promise<boolean> {
  try {
    return Boolean(await (await cacheStorage()?.open(CACHE_NAME))?.match(keyFor(runtimeUrl)));
  } catch {
    return false;
  }
}

// The stored snapshot, checked against its digest; null when there is none or it is damaged.
export async function readSnapshot(runtimeUrl: string, warn: (text: string) => void): Promise<StoredSnapshot | null> {
  const storage = cacheStorage();
  if (!storage) return null;
  try {
    const response = await (await storage.open(CACHE_NAME)).match(keyFor(runtimeUrl));
    if (!response) return null;
    const wheel = response.headers.get(WHEEL_HEADER) ?? "";
    const expected = response.headers.get(DIGEST_HEADER);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (expected !== (await sha256(bytes))) {
      warn("Lite: the start-up snapshot in this browser's cache is damaged (sha256 differs); booting normally.");
      await forgetSnapshot(runtimeUrl);
      return null;
    }
    return { bytes, wheel_sha256: wheel };
  } catch (e) {
    warn(`Lite: could not read the start-up snapshot (${String(e)}); booting normally.`);
    return null;
  }
}

export async function storeSnapshot(runtimeUrl: string, stored: StoredSnapshot): Promise<void> {
  const storage = cacheStorage();
  if (!storage) return;
  const headers = {
    "content-type": "application/octet-stream",
    [WHEEL_HEADER]: stored.wheel_sha256,
    [DIGEST_HEADER]: await sha256(stored.bytes),
  };
  const body = stored.bytes as Uint8Array<ArrayBuffer>;
  await (await storage.open(CACHE_NAME)).put(keyFor(runtimeUrl), new Response(body, { headers }));
}

export async function forgetSnapshot(runtimeUrl: string): Promise<void> {
  await (await cacheStorage()?.open(CACHE_NAME))?.delete(keyFor(runtimeUrl));
}
