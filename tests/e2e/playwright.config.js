// End-to-end tests against the release build, in Debian's Chromium.
import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./chromium.js";

// E2E_PORT lets a second run go on beside the first.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "./specs",
  outputDir: "./test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    launchOptions,
  },
  projects: [
    // The byte budget does not depend on the screen: it runs once, on desktop.
    // Specs are chosen by their own file names (never by a pattern that could match a
    // folder of the checkout's path, which would silently select nothing).
    { name: "phone", testIgnore: ["**/specs/pwa.spec.js", "**/specs/dev.spec.js", "**/specs/budget.spec.js"], use: { ...devices["Pixel 7"], defaultBrowserType: "chromium" } },
    { name: "desktop", testIgnore: ["**/specs/pwa.spec.js", "**/specs/dev.spec.js"], use: { viewport: { width: 1280, height: 800 } } },
    // Service-worker tests start their own servers and share one browser profile each.
    { name: "pwa", testMatch: ["**/specs/pwa.spec.js", "**/specs/dev.spec.js"], use: { viewport: { width: 390, height: 844 } } },
  ],
  webServer: {
    command: `node serve.mjs ../../dist ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
