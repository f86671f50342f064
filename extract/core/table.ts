/**
 * Claims and papers as CSV tables: one writer and one reader, shared by the CLI, the eval and the dashboard.
 * papaparse is isomorphic, so this module stays browser-safe.
 */
import Papa from 'papaparse';
import {
  CLAIM_COLUMNS, METRICS, PAPER_COLUMNS, QUALIFIERS, TOPICS,
  type Claim, type ClaimColumn, type Metric, type PaperRow, type Qualifier, type Topic,
} from './types.ts';

/** Separator of list cells (baseline, hardware, hardware_mentioned). */
export const LIST_SEPARATOR = '; ';

/**
 * Cells a spreadsheet would run as a formula get a leading `'` (OWASP CSV injection).
 * A cell that already starts with `'` before such a character is escaped too, so that
 * `unescapeFormula` undoes exactly what was added and export → import round-trips.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

type Cell = string | number;

function listCell(list: readonly string[]): string {
  return list.join(LIST_SEPARATOR);
}

function numberCell(n: number | null): Cell {
  return n === null ? '' : n;
}

export function claimToRecord(c: Claim): Record<ClaimColumn, Cell> {
  return {
    paper_id: c.paper_id, title: c.title, topic: c.topic, metric: c.metric, comparison: c.comparison,
    direction: c.direction, value_low: c.value_low, value_high: c.value_high, unit: c.unit,
    qualifier: c.qualifier, factor_low: numberCell(c.factor_low), factor_high: numberCell(c.factor_high),
    baseline: listCell(c.baseline), hardware: listCell(c.hardware), hardware_count: numberCell(c.hardware_count),
    model: c.model, span: c.span, start: c.start, end: c.end, evidence: c.evidence,
  };
}

function toCsv(columns: readonly string[], records: Record<string, Cell>[], header = true): string {
  return Papa.unparse(
    { fields: [...columns], data: records.map((r) => columns.map((k) => r[k])) },
    { escapeFormulae: FORMULA_START, header, newline: '\r\n' },
  );
}

/** claims.csv text: the spec's columns in spec order; header-only when there are no claims. */
export function claimsToCsv(claims: readonly Claim[], header = true): string {
  return toCsv(CLAIM_COLUMNS, claims.map(claimToRecord), header);
}

export function paperToRecord(p: PaperRow): Record<(typeof PAPER_COLUMNS)[number], Cell> {
  return {
    paper_id: p.paper_id, title: p.title, topic: p.topic,
    hardware_mentioned: listCell(p.hardware_mentioned), n_claims: p.n_claims, abstract: p.abstract,
  };
}

export function papersToCsv(papers: readonly PaperRow[], header = true): string {
  return toCsv(PAPER_COLUMNS, papers.map(paperToRecord), header);
}

/** A problem found while reading a claims CSV: the 1-based line of the record and what is wrong. */
export interface TableIssue {
  line: number;
  message: string;
}

export interface ParsedClaims {
  claims: Claim[];
  issues: TableIssue[];
}

function parseList(cell: string): string[] {
  return cell.split(';').map((s) => s.trim()).filter(Boolean);
}

function parseNumber(cell: string): number | null {
  if (cell.trim() === '') return null;
  const n = Number(cell);
  return Number.isFinite(n) ? n : NaN;
}

function oneOf<T extends string>(allowed: readonly T[], cell: string): T | undefined {
  return (allowed as readonly string[]).includes(cell) ? (cell as T) : undefined;
}

/**
 * Reads one claims.csv record back into a Claim. Returns a message instead when a field is unusable,
 * so a loader can report the line and keep the rest.
 */
export function recordToClaim(raw: Record<string, string | undefined>): Claim | string {
  const r = (k: ClaimColumn) => unescapeFormula(raw[k] ?? '');
  const metric = oneOf<Metric>(METRICS, r('metric'));
  if (!metric) return `unknown metric "${r('metric')}"`;
  const qualifier = oneOf<Qualifier>(QUALIFIERS, r('qualifier')) ?? 'exact';
  const comparison = r('comparison') === 'absolute' ? 'absolute' : 'relative';
  const direction = r('direction') === 'decrease' ? 'decrease' : 'increase';
  const low = parseNumber(r('value_low'));
  const high = parseNumber(r('value_high')) ?? low;
  if (low === null || Number.isNaN(low) || high === null || Number.isNaN(high)) {
    return `value_low/value_high is not a number ("${r('value_low')}", "${r('value_high')}")`;
  }
  const numbers = (['factor_low', 'factor_high', 'hardware_count', 'start', 'end'] as const).map((k) => parseNumber(r(k)));
  if (numbers.some((n) => Number.isNaN(n))) return 'factor, hardware_count, start or end is not a number';
  const [factorLow, factorHigh, hardwareCount, start, end] = numbers;
  return {
    paper_id: r('paper_id'), title: r('title'), topic: oneOf<Topic>(TOPICS, r('topic')) ?? 'Other',
    metric, comparison, direction, value_low: low, value_high: high, unit: r('unit'), qualifier,
    factor_low: factorLow, factor_high: factorHigh ?? factorLow,
    baseline: parseList(r('baseline')), hardware: parseList(r('hardware')), hardware_count: hardwareCount,
    model: r('model'), span: r('span'), start: start ?? 0, end: end ?? 0, evidence: r('evidence'),
  };
}

/** Columns a claims CSV must have to be loaded; the rest default. */
export const REQUIRED_CLAIM_COLUMNS: readonly ClaimColumn[] = ['title', 'metric', 'value_low', 'unit'];

/**
 * Parses claims.csv text. Throws (one line) when it is not a claims table at all: no header or
 * required columns missing. Bad records are skipped and reported with their line.
 */
export function parseClaimsCsv(text: string): ParsedClaims {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true, skipEmptyLines: 'greedy',
  });
  const fields = parsed.meta.fields ?? [];
  const missing = REQUIRED_CLAIM_COLUMNS.filter((c) => !fields.includes(c));
  if (missing.length > 0) {
    throw new Error(`not a claims table: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  }
  const claims: Claim[] = [];
  const issues: TableIssue[] = [];
  parsed.data.forEach((record, i) => {
    const claim = recordToClaim(record);
    // +2: the header is line 1 and records count from 0 (exact for records without quoted newlines).
    if (typeof claim === 'string') issues.push({ line: i + 2, message: claim });
    else claims.push(claim);
  });
  return { claims, issues };
}
