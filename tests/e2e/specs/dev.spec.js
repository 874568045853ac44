// Development must never be served stale files by a service worker.
// `trunk serve` builds the debug profile; this builds that same profile with
// `trunk build` (no file watcher, no port of trunk's own to collide with)
// into its own folder, so the release build in dist/ is left alone.
import { test, expect, text, heading } from "./fixtures.js";
import { serve } from "../static-server.js";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const devDist = "target/dev-dist";

/** Runs a command in the repository without blocking the test's event loop. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ code: -1, output: String(error) }));
    child.on("close", (code) => resolve({ code, output }));
  });
}

test("a development build, as trunk serve makes it, registers no service worker", async ({ page }) => {
  test.setTimeout(600_000);
  const build = await run("trunk", ["build", "--offline", "--dist", devDist]);
  expect(build.code, `trunk build failed:\n${build.output}`).toBe(0);
  const server = await serve(`${root}/${devDist}`);
  try {
    await page.goto(`${server.url}/en/`);
    await expect(await heading(page)).toHaveText(text.en.home.title);
    await page.waitForTimeout(1500);
    const registrations = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    expect(registrations).toBe(0);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  } finally {
    await server.stop();
  }
});
