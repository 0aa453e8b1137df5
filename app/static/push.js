// Browser notifications (Web Push) and the unread badge.
(function () {
  "use strict";
  const csrf = () => (document.querySelector('meta[name="csrf-token"]') || {}).content || "";

  function keyBytes(base64url) {
    const padding = "=".repeat((4 - (base64url.length % 4)) % 4);
    const raw = atob((base64url + padding).replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(raw, (c) => c.charCodeAt(0));
  }

  async function api(method, url, body) {
    const response = await fetch(url, {
      method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status}`);
    return response.status === 204 ? null : response.json();
  }

  async function updateBadge() {
    const badge = document.getElementById("notif-badge");
    if (!badge) return;
    try {
      const data = await api("GET", "/api/v1/notifications?limit=1");
      badge.textContent = String(data.unread);
      badge.hidden = data.unread === 0;
      badge.setAttribute("aria-label", `${data.unread} unread`);
    } catch (error) {
      badge.hidden = true;
    }
  }

  async function setUpPush() {
    const panel = document.getElementById("push-panel");
    const on = document.getElementById("push-subscribe");
    const off = document.getElementById("push-unsubscribe");
    const status = document.getElementById("push-status");
    if (!panel || !on || panel.dataset.ready !== "true") return;
    if (!("serviceWorker" in navigator) || !("PushManager" in window)) {
      status.textContent = "This browser cannot receive push notifications.";
      on.hidden = true;
      return;
    }
    const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    const show = (subscribed) => { on.hidden = subscribed; off.hidden = !subscribed; };
    show(Boolean(await registration.pushManager.getSubscription()));
    on.addEventListener("click", async () => {
      try {
        const { public_key: key } = await api("GET", "/api/v1/push/key");
        const subscription = await registration.pushManager.subscribe({
          userVisibleOnly: true, applicationServerKey: keyBytes(key),
        });
        await api("POST", "/api/v1/push/subscriptions", subscription.toJSON());
        status.textContent = "Browser notifications are on.";
        show(true);
      } catch (error) {
        status.textContent = `Could not turn notifications on: ${error.message}`;
      }
    });
    off.addEventListener("click", async () => {
      const subscription = await registration.pushManager.getSubscription();
      if (subscription) {
        await api("DELETE", "/api/v1/push/subscriptions", { endpoint: subscription.endpoint })
          .catch(() => null);
        await subscription.unsubscribe();
      }
      status.textContent = "Browser notifications are off.";
      show(false);
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    updateBadge();
    setUpPush().catch((error) => {
      const status = document.getElementById("push-status");
      if (status) status.textContent = `Browser notifications are unavailable: ${error.message}`;
    });
  });
})();
