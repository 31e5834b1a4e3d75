// The network view at scale, in Debian's Chromium (software WebGL, no GPU: a lower bound). Builds the
// benchmark page with Vite, serves it on loopback under the server's Content-Security-Policy, draws a
// synthetic network of N ads (default 2,000, 5,000 and 10,000; figures: nodes, edges, time to the first
// frame and to the end of the ForceAtlas2 layout, frames per second while the camera pans and zooms).
// Usage: node bench/graph-bench.mjs [ADS...]
import { createServer } from "node:http";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { build } from "vite";
import { chromium } from "playwright-core";
import { chromiumArgs, webDir } from "../tests/harness.mjs";

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const out = await mkdtemp(join(tmpdir(), "ariadne-graph-bench-"));
await build({ root: webDir, logLevel: "error", configFile: false, base: "/", worker: { format: "es" }, build: { outDir: out, emptyOutDir: true, modulePreload: { polyfill: false }, rollupOptions: { input: resolve(webDir, "bench/graph-bench.html") } } });
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; font-src 'self'; frame-src 'self'";
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  try {
    const body = await readFile(join(out, path));
    res.writeHead(200, { "Content-Type": types[extname(path)] ?? "application/octet-stream", "Content-Security-Policy": csp });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${server.address().port}/bench/graph-bench.html`;
// The tests' Chromium flags but with a GPU process (SwiftShader there): the page's main thread then
// does only the page's own work, so its busy time per frame is what a machine with a graphics card
// would spend on the CPU side of a frame, while the frame rate is the software rasteriser's.
const browser = await chromium.launch({
  executablePath: process.env.ARIADNE_CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [...chromiumArgs.filter((a) => a !== "--disable-gpu"), "--ignore-gpu-blocklist"],
});
// CPU time (user + system, ms) of the browser's GPU process, where SwiftShader rasterises: unlike frames
// per second, it hardly depends on how busy the machine is. Found among this process's descendants.
function gpuProcessMs() {
  const parentOf = new Map();
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      parentOf.set(pid, stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    } catch {
      // the process ended meanwhile
    }
  }
  const mine = (pid) => {
    for (let p = pid; p && p !== "1"; p = parentOf.get(p)) if (p === String(process.pid)) return true;
    return false;
  };
  let ticks = 0;
  for (const pid of parentOf.keys()) {
    try {
      if (!mine(pid) || !readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=gpu-process")) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return (ticks * 1000) / clockTicks;
}
const clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" })) || 100;

// In the page: moves the camera on every animation frame for `ms` (panning in a circle while zooming in
// and out), optionally drawing the network anew each frame as sigma did before the still frame; counts
// frames, sigma's full drawings and WebGL draw calls.
async function moveCamera(page, ms, redrawEachFrame) {
  return page.evaluate(
    async ({ ms, redrawEachFrame }) => {
      const sigma = window.benchPanel.sigma;
      const camera = sigma.getCamera();
      let renders = 0;
      const counted = () => renders++;
      sigma.on("afterRender", counted);
      const calls = { draws: 0, instances: 0 };
      const proto = WebGL2RenderingContext.prototype;
      const { drawArrays, drawArraysInstanced } = proto;
      proto.drawArrays = function (...a) {
        calls.draws++;
        return drawArrays.apply(this, a);
      };
      proto.drawArraysInstanced = function (...a) {
        calls.draws++;
        calls.instances += a[3];
        return drawArraysInstanced.apply(this, a);
      };
      const start0 = camera.getState();
      let frames = 0;
      const start = performance.now();
      await new Promise((done) => {
        const tick = (now) => {
          frames++;
          const t = (now - start) / 1000;
          camera.setState({ x: start0.x + 0.2 * Math.sin(t * 2), y: start0.y + 0.2 * Math.cos(t * 2) - 0.2, ratio: 0.6 + 0.4 * Math.sin(t) });
          window.benchLastMove = performance.now();
          if (redrawEachFrame) sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
          if (now - start < ms) requestAnimationFrame(tick);
          else done();
        };
        requestAnimationFrame(tick);
      });
      const elapsed = performance.now() - start;
      proto.drawArrays = drawArrays;
      proto.drawArraysInstanced = drawArraysInstanced;
      sigma.off("afterRender", counted);
      return { frames, fps: (frames * 1000) / elapsed, renders, draws: calls.draws / Math.max(renders, 1), instances: calls.instances / Math.max(renders, 1) };
    },
    { ms, redrawEachFrame },
  );
}

// In the page: from the camera's last move, how long until the network is drawn sharp at its new place
// (for sigma without the still frame: until the GPU process has caught up with the frames sent to it).
async function settleTime(page) {
  return page.evaluate(async () => {
    const sigma = window.benchPanel.sigma;
    const start = window.benchLastMove;
    while (sigma.isStill) await new Promise((r) => requestAnimationFrame(r));
    // reading a pixel waits until the GPU process has drawn everything sent to it
    const gl = sigma.getCanvases().nodes.getContext("webgl2");
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - start;
  });
}

const quiet = (page) => page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 500)));

try {
  const rows = [];
  for (const ads of sizes.length ? sizes : [2000, 5000, 10000]) {
    const page = await browser.newPage({ viewport: { width: Number(process.env.BENCH_WIDTH ?? 1280), height: Number(process.env.BENCH_HEIGHT ?? 900) } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(url);
    const t0 = Date.now();
    const size = await page.evaluate((n) => window.benchGraph(n), ads);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const firstFrame = Date.now() - t0;
    await page.locator('.graph-panel[data-layout="done"]').waitFor({ timeout: 300_000 });
    const layoutDone = Date.now() - t0;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const taskMs = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value * 1000;
    // a measured window: frames, the page's main-thread ms and the GPU process's CPU ms per frame
    const measure = async (redrawEachFrame) => {
      await quiet(page);
      const [task0, gpu0] = [await taskMs(), gpuProcessMs()];
      const r = await moveCamera(page, Number(process.env.BENCH_MS ?? 3000), redrawEachFrame);
      const [task1, gpu1] = [await taskMs(), gpuProcessMs()];
      return { ...r, mainMs: (task1 - task0) / r.frames, gpuMs: (gpu1 - gpu0) / r.frames };
    };
    const moving = await measure(false);
    const sharpAfter = await settleTime(page);
    const redrawn = await measure(true);
    rows.push({ ads, ...size, firstFrame, layoutDone, moving, sharpAfter, redrawn });
    if (errors.length) console.log(`  page errors: ${errors.join("; ")}`);
    await page.close();
  }
  const pad = (v, n) => String(v).padStart(n);
  console.log("                              |  camera moving                      |       |  redrawn every frame");
  console.log("   ads   nodes  links  layout |  frames/s  main ms  GPU ms  redraws  | sharp |  frames/s  main ms  GPU ms  WebGL draws");
  console.log("                        done  |           /frame  /frame            | after |           /frame  /frame  (instances)");
  for (const r of rows) {
    const m = r.moving;
    const d = r.redrawn;
    console.log(
      `${pad(r.ads, 6)} ${pad(r.nodes, 7)} ${pad(r.edges, 6)} ${pad((r.layoutDone / 1000).toFixed(1) + " s", 7)} |` +
        `${pad(m.fps.toFixed(1), 10)} ${pad(m.mainMs.toFixed(1), 8)} ${pad(m.gpuMs.toFixed(1), 7)} ${pad(m.renders, 8)}  |` +
        `${pad(Math.round(r.sharpAfter) + " ms", 7)}|` +
        `${pad(d.fps.toFixed(1), 10)} ${pad(d.mainMs.toFixed(1), 8)} ${pad(d.gpuMs.toFixed(1), 7)} ${pad(d.draws.toFixed(0), 6)} (${d.instances.toFixed(0)})`,
    );
  }
  console.log(`first frame after ${rows.map((r) => `${r.firstFrame} ms`).join(", ")}; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
} finally {
  await browser.close();
  server.close();
  await rm(out, { recursive: true, force: true });
}
