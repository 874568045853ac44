// Renders the app's PNG icons from public/icons/*.svg in Chromium:
//   cd tests/e2e && node render-icons.mjs
import { chromium } from "@playwright/test";
import { launchOptions } from "./chromium.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const icons = new URL("../../public/icons/", import.meta.url);
const renders = [
  ["icon.svg", "icon-192.png", 192],
  ["icon.svg", "icon-512.png", 512],
  ["icon-maskable.svg", "maskable-192.png", 192],
  ["icon-maskable.svg", "maskable-512.png", 512],
  ["icon-maskable.svg", "apple-touch-icon.png", 180],
  ["icon.svg", "favicon-32.png", 32],
];

const browser = await chromium.launch(launchOptions);
const page = await browser.newPage();
for (const [source, target, size] of renders) {
  await page.setViewportSize({ width: size, height: size });
  const svg = readFileSync(new URL(source, icons), "utf8");
  await page.setContent(`<style>body{margin:0} svg{display:block;width:100vw;height:100vh}</style>${svg}`);
  await page.screenshot({ path: fileURLToPath(new URL(target, icons)), omitBackground: false });
  console.log(`${target}: ${size}x${size}`);
}
await browser.close();
