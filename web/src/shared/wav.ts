// WAV on the page's side: recordings and decoded uploads become 16-bit PCM WAV, the one
// audio format Python reads without ffmpeg (lite_core/wav.py).

export function isWav(head: Uint8Array): boolean {
  const text = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  return head.length >= 12 && text(0, 4) === "RIFF" && text(8, 12) === "WAVE";
}

// Interleaved 16-bit PCM in a RIFF/WAVE container; samples are -1..1 floats per channel.
export function encodeWav(channels: Float32Array[], sampleRate: number): Uint8Array<ArrayBuffer> {
  const frames = channels[0]?.length ?? 0;
  const count = channels.length;
  const bytes = new Uint8Array(44 + frames * count * 2);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + frames * count * 2, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, count, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * count * 2, true);
  view.setUint16(32, count * 2, true);
  view.setUint16(34, 16, true);
  ascii(36, "data");
  view.setUint32(40, frames * count * 2, true);
  const samples = new Int16Array(bytes.buffer, 44, frames * count);
  for (let frame = 0, k = 0; frame < frames; frame++) {
    for (let c = 0; c < count; c++, k++) {
      const s = Math.max(-1, Math.min(1, channels[c][frame]));
      samples[k] = s < 0 ? s * 0x8000 : s * 0x7fff;
    }
  }
  return bytes;
}

// Any file the browser can play, decoded by its own codecs and written as WAV. The
// decoder resamples to its context's rate: 48 kHz here, whatever the file had.
export async function decodeToWav(file: File): Promise<File> {
  const context = new OfflineAudioContext(1, 1, 48000);
  let buffer: AudioBuffer;
  try {
    buffer = await context.decodeAudioData(await file.arrayBuffer());
  } catch {
    throw new Error(`${file.name} could not be decoded: this browser cannot play its format.`);
  }
  const channels = Array.from({ length: buffer.numberOfChannels }, (_, c) => buffer.getChannelData(c));
  const name = file.name.replace(/\.[^.]*$/, "") + ".wav";
  return new File([encodeWav(channels, buffer.sampleRate)], name, { type: "audio/wav" });
}
