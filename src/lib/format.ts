/**
 * How the dashboard writes numbers and names, in one place so every view says the same: one precision for
 * improvement factors (×4.35 in the table, the chart, the bars and the evidence), counted nouns ("1 claim",
 * "2 claims"), metric names and a paper's short name (paperLabel). Pure functions.
 */
import type { Claim } from '../../extract/core/types.ts';

/**
 * Digits grouped as in English ("1,204"), as n.toLocaleString('en') writes them. A filter change writes ~80 counts
 * and factors (the chart rows' labels); toLocaleString made a formatter per call (~20 µs) and a kept Intl formatter
 * still took ~1 ms a change in the page's profile at a million claims, so whole numbers (all the counts) are
 * grouped here, the rest (fractions, -0, huge) by the kept formatter.
 */
const EN = new Intl.NumberFormat('en');

/** "1,204": n with its digits grouped (n.toLocaleString('en')). */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return EN.format(n);
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let at = out.length; at < digits.length; at += 3) out += `,${digits.slice(at, at + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/** "1 claim", "1,204 claims"; `many` for irregular plurals. */
export function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${grouped(n)} ${n === 1 ? noun : many}`;
}

/**
 * A factor with three significant digits below 100 (4.35, 1.1, 20.9, 0.92) and whole above (1,458): the precision
 * a reader can compare at a glance; the CSV keeps the exact value.
 */
export function factorNumber(v: number): string {
  if (!Number.isFinite(v)) return '';
  if (Math.abs(v) >= 100) return grouped(Math.round(v));
  return String(Number(v.toPrecision(3)));
}

/** "×4.35", "×1.1–2"; '' for a claim without a factor. */
export function factorLabel(c: Pick<Claim, 'factor_low' | 'factor_high'>): string {
  if (c.factor_low === null) return '';
  const low = factorNumber(c.factor_low);
  const high = factorNumber(Math.max(c.factor_low, c.factor_high ?? c.factor_low));
  return high !== low ? `×${low}–${high}` : `×${low}`;
}

/** The factor with what qualifies it: "up to ×4", "at least ×1.73", "~×8", "×1.36 avg."; '' without a factor. */
export function qualifiedFactor(c: Pick<Claim, 'factor_low' | 'factor_high' | 'qualifier'>): string {
  const f = factorLabel(c);
  if (!f) return '';
  switch (c.qualifier) {
    case 'up_to': return `up to ${f}`;
    case 'at_least': return `at least ${f}`;
    case 'approx': return `~${f}`;
    case 'average': return `${f} avg.`;
    default: return f;
  }
}

/** "training time" for training_time. */
export function metricName(metric: string): string {
  return metric.replace(/_/g, ' ');
}

/**
 * A paper's short name: the system named before the title's first colon and space ("S-LoRA: Serving Thousands
 * of…" → "S-LoRA") when that is a name (at most 4 words, 32 characters); otherwise the whole title.
 */
export function shortTitle(title: string): string {
  const head = /^([^:]*):\s/.exec(title)?.[1].trim();
  return head && head.length <= 32 && head.split(/\s+/).length <= 4 ? head : title;
}

/**
 * The name a paper goes by on the dashboard: its system (the `system` column: "Sarathi-Serve" for "Taming
 * Throughput-Latency Tradeoff in LLM Inference with Sarathi-Serve") when the extractor found one, else the title's
 * short name (shortTitle), else the paper id. Files without the column give system ''.
 */
export function paperLabel(c: Pick<Claim, 'title' | 'system' | 'paper_id'>): string {
  return c.system?.trim() || shortTitle(c.title || c.paper_id);
}

/** At most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…` : text;
}
