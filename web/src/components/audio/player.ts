// Plays a streamed output: each chunk the generator yields is decoded by the browser
// and scheduled right after the previous one, so playback starts with the first chunk
// and has no gaps while chunks keep up.

export class StreamPlayer {
  private context: AudioContext | null = null;
  private endsAt = 0;
  chunks = 0;
  seconds = 0;

  async enqueue(bytes: ArrayBuffer): Promise<void> {
    this.context ??= new AudioContext();
    const context = this.context;
    if (context.state === "suspended") await context.resume();
    const buffer = await context.decodeAudioData(bytes);
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(context.destination);
    const start = Math.max(context.currentTime, this.endsAt);
    source.start(start);
    this.endsAt = start + buffer.duration;
    this.chunks++;
    this.seconds += buffer.duration;
  }

  // Seconds of the stream already heard.
  get played(): number {
    if (!this.context) return 0;
    return Math.max(0, this.seconds - Math.max(0, this.endsAt - this.context.currentTime));
  }

  reset(): void {
    void this.context?.close();
    this.context = null;
    this.endsAt = 0;
    this.chunks = 0;
    this.seconds = 0;
  }
}
