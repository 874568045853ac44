// Trunk post_build hook: writes sw.js into the staged build, with the list of
// every file to precache and a version that is the hash of all their contents.
// Run by hand on any build folder: node public/service-worker/build.mjs dist
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("build.mjs: give the build folder as an argument, or run it as a Trunk hook");
  process.exit(2);
}
const publicUrl = (process.env.TRUNK_PUBLIC_URL ?? "/").replace(/\/?$/, "/");

async function filesUnder(folder) {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join("/"))
    .filter((path) => path !== "sw.js" && !path.startsWith("."))
    .sort();
}

const files = await filesUnder(dir);
const hash = createHash("sha256");
for (const file of files) {
  hash.update(file);
  hash.update(await readFile(join(dir, file)));
}
const version = hash.digest("hex").slice(0, 16);
const urls = files.map((file) => publicUrl + file);

const template = await readFile(join(here, "sw.js"), "utf8");
const worker = template
  .replace('"__VERSION__"', JSON.stringify(version))
  .replace("__PRECACHE__", JSON.stringify(urls, null, 2));
await writeFile(join(dir, "sw.js"), worker);
console.log(`sw.js: version ${version}, ${urls.length} files precached`);
