// Gradio's sse_v3 protocol over any `fetch`: the worker's or the network's.

import type { RawFrame } from "../components/base/component";
import type { AppConfig, ErrorResponse, FileData, JoinRequest, JoinResponse, ServerMessage } from "../protocol.gen";
import { API_PREFIX, MAX_BODY_BYTES, RAW_FRAME_MIME } from "../protocol.gen";
import type { Fetch } from "../host/runtime-connection";
import { toRgba } from "../shared/pixels";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(detail);
  }
}

// An error's detail as one message: a join's 422 lists a verdict per input (or the
// malformed fields), in the shapes Gradio's clients read.
export function detailText(detail: ErrorResponse["detail"]): string {
  if (typeof detail === "string") return detail;
  return detail
    .map((item) => ("msg" in item ? item.msg : item.message))
    .filter((message) => message)
    .join("\n");
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) {
    const body = (await response.json().catch(() => ({ detail: response.statusText }))) as ErrorResponse;
    throw new ApiError(response.status, detailText(body.detail));
  }
  return (await response.json()) as T;
}

// Splits an SSE byte stream into its messages' data (a message's `data:` lines joined);
// `signal` aborted cancels the stream (the app stops sending).
export async function* readData(body: ReadableStream<Uint8Array>, signal?: AbortSignal): AsyncGenerator<string> {
  const reader = body.getReader();
  signal?.addEventListener("abort", () => void reader.cancel().catch(() => undefined));
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
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
        if (data) yield data;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

// The app's event stream: each message as the protocol types it.
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerMessage> {
  for await (const data of readData(body)) yield JSON.parse(data) as ServerMessage;
}

// A body's bytes; one chunk (a frame, from the worker) is used as it came, not copied.
async function wholeBody(body: ReadableStream<Uint8Array>): Promise<Uint8ClampedArray<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  const reader = body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  if (chunks.length === 1)
    return new Uint8ClampedArray(chunks[0].buffer as ArrayBuffer, chunks[0].byteOffset, chunks[0].byteLength);
  const whole = new Uint8ClampedArray(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}

// A queue that one side pushes into and the other iterates.
class Channel<T> {
  private readonly items: T[] = [];
  private wake: (() => void) | null = null;

  push(item: T): void {
    this.items.push(item);
    this.wake?.();
  }

  async *drain(): AsyncGenerator<T> {
    for (;;) {
      while (this.items.length > 0) yield this.items.shift() as T;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }
}

// The URL of one of the app's files: its path percent-encoded once, as the app writes it
// (lite_core/files.py file_url); the router decodes it once. Never decoded in the page.
export function fileRoute(path: string): string {
  return `${API_PREFIX}/file=${path.split("/").map(encodeURIComponent).join("/")}`;
}

// What a file's blob: URL is for: shown in an element (<img>, <audio>, <video>), or a link.
export type FileUse = "show" | "download";

// Media types a browser renders as a document that can run scripts.
export function isActive(type: string): boolean {
  return /html|xml|javascript|ecmascript|xsl/i.test(type.split(";")[0] ?? "");
}

async function dataUrl(blob: Blob, type: string): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${type};base64,${btoa(binary)}`;
}

// One SSE stream per session carries the messages of all its events (as in Gradio's
// client); they are dispatched to each event's channel by event_id.
export class ApiClient {
  readonly sessionHash = Math.random().toString(36).slice(2);
  private readonly channels = new Map<string, Channel<ServerMessage>>();
  // Events joined whose completion the stream has not delivered yet.
  private readonly open = new Set<string>();
  private streaming: Promise<void> | null = null;

  // The app's URL when it is served over HTTP (config.root); "" in the browser runtime.
  private root = "";

  // Public: the "Use via API" panel reads /gradio_api/info through it.
  constructor(readonly fetch: Fetch) {}

  async config(): Promise<AppConfig> {
    const config = await json<AppConfig>(await this.fetch("/config"));
    this.root = config.root;
    return config;
  }

  // The path of one of the app's files for this client's fetch; over HTTP the app sends
  // its files' URLs absolute (as Gradio), under its root.
  private filePath(data: FileData): string {
    const url = data.url ?? fileRoute(data.path);
    return this.root && url.startsWith(`${this.root}${API_PREFIX}/file=`) ? url.slice(this.root.length) : url;
  }

  async cancel(fnIndex: number, eventId: string): Promise<void> {
    const body = JSON.stringify({ session_hash: this.sessionHash, fn_index: fnIndex, event_id: eventId });
    await json<unknown>(await this.fetch(`${API_PREFIX}/cancel`, { method: "POST", body }));
  }

  // Sends a file of the user's to the app; its FileData for an input's value.
  async upload(file: File): Promise<FileData> {
    // Refused here, before the page reads a huge file into memory to send it.
    if (file.size > MAX_BODY_BYTES) {
      throw new ApiError(
        413,
        `${file.name} is larger than ${MAX_BODY_BYTES / 2 ** 20} MB, the largest upload this app accepts.`,
      );
    }
    const form = new FormData();
    form.append("files", file, file.name);
    const encoded = new Response(form);
    const body = new Uint8Array(await encoded.arrayBuffer());
    const headers = { "content-type": encoded.headers.get("content-type") ?? "" };
    const [path] = await json<string[]>(await this.fetch(`${API_PREFIX}/upload`, { method: "POST", body, headers }));
    return {
      path,
      url: fileRoute(path),
      size: file.size,
      orig_name: file.name,
      mime_type: file.type || null,
      is_stream: false,
      meta: { _type: "gradio.FileData" },
    };
  }

  // A raw frame (a streaming webcam's): its buffer moves to the worker, not copied.
  async sendFrame(frame: RawFrame): Promise<FileData> {
    const { pixels, width, height, channels } = frame;
    const headers = { "content-type": "application/octet-stream" };
    const path = `${API_PREFIX}/frame?width=${width}&height=${height}&channels=${channels}`;
    return json<FileData>(await this.fetch(path, { method: "POST", body: pixels, headers }));
  }

  // The pixels of a raw frame the app sent, as RGBA ready for putImageData.
  async framePixels(data: FileData): Promise<ImageData> {
    const { width, height, channels } = data.meta;
    if (data.mime_type !== RAW_FRAME_MIME || !width || !height || !channels) throw new Error("Not a raw frame.");
    const response = await this.fetch(this.filePath(data));
    if (!response.ok || !response.body) throw new ApiError(response.status, "The frame is no longer available.");
    return new ImageData(toRgba(await wholeBody(response.body), channels), width, height);
  }

  // Calls a component's server function (FileExplorer's `ls`) by name, as Gradio's
  // client does; what it returned.
  async componentServer(componentId: number, fnName: string, data: unknown): Promise<unknown> {
    const body = JSON.stringify({ component_id: componentId, fn_name: fnName, data, session_hash: this.sessionHash });
    return json<unknown>(await this.fetch(`${API_PREFIX}/component_server`, { method: "POST", body }));
  }

  // A URL the page can put in src/href: the app's own files become blob: URLs. A blob:
  // URL has the page's origin, so a file a browser would run (HTML, SVG, XML, JS) is typed
  // application/octet-stream: opened in a tab it downloads instead of scripting the page.
  // An SVG to "show" in an <img> (which never runs scripts) becomes a data: URL instead:
  // "open image in new tab" cannot run it either (browsers refuse to navigate to data:).
  async fileUrl(data: FileData, use: FileUse = "show"): Promise<string> {
    const url = this.filePath(data);
    if (!url.startsWith(`${API_PREFIX}/file=`)) return url;
    const response = await this.fetch(url);
    if (!response.ok) throw new ApiError(response.status, `Could not load ${data.orig_name ?? data.path}`);
    const blob = await response.blob();
    if (!isActive(blob.type)) return URL.createObjectURL(blob);
    if (use === "show" && blob.type.startsWith("image/svg+xml")) return dataUrl(blob, "image/svg+xml");
    return URL.createObjectURL(new Blob([blob], { type: "application/octet-stream" }));
  }

  // Joins the queue, then yields the event's messages until it completes.
  async *submit(
    fnIndex: number,
    data: unknown[],
    triggerId: number | null,
    eventData: unknown = null,
    // Hears the event's id as soon as the queue accepts it, before any message (a run
    // that holds Python from its start sends none, and Stop needs the id).
    joined: (eventId: string) => void = () => undefined,
  ): AsyncGenerator<ServerMessage> {
    const request: JoinRequest = {
      data,
      fn_index: fnIndex,
      session_hash: this.sessionHash,
      event_data: eventData,
      trigger_id: triggerId,
    };
    const { event_id } = await json<JoinResponse>(
      await this.fetch(`${API_PREFIX}/queue/join`, { method: "POST", body: JSON.stringify(request) }),
    );
    joined(event_id);
    const channel = this.channel(event_id);
    this.open.add(event_id);
    this.ensureStream();
    try {
      for await (const message of channel.drain()) {
        yield message;
        if (message.msg === "process_completed" || message.msg === "unexpected_error") return;
      }
    } finally {
      this.channels.delete(event_id);
    }
  }

  // Messages may arrive before the join's answer is read: the channel buffers them.
  private channel(eventId: string): Channel<ServerMessage> {
    let channel = this.channels.get(eventId);
    if (!channel) {
      channel = new Channel();
      this.channels.set(eventId, channel);
    }
    return channel;
  }

  private ensureStream(): void {
    if (this.streaming) return;
    // The server closes the stream when the session has nothing pending; an event
    // joined just after that needs a new stream.
    this.streaming = this.pump().finally(() => {
      this.streaming = null;
      if (this.open.size > 0) this.ensureStream();
    });
  }

  private async pump(): Promise<void> {
    try {
      await this.readStream();
    } catch (e) {
      this.failAll(e instanceof Error ? e.message : String(e));
    }
  }

  private async readStream(): Promise<void> {
    const response = await this.fetch(`${API_PREFIX}/queue/data?session_hash=${this.sessionHash}`);
    if (!response.ok || !response.body) {
      const error = await json<unknown>(response).catch((e: unknown) => (e instanceof Error ? e.message : e));
      this.failAll(String(error));
      return;
    }
    for await (const message of readEvents(response.body)) {
      if (message.msg === "close_stream") break;
      if (message.msg === "heartbeat") continue;
      if (message.event_id === null) {
        this.failAll(message.message);
        continue;
      }
      if (message.msg === "process_completed") this.open.delete(message.event_id);
      this.channel(message.event_id).push(message);
    }
  }

  private failAll(message: string): void {
    for (const eventId of this.open) {
      this.channel(eventId).push({
        msg: "unexpected_error",
        event_id: eventId,
        message,
        session_not_found: false,
        success: false,
      });
    }
    this.open.clear();
  }
}
