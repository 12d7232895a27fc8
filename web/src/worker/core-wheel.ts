// The runtime's lock, and lite_core's wheel checked against the sha256 the lock gives.
//
// The wheel is put on sys.path as it is (zipimport) instead of going through
// Pyodide's package installer: that installer imports email, tarfile, logging and
// more on first use, about half a second at start-up that an app needs nothing of.

interface LockEntry {
  file_name: string;
  sha256: string;
}

export interface Lock {
  packages: Partial<Record<string, LockEntry>>;
}

function hexToBase64(hex: string): string {
  const bytes = hex.match(/../g)?.map((byte) => parseInt(byte, 16)) ?? [];
  return btoa(String.fromCharCode(...bytes));
}

export async function fetchLock(runtimeUrl: string): Promise<Lock> {
  const response = await fetch(`${runtimeUrl}pyodide-lock.json`);
  if (!response.ok) throw new Error(`Could not load ${runtimeUrl}pyodide-lock.json (${response.status})`);
  return (await response.json()) as Lock;
}

export async function fetchCoreWheel(runtimeUrl: string, lock: Lock): Promise<{ name: string; data: Uint8Array }> {
  const entry = lock.packages["lite-core"];
  if (!entry) throw new Error("pyodide-lock.json has no lite-core entry: rebuild dist/");
  // The browser refuses the body if its sha256 differs from the lock's.
  const response = await fetch(`${runtimeUrl}${entry.file_name}`, {
    integrity: `sha256-${hexToBase64(entry.sha256)}`,
  });
  if (!response.ok) throw new Error(`Could not load ${entry.file_name} (${response.status})`);
  return { name: entry.file_name, data: new Uint8Array(await response.arrayBuffer()) };
}
