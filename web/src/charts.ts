// Charts drawn as SVG with DOM APIs (no library, nothing inline the CSP would refuse). Each chart has a
// text alternative: an aria-label and a data table in a <details> element.
import { Child, fmtNumber, h, plain, s } from "./dom";

export interface Bar {
  name: string;
  count: number;
}

export interface WeeklyPoint {
  week: string;
  name: string;
  count: number;
}

const palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];

export function barChart(title: string, bars: Bar[]): HTMLElement {
  const width = 420;
  const rowHeight = 24;
  const labelWidth = 130;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const svg = s("svg", {
    viewBox: `0 0 ${width} ${Math.max(1, bars.length) * rowHeight + 4}`,
    role: "img",
    "aria-label": `${title}: ${bars.map((b) => `${b.name} ${b.count}`).join(", ")}`,
    class: "chart",
  });
  bars.forEach((b, i) => {
    const y = i * rowHeight + 2;
    const w = ((width - labelWidth - 60) * b.count) / max;
    svg.appendChild(s("text", { x: labelWidth - 6, y: y + 15, "text-anchor": "end", class: "axis" }, b.name));
    svg.appendChild(s("rect", { x: labelWidth, y: y + 3, width: Math.max(1, w), height: rowHeight - 8, class: `bar bar-${cssName(b.name)}` }));
    svg.appendChild(s("text", { x: labelWidth + w + 4, y: y + 15, class: "axis" }, fmtNumber(b.count)));
  });
  return h("figure", { class: "chart-box" }, h("figcaption", {}, title), svg, dataTable(["name", "count"], bars.map((b) => [b.name, fmtNumber(b.count)])));
}

/** Weekly counts per name as lines: the `top` names with the most in total, the rest left out (said so). */
export function weeklyChart(title: string, points: WeeklyPoint[], top = 6): HTMLElement {
  const totals = new Map<string, number>();
  for (const p of points) totals.set(plain(p.name), (totals.get(plain(p.name)) ?? 0) + Number(p.count));
  const names = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([n]) => n);
  const weeks = [...new Set(points.map((p) => plain(p.week)))].sort();
  const width = 560;
  const height = 220;
  const pad = { left: 40, right: 10, top: 10, bottom: 30 };
  const byName = new Map<string, Map<string, number>>();
  for (const p of points) {
    const n = plain(p.name);
    if (!names.includes(n)) continue;
    if (!byName.has(n)) byName.set(n, new Map());
    byName.get(n)!.set(plain(p.week), Number(p.count));
  }
  const max = Math.max(1, ...points.filter((p) => names.includes(plain(p.name))).map((p) => Number(p.count)));
  const x = (i: number) => pad.left + (weeks.length <= 1 ? 0 : (i * (width - pad.left - pad.right)) / (weeks.length - 1));
  const y = (v: number) => height - pad.bottom - (v * (height - pad.top - pad.bottom)) / max;
  const svg = s("svg", {
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-label": `${title}: ${names.length} series over ${weeks.length} weeks`,
    class: "chart",
  });
  svg.appendChild(s("line", { x1: pad.left, y1: y(0), x2: width - pad.right, y2: y(0), class: "gridline" }));
  svg.appendChild(s("line", { x1: pad.left, y1: y(max), x2: width - pad.right, y2: y(max), class: "gridline" }));
  svg.appendChild(s("text", { x: pad.left - 4, y: y(max) + 4, "text-anchor": "end", class: "axis" }, fmtNumber(max)));
  svg.appendChild(s("text", { x: pad.left - 4, y: y(0) + 4, "text-anchor": "end", class: "axis" }, "0"));
  if (weeks.length > 0) {
    svg.appendChild(s("text", { x: x(0), y: height - 8, class: "axis" }, weeks[0]));
    svg.appendChild(s("text", { x: x(weeks.length - 1), y: height - 8, "text-anchor": "end", class: "axis" }, weeks[weeks.length - 1]));
  }
  names.forEach((name, k) => {
    const series = byName.get(name) ?? new Map();
    const d = weeks.map((w, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(series.get(w) ?? 0).toFixed(1)}`).join(" ");
    const path = s("path", { d, fill: "none", stroke: palette[k % palette.length], "stroke-width": 2 });
    path.appendChild(s("title", {}, name));
    svg.appendChild(path);
  });
  const legend = h(
    "ul",
    { class: "legend" },
    names.map((name, k) => h("li", {}, h("span", { class: `swatch swatch-${k % palette.length}`, "aria-hidden": "true" }), name)),
  );
  const left = totals.size - names.length;
  const rows = weeks.map((w) => [w, ...names.map((n) => fmtNumber(byName.get(n)?.get(w) ?? 0))]);
  return h(
    "figure",
    { class: "chart-box wide" },
    h("figcaption", {}, title),
    points.length === 0 ? h("p", { class: "muted" }, "no data") : [svg, legend],
    left > 0 ? h("p", { class: "muted" }, `${left} more not drawn`) : null,
    dataTable(["week", ...names], rows),
  );
}

function dataTable(head: string[], rows: Child[][]): HTMLElement {
  return h(
    "details",
    { class: "chart-data" },
    h("summary", {}, "data"),
    h("table", {}, h("thead", {}, h("tr", {}, head.map((c) => h("th", { scope: "col" }, c)))), h("tbody", {}, rows.map((r) => h("tr", {}, r.map((c) => h("td", {}, c)))))),
  );
}

function cssName(name: string): string {
  return /^[a-z_-]+$/i.test(name) ? name.toLowerCase() : "other";
}
