// The analyst workbench: a hash router over the views. Routes:
//   #/login  #/admin/audit  #/c/{case}/dashboard  #/c/{case}/search?q=…  #/c/{case}/ad/{id}
//   #/c/{case}/clusters  #/c/{case}/cluster/{id}  #/c/{case}/tips
import { currentSession, get, post, Session, setSession, whenUnauthorised } from "./api";
import { h, replace } from "./dom";
import { caseHash, errorBox, go } from "./nav";
import { adView } from "./views/ad";
import { auditView } from "./views/audit";
import { clusterView } from "./views/cluster";
import { clustersView } from "./views/clusters";
import { dashboardView } from "./views/dashboard";
import { loginView } from "./views/login";
import { searchView } from "./views/search";
import { tipsView } from "./views/tips";

export interface Route {
  path: string[];
  params: URLSearchParams;
}

const main = document.getElementById("main")!;
const top = document.getElementById("top")!;
let generation = 0; // a view rendered for an older route never writes into the page

function parse(): Route {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query] = raw.split("?", 2);
  return { path: path.split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query ?? "") };
}

function header(session: Session | null, route: Route): void {
  if (!session) {
    replace(top, h("span", { class: "brand" }, "Ariadne"));
    return;
  }
  const caseId = route.path[0] === "c" ? route.path[1] : session.cases[0]?.id;
  const picker = h(
    "select",
    {
      id: "case-picker",
      "aria-label": "Case",
      onchange: (e: Event) => go(caseHash((e.target as HTMLSelectElement).value, "dashboard")),
    },
    session.cases.map((c) => {
      const o = h("option", { value: c.id }, c.name || c.id);
      if (c.id === caseId) o.selected = true;
      return o;
    }),
  );
  const nav = h("nav", { "aria-label": "Views" });
  if (caseId) {
    const views: Array<[string, string]> = [
      ["dashboard", "Dashboard"],
      ["search", "Search"],
      ["clusters", "Clusters"],
    ];
    if (session.role === "admin" || session.role === "analyst") views.push(["tips", "Tips"]);
    for (const [view, label] of views) {
      const a = h("a", { href: caseHash(caseId, view) }, label);
      if (route.path[2] === view) a.setAttribute("aria-current", "page");
      nav.appendChild(a);
    }
  }
  if (session.role === "admin") nav.appendChild(h("a", { href: "#/admin/audit" }, "Audit log"));
  const logout = h(
    "button",
    {
      type: "button",
      id: "logout",
      onclick: async () => {
        await post("logout", {}).catch(() => undefined);
        setSession(null);
        go("#/login");
      },
    },
    "Log out",
  );
  replace(top, h("span", { class: "brand" }, "Ariadne"), session.cases.length > 0 ? picker : null, nav, h("span", { class: "who" }, `${session.user} (${session.role})`), logout);
}

async function render(): Promise<void> {
  const mine = ++generation;
  const route = parse();
  let session = currentSession();
  if (!session && route.path[0] !== "login") {
    session = await get<Session>("me").catch(() => null);
    if (mine !== generation) return;
    setSession(session);
  }
  if (!session) {
    header(null, route);
    replace(main, loginView(async (s) => {
      setSession(s);
      const back = route.path[0] && route.path[0] !== "login" ? location.hash : "";
      go(back || (s.cases[0] ? caseHash(s.cases[0].id, "dashboard") : "#/admin/audit"));
    }));
    return;
  }
  header(session, route);
  const [area, caseId, view, id] = route.path;
  let content: Promise<Node> | Node;
  if (area === "admin" && caseId === "audit") content = auditView(route.params);
  else if (area === "c" && caseId) {
    if (!view || view === "dashboard") content = dashboardView(caseId);
    else if (view === "search") content = searchView(caseId, route.params);
    else if (view === "ad" && id) content = adView(caseId, id, session);
    else if (view === "clusters") content = clustersView(caseId);
    else if (view === "cluster" && id) content = clusterView(caseId, id, session);
    else if (view === "tips") content = tipsView(caseId, route.params);
    else content = h("p", {}, "No such view.");
  } else if (session.cases[0]) {
    go(caseHash(session.cases[0].id, "dashboard"));
    return;
  } else content = h("p", {}, "You are not a member of any case. Ask an administrator.");
  replace(main, h("p", { class: "muted", role: "status" }, "Loading…"));
  try {
    const node = await content;
    if (mine !== generation) return;
    replace(main, node);
  } catch (e) {
    if (mine !== generation) return;
    replace(main, errorBox(e));
  }
}

// The skip link moves focus; it must not change the hash, which is the router's.
document.querySelector(".skip")?.addEventListener("click", (e) => {
  e.preventDefault();
  main.focus();
});
whenUnauthorised(() => go("#/login"));
window.addEventListener("hashchange", () => void render());
void render();
