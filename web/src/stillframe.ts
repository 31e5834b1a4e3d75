// Smooth panning and zooming of large networks: while the camera moves, the last drawn frame is moved and
// scaled by the browser's compositor (one CSS transform on one canvas) instead of sigma drawing every node,
// link and label again for every frame; when the camera has rested for a moment, sigma draws the network
// properly at the new position, as map viewers do with their tiles.
//
// Why: sigma redraws everything on every camera change, in seven stacked canvases (three WebGL, four 2D).
// Without a graphics card (software WebGL) a redraw of 5,836 nodes and 10,595 links took about 400 ms
// (2.6 frames/s) and even moving the seven layers with CSS ran at 9 frames/s, while one moved canvas ran
// at 40 (load average 4; web/bench/graph-bench.mjs, web/README.md has the figures).
import Sigma from "sigma";
import type { CameraState } from "sigma/types";

/**
 * How long the camera must rest before the network is drawn again at its new position. Resting also needs
 * one whole animation frame without a camera change: on a slow machine a frame can take longer than this,
 * and a timer alone would then redraw in the middle of a motion, making the next frames slower still.
 */
export const settleMs = 120;

/**
 * sigma's layers that make up a frame; its "mouse" layer only catches events and stays as it is. Each
 * copied layer costs software WebGL about 10 ms per drawing, so empty ones are left out: edge labels
 * when they are off, and the layers of highlighted and hovered nodes when there are none.
 */
const sceneLayers = ["edges", "edgeLabels", "nodes", "labels"];
const highlightLayers = ["hoverNodes", "hovers"];

function sameCamera(a: CameraState, b: CameraState): boolean {
  return a.x === b.x && a.y === b.y && a.ratio === b.ratio && a.angle === b.angle;
}

/**
 * Sigma that shows its last frame, moved, while the camera moves, and draws again when it rests.
 * Changes to the graph that arrive during the motion are drawn when the camera rests. Hover and click
 * stay exact: a press of the mouse while the frame is moved draws the network first, so that sigma's
 * picking (which node is under the pointer) matches what is on the screen.
 * The container gets the class `still` while the moved frame is shown (see style.css).
 */
export class StillFrameSigma extends Sigma {
  private frame: HTMLCanvasElement | null = null;
  private frameCamera: CameraState | null = null; // the camera the frame was drawn with
  private shownCamera: CameraState | null = null; // the camera the moved frame now stands for
  private moving = false;
  private hovered = false; // a node is under the pointer (drawn in the highlight layers)
  private moves = 0; // camera changes while moving
  private movesSeen = 0; // as counted at the previous animation frame
  private lastMoveAt = 0;
  private watchFrame = 0;
  private readonly onPress = () => {
    if (this.moving) this.settleNow();
  };

  constructor(...args: ConstructorParameters<typeof Sigma>) {
    super(...args);
    const container = this.getContainer();
    this.frame = document.createElement("canvas");
    this.frame.className = "graph-frame";
    this.frame.setAttribute("aria-hidden", "true");
    container.appendChild(this.frame);
    container.addEventListener("mousedown", this.onPress, { capture: true, passive: true });
    container.addEventListener("touchstart", this.onPress, { capture: true, passive: true });
    this.on("afterRender", () => this.keepFrame());
    this.on("enterNode", () => (this.hovered = true));
    this.on("leaveNode", () => (this.hovered = false));
  }

  /** True while the moved frame stands in for the network (for tests and the benchmark). */
  get isStill(): boolean {
    return this.moving;
  }

  /**
   * Called by sigma for every camera change and every data change. A data change while the camera
   * moves (the layout's progress, say) waits for the drawing when it rests, and does not delay it.
   */
  override scheduleRender(): this {
    const camera = this.getCamera().getState();
    if (!this.frame || !this.frameCamera || !this.shownCamera) return super.scheduleRender();
    if (sameCamera(camera, this.shownCamera)) return this.moving ? this : super.scheduleRender();
    this.moving = true;
    this.getContainer().classList.add("still");
    this.followCamera(camera);
    this.shownCamera = camera;
    this.moves++;
    this.lastMoveAt = performance.now();
    if (!this.watchFrame) this.watchFrame = requestAnimationFrame(this.watch);
    return this;
  }

  /** Once per animation frame while moving: has the camera rested long enough? */
  private readonly watch = (now: number) => {
    this.watchFrame = 0;
    if (!this.moving) return;
    if (this.moves !== this.movesSeen || now - this.lastMoveAt < settleMs) {
      this.movesSeen = this.moves;
      this.watchFrame = requestAnimationFrame(this.watch);
      return;
    }
    this.settle();
  };

  override kill(): void {
    cancelAnimationFrame(this.watchFrame);
    this.moving = false;
    const container = this.getContainer();
    container.removeEventListener("mousedown", this.onPress, true);
    container.removeEventListener("touchstart", this.onPress, true);
    container.classList.remove("still");
    this.frame?.remove();
    this.frame = null;
    super.kill();
  }

  /** The camera has rested: draw the network where it now is. */
  private settle(): void {
    this.moving = false;
    super.scheduleRender();
  }

  /** Draws now (sigma has no public synchronous render but refresh, here without re-reading the graph). */
  private settleNow(): void {
    this.moving = false;
    this.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
  }

  /**
   * After every drawing, copy the layers into the one frame canvas (the WebGL layers keep their pixels
   * only until the browser shows them), and show the layers again unless the camera is moving.
   */
  private keepFrame(): void {
    const frame = this.frame;
    if (!frame) return;
    const canvases = this.getCanvases();
    const { width, height } = canvases.nodes;
    if (!width || !height) return; // a detached container (the view was left): nothing to keep
    if (frame.width !== width || frame.height !== height) {
      frame.width = width;
      frame.height = height;
    }
    // Opaque, on the container's background: the compositor then copies the frame without blending it.
    const context = frame.getContext("2d", { alpha: false });
    if (!context) return;
    const background = getComputedStyle(this.getContainer()).backgroundColor;
    context.fillStyle = /^(transparent|rgba\(.*, 0\))$/.test(background) ? "#fff" : background;
    context.fillRect(0, 0, width, height);
    const edgeLabels = this.getSetting("renderEdgeLabels");
    const layers = sceneLayers.filter((layer) => edgeLabels || layer !== "edgeLabels");
    if (this.hovered || this.getGraph().someNode((node) => this.getNodeDisplayData(node)?.highlighted === true)) layers.push(...highlightLayers);
    for (const layer of layers) if (canvases[layer]) context.drawImage(canvases[layer], 0, 0);
    this.frameCamera = this.getCamera().getState();
    this.shownCamera = this.frameCamera;
    if (this.moving) this.followCamera(this.frameCamera);
    else {
      frame.style.transform = "";
      this.getContainer().classList.remove("still");
    }
  }

  /** Moves the frame so that what it shows sits where the camera now puts it. */
  private followCamera(camera: CameraState): void {
    if (!this.frame || !this.frameCamera) return;
    const { width, height } = this.getDimensions();
    if (!width || !height) return;
    const from = { cameraState: this.frameCamera };
    const to = { cameraState: camera };
    const place = (x: number, y: number) => this.framedGraphToViewport(this.viewportToFramedGraph({ x, y }, from), to);
    const origin = place(0, 0);
    const right = place(width, 0);
    const down = place(0, height);
    const m = [(right.x - origin.x) / width, (right.y - origin.y) / width, (down.x - origin.x) / height, (down.y - origin.y) / height, origin.x, origin.y];
    this.frame.style.transform = `matrix(${m.map((v) => (Number.isFinite(v) ? v : 0)).join(",")})`;
  }
}
