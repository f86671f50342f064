/**
 * A candidate: one number (or range) a finder saw, with the fields refiners fill in.
 * Offsets are into the abstract exactly as read.
 */
import type { Comparison, Direction, Metric, Qualifier } from './types.ts';
import type { HardwareMention } from './hardware.ts';
import type { Polarity } from './lexicon/index.ts';

export type CandidateKind = 'multiplier' | 'percent' | 'points' | 'absolute';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface Candidate {
  /** Span shown to users: the number with its unit, widened by refiners to take in a qualifier. */
  start: number;
  end: number;
  /** The number and its unit alone, as the finder matched it. */
  numStart: number;
  numEnd: number;
  valueLow: number;
  valueHigh: number;
  unit: string;
  kind: CandidateKind;
  /** Finder that produced it, for debugging. */
  finder: string;
  /** Spelled in a way that also counts other things ("5 times", "10-fold", "3 days"): kept only next to a result cue. */
  needsCue?: boolean;
  /** A metric the unit itself implies (fps → throughput, FID → fid). */
  unitMetric?: Metric;
  qualifier?: Qualifier;
  metric?: Metric;
  /** Which way the measured quantity improves, when its cue says so apart from the metric ("energy efficiency": up). */
  polarity?: Polarity;
  direction?: Direction;
  comparison?: Comparison;
  baseline: string[];
  hardware: string[];
  hardwareCount: number | null;
  model: string;
}

/** Everything a refiner sees: the abstract, one sentence and the candidates inside it, in text order. */
export interface SentenceContext {
  abstract: string;
  sentence: Sentence;
  candidates: Candidate[];
  /** The abstract's accelerator mentions (offsets into the abstract), found once per paper. */
  hardware: readonly HardwareMention[];
  /** The paper's own system name (paperSystem), '' when it names none: whose results a sentence states. */
  system?: string;
}

/** A refiner returns the sentence's candidates, changed, merged or with some dropped. */
export type Refiner = (ctx: SentenceContext) => Candidate[];

/** A finder scans text (with `offset` its position in the abstract) and returns candidates. */
export type Finder = (text: string, offset: number) => Candidate[];

export function newCandidate(
  fields: Pick<Candidate, 'numStart' | 'numEnd' | 'valueLow' | 'valueHigh' | 'unit' | 'kind' | 'finder'> &
    Partial<Candidate>,
): Candidate {
  return {
    start: fields.numStart, end: fields.numEnd,
    baseline: [], hardware: [], hardwareCount: null, model: '',
    // Every field a refiner may set is there from the start: on Node 20, `{ ...c, metric }` costs ~1.5 µs when it adds
    // the key and ~0.03 µs when it replaces one (each candidate went through four such adds, ~4% of extraction).
    needsCue: undefined, unitMetric: undefined, qualifier: undefined, metric: undefined, polarity: undefined,
    direction: undefined, comparison: undefined,
    ...fields,
  };
}
