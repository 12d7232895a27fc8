// The camera side of gr.Video: a live preview while MediaRecorder records it (WebM, the
// browser's own encoder; no ffmpeg anywhere).

import type { ReactiveController, ReactiveControllerHost } from "lit";

export class VideoRecorderController implements ReactiveController {
  stream: MediaStream | null = null;
  error: string | null = null;
  private recorder: MediaRecorder | null = null;
  private parts: Blob[] = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.release();
  }

  get recording(): boolean {
    return this.recorder?.state === "recording";
  }

  async start(preview: HTMLVideoElement, withAudio: boolean): Promise<void> {
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: withAudio });
      preview.srcObject = this.stream;
      await preview.play();
      this.parts = [];
      this.recorder = new MediaRecorder(this.stream, { mimeType: pickType() });
      this.recorder.ondataavailable = (event) => event.data.size > 0 && this.parts.push(event.data);
      this.recorder.start();
      this.error = null;
    } catch (e) {
      this.error = `The camera is not available: ${e instanceof Error ? e.message : String(e)}`;
      this.release();
    }
    this.host.requestUpdate();
  }

  // Ends the recording; the video it made.
  async stop(): Promise<File | null> {
    const recorder = this.recorder;
    if (!recorder || recorder.state === "inactive") return null;
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.stop();
    await stopped;
    this.release();
    const type = recorder.mimeType.split(";")[0] || "video/webm";
    return new File(this.parts, `recording.${type === "video/mp4" ? "mp4" : "webm"}`, { type });
  }

  private release(): void {
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    this.recorder = null;
    this.host.requestUpdate();
  }
}

function pickType(): string {
  const types = ["video/webm;codecs=vp9,opus", "video/webm;codecs=vp8,opus", "video/webm", "video/mp4"];
  return types.find((type) => MediaRecorder.isTypeSupported(type)) ?? "";
}
