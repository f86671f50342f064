/**
 * The text and summaries drawn over the claims chart's marks: each row's spread (median, middle half, range: what
 * carries a row of thousands of marks), and a label on each row's largest claim saying who claims it over what.
 * Pure functions over the chart's data and layout.
 */
import type { Claim } from '../../extract/core/types.ts';
import type { ChartLayout } from './chartLayout.ts';
import { clip, factorLabel, metricName, paperLabel } from './format.ts';
import type { GroupBy } from './grouping.ts';
import { MARK_REACH } from './markLook.ts';
import { readable } from './readableText.ts';

/** A row's factors (geometric middles) at a glance. */
export interface RowSummary {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Rows with fewer claims show their marks alone (a median of two is not worth a box). */
export const MIN_SUMMARY = 3;

/** The p-quantile of sorted values by linear interpolation (d3.quantileSorted's definition). */
function quantile(idx: Int32Array, value: Float64Array, p: number): number {
  const at = (idx.length - 1) * p;
  const lo = Math.floor(at);
  const a = value[idx[lo]];
  return lo + 1 < idx.length ? a + (value[idx[lo + 1]] - a) * (at - lo) : a;
}

/** Per row: its summary from its claims in factor order (`factorMid` by row index), or null below MIN_SUMMARY. */
export function rowSummaries(groups: readonly { idx: Int32Array }[], factorMid: Float64Array): (RowSummary | null)[] {
  return groups.map(({ idx }) => (idx.length < MIN_SUMMARY ? null : {
    n: idx.length, min: factorMid[idx[0]], q1: quantile(idx, factorMid, 0.25), median: quantile(idx, factorMid, 0.5),
    q3: quantile(idx, factorMid, 0.75), max: factorMid[idx[idx.length - 1]],
  }));
}

/**
 * "S-LoRA ×4 vs vLLM": the system (the paper's name, paperLabel), the factor, and the baseline when the row does not already
 * say it (and `vs` allows).
 */
export function labelText(c: Claim, by: GroupBy, vs = true): string {
  const system = clip(paperLabel(c), 26);
  const baseline = vs && c.baseline[0] ? clip(c.baseline[0], 24) : '';
  if (by === 'paper') return baseline ? `${factorLabel(c)} vs ${baseline}` : factorLabel(c);
  if (by === 'baseline' || !baseline) return `${system} ${factorLabel(c)}`;
  return `${system} ${factorLabel(c)} vs ${baseline}`;
}

export interface MarkLabel {
  /** The labelled mark (index into the layout's set). */
  k: number;
  x: number;
  y: number;
  text: string;
}

/** Average width of a character of the labels' 11 px font: enough to cut a label before it leaves the chart. */
const CHAR_W = 6.2;

/**
 * One label per row, on its largest claim (the last in factor order), set right of the row's rightmost mark so it
 * covers none of them; short of room, without its baseline, then cut; left out when under ~6 characters fit.
 */
export function markLabels<T extends Claim>(layout: ChartLayout<T>, by: GroupBy, right: number): MarkLabel[] {
  const { set } = layout;
  const out: MarkLabel[] = [];
  layout.rows.forEach((box) => {
    if (box.end === box.first) return;
    const x = box.right + MARK_REACH + 4;
    const room = Math.floor((right - x) / CHAR_W);
    if (room < 6) return;
    const k = box.end - 1;
    const c = set.rows[set.claim[k]]; // the row's last mark: its largest claim
    const full = labelText(c, by);
    out.push({ k, x, y: set.y[k], text: full.length <= room ? full : clip(labelText(c, by, false), room) });
  });
  return out;
}

/** The claim in one sentence (tooltips, the chart's announcement of the mark in focus). */
export function describeClaim(c: Claim): string {
  const vs = c.baseline.length ? ` vs ${c.baseline.join('; ')}` : '';
  const on = c.hardware.length ? ` on ${c.hardware.join('; ')}` : '';
  return `${paperLabel(c)}: ${readable(c.span)} (${factorLabel(c)} ${metricName(c.metric)}${vs}${on})`;
}
