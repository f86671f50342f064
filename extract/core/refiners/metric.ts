/**
 * attachMetric: what the number measures (spec §3), from the closest cue word: the unit itself (fps, FID),
 * then the words right after the number ("4.5x faster", "8x parameter savings"), then the clause before it
 * ("improve the throughput by"), then the rest of the clause. "Faster"/"speedup" is speed unless the same
 * phrase names throughput or latency. A number joined by "and" to the previous one shares its metric
 * when it has no cue of its own; with no cue at all, a multiplier takes the performance indicator the
 * abstract names (throughput or latency), else speed.
 */
import type { Candidate, SentenceContext } from '../candidate.ts';
import type { Metric } from '../types.ts';
import { METRIC_CUE_PATTERN, METRIC_NAMES, METRIC_IGNORE, DECREASE_WORDS, occurs } from '../lexicon/index.ts';
import { before, after, firstWords, ownBefore, ownAfter } from './clauses.ts';
import { isCoordinated } from './coordination.ts';

/** Words after which the phrase following a number is about something else ("2x faster without accuracy loss"). */
const RIGHT_WINDOW_END = /\b(?:without|with|while|whilst|compared|than|over|versus|vs|across|using|when|which|that|at)\b/i;

interface Hit { metric: Metric; index: number }

/** Metric cues in a text, by position, skipping phrases that name a constraint ("latency SLOs"). */
export function metricHits(text: string): Hit[] {
  const masked = text.replace(METRIC_IGNORE, (m) => ' '.repeat(m.length));
  const hits: Hit[] = [];
  for (const m of masked.matchAll(METRIC_CUE_PATTERN)) {
    hits.push({ metric: METRIC_NAMES[m.findIndex((g, i) => i > 0 && g !== undefined) - 1], index: m.index });
  }
  return hits;
}

function preferNamed(hits: Hit[]): Metric | undefined {
  const named = hits.find((h) => h.metric === 'throughput' || h.metric === 'latency');
  return named?.metric ?? hits[0]?.metric;
}

function cueMetric(ctx: SentenceContext, c: Candidate): Metric | undefined {
  if (c.unitMetric === 'training_time' || c.unitMetric === 'latency') {
    const clause = before(ctx, c) + ' ' + after(ctx, c);
    return metricHits(clause).some((h) => h.metric === 'latency') ? 'latency' : c.unitMetric;
  }
  if (c.unitMetric) return c.unitMetric;
  const right = metricHits(firstWords(after(ctx, c, true), 5).split(RIGHT_WINDOW_END)[0]);
  if (right.length > 0) return preferNamed(right);
  const left = metricHits(before(ctx, c, true));
  if (left.length > 0) return left[left.length - 1].metric;
  const wideLeft = metricHits(ownBefore(ctx, c));
  if (wideLeft.length > 0) return wideLeft[wideLeft.length - 1].metric;
  const wideRight = metricHits(ownAfter(ctx, c));
  return wideRight[0]?.metric;
}

/** The performance indicator an abstract names, for "outperforms X by 2x" with no cue of its own. */
let lastIndicator: { abstract: string; metric: Metric | undefined } | undefined;

function abstractIndicator(abstract: string): Metric | undefined {
  if (lastIndicator?.abstract !== abstract) lastIndicator = { abstract, metric: countIndicator(abstract) };
  return lastIndicator.metric;
}

function countIndicator(abstract: string): Metric | undefined {
  const counts = { throughput: 0, latency: 0 };
  for (const h of metricHits(abstract)) if (h.metric === 'throughput' || h.metric === 'latency') counts[h.metric]++;
  if (counts.throughput === 0 && counts.latency === 0) return undefined;
  return counts.throughput >= counts.latency ? 'throughput' : 'latency';
}

function defaultMetric(ctx: SentenceContext, c: Candidate): Metric {
  if (occurs(DECREASE_WORDS, before(ctx, c, true))) return 'other';
  if (c.kind === 'multiplier') return abstractIndicator(ctx.abstract) ?? 'speed';
  return c.kind === 'absolute' ? 'other' : 'accuracy';
}

export function attachMetric(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  for (const c of ctx.candidates) {
    const prev = out[out.length - 1];
    const own = cueMetric(ctx, c);
    const metric = own ?? (prev && isCoordinated(ctx, prev, c) ? prev.metric : undefined) ?? defaultMetric(ctx, c);
    out.push({ ...c, metric });
  }
  return out;
}
