// Screenshots of every page, both languages, at 320, 390 and 1280 px, light and dark,
// of the release build in dist/:   cd tests/e2e && node screenshots.mjs [filter] [--no-voices]
// The browser is given the voices a phone has (the test stand-in), so the tour shows
// its read-aloud controls; --no-voices shows it as on a phone without one.
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { launchOptions } from "./chromium.js";
import { paths, text } from "./specs/fixtures.js";
import { VOICES, installSpeechStandIn } from "./specs/speech-stand-in.js";
import { serve } from "./static-server.js";

const args = process.argv.slice(2);
const voices = !args.includes("--no-voices");
const filter = args.find((arg) => !arg.startsWith("--")) ?? "";
const server = await serve(new URL("../../dist", import.meta.url).pathname);
mkdirSync("screenshots", { recursive: true });

const browser = await chromium.launch(launchOptions);
const sizes = { narrow: { width: 320, height: 700 }, phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
try {
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const colorScheme of ["light", "dark"]) {
      const context = await browser.newContext({ viewport, colorScheme, serviceWorkers: "block" });
      if (voices) await context.addInitScript(installSpeechStandIn, { voices: VOICES });
      const page = await context.newPage();
      for (const lang of ["en", "es"]) {
        for (const [name, path] of [...Object.entries(paths[lang]), ["not-found", `/${lang}/missing`]]) {
          const file = `screenshots/${lang}-${name}-${size}-${colorScheme}${voices ? "" : "-no-voices"}.png`;
          if (!file.includes(filter)) continue;
          await page.goto(`${server.url}${path}`);
          // The live app, not the prerendered copy it replaces.
          await page.waitForFunction(() => !document.getElementById("boot"));
          await page.getByRole("heading", { level: 1 }).waitFor();
          // Without voices, the tour waits 2 s for late ones before it says there are none.
          if (!voices && name === "tour") await page.waitForTimeout(2500);
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
        // A page whose code could not be fetched: the notice in its place.
        const file = `screenshots/${lang}-page-unavailable-${size}-${colorScheme}.png`;
        if (!file.includes(filter) || !voices) continue;
        await page.goto(`${server.url}${paths[lang].home}`);
        await page.waitForFunction(() => !document.getElementById("boot"));
        await page.route("**/casa-trotsky-*-history.wasm", (route) => route.abort("internetdisconnected"));
        await page.locator(`nav.main-nav a[href="${paths[lang].history}"]`).click();
        await page.getByRole("button", { name: text[lang].ui.try_again }).waitFor();
        await page.screenshot({ path: file, fullPage: true });
        await page.unrouteAll();
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
