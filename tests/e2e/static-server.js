// Starts `serve.mjs` on a free port, for tests that need a server of their own.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const serveScript = fileURLToPath(new URL("./serve.mjs", import.meta.url));

/** Serves `folder` on a free port until stopped; resolves once it answers. */
export async function serve(folder) {
  const server = spawn("node", [serveScript, folder, "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise((resolve, reject) => {
    server.stdout.once("data", (line) => resolve(String(line).match(/http:\/\/[\d.:]+/)[0]));
    server.once("exit", (code) => reject(new Error(`the server exited (${code}) before it was ready`)));
  });
  return {
    url,
    stop: () => new Promise((resolve) => (server.once("exit", resolve), server.kill())),
  };
}
