/**
 * Baselines named in a sentence before: "We compare X against vLLM and SGLang. X is 2.1x faster." A relative claim
 * whose own sentence names no baseline takes the comparison set up one or two sentences before, when those sentences
 * state no claim of their own. (Carrying the last claim's baseline into a sentence that goes on with "Furthermore"
 * was measured: annotators do it about half the time.)
 */
import type { Sentence } from './candidate.ts';
import type { Claim } from './types.ts';
import { readBaseline } from './refiners/baseline-phrase.ts';
import { sentencesAround } from './sentences.ts';
import { matchesOf } from './matches.ts';

/**
 * A sentence that sets up a comparison: "We compare X against …", "Compared with …, ", "… comparing it with the default
 * compiler", "… exhibits substantial improvements compared to the state-of-the-art approach". The phrase after it.
 */
const COMPARING = /\b(?:compar(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,4}?(?:with|to|against)|in\s+comparison\s+(?:to|with)|(?:improvements?|gains?|speed-?ups?)\s+(?:over|relative\s+to))\s+/gi;

const CONTRAST_OPENING = /^\s*(?:However|Conversely|In\s+contrast|By\s+contrast|On\s+the\s+other\s+hand|Nevertheless|Nonetheless|Yet|But|Instead)\b/;

export interface PlacedClaim {
  claim: Claim;
  /** The claim's sentence, in view offsets. */
  sentence: Sentence;
}

/** The comparison a sentence sets up: the phrase after its last comparing words. */
function comparisonOf(s: Sentence): string[] {
  let names: string[] = [];
  for (const m of matchesOf(COMPARING, s.text)) {
    const read = readBaseline(s.text.slice(m.index + m[0].length));
    if (read.length) names = read;
  }
  return names;
}

/**
 * The comparison carried to claim i's sentence, read once per sentence (`carriedBy`). (A module function, not a closure
 * in carryBaselines: under tsx, which runs the CLI with --jobs 1, a named closure costs a defineProperty per call.)
 */
function carriedFor(text: string, placed: readonly PlacedClaim[], carriedBy: Map<Sentence, string[]>, i: number): string[] {
  const { sentence } = placed[i];
  let carried = carriedBy.get(sentence);
  if (carried) return carried;
  carried = [];
  const lastBefore = placed.slice(0, i).reverse().find((p) => p.sentence.start < sentence.start);
  // Up to two sentences back, as long as none of them states a claim of its own.
  let at = sentence.start;
  for (let back = 0; back < 2 && at > 0 && carried.length === 0; back++) {
    const before = sentencesAround(text, [at - 1])[0];
    if (!before || before.start >= at) break;
    if (lastBefore !== undefined && lastBefore.sentence.end > before.start) break;
    carried = comparisonOf(before);
    at = before.start;
  }
  carriedBy.set(sentence, carried);
  return carried;
}

export function carryBaselines(text: string, placed: readonly PlacedClaim[]): Claim[] {
  // Sentences are split (compromise) only for sentences whose claims need a baseline: relative ones that name none.
  const carriedBy = new Map<Sentence, string[]>();
  return placed.map(({ claim }, i) => {
    if (claim.baseline.length !== 0 || claim.comparison !== 'relative') return claim;
    // "Conversely, …", "However, …": a sentence that turns against the one before is not its comparison's.
    if (CONTRAST_OPENING.test(text.slice(placed[i].sentence.start, placed[i].sentence.start + 40))) return claim;
    const carried = carriedFor(text, placed, carriedBy, i);
    return carried.length > 0 ? { ...claim, baseline: [...carried] } : claim;
  });
}
