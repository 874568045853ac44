// Trunk's post_build hook (see Trunk.toml), or by hand on any build folder:
//   node public/post-build.mjs dist
// In a release build: the start-up script moves out of index.html and the
// Content Security Policy goes in. Always: sw.js is written, last, so that it
// precaches the files as they finally are.
import { externalizeBootScript } from "./csp/boot-script.mjs";
import { writeServiceWorker } from "./service-worker/precache.mjs";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build.mjs: give the build folder as an argument, or run it as a Trunk hook");
  process.exit(2);
}
const publicUrl = (process.env.TRUNK_PUBLIC_URL ?? "/").replace(/\/?$/, "/");
// `trunk serve` injects its own inline reload script in debug builds: leave those alone.
if ((process.env.TRUNK_PROFILE ?? "release") === "release") await externalizeBootScript(dir, publicUrl);
await writeServiceWorker(dir, publicUrl);
