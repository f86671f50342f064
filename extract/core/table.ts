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
  if (cell === '') return [];
  const out: string[] = [];
  for (const part of cell.split(';')) {
    const v = part.trim();
    if (v) out.push(v);
  }
  return out;
}

function parseNumber(cell: string): number | null {
  if (cell === '') return null;
  const c = cell.charCodeAt(0);
  // Digits start most cells: skip the trim test (a number cell has no whitespace to trim to nothing).
  if (!(c >= 48 && c <= 57) && cell.trim() === '') return null;
  const n = Number(cell);
  return Number.isFinite(n) ? n : NaN;
}

const METRIC_SET: ReadonlySet<string> = new Set(METRICS);
const QUALIFIER_SET: ReadonlySet<string> = new Set(QUALIFIERS);
const TOPIC_SET: ReadonlySet<string> = new Set(TOPICS);

/** Column positions (CLAIM_COLUMNS order) in a header row; -1 when the column is absent. First occurrence wins. */
function columnIndex(fields: readonly string[]): number[] {
  return CLAIM_COLUMNS.map((k) => fields.indexOf(k));
}
const IDENTITY = CLAIM_COLUMNS.map((_, i) => i);
const [PAPER_ID, TITLE, TOPIC, METRIC, COMPARISON, DIRECTION, VALUE_LOW, VALUE_HIGH, UNIT, QUALIFIER, FACTOR_LOW, FACTOR_HIGH,
  BASELINE, HARDWARE, HARDWARE_COUNT, MODEL, SPAN, START, END, EVIDENCE] = IDENTITY;

/** The cell of spec column `k` (by CLAIM_COLUMNS position) in a record, formula escape undone; '' when absent. */
function cellOf(row: readonly (string | undefined)[], index: readonly number[], k: number): string {
  const j = index[k];
  const v = j < 0 ? undefined : row[j];
  // unescapeFormula, skipped for the common case of a cell that does not start with a quote.
  return v === undefined ? '' : v.charCodeAt(0) === 39 ? unescapeFormula(v) : v;
}

/**
 * One record (cells by position, `index` = where each spec column is) to a Claim, or the message of why not.
 * The one implementation behind recordToClaim and parseClaimsCsv: no per-row objects besides the claim.
 */
function cellsToClaim(row: readonly (string | undefined)[], index: readonly number[]): Claim | string {
  const metricCell = cellOf(row, index, METRIC);
  if (!METRIC_SET.has(metricCell)) return `unknown metric "${metricCell}"`;
  const qualifierCell = cellOf(row, index, QUALIFIER);
  const topicCell = cellOf(row, index, TOPIC);
  const lowCell = cellOf(row, index, VALUE_LOW);
  const highCell = cellOf(row, index, VALUE_HIGH);
  const low = parseNumber(lowCell);
  const high = parseNumber(highCell) ?? low;
  if (low === null || Number.isNaN(low) || high === null || Number.isNaN(high)) {
    return `value_low/value_high is not a number ("${lowCell}", "${highCell}")`;
  }
  const factorLow = parseNumber(cellOf(row, index, FACTOR_LOW));
  const factorHigh = parseNumber(cellOf(row, index, FACTOR_HIGH));
  const hardwareCount = parseNumber(cellOf(row, index, HARDWARE_COUNT));
  const start = parseNumber(cellOf(row, index, START));
  const end = parseNumber(cellOf(row, index, END));
  if (Number.isNaN(factorLow) || Number.isNaN(factorHigh) || Number.isNaN(hardwareCount) || Number.isNaN(start) || Number.isNaN(end)) {
    return 'factor, hardware_count, start or end is not a number';
  }
  return {
    paper_id: cellOf(row, index, PAPER_ID), title: cellOf(row, index, TITLE),
    topic: TOPIC_SET.has(topicCell) ? (topicCell as Topic) : 'Other', metric: metricCell as Metric,
    comparison: cellOf(row, index, COMPARISON) === 'absolute' ? 'absolute' : 'relative',
    direction: cellOf(row, index, DIRECTION) === 'decrease' ? 'decrease' : 'increase',
    value_low: low, value_high: high, unit: cellOf(row, index, UNIT),
    qualifier: QUALIFIER_SET.has(qualifierCell) ? (qualifierCell as Qualifier) : 'exact',
    factor_low: factorLow, factor_high: factorHigh ?? factorLow,
    baseline: parseList(cellOf(row, index, BASELINE)), hardware: parseList(cellOf(row, index, HARDWARE)),
    hardware_count: hardwareCount, model: cellOf(row, index, MODEL), span: cellOf(row, index, SPAN),
    start: start ?? 0, end: end ?? 0, evidence: cellOf(row, index, EVIDENCE),
  };
}

/**
 * Reads one claims.csv record back into a Claim. Returns a message instead when a field is unusable,
 * so a loader can report the line and keep the rest.
 */
export function recordToClaim(raw: Record<string, string | undefined>): Claim | string {
  return cellsToClaim(CLAIM_COLUMNS.map((k) => raw[k]), IDENTITY);
}

/** A record whose cells are all whitespace (papaparse's skipEmptyLines: 'greedy' test, without the join). */
function isBlank(row: readonly string[]): boolean {
  for (const cell of row) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

/** Columns a claims CSV must have to be loaded; the rest default. */
export const REQUIRED_CLAIM_COLUMNS: readonly ClaimColumn[] = ['title', 'metric', 'value_low', 'unit'];

/**
 * Parses claims.csv text. Throws (one line) when it is not a claims table at all: no header or
 * required columns missing. Bad records are skipped and reported with their line.
 */
export function parseClaimsCsv(text: string): ParsedClaims {
  // Rows as arrays, mapped by column position: much cheaper than papaparse's header mode (an object per record).
  // Blank records are skipped here, as skipEmptyLines: 'greedy' would (which joins every row's cells to test it).
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false }).data;
  let first = 0;
  while (first < rows.length && isBlank(rows[first])) first++;
  const fields = first < rows.length ? rows[first] : [];
  const missing = REQUIRED_CLAIM_COLUMNS.filter((c) => !fields.includes(c));
  if (missing.length > 0) {
    throw new Error(`not a claims table: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  }
  const index = columnIndex(fields);
  const claims: Claim[] = [];
  const issues: TableIssue[] = [];
  let record = 0;
  for (let i = first + 1; i < rows.length; i++) {
    if (isBlank(rows[i])) continue;
    const claim = cellsToClaim(rows[i], index);
    // +2: the header is line 1 and records count from 0 (exact for records without quoted newlines).
    if (typeof claim === 'string') issues.push({ line: record + 2, message: claim });
    else claims.push(claim);
    record++;
  }
  return { claims, issues };
}
