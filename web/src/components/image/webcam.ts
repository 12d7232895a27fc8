// The camera side of gr.Image: a live preview and frames captured from it as files.
// A controller attached to the element: it owns the MediaStream and the capture loop.

import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { RawFrame } from "../base/component";
import { rgbaToRgb } from "../../shared/pixels";

export class WebcamController implements ReactiveController {
  stream: MediaStream | null = null;
  streaming = false;
  error: string | null = null;
  private video: HTMLVideoElement | null = null;
  private grabber: OffscreenCanvasRenderingContext2D | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  // `video`: getUserMedia's video constraints (gr.WebcamOptions' `constraints.video`).
  async start(video: HTMLVideoElement, constraints: MediaTrackConstraints | boolean = true): Promise<void> {
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: constraints, audio: false });
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

  // The current frame's pixels, unencoded: RGB, or RGBA when `alpha` (see frames.py
  // for why RGB: numpy in the worker handles contiguous RGB far faster).
  grab(alpha: boolean): RawFrame | null {
    const video = this.video;
    if (!video || video.videoWidth === 0) return null;
    const { videoWidth: width, videoHeight: height } = video;
    if (this.grabber?.canvas.width !== width || this.grabber.canvas.height !== height) {
      this.grabber = new OffscreenCanvas(width, height).getContext("2d", { willReadFrequently: true });
    }
    if (!this.grabber) return null;
    this.grabber.drawImage(video, 0, 0);
    const rgba = this.grabber.getImageData(0, 0, width, height).data;
    if (alpha) return { pixels: new Uint8Array(rgba.buffer), width, height, channels: 4 };
    return { pixels: rgbaToRgb(rgba), width, height, channels: 3 };
  }

  // Streams until stopped: the newest camera frame once the app has handled the last
  // one (at once if the camera has a new frame by then, else on its next). One frame in
  // flight at a time, so a slow app gets fewer, fresher frames.
  async run(alpha: boolean, send: (frame: RawFrame) => Promise<void>): Promise<void> {
    const video = this.video;
    if (!video) return;
    this.streaming = true;
    this.host.requestUpdate();
    let presented = 0;
    let sent = 0;
    let wake: (() => void) | null = null;
    const onFrame = () => {
      presented++;
      wake?.();
      if (this.streaming) video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
    // Both change while this loop awaits (Stop, the camera closing).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    while (this.streaming && this.stream) {
      if (presented === sent) {
        // A paused camera presents nothing: look again now and then.
        await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, 100)));
        wake = null;
      }
      sent = presented;
      const frame = this.grab(alpha);
      if (frame) await send(frame);
    }
  }
}
