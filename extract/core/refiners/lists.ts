/**
 * Lists of numbers that share what is said once: in "speedups of 5.52x on Qwen3-4B, 5.46x on Qwen3-8B, and 3.91x on
 * GPT-OSS-20B" the three numbers are one list (one metric, one qualifier), each with its own attachment ("on Qwen3-4B").
 * Two neighbours are in one list when only a short attachment and a joiner stand between them.
 */
import type { SentenceContext } from '../candidate.ts';

/**
 * What may stand between two items of one list: an attachment of the first ("on A100", "for shorter sequences (N=256)"),
 * then a joiner (",", "and", "or", "/", "vs"), with "respectively" allowed after a comma.
 */
const LIST_GAP = new RegExp(
  String.raw`^\s*(?:(?:on|for|in|at|with|under|across|using|when)\s+[^,;:()\d]{1,50}?\s*)?(?:\([^()]{0,50}\)\s*)?` +
    String.raw`(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+|\/\s*|vs\.?\s+|versus\s+)(?:respectively,?\s*)?$`,
  'i',
);

/** Indices of the sentence's candidates, grouped into lists in text order; a lone number is a list of one. */
export function listGroups(ctx: SentenceContext): number[][] {
  const groups: number[][] = [];
  ctx.candidates.forEach((c, i) => {
    const prev = ctx.candidates[i - 1];
    const last = groups[groups.length - 1];
    if (prev && last && prev.kind === c.kind && LIST_GAP.test(ctx.abstract.slice(prev.end, c.start))) last.push(i);
    else groups.push([i]);
  });
  return groups;
}

/** For each candidate, the list it belongs to (indices into ctx.candidates). */
export function listOf(ctx: SentenceContext): number[][] {
  const out: number[][] = [];
  for (const g of listGroups(ctx)) for (const i of g) out[i] = g;
  return out;
}

// ("1.75x (25%), 1.52x (50%), and 1.28x (75%) the general throughput": a bare figure in parentheses notes the setting.)
const BARE_JOIN = /^\s*(?:\(\s*[\d.,]+\s*%?\s*\)\s*)?(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+|\/\s*)$/i;

/**
 * Whether the numbers of a list from `i` on are joined bare ("1.42x and 1.35x higher throughput"), so that the words
 * after the last one are about each of them; "+2.6% on VBench, 21% lower FVD" is not.
 */
export function bareList(ctx: SentenceContext, list: readonly number[], i: number): boolean {
  for (let k = list.indexOf(i); k < list.length - 1; k++) {
    if (!BARE_JOIN.test(ctx.abstract.slice(ctx.candidates[list[k]].end, ctx.candidates[list[k + 1]].start))) return false;
  }
  return true;
}


/** The group of each number of a list, numbers joined by "/" sharing one ("1.52x/1.57x and 1.64x/1.77x": 0, 0, 1, 1). */
export function slashGroups(ctx: SentenceContext, list: readonly number[]): number[] {
  let g = 0;
  return list.map((idx, k) => {
    if (k > 0 && !/^\s*\/\s*$/.test(ctx.abstract.slice(ctx.candidates[list[k - 1]].end, ctx.candidates[idx].start))) g++;
    return g;
  });
}
