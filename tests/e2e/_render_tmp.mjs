import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.goto("file:///work/main/public/icons/icon.svg");
await page.screenshot({ path: "/tmp/icon512.png" });
await page.setViewportSize({ width: 48, height: 48 });
await page.setContent(`<img src="file:///work/main/public/icons/icon.svg" width=48 height=48 style="display:block">`);
await page.screenshot({ path: "/tmp/icon48.png" });
await browser.close();
