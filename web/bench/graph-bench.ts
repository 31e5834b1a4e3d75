// A synthetic network of N ads in clusters sharing phones, e-mails and photos, drawn by the workbench's
// GraphPanel; web/bench/graph-bench.mjs loads it in Chromium and measures layout time and frame rate.
import { ApiEdge, ApiNode, GraphPanel } from "../src/graph";

declare global {
  interface Window {
    benchGraph: (ads: number) => { nodes: number; edges: number };
    benchPanel: GraphPanel;
  }
}

window.benchGraph = (ads: number) => {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const nodes: ApiNode[] = [];
  const edges: ApiEdge[] = [];
  const kinds = ["phone", "email", "handle", "photo"];
  let selector = 0;
  for (let a = 0; a < ads; a++) nodes.push({ id: `ad:${a}`, type: "ad", label: `ad ${a}`, score: Math.floor(random() * 100) });
  // clusters of 5-40 ads around 1-6 shared selectors, with a few bridges between clusters
  for (let start = 0; start < ads; ) {
    const size = 5 + Math.floor(random() * 36);
    const shared = 1 + Math.floor(random() * 6);
    for (let s = 0; s < shared; s++) {
      const kind = kinds[Math.floor(random() * kinds.length)];
      const id = `${kind}:${selector++}`;
      nodes.push({ id, type: kind, label: id });
      for (let a = start; a < Math.min(ads, start + size); a++) if (random() < 0.6) edges.push({ source: `ad:${a}`, target: id, kind });
      if (random() < 0.2) edges.push({ source: `ad:${Math.floor(random() * ads)}`, target: id, kind });
    }
    start += size;
  }
  const panel = new GraphPanel("bench");
  window.benchPanel = panel;
  document.getElementById("main")!.appendChild(panel.element);
  panel.show({ nodes, edges, truncated: false });
  return { nodes: nodes.length, edges: edges.length };
};
