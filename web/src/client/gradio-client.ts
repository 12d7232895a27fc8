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
import { readData } from "./api";

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
  const stop = new AbortController();
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
      source.readyState = 2;
      stop.abort();
    },
    addEventListener(): void {},
    removeEventListener(): void {},
    dispatchEvent: () => false,
  };
  const fail = () => {
    source.readyState = 2;
    source.onerror?.(new Event("error"));
  };
  void (async () => {
    const response = await fetch(url.pathname + url.search, {
      method: "GET",
      headers: { accept: "text/event-stream" },
    });
    if (!response.ok || !response.body) {
      fail();
      return;
    }
    source.readyState = 1;
    for await (const data of readData(response.body, stop.signal)) {
      source.onmessage?.(new MessageEvent("message", { data }));
    }
    source.readyState = 2;
  })().catch(fail);
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
