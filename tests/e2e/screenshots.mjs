// Screenshots of every page, both languages, phone and desktop, light and dark,
// of the release build in dist/:   cd tests/e2e && node screenshots.mjs [filter]
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { launchOptions } from "./chromium.js";
import { paths } from "./specs/fixtures.js";

const filter = process.argv[2] ?? "";
const port = 4190;
const server = spawn("node", ["serve.mjs", "../../dist", String(port)], { stdio: ["ignore", "pipe", "inherit"] });
await new Promise((resolve) => server.stdout.once("data", resolve));
mkdirSync("screenshots", { recursive: true });

const browser = await chromium.launch(launchOptions);
const sizes = { narrow: { width: 320, height: 700 }, phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
try {
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const colorScheme of ["light", "dark"]) {
      const context = await browser.newContext({ viewport, colorScheme, serviceWorkers: "block" });
      const page = await context.newPage();
      for (const lang of ["en", "es"]) {
        for (const [name, path] of [...Object.entries(paths[lang]), ["not-found", `/${lang}/missing`]]) {
          const file = `screenshots/${lang}-${name}-${size}-${colorScheme}.png`;
          if (!file.includes(filter)) continue;
          await page.goto(`http://127.0.0.1:${port}${path}`);
          // The live app, not the prerendered copy it replaces.
          await page.waitForFunction(() => !document.getElementById("boot"));
          await page.getByRole("heading", { level: 1 }).waitFor();
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
