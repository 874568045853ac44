// The byte budget of a first visit (../budget.js), for every entry page.
import { test, expect, paths } from "./fixtures.js";
import { BUDGET } from "../budget.js";
import { firstLoad, bytesByType, TYPES } from "../first-load.js";

for (const path of Object.values(paths).flatMap(Object.values)) {
  test(`${path}: the first load stays within the byte budget`, async ({ browser, baseURL }) => {
    const bytes = bytesByType(await firstLoad(browser, baseURL, path));
    const report = `${path}, first load in brotli bytes: ${[...TYPES, "total"].map((type) => `${type} ${bytes[type]}`).join(", ")}`;
    expect.soft(bytes.wasm, `${report}; wasm budget ${BUDGET.wasm}`).toBeLessThanOrEqual(BUDGET.wasm);
    expect.soft(bytes.total, `${report}; total budget ${BUDGET.total}`).toBeLessThanOrEqual(BUDGET.total);
  });
}
