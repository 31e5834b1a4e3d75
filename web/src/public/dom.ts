// Building the page with DOM calls only: every string is set with textContent (the CSP forbids
// inline script and style, and text from the server is hostile until proven otherwise).

type Attrs = Record<string, string>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

// `text` as paragraphs (blank lines separate them), each set with textContent.
export function paragraphs(text: string): HTMLElement[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => el("p", {}, p));
}

export function clear(node: Element): void {
  node.replaceChildren();
}
