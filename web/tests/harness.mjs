// Test harness for Ariadne's web UI in a real browser (reused by every browser test).
// It makes a small real case with the real binary (`ariadne demo`, plus planted hostile ads), creates
// users with `ariadne user add`, starts `ariadne serve --port 0` on loopback, reads the address it
// prints, and launches Debian's Chromium headless through playwright-core. Nothing is mocked, nothing is
// downloaded. `close()` stops everything and removes the temporary folder.
//
// Environment: ARIADNE_BINARY (the ariadne executable; ctest passes it), ARIADNE_CHROMIUM (default
// /usr/bin/chromium), ARIADNE_WEB (default web/dist beside this folder), ARIADNE_KEEP=1 keeps the folder.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const webDir = resolve(here, "..");
export const repoDir = resolve(webDir, "..");
export const fixtures = join(here, "fixtures");
export const password = "correct horse battery staple";

export function ariadneBinary() {
  const candidates = [process.env.ARIADNE_BINARY, join(repoDir, "build/release/src/cli/ariadne")].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`the ariadne binary is not built (looked for ${candidates.join(", ")}): run scripts/build release or set ARIADNE_BINARY`);
  return found;
}

export function distDir() {
  const dir = process.env.ARIADNE_WEB || join(webDir, "dist");
  if (!existsSync(join(dir, "index.html"))) throw new Error(`${dir}/index.html is missing: build the web UI (scripts/setup, or npm ci && npm run build in web/)`);
  return dir;
}

/** Runs ariadne with arguments; resolves with {stdout, stderr}, rejects with both on a non-zero exit. */
export function run(args, { input, env, timeoutMs = 300_000 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(ariadneBinary(), args, { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ARIADNE_CACHE_DIR: process.env.ARIADNE_CACHE_DIR ?? "off", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise({ stdout, stderr });
      else reject(new Error(`ariadne ${args.join(" ")} exited ${code ?? signal}:\n${stderr.slice(-4000)}`));
    });
    child.stdin.end(input ?? "");
  });
}

/**
 * A case made by `ariadne demo root/<name>` (the demo corpus of `ads` ads, crawled from the local fixture
 * site so that ads have captured pages; the case is the demo's `case` folder, id "case"), then `extra`
 * files imported (default: the hostile ads and page) and analysed.
 */
export async function makeCase(root, { name = "demo", ads = 300, extra = [join(fixtures, "hostile-ads.jsonl"), join(fixtures, "hostile-page.html")] } = {}) {
  const demo = join(root, name);
  const help = await run(["demo", "--help"]);
  const args = ["demo", demo, "--ads", String(ads)];
  if (help.stdout.includes("--no-serve")) args.push("--no-serve");
  await run(args);
  const dir = join(demo, "case");
  if (!existsSync(join(dir, "case.db"))) throw new Error(`ariadne demo made no case in ${dir}`);
  if (extra.length > 0) {
    await run(["import", "--case", dir, ...extra]);
    await run(["analyze", "--case", dir]);
  }
  return { dir, id: basename(dir) };
}

export async function addUser(home, name, role, cases, pass = password) {
  await run(["user", "add", "--home", home, name, "--role", role, ...cases.flatMap((c) => ["--case", c])], { input: `${pass}\n` });
}

/** Starts `ariadne serve --port 0` and resolves when it prints its address. */
export function startServer({ home, cases, args = [] }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(ariadneBinary(), ["serve", "--home", home, ...cases.flatMap((c) => ["--case", c]), "--port", "0", "--web", distDir(), ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let started = false;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`ariadne serve printed no address within 60 s:\n${stderr}`));
    }, 60_000);
    const exited = new Promise((r) => child.on("close", r));
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
    };
    child.stdout.on("data", (d) => {
      stdout += d;
      const m = /listening on (http:\/\/[^\s]+)/.exec(stdout);
      if (m && !started) {
        started = true;
        clearTimeout(timer);
        resolvePromise({ url: m[1].replace(/\/$/, ""), stop, process: child, output: () => stderr });
      }
    });
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => {
      if (!started) {
        clearTimeout(timer);
        reject(new Error(`ariadne serve exited ${code} before listening:\n${stderr}`));
      }
    });
  });
}

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // WebGL (the network graph) without a GPU: Chromium's software renderer.
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

/** Debian's Chromium, headless, with a fresh profile (playwright makes a temporary user-data-dir). */
export async function launchBrowser() {
  const executablePath = process.env.ARIADNE_CHROMIUM || "/usr/bin/chromium";
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: install Debian's chromium (scripts/setup)`);
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs, timeout: 60_000 });
}

/**
 * Everything a browser test needs: a case, users of every role (admin, analyst, reviewer, partner;
 * password `password`), the server and a browser. Call `close()` in `after`.
 */
export async function workbench({ ads = 300, extra, serverArgs = [] } = {}) {
  const root = await mkdtemp(join(tmpdir(), "ariadne-web-"));
  const cleanups = [];
  const close = async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
    if (!process.env.ARIADNE_KEEP) await rm(root, { recursive: true, force: true });
  };
  try {
    const kase = await makeCase(root, { ads, ...(extra ? { extra } : {}) });
    const home = join(root, "server");
    const users = {};
    for (const role of ["admin", "analyst", "reviewer", "partner"]) {
      const name = `${role}1`;
      await addUser(home, name, role, [kase.id]);
      users[role] = name;
    }
    // Every test logs in from 127.0.0.1, and more than ten logins a minute from one address are
    // refused (the login rate limit, which the API tests check); the harness lifts that limit.
    const server = await startServer({ home, cases: [kase.dir], args: ["--login-limit", "0", ...serverArgs] });
    cleanups.push(server.stop);
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());
    return { root, home, case: kase, users, url: server.url, server, browser, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * A new page that records what must never happen: dialogs (alert/confirm/prompt, dismissed), page
 * errors, console messages, Content-Security-Policy violations, and a global `__ariadnePwned` that
 * planted scripts would set.
 */
export async function watchedPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const seen = { dialogs: [], errors: [], console: [] };
  page.on("dialog", (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  page.on("console", (m) => seen.console.push(`${m.type()}: ${m.text()}`));
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  seen.pwned = () => page.evaluate(() => window.__ariadnePwned ?? null);
  seen.csp = () => page.evaluate(() => window.__cspViolations ?? []);
  return { page, context, seen };
}

export async function login(page, url, user, pass = password) {
  await page.goto(`${url}/`);
  await page.getByLabel("User name").fill(user);
  await page.getByLabel("Password").fill(pass);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.locator("#logout").waitFor();
}

/** Pixels of a PNG screenshot (8-bit RGB or RGBA, as Chromium writes them): {width, height, rgba(x, y)}. */
export function decodePng(buffer) {
  const { inflateSync } = zlib;
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat = [];
  while (pos < buffer.length) {
    const length = buffer.readUInt32BE(pos);
    const type = buffer.toString("latin1", pos + 4, pos + 8);
    const data = buffer.subarray(pos + 8, pos + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error("PNG: only 8-bit samples are read");
      channels = { 2: 3, 6: 4 }[data[9]];
      if (!channels) throw new Error(`PNG: colour type ${data[9]} is not read`);
    } else if (type === "IDAT") idat.push(data);
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? out[y * stride + x - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      let p = v;
      if (filter === 1) p = v + a;
      else if (filter === 2) p = v + b;
      else if (filter === 3) p = v + ((a + b) >> 1);
      else if (filter === 4) {
        const base = a + b - c;
        const pa = Math.abs(base - a);
        const pb = Math.abs(base - b);
        const pc = Math.abs(base - c);
        p = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      out[y * stride + x] = p & 255;
    }
  }
  return { width, height, rgba: (x, y) => { const i = y * stride + x * channels; return [out[i], out[i + 1], out[i + 2], channels === 4 ? out[i + 3] : 255]; } };
}

/** Logs in over HTTP (no browser) and returns `{ get(path), post(path, body) }` answering `{status, body}`. */
export async function apiSession(url, user, pass = password) {
  const login = await fetch(`${url}/api/v1/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ user, password: pass }) });
  if (!login.ok) throw new Error(`login as ${user}: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
  const { csrf_token: csrf } = await login.json();
  const answer = async (r) => ({ status: r.status, body: await r.text().then((t) => { try { return JSON.parse(t); } catch { return t; } }) });
  return {
    get: async (path) => answer(await fetch(`${url}${path}`, { headers: { Cookie: cookie } })),
    post: async (path, body) => answer(await fetch(`${url}${path}`, { method: "POST", headers: { Cookie: cookie, "X-CSRF-Token": csrf, "Content-Type": "application/json" }, body: JSON.stringify(body) })),
  };
}
