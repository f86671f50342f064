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
import { warmRaster } from '../rasterClient.ts';
import { factorScaleOf } from '../chartScale.ts';
import type { Family } from '../families.ts';
import { emptyFilters } from '../filters.ts';
import type { GroupBy } from '../grouping.ts';
import { AGG_BASELINE, AGG_BASELINE_STATS, AGG_MATRIX, AGG_METRIC, AGG_TOPIC, aggregateParts } from './aggregates.ts';
import { chartData } from './chartData.ts';
import type { ClaimIndex } from './claimIndex.ts';
import { crossFilterMask } from './crossFilter.ts';

/**
 * Rounds of warmUp after a load, one idle slice each. One round was not enough: V8 compiles a loop of a function run
 * once on the stack (OSR) and the next call starts slow again, so the first real changes still ran 2–4× slower than
 * later ones (a Chromium trace at a million claims: the first Hardware option's fail mask, counts, chart rows and
 * layout 129 ms before its raster job was posted, ~30 ms for later ones) and set the p95 of every action.
 */
export const WARM_ROUNDS = 3;

/**
 * Runs what a Hardware option ticked would (its fail mask, the other facets' counts and the baseline stats, the
 * chart's rows, their layout and annotations) for the `round`-th most common GPU, and the mask of a search, outside
 * the index's caches: nothing is kept. The first round also has the raster worker draw the layout (rasterClient.ts
 * warmRaster): its first filtered view took ~200 ms there against 30–60 for later ones.
 */
export function warmUp<T extends Claim & { id: string }>(index: ClaimIndex<T>, by: GroupBy, family: Family, rows: number, round = 0): void {
  const hw = index.facets.hardware;
  if (hw.values.length < 2) return;
  const byCount = Array.from(hw.totals.keys()).sort((a, b) => hw.totals[b] - hw.totals[a]);
  const top = byCount[round % byCount.length];
  // Hide "up to" and a search (every row matching) as well: their passes over the mask are compiled too.
  crossFilterMask(index, { ...emptyFilters(), hideUpTo: true }, new Uint8Array(index.n).fill(1));
  const cross = crossFilterMask(index, { ...emptyFilters(), hardware: [hw.values[top]] }, null);
  aggregateParts(index, cross.fail, AGG_BASELINE | AGG_TOPIC | AGG_METRIC | AGG_MATRIX | AGG_BASELINE_STATS);
  const chart = chartData(index, cross, by, family, rows);
  const layout = layoutChart(chart.groups, index.rows, factorScaleOf(chart.extent, 200, 1000), 4, false, chart.order);
  rowSummaries(chart.groups, index.factorMid);
  markLabels(layout, by, 1000);
  if (round === 0) warmRaster(layout.set);
}
