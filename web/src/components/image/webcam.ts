// The camera side of gr.Image: a live preview and frames captured from it as files.
// A controller attached to the element: it owns the MediaStream and the capture loop.

import type { ReactiveController, ReactiveControllerHost } from "lit";

export class WebcamController implements ReactiveController {
  stream: MediaStream | null = null;
  streaming = false;
  error: string | null = null;
  private video: HTMLVideoElement | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  async start(video: HTMLVideoElement): Promise<void> {
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
      this.video = video;
      video.srcObject = this.stream;
      await video.play();
    } catch (e) {
      this.error = `The camera is not available: ${e instanceof Error ? e.message : String(e)}`;
    }
    this.host.requestUpdate();
  }

  stop(): void {
    this.streaming = false;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    this.host.requestUpdate();
  }

  // The current frame as a JPEG file: small to move, quick for the browser to encode.
  async capture(): Promise<File | null> {
    const video = this.video;
    if (!video || video.videoWidth === 0) return null;
    const canvas = new OffscreenCanvas(video.videoWidth, video.videoHeight);
    canvas.getContext("2d")?.drawImage(video, 0, 0);
    const blob = await canvas.convertToBlob({ type: "image/jpeg", quality: 0.9 });
    return new File([blob], "webcam.jpg", { type: "image/jpeg" });
  }

  // Sends a frame, waits `every` seconds (or for the send, if slower), and again,
  // until stopped: never more than one frame in flight.
  async run(every: number, send: (file: File) => Promise<void>): Promise<void> {
    this.streaming = true;
    this.host.requestUpdate();
    while (this.streaming && this.stream) {
      const started = performance.now();
      const frame = await this.capture();
      if (frame) await send(frame);
      const rest = every * 1000 - (performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, rest)));
    }
  }
}
