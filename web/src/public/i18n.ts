// The language of the public pages: the `lang` query parameter, else the browser's first language
// the pages have, else English. The switcher reloads the texts without reloading the page.
import { languages, texts, type Language, type Texts } from "./api";
import { el } from "./dom";

export function preferredLanguage(available: Language[]): string {
  const codes = new Set(available.map((l) => l.code));
  const asked = new URLSearchParams(window.location.search).get("lang");
  if (asked !== null && codes.has(asked)) return asked;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const code = tag.slice(0, 2).toLowerCase();
    if (codes.has(code)) return code;
  }
  return "en";
}

// Loads the languages, builds the switcher into `host`, and calls `render` with the texts of the
// chosen language now and whenever the reader picks another one.
export async function setUpLanguages(
  host: HTMLElement,
  render: (t: Texts) => void,
): Promise<void> {
  const available = await languages();
  const select = el("select", { id: "lang", name: "lang" });
  for (const l of available) {
    const option = el("option", { value: l.code, lang: l.code }, l.name);
    select.append(option);
  }
  const label = el("label", { for: "lang", id: "lang-label" });
  host.replaceChildren(label, select);
  // Texts arrive in any order: a reader who picks French while the first language is still loading
  // must not get that first language shown over French when its answer comes last.
  let latest = 0;
  const apply = async (code: string): Promise<void> => {
    const asked = ++latest;
    const t = await texts(code);
    if (asked !== latest) return;
    document.documentElement.lang = t.lang;
    select.value = t.lang;
    label.textContent = t.strings.language_label ?? "Language";
    const url = new URL(window.location.href);
    url.searchParams.set("lang", t.lang);
    window.history.replaceState(null, "", url);
    render(t);
  };
  select.addEventListener("change", () => void apply(select.value));
  await apply(preferredLanguage(available));
}
