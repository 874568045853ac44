// Development must never be served stale files by a service worker.
import { test, expect, text, heading } from "./fixtures.js";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));

test("under trunk serve, no service worker is registered", async ({ page }) => {
  test.setTimeout(600_000);
  const port = 8091;
  // A debug build into its own folder, so the release build in dist/ is left alone.
  const trunk = spawn("trunk", ["serve", "--offline", "--port", String(port), "--dist", "target/dev-dist"], {
    cwd: root,
    stdio: "ignore",
    detached: true,
  });
  try {
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${port}/en/`).catch(() => null))?.status, { timeout: 540_000, intervals: [2000] })
      .toBe(200);
    await page.goto(`http://127.0.0.1:${port}/en/`);
    await expect(await heading(page)).toHaveText(text.en.home.title);
    await page.waitForTimeout(1500);
    const registrations = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    expect(registrations).toBe(0);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  } finally {
    process.kill(-trunk.pid);
  }
});
