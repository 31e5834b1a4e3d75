// The public pages in Debian's Chromium against a real `ariadne serve` on a real case: a tip is sent
// in the reader's language after the consent text, its receipt code is shown, an analyst answers it
// through the API (login, CSRF token), and the reporter reads the status and the answer back with the
// code alone. The job-ad checker shows each question with the words of the ad that prompted it.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { password, run, watchedPage, workbench } from "./harness.mjs";

let wb;
let phone;
before(async () => {
  wb = await workbench({ ads: 200 });
  // The most shared phone number of the case: a tip naming it must be linked to its ads.
  const { stdout } = await run(["selectors", "--case", wb.case.dir, "--type", "phone", "--min-docs", "2", "--json"]);
  const selectors = stdout.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
  assert.ok(Array.isArray(selectors) && selectors.length > 0, "the demo case has shared phones");
  phone = selectors[0].value;
});
after(async () => {
  await wb?.close();
});

/** Logs in through the API as the web UI does: the session cookie and the CSRF token. */
async function apiLogin(user) {
  const r = await fetch(`${wb.url}/api/v1/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ user, password }),
  });
  assert.equal(r.status, 200, await r.clone().text());
  const cookie = r.headers.get("set-cookie").split(";")[0];
  const { csrf_token: csrf } = await r.json();
  return { cookie, csrf };
}

async function assertClean(seen) {
  assert.deepEqual(await seen.csp(), [], "the page broke its Content-Security-Policy");
  assert.deepEqual(seen.errors, [], "the page threw");
  assert.deepEqual(seen.dialogs, []);
}

describe("public pages", () => {
  test("a tip sent in French is answered by an analyst and read back by its receipt code", async () => {
    const { page, context, seen } = await watchedPage(wb.browser);
    await page.goto(`${wb.url}/tip`);
    await page.locator("#lang option").first().waitFor({ state: "attached" });
    const languages = await page.locator("#lang option").evaluateAll((os) => os.map((o) => o.value));
    for (const code of ["en", "fr", "de", "ro", "bg", "es", "pl", "uk"]) assert.ok(languages.includes(code), code);
    await page.locator("#lang").selectOption("fr");
    await page.locator("h1", { hasText: "Signaler une situation" }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
    const consent = await page.locator("#tip-consent").textContent();
    assert.match(consent, /adresse IP/);
    assert.match(consent, /112/);

    const text = `Dans l'appartement au-dessus du magasin, les filles répondent au ${phone} et ne sortent jamais seules.`;
    await page.locator("#tip-text").fill(text);
    await page.locator("#tip-send").click();
    // Not sent without agreeing to the consent text.
    await page.locator("#tip-error", { hasText: "cocher la case" }).waitFor();
    await page.locator("#tip-agree").check();
    await page.locator("#tip-send").click();
    await page.locator("#receipt").waitFor({ state: "visible" });
    const receipt = (await page.locator("#receipt-code").textContent()).trim();
    assert.match(receipt, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    await assertClean(seen);
    await context.close();

    // The analyst finds the tip in the triage queue, linked to the ads of the number it names.
    const analyst = await apiLogin(wb.users.analyst);
    const triage = await fetch(`${wb.url}/api/v1/cases/${wb.case.id}/triage`, { headers: { Cookie: analyst.cookie } });
    assert.equal(triage.status, 200);
    const queue = await triage.json();
    const tip = queue.tips.find((t) => t.text === text);
    assert.ok(tip, "the tip is in the triage queue");
    assert.equal(tip.lang, "fr");
    const link = tip.links.find((l) => l.type === "phone");
    assert.ok(link && link.ads.length >= 2, `the tip is linked to the ads of ${phone}`);
    const reply = "Merci. Nous examinons votre signalement.";
    const answered = await fetch(`${wb.url}/api/v1/cases/${wb.case.id}/tips/${tip.id}`, {
      method: "POST",
      headers: { Cookie: analyst.cookie, "X-CSRF-Token": analyst.csrf, "Content-Type": "application/json" },
      body: JSON.stringify({ status: "in_review", reply }),
    });
    assert.equal(answered.status, 200, await answered.clone().text());

    // Later, in a fresh browser profile, the reporter reads the answer with the code alone.
    const later = await watchedPage(wb.browser);
    const addresses = [];
    later.page.on("request", (r) => addresses.push(r.url()));
    await later.page.goto(`${wb.url}/tip?lang=fr`);
    await later.page.locator("h1", { hasText: "Signaler une situation" }).waitFor();
    await later.page.locator("#receipt-input").fill(receipt.toLowerCase());
    await later.page.locator("#status-check").click();
    await later.page.locator("#status-result").waitFor({ state: "visible" });
    assert.equal(await later.page.locator("#status-value").textContent(), "En cours d'examen");
    assert.equal(await later.page.locator("#status-reply").textContent(), reply);
    // The code travels in a request body, never in an address (proxy logs, browser history).
    const code = receipt.replaceAll("-", "").toLowerCase();
    assert.deepEqual(addresses.filter((a) => a.toLowerCase().replaceAll("-", "").includes(code)), []);
    // A wrong code says so, and reveals nothing.
    await later.page.locator("#receipt-input").fill("0000-0000-0000-0000");
    await later.page.locator("#status-check").click();
    await later.page.locator("#status-error", { hasText: "Aucun signalement" }).waitFor();
    assert.equal(await later.page.locator("#status-result").isHidden(), true);
    await assertClean(later.seen);
    await later.context.close();
  });

  test("the job-ad checker shows each question with the words of the ad that prompted it", async () => {
    const { page, context, seen } = await watchedPage(wb.browser);
    await page.goto(`${wb.url}/check?lang=en`);
    await page.locator("h1", { hasText: "Check a job ad" }).waitFor();
    await page
      .locator("#ad-text")
      .fill("Warehouse work abroad, free housing. A processing fee of 200 EUR is due before travel. <script>window.__ariadnePwned = 1</script>");
    await page.locator("#check-send").click();
    await page.locator("#advice").waitFor({ state: "visible" });
    const fee = page.locator('#prompted li[data-indicator="J-FEE"]');
    await fee.waitFor();
    assert.equal(await fee.locator(".question").textContent(), "Never pay a fee to get a job.");
    assert.deepEqual(await fee.locator("mark").allTextContents(), ["processing fee"]);
    assert.ok((await page.locator("#always li").count()) >= 1, "the general questions are shown");
    assert.equal(await page.locator('#always li[data-indicator="J-FEE"]').count(), 0, "not asked twice");
    const shown = await page.locator("#advice").textContent();
    for (const verdict of ["scam", "fraud", "trafficking", "genuine", "legitimate"]) assert.ok(!shown.includes(verdict), verdict);

    // In Ukrainian, the same question in Ukrainian.
    await page.locator("#lang").selectOption("uk");
    await page.locator("h1", { hasText: "Перевірте оголошення" }).waitFor();
    await page.locator("#check-send").click();
    await page.locator('#prompted li[data-indicator="J-FEE"] .question', { hasText: "Ніколи не платіть" }).waitFor();
    assert.equal(await seen.pwned(), null, "text of the ad ran as a script");
    await assertClean(seen);
    await context.close();
  });

  test("a language picked while the first one is still loading stays picked", async () => {
    const { page, context, seen } = await watchedPage(wb.browser);
    // The first language's texts answer late, after those the reader picks meanwhile.
    let releaseFirst;
    const firstHeld = new Promise((resolve) => (releaseFirst = resolve));
    await page.route(/\/api\/v1\/public\/consent\?lang=en$/, async (route) => {
      await firstHeld;
      await route.continue();
    });
    await page.goto(`${wb.url}/tip?lang=en`);
    await page.locator("#lang option").first().waitFor({ state: "attached" });
    await page.locator("#lang").selectOption("de");
    await page.locator("h1", { hasText: "Etwas melden" }).waitFor();
    releaseFirst();
    await page.waitForResponse(/\/api\/v1\/public\/consent\?lang=en$/);
    await page.waitForTimeout(200); // time for a late answer to be shown, were it shown
    assert.equal(await page.evaluate(() => document.documentElement.lang), "de");
    assert.equal(await page.locator("#lang").inputValue(), "de");
    await page.locator("h1", { hasText: "Etwas melden" }).waitFor({ timeout: 1_000 });
    await assertClean(seen);
    await context.close();
  });

  test("a Ukrainian tip over the byte limit is refused in Ukrainian before it is sent", async () => {
    const { page, context, seen } = await watchedPage(wb.browser);
    let posted = 0;
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().includes("/api/v1/public/tips")) posted += 1;
    });
    await page.goto(`${wb.url}/tip?lang=uk`);
    await page.locator("#tip-consent").filter({ hasText: "112" }).waitFor();
    // 9,000 Cyrillic letters: under the field's 16,000-character maxlength, but 18,000 bytes of UTF-8,
    // over the server's 16 KiB.
    await page.locator("#tip-text").fill("Ж".repeat(9000));
    await page.locator("#tip-agree").check();
    await page.locator("#tip-send").click();
    await page.locator("#tip-error", { hasText: "Текст задовгий" }).waitFor();
    assert.equal(posted, 0, "the form sent a tip the server would refuse");
    assert.equal(await page.locator("#receipt").isHidden(), true);
    await assertClean(seen);
    await context.close();
  });
});
