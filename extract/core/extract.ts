/**
 * extractPaper: one paper in, its papers.csv row and its claims out.
 * abstract → finders (a cheap regex pass over the whole text) → the sentences around what they found
 * (compromise) → ordered refiners per sentence → one claim per distinct number.
 * As in chrono, an extractor is built from its configuration (createExtractor({ finders, refiners })), so one refiner
 * can be run alone in a test or left out to measure what it is worth on the gold sets (`eval --set … --without NAME`).
 */
import type { Candidate, Finder, Refiner, Sentence, SentenceContext } from './candidate.ts';
import type { Claim, PaperInput, PaperResult } from './types.ts';
import { FINDERS } from './finders/index.ts';
import { sentencesAround } from './sentences.ts';
import { removeOverlaps } from './refiners/overlaps.ts';
import { mergeRanges } from './refiners/ranges.ts';
import { dropExclusions } from './refiners/exclusions.ts';
import { attachQualifiers } from './refiners/qualifiers.ts';
import { shareQualifiers } from './refiners/coordination.ts';
import { dropUncued } from './refiners/cues.ts';
import { classifyComparison } from './refiners/comparison.ts';
import { attachMetric } from './refiners/metric.ts';
import { attachDirection } from './refiners/direction.ts';
import { attachBaseline } from './refiners/baseline.ts';
import { attachModel } from './refiners/attach-context.ts';
import { attachHardware, isDeviceFree } from './refiners/hardware.ts';
import { classifyTopic } from './topic.ts';
import { findHardware, type HardwareMention } from './hardware.ts';
import { claimFactors } from './factor.ts';
import { normalize, readable, type TextView } from './normalize.ts';
import { applyPlatform, findPlatform } from './platform.ts';
import { carryBaselines } from './carry.ts';
import { selfStart } from './background.ts';
import { paperSystem } from './system.ts';
import { attachGaps } from './refiners/gaps.ts';
import { restatementKey } from './restatement.ts';
import { shareListedUnits } from './refiners/listed-units.ts';
import { paperId } from './paper-id.ts';

/** The refiners in the order they run; each sees the previous one's output. */
export const REFINERS: readonly [string, Refiner][] = [
  ['removeOverlaps', removeOverlaps],
  ['shareListedUnits', shareListedUnits],
  ['mergeRanges', mergeRanges],
  ['dropExclusions', dropExclusions],
  ['attachQualifiers', attachQualifiers],
  ['dropUncued', dropUncued],
  ['classifyComparison', classifyComparison],
  ['attachMetric', attachMetric],
  ['shareQualifiers', shareQualifiers],
  ['attachDirection', attachDirection],
  ['attachBaseline', attachBaseline],
  ['attachGaps', attachGaps],
  ['attachHardware', attachHardware],
  ['attachModel', attachModel],
];

/** What an extractor is made of: finders that propose numbers, and refiners run in order on each sentence's numbers. */
export interface ExtractorConfig {
  finders: readonly Finder[];
  refiners: readonly (readonly [string, Refiner])[];
}

export const DEFAULT_CONFIG: ExtractorConfig = { finders: FINDERS, refiners: REFINERS };

/** The default configuration without the named refiners (an A/B measurement of what they do). */
export function withoutRefiners(config: ExtractorConfig, names: readonly string[]): ExtractorConfig {
  const unknown = names.filter((n) => !config.refiners.some(([name]) => name === n));
  if (unknown.length) throw new Error(`no refiner named ${unknown.join(', ')} (one of ${config.refiners.map(([n]) => n).join(', ')})`);
  return { ...config, refiners: config.refiners.filter(([name]) => !names.includes(name)) };
}

export interface Extractor {
  readonly config: ExtractorConfig;
  extractPaper(input: PaperInput, options?: ExtractOptions): PaperResult;
}

export interface ExtractOptions {
  /** Called after the finders and after each refiner with the sentence's candidates (for `--debug`). */
  trace?: (step: string, ctx: Readonly<SentenceContext>) => void;
}

export { paperId };

/**
 * Bounds that keep any input linear: refiners look at a sentence once per candidate, so a "sentence" is cut
 * into pieces of at most this many characters, and a piece keeps at most this many candidates. Real
 * abstract sentences are far below both; pasted garbage ("1x 1x 1x …", a megabyte without a full stop) is not.
 */
export const MAX_SENTENCE_CHARS = 2000;
export const MAX_CANDIDATES_PER_SENTENCE = 64;
/** No abstract states hundreds of results; past this many numbers the rest of the text is not read. */
export const MAX_CANDIDATES_PER_ABSTRACT = 500;

function pieceOf(abstract: string, s: Sentence, at: number): Sentence {
  if (s.end - s.start <= MAX_SENTENCE_CHARS) return s;
  const start = s.start + Math.floor((at - s.start) / MAX_SENTENCE_CHARS) * MAX_SENTENCE_CHARS;
  const end = Math.min(s.end, start + MAX_SENTENCE_CHARS);
  return { start, end, text: abstract.slice(start, end) };
}

/** Candidates grouped by the sentence that holds them, in text order. */
function groupBySentence(abstract: string, found: Candidate[], hardware: readonly HardwareMention[], system: string): SentenceContext[] {
  found.sort((a, b) => a.numStart - b.numStart || b.numEnd - a.numEnd);
  found.length = Math.min(found.length, MAX_CANDIDATES_PER_ABSTRACT);
  const sentences = sentencesAround(abstract, found.map((c) => c.numStart));
  const groups: SentenceContext[] = [];
  found.forEach((c, i) => {
    const s = pieceOf(abstract, sentences[i], c.numStart);
    if (c.numEnd > s.end) return;
    const last = groups[groups.length - 1];
    if (last && last.sentence.start === s.start) {
      if (last.candidates.length < MAX_CANDIDATES_PER_SENTENCE) last.candidates.push(c);
    } else {
      groups.push({ abstract, sentence: s, candidates: [c], hardware, system });
    }
  });
  return groups;
}

function toClaim(c: Candidate, sentence: Sentence, paper: Pick<Claim, 'paper_id' | 'title' | 'system' | 'topic'>, view: TextView): Claim {
  const metric = c.metric ?? 'other';
  const comparison = c.comparison ?? 'relative';
  const direction = c.direction ?? 'increase';
  const { factor_low, factor_high } = claimFactors(
    { metric, comparison, direction, value_low: c.valueLow, value_high: c.valueHigh, unit: c.unit }, c.polarity,
  );
  // Refiners work on the plain-text view; the claim points into the abstract as read.
  const [start, end] = view.rawSpan(c.start, c.end);
  const [sentenceStart, sentenceEnd] = view.rawSpan(sentence.start, sentence.end);
  // One literal in column order: every claim gets the same object shape (spreads build them field by field).
  return {
    paper_id: paper.paper_id, title: paper.title, system: paper.system, topic: paper.topic, metric, comparison, direction,
    value_low: c.valueLow, value_high: c.valueHigh, unit: c.unit, qualifier: c.qualifier ?? 'exact', factor_low, factor_high,
    baseline: c.baseline, hardware: c.hardware, hardware_count: c.hardwareCount, model: c.model,
    span: view.raw.slice(start, end), start, end, evidence: view.raw.slice(sentenceStart, sentenceEnd).trim(),
  };
}

function platformOf(title: string, text: string, hardware: readonly HardwareMention[], claimStarts: readonly number[], ownFrom: number) {
  const sentences = sentencesAround(text, hardware.map((h) => h.start));
  return findPlatform(title, text, hardware, (m) => sentences[hardware.indexOf(m)],
    (s) => claimStarts.some((at) => at >= s.start && at < s.end), ownFrom);
}

/** A restatement that names a device or a baseline the first statement left out, and contradicts none it named. */
function saysMore(again: Claim, first: Claim): boolean {
  const same = (a: readonly string[], b: readonly string[]) => a.length === 0 || a.join('; ') === b.join('; ');
  return same(first.hardware, again.hardware) && same(first.baseline, again.baseline) &&
    (again.hardware.length > first.hardware.length || again.baseline.length > first.baseline.length);
}

export function createExtractor(config: ExtractorConfig = DEFAULT_CONFIG): Extractor {
  return { config, extractPaper: (input, options = {}) => extractWith(config, input, options) };
}

const defaultExtractor = createExtractor();

/** One paper through the default extractor. */
export function extractPaper(input: PaperInput, options: ExtractOptions = {}): PaperResult {
  return defaultExtractor.extractPaper(input, options);
}

function extractWith({ finders, refiners }: ExtractorConfig, input: PaperInput, options: ExtractOptions): PaperResult {
  const view = normalize(input.abstract);
  const abstract = view.text;
  const paper = {
    paper_id: paperId(input), title: input.title, system: paperSystem(input.title, view), topic: classifyTopic(input.title, abstract),
  };
  // A number too long for a double ("999…9x") is not a claim anyone can compare.
  // (Loops rather than flatMap and filter: this runs for every abstract, and flatMap is not optimised on Node 20.)
  const found: Candidate[] = [];
  for (const find of finders) {
    for (const c of find(abstract, 0)) if (Number.isFinite(c.valueLow) && Number.isFinite(c.valueHigh)) found.push(c);
  }
  const hardware = findHardware(abstract);
  const ownFrom = found.length > 0 ? selfStart(abstract, readable(paper.system)) : 0;
  const claims: Claim[] = [];
  /** Where each claim starts in the view, and its sentence, parallel to `claims`. */
  const viewStarts: number[] = [];
  const claimSentences: Sentence[] = [];
  const deviceFree: boolean[] = [];
  /** Baselines each number/unit/metric was claimed against. */
  const seen = new Map<string, Set<string>>();
  /** Where the last claim of each key is in `claims`. */
  const keptAt = new Map<string, number>();
  if (found.length > 0) {
    for (const group of groupBySentence(abstract, found, hardware, readable(paper.system))) {
      options.trace?.('finders', group);
      let candidates = group.candidates;
      // One context per sentence, its candidates replaced after each refiner (none keeps the context it was given).
      const ctx = { ...group };
      for (const [name, refine] of refiners) {
        if (candidates.length === 0) break;
        ctx.candidates = candidates;
        candidates = refine(ctx);
        options.trace?.(name, { ...group, candidates });
      }
      for (const c of candidates) {
        if (c.start < ownFrom) continue;
        // The same number stated twice in one abstract is one claim (spec §1) — for the same metric ("2x higher
        // throughput, 2x lower TTFT" are two), unless each names its own baseline ("9% over AM-TRF", "9% over LSTM"),
        // and not twice in one sentence ("2x faster training, 40x smaller disk size and 2x faster rendering").
        const key = restatementKey(ctx, c, candidates);
        const against = (c.baseline ?? []).join('; ');
        const earlier = seen.get(key);
        if (earlier && (against === '' || earlier.has('') || earlier.has(against))) {
          // "… achieves 100-200x speedup … even on a single RTX 5090 GPU": a restatement that says more replaces the first.
          const at = keptAt.get(key);
          const again = at === undefined ? undefined : toClaim(c, group.sentence, paper, view);
          if (at === undefined || again === undefined || !saysMore(again, claims[at])) continue;
          for (const list of [claims, viewStarts, claimSentences, deviceFree] as unknown[][]) list.splice(at, 1);
          for (const [k, i] of keptAt) if (i > at) keptAt.set(k, i - 1);
          keptAt.set(key, claims.length);
          claims.push(again);
          viewStarts.push(c.start);
          claimSentences.push(group.sentence);
          deviceFree.push(isDeviceFree(c.metric));
          continue;
        }
        seen.set(key, (earlier ?? new Set()).add(against));
        keptAt.set(key, claims.length);
        claims.push(toClaim(c, group.sentence, paper, view));
        viewStarts.push(c.start);
        claimSentences.push(group.sentence);
        deviceFree.push(isDeviceFree(c.metric));
      }
    }
  }
  const carried = carryBaselines(abstract, claims.map((claim, i) => ({ claim, sentence: claimSentences[i] })));
  // (A title may name the platform when the abstract names no device: "… RL Training on Ascend NPU Cluster".)
  const withPlatform = carried.some((c, i) => c.hardware.length === 0 && !deviceFree[i])
    ? applyPlatform(carried, platformOf(input.title, abstract, hardware, viewStarts, ownFrom), viewStarts, deviceFree)
    : carried;
  return {
    // Spelled out: on Node 20 a spread followed by new keys takes V8's slow path (~5 µs here, 1.5% of extraction).
    paper: {
      paper_id: paper.paper_id, title: paper.title, system: paper.system, topic: paper.topic,
      hardware_mentioned: [...new Set(hardware.map((h) => h.name))], n_claims: claims.length, abstract: input.abstract,
    },
    claims: withPlatform,
  };
}
