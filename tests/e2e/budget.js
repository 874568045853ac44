// Bytes of a first visit, as a static host sends them (brotli, quality 11).
//
// TARGET is where the guide must get to: the first load of any entry page, every
// resource included (HTML, JS, wasm, CSS, data, fonts, images), at most 120 KB,
// so it opens quickly on a visitor's phone on a slow connection; the wasm, by far
// the largest part, gets 110 KB of it. benchmark.mjs reports against TARGET.
//
// BUDGET is the ceiling CI enforces today (specs/budget.spec.js): the sizes of
// the last release plus about 1%. It is above TARGET because the wasm is still
// 55 KB over (see README, "Performance"); lower it with every cut, so that
// nothing grows back while the gap closes. Raised on purpose twice: the History
// timeline and the Family tree added 12.6 KB to the wasm (1.5 KB of it content);
// then the tour of the house (eleven stops, read aloud: 12.6 KB of wasm, measured
// by building without it), Back to the place left and the week sentence made from
// the served data, less this round's levers, left the wasm at 165.0 KB; the speech
// bindings added 1.2 KB of JS glue, and each language, now fetched on its own with
// the tour and the new history in it (8.4 KB English, 9.4 KB Spanish), brought
// every first load to 189.6–194.5 KB as measured. Then the update offer (+1.9 KB)
// and the last <Show>s as `hidden` (−2.4 KB) left the wasm at 164.2 KB and first
// loads at 189.8–194.7 KB (bash .ci/bench); the budget is about 1% above.
export const TARGET = { wasm: 110_000, total: 120_000 };
export const BUDGET = { wasm: 165_900, total: 196_500 };
