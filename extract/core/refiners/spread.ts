/**
 * A spread observed or a sweep of settings, no gain: "span three orders of magnitude per instance", "25x energy
 * differences across tasks", "across dataset sizes from 5.1 to 20.4 GB".
 */
import type { Candidate, SentenceContext } from '../candidate.ts';

export function isSpread(ctx: SentenceContext, c: Candidate): boolean {
  if (SWEEP_BEFORE.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 60), c.start))) return true;
  // "stays in $[1.4\times, 11.6\times]$ across the plausible range": an interval's ends.
  if (INTERVAL_OPEN.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 40), c.start)) &&
    INTERVAL_CLOSE.test(ctx.abstract.slice(c.end, c.end + 40))) return true;
  return c.kind === 'multiplier' && (SPREAD_BEFORE.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 24), c.start)) ||
    SPREAD_AFTER.test(ctx.abstract.slice(c.end, c.end + 40)));
}

/** "across dataset sizes from 5.1 to", "over sequence lengths ranging from 1K to": the settings a study sweeps. */
// (Not "across four benchmarks from 68.02% to 75.75%": a result over benchmarks is a change.)
const SWEEP_BEFORE = /\b(?:across|over)\s+(?:[\w-]+\s+){0,3}?(?:sizes|lengths|rates|ratios|levels|budgets|scales|fractions|densities|widths|depths|resolutions|loads)\s+(?:ranging\s+)?from\s+\S{1,12}\s+to\s+$/i;

const SPREAD_BEFORE = /\b(?:span(?:s|ned|ning)?|var(?:y|ies|ied|ying)|differ(?:s|ed|ing)?|fluctuat\w*)\s+(?:(?:by|over|across|up\s+to|about|roughly|nearly|more\s+than|over)\s+)*(?:a\s+factor\s+of\s+)?$/i;
const SPREAD_AFTER = /^\s+(?:[\w-]+\s+)?(?:differences?|variations?|variability|spread)\b/i;

/** An interval written "[a, b]": the text back to its "[" holds at most the low end and a comma … */
const INTERVAL_OPEN = /\[\s*(?:[^\s,[\]]{1,16}\s*,\s*)?\$?\s*$/;
/** … and the text on to its "]" at most the high end, then what the interval is swept over (a range of results,
 * "speedups in [1.2x, 3.4x]", stays a claim). */
const INTERVAL_CLOSE = /^\s*\$?\s*(?:,\s*[^\s,[\]]{1,16}\s*)?\]\$?\s+(?:across|over|throughout|for\s+(?:all|every|any))\b/;
