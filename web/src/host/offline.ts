// Registers Lite's service worker (sw/lite-sw.ts) for a page that asks for it with the
// `offline` attribute: once opened online, the page reloads without a network.

let registering: Promise<unknown> | null = null;

export function keepOffline(liteUrl: string): void {
  const script = new URL("lite-sw.js", liteUrl);
  // A service worker must come from the page's origin, and only a secure context has one.
  if (registering || script.origin !== location.origin || !("serviceWorker" in navigator)) return;
  registering = navigator.serviceWorker.register(script).catch((e: unknown) => {
    console.warn(`Lite: the page could not be kept for offline use (${String(e)}).`);
  });
}
