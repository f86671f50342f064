/**
 * A filter change's passes run once, in idle time after a load, on a view nobody asked for, and dropped: the first
 * real change then runs optimised code. At load the passes only meet the unfiltered view, where no row fails a
 * filter and every chart row is dense, so the engine's loops are compiled for that and thrown back to the interpreter
 * (deoptimised) by the first filter: measured at 1M claims, the first change after a load took 220–340 ms where later
 * ones took 100–180 ms on the same busy machine (the fail mask, the counts, the chart rows and their layout each
 * several times slower the first time).
 */
import type { Claim } from '../../../extract/core/types.ts';
import { markLabels, rowSummaries } from '../chartAnnotations.ts';
import { layoutChart } from '../chartLayout.ts';
import { factorScaleOf } from '../chartScale.ts';
import type { Family } from '../families.ts';
import { emptyFilters } from '../filters.ts';
import type { GroupBy } from '../grouping.ts';
import { AGG_BASELINE, AGG_BASELINE_STATS, AGG_MATRIX, AGG_METRIC, AGG_TOPIC, aggregateParts } from './aggregates.ts';
import { chartData } from './chartData.ts';
import type { ClaimIndex } from './claimIndex.ts';
import { crossFilterMask } from './crossFilter.ts';

/**
 * Runs what a Hardware option ticked would (its fail mask, the other facets' counts and the baseline stats, the
 * chart's rows, their layout and annotations) for the most common GPU, and the mask of a search, outside the index's
 * caches: nothing is kept.
 */
export function warmUp<T extends Claim & { id: string }>(index: ClaimIndex<T>, by: GroupBy, family: Family, rows: number): void {
  const hw = index.facets.hardware;
  if (hw.values.length < 2) return;
  let top = 0;
  for (let k = 1; k < hw.totals.length; k++) if (hw.totals[k] > hw.totals[top]) top = k;
  // Hide "up to" and a search (every row matching) as well: their passes over the mask are compiled too.
  crossFilterMask(index, { ...emptyFilters(), hideUpTo: true }, new Uint8Array(index.n).fill(1));
  const cross = crossFilterMask(index, { ...emptyFilters(), hardware: [hw.values[top]] }, null);
  aggregateParts(index, cross.fail, AGG_BASELINE | AGG_TOPIC | AGG_METRIC | AGG_MATRIX | AGG_BASELINE_STATS);
  const chart = chartData(index, cross, by, family, rows);
  const layout = layoutChart(chart.groups, index.rows, factorScaleOf(chart.extent, 200, 1000), 4, false, chart.order);
  rowSummaries(chart.groups, index.factorMid);
  markLabels(layout, by, 1000);
}
