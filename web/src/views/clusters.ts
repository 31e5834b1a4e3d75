import { casePath, get } from "../api";
import { band, fmtNumber, h, plain } from "../dom";
import { caseHash } from "../nav";

export interface Reason {
  kind: string;
  value: string;
  documents: unknown;
  weight: number;
}

export interface Cluster {
  id: string | number;
  size: number;
  score: number;
  band: string;
  parts: Record<string, { value?: number; why?: string } | unknown>;
  reasons: Reason[];
}

export function reasonText(r: Reason): string {
  const docs = Array.isArray(r.documents) ? r.documents.length : Number(r.documents);
  return `${plain(r.kind)} ${plain(r.value)}${Number.isFinite(docs) ? ` (${docs} ads)` : ""}`;
}

export function partsText(parts: Cluster["parts"]): string {
  // the parts of the triage score (network, control, inauthentic), each {value, why}; other keys
  // (the formula, the score itself) are not parts
  return Object.entries(parts ?? {})
    .filter(([, p]) => p && typeof p === "object" && "value" in (p as object))
    .map(([name, p]) => `${name} ${fmtNumber((p as { value?: unknown }).value)}`)
    .join(" · ");
}

export async function clustersView(caseId: string): Promise<HTMLElement> {
  const clusters = await get<Cluster[]>(casePath(caseId, "clusters"), { limit: 100, min_size: 2 });
  return h(
    "section",
    { class: "clusters", "aria-labelledby": "clusters-title" },
    h("h1", { id: "clusters-title" }, "Clusters to review first"),
    h("p", { class: "muted" }, "Linked ads, highest triage score first, with the evidence that joined them. A score ranks work; it is never a verdict."),
    clusters.length === 0
      ? h("p", {}, "No clusters in this case yet (run ariadne analyze).")
      : h(
          "table",
          { class: "cluster-table" },
          h("thead", {}, h("tr", {}, ["cluster", "ads", "score", "parts", "joined by"].map((c) => h("th", { scope: "col" }, c)))),
          h(
            "tbody",
            {},
            clusters.map((c) =>
              h(
                "tr",
                {},
                h("td", {}, h("a", { href: caseHash(caseId, "cluster", plain(c.id)), class: "cluster-link" }, plain(c.id))),
                h("td", { class: "num" }, fmtNumber(c.size)),
                h("td", {}, fmtNumber(c.score), " ", band(c.band)),
                h("td", {}, partsText(c.parts)),
                h("td", {}, h("ul", { class: "reasons" }, (c.reasons ?? []).slice(0, 4).map((r) => h("li", {}, reasonText(r)))), (c.reasons ?? []).length > 4 ? h("span", { class: "muted" }, `and ${c.reasons.length - 4} more`) : null),
              ),
            ),
          ),
        ),
  );
}
