// Permalinks that carry an app: its files (text, and small binary ones), entrypoint and
// requirements, JSON compressed with deflate-raw and base64url-encoded into the URL's
// fragment. The fragment never reaches a server: nothing is uploaded anywhere.

import type { AppSource } from "../worker/messages";

export type SharedApp = Pick<AppSource, "files" | "entrypoint" | "requirements">;

const PREFIX = "#app=";
// Browsers take URLs of a few MB; links longer than this are unwieldy to send.
export const MAX_LINK_CHARS = 256 * 1024;

type Encoded = string | { base64: string };

function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

export async function encodeApp(app: SharedApp): Promise<string> {
  const files: Record<string, Encoded> = {};
  for (const [name, content] of Object.entries(app.files)) {
    files[name] = typeof content === "string" ? content : { base64: toBase64(content) };
  }
  const json = JSON.stringify({ files, entrypoint: app.entrypoint, requirements: app.requirements });
  const packed = await transform(new TextEncoder().encode(json), new CompressionStream("deflate-raw"));
  return toBase64(packed).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// The permalink for `app` on the playground page beside lite.js.
export async function permalink(app: SharedApp, page: string): Promise<string> {
  const link = `${page}${PREFIX}${await encodeApp(app)}`;
  if (link.length > MAX_LINK_CHARS) {
    throw new Error(
      `This app is too large for a link (${Math.round(link.length / 1024)} KB of ${MAX_LINK_CHARS / 1024} KB): ` +
        "publish it with `lite build` instead.",
    );
  }
  return link;
}

// The app a permalink's fragment carries, or null when the fragment has none.
export async function decodeApp(fragment: string): Promise<SharedApp | null> {
  if (!fragment.startsWith(PREFIX)) return null;
  const base64 = fragment.slice(PREFIX.length).replace(/-/g, "+").replace(/_/g, "/");
  const unpacked = await transform(fromBase64(base64), new DecompressionStream("deflate-raw"));
  const parsed = JSON.parse(new TextDecoder().decode(unpacked)) as {
    files: Record<string, Encoded>;
    entrypoint: string;
    requirements: string[];
  };
  const files: Record<string, string | Uint8Array> = {};
  for (const [name, content] of Object.entries(parsed.files)) {
    files[name] = typeof content === "string" ? content : fromBase64(content.base64);
  }
  if (!(parsed.entrypoint in files)) throw new Error("This link's app has no entry file.");
  return { files, entrypoint: parsed.entrypoint, requirements: parsed.requirements };
}
