// The app's API over the network: for an app served by `lite serve` (or any Gradio-shaped
// server). Paths resolve against the server's base URL, so a server under a sub-path works.

import type { Fetch } from "./runtime-connection";

export function httpFetch(base: string): Fetch {
  const root = new URL(base, document.baseURI);
  if (!root.pathname.endsWith("/")) root.pathname += "/";
  return (path, init = {}) =>
    fetch(new URL(path.replace(/^\//, ""), root), {
      method: init.method ?? "GET",
      body: init.body as BodyInit | undefined,
      headers: init.headers ?? (init.body ? { "content-type": "application/json" } : {}),
    });
}
