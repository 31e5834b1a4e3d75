// Multi-page build: the analyst workbench (index.html) and, when the intake pages exist, the public tip
// form and job-ad checker. Output goes to web/dist/, which `ariadne serve` serves.
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = dirname(fileURLToPath(import.meta.url));
const pages: Record<string, string> = { index: resolve(root, "index.html") };
for (const name of ["tip", "check"]) {
  const file = resolve(root, `${name}.html`);
  if (existsSync(file)) pages[name] = file;
}

export default defineConfig({
  root,
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2020",
    // The strict CSP forbids inline scripts and styles: never inline assets as data: scripts, keep
    // CSS in files, and no modulepreload polyfill (an inline-free build).
    assetsInlineLimit: 0,
    cssCodeSplit: true,
    modulePreload: { polyfill: false },
    sourcemap: false,
    rollupOptions: { input: pages },
  },
  worker: { format: "es" },
  server: { strictPort: true },
});
