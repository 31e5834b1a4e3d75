// The public API (docs/api.md, "Public"): no session, JSON only. Every string that comes back is
// rendered with textContent by the pages, never as HTML.

export interface Language {
  code: string;
  name: string;
}

export interface Texts {
  lang: string;
  tip_consent: string;
  check_consent: string;
  consent_version: number;
  strings: Record<string, string>;
}

export interface TipStatus {
  status: "open" | "in_review" | "closed";
  received_at: string;
  reply: string;
}

export interface Word {
  start: number;
  end: number;
  text: string;
}

export interface Advice {
  indicator: string;
  advice: string;
  words?: Word[];
}

export interface CheckResult {
  lang: string;
  prompted: Advice[];
  always: Advice[];
}

// An answer that is not 2xx: its status and the server's sentence.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const init: RequestInit = {
    method,
    credentials: "omit", // the public pages never send a session cookie
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
  const response = await fetch(path, init);
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const message =
      data !== null && typeof data === "object" && "error" in data
        ? String((data as { error: unknown }).error)
        : response.statusText;
    throw new ApiError(response.status, message);
  }
  return data as T;
}

export const languages = (): Promise<Language[]> => call("GET", "/api/v1/public/languages");

export const texts = (lang: string): Promise<Texts> =>
  call("GET", `/api/v1/public/consent?lang=${encodeURIComponent(lang)}`);

export const sendTip = (tip: {
  lang: string;
  text: string;
  contact?: string;
  consent: boolean;
}): Promise<{ receipt: string; status: string }> => call("POST", "/api/v1/public/tips", tip);

// The code goes in the body, never in the address (addresses end up in proxy and browser logs).
export const tipStatus = (receipt: string): Promise<TipStatus> =>
  call("POST", "/api/v1/public/tips/status", { receipt: receipt.trim() });

export const checkJob = (ad: { text: string; lang: string; consent: boolean }): Promise<CheckResult> =>
  call("POST", "/api/v1/public/check-job", ad);
