// ForceAtlas2 off the main thread. A module worker built by Vite into its own file, so the CSP
// (script-src 'self') allows it; graphology's own worker helper uses a blob: URL, which the CSP refuses.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

export interface LayoutRequest {
  id: number;
  positions: Float64Array; // x0, y0, x1, y1, …
  edges: Uint32Array; // source0, target0, …
  weights: Float64Array;
  iterations: number;
}

export interface LayoutProgress {
  id: number;
  positions: Float64Array;
  done: boolean;
}

let current = 0;

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, positions, edges, weights, iterations } = event.data;
  current = id;
  const graph = new Graph({ type: "undirected", multi: false });
  const n = positions.length / 2;
  for (let i = 0; i < n; i++) graph.addNode(i, { x: positions[2 * i], y: positions[2 * i + 1] });
  for (let k = 0; k < weights.length; k++) {
    const a = edges[2 * k];
    const b = edges[2 * k + 1];
    if (a === b) continue;
    if (graph.hasEdge(a, b)) graph.updateEdgeAttribute(a, b, "weight", (w) => (w ?? 0) + weights[k]);
    else graph.addEdge(a, b, { weight: weights[k] });
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: n > 1000,
    adjustSizes: false,
    edgeWeightInfluence: 1,
  };
  const chunk = 15;
  const step = (left: number) => {
    if (id !== current) return; // a newer layout replaced this one
    const now = Math.min(chunk, left);
    forceAtlas2.assign(graph, { iterations: now, settings, getEdgeWeight: "weight" });
    const out = new Float64Array(n * 2);
    graph.forEachNode((node, attrs) => {
      const i = Number(node);
      out[2 * i] = attrs.x as number;
      out[2 * i + 1] = attrs.y as number;
    });
    const done = left - now <= 0;
    const message: LayoutProgress = { id, positions: out, done };
    (self as unknown as Worker).postMessage(message, [out.buffer]);
    if (!done) setTimeout(() => step(left - now), 0);
  };
  step(iterations);
};
