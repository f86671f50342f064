/**
 * Whether a sentence compares with a known piece of software (a kernel library, a serving engine, a compiler, a
 * framework): "AVO discovers kernels that outperform cuDNN by up to 3.5%". A percentage no cue names is then the
 * software's speed, not an accuracy (the default for a bare percentage elsewhere).
 */
import type { SentenceContext } from '../candidate.ts';
import { knownSystem, SYSTEM_ENTRIES } from '../canonical-system.ts';
import { mentions } from './baseline-mentions.ts';
import { escapeRegExp } from '../matches.ts';

const SOFTWARE_KINDS: ReadonlySet<string> = new Set([
  'serving engine', 'inference runtime', 'kernel library', 'attention kernel', 'kernel', 'compiler', 'communication library',
  'training framework', 'ML framework', 'library', 'data system',
]);

const KIND_OF: ReadonlyMap<string, string> = new Map(SYSTEM_ENTRIES.map((e) => [e.name, e.kind]));

/** Any software name or alias as written in the vocabulary: a cheap test before the sentence's comparisons are read. */
const SOFTWARE_NAME = new RegExp(`(?<![\\w-])(?:${SYSTEM_ENTRIES.filter((e) => SOFTWARE_KINDS.has(e.kind))
  .flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(escapeRegExp).join('|')})`, 'i');

const isSoftware = (name: string): boolean => {
  const known = knownSystem(name);
  return known !== undefined && SOFTWARE_KINDS.has(KIND_OF.get(known) ?? '');
};

/** The sentence asked about last and its answer: the metric refiner asks once per candidate. */
let last: { sentence: SentenceContext['sentence']; abstract: string; answer: boolean } | undefined;

export function comparesWithSoftware(ctx: SentenceContext): boolean {
  if (last?.sentence === ctx.sentence && last.abstract === ctx.abstract) return last.answer;
  const answer = SOFTWARE_NAME.test(ctx.sentence.text) && mentions(ctx).some((m) => m.names.some(isSoftware));
  last = { sentence: ctx.sentence, abstract: ctx.abstract, answer };
  return answer;
}
