// Writes sw.js into a build folder: the template beside this file, with the list
// of every file to precache and a version that is the hash of all their contents.
// Trunk's post-build hook runs it; the release recipe (.ci/setup.sh, build_release)
// runs it again as its last step, once the prerendered pages are in the folder:
//   node public/service-worker/precache.mjs <build folder> [public URL]
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** Every file of the build, as sorted paths relative to it, except sw.js, dot-files
 *  and the brotli copies (a host sends those in place of the files themselves). */
async function filesOf(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join("/"))
    .filter((path) => path !== "sw.js" && !path.startsWith(".") && !path.endsWith(".br"))
    .sort();
}

export async function writeServiceWorker(dir, publicUrl = "/") {
  const files = await filesOf(dir);
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(join(dir, file)));
  }
  const version = hash.digest("hex").slice(0, 16);
  const urls = files.map((file) => publicUrl + file);
  const template = await readFile(join(here, "sw.js"), "utf8");
  const worker = template.replace('"__VERSION__"', JSON.stringify(version)).replace("__PRECACHE__", JSON.stringify(urls, null, 2));
  await writeFile(join(dir, "sw.js"), worker);
  console.log(`sw.js: version ${version}, ${urls.length} files precached`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv[2]) {
    console.error("precache.mjs: give the build folder as an argument");
    process.exit(2);
  }
  await writeServiceWorker(process.argv[2], process.argv[3] ?? "/");
}
