// The job-ad checker (web/check.html): paste an ad, get the questions of `ariadne check-job` in the
// reader's language, each with the words of the ad that prompted it. Never a verdict. The ad is
// kept only when the reader ticks the box under the consent text.
import "./public.css";
import { checkJob, type Advice, type Texts } from "./api";
import { el } from "./dom";
import { setUpLanguages } from "./i18n";
import { byId, errorText, showPage, textProblem, whileBusy } from "./page";

let current: Texts | null = null;

function render(t: Texts): void {
  current = t;
  showPage(t, t.strings.check_title, "check-consent", t.check_consent);
}

function promptedItem(t: Texts, a: Advice): HTMLElement {
  const item = el("li", { "data-indicator": a.indicator }, el("p", { class: "question" }, a.advice));
  const words = a.words ?? [];
  if (words.length > 0) {
    const line = el("p", { class: "words" }, `${t.strings.words_label} `);
    words.forEach((w, i) => {
      if (i > 0) line.append(", ");
      line.append(el("mark", {}, w.text));
    });
    item.append(line);
  }
  return item;
}

async function onCheck(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const t = current;
  if (t === null) return;
  const text = byId<HTMLTextAreaElement>("ad-text").value;
  const error = byId("check-error");
  const problem = textProblem(t, text);
  error.textContent = problem ?? "";
  if (problem !== null) return;
  await whileBusy(byId<HTMLButtonElement>("check-send"), t.strings.checking, t.strings.check_button, async () => {
    try {
      const result = await checkJob({ text, lang: t.lang, consent: byId<HTMLInputElement>("check-keep").checked });
      byId("prompted").replaceChildren(...result.prompted.map((a) => promptedItem(t, a)));
      byId("no-prompted").hidden = result.prompted.length > 0;
      byId("always").replaceChildren(
        ...result.always.map((a) => el("li", { "data-indicator": a.indicator }, a.advice)),
      );
      byId("advice").hidden = false;
    } catch (e) {
      error.textContent = errorText(t, e);
    }
  });
}

byId<HTMLFormElement>("check-form").addEventListener("submit", (e) => void onCheck(e));
void setUpLanguages(byId("languages"), render).catch(() => {
  byId("check-error").textContent = "The page cannot load. Please try again later.";
});
