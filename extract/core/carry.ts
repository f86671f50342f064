/**
 * Baselines named in the sentence before: "We compare X against vLLM and SGLang. X is 2.1x faster." A relative claim
 * whose own sentence names no baseline takes the comparison of the sentence before, when that sentence compares
 * ("compare … with/against", "versus", "relative to") and states no claim of its own. (Carrying the last claim's
 * baseline into a sentence that goes on with "Furthermore" was measured: annotators do it about half the time.)
 */
import type { Sentence } from './candidate.ts';
import type { Claim } from './types.ts';
import { readBaseline } from './refiners/baseline-phrase.ts';
import { sentencesAround } from './sentences.ts';

/** A sentence that sets up a comparison ("We compare X against …", "Compared with …, "): the phrase after it. */
const SETS_UP = /^\s*(?:We\s+(?:\w+\s+)?(?:compare|benchmark)\b|(?:Compared|Comparing)\s+(?:to|with|against)\b|In\s+comparison\s+(?:to|with)\b|Against\b)/;
const COMPARING = /\b(?:compar\w*\s+(?:[\w-]+\s+){0,4}?(?:with|to|against)|against|versus|vs\.?)\s+/gi;

export interface PlacedClaim {
  claim: Claim;
  /** The claim's sentence, in view offsets. */
  sentence: Sentence;
}

/** The comparison a sentence sets up: the phrase after its last comparing words. */
function comparisonOf(s: Sentence): string[] {
  let names: string[] = [];
  for (const m of s.text.matchAll(COMPARING)) {
    const read = readBaseline(s.text.slice(m.index + m[0].length));
    if (read.length) names = read;
  }
  return names;
}

export function carryBaselines(text: string, placed: readonly PlacedClaim[]): Claim[] {
  const out: Claim[] = [];
  let previousSentence: Sentence | undefined;
  let carried: string[] | undefined;
  for (const [i, { claim, sentence }] of placed.entries()) {
    if (sentence !== previousSentence) {
      previousSentence = sentence;
      carried = undefined;
      const before = sentence.start > 0 ? sentencesAround(text, [sentence.start - 1])[0] : undefined;
      const lastBefore = placed.slice(0, i).reverse().find((p) => p.sentence.start < sentence.start);
      if (before && before.start < sentence.start) {
        const hasClaim = lastBefore !== undefined && lastBefore.sentence.end > before.start;
        if (!hasClaim && SETS_UP.test(before.text)) carried = comparisonOf(before);
      }
    }
    const take = carried && carried.length > 0 && claim.baseline.length === 0 && claim.comparison === 'relative';
    out.push(take ? { ...claim, baseline: [...carried!] } : claim);
  }
  return out;
}
