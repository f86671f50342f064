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
  // Spelled out, every field in one order, rather than defaults followed by `...fields`: every candidate gets one hidden
  // class with all its fields in the object, so the refiners' `{ ...c, metric }` copies stay on V8's fast path (~4% of
  // extraction when each field a refiner may set was added by a spread, ~1.5 µs each on Node 20).
  // Positions are small integers; `| 0` keeps them V8 small integers even when a finder's optimised code boxed one as a
  // double: stored as a double once, the field became a double field for every candidate, so each refiner's copy
  // allocated a box per position and each function that sliced text at them was deoptimised and compiled again.
  const numStart = fields.numStart | 0;
  const numEnd = fields.numEnd | 0;
  return {
    start: 'start' in fields ? fields.start! | 0 : numStart, end: 'end' in fields ? fields.end! | 0 : numEnd,
    baseline: 'baseline' in fields ? fields.baseline! : [], hardware: 'hardware' in fields ? fields.hardware! : [],
    hardwareCount: 'hardwareCount' in fields ? fields.hardwareCount! : null, model: 'model' in fields ? fields.model! : '',
    needsCue: fields.needsCue, unitMetric: fields.unitMetric, qualifier: fields.qualifier, metric: fields.metric,
    polarity: fields.polarity, direction: fields.direction, comparison: fields.comparison,
    numStart, numEnd, valueLow: fields.valueLow, valueHigh: fields.valueHigh, unit: fields.unit, kind: fields.kind,
    finder: fields.finder,
  };
}

/**
 * A copy of `c` with `changes` applied: what `{ ...c, ...changes }` gives, key order included. Spelled out like
 * newCandidate so that every copy has the one hidden class: on Node 20 the spread's copies forked it (a field written by
 * one refiner and not another), and past four classes each property read in the refiners went to V8's slow lookup.
 */
export function withFields(c: Candidate, changes: Partial<Candidate>): Candidate {
  return {
    start: ('start' in changes ? changes.start! : c.start) | 0, end: ('end' in changes ? changes.end! : c.end) | 0,
    baseline: 'baseline' in changes ? changes.baseline! : c.baseline, hardware: 'hardware' in changes ? changes.hardware! : c.hardware,
    hardwareCount: 'hardwareCount' in changes ? changes.hardwareCount! : c.hardwareCount, model: 'model' in changes ? changes.model! : c.model,
    needsCue: 'needsCue' in changes ? changes.needsCue : c.needsCue, unitMetric: 'unitMetric' in changes ? changes.unitMetric : c.unitMetric,
    qualifier: 'qualifier' in changes ? changes.qualifier : c.qualifier, metric: 'metric' in changes ? changes.metric : c.metric,
    polarity: 'polarity' in changes ? changes.polarity : c.polarity, direction: 'direction' in changes ? changes.direction : c.direction,
    comparison: 'comparison' in changes ? changes.comparison : c.comparison,
    numStart: ('numStart' in changes ? changes.numStart! : c.numStart) | 0, numEnd: ('numEnd' in changes ? changes.numEnd! : c.numEnd) | 0,
    valueLow: 'valueLow' in changes ? changes.valueLow! : c.valueLow, valueHigh: 'valueHigh' in changes ? changes.valueHigh! : c.valueHigh,
    unit: 'unit' in changes ? changes.unit! : c.unit, kind: 'kind' in changes ? changes.kind! : c.kind, finder: 'finder' in changes ? changes.finder! : c.finder,
  };
}
