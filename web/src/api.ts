// The /api/v1 client (docs/api.md). Keeps the session's CSRF token and sends it on every write.

export interface CaseRef {
  id: string;
  name: string;
}

export interface Session {
  user: string;
  role: string;
  csrf_token: string;
  cases: CaseRef[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

let session: Session | null = null;
let onUnauthorised: () => void = () => {};

export function currentSession(): Session | null {
  return session;
}

export function setSession(s: Session | null): void {
  session = s;
}

export function whenUnauthorised(handler: () => void): void {
  onUnauthorised = handler;
}

async function answer<T>(response: Response): Promise<T> {
  const type = response.headers.get("Content-Type") ?? "";
  const body: unknown = type.includes("application/json") ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const message =
      body && typeof body === "object" && typeof (body as { error?: unknown }).error === "string"
        ? (body as { error: string }).error
        : `${response.status} ${response.statusText}`;
    if (response.status === 401 && session) {
      session = null;
      onUnauthorised();
    }
    throw new ApiError(response.status, message);
  }
  return body as T;
}

export async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== "") query.set(k, String(v));
  }
  const qs = query.toString();
  const response = await fetch(`/api/v1/${path}${qs ? `?${qs}` : ""}`, {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  });
  return answer<T>(response);
}

export async function post<T>(path: string, body: unknown): Promise<T> {
  const headers: Record<string, string> = { "Content-Type": "application/json", Accept: "application/json" };
  if (session) headers["X-CSRF-Token"] = session.csrf_token;
  const response = await fetch(`/api/v1/${path}`, {
    method: "POST",
    credentials: "same-origin",
    headers,
    body: JSON.stringify(body),
  });
  return answer<T>(response);
}

/** A path under /api/v1/cases/{case}/ with every part encoded. */
export function casePath(caseId: string, ...parts: string[]): string {
  return ["cases", caseId, ...parts].map(encodeURIComponent).join("/");
}

export function caseUrl(caseId: string, ...parts: string[]): string {
  return `/api/v1/${casePath(caseId, ...parts)}`;
}
