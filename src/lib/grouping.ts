/**
 * What the charts group and count, as shapes and orders: Group by, chart rows and their order, claims per GPU and
 * per baseline, the topic × metric matrix and the absolute results by unit. The engine (engine/) computes them;
 * tests/src/reference/grouping.ts is the readable definition it is checked against.
 */
import { LOWER_IS_BETTER_UNITS, TOPICS, type Claim } from '../../extract/core/types.ts';
import { GENERIC_BASELINES } from './baselines.ts';

export const GROUP_BYS = ['topic', 'baseline', 'hardware', 'paper'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export const GROUP_BY_LABELS: Record<GroupBy, string> = {
  topic: 'Topic', baseline: 'Baseline', hardware: 'Hardware', paper: 'Paper',
};
/** Row label for claims with no baseline / hardware. */
export const NONE_LABEL = '(none stated)';

export interface ClaimGroup<T extends Claim> {
  key: string;
  claims: T[];
}

/**
 * Where a chart row goes: topics keep the taxonomy order; other rows go by claim count, with "generic baselines"
 * after the named systems and the "none" row last.
 */
export function compareRows(by: GroupBy, a: { key: string; count: number }, b: { key: string; count: number }): number {
  const rank = (k: string) => (k === NONE_LABEL ? 2 : k === GENERIC_BASELINES ? 1 : 0);
  if (rank(a.key) !== rank(b.key)) return rank(a.key) - rank(b.key);
  if (by === 'topic') return (TOPICS as readonly string[]).indexOf(a.key) - (TOPICS as readonly string[]).indexOf(b.key);
  return b.count - a.count || a.key.localeCompare(b.key);
}

export interface NamedStat {
  name: string;
  count: number;
  /** Median improvement factor of the claims that have one; null when none has. */
  medianFactor: number | null;
}

/** Baselines beaten and not (Aggregates.baselineStats). */
export interface BaselineStats {
  /** Named systems beaten (claims that are not a stated loss), most claims first. */
  named: NamedStat[];
  /** The same for all generic phrases together ("generic baselines"): one entry, or none. */
  generic: NamedStat[];
  /** Stated losses (factor below 1 at both ends) per baseline: shown apart, never counted as a win. */
  losses: NamedStat[];
}

export interface Matrix {
  topics: string[];
  metrics: string[];
  /** counts[topic][metric] */
  counts: Record<string, Record<string, number>>;
  max: number;
}

export function isLowerBetter(unit: string): boolean {
  return (LOWER_IS_BETTER_UNITS as readonly string[]).includes(unit);
}

export interface UnitGroup<T extends Claim> {
  unit: string;
  lowerIsBetter: boolean;
  /** Best first: ascending for lower-is-better units, descending otherwise. */
  claims: T[];
}
