// Gradio's official JS client (@gradio/client) for an app running in this page: a Client
// whose HTTP goes to the app's runtime instead of the network. Loaded as its own chunk,
// only when a script asks a controller (or <gradio-lite>) for `client()`.
//
// The client builds URLs from the app's config (`root` + path); here they resolve against
// a placeholder origin and only their path and query reach the app, as they would reach
// a server.

import { Client } from "@gradio/client";
// Client.connect's options (the package does not export their type by name).
export type ClientOptions = NonNullable<Parameters<typeof Client.connect>[1]>;
import type { Fetch, FetchInit } from "../host/runtime-connection";

const PAGE_ORIGIN = "http://lite.invalid/";

async function toInit(input: RequestInfo | URL, init: RequestInit = {}): Promise<[string, FetchInit]> {
  const request = input instanceof Request ? input : null;
  const url = new URL(input instanceof Request ? input.url : input instanceof URL ? input.href : input, PAGE_ORIGIN);
  const headers: Record<string, string> = {};
  new Headers(init.headers ?? request?.headers).forEach((value, name) => (headers[name] = value));
  let body: Uint8Array | undefined;
  const source: BodyInit | null = init.body ?? (request?.body ? await request.arrayBuffer() : null);
  if (source !== null) {
    // FormData (uploads), strings, blobs: encoded as fetch() would send them.
    const encoded = new Response(source);
    const type = encoded.headers.get("content-type");
    if (type && !headers["content-type"]) headers["content-type"] = type;
    body = new Uint8Array(await encoded.arrayBuffer());
  }
  return [url.pathname + url.search, { method: init.method ?? request?.method ?? "GET", body, headers }];
}

// An EventSource's part that the client uses, over the app's fetch.
function eventStream(fetch: Fetch, url: URL): EventSource {
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  let closed = false;
  const source = {
    CONNECTING: 0,
    OPEN: 1,
    CLOSED: 2,
    readyState: 0,
    url: url.toString(),
    withCredentials: false,
    onopen: null as ((event: Event) => void) | null,
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null as ((event: Event) => void) | null,
    close(): void {
      closed = true;
      source.readyState = 2;
      void reader?.cancel();
    },
    addEventListener(): void {},
    removeEventListener(): void {},
    dispatchEvent: () => false,
  };
  const fail = () => {
    source.readyState = 2;
    source.onerror?.(new Event("error"));
  };
  void fetch(url.pathname + url.search, { method: "GET", headers: { accept: "text/event-stream" } })
    .then(async (response) => {
      if (!response.ok || !response.body) return fail();
      source.readyState = 1;
      reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      while (!closed) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split("\n")
            .filter((line) => line.startsWith("data:"))
            .map((line) => line.slice(5).trimStart())
            .join("\n");
          if (data) source.onmessage?.(new MessageEvent("message", { data }));
        }
      }
      source.readyState = 2;
    })
    .catch(fail);
  return source as unknown as EventSource;
}

// `options` as Client.connect takes them, e.g. {events: ["data", "status"]}.
export async function connect(fetch: Fetch, options?: ClientOptions): Promise<Client> {
  class PageClient extends Client {
    override async fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      const [path, request] = await toInit(input, init);
      return fetch(path, request);
    }

    override stream(url: URL): EventSource {
      return eventStream(fetch, new URL(url.toString(), PAGE_ORIGIN));
    }
  }
  return PageClient.connect(PAGE_ORIGIN, options);
}
