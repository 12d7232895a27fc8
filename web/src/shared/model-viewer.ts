// The three.js scene of gr.Model3D, in a chunk of its own: a page loads it (and three.js)
// only when a Model3D shows a model.

import * as THREE from "three";
import { OrbitControls } from "three/addons/controls/OrbitControls.js";
import { GLTFLoader } from "three/addons/loaders/GLTFLoader.js";
import { OBJLoader } from "three/addons/loaders/OBJLoader.js";
import { STLLoader } from "three/addons/loaders/STLLoader.js";

export interface ViewerOptions {
  clearColor: number[];
  cameraPosition: (number | null)[];
  zoomSpeed: number;
  panSpeed: number;
  displayMode: "solid" | "point_cloud" | "wireframe" | null;
}

export const MODEL_EXTENSIONS = [".glb", ".gltf", ".obj", ".stl"];

async function loadObject(url: string, name: string): Promise<THREE.Object3D> {
  const extension = name.toLowerCase().slice(name.lastIndexOf("."));
  if (extension === ".glb" || extension === ".gltf") return (await new GLTFLoader().loadAsync(url)).scene;
  if (extension === ".obj") {
    // OBJ files often wind some faces the other way: draw both sides rather than holes.
    // Without their .mtl, a grey like STL's keeps lit faces apart from a white background.
    const object = await new OBJLoader().loadAsync(url);
    object.traverse((node) => {
      if (node instanceof THREE.Mesh) {
        const materials = (Array.isArray(node.material) ? node.material : [node.material]) as THREE.Material[];
        for (const material of materials) {
          material.side = THREE.DoubleSide;
          if (material instanceof THREE.MeshPhongMaterial) material.color.set(0xb0b0b0);
        }
      }
    });
    return object;
  }
  if (extension === ".stl") {
    const geometry = await new STLLoader().loadAsync(url);
    geometry.computeVertexNormals();
    return new THREE.Mesh(
      geometry,
      new THREE.MeshStandardMaterial({ color: 0xb0b0b0, metalness: 0.1, roughness: 0.7 }),
    );
  }
  throw new Error(`Model3D shows ${MODEL_EXTENSIONS.join(", ")} files, not ${extension || name}.`);
}

// Each mesh drawn as lines (wireframe) or points (point_cloud), as Gradio's display_mode asks.
function applyMode(root: THREE.Object3D, mode: ViewerOptions["displayMode"]): void {
  if (!mode || mode === "solid") return;
  const meshes: THREE.Mesh[] = [];
  root.traverse((node) => {
    if (node instanceof THREE.Mesh) meshes.push(node as THREE.Mesh);
  });
  for (const mesh of meshes) {
    if (mode === "wireframe") {
      const materials = Array.isArray(mesh.material) ? mesh.material : [mesh.material];
      for (const material of materials) if ("wireframe" in material) material.wireframe = true;
    } else {
      const points = new THREE.Points(
        mesh.geometry,
        new THREE.PointsMaterial({ size: 0.01, sizeAttenuation: true, color: 0x888888 }),
      );
      points.applyMatrix4(mesh.matrix);
      mesh.parent?.add(points);
      mesh.removeFromParent();
    }
  }
}

export class ModelViewer {
  private readonly renderer: THREE.WebGLRenderer;
  private readonly scene = new THREE.Scene();
  private readonly camera = new THREE.PerspectiveCamera(45, 1, 0.01, 1000);
  private readonly controls: OrbitControls;
  private readonly resize: ResizeObserver;
  private home: { position: THREE.Vector3; target: THREE.Vector3 } | null = null;
  private model: THREE.Object3D | null = null;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private options: ViewerOptions,
  ) {
    // The drawing buffer is kept so that the picture can be read back (a download, a test).
    this.renderer = new THREE.WebGLRenderer({ canvas, antialias: true, alpha: true, preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
    this.scene.add(new THREE.HemisphereLight(0xffffff, 0x444444, 1));
    const light = new THREE.DirectionalLight(0xffffff, 1.2);
    light.position.set(3, 10, 7);
    this.scene.add(light);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.addEventListener("change", () => this.draw());
    this.setOptions(options);
    this.resize = new ResizeObserver(() => this.fit());
    this.resize.observe(canvas);
    this.fit();
  }

  setOptions(options: ViewerOptions): void {
    this.options = options;
    const [r = 0, g = 0, b = 0, a = 0] = options.clearColor;
    this.renderer.setClearColor(new THREE.Color(r, g, b), a);
    this.controls.zoomSpeed = options.zoomSpeed;
    this.controls.panSpeed = options.panSpeed;
    this.draw();
  }

  async show(url: string, name: string): Promise<void> {
    const object = await loadObject(url, name);
    applyMode(object, this.options.displayMode);
    if (this.model) this.scene.remove(this.model);
    this.model = object;
    this.scene.add(object);
    this.frame(object);
  }

  clear(): void {
    if (this.model) this.scene.remove(this.model);
    this.model = null;
    this.draw();
  }

  // The camera on the model: Gradio's (alpha, beta, radius) where given (degrees, as
  // Babylon's ArcRotateCamera), else a three-quarter view at a distance that fits it.
  private frame(object: THREE.Object3D): void {
    const box = new THREE.Box3().setFromObject(object);
    const center = box.getCenter(new THREE.Vector3());
    const size = box.getSize(new THREE.Vector3()).length() || 1;
    const [alphaDeg, betaDeg, radius] = this.options.cameraPosition;
    const alpha = ((alphaDeg ?? 45) * Math.PI) / 180;
    const beta = ((betaDeg ?? 70) * Math.PI) / 180;
    // The model's bounding sphere (diameter `size`) fits the vertical field of view.
    const fov = (this.camera.fov * Math.PI) / 180;
    const distance = radius ?? (size / 2 / Math.sin(fov / 2)) * 1.1;
    const offset = new THREE.Vector3(
      Math.cos(alpha) * Math.sin(beta),
      Math.cos(beta),
      Math.sin(alpha) * Math.sin(beta),
    );
    this.camera.near = size / 100;
    this.camera.far = size * 100 + distance;
    this.camera.position.copy(center).addScaledVector(offset, distance);
    this.camera.updateProjectionMatrix();
    this.controls.target.copy(center);
    this.controls.update();
    this.home = { position: this.camera.position.clone(), target: center.clone() };
    this.draw();
  }

  resetView(): void {
    if (!this.home) return;
    this.camera.position.copy(this.home.position);
    this.controls.target.copy(this.home.target);
    this.controls.update();
  }

  private fit(): void {
    const width = this.canvas.clientWidth || 300;
    const height = this.canvas.clientHeight || 300;
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.draw();
  }

  private draw(): void {
    this.renderer.render(this.scene, this.camera);
    this.canvas.dispatchEvent(new CustomEvent("lite-rendered"));
  }

  dispose(): void {
    this.resize.disconnect();
    this.controls.dispose();
    this.renderer.dispose();
  }
}
