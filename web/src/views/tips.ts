import { ApiError, casePath, get, post } from "../api";
import { fmtDate, h, plain, replace } from "../dom";
import { caseHash, go } from "../nav";

interface Tip {
  id: string | number;
  received_at: string;
  lang: string;
  text: string;
  status: string;
  reply: string | null;
  links: Array<{ type: string; value: string; ads: Array<string | number>; clusters: Array<string | number> }>;
}

const statuses = ["open", "in_review", "closed"];

export async function tipsView(caseId: string, params: URLSearchParams): Promise<HTMLElement> {
  const status = statuses.includes(params.get("status") ?? "") ? params.get("status")! : "open";
  const tips = await get<Tip[]>(casePath(caseId, "tips"), { status });
  const picker = h("select", { id: "tip-status", onchange: (e: Event) => go(`${caseHash(caseId, "tips")}?status=${encodeURIComponent((e.target as HTMLSelectElement).value)}`) }, statuses.map((st) => {
    const o = h("option", { value: st }, st.replace("_", " "));
    if (st === status) o.selected = true;
    return o;
  }));
  return h(
    "section",
    { class: "tips", "aria-labelledby": "tips-title" },
    h("h1", { id: "tips-title" }, "Tips triage"),
    h("p", {}, h("label", { for: "tip-status" }, "Show tips that are "), picker),
    tips.length === 0 ? h("p", {}, `No ${status.replace("_", " ")} tips.`) : h("ol", { class: "tip-list" }, tips.map((t) => tipItem(caseId, t))),
  );
}

function tipItem(caseId: string, tip: Tip): HTMLElement {
  const id = plain(tip.id).replace(/[^a-zA-Z0-9_-]/g, "_");
  const select = h("select", { id: `tip-${id}-status` }, statuses.map((st) => {
    const o = h("option", { value: st }, st.replace("_", " "));
    if (st === tip.status) o.selected = true;
    return o;
  }));
  const reply = h("textarea", { id: `tip-${id}-reply`, rows: 3, maxlength: 4000 });
  reply.value = plain(tip.reply);
  const message = h("p", { role: "status", class: "muted" });
  const form = h(
    "form",
    { class: "tip-form" },
    h("label", { for: `tip-${id}-status` }, "Status"),
    select,
    h("label", { for: `tip-${id}-reply` }, "Reply the reporter can read with their receipt code"),
    reply,
    h("button", { type: "submit" }, "Save"),
    message,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await post(casePath(caseId, "tips", plain(tip.id)), { status: select.value, reply: reply.value });
      replace(message, "Saved.");
    } catch (err) {
      replace(message, err instanceof ApiError ? `Not saved: ${err.message}` : "Not saved.");
    }
  });
  return h(
    "li",
    { class: "panel tip" },
    h("p", { class: "meta" }, `Tip ${plain(tip.id)} · received ${fmtDate(tip.received_at)} · ${plain(tip.lang)} · ${plain(tip.status).replace("_", " ")}`),
    h("blockquote", { class: "tip-text" }, plain(tip.text)),
    (tip.links ?? []).length > 0
      ? h(
          "ul",
          { class: "tip-links" },
          tip.links.map((l) =>
            h(
              "li",
              {},
              `${plain(l.type)} ${plain(l.value)}: `,
              (l.ads ?? []).slice(0, 10).map((a) => [h("a", { href: caseHash(caseId, "ad", plain(a)) }, `ad ${plain(a)}`), " "]),
              (l.clusters ?? []).map((c) => [h("a", { href: caseHash(caseId, "cluster", plain(c)) }, `cluster ${plain(c)}`), " "]),
            ),
          ),
        )
      : h("p", { class: "muted" }, "Not linked to anything known in the case."),
    form,
  );
}
