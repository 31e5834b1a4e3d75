// DOM building without HTML strings. Every piece of text from the API is hostile, so text only ever
// enters the page as text nodes (textContent); attributes go through setAttribute with an allow-list
// that keeps out event handlers, and URLs are built by the caller from encoded parts.

export type Child = Node | string | number | null | undefined | false | Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

const forbiddenAttribute = /^(on|srcdoc$|style$)/i;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, ...children);
  return el;
}

const svgNs = "http://www.w3.org/2000/svg";

export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(svgNs, tag) as SVGElement;
  setAttrs(el, attrs);
  append(el, ...children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") {
      // "onclick" → addEventListener("click"): handlers are functions, never attribute strings.
      if (!name.startsWith("on")) throw new Error(`attribute ${name}: a function needs an on* name`);
      el.addEventListener(name.slice(2).toLowerCase(), value);
      continue;
    }
    if (forbiddenAttribute.test(name)) throw new Error(`attribute ${name} is not allowed`);
    el.setAttribute(name, value === true ? "" : String(value));
  }
}

export function append(el: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, ...child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function replace(el: Element, ...children: Child[]): void {
  clear(el);
  append(el, ...children);
}

/** A value of unknown shape (an API field the UI does not model) shown as text. */
export function plain(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

export function fmtDate(value: unknown): string {
  const text = plain(value);
  return text.replace("T", " ").replace(/\.\d+/, "").replace(/Z$/, " UTC");
}

export function fmtNumber(value: unknown): string {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return plain(value);
  return Number.isInteger(n) ? n.toLocaleString("en-GB") : n.toFixed(2);
}

/** A definition list from label/value pairs, skipping empty values. */
export function facts(pairs: Array<[string, Child]>): HTMLDListElement {
  const dl = h("dl", { class: "facts" });
  for (const [label, value] of pairs) {
    if (value === null || value === undefined || value === "") continue;
    append(dl, h("dt", {}, label), h("dd", {}, value));
  }
  return dl;
}

export function band(name: unknown): HTMLSpanElement {
  const text = plain(name) || "none";
  const safe = /^[a-z_-]+$/i.test(text) ? text.toLowerCase() : "other";
  return h("span", { class: `band band-${safe}` }, text);
}

export function link(href: string, ...children: Child[]): HTMLAnchorElement {
  return h("a", { href }, ...children);
}
