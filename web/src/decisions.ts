// The human in the loop: record reviewed / not a concern / referred with a note, on an ad or a cluster.
import { ApiError, casePath, get, post } from "./api";
import { fmtDate, h, plain, replace } from "./dom";

export interface Decision {
  id: string | number;
  target: string;
  decision: string;
  note: string;
  user: string;
  time: string;
}

const choices: Array<[string, string]> = [
  ["reviewed", "Reviewed"],
  ["not_a_concern", "Not a concern"],
  ["referred", "Referred"],
];

export function decisionsPanel(caseId: string, target: string, initial: Decision[] | undefined, canDecide: boolean): HTMLElement {
  const list = h("ul", { class: "decisions", "aria-live": "polite" });
  const show = (items: Decision[]) =>
    replace(
      list,
      items.length === 0
        ? h("li", { class: "muted" }, "No decision yet.")
        : items.map((d) => h("li", { class: "decision" }, h("strong", {}, label(d.decision)), ` by ${plain(d.user)}, ${fmtDate(d.time)}`, d.note ? h("p", { class: "note" }, plain(d.note)) : null)),
    );
  const refresh = async () => show(await get<Decision[]>(casePath(caseId, "decisions"), { target }));
  if (initial) show(initial);
  else refresh().catch(() => show([]));

  const box = h("section", { class: "panel", "aria-labelledby": `decide-${cssId(target)}` }, h("h2", { id: `decide-${cssId(target)}` }, "Decisions"));
  if (canDecide) {
    const noteId = `note-${cssId(target)}`;
    const note = h("textarea", { id: noteId, rows: 2, maxlength: 4000 });
    const message = h("p", { role: "status", class: "muted" });
    const buttons = choices.map(([value, text]) =>
      h(
        "button",
        {
          type: "button",
          class: `decide decide-${value}`,
          "data-decision": value,
          onclick: async (e: Event) => {
            const button = e.currentTarget as HTMLButtonElement;
            button.disabled = true;
            try {
              await post<Decision>(casePath(caseId, "decisions"), { target, decision: value, note: note.value });
              note.value = "";
              replace(message, `Recorded: ${text}.`);
              await refresh();
            } catch (err) {
              replace(message, err instanceof ApiError ? `Not recorded: ${err.message}` : "Not recorded.");
            } finally {
              button.disabled = false;
            }
          },
        },
        text,
      ),
    );
    box.appendChild(h("div", { class: "decide-form" }, h("label", { for: noteId }, "Note (optional)"), note, h("div", { class: "buttons" }, buttons), message));
  }
  box.appendChild(list);
  return box;
}

function label(decision: string): string {
  return choices.find(([v]) => v === decision)?.[1] ?? plain(decision);
}

function cssId(target: string): string {
  return target.replace(/[^a-zA-Z0-9_-]/g, "_");
}
