// Bytes of a first visit, as a static host sends them (brotli, quality 11).
//
// TARGET is where the guide must get to: the first load of any entry page, every
// resource included (HTML, JS, wasm, CSS, data, fonts, images), at most 130 KB,
// so it opens quickly on a visitor's phone on a slow connection; the wasm, by far
// the largest part, gets 115 KB of it. benchmark.mjs reports against TARGET.
//
// BUDGET is the ceiling CI enforces today (specs/budget.spec.js): the sizes of
// the last release plus about 2%. It is above TARGET because the wasm is still
// 53 KB over (see README, "Performance"); lower it with every cut, so that
// nothing grows back while the gap closes. Raised once, on purpose: the History
// timeline and the Family tree added 12.6 KB to the wasm (1.5 KB of it content).
export const TARGET = { wasm: 115_000, total: 130_000 };
export const BUDGET = { wasm: 171_000, total: 189_000 };
