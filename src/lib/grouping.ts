/**
 * Grouping and aggregate counts behind the charts: claims-chart rows, claims per GPU and per baseline,
 * the topic × metric matrix and the absolute results by unit. Pure functions.
 */
import { LOWER_IS_BETTER_UNITS, METRICS, TOPICS, type Claim } from '../../extract/core/types.ts';
import { factorMid, hasFactor, isNamedSystem, median } from './claims.ts';

export const GROUP_BYS = ['topic', 'baseline', 'hardware', 'paper'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export const GROUP_BY_LABELS: Record<GroupBy, string> = {
  topic: 'Topic', baseline: 'Baseline', hardware: 'Hardware', paper: 'Paper',
};
/** Row label for claims with no baseline / hardware. */
export const NONE_LABEL = '(none stated)';

/**
 * The chart rows a claim belongs to: one per distinct baseline or GPU it names (or the "none" row). A name listed
 * twice gives one row (one mark per claim and row).
 */
export function groupKeys(c: Claim, by: GroupBy): string[] {
  switch (by) {
    case 'topic': return [c.topic];
    case 'paper': return [c.title || c.paper_id];
    case 'baseline': return c.baseline.length ? [...new Set(c.baseline)] : [NONE_LABEL];
    case 'hardware': return c.hardware.length ? [...new Set(c.hardware)] : [NONE_LABEL];
  }
}

export interface ClaimGroup<T extends Claim> {
  key: string;
  claims: T[];
}

/**
 * The relative claims (those with a factor) grouped into chart rows, most claims first; topics keep the
 * taxonomy order and the "none" row goes last. `limit` keeps the first rows and reports how many were cut.
 */
export function groupForChart<T extends Claim>(
  claims: readonly T[], by: GroupBy, limit = Infinity,
): { groups: ClaimGroup<T>[]; hidden: number } {
  const map = new Map<string, T[]>();
  for (const c of claims) {
    if (!hasFactor(c)) continue;
    for (const k of groupKeys(c, by)) {
      let list = map.get(k);
      if (!list) map.set(k, (list = []));
      list.push(c);
    }
  }
  const groups = [...map].map(([key, list]) => ({ key, claims: list }));
  const topicRank = (k: string) => (TOPICS as readonly string[]).indexOf(k);
  groups.sort((a, b) => {
    if ((a.key === NONE_LABEL) !== (b.key === NONE_LABEL)) return a.key === NONE_LABEL ? 1 : -1;
    if (by === 'topic') return topicRank(a.key) - topicRank(b.key);
    return b.claims.length - a.claims.length || a.key.localeCompare(b.key);
  });
  if (groups.length <= limit) return { groups, hidden: 0 };
  return { groups: groups.slice(0, limit), hidden: groups.length - limit };
}

export interface NamedStat {
  name: string;
  count: number;
  /** Median improvement factor of the claims that have one; null when none has. */
  medianFactor: number | null;
}

function statsBy(claims: readonly Claim[], keys: (c: Claim) => readonly string[]): NamedStat[] {
  const map = new Map<string, { count: number; factors: number[] }>();
  for (const c of claims) {
    for (const k of new Set(keys(c))) {
      let s = map.get(k);
      if (!s) map.set(k, (s = { count: 0, factors: [] }));
      s.count++;
      const f = factorMid(c);
      if (f !== null) s.factors.push(f);
    }
  }
  return [...map].map(([name, s]) => ({ name, count: s.count, medianFactor: median(s.factors) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Claims per canonical GPU with their median factor, most claims first. */
export function hardwareStats(claims: readonly Claim[]): NamedStat[] {
  return statsBy(claims, (c) => c.hardware);
}

/** Claims against each baseline, split into named systems and generic phrases, each most claims first. */
export function baselineStats(claims: readonly Claim[]): { named: NamedStat[]; generic: NamedStat[] } {
  const all = statsBy(claims, (c) => c.baseline);
  return { named: all.filter((s) => isNamedSystem(s.name)), generic: all.filter((s) => !isNamedSystem(s.name)) };
}

export interface Matrix {
  topics: string[];
  metrics: string[];
  /** counts[topic][metric] */
  counts: Record<string, Record<string, number>>;
  max: number;
}

/** Topics × metrics claim counts, keeping only the topics and metrics that occur, in taxonomy order. */
export function topicMetricMatrix(claims: readonly Claim[]): Matrix {
  const counts: Record<string, Record<string, number>> = {};
  let max = 0;
  for (const c of claims) {
    const row = (counts[c.topic] ??= {});
    row[c.metric] = (row[c.metric] ?? 0) + 1;
    max = Math.max(max, row[c.metric]);
  }
  const order = (list: readonly string[], present: Set<string>) =>
    [...list.filter((x) => present.has(x)), ...[...present].filter((x) => !list.includes(x)).sort()];
  const topics = order(TOPICS, new Set(Object.keys(counts)));
  const metrics = order(METRICS, new Set(claims.map((c) => c.metric)));
  return { topics, metrics, counts, max };
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

/** Claims with no factor (absolute levels and pp), grouped by unit, biggest group first. */
export function absoluteGroups<T extends Claim>(claims: readonly T[]): UnitGroup<T>[] {
  const map = new Map<string, T[]>();
  for (const c of claims) {
    if (hasFactor(c)) continue;
    const unit = c.unit || '(no unit)';
    let list = map.get(unit);
    if (!list) map.set(unit, (list = []));
    list.push(c);
  }
  return [...map].map(([unit, list]) => {
    const lower = isLowerBetter(unit);
    const sorted = [...list].sort((a, b) => (lower ? a.value_low - b.value_low : b.value_high - a.value_high));
    return { unit, lowerIsBetter: lower, claims: sorted };
  }).sort((a, b) => b.claims.length - a.claims.length || a.unit.localeCompare(b.unit));
}
