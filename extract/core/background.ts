/**
 * Background claims: abstracts open with what others achieved ("Spot instances offer up to 90% cost savings over
 * on-demand instances", "2:4 sparse tensor cores deliver 2x throughput") before saying what the paper does. A number
 * stated before the paper first speaks of itself ("we", "our", "this paper", "here", or its own system's name: "pcsp
 * achieves … 22x faster inference than …" as the opening sentence) is context, not the paper's result (spec §1); an
 * abstract that never speaks of itself keeps all its claims.
 */
// (Not the microseconds of "costs 0.22 us".)
const SELF = /\b(?:we|our)\b|(?<!\d\s?)\bus\b|\b(?:this|the\s+present)\s+(?:paper|work|study|article|letter|report)\b|\bhere\b/i;

/** A sentence break ahead, or a digit. */
const BREAK_OR_DIGIT = /[.?!]\s+[A-Z(]|\d/g;

/** Whether the text from `at` on is the rest of the abstract's last sentence and holds no digit. */
function closingWithoutNumber(text: string, at: number): boolean {
  BREAK_OR_DIGIT.lastIndex = at;
  return !BREAK_OR_DIGIT.test(text);
}

/** Where the paper first speaks of itself in the text, or 0 when it never does. `system`: the paper's own name, readable. */
export function selfStart(text: string, system = ''): number {
  const m = SELF.exec(text);
  const named = system ? firstWord(text, system) : -1;
  const at = named >= 0 && (!m || named < m.index) ? named : m?.index;
  if (at === undefined) return 0;
  // The whole sentence that first says "we" counts: "Evaluated on X, we show …".
  const sentenceStart = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), text.lastIndexOf('! ', at));
  // "The model demonstrated … 0.9812 accuracy … This study presents a significant advancement …": a paper that first
  // speaks of itself in a closing sentence without a number has told its own results in the third person before it,
  // as one that never does. (Not "Spot instances offer 90% savings. We present Foo, which is 2x faster.")
  if (closingWithoutNumber(text, at)) return 0;
  return sentenceStart < 0 ? 0 : sentenceStart + 2;
}

/** Where `name` first stands as a word of its own ("pcsp achieves", not "pcspX"), or -1. */
function firstWord(text: string, name: string): number {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) return at;
  }
  return -1;
}
