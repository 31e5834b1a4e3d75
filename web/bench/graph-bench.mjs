// The network view at scale, in Debian's Chromium (software WebGL, no GPU: a lower bound). Builds the
// benchmark page with Vite, serves it on loopback under the server's Content-Security-Policy, draws a
// synthetic network of N ads (default 2,000, 5,000 and 10,000; figures: nodes, edges, time to the first
// frame and to the end of the ForceAtlas2 layout, frames per second while the camera pans and zooms).
// Usage: node bench/graph-bench.mjs [ADS...]
import { createServer } from "node:http";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
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
try {
  console.log("ads      nodes    edges  first frame ms  layout done ms  pan/zoom fps  main thread busy  main thread ms/frame  render ms/frame (worst)");
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
    const metric = async () => Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
    // Settings changed before the measured window: setSetting re-processes every node and edge.
    await page.evaluate(async (edges) => {
      window.benchPanel.sigma.setSetting("renderEdges", edges);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, !process.env.NO_EDGES);
    const before = await metric();
    const { fps, frames, renderMs, worstRenderMs } = await page.evaluate(async () => {
      const sigma = window.benchPanel.sigma;
      const camera = sigma.getCamera();
      // The main thread's time inside sigma's render of each frame (JavaScript and WebGL command
      // submission; the rasterising happens in the GPU process).
      let renderStart = 0;
      let renderMs = 0;
      let worstRenderMs = 0;
      const before = () => { renderStart = performance.now(); };
      const after = () => {
        const ms = performance.now() - renderStart;
        renderMs += ms;
        worstRenderMs = Math.max(worstRenderMs, ms);
      };
      sigma.on("beforeRender", before);
      sigma.on("afterRender", after);
      let frames = 0;
      const start = performance.now();
      await new Promise((done) => {
        const tick = (now) => {
          frames++;
          const t = (now - start) / 1000;
          camera.setState({ x: 0.5 + 0.2 * Math.sin(t * 2), y: 0.5 + 0.2 * Math.cos(t * 2), ratio: 0.6 + 0.4 * Math.sin(t) });
          if (now - start < 3000) requestAnimationFrame(tick);
          else done();
        };
        requestAnimationFrame(tick);
      });
      sigma.off("beforeRender", before);
      sigma.off("afterRender", after);
      return { fps: (frames * 1000) / (performance.now() - start), frames, renderMs: renderMs / Math.max(frames, 1), worstRenderMs };
    });
    const after = await metric();
    const busySeconds = after.TaskDuration - before.TaskDuration;
    const busy = ((busySeconds / (after.Timestamp - before.Timestamp)) * 100).toFixed(0);
    const perFrame = ((busySeconds * 1000) / Math.max(frames, 1)).toFixed(1);
    const probe = await page.evaluate(() => {
      window.benchPanel.sigma.setSetting("renderEdges", true);
      const s = window.benchPanel.sigma;
      const time = (f) => { const t = performance.now(); for (let i = 0; i < 5; i++) f(); return ((performance.now() - t) / 5).toFixed(1); };
      const full = time(() => s.refresh());
      s.setSetting("renderLabels", false);
      const noLabels = time(() => s.refresh());
      s.setSetting("renderLabels", true);
      s.setSetting("renderEdges", false);
      const noEdges = time(() => s.refresh());
      s.setSetting("renderEdges", true);
      return { full, noLabels, noEdges };
    });
    if (process.env.PROBE) console.log("  one frame ms:", probe);
    console.log(`${String(ads).padStart(6)} ${String(size.nodes).padStart(8)} ${String(size.edges).padStart(8)} ${String(firstFrame).padStart(15)} ${String(layoutDone).padStart(15)} ${fps.toFixed(1).padStart(13)} ${busy.padStart(15)}% ${perFrame.padStart(21)} ${renderMs.toFixed(1).padStart(16)} (${worstRenderMs.toFixed(1)})`);
    if (errors.length) console.log(`  page errors: ${errors.join("; ")}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  await rm(out, { recursive: true, force: true });
}
