// The coach dashboard: uploads with progress (XMLHttpRequest, because fetch() cannot report
// upload progress), polling of the ingestion job, and confirmation before deleting a document.
"use strict";

(function () {
  const POLL_MS = 1000;
  const FINISHED = new Set(["done", "failed"]);

  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    if (meta && meta.content) return meta.content;
    const field = document.querySelector('input[name="csrf_token"]');
    return field ? field.value : "";
  }

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function detail(xhrOrBody, fallback) {
    try {
      const body = typeof xhrOrBody === "string" ? JSON.parse(xhrOrBody) : xhrOrBody;
      if (typeof body.detail === "string") return body.detail;
      if (Array.isArray(body.detail) && body.detail.length) return body.detail[0].msg;
    } catch (_ignored) { /* not JSON */ }
    return fallback;
  }

  // --- Deleting documents: ask first ---------------------------------------------------------

  document.addEventListener("submit", (event) => {
    const form = event.target.closest("form[data-confirm]");
    if (form && !window.confirm(form.dataset.confirm)) event.preventDefault();
  });

  // --- Uploading ------------------------------------------------------------------------------

  const form = document.getElementById("upload-form");
  if (!form) return;
  const input = document.getElementById("upload-files");
  const button = document.getElementById("upload-button");
  const bar = document.getElementById("upload-progress");
  const message = document.getElementById("upload-status");
  const files = document.getElementById("upload-files-status");
  const table = document.getElementById("documents");

  function say(text) { message.textContent = text; }

  function fileRow(name, state, note) {
    const item = el("li");
    item.append(el("span", {}, name));
    item.append(el("span", { class: "status status-" + state }, state));
    if (note) item.append(el("span", { class: "meta" }, note));
    return item;
  }

  // Each selected file: its result once processed, the file being worked on, or waiting.
  function showJob(job, names) {
    const results = new Map(job.results.map((r) => [r.filename, r]));
    files.replaceChildren();
    for (const name of names) {
      const result = results.get(name);
      if (result) {
        const note = result.error ||
          (result.chunks ? result.chunks + (result.chunks === 1 ? " passage" : " passages") : "");
        files.append(fileRow(name, result.status === "failed" ? "failed" : "ready", note));
      } else if (job.current && job.current.filename === name) {
        const note = job.current.chunks_total
          ? job.current.chunks_done + " of " + job.current.chunks_total + " passages" : "";
        files.append(fileRow(name, "processing", note));
      } else {
        files.append(fileRow(name, FINISHED.has(job.status) ? "failed" : "pending",
          FINISHED.has(job.status) ? job.error : ""));
      }
    }
    bar.max = Math.max(job.total_files, 1);
    bar.value = job.processed_files;
    say("Processing: " + job.processed_files + " of " + job.total_files + " file(s) done.");
  }

  async function refreshDocuments() {
    const response = await fetch(table.dataset.refresh, { headers: { Accept: "text/html" } });
    if (response.ok) table.innerHTML = await response.text();
  }

  async function poll(url, names) {
    for (;;) {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(detail(await response.text(), "Could not check the upload."));
      const job = await response.json();
      showJob(job, names);
      if (FINISHED.has(job.status)) return job;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  function upload(data, onProgress) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", form.dataset.url);
      xhr.setRequestHeader("X-CSRF-Token", csrfToken());
      xhr.setRequestHeader("Accept", "application/json");
      xhr.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable) onProgress(event.loaded, event.total);
      });
      xhr.addEventListener("load", () => {
        if (xhr.status === 202) resolve(JSON.parse(xhr.responseText));
        else reject(new Error(detail(xhr.responseText, "The upload failed (" + xhr.status + ").")));
      });
      xhr.addEventListener("error", () => reject(new Error("The upload failed: network error.")));
      xhr.send(data);
    });
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const chosen = Array.from(input.files || []);
    if (!chosen.length) { say("Choose one or more files first."); input.focus(); return; }
    const names = chosen.map((file) => file.name);
    const data = new FormData();
    for (const file of chosen) data.append("files", file, file.name);
    button.disabled = true;
    bar.hidden = false;
    bar.max = 100;
    bar.value = 0;
    files.replaceChildren(...names.map((name) => fileRow(name, "pending", "")));
    say("Uploading\u2026");
    try {
      const accepted = await upload(data, (loaded, total) => {
        bar.value = Math.round((loaded / total) * 100);
        say("Uploading: " + bar.value + "%");
      });
      const job = await poll(accepted.poll, names);
      const failed = job.failed_files || (job.status === "failed" ? names.length : 0);
      say(failed ? "Finished: " + failed + " file(s) failed." : "Finished: every file is ready.");
      form.reset();
    } catch (error) {
      say(error.message);
      for (const item of files.querySelectorAll(".status-pending")) {
        item.className = "status status-failed";
        item.textContent = "failed";
      }
    } finally {
      button.disabled = false;
      await refreshDocuments();
    }
  });
})();

// The escalations badge: how many cases are open (unread) for this coach.
(function () {
  const badge = document.getElementById("escalations-badge");
  if (!badge) return;
  fetch(badge.dataset.countUrl, { credentials: "same-origin" })
    .then((response) => (response.ok ? response.json() : []))
    .then((cases) => {
      if (cases.length) {
        badge.textContent = String(cases.length);
        badge.setAttribute("aria-label", cases.length + " open cases");
        badge.hidden = false;
      }
    })
    .catch(() => {});
})();
