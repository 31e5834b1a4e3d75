// What both public pages share: showing the page in the reader's language, checking a text before it is
// sent, the busy state of the send button, and turning an API error into a sentence for the reader.
import { ApiError, type Texts } from "./api";
import { paragraphs } from "./dom";

export function fillTexts(t: Texts): void {
  for (const node of document.querySelectorAll<HTMLElement>("[data-text]")) {
    const key = node.dataset.text ?? "";
    node.textContent = t.strings[key] ?? "";
  }
}

/** The page's title, every [data-text] element and the consent text, in the language of `t`. */
export function showPage(t: Texts, title: string, consentId: string, consent: string): void {
  document.title = title;
  fillTexts(t);
  byId(consentId).replaceChildren(...paragraphs(consent));
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

/**
 * Why the reader's text cannot be sent, in their language, or null when it can: it is empty, or it (or a
 * field sent with it, such as a contact) is over the server's limit.
 */
export function textProblem(t: Texts, text: string, others: { value: string; maxBytes: number }[] = []): string | null {
  if (text.trim() === "") return t.strings.error_empty;
  if (utf8Bytes(text) > MAX_TEXT_BYTES || others.some((o) => utf8Bytes(o.value) > o.maxBytes)) return t.strings.error_too_long;
  return null;
}

/** Runs `work` with the button disabled and saying `busyLabel`; gives the button back afterwards. */
export async function whileBusy(button: HTMLButtonElement, busyLabel: string, idleLabel: string, work: () => Promise<void>): Promise<void> {
  button.disabled = true;
  button.textContent = busyLabel;
  try {
    await work();
  } finally {
    button.disabled = false;
    button.textContent = idleLabel;
  }
}

export function errorText(t: Texts, error: unknown): string {
  if (error instanceof ApiError && error.status === 429) return t.strings.error_rate;
  if (error instanceof ApiError && error.status === 413) return t.strings.error_too_long;
  return t.strings.error_generic;
}
