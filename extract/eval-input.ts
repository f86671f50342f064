/**
 * The eval's inputs: gold annotations (JSONL objects) and a run's papers.csv, read into what eval-core.ts scores.
 */
import { CLAIM_FIELD } from './core/fields.ts';
import { parsePapersCsv } from './core/table.ts';
import type { GoldClaim, GoldPaper, PredPaper } from './eval-core.ts';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The fields a gold claim carries, in the order they are read (and printed by `eval --json --verbose`). */
const GOLD_FIELDS = (['title', 'span', 'value_low', 'value_high', 'unit', 'comparison', 'direction', 'metric', 'qualifier',
  'baseline', 'hardware', 'hardware_count', 'model'] as const).map((name) => CLAIM_FIELD[name]);

/**
 * A gold JSONL object → GoldClaim, each field read by its type (fields.ts): text and lists defaulting to empty, a
 * number field that may be empty to null, one like another (value_high) to that one's value.
 */
export function toGoldClaim(o: Record<string, unknown>): GoldClaim {
  const g: Record<string, unknown> = {};
  for (const f of GOLD_FIELDS) {
    if (f.type === 'text') g[f.name] = text(o[f.name]);
    else if (f.type === 'list') g[f.name] = list(o[f.name]);
    else if (f.empty === null) g[f.name] = typeof o[f.name] === 'number' ? o[f.name] : null;
    else g[f.name] = Number(o[f.name] ?? (typeof f.empty === 'object' && f.empty !== null ? o[f.empty.like] : undefined));
  }
  return { ...(g as Omit<GoldClaim, 'optional'>), optional: o.optional === true };
}

export function toGoldPaper(o: Record<string, unknown>): GoldPaper {
  return { title: text(o.title), topic: text(o.topic), ...(typeof o.system === 'string' ? { system: o.system } : {}) };
}

/** title, topic and system of each row of a predicted papers.csv; a table without a system column predicts ''. */
export function parsePredPapers(csv: string): PredPaper[] {
  const { fields, records } = parsePapersCsv(csv);
  if (!fields.includes('title') || !fields.includes('topic')) throw new Error('not a papers table: needs title and topic columns');
  return records.map((r) => ({ title: r.title, topic: r.topic, system: r.system ?? '' }));
}
