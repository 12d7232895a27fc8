import { describe, expect, it } from "vitest";
import { ApiClient, ApiError, fileRoute, readEvents } from "../src/client/api";
import type { ServerMessage } from "../src/protocol.gen";

const messages: ServerMessage[] = [
  { msg: "process_starts", event_id: "e1", eta: null },
  {
    msg: "log",
    event_id: "e1",
    log: "héllo wörld 🎉 ✓",
    level: "info",
    duration: null,
    visible: true,
    title: "Ünïcode",
  },
  { msg: "heartbeat", event_id: null },
  {
    msg: "process_completed",
    event_id: "e1",
    output: {
      data: ["done 🎉"],
      is_generating: false,
      duration: 0.5,
      average_duration: 0.5,
      render_config: null,
      changed_state_ids: [],
    },
    success: true,
    title: null,
  },
];

// An SSE body framed as lite_core.http frames it. Non-ASCII stays raw here: lite_core
// escapes it, but readEvents also reads the network's servers, which may not.
const wire = new TextEncoder().encode(messages.map((m) => `data: ${JSON.stringify(m)}\n\n`).join(""));

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

// The wire cut at the given byte offsets.
function cut(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const bounds = [0, ...offsets, bytes.length];
  return bounds.slice(1).map((end, i) => bytes.slice(bounds[i], end));
}

async function collect(body: ReadableStream<Uint8Array>): Promise<ServerMessage[]> {
  const out: ServerMessage[] = [];
  for await (const message of readEvents(body)) out.push(message);
  return out;
}

describe("readEvents", () => {
  it("yields the messages sent, in order, across awkward chunk boundaries", async () => {
    const second = wire.indexOf(0x0a) + 2; // just after the first message's "\n\n"
    const emoji = wire.indexOf(0xf0); // first byte of the 4-byte 🎉, in the second message
    const chunks = cut(wire, [10, second + 5, emoji + 2]);
    // The cuts land where this test means them to: inside message 1, inside 🎉, and the
    // last chunk ends message 2 and holds messages 3 and 4 whole.
    expect(new TextDecoder().decode(wire.slice(emoji, emoji + 4))).toBe("🎉");
    expect(second + 5).toBeLessThan(emoji);
    expect(new TextDecoder().decode(chunks[3]).split("\n\n")).toHaveLength(4);

    expect(await collect(streamOf(chunks))).toEqual(messages);
  });

  it("gives the same messages for a cut at every byte, and one byte per chunk", async () => {
    for (let at = 1; at < wire.length; at++) {
      expect(await collect(streamOf(cut(wire, [at])))).toEqual(messages);
    }
    const bytes = Array.from(wire, (_, i) => wire.slice(i, i + 1));
    expect(await collect(streamOf(bytes))).toEqual(messages);
  });

  it("releases the body when the reader stops early", async () => {
    const body = streamOf([wire]);
    for await (const message of readEvents(body)) {
      expect(message).toEqual(messages[0]);
      break;
    }
    expect(body.locked).toBe(false);
  });
});

describe("ApiError from an answer that is not ok", () => {
  const answering = (response: Response) => new ApiClient(() => Promise.resolve(response));

  it("carries the status and the body's detail", async () => {
    const client = answering(new Response(JSON.stringify({ detail: "No such app." }), { status: 404 }));
    const error: unknown = await client.config().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, message: "No such app." });
  });

  it("reads a join's 422, a list of verdicts per input, as the failed inputs' messages", async () => {
    const detail = [
      { is_valid: true, message: "" },
      { __type__: "validate", is_valid: false, message: "Input 2 of /predict expects a number", parameter_name: "n" },
    ];
    const client = answering(new Response(JSON.stringify({ detail }), { status: 422 }));
    await expect(client.config()).rejects.toMatchObject({
      status: 422,
      message: "Input 2 of /predict expects a number",
    });
  });

  it("reads FastAPI's field errors as their messages", async () => {
    const detail = [{ type: "value_error", loc: ["body", "data"], msg: "`data` must be a list", input: "a" }];
    const client = answering(new Response(JSON.stringify({ detail }), { status: 422 }));
    await expect(client.config()).rejects.toMatchObject({ message: "`data` must be a list" });
  });

  it("falls back to the status text when the body is not JSON", async () => {
    const client = answering(new Response("<h1>oops</h1>", { status: 502, statusText: "Bad Gateway" }));
    await expect(client.config()).rejects.toMatchObject({ status: 502, message: "Bad Gateway" });
  });

  it("is not raised for an ok answer, whose JSON is returned", async () => {
    const config = { version: "5", components: [] };
    await expect(answering(Response.json(config)).config()).resolves.toEqual(config);
  });
});

describe("files of an app served over HTTP", () => {
  it("are fetched by path when their URLs are absolute under the app's root", async () => {
    const asked: string[] = [];
    const root = "http://example.org:7860/sub";
    const client = new ApiClient((path) => {
      asked.push(path);
      return Promise.resolve(path === "/config" ? Response.json({ root }) : new Response("bytes"));
    });
    await client.config();
    const url = await client.fileUrl({
      path: "/tmp/a.txt",
      url: `${root}/gradio_api/file=/tmp/a.txt`,
      size: 5,
      orig_name: "a.txt",
      mime_type: "text/plain",
      is_stream: false,
      meta: { _type: "gradio.FileData" },
    });
    expect(asked).toEqual(["/config", "/gradio_api/file=/tmp/a.txt"]);
    expect(url.startsWith("blob:")).toBe(true);
  });
});

describe("files' URLs and blob types", () => {
  const file = (path: string) => ({
    path,
    url: null,
    size: null,
    orig_name: null,
    mime_type: null,
    is_stream: false,
    meta: { _type: "gradio.FileData" as const },
  });

  it("encode a path once, so that # ? % and spaces reach the same file", () => {
    expect(fileRoute('/tmp/x/a#b?c%d"e f.txt')).toBe("/gradio_api/file=/tmp/x/a%23b%3Fc%25d%22e%20f.txt");
  });

  it("make a file a browser would run inert; an SVG to show in an <img> is a data: URL", async () => {
    const served = (type: string) =>
      new ApiClient(() => Promise.resolve(new Response("<script></script>", { headers: { "content-type": type } })));
    const typeOf = async (url: string) => (await (await fetch(url)).blob()).type;
    for (const type of ["text/html", "application/xhtml+xml", "text/xml", "text/javascript"]) {
      expect(await typeOf(await served(type).fileUrl(file("/tmp/a"), "show"))).toBe("application/octet-stream");
    }
    const shown = await served("image/svg+xml").fileUrl(file("/tmp/a.svg"), "show");
    expect(shown.startsWith("data:image/svg+xml;base64,")).toBe(true);
    expect(atob(shown.split(",")[1] ?? "")).toBe("<script></script>");
    const link = await served("image/svg+xml").fileUrl(file("/tmp/a.svg"), "download");
    expect(await typeOf(link)).toBe("application/octet-stream");
    expect(await typeOf(await served("image/png").fileUrl(file("/tmp/a.png"), "download"))).toBe("image/png");
  });
});
