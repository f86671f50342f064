/**
 * Grouping and aggregate counts behind the charts over row objects: claims-chart rows, claims per GPU and per
 * baseline, the topic × metric matrix and the absolute results by unit. The readable definition of what the engine
 * (src/lib/engine/: aggregates.ts, chartData.ts, absoluteResults.ts) computes from its index; tests only.
 */
import { METRICS, TOPICS, type Claim } from '../../../extract/core/types.ts';
import { baselineKeys, GENERIC_BASELINES } from '../../../src/lib/baselines.ts';
import { factorMid, hasFactor } from '../../../src/lib/claims.ts';
import { familyOf, type Family } from '../../../src/lib/families.ts';
import {
  compareRows, isLowerBetter, NONE_LABEL, type BaselineStats, type ClaimGroup, type GroupBy, type Matrix, type NamedStat,
  type UnitGroup,
} from '../../../src/lib/grouping.ts';
import { isLoss, median } from './claims.ts';

/**
 * The chart rows a claim belongs to: one per distinct GPU or named baseline system it names, one "generic baselines"
 * row for generic baseline phrases (see baselineKeys), or the "none" row. A name listed twice gives one row (one
 * mark per claim and row).
 */
export function groupKeys(c: Claim, by: GroupBy): string[] {
  switch (by) {
    case 'topic': return [c.topic];
    case 'paper': return [c.title || c.paper_id];
    case 'baseline': return c.baseline.length ? baselineKeys(c) : [NONE_LABEL];
    case 'hardware': return c.hardware.length ? [...new Set(c.hardware)] : [NONE_LABEL];
  }
}

/**
 * The relative claims (those with a factor) of one metric family grouped into chart rows (see compareRows), each
 * row's claims by factor, smallest first (the geometric middle of a range; ties in input order). `limit` keeps the
 * first rows and reports how many were cut.
 */
export function groupForChart<T extends Claim>(
  claims: readonly T[], by: GroupBy, limit = Infinity, family?: Family,
): { groups: ClaimGroup<T>[]; hidden: number } {
  const map = new Map<string, T[]>();
  for (const c of claims) {
    if (!hasFactor(c) || (family && familyOf(c.metric) !== family)) continue;
    for (const k of groupKeys(c, by)) {
      let list = map.get(k);
      if (!list) map.set(k, (list = []));
      list.push(c);
    }
  }
  const groups = [...map].map(([key, list]) => ({
    key,
    claims: list.map((c, i) => ({ c, i, f: factorMid(c)! })).sort((a, b) => a.f - b.f || a.i - b.i).map((x) => x.c),
  }));
  groups.sort((a, b) => compareRows(by, { key: a.key, count: a.claims.length }, { key: b.key, count: b.claims.length }));
  if (groups.length <= limit) return { groups, hidden: 0 };
  return { groups: groups.slice(0, limit), hidden: groups.length - limit };
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

/** Claims against each baseline (see baselineKeys): wins of named systems, of generic phrases, and losses apart. */
export function baselineStats(claims: readonly Claim[]): BaselineStats {
  const wins = statsBy(claims.filter((c) => !isLoss(c)), baselineKeys);
  return {
    named: wins.filter((s) => s.name !== GENERIC_BASELINES),
    generic: wins.filter((s) => s.name === GENERIC_BASELINES),
    losses: statsBy(claims.filter(isLoss), baselineKeys),
  };
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
