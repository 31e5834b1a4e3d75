import { casePath, caseUrl, get, Session } from "../api";
import { decisionsPanel, Decision } from "../decisions";
import { append, band, Child, facts, fmtDate, fmtNumber, h, plain, replace } from "../dom";
import { Mark, segments } from "../highlight";
import { caseHash } from "../nav";

interface Selector {
  type: string;
  value: string;
  start: number;
  end: number;
  in?: "title"; // a title's contact: start and end are into the title
}

interface Flag {
  indicator: string;
  family: string;
  tier: string;
  category: string;
  why: string;
  weight?: number;
  matched?: string[];
  spans: Array<[number, number]>;
  evidence?: Record<string, unknown>;
}

interface Contribution {
  id?: string;
  points?: number;
  note?: string;
  [key: string]: unknown;
}

interface ChatMessage {
  ordinal: number;
  source_id: string;
  sender: string;
  posted_at: string;
  start: number;
  end: number;
  byte_start: number;
  byte_end: number;
  line: number;
}

interface Ad {
  id: string | number;
  source_id: string;
  site: string;
  url: string;
  title: string;
  text: string;
  posted_at: string;
  location: string;
  lang: string;
  kind: string;
  attributes: Record<string, unknown>;
  selectors: Selector[];
  flags: Flag[];
  score: { score: number; band: string; contributions: Contribution[]; fraud_score?: number; fraud_band?: string; fraud_contributions?: Contribution[] } | null;
  cluster_id: string | number | null;
  images: Array<{ sha256: string; media_type: string }>;
  original: { sha256: string; media_type: string } | null;
  provenance: Record<string, unknown> | null;
  // A chat segment's messages (null for any other document); start/end are offsets into `text`.
  messages?: ChatMessage[] | null;
  custody: Array<{ seq: number; time: string; actor: string; action: string; object: string }>;
  decisions: Decision[];
}

type Note = { kind: "flag"; index: number } | { kind: "selector"; index: number };

const sha256 = /^[0-9a-f]{64}$/;

export async function adView(caseId: string, id: string, session: Session): Promise<HTMLElement> {
  const ad = await get<Ad>(casePath(caseId, "ads", id));
  const flags = ad.flags ?? [];
  const selectors = ad.selectors ?? [];
  const title = plain(ad.title) || plain(ad.source_id) || `ad ${id}`;

  const explain = h("div", { id: "explain", class: "explain", "aria-live": "polite" }, h("p", { class: "muted" }, "Select a highlight to see why it is there."));
  const describe = (notes: Note[]): Child =>
    notes.map((n) => {
      if (n.kind === "flag") {
        const f = flags[n.index];
        return h(
          "div",
          { class: "why why-flag" },
          h("strong", {}, `Red flag ${plain(f.indicator)}`),
          h("p", {}, plain(f.why)),
          facts([
            ["category", plain(f.category)],
            ["tier", plain(f.tier)],
            ["family", plain(f.family)],
            ["weight", f.weight === undefined ? "" : fmtNumber(f.weight)],
            ["matched", Array.isArray(f.matched) ? f.matched.map(plain).join(" · ") : ""],
          ]),
        );
      }
      const sel = selectors[n.index];
      return h("div", { class: "why why-selector" }, h("strong", {}, `Selector: ${plain(sel.type)}`), h("p", {}, plain(sel.value)));
    });
  const summary = (notes: Note[]) =>
    notes
      .map((n) => (n.kind === "flag" ? `${plain(flags[n.index].indicator)} (${plain(flags[n.index].tier)}, ${plain(flags[n.index].family)}): ${plain(flags[n.index].why)}` : `${plain(selectors[n.index].type)} ${plain(selectors[n.index].value)}`))
      .join("; ");

  const marks: Mark<Note>[] = [];
  flags.forEach((f, index) => (f.spans ?? []).forEach(([start, end]) => marks.push({ start, end, data: { kind: "flag", index } })));
  // A title's contact has its offsets in the title, not the text: not marked in the text.
  selectors.forEach((sel, index) => {
    if (sel.in !== "title") marks.push({ start: sel.start, end: sel.end, data: { kind: "selector", index } });
  });
  const text = plain(ad.text);
  const textBox = h("div", { id: "ad-text", class: "ad-text", lang: /^[a-z]{2,3}$/.test(plain(ad.lang)) ? plain(ad.lang) : null });
  for (const seg of segments(text, marks)) {
    if (seg.marks.length === 0) {
      textBox.appendChild(document.createTextNode(seg.text));
      continue;
    }
    const kinds = new Set(seg.marks.map((m) => m.kind));
    const mark = h("mark", {
      class: [...kinds].map((k) => `hl-${k}`).join(" "),
      tabindex: 0,
      title: summary(seg.marks),
      "data-flags": seg.marks.filter((m) => m.kind === "flag").map((m) => m.index).join(" "),
      "data-selectors": seg.marks.filter((m) => m.kind === "selector").map((m) => m.index).join(" "),
    }, seg.text);
    const show = () => replace(explain, describe(seg.marks));
    mark.addEventListener("click", show);
    mark.addEventListener("focus", show);
    textBox.appendChild(mark);
  }

  const flagList = h(
    "ol",
    { class: "flag-list" },
    flags.map((f, index) =>
      h(
        "li",
        { "data-indicator": plain(f.indicator) },
        h("button", {
          type: "button",
          class: "linklike",
          onclick: () => {
            const first = textBox.querySelector<HTMLElement>(`mark[data-flags~="${index}"]`);
            replace(explain, describe([{ kind: "flag", index }]));
            first?.focus();
          },
        }, plain(f.indicator)),
        ` ${plain(f.category)} · tier ${plain(f.tier)} · ${plain(f.family)}`,
        h("p", { class: "why-text" }, plain(f.why)),
        f.evidence && Object.keys(f.evidence).length > 0 ? facts(Object.entries(f.evidence).map(([k, v]) => [k, plain(v)])) : null,
      ),
    ),
  );
  const selectorList = h("ul", { class: "selector-list" }, selectors.map((sel) => h("li", {}, h("span", { class: "tag" }, plain(sel.type)), " ", plain(sel.value))));

  const contributionTable = (list: Contribution[], label: string) =>
    list.length > 0
      ? h(
          "table",
          { class: "contributions", "aria-label": label },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "indicator"), h("th", { scope: "col" }, "points"), h("th", { scope: "col" }, "note"))),
          h("tbody", {}, list.map((c) => h("tr", {}, h("td", {}, plain(c.id ?? c.indicator ?? c.name)), h("td", { class: "num" }, fmtNumber(c.points ?? c.weight)), h("td", {}, plain(c.note ?? c.why))))),
        )
      : null;
  const scoreBox = h(
    "section",
    { class: "panel", id: "score-box", "aria-labelledby": "score-title" },
    h("h2", { id: "score-title" }, "Priority score ", ad.score ? [fmtNumber(ad.score.score), " ", band(ad.score.band)] : "not scored"),
    h("p", { class: "muted" }, "Each score is the sum of its contributions. It ranks work for a person; it is never a verdict."),
    contributionTable(ad.score?.contributions ?? [], "priority score contributions"),
    ad.score && ad.score.fraud_score !== undefined && ad.score.fraud_score !== null
      ? h("p", { class: "fraud" }, `Recruitment fraud risk ${fmtNumber(ad.score.fraud_score)} `, band(ad.score.fraud_band), " (fee and task scams, scored apart)")
      : null,
    contributionTable(ad.score?.fraud_contributions ?? [], "recruitment fraud risk contributions"),
  );

  const canDecide = session.role !== "partner";
  const page = h(
    "article",
    { class: "ad" },
    h("p", { class: "crumbs" }, h("a", { href: caseHash(caseId, "search") }, "Search"), ad.cluster_id !== null && ad.cluster_id !== undefined ? [" · ", h("a", { href: caseHash(caseId, "cluster", plain(ad.cluster_id)), id: "ad-cluster" }, `cluster ${plain(ad.cluster_id)}`)] : null),
    h("h1", {}, title, " ", ad.score ? band(ad.score.band) : null),
    facts([
      ["source id", plain(ad.source_id)],
      ["site", plain(ad.site)],
      ["address", ad.url ? h("span", { class: "url" }, plain(ad.url)) : ""],
      ["posted", fmtDate(ad.posted_at)],
      ["location", plain(ad.location)],
      ["language", plain(ad.lang)],
      ["kind", plain(ad.kind)],
    ]),
    h(
      "div",
      { class: "ad-body" },
      h("section", { class: "panel text-panel", "aria-labelledby": "text-title" }, h("h2", { id: "text-title" }, "Text"), h("p", { class: "legend" }, h("mark", { class: "hl-flag" }, "red flag"), " ", h("mark", { class: "hl-selector" }, "selector")), textBox, explain),
      h(
        "div",
        { class: "side" },
        h("section", { class: "panel", "aria-labelledby": "flags-title" }, h("h2", { id: "flags-title" }, `Red flags (${flags.length})`), flags.length ? flagList : h("p", { class: "muted" }, "none")),
        h("section", { class: "panel", "aria-labelledby": "selectors-title" }, h("h2", { id: "selectors-title" }, `Selectors (${selectors.length})`), selectors.length ? selectorList : h("p", { class: "muted" }, "none")),
        scoreBox,
        decisionsPanel(caseId, `ad:${plain(ad.id)}`, ad.decisions, canDecide),
      ),
    ),
  );

  const images = (ad.images ?? []).filter((im) => sha256.test(plain(im.sha256)));
  if (images.length > 0) {
    page.appendChild(
      h(
        "section",
        { class: "panel", "aria-labelledby": "photos-title" },
        h("h2", { id: "photos-title" }, `Photos (${images.length})`),
        h("div", { class: "photos" }, images.map((im, i) => h("a", { href: caseUrl(caseId, "blobs", im.sha256), target: "_blank", rel: "noopener noreferrer" }, h("img", { src: caseUrl(caseId, "blobs", im.sha256), alt: `photo ${i + 1} of the ad`, loading: "lazy" })))),
      ),
    );
  }

  if (ad.original && session.role !== "partner") {
    const frameBox = h("div", { class: "original" });
    const open = h("button", {
      type: "button",
      id: "show-original",
      onclick: () => {
        // sandbox with no permissions: no scripts, no forms, no top navigation, a unique origin.
        replace(frameBox, h("iframe", { id: "original-frame", sandbox: "", referrerpolicy: "no-referrer", title: "The captured page (sandboxed)", src: caseUrl(caseId, "ads", id, "original") }));
        open.remove();
      },
    }, "Show the captured page");
    page.appendChild(h("section", { class: "panel", "aria-labelledby": "original-title" }, h("h2", { id: "original-title" }, "Captured page"), h("p", { class: "muted" }, `${plain(ad.original.media_type)}, SHA-256 ${plain(ad.original.sha256)}. Opening it is recorded in the custody log.`), open, frameBox));
  }

  const messages = ad.messages ?? [];
  if (messages.length > 0) {
    const bytes = new TextEncoder().encode(plain(ad.text));
    const decoder = new TextDecoder();
    page.appendChild(
      h(
        "section",
        { class: "panel", id: "chat-messages", "aria-labelledby": "messages-title" },
        h("h2", { id: "messages-title" }, `Chat messages (${messages.length})`),
        h("p", { class: "muted" }, "Each message is cited as this document and its number; its line and bytes are in the original file named under Provenance."),
        h(
          "table",
          { class: "messages" },
          h("thead", {}, h("tr", {}, ["#", "time", "sender", "text", "line", "bytes"].map((c) => h("th", { scope: "col" }, c)))),
          h(
            "tbody",
            {},
            messages.map((m) =>
              h(
                "tr",
                { "data-ordinal": plain(m.ordinal) },
                h("td", { class: "num" }, fmtNumber(m.ordinal + 1)),
                h("td", {}, fmtDate(m.posted_at)),
                h("td", {}, plain(m.sender) || "(system)"),
                h("td", {}, decoder.decode(bytes.subarray(m.start, m.end))),
                h("td", { class: "num" }, fmtNumber(m.line)),
                h("td", { class: "mono" }, `${plain(m.byte_start)}–${plain(m.byte_end)}`),
              ),
            ),
          ),
        ),
      ),
    );
  }

  const provenance = ad.provenance ?? {};
  const attrs = ad.attributes ?? {};
  page.appendChild(
    h(
      "section",
      { class: "panel", "aria-labelledby": "prov-title" },
      h("h2", { id: "prov-title" }, "Provenance"),
      facts(Object.entries(provenance).map(([k, v]) => [k.replace(/_/g, " "), plain(v)])),
      Object.keys(attrs).length > 0 ? [h("h3", {}, "Other fields"), facts(Object.entries(attrs).map(([k, v]) => [k, plain(v)]))] : null,
    ),
  );
  const custody = ad.custody ?? [];
  const custodyBox = h("section", { class: "panel", "aria-labelledby": "custody-title" }, h("h2", { id: "custody-title" }, "Custody trail"));
  append(
    custodyBox,
    custody.length === 0
      ? h("p", { class: "muted" }, "No custody events.")
      : h(
          "table",
          { class: "custody" },
          h("thead", {}, h("tr", {}, ["#", "time", "actor", "action", "object"].map((c) => h("th", { scope: "col" }, c)))),
          h("tbody", {}, custody.map((e) => h("tr", {}, h("td", { class: "num" }, plain(e.seq)), h("td", {}, fmtDate(e.time)), h("td", {}, plain(e.actor)), h("td", {}, plain(e.action)), h("td", { class: "mono" }, plain(e.object))))),
        ),
  );
  page.appendChild(custodyBox);
  return page;
}
