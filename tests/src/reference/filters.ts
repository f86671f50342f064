/**
 * Filtering claims and counting each filter group's options over row objects: the readable definition of what the
 * dashboard's engine (src/lib/engine/) computes with masks over typed arrays. Tests check the engine against these;
 * the app never runs them. Within a group the selected values are OR-ed (a claim on A100 or H100); groups are AND-ed.
 */
import type { Claim } from '../../../extract/core/types.ts';
import { baselineKeys } from '../../../src/lib/baselines.ts';
import { FACETS, matchesSearch, type Facet, type FacetOption, type Filters } from '../../../src/lib/filters.ts';

/**
 * The values a claim has for a facet: lists for hardware and baseline (named systems, and "generic baselines" for
 * any generic phrase: see baselineKeys), one value for topic and metric.
 */
export function facetValues(c: Claim, facet: Facet): readonly string[] {
  switch (facet) {
    case 'hardware': return c.hardware;
    case 'baseline': return baselineKeys(c);
    case 'topic': return [c.topic];
    case 'metric': return [c.metric];
  }
}

function matchesFacet(c: Claim, facet: Facet, selected: readonly string[]): boolean {
  if (selected.length === 0) return true;
  const values = facetValues(c, facet);
  return values.some((v) => selected.includes(v));
}

/** Does the claim pass every filter, optionally ignoring one facet (for that facet's own option counts)? */
export function matches(c: Claim, f: Filters, except?: Facet): boolean {
  if (f.hideUpTo && c.qualifier === 'up_to') return false;
  for (const facet of FACETS) {
    if (facet !== except && !matchesFacet(c, facet, f[facet])) return false;
  }
  return matchesSearch(c, f.search.trim().toLowerCase());
}

export function applyFilters<T extends Claim>(claims: readonly T[], f: Filters): T[] {
  return claims.filter((c) => matches(c, f));
}

/**
 * The options of one filter group: every value present in the data (plus selected values, even when absent),
 * counted over the claims that pass all the other filters. Sorted by the value's count in the whole data, then
 * name, so options stay where they are while filters change (a list that reorders under the pointer is hard to
 * use, and cheaper to repaint when it doesn't); `order` fixes the order instead (the closed lists of topics and
 * metrics), keeping only values present or selected.
 */
export function facetOptions(
  claims: readonly Claim[], f: Filters, facet: Facet, order?: readonly string[],
): FacetOption[] {
  return optionsFrom(claims, claims.filter((c) => matches(c, f, facet)), f[facet], facet, order);
}

/** For each facet, the claims passing every filter except that facet's own (what its chart and counts show). */
export type CrossFiltered<T> = Record<Facet, T[]> & { all: T[]; topicMetric: T[] };

/**
 * One pass over the claims that yields the fully filtered rows and, for each facet, the rows that pass all the
 * other filters (and for the topic × metric matrix, all but topic and metric). Same results as calling
 * applyFilters with the facet cleared, in a single scan.
 */
export function crossFilter<T extends Claim>(claims: readonly T[], f: Filters): CrossFiltered<T> {
  const out: CrossFiltered<T> = { all: [], hardware: [], baseline: [], topic: [], metric: [], topicMetric: [] };
  const needle = f.search.trim().toLowerCase();
  const active = FACETS.filter((k) => f[k].length > 0);
  for (const c of claims) {
    if (f.hideUpTo && c.qualifier === 'up_to') continue;
    if (needle && !matchesSearch(c, needle)) continue;
    let failed: Facet | null = null;
    let failures = 0;
    for (const k of active) {
      if (!matchesFacet(c, k, f[k])) {
        failed = k;
        if (++failures > 2) break;
      }
    }
    if (failures === 0) {
      out.all.push(c);
      for (const k of FACETS) out[k].push(c);
      out.topicMetric.push(c);
    } else if (failures === 1) {
      out[failed!].push(c);
      if (failed === 'topic' || failed === 'metric') out.topicMetric.push(c);
    } else if (failures === 2) {
      const fails = active.filter((k) => !matchesFacet(c, k, f[k]));
      if (fails.every((k) => k === 'topic' || k === 'metric')) out.topicMetric.push(c);
    }
  }
  return out;
}

/** Every value of a facet present in the claims with its number of claims, in first-seen order. */
export function facetTotals(claims: readonly Claim[], facet: Facet): Map<string, number> {
  const totals = new Map<string, number>();
  for (const c of claims) for (const v of new Set(facetValues(c, facet))) totals.set(v, (totals.get(v) ?? 0) + 1);
  return totals;
}

/**
 * Option counts of a facet from its cross-filtered rows (see facetOptions for the order). `all` is the claims,
 * or their facetTotals when already computed.
 */
export function optionsFrom(
  all: readonly Claim[] | ReadonlyMap<string, number>, passing: readonly Claim[], selected: readonly string[], facet: Facet,
  order?: readonly string[],
): FacetOption[] {
  const counts = new Map<string, number>();
  const totals = all instanceof Map ? all : facetTotals(all as readonly Claim[], facet);
  for (const v of totals.keys()) counts.set(v, 0);
  for (const v of selected) if (!counts.has(v)) counts.set(v, 0);
  for (const c of passing) {
    const values = facetValues(c, facet);
    if (values.length === 1) counts.set(values[0], counts.get(values[0])! + 1);
    else for (const v of new Set(values)) counts.set(v, counts.get(v)! + 1);
  }
  const options = [...counts].map(([value, count]) => ({ value, count }));
  if (order) {
    const rank = (v: string) => { const i = order.indexOf(v); return i < 0 ? order.length : i; };
    return options.sort((a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value));
  }
  const total = (v: string) => totals.get(v) ?? 0;
  return options.sort((a, b) => total(b.value) - total(a.value) || a.value.localeCompare(b.value));
}
