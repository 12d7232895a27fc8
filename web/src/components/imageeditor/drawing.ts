// The image editor's pixels, apart from its toolbar: a background and named layers, each
// an offscreen canvas of the editor's size, and the strokes drawn on them. What the
// element shows is `compose()`; what it sends is `exportPng()` of each part.

import type { FileData } from "../../protocol.gen";

// Gradio's EditorData: each part a PNG the page uploaded (or the app sent).
export interface EditorValue {
  background: FileData | null;
  layers: FileData[];
  composite: FileData | null;
}

export function isEditorValue(value: unknown): value is EditorValue {
  return typeof value === "object" && value !== null && "layers" in value;
}

export interface Layer {
  name: string;
  canvas: HTMLCanvasElement;
}

export interface Stroke {
  layer: number;
  erase: boolean;
  color: string;
  opacity: number;
  radius: number;
  points: [number, number][];
}

function blank(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error("This browser cannot draw on a canvas.");
  return ctx;
}

// A colour as Gradio gives it: a CSS colour, or [CSS colour, opacity].
export function splitColor(color: string | [string, number]): { css: string; opacity: number } {
  return typeof color === "string" ? { css: color, opacity: 1 } : { css: color[0], opacity: color[1] };
}

export class Drawing {
  width: number;
  height: number;
  background: HTMLCanvasElement;
  layers: Layer[] = [];
  // The stroke under way, drawn opaque on `scratch` and laid on its layer at its opacity
  // when it ends (so a translucent stroke does not darken where it overlaps itself).
  private stroke: Stroke | null = null;
  private readonly scratch: HTMLCanvasElement;
  private readonly merged: HTMLCanvasElement;
  private readonly undo: { layer: number; pixels: ImageData }[] = [];
  // Bumped by every change of pixels: the element re-sends only what changed.
  version = 0;
  backgroundVersion = 0;

  constructor(width: number, height: number, layerNames: string[]) {
    this.width = width;
    this.height = height;
    this.background = this.whiteBackground();
    this.scratch = blank(width, height);
    this.merged = blank(width, height);
    this.layers = layerNames.map((name) => ({ name, canvas: blank(width, height) }));
  }

  private whiteBackground(): HTMLCanvasElement {
    const canvas = blank(this.width, this.height);
    const ctx = context(canvas);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, this.width, this.height);
    return canvas;
  }

  addLayer(name: string): number {
    this.layers.push({ name, canvas: blank(this.width, this.height) });
    this.version++;
    return this.layers.length - 1;
  }

  // A new background: the editor takes the image's size, or (`fit`) keeps its size and
  // shows the image scaled to fit, centred. Layers start empty at the new size.
  setBackground(image: CanvasImageSource & { width: number; height: number }, fit: boolean): void {
    if (!fit) {
      this.width = image.width;
      this.height = image.height;
    }
    this.background = this.whiteBackground();
    const scale = fit ? Math.min(this.width / image.width, this.height / image.height) : 1;
    const w = image.width * scale;
    const h = image.height * scale;
    context(this.background).drawImage(image, (this.width - w) / 2, (this.height - h) / 2, w, h);
    this.resetLayers();
    this.backgroundVersion++;
  }

  resetLayers(): void {
    this.layers = this.layers.map((layer) => ({ name: layer.name, canvas: blank(this.width, this.height) }));
    for (const canvas of [this.scratch, this.merged]) {
      canvas.width = this.width;
      canvas.height = this.height;
    }
    this.undo.length = 0;
    this.version++;
  }

  // Keeps the rectangle (in canvas pixels) of the background and of every layer.
  crop(x: number, y: number, width: number, height: number): void {
    const cut = (source: HTMLCanvasElement): HTMLCanvasElement => {
      const target = blank(width, height);
      context(target).drawImage(source, x, y, width, height, 0, 0, width, height);
      return target;
    };
    this.background = cut(this.background);
    this.layers = this.layers.map((layer) => ({ name: layer.name, canvas: cut(layer.canvas) }));
    this.width = width;
    this.height = height;
    for (const canvas of [this.scratch, this.merged]) {
      canvas.width = width;
      canvas.height = height;
    }
    this.undo.length = 0;
    this.version++;
    this.backgroundVersion++;
  }

  clear(): void {
    this.background = this.whiteBackground();
    this.resetLayers();
    this.backgroundVersion++;
  }

  // A layer's pixels from an image (a value sent by the app).
  paintLayer(index: number, image: CanvasImageSource): void {
    const layer = this.layers[index] ?? this.layers[this.addLayer(`Layer ${String(index + 1)}`)];
    context(layer.canvas).drawImage(image, 0, 0, this.width, this.height);
    this.version++;
  }

  begin(stroke: Omit<Stroke, "points">, x: number, y: number): void {
    const layer = this.layers.at(stroke.layer);
    if (!layer) return;
    this.undo.push({ layer: stroke.layer, pixels: context(layer.canvas).getImageData(0, 0, this.width, this.height) });
    if (this.undo.length > 10) this.undo.shift(); // each is a layer's pixels: keep a few
    this.stroke = { ...stroke, points: [[x, y]] };
    this.drawStroke();
  }

  extend(x: number, y: number): void {
    if (!this.stroke) return;
    this.stroke.points.push([x, y]);
    this.drawStroke();
  }

  get drawing(): boolean {
    return this.stroke !== null;
  }

  // Lays the stroke under way on its layer; true when there was one.
  end(): boolean {
    const stroke = this.stroke;
    if (!stroke) return false;
    this.stroke = null;
    const ctx = context(this.layers[stroke.layer].canvas);
    ctx.save();
    ctx.globalAlpha = stroke.erase ? 1 : stroke.opacity;
    ctx.globalCompositeOperation = stroke.erase ? "destination-out" : "source-over";
    ctx.drawImage(this.scratch, 0, 0);
    ctx.restore();
    context(this.scratch).clearRect(0, 0, this.width, this.height);
    this.version++;
    return true;
  }

  undoLast(): boolean {
    const last = this.undo.pop();
    if (!last || !this.layers[last.layer]) return false;
    context(this.layers[last.layer].canvas).putImageData(last.pixels, 0, 0);
    this.version++;
    return true;
  }

  get canUndo(): boolean {
    return this.undo.length > 0;
  }

  private drawStroke(): void {
    const stroke = this.stroke;
    if (!stroke) return;
    const ctx = context(this.scratch);
    ctx.clearRect(0, 0, this.width, this.height);
    ctx.strokeStyle = ctx.fillStyle = stroke.erase ? "#000000" : stroke.color;
    ctx.lineWidth = stroke.radius * 2;
    ctx.lineCap = ctx.lineJoin = "round";
    const [first, ...rest] = stroke.points;
    ctx.beginPath();
    if (rest.length === 0) {
      ctx.arc(first[0], first[1], stroke.radius, 0, Math.PI * 2);
      ctx.fill();
      return;
    }
    ctx.moveTo(first[0], first[1]);
    for (const [x, y] of rest) ctx.lineTo(x, y);
    ctx.stroke();
  }

  // Background, then each layer (the stroke under way over its own layer).
  compose(target: HTMLCanvasElement, withBackground = true): void {
    if (target.width !== this.width) target.width = this.width;
    if (target.height !== this.height) target.height = this.height;
    const ctx = context(target);
    ctx.clearRect(0, 0, this.width, this.height);
    if (withBackground) ctx.drawImage(this.background, 0, 0);
    this.layers.forEach((layer, index) => {
      if (this.stroke?.layer === index) {
        const merged = this.merged;
        const mctx = context(merged);
        mctx.globalAlpha = 1;
        mctx.globalCompositeOperation = "copy";
        mctx.drawImage(layer.canvas, 0, 0);
        mctx.globalAlpha = this.stroke.erase ? 1 : this.stroke.opacity;
        mctx.globalCompositeOperation = this.stroke.erase ? "destination-out" : "source-over";
        mctx.drawImage(this.scratch, 0, 0);
        ctx.drawImage(merged, 0, 0);
      } else {
        ctx.drawImage(layer.canvas, 0, 0);
      }
    });
  }
}

// The crop to be: everything outside the rectangle dimmed, the rectangle outlined.
export function shadeOutside(canvas: HTMLCanvasElement, [x, y, w, h]: [number, number, number, number]): void {
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.save();
  ctx.fillStyle = "rgb(0 0 0 / 45%)";
  ctx.beginPath();
  ctx.rect(0, 0, canvas.width, canvas.height);
  ctx.rect(x, y, w, h);
  ctx.fill("evenodd");
  ctx.setLineDash([6, 4]);
  ctx.strokeStyle = "#ffffff";
  ctx.lineWidth = Math.max(1, canvas.width / 400);
  ctx.strokeRect(x, y, w, h);
  ctx.restore();
}

export function exportPng(canvas: HTMLCanvasElement, name: string): Promise<File> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(new File([blob], name, { type: "image/png" }));
      else reject(new Error("The canvas could not be encoded as PNG."));
    }, "image/png");
  });
}

// An image flipped left to right, as PNG.
export async function mirrored(photo: Blob): Promise<Blob> {
  const image = await createImageBitmap(photo);
  const flipped = blank(image.width, image.height);
  const ctx = context(flipped);
  ctx.scale(-1, 1);
  ctx.drawImage(image, -image.width, 0);
  return exportPng(flipped, "webcam.png");
}

export function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(`The image could not be loaded: ${url}`));
    image.src = url;
  });
}
