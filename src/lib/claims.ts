/**
 * Claims as the dashboard holds them: a stable id per row, the shape of a claim's mark on the chart,
 * and small text helpers (arXiv links, evidence highlighting). Pure functions. Baselines' names: baselines.ts.
 */
import type { Claim } from '../../extract/core/types.ts';

/** A claim with the id the dashboard uses for selection and URL state. */
export type Row = Claim & { readonly id: string };

/** The ids withIds gives, without copying the claims. */
export function idsOf(claims: readonly Claim[]): string[] {
  const seen = new Map<string, number>();
  const ids: string[] = new Array(claims.length);
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    const base = `${c.paper_id}@${c.start}-${c.end}`;
    const n = seen.get(base);
    seen.set(base, (n ?? 0) + 1);
    ids[i] = n === undefined ? base : `${base}~${n}`;
  }
  return ids;
}

/**
 * `paper_id@start-end`, with `~n` appended when a paper holds two claims at the same offsets. The rows are new
 * objects with the claim's fields (written out: a literal with a fixed shape is much cheaper than a spread at 100k).
 */
export function withIds(claims: readonly Claim[]): Row[] {
  const ids = idsOf(claims);
  const rows: Row[] = new Array(claims.length);
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    rows[i] = {
      paper_id: c.paper_id, title: c.title, system: c.system, topic: c.topic, metric: c.metric, comparison: c.comparison,
      direction: c.direction, value_low: c.value_low, value_high: c.value_high, unit: c.unit, qualifier: c.qualifier,
      factor_low: c.factor_low, factor_high: c.factor_high, baseline: c.baseline, hardware: c.hardware,
      hardware_count: c.hardware_count, model: c.model, span: c.span, start: c.start, end: c.end, evidence: c.evidence,
      id: ids[i],
    };
  }
  return rows;
}

/** True when the claim can be placed on the improvement-factor axis (spec §5). */
export function hasFactor(c: Pick<Claim, 'factor_low'>): boolean {
  return c.factor_low !== null && Number.isFinite(c.factor_low) && c.factor_low > 0;
}

export type MarkKind = 'dot' | 'range' | 'up_to' | 'at_least';

/** How a relative claim is drawn: a range is a bar, up to / at least are open / arrowed marks, else a dot. */
export function markKind(c: Claim): MarkKind {
  const low = c.factor_low ?? 0;
  const high = c.factor_high ?? low;
  if (high > low) return 'range';
  if (c.qualifier === 'up_to') return 'up_to';
  if (c.qualifier === 'at_least') return 'at_least';
  return 'dot';
}

const ARXIV_NEW = /^\d{4}\.\d{4,5}(v\d+)?$/;
const ARXIV_OLD = /^[a-z-]+(\.[A-Z]{2})?\/\d{7}(v\d+)?$/;

export function isArxivId(id: string): boolean {
  return ARXIV_NEW.test(id) || ARXIV_OLD.test(id);
}

/** The abstract page of an arXiv id; null for anything else (never build a link from other input). */
export function arxivUrl(id: string): string | null {
  return isArxivId(id) ? `https://arxiv.org/abs/${id}` : null;
}

export interface EvidenceParts {
  before: string;
  span: string;
  after: string;
}

/** Splits the evidence sentence around the claim's span (first occurrence); no span found → all in `before`. */
export function splitEvidence(evidence: string, span: string): EvidenceParts {
  const at = span ? evidence.indexOf(span) : -1;
  if (at < 0) return { before: evidence, span: '', after: '' };
  return { before: evidence.slice(0, at), span, after: evidence.slice(at + span.length) };
}

/** The claim's factor as one number (geometric mean of a range), for medians and sorting. */
export function factorMid(c: Pick<Claim, 'factor_low' | 'factor_high'>): number | null {
  if (!hasFactor(c)) return null;
  const high = c.factor_high ?? c.factor_low!;
  return Math.sqrt(c.factor_low! * high);
}
