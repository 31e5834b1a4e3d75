// The interactive network: sigma.js (WebGL) over a graphology graph, laid out by ForceAtlas2 in a worker.
// Click a node (or pick it from the list) to see it; "Expand" adds its ego network from the API.
// Edge kinds can be switched off; selector nodes left without a visible link are hidden with them.
import Graph from "graphology";
import { ApiError, casePath, get } from "./api";
import { fmtNumber, h, plain, replace } from "./dom";
import type { LayoutProgress, LayoutRequest } from "./layout.worker";
import { caseHash } from "./nav";
import { BandEdgeProgram, DiscNodeProgram } from "./programs";
import { StillFrameSigma } from "./stillframe";

export interface ApiNode {
  id: string;
  type: string;
  label: string;
  cluster?: string | number | null;
  score?: number | null;
  ad?: string | number; // the ad's id, on ad nodes
}

export interface ApiEdge {
  source: string;
  target: string;
  kind: string;
  weight?: number;
}

export interface ApiGraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  truncated?: boolean;
}

const nodeColors: Record<string, string> = {
  ad: "#1f4e79",
  doc: "#1f4e79",
  document: "#1f4e79",
  phone: "#d62728",
  email: "#ff7f0e",
  handle: "#9467bd",
  iban: "#000000",
  crypto: "#bcbd22",
  payment: "#7f7f7f",
  ip: "#7fb2d9",
  url: "#8c564b",
  photo: "#2ca02c",
  place: "#17becf",
};
const edgeColors: Record<string, string> = {
  phone: "#e8a0a0",
  email: "#f5c28f",
  handle: "#c9b3e0",
  iban: "#999999",
  crypto: "#dedd8a",
  payment: "#c7c7c7",
  ip: "#c0dcef",
  text: "#9ec5e8",
  photo: "#a6d8a6",
};
// The contact kinds of src/store/contact_kinds.h, then the similarity links.
const knownKinds = ["phone", "email", "handle", "iban", "crypto", "payment", "ip", "text", "photo"];

/** The document id behind an ad node ("ad:42", "doc:42" or "42"). */
export function isAd(type: unknown): boolean {
  return type === "ad" || type === "doc" || type === "document";
}

/** A link kind as the filters name it: "has_phone" and "phone" are both "phone". */
export function linkKind(kind: unknown): string {
  return plain(kind).replace(/^(has|shared|same)_/, "");
}

export function adIdOf(node: ApiNode): string | null {
  if (!isAd(node.type)) return null;
  if (node.ad !== undefined && node.ad !== null) return plain(node.ad);
  const m = /^(?:document|doc|ad|d)?:?(.+)$/.exec(plain(node.id));
  return m ? m[1] : plain(node.id);
}

/**
 * Watches clicks on sigma's container. The browser ends a drag with a click, which sigma counts toward a
 * double click; the returned function says whether the first click of the double click sigma reports
 * now was such a drag's end (the pointer moved more than a few pixels between its press and its click).
 * It listens in the capture phase, so it sees each click before sigma does.
 */
function pairBeganWithDrag(element: HTMLElement): () => boolean {
  let down = { x: 0, y: 0 };
  let lastWasDrag = false;
  let previousWasDrag = false;
  element.addEventListener("mousedown", (e) => (down = { x: e.clientX, y: e.clientY }), { capture: true, passive: true });
  element.addEventListener(
    "click",
    (e) => {
      previousWasDrag = lastWasDrag;
      lastWasDrag = Math.hypot(e.clientX - down.x, e.clientY - down.y) > 3;
    },
    { capture: true, passive: true },
  );
  return () => previousWasDrag;
}

export class GraphPanel {
  readonly element: HTMLElement;
  private readonly graph = new Graph({ type: "undirected", multi: true });
  private readonly canvas: HTMLElement;
  private readonly status: HTMLElement;
  private readonly info: HTMLElement;
  private readonly finder: HTMLInputElement;
  private readonly options: HTMLDataListElement;
  private readonly kindsBox: HTMLElement;
  private readonly enabled = new Set<string>(knownKinds);
  private visibleNodes: Set<string> | null = null;
  private selected: string | null = null;
  private renderer: StillFrameSigma | null = null;
  private worker: Worker | null = null;
  private layoutId = 0;

  constructor(private readonly caseId: string) {
    this.canvas = h("div", { class: "graph-canvas", id: "graph-canvas", role: "img", "aria-label": "Network graph of the cluster (use the node list to explore by keyboard)" });
    this.status = h("p", { class: "muted", id: "graph-status", role: "status" }, "Loading the network…");
    this.info = h("div", { class: "graph-info", id: "graph-info", "aria-live": "polite" });
    this.options = h("datalist", { id: "graph-nodes" });
    this.finder = h("input", { id: "graph-find", list: "graph-nodes", placeholder: "node label" });
    const find = h("form", { class: "graph-find" }, h("label", { for: "graph-find" }, "Find a node"), this.finder, this.options, h("button", { type: "submit" }, "Show"));
    find.addEventListener("submit", (e) => {
      e.preventDefault();
      const wanted = this.finder.value.trim();
      const key = this.graph.findNode((k, a) => a.label === wanted || k === wanted);
      if (key) this.select(key, true);
      else replace(this.info, h("p", { class: "error" }, `No node labelled ${wanted}.`));
    });
    this.kindsBox = h("fieldset", { class: "kinds" }, h("legend", {}, "Link types"));
    this.element = h("div", { class: "graph-panel" }, h("div", { class: "graph-tools" }, this.kindsBox, find), this.canvas, this.status, this.info);
  }

  async load(params: Record<string, string>): Promise<void> {
    let data: ApiGraph;
    try {
      data = await get<ApiGraph>(casePath(this.caseId, "graph"), params);
    } catch (e) {
      replace(this.status, e instanceof ApiError ? `The network could not be loaded: ${e.message}` : "The network could not be loaded.");
      return;
    }
    this.show(data);
  }

  /** Draws a graph (as the API gives it) and starts its layout. */
  show(data: ApiGraph): void {
    this.merge(data, null);
    this.updateKinds();
    if (!this.renderer) this.mount();
    this.layout(this.graph.order > 2000 ? 120 : 250);
    this.report(data.truncated === true);
  }

  /** For measurements: the renderer (null when WebGL is missing). */
  get sigma(): StillFrameSigma | null {
    return this.renderer;
  }

  destroy(): void {
    this.worker?.terminate();
    this.worker = null;
    this.renderer?.kill();
    this.renderer = null;
  }

  private mount(): void {
    try {
      this.renderer = new StillFrameSigma(this.graph, this.canvas, {
        renderEdgeLabels: false,
        allowInvalidContainer: true, // the view may be left (and its container detached) mid-layout
        labelRenderedSizeThreshold: 7,
        defaultEdgeColor: "#ccc",
        // plain vertices, not instances: much faster in software WebGL (programs.ts)
        nodeProgramClasses: { circle: DiscNodeProgram },
        edgeProgramClasses: { line: BandEdgeProgram },
        defaultEdgeType: "line",
        zIndex: true,
        nodeReducer: (node, attrs) => {
          const out = { ...attrs };
          if (this.visibleNodes && !this.visibleNodes.has(node)) out.hidden = true;
          if (this.selected) {
            if (node === this.selected) {
              out.highlighted = true;
              out.zIndex = 2;
            } else if (!this.graph.areNeighbors(node, this.selected)) {
              out.color = "#ddd";
              out.label = "";
              out.zIndex = 0;
            }
          }
          return out;
        },
        edgeReducer: (edge, attrs) => {
          const out = { ...attrs };
          if (!this.enabled.has(attrs.kind as string)) out.hidden = true;
          else if (this.selected && !this.graph.hasExtremity(edge, this.selected)) out.color = "#eee";
          return out;
        },
      });
    } catch (e) {
      replace(this.status, `The network cannot be drawn here (WebGL is not available): ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    this.renderer.on("clickNode", ({ node }) => this.select(node, false));
    this.renderer.on("clickStage", () => this.unselect());
    // A click soon after a drag would otherwise zoom (a double click) instead of selecting.
    const afterDrag = pairBeganWithDrag(this.canvas);
    this.renderer.on("doubleClickNode", ({ node, event }) => {
      if (!afterDrag()) return;
      event.preventSigmaDefault();
      this.select(node, false);
    });
    this.renderer.on("doubleClickStage", ({ event }) => {
      if (!afterDrag()) return;
      event.preventSigmaDefault();
      this.unselect();
    });
    this.renderer.on("enterNode", () => this.canvas.classList.add("pointer"));
    this.renderer.on("leaveNode", () => this.canvas.classList.remove("pointer"));
  }

  private unselect(): void {
    this.selected = null;
    replace(this.info);
    this.renderer?.refresh();
  }

  private merge(data: ApiGraph, around: string | null): number {
    let added = 0;
    const origin = around && this.graph.hasNode(around) ? this.graph.getNodeAttributes(around) : { x: 0, y: 0 };
    const n0 = Math.max(1, this.graph.order);
    data.nodes.forEach((node, i) => {
      const key = plain(node.id);
      if (this.graph.hasNode(key)) return;
      const angle = (2 * Math.PI * i) / Math.max(1, data.nodes.length);
      const radius = around ? 1 + Math.random() : Math.sqrt(n0 + i) * 3;
      const type = plain(node.type);
      const score = Number(node.score ?? 0);
      this.graph.addNode(key, {
        x: (origin.x as number) + radius * Math.cos(angle) + Math.random() * 0.1,
        y: (origin.y as number) + radius * Math.sin(angle) + Math.random() * 0.1,
        label: plain(node.label) || key,
        size: isAd(type) ? 5 + Math.min(7, score / 15) : 6,
        color: nodeColors[type] ?? "#7f7f7f",
        nodeType: type,
        api: node,
      });
      this.options.appendChild(h("option", { value: plain(node.label) || key }));
      added++;
    });
    for (const edge of data.edges) {
      const source = plain(edge.source);
      const target = plain(edge.target);
      const kind = linkKind(edge.kind);
      if (!this.graph.hasNode(source) || !this.graph.hasNode(target)) continue;
      const key = `${source}\u0000${target}\u0000${kind}`;
      if (this.graph.hasEdge(key) || this.graph.hasEdge(`${target}\u0000${source}\u0000${kind}`)) continue;
      this.graph.addEdgeWithKey(key, source, target, { kind, weight: Number(edge.weight ?? 1) || 1, color: edgeColors[kind] ?? "#ccc", size: 1 });
    }
    return added;
  }

  private updateKinds(): void {
    const kinds = new Set<string>(knownKinds);
    this.graph.forEachEdge((_e, a) => kinds.add(a.kind as string));
    const present = new Set<string>();
    this.graph.forEachEdge((_e, a) => present.add(a.kind as string));
    for (const kind of kinds) {
      if (!present.has(kind) || this.kindsBox.querySelector(`input[value="${CSS.escape(kind)}"]`)) continue;
      const id = `kind-${kind.replace(/[^a-z0-9_-]/gi, "_")}`;
      const box = h("input", { type: "checkbox", id, value: kind, checked: this.enabled.has(kind) || !knownKinds.includes(kind) });
      if (!knownKinds.includes(kind)) this.enabled.add(kind);
      box.addEventListener("change", () => {
        if (box.checked) this.enabled.add(kind);
        else this.enabled.delete(kind);
        this.applyFilter();
      });
      this.kindsBox.appendChild(h("label", { for: id, class: `kind kind-${kind.replace(/[^a-z0-9_-]/gi, "_")}` }, box, ` ${kind}`));
    }
  }

  private applyFilter(): void {
    let all = true;
    this.graph.forEachEdge((_e, a) => {
      if (!this.enabled.has(a.kind as string)) all = false;
    });
    if (all) {
      this.visibleNodes = null;
      this.renderer?.refresh();
      this.report(false);
      return;
    }
    const visible = new Set<string>();
    this.graph.forEachNode((node, a) => {
      if (isAd(a.nodeType)) visible.add(node);
    });
    this.graph.forEachEdge((_e, a, source, target) => {
      if (!this.enabled.has(a.kind as string)) return;
      visible.add(source);
      visible.add(target);
    });
    this.visibleNodes = visible;
    this.renderer?.refresh();
    this.report(false);
  }

  private select(key: string, moveCamera: boolean): void {
    this.selected = key;
    const a = this.graph.getNodeAttributes(key);
    const node = a.api as ApiNode;
    const adId = adIdOf(node);
    const expand = h("button", { type: "button", id: "graph-expand" }, "Expand its network");
    expand.addEventListener("click", () => void this.expand(key));
    replace(
      this.info,
      h("p", {}, h("strong", {}, plain(node.type)), " ", plain(a.label), ` · ${fmtNumber(this.graph.degree(key))} links`, node.score !== undefined && node.score !== null ? ` · score ${fmtNumber(node.score)}` : ""),
      h("p", {}, expand, adId ? [" ", h("a", { href: caseHash(this.caseId, "ad", adId) }, "Open the ad")] : null),
    );
    if (moveCamera && this.renderer) {
      const pos = this.renderer.getNodeDisplayData(key);
      if (pos) void this.renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.3 }, { duration: 400 });
    }
    this.renderer?.refresh();
  }

  private async expand(key: string): Promise<void> {
    const node = this.graph.getNodeAttribute(key, "api") as ApiNode;
    const adId = adIdOf(node);
    const params: Record<string, string> = adId ? { doc: adId, hops: "1" } : { selector: plain(node.label), hops: "1" };
    replace(this.status, "Expanding…");
    try {
      const data = await get<ApiGraph>(casePath(this.caseId, "graph"), params);
      const added = this.merge(data, key);
      this.updateKinds();
      this.applyFilterIfActive();
      this.layout(80);
      this.report(data.truncated === true, added);
    } catch (e) {
      replace(this.status, e instanceof ApiError ? `Could not expand: ${e.message}` : "Could not expand.");
    }
  }

  private applyFilterIfActive(): void {
    if (this.visibleNodes) this.applyFilter();
  }

  private report(truncated: boolean, added?: number): void {
    const shown = this.visibleNodes ? this.visibleNodes.size : this.graph.order;
    this.element.dataset.nodes = String(this.graph.order);
    this.element.dataset.edges = String(this.graph.size);
    replace(
      this.status,
      `${fmtNumber(this.graph.order)} nodes (${fmtNumber(shown)} shown), ${fmtNumber(this.graph.size)} links`,
      added !== undefined ? `; ${fmtNumber(added)} added` : "",
      truncated ? "; the network was cut at the server's limit" : "",
      ". Click a node to see it; drag to move, scroll to zoom.",
    );
  }

  private layout(iterations: number): void {
    const keys = this.graph.nodes();
    const index = new Map(keys.map((k, i) => [k, i]));
    const positions = new Float64Array(keys.length * 2);
    keys.forEach((k, i) => {
      const a = this.graph.getNodeAttributes(k);
      positions[2 * i] = a.x as number;
      positions[2 * i + 1] = a.y as number;
    });
    const edges = new Uint32Array(this.graph.size * 2);
    const weights = new Float64Array(this.graph.size);
    let e = 0;
    this.graph.forEachEdge((_k, a, s, t) => {
      edges[2 * e] = index.get(s)!;
      edges[2 * e + 1] = index.get(t)!;
      weights[e] = (a.weight as number) || 1;
      e++;
    });
    if (!this.worker) {
      this.worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
      this.worker.onmessage = (msg: MessageEvent<LayoutProgress>) => {
        if (msg.data.id !== this.layoutId) return;
        const p = msg.data.positions;
        // positions follow the key order of the request that is current; one update event for all
        const at = this.pendingIndex;
        this.graph.updateEachNodeAttributes(
          (key, attrs) => {
            const i = at.get(key);
            if (i === undefined) return attrs;
            attrs.x = p[2 * i];
            attrs.y = p[2 * i + 1];
            return attrs;
          },
          { attributes: ["x", "y"] },
        );
        if (msg.data.done) this.element.dataset.layout = "done";
      };
    }
    this.pendingIndex = index;
    this.element.dataset.layout = "running";
    const request: LayoutRequest = { id: ++this.layoutId, positions, edges, weights, iterations };
    this.worker.postMessage(request, [positions.buffer, edges.buffer, weights.buffer]);
  }

  private pendingIndex = new Map<string, number>();
}
