// Navigation helpers shared by the views (kept apart from main.ts so that views never import the router).
import { ApiError } from "./api";
import { h } from "./dom";

export function go(hash: string): void {
  if (location.hash === hash) window.dispatchEvent(new Event("hashchange"));
  else location.hash = hash;
}

export function caseHash(caseId: string, view: string, ...rest: string[]): string {
  return `#/c/${[caseId, view, ...rest].map(encodeURIComponent).join("/")}`;
}

export function errorBox(e: unknown): HTMLElement {
  const message = e instanceof ApiError ? `${e.status}: ${e.message}` : e instanceof Error ? e.message : String(e);
  return h("p", { class: "error", role: "alert" }, message);
}
