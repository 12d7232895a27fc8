// Pixel layouts between the page's canvases (RGBA) and the frames the app reads and
// writes (gray, RGB or RGBA). 32-bit reads and writes: these run on every frame of a
// stream, and a byte-at-a-time loop cost ~4 ms per 640x480 frame.

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

// RGBA -> RGB, dropping alpha.
export function rgbaToRgb(rgba: Uint8ClampedArray): Uint8Array<ArrayBuffer> {
  const count = rgba.length / 4;
  const words = new Uint32Array(rgba.buffer, rgba.byteOffset, count);
  const rgb = new Uint8Array(count * 3);
  for (let i = 0, j = 0; i < count; i++, j += 3) {
    const w = words[i];
    if (littleEndian) {
      rgb[j] = w;
      rgb[j + 1] = w >>> 8;
      rgb[j + 2] = w >>> 16;
    } else {
      rgb[j] = w >>> 24;
      rgb[j + 1] = w >>> 16;
      rgb[j + 2] = w >>> 8;
    }
  }
  return rgb;
}

// Gray (1) or RGB (3) -> opaque RGBA; RGBA as it is.
export function toRgba(pixels: Uint8ClampedArray<ArrayBuffer>, channels: number): Uint8ClampedArray<ArrayBuffer> {
  if (channels === 4) return pixels;
  const count = pixels.length / channels;
  const words = new Uint32Array(count);
  const opaque = littleEndian ? 0xff000000 : 0xff;
  for (let i = 0, j = 0; i < count; i++, j += channels) {
    const r = pixels[j];
    const g = channels === 3 ? pixels[j + 1] : r;
    const b = channels === 3 ? pixels[j + 2] : r;
    words[i] = (littleEndian ? (b << 16) | (g << 8) | r : (r << 24) | (g << 16) | (b << 8)) | opaque;
  }
  return new Uint8ClampedArray(words.buffer);
}
