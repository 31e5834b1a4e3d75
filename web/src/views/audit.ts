import { get } from "../api";
import { fmtDate, h, plain } from "../dom";

interface Entry {
  id: number;
  time: string;
  user: string;
  case: string | null;
  action: string;
  object: string;
  details: unknown;
}

const pageSize = 100;

export async function auditView(params: URLSearchParams): Promise<HTMLElement> {
  const before = params.get("before") ?? undefined;
  const entries = await get<Entry[]>("admin/audit", { limit: pageSize, before });
  const last = entries[entries.length - 1];
  return h(
    "section",
    { class: "audit", "aria-labelledby": "audit-title" },
    h("h1", { id: "audit-title" }, "Audit log"),
    h("p", { class: "muted" }, "Logins, searches, views of ads and originals, exports and decisions, newest first."),
    h(
      "table",
      { class: "audit-table" },
      h("thead", {}, h("tr", {}, ["#", "time", "user", "case", "action", "object", "details"].map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, entries.map((e) => h("tr", {}, h("td", { class: "num" }, plain(e.id)), h("td", {}, fmtDate(e.time)), h("td", {}, plain(e.user)), h("td", {}, plain(e.case)), h("td", {}, plain(e.action)), h("td", { class: "mono" }, plain(e.object)), h("td", { class: "mono" }, plain(e.details))))),
    ),
    entries.length === pageSize && last ? h("p", {}, h("a", { href: `#/admin/audit?before=${encodeURIComponent(plain(last.id))}` }, "Older entries")) : null,
  );
}
