// The coaching chat: sends a message, streams the answer (server-sent events read from a
// fetch() body, since EventSource cannot POST), shows the cited sources and offers Retry.
"use strict";

(function () {
  const form = document.getElementById("chat-form");
  if (!form) return;
  const input = document.getElementById("chat-input");
  const sendButton = document.getElementById("chat-send");
  const log = document.getElementById("messages");
  const status = document.getElementById("chat-status");
  const coachName = form.dataset.coachName || "Coach";
  let busy = false;
  let liveCount = 0;

  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  function jsonHeaders(extra) {
    return Object.assign(
      { "Content-Type": "application/json", "X-CSRF-Token": csrfToken() }, extra || {});
  }

  async function errorText(response) {
    try {
      const body = await response.json();
      if (typeof body.detail === "string") return body.detail;
      if (Array.isArray(body.detail) && body.detail.length) return body.detail[0].msg;
    } catch (_ignored) { /* not JSON: fall through to the status line */ }
    return "The request failed (" + response.status + ").";
  }

  // --- Server-sent events over a fetch body ------------------------------------------------

  function parseBlock(block) {
    let name = "message";
    const data = [];
    for (const line of block.split("\n")) {
      if (!line || line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? "" : line.slice(colon + 1);
      if (value.startsWith(" ")) value = value.slice(1);
      if (field === "event") name = value;
      else if (field === "data") data.push(value);
    }
    if (!data.length) return null;
    let payload;
    try { payload = JSON.parse(data.join("\n")); } catch (_ignored) { payload = { text: data.join("\n") }; }
    return { type: payload.type || name, data: payload };
  }

  async function readEvents(response, onEvent) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A "\r" at the end may be half of "\r\n": keep it until the next chunk says.
      const held = !done && buffer.endsWith("\r") ? "\r" : "";
      let text = (held ? buffer.slice(0, -1) : buffer).replace(/\r\n?/g, "\n");
      let end;
      while ((end = text.indexOf("\n\n")) >= 0) {
        const event = parseBlock(text.slice(0, end));
        text = text.slice(end + 2);
        if (event) onEvent(event);
      }
      buffer = text + held;
      if (done) break;
    }
    if (buffer.trim()) {
      const event = parseBlock(buffer.replace(/\r\n?/g, "\n"));
      if (event) onEvent(event);
    }
  }

  // --- Rendering ---------------------------------------------------------------------------

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The answer's text, with each [n] that names a source turned into a link to it.
  function renderCited(body, text, key, numbers) {
    body.replaceChildren();
    let last = 0;
    for (const match of text.matchAll(/\[(\d+)\]/g)) {
      if (!numbers.has(Number(match[1]))) continue;
      body.append(text.slice(last, match.index));
      body.append(el("a", {
        class: "cite", href: "#src-" + key + "-" + match[1],
        "aria-label": "source " + match[1],
      }, "[" + match[1] + "]"));
      last = match.index + match[0].length;
    }
    body.append(text.slice(last));
  }

  function sourceLabel(source) {
    let label = source.filename || source.title || "document";
    if (source.section) label += " \u2014 " + source.section;
    if (source.page !== null && source.page !== undefined) label += ", page " + source.page;
    return label;
  }

  function renderSources(article, sources, key) {
    article.querySelector(".sources")?.remove();
    if (!sources.length) return;
    const section = el("section", { class: "sources", "aria-label": "Sources" });
    section.append(el("p", { class: "sources-title" }, "Sources"));
    const list = el("ol");
    for (const source of sources) {
      const details = el("details", { id: "src-" + key + "-" + source.n });
      details.append(el("summary", {}, "[" + source.n + "] " + sourceLabel(source)));
      const snippet = source.snippet || source.text || "";
      details.append(el("blockquote", { class: "snippet" }, snippet || "(no excerpt stored)"));
      const item = el("li");
      item.append(details);
      list.append(item);
    }
    section.append(list);
    article.append(section);
  }

  function addMessage(role, text) {
    const article = el("article", { class: "message message-" + role });
    article.append(el("p", { class: "who" }, role === "user" ? "You" : coachName));
    article.append(el("div", { class: "body" }, text));
    document.getElementById("empty-hint")?.remove();
    log.append(article);
    return article;
  }

  function showProblem(article, message, retryId) {
    article.querySelector(".problem")?.remove();
    const problem = el("p", { class: "problem", role: "alert" });
    problem.append(el("span", {}, message));
    if (retryId) {
      problem.append(el("button", { type: "button", class: "small secondary", "data-retry": retryId },
        "Retry"));
    }
    article.append(problem);
  }

  function announce(text) { status.textContent = text; }

  // --- Streaming one answer ----------------------------------------------------------------

  async function streamAnswer(article, request) {
    const key = "live" + (++liveCount);
    const body = article.querySelector(".body");
    let text = "";
    let numbers = new Set();
    let finished = false;
    log.setAttribute("aria-busy", "true");
    announce(coachName + " is answering\u2026");
    const onEvent = (event) => {
      const data = event.data;
      if (event.type === "sources") {
        const sources = data.sources || [];
        numbers = new Set(sources.map((s) => Number(s.n)));
        renderSources(article, sources, key);
      } else if (event.type === "token") {
        text += data.text || "";
        renderCited(body, text, key, numbers);
      } else if (event.type === "done") {
        finished = true;
        if (typeof data.content === "string") text = data.content;
        renderCited(body, text, key, numbers);
        article.dataset.messageId = data.message_id;
        article.dataset.status = "complete";
        addFeedback(article, data.message_id);
        announce("Answer complete.");
      } else if (event.type === "error") {
        finished = true;
        article.dataset.status = "failed";
        if (data.message_id) article.dataset.messageId = data.message_id;
        showProblem(article, data.message || "Something went wrong.",
          data.retryable && data.message_id ? data.message_id : null);
        announce(data.message || "The answer failed.");
      }
    };
    try {
      const response = await request();
      if (!response.ok) {
        showProblem(article, await errorText(response), null);
        announce("The message could not be sent.");
        return false;
      }
      await readEvents(response, onEvent);
      if (!finished) {
        showProblem(article, "The connection closed before the answer finished.",
          article.dataset.messageId || null);
      }
      return true;
    } catch (_error) {
      showProblem(article, "The connection was lost. Reload the page to see what was saved.",
        null);
      announce("The connection was lost.");
      return false;
    } finally {
      log.setAttribute("aria-busy", "false");
    }
  }

  function setBusy(value) {
    busy = value;
    sendButton.disabled = value;
    form.setAttribute("aria-busy", value ? "true" : "false");
    for (const button of log.querySelectorAll("button[data-retry]")) button.disabled = value;
  }

  // Give focus back to the message box only if the learner did not move it elsewhere meanwhile.
  function restoreFocus() {
    const active = document.activeElement;
    if (!active || active === document.body || form.contains(active)) input.focus();
  }

  async function ensureConversation(title) {
    if (form.dataset.conversation) return form.dataset.conversation;
    const response = await fetch(form.dataset.createUrl, {
      method: "POST", headers: jsonHeaders(), body: JSON.stringify({ title: title.slice(0, 200) }),
    });
    if (!response.ok) throw new Error(await errorText(response));
    const conversation = await response.json();
    const id = String(conversation.id);
    form.dataset.conversation = id;
    const url = form.dataset.chatBase + "/" + id;
    history.replaceState(null, "", url);
    listConversation(url, conversation.title || title);
    document.getElementById("chat-title").textContent = conversation.title || title;
    return id;
  }

  function listConversation(url, title) {
    const list = document.getElementById("conversation-list");
    if (!list) return;
    for (const link of list.querySelectorAll("a[aria-current]")) link.removeAttribute("aria-current");
    const item = el("li");
    item.append(el("a", { href: url, "aria-current": "page" }, title));
    list.prepend(item);
    document.getElementById("no-conversations")?.remove();
  }

  async function send() {
    const text = input.value.trim();
    if (busy || !text) return;
    setBusy(true);
    addMessage("user", text);
    input.value = "";
    const article = addMessage("assistant", "");
    try {
      let id;
      try {
        id = await ensureConversation(text);
      } catch (error) {
        showProblem(article, error.message, null);
        input.value = text;
        return;
      }
      const url = "/api/v1/conversations/" + id + "/messages";
      const ok = await streamAnswer(article, () => fetch(url, {
        method: "POST", headers: jsonHeaders({ Accept: "text/event-stream" }),
        body: JSON.stringify({ text: text }),
      }));
      if (!ok && !article.dataset.messageId) input.value = text;
    } finally {
      setBusy(false);
      restoreFocus();
    }
  }

  async function retry(button) {
    if (busy) return;
    const article = button.closest("article");
    const id = button.dataset.retry;
    setBusy(true);
    article.querySelector(".problem")?.remove();
    article.querySelector(".body").replaceChildren();
    try {
      await streamAnswer(article, () => fetch("/api/v1/messages/" + id + "/retry", {
        method: "POST", headers: jsonHeaders({ Accept: "text/event-stream" }),
      }));
    } finally {
      setBusy(false);
      restoreFocus();
    }
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); send(); });
  input.addEventListener("keydown", (event) => {
    // Enter sends; Shift+Enter (and Enter while composing with an IME) adds a new line.
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  });
  log.addEventListener("click", (event) => {
    const retryButton = event.target.closest("button[data-retry]");
    if (retryButton) { retry(retryButton); return; }
    const cite = event.target.closest("a.cite");
    if (!cite) return;
    const target = document.getElementById(cite.getAttribute("href").slice(1));
    if (!target) return;
    event.preventDefault();
    target.open = true;
    const summary = target.querySelector("summary");
    summary.focus();
    summary.scrollIntoView({ block: "nearest" });
  });
  log.lastElementChild?.scrollIntoView({ block: "end" });

  // --- Answer feedback (profiles): thumbs up/down, "too long", "too short" ---------------------

  function addFeedback(article, messageId) {
    if (!messageId || article.querySelector(".feedback") || form.dataset.learner !== "1") return;
    const bar = el("div", { class: "feedback", role: "group", "aria-label": "Rate this answer",
      "data-feedback": messageId });
    const choices = [["up", "", "Helpful"], ["down", "", "Not helpful"],
      ["down", "too_long", "Too long"], ["down", "too_short", "Too short"]];
    for (const [rating, reason, label] of choices) {
      const attrs = { type: "button", class: "small secondary", "data-rating": rating,
        "aria-pressed": "false" };
      if (reason) attrs["data-reason"] = reason;
      bar.append(el("button", attrs, label));
    }
    bar.append(el("span", { class: "meta feedback-status", role: "status" }, ""));
    article.append(bar);
  }

  async function sendFeedback(button) {
    const bar = button.closest(".feedback");
    const note = bar.querySelector(".feedback-status");
    const body = { rating: button.dataset.rating, reason: button.dataset.reason || null };
    const response = await fetch("/api/v1/messages/" + bar.dataset.feedback + "/feedback", {
      method: "POST", headers: jsonHeaders(), body: JSON.stringify(body), credentials: "same-origin",
    });
    if (!response.ok) { note.textContent = await errorText(response); return; }
    for (const other of bar.querySelectorAll("button")) other.setAttribute("aria-pressed", "false");
    button.setAttribute("aria-pressed", "true");
    note.textContent = "Thanks, noted.";
  }

  log.addEventListener("click", (event) => {
    const button = event.target.closest(".feedback button[data-rating]");
    if (button) sendFeedback(button);
  });
})();
