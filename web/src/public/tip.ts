// The anonymous tip form (web/tip.html): consent text first, the receipt code after sending, and
// the status of a report read back with its code. Nothing about the reader is kept in the browser.
import "./public.css";
import { sendTip, tipStatus, ApiError, type Texts } from "./api";
import { setUpLanguages } from "./i18n";
import { byId, errorText, MAX_CONTACT_BYTES, showPage, textProblem, whileBusy } from "./page";

let current: Texts | null = null;

function render(t: Texts): void {
  current = t;
  showPage(t, t.strings.tip_title, "tip-consent", t.tip_consent);
}

async function onSend(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const t = current;
  if (t === null) return;
  const text = byId<HTMLTextAreaElement>("tip-text").value;
  const contact = byId<HTMLInputElement>("tip-contact").value;
  const agreed = byId<HTMLInputElement>("tip-agree").checked;
  const error = byId("tip-error");
  const problem = textProblem(t, text, [{ value: contact, maxBytes: MAX_CONTACT_BYTES }]) ?? (agreed ? null : t.strings.error_consent);
  error.textContent = problem ?? "";
  if (problem !== null) return;
  await whileBusy(byId<HTMLButtonElement>("tip-send"), t.strings.sending, t.strings.send, async () => {
    try {
      const answer = await sendTip({
        lang: t.lang,
        text,
        contact: contact.trim() === "" ? undefined : contact,
        consent: true,
      });
      byId("receipt-code").textContent = answer.receipt;
      byId<HTMLInputElement>("receipt-input").value = answer.receipt;
      byId("tip-form").hidden = true;
      byId("receipt").hidden = false;
      byId("receipt").scrollIntoView();
    } catch (e) {
      error.textContent =
        e instanceof ApiError && e.status === 400 ? `${t.strings.error_generic} (${e.message})` : errorText(t, e);
    }
  });
}

async function onStatus(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const t = current;
  if (t === null) return;
  const code = byId<HTMLInputElement>("receipt-input").value;
  const error = byId("status-error");
  const result = byId("status-result");
  error.textContent = "";
  result.hidden = true;
  try {
    const s = await tipStatus(code);
    byId("status-value").textContent = t.strings[`status_${s.status}`] ?? s.status;
    byId("status-received").textContent = s.received_at;
    byId("status-reply").textContent = s.reply === "" ? t.strings.no_reply : s.reply;
    result.hidden = false;
  } catch (e) {
    error.textContent = e instanceof ApiError && e.status === 404 ? t.strings.unknown_receipt : errorText(t, e);
  }
}

byId<HTMLFormElement>("tip-form").addEventListener("submit", (e) => void onSend(e));
byId<HTMLFormElement>("status-form").addEventListener("submit", (e) => void onStatus(e));
void setUpLanguages(byId("languages"), render).catch(() => {
  byId("tip-error").textContent = "The form cannot load. Please try again later. In an emergency, call 112.";
});
