// Bytes of a first visit, as a static host sends them (brotli, quality 11).
//
// TARGET is where the guide must get to: the first load of any entry page, every
// resource included (HTML, JS, wasm, CSS, data, fonts, images), at most 120 KB,
// so it opens quickly on a visitor's phone on a slow connection; the wasm, by far
// the largest part, gets 110 KB of it. benchmark.mjs reports against TARGET.
//
// BUDGET is the ceiling CI enforces (specs/budget.spec.js): the wasm of the last
// release plus about 1%, and the target itself for the whole first load, now that
// every entry page meets it. It was above TARGET while the guide was short of it:
// raised on purpose twice, for the History timeline and Family tree, then for the
// tour of the house (wasm 164.2 KB, first loads 189.8–194.7 KB), then lowered with
// every cut: the guide's own decoders for its content and pages mounted by hand
// (131.0 KB, 156.5–161.5 KB); short names between the wasm and its glue, esbuild,
// a second wasm-opt pass, static words inside pages (125.0 KB, 144.6–149.5 KB);
// each page's code cut out of the wasm (99.6–112.3 KB of wasm per first load,
// 120.3–133.9 KB in all); the long prose in files of their own, a file per page
// (100.7–113.3 KB, 115.4–128.5 KB); each prerendered page carrying its content
// files and each page's code merged into one module (96.5–106.7 KB, 110.3–121.1 KB);
// Home's prose and the pages' leads in their pages' files, and no HTML comments in
// the prerendered pages (96.4–106.3 KB, 110.3–119.8 KB: every page within target).
// The wasm here is all a first load fetches: the main module and the page's module.
export const TARGET = { wasm: 110_000, total: 120_000 };
export const BUDGET = { wasm: 107_400, total: TARGET.total };
