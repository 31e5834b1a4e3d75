// What both public pages share: filling every [data-text] element from the language"s strings,
// and turning an API error into a sentence for the reader.
import { ApiError, type Texts } from "./api";

export function fillTexts(t: Texts): void {
  for (const node of document.querySelectorAll<HTMLElement>("[data-text]")) {
    const key = node.dataset.text ?? "";
    node.textContent = t.strings[key] ?? "";
  }
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`the page has no #${id}`);
  return node as T;
}

export function errorText(t: Texts, error: unknown): string {
  if (error instanceof ApiError && error.status === 429) return t.strings.error_rate;
  return t.strings.error_generic;
}
