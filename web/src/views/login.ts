import { ApiError, post, Session } from "../api";
import { h, replace } from "../dom";

export function loginView(done: (s: Session) => void): HTMLElement {
  const user = h("input", { id: "login-user", name: "user", autocomplete: "username", required: true });
  const password = h("input", { id: "login-password", name: "password", type: "password", autocomplete: "current-password", required: true });
  const message = h("p", { id: "login-message", class: "error", role: "alert" });
  const button = h("button", { type: "submit" }, "Log in");
  const form = h(
    "form",
    { class: "login", "aria-labelledby": "login-title" },
    h("h1", { id: "login-title" }, "Log in to the Ariadne workbench"),
    h("label", { for: "login-user" }, "User name"),
    user,
    h("label", { for: "login-password" }, "Password"),
    password,
    button,
    message,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    button.disabled = true;
    replace(message);
    try {
      const session = await post<Session>("login", { user: user.value, password: password.value });
      password.value = "";
      done(session);
    } catch (err) {
      replace(message, err instanceof ApiError ? err.message : "The server could not be reached.");
      password.focus();
    } finally {
      button.disabled = false;
    }
  });
  queueMicrotask(() => user.focus());
  return form;
}
