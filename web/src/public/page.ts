// What both public pages share: filling every [data-text] element from the language's strings,
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

// The server's limits (docs/intake.md) are in UTF-8 bytes; a textarea's maxlength counts UTF-16
// units, so a Cyrillic or Greek text under maxlength can still be twice the limit.
export const MAX_TEXT_BYTES = 16 * 1024;
export const MAX_CONTACT_BYTES = 256;

export function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

export function errorText(t: Texts, error: unknown): string {
  if (error instanceof ApiError && error.status === 429) return t.strings.error_rate;
  if (error instanceof ApiError && error.status === 413) return t.strings.error_too_long;
  return t.strings.error_generic;
}
