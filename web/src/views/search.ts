import { ApiError, casePath, get } from "../api";
import { band, fmtDate, fmtNumber, h, plain } from "../dom";
import { caseHash, go } from "../nav";

interface Hit {
  id: string | number;
  source_id: string;
  site: string;
  title: string;
  posted_at: string;
  location: string;
  lang: string;
  kind: string;
  score: number;
  band: string;
  snippet: Array<{ text: string; hit: boolean }>;
  // A hit in a chat segment: the message its first highlighted word is in.
  message?: { ordinal: number; sender: string; posted_at: string; line: number };
}

interface Facet {
  name: string;
  count: number;
}

interface Results {
  total: number;
  total_capped?: boolean;
  order?: string;
  facets_sampled?: boolean;
  hits: Hit[];
  facets: Record<string, Facet[]>;
}

/** How the hits are sorted, in words (the API's `order`). */
function orderText(order: string): string {
  switch (order) {
    case "relevance":
      return "most relevant first";
    case "recent_relevance":
      return "the most relevant of the latest matches first";
    case "newest":
      return "newest first";
    default:
      return `${plain(order)} first`;
  }
}

const filters: Array<[string, string]> = [
  ["site", "Site"],
  ["city", "City"],
  ["lang", "Language"],
  ["kind", "Kind"],
  ["flag", "Flag"],
  ["selector_type", "Selector type"],
];
const pageSize = 20;

export async function searchView(caseId: string, params: URLSearchParams): Promise<HTMLElement> {
  const query: Record<string, string> = {};
  for (const key of ["q", "from", "to", "offset", ...filters.map(([k]) => k)]) {
    const v = params.get(key);
    if (v) query[key] = v;
  }
  const navigate = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === "") next.delete(k);
      else next.set(k, v);
    }
    if (!("offset" in changes)) next.delete("offset");
    go(`${caseHash(caseId, "search")}?${next.toString()}`);
  };

  const q = h("input", { id: "search-q", type: "search", name: "q", value: query.q ?? "", placeholder: '"no experience" accommodation' });
  const from = h("input", { id: "search-from", type: "date", value: query.from ?? "" });
  const to = h("input", { id: "search-to", type: "date", value: query.to ?? "" });
  const form = h(
    "form",
    { class: "search-form", role: "search" },
    h("label", { for: "search-q" }, "Search ads"),
    q,
    h("label", { for: "search-from" }, "From"),
    from,
    h("label", { for: "search-to" }, "To"),
    to,
    h("button", { type: "submit" }, "Search"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    navigate({ q: q.value.trim(), from: from.value, to: to.value });
  });

  const section = h("section", { class: "search", "aria-labelledby": "search-title" }, h("h1", { id: "search-title" }, "Search"), form);
  let results: Results;
  try {
    results = await get<Results>(casePath(caseId, "search"), { ...query, limit: pageSize });
  } catch (e) {
    if (e instanceof ApiError && e.status === 400) {
      section.appendChild(h("p", { class: "error", role: "alert" }, `The query could not be read: ${e.message}`));
      return section;
    }
    throw e;
  }

  const active = filters.filter(([k]) => query[k]);
  if (active.length > 0) {
    section.appendChild(
      h(
        "ul",
        { class: "chips", "aria-label": "Active filters" },
        active.map(([k, label]) =>
          h("li", {}, h("button", { type: "button", "aria-label": `Remove filter ${label}: ${query[k]}`, onclick: () => navigate({ [k]: null }) }, `${label}: ${query[k]} ✕`)),
        ),
      ),
    );
  }

  const facetsBox = h("aside", { class: "facets", "aria-label": "Facets" });
  for (const [key, label] of filters) {
    let values = results.facets?.[key] ?? [];
    if (key === "kind" && values.length === 0) values = [{ name: "sex", count: NaN }, { name: "labour", count: NaN }];
    if (values.length === 0) continue;
    facetsBox.appendChild(
      h(
        "div",
        { class: "facet" },
        h("h2", {}, label),
        h(
          "ul",
          {},
          values.slice(0, 12).map((f) => {
            const name = plain(f.name);
            const b = h("button", { type: "button", class: "facet-value", "data-facet": key, onclick: () => navigate({ [key]: query[key] === name ? null : name }) }, name || "(none)", Number.isFinite(f.count) ? h("span", { class: "muted" }, ` ${fmtNumber(f.count)}`) : null);
            if (query[key] === name) b.setAttribute("aria-pressed", "true");
            return h("li", {}, b);
          }),
        ),
      ),
    );
  }

  const offset = Number(query.offset ?? 0) || 0;
  const list = h(
    "ol",
    { class: "hits", start: offset + 1 },
    results.hits.map((hit) =>
      h(
        "li",
        { class: "hit" },
        h("a", { href: caseHash(caseId, "ad", String(hit.id)), class: "hit-title" }, plain(hit.title) || plain(hit.source_id) || `ad ${plain(hit.id)}`),
        " ",
        band(hit.band),
        h("p", { class: "snippet" }, (hit.snippet ?? []).map((seg) => (seg.hit ? h("mark", {}, plain(seg.text)) : plain(seg.text)))),
        hit.message ? h("p", { class: "meta chat-message" }, `message ${fmtNumber(hit.message.ordinal + 1)} · ${plain(hit.message.sender) || "(system)"} · ${fmtDate(hit.message.posted_at)} · line ${fmtNumber(hit.message.line)}`) : null,
        h("p", { class: "meta" }, [plain(hit.site), plain(hit.location), fmtDate(hit.posted_at), plain(hit.lang), plain(hit.kind), `score ${fmtNumber(hit.score)}`].filter(Boolean).join(" · ")),
      ),
    ),
  );
  const pager = h("nav", { class: "pager", "aria-label": "Result pages" });
  if (offset > 0) pager.appendChild(h("button", { type: "button", onclick: () => navigate({ offset: String(Math.max(0, offset - pageSize)) }) }, "Previous"));
  const more = offset + results.hits.length < results.total || (results.total_capped === true && results.hits.length === pageSize && offset + pageSize <= 10000);
  if (more) pager.appendChild(h("button", { type: "button", onclick: () => navigate({ offset: String(offset + pageSize) }) }, "Next"));

  section.appendChild(
    h(
      "div",
      { class: "search-body" },
      facetsBox,
      h(
        "div",
        { class: "results" },
        h("p", { role: "status", id: "search-total" }, results.total === 0 ? "Nothing found." : `${results.total_capped ? "more than " : ""}${fmtNumber(results.total)} ads, ${offset + 1}–${offset + results.hits.length} shown${results.order ? `, ${orderText(results.order)}` : ""}${results.facets_sampled ? " (facets counted over the first matches)" : ""}`),
        list,
        pager,
      ),
    ),
  );
  queueMicrotask(() => q.focus());
  return section;
}
