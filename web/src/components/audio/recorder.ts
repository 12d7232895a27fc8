// The microphone side of gr.Audio: PCM samples captured by an AudioWorklet, taken as
// WAV whenever the component asks (at the end of a recording, or every stream_every).

import type { ReactiveController, ReactiveControllerHost } from "lit";
import { encodeWav } from "../../shared/wav";

// Posts each block of input samples (per channel) to the page's thread.
const CAPTURE = `registerProcessor("lite-capture", class extends AudioWorkletProcessor {
  process(inputs) {
    const input = inputs[0];
    if (input && input.length) this.port.postMessage(input.map((channel) => channel.slice()));
    return true;
  }
});`;

export class MicrophoneController implements ReactiveController {
  recording = false;
  error: string | null = null;
  private context: AudioContext | null = null;
  private stream: MediaStream | null = null;
  private blocks: Float32Array[][] = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    void this.stop();
  }

  async start(): Promise<boolean> {
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
      this.context = new AudioContext();
      const module = URL.createObjectURL(new Blob([CAPTURE], { type: "text/javascript" }));
      await this.context.audioWorklet.addModule(module);
      URL.revokeObjectURL(module);
      const source = this.context.createMediaStreamSource(this.stream);
      const capture = new AudioWorkletNode(this.context, "lite-capture");
      capture.port.onmessage = (event: MessageEvent<Float32Array[]>) => this.blocks.push(event.data);
      source.connect(capture);
      this.blocks = [];
      this.recording = true;
      this.error = null;
    } catch (e) {
      this.error = `The microphone is not available: ${e instanceof Error ? e.message : String(e)}`;
      await this.stop();
    }
    this.host.requestUpdate();
    return this.recording;
  }

  // The samples captured since the last take, as a WAV file (null when there are none).
  take(name: string): File | null {
    const blocks = this.blocks;
    this.blocks = [];
    if (!this.context || blocks.length === 0) return null;
    const channels = blocks[0].map((_, c) => concat(blocks.map((block) => block[c] ?? block[0])));
    return new File([encodeWav(channels, this.context.sampleRate)], name, { type: "audio/wav" });
  }

  async stop(): Promise<void> {
    this.recording = false;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    const context = this.context;
    this.context = null;
    await context?.close();
    this.host.requestUpdate();
  }

  // Ends the recording; its samples (if any) as a WAV file.
  async finish(name: string): Promise<File | null> {
    const file = this.take(name);
    await this.stop();
    return file;
  }

  get sampleRate(): number {
    return this.context?.sampleRate ?? 0;
  }
}

function concat(parts: Float32Array[]): Float32Array {
  const whole = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole;
}
