/**
 * Background claims: abstracts open with what others achieved ("Spot instances offer up to 90% cost savings over
 * on-demand instances", "2:4 sparse tensor cores deliver 2x throughput") before saying what the paper does. A number
 * stated before the paper first speaks of itself ("we", "our", "this paper", "here") is context, not the paper's
 * result (spec §1); an abstract that never speaks of itself keeps all its claims.
 */
const SELF = /\b(?:we|our|us)\b|\b(?:this|the\s+present)\s+(?:paper|work|study|article|letter|report)\b|\bhere\b/i;

/** Where the paper first speaks of itself in the text, or 0 when it never does. */
export function selfStart(text: string): number {
  const m = SELF.exec(text);
  if (!m) return 0;
  // The whole sentence that first says "we" counts: "Evaluated on X, we show …".
  const sentenceStart = Math.max(text.lastIndexOf('. ', m.index), text.lastIndexOf('? ', m.index), text.lastIndexOf('! ', m.index));
  return sentenceStart < 0 ? 0 : sentenceStart + 2;
}
