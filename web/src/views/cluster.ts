import { casePath, get, Session } from "../api";
import { Decision, decisionsPanel } from "../decisions";
import { band, fmtDate, fmtNumber, h, plain, s } from "../dom";
import { GraphPanel } from "../graph";
import { caseHash } from "../nav";
import { Cluster, partsText, reasonText } from "./clusters";

interface ClusterDetail extends Cluster {
  ads: Array<{ id: string | number; source_id: string; site: string; title: string; posted_at: string; location: string }>;
  timeline: Array<{ date: string; city: string; ad: string | number }>;
  movements: Array<{ from: string; to: string; date: string; ads: unknown }>;
  decisions?: Decision[];
}

interface City {
  name: string;
  lat: number;
  lon: number;
}

let openGraph: GraphPanel | null = null; // one live WebGL context at a time

export async function clusterView(caseId: string, id: string, session: Session): Promise<HTMLElement> {
  const [c, cities] = await Promise.all([get<ClusterDetail>(casePath(caseId, "clusters", id)), get<City[]>(casePath(caseId, "cities")).catch(() => [] as City[])]);
  openGraph?.destroy();
  const graph = new GraphPanel(caseId);
  openGraph = graph;
  const page = h(
    "article",
    { class: "cluster" },
    h("p", { class: "crumbs" }, h("a", { href: caseHash(caseId, "clusters") }, "Clusters")),
    h("h1", {}, `Cluster ${plain(c.id)} `, band(c.band)),
    h("p", {}, `${fmtNumber(c.size)} ads · score ${fmtNumber(c.score)} · ${partsText(c.parts)}`),
    partsList(c.parts),
    h("section", { class: "panel", "aria-labelledby": "reasons-title" }, h("h2", { id: "reasons-title" }, "Why these ads are linked"), h("ul", { class: "reasons" }, (c.reasons ?? []).map((r) => h("li", {}, reasonText(r), r.weight !== undefined ? h("span", { class: "muted" }, ` weight ${fmtNumber(r.weight)}`) : null)))),
    h("section", { class: "panel", "aria-labelledby": "graph-title" }, h("h2", { id: "graph-title" }, "Network"), graph.element),
    h(
      "div",
      { class: "two" },
      h("section", { class: "panel", "aria-labelledby": "timeline-title" }, h("h2", { id: "timeline-title" }, "Timeline"), timeline(caseId, c.timeline ?? [])),
      h("section", { class: "panel", "aria-labelledby": "map-title" }, h("h2", { id: "map-title" }, "Movements between cities"), movementMap(c.movements ?? [], c.timeline ?? [], cities)),
    ),
    decisionsPanel(caseId, `cluster:${plain(c.id)}`, c.decisions, session.role !== "partner"),
    h(
      "section",
      { class: "panel", "aria-labelledby": "ads-title" },
      h("h2", { id: "ads-title" }, `Ads (${(c.ads ?? []).length})`),
      h(
        "table",
        { class: "ads" },
        h("thead", {}, h("tr", {}, ["ad", "site", "posted", "location"].map((x) => h("th", { scope: "col" }, x)))),
        h("tbody", {}, (c.ads ?? []).map((a) => h("tr", {}, h("td", {}, h("a", { href: caseHash(caseId, "ad", plain(a.id)) }, plain(a.title) || plain(a.source_id) || plain(a.id))), h("td", {}, plain(a.site)), h("td", {}, fmtDate(a.posted_at)), h("td", {}, plain(a.location))))),
      ),
    ),
  );
  // The graph needs its container in the page (sigma measures it): load once the view is shown.
  requestAnimationFrame(() => void graph.load({ cluster: plain(c.id) }));
  return page;
}

function partsList(parts: Cluster["parts"]): HTMLElement | null {
  const entries = Object.entries(parts ?? {}).filter(([, p]) => p && typeof p === "object" && "value" in (p as object));
  if (entries.length === 0) return null;
  return h("dl", { class: "facts" }, entries.map(([name, p]) => [h("dt", {}, name), h("dd", {}, fmtNumber((p as { value?: unknown }).value), " ", plain((p as { why?: unknown }).why))]));
}

function timeline(caseId: string, events: ClusterDetail["timeline"]): Element {
  if (events.length === 0) return h("p", { class: "muted" }, "No dated ads.");
  const dates = events.map((e) => Date.parse(plain(e.date))).filter(Number.isFinite);
  if (dates.length === 0) return h("p", { class: "muted" }, "No dated ads.");
  const cities = [...new Set(events.map((e) => plain(e.city) || "(unknown)"))];
  const min = Math.min(...dates);
  const max = Math.max(...dates);
  const row = 22;
  const left = 120;
  const width = 560;
  const height = cities.length * row + 30;
  const x = (t: number) => left + (max === min ? (width - left - 10) / 2 : ((t - min) * (width - left - 10)) / (max - min));
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart timeline", role: "img", "aria-label": `Timeline: ${events.length} ads in ${cities.length} places` });
  cities.forEach((city, i) => {
    const y = i * row + 15;
    svg.appendChild(s("text", { x: left - 6, y: y + 4, "text-anchor": "end", class: "axis" }, city));
    svg.appendChild(s("line", { x1: left, y1: y, x2: width - 10, y2: y, class: "gridline" }));
  });
  for (const e of events) {
    const t = Date.parse(plain(e.date));
    if (!Number.isFinite(t)) continue;
    const y = cities.indexOf(plain(e.city) || "(unknown)") * row + 15;
    const dot = s("a", { href: caseHash(caseId, "ad", plain(e.ad)) }, s("circle", { cx: x(t).toFixed(1), cy: y, r: 4, class: "dot" }, s("title", {}, `${plain(e.date)} ${plain(e.city)}: ad ${plain(e.ad)}`)));
    svg.appendChild(dot);
  }
  svg.appendChild(s("text", { x: left, y: height - 4, class: "axis" }, new Date(min).toISOString().slice(0, 10)));
  svg.appendChild(s("text", { x: width - 10, y: height - 4, "text-anchor": "end", class: "axis" }, new Date(max).toISOString().slice(0, 10)));
  return svg;
}

/** Cities placed by latitude and longitude (equirectangular, scaled by the cosine of the mean latitude). */
function movementMap(moves: ClusterDetail["movements"], events: ClusterDetail["timeline"], cities: City[]): Element {
  const known = new Map(cities.filter((c) => Number.isFinite(Number(c.lat)) && Number.isFinite(Number(c.lon))).map((c) => [plain(c.name), { lat: Number(c.lat), lon: Number(c.lon) }]));
  const named = new Set<string>([...moves.flatMap((m) => [plain(m.from), plain(m.to)]), ...events.map((e) => plain(e.city))].filter(Boolean));
  const placed = [...named].filter((n) => known.has(n));
  const missing = [...named].filter((n) => !known.has(n));
  if (placed.length === 0) return h("p", { class: "muted" }, named.size === 0 ? "No places." : `No coordinates for ${[...named].join(", ")}.`);
  const pts = placed.map((n) => known.get(n)!);
  const meanLat = pts.reduce((a, p) => a + p.lat, 0) / pts.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const xs = pts.map((p) => p.lon * k);
  const ys = pts.map((p) => -p.lat);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = 560;
  const height = 360;
  const pad = 40;
  const span = Math.max(maxX - minX, maxY - minY, 0.5);
  const scale = Math.min((width - 2 * pad) / span, (height - 2 * pad) / span);
  const at = (name: string) => {
    const p = known.get(name)!;
    return { x: pad + (p.lon * k - minX) * scale, y: pad + (-p.lat - minY) * scale };
  };
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart map", role: "img", "aria-label": `Movements: ${moves.length} moves between ${placed.length} places` });
  svg.appendChild(s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" }, s("path", { d: "M0,0 L10,5 L0,10 z", class: "arrowhead" }))));
  const pairs = new Map<string, { from: string; to: string; count: number; dates: string[] }>();
  for (const m of moves) {
    const from = plain(m.from);
    const to = plain(m.to);
    if (!known.has(from) || !known.has(to) || from === to) continue;
    const key = `${from}\u0000${to}`;
    const p = pairs.get(key) ?? { from, to, count: 0, dates: [] };
    p.count++;
    p.dates.push(plain(m.date));
    pairs.set(key, p);
  }
  for (const p of pairs.values()) {
    const a = at(p.from);
    const b = at(p.to);
    // a slight curve so that A→B and B→A stay apart
    const mx = (a.x + b.x) / 2 + (b.y - a.y) * 0.15;
    const my = (a.y + b.y) / 2 - (b.x - a.x) * 0.15;
    const path = s("path", { d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`, class: "move", "stroke-width": Math.min(6, 1 + p.count), "marker-end": "url(#arrow)" });
    path.appendChild(s("title", {}, `${p.from} → ${p.to}: ${p.count} (${p.dates.join(", ")})`));
    svg.appendChild(path);
  }
  for (const name of placed) {
    const p = at(name);
    svg.appendChild(s("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: 5, class: "city" }, s("title", {}, name)));
    svg.appendChild(s("text", { x: (p.x + 7).toFixed(1), y: (p.y - 7).toFixed(1), class: "axis" }, name));
  }
  const list = h("ul", { class: "moves" }, [...pairs.values()].map((p) => h("li", {}, `${p.from} → ${p.to}: ${p.count}×`)));
  return h("div", {}, svg, list, missing.length > 0 ? h("p", { class: "muted" }, `Not on the map (no coordinates): ${missing.join(", ")}`) : null);
}
