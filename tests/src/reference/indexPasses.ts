/**
 * The engine's aggregates one part per pass over the fail mask, as ClaimIndex had them before aggregate() did all
 * parts in one pass: the app never calls these; tests check aggregate() against them (and them against the
 * reference functions over row objects).
 */
import type { Claim } from '../../../extract/core/types.ts';
import type { Facet, FacetOption } from '../../../src/lib/filters.ts';
import type { BaselineStats, Matrix, NamedStat } from '../../../src/lib/grouping.ts';
import { matrixFrom, splitGeneric, statsFrom } from '../../../src/lib/engine/aggregates.ts';
import type { ClaimIndex } from '../../../src/lib/engine/claimIndex.ts';
import { FACET_BIT, type Cross } from '../../../src/lib/engine/crossFilter.ts';

/** Per value code of the facet: claims in cross[facet] (every filter but the facet's own) that have it. */
export function facetCounts<T extends Claim>(index: ClaimIndex<T>, cross: Cross<T>, facet: Facet): Int32Array {
  const fx = index.facets[facet];
  const bit = FACET_BIT[facet];
  const counts = new Int32Array(fx.values.length);
  const { fail } = cross;
  for (let i = 0; i < index.n; i++) {
    if ((fail[i] | bit) !== bit) continue;
    for (let j = fx.offsets[i]; j < fx.offsets[i + 1]; j++) counts[fx.codes[j]]++;
  }
  return counts;
}

/** optionsFrom(values of the facet, cross[facet], selected, facet, order). */
export function options<T extends Claim>(
  index: ClaimIndex<T>, cross: Cross<T>, facet: Facet, selected: readonly string[], order?: readonly string[],
): FacetOption[] {
  return index.optionsOf(facet, facetCounts(index, cross, facet), selected, order);
}

/**
 * hardwareStats / baselineStats' statsBy over cross[facet]: count and median factor per value; `only` keeps the
 * rows where loss[i] is 0 (wins) or 1 (losses).
 */
export function stats<T extends Claim>(index: ClaimIndex<T>, cross: Cross<T>, facet: 'hardware' | 'baseline', only?: 0 | 1): NamedStat[] {
  const fx = index.facets[facet];
  const bit = FACET_BIT[facet];
  const m = fx.values.length;
  const counts = new Int32Array(m);
  const finite = new Int32Array(m + 1);
  const rows = new Int32Array(index.n);
  let nr = 0;
  const { fail } = cross;
  const mid = index.factorMid;
  const { offsets, codes } = fx;
  for (let i = 0; i < index.n; i++) {
    if ((fail[i] | bit) !== bit || (only !== undefined && index.loss[i] !== only)) continue;
    rows[nr++] = i;
    const has = mid[i] === mid[i];
    for (let j = offsets[i]; j < offsets[i + 1]; j++) {
      counts[codes[j]]++;
      if (has) finite[codes[j] + 1]++;
    }
  }
  return statsFrom(index, fx, counts, finite, rows, nr);
}

/** baselineStats over cross.baseline. */
export function baselineStats<T extends Claim>(index: ClaimIndex<T>, cross: Cross<T>): BaselineStats {
  return splitGeneric(stats(index, cross, 'baseline', 0), stats(index, cross, 'baseline', 1));
}

/** Claims of cross.hardware that name no hardware. */
export function withoutHardware<T extends Claim>(index: ClaimIndex<T>, cross: Cross<T>): number {
  const { offsets } = index.facets.hardware;
  const bit = FACET_BIT.hardware;
  let n = 0;
  for (let i = 0; i < index.n; i++) if ((cross.fail[i] | bit) === bit && offsets[i + 1] === offsets[i]) n++;
  return n;
}

/** topicMetricMatrix over cross.topicMetric (every filter but topic and metric). */
export function matrix<T extends Claim>(index: ClaimIndex<T>, cross: Cross<T>): Matrix {
  const t = index.facets.topic;
  const mx = index.facets.metric;
  const bits = FACET_BIT.topic | FACET_BIT.metric;
  const nm = mx.values.length;
  const cells = new Int32Array(t.values.length * nm);
  for (let i = 0; i < index.n; i++) {
    if ((cross.fail[i] | bits) !== bits) continue;
    cells[t.codes[i] * nm + mx.codes[i]]++;
  }
  return matrixFrom(index.facets, cells);
}
