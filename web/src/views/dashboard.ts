import { casePath, get } from "../api";
import { barChart, weeklyChart, WeeklyPoint } from "../charts";
import { fmtNumber, h, plain } from "../dom";
import { caseHash } from "../nav";

interface Dashboard {
  counts: Record<string, number>;
  bands: Array<{ name: string; count: number }>;
  weekly: { site?: WeeklyPoint[]; city?: WeeklyPoint[]; indicator?: WeeklyPoint[] };
}

const countLabels: Array<[string, string]> = [
  ["documents", "Documents"],
  ["selectors", "Selectors"],
  ["flagged", "Flagged"],
  ["clusters", "Clusters"],
  ["tips_open", "Open tips"],
];

export async function dashboardView(caseId: string): Promise<HTMLElement> {
  const d = await get<Dashboard>(casePath(caseId, "dashboard"));
  const counts = d.counts ?? {};
  return h(
    "section",
    { class: "dashboard", "aria-labelledby": "dash-title" },
    h("h1", { id: "dash-title" }, "Dashboard"),
    h(
      "ul",
      { class: "counts" },
      countLabels
        .filter(([key]) => key in counts)
        .map(([key, label]) => h("li", { "data-count": key }, h("span", { class: "count" }, fmtNumber(counts[key])), h("span", {}, label))),
    ),
    h("p", {}, "Priority bands rank work for a person; they are never a verdict. ", h("a", { href: caseHash(caseId, "clusters") }, "Clusters to review first")),
    h(
      "div",
      { class: "charts" },
      barChart("Documents by priority band", (d.bands ?? []).map((b) => ({ name: plain(b.name), count: Number(b.count) }))),
      weeklyChart("Weekly ads by site", d.weekly?.site ?? []),
      weeklyChart("Weekly ads by city", d.weekly?.city ?? []),
      weeklyChart("Weekly flagged ads by indicator", d.weekly?.indicator ?? []),
    ),
  );
}
