/**
 * Pure parsers for the three input formats (listing page text, JSONL, CSV), shared by the Node readers
 * and the dashboard's paste panel. No node: imports. Abstracts are kept exactly as read (offsets refer to them).
 */
import Papa from 'papaparse';
import { JSON_NUMBER, topLevelMemberText } from './json-member-text.ts';
import type { PaperInput } from './types.ts';

export type InputFormat = 'txt' | 'jsonl' | 'csv';

/** A record that could not be read as a paper: the 1-based line and why. `paper` is set when it had a title. */
export interface InputIssue {
  line: number;
  message: string;
  paper?: PaperInput;
}

export interface ParsedInput {
  papers: PaperInput[];
  /** 1-based line of each paper, parallel to `papers`. */
  lines: number[];
  issues: InputIssue[];
}

/** Lines of prose have many words; titles and page chrome ("Subscribe", "Mar 14") have few. */
const ABSTRACT_MIN_WORDS = 20;

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/**
 * A listing page as copied from a trending-papers site: page chrome, then per paper a title line followed
 * by its abstract as the next non-blank line. A title is the short line right before a line of prose.
 */
export function parseListingPage(text: string): ParsedInput {
  const out: ParsedInput = { papers: [], lines: [], issues: [] };
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  let title: { text: string; line: number } | null = null;
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    if (wordCount(raw) >= ABSTRACT_MIN_WORDS && title) {
      out.papers.push({ title: title.text, abstract: raw });
      out.lines.push(title.line);
      title = null;
    } else {
      title = { text: raw.trim(), line: i + 1 };
    }
  });
  return out;
}

function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/**
 * A numeric id as written in its line: JSON.parse reads `2406.10010` as 2406.1001, which is another paper.
 * `note` is set when the id may not be the one meant: its text could not be read back (then the parsed number
 * is all there is), or it is an arXiv-style id short of its month's digits (a tool dropped trailing zeros before).
 */
export function numericIdText(line: string, parsed: number): { id: string; note?: string } {
  const written = topLevelMemberText(line, 'id');
  if (written === undefined || !JSON_NUMBER.test(written)) {
    return { id: String(parsed), note: `numeric id could not be read as written; written as ${parsed}, which may have lost digits (quote ids in JSON: "id": "2406.10010")` };
  }
  const arxiv = /^(\d{2})(0[1-9]|1[0-2])\.(\d+)$/.exec(written);
  // arXiv numbers have 4 digits after the point from 0704 to 1412 and 5 since 1501.
  const digits = arxiv ? (Number(arxiv[1] + arxiv[2]) >= 1501 ? 5 : Number(arxiv[1] + arxiv[2]) >= 704 ? 4 : 0) : 0;
  if (arxiv && arxiv[3].length < digits) {
    const padded = `${arxiv[1]}${arxiv[2]}.${arxiv[3].padEnd(digits, '0')}`;
    return { id: written, note: `numeric id ${written} is short of an arXiv id's ${digits} digits (${padded}?): its trailing zeros were lost before this file was written; kept as written (quote ids in JSON)` };
  }
  return { id: written };
}

/**
 * One JSONL line → a paper, or an issue saying why not. Blank lines give neither. `note` is a warning about a
 * record that is still read (its id, see numericIdText).
 */
export function parseJsonlLine(line: string, lineNo: number): { paper?: PaperInput; issue?: InputIssue; note?: InputIssue } {
  const text = (lineNo === 1 ? line.replace(/^\uFEFF/, '') : line).replace(/\r$/, '');
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { issue: { line: lineNo, message: 'malformed JSON' } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    return { issue: { line: lineNo, message: `expected a JSON object, got ${kind}` } };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'number') return recordToPaper(record, lineNo);
  const { id, note } = numericIdText(text, record.id);
  return { ...recordToPaper({ ...record, id }, lineNo), ...(note ? { note: { line: lineNo, message: note } } : {}) };
}

/** An object with title and abstract (and optionally id) → a paper; other fields are ignored. */
export function recordToPaper(record: Record<string, unknown>, lineNo: number): { paper?: PaperInput; issue?: InputIssue } {
  const title = asText(record.title)?.trim() ?? '';
  // An abstract is text: a number or a list in its place is a malformed record, not an abstract.
  const abstract = typeof record.abstract === 'string' ? record.abstract : undefined;
  const id = asText(record.id)?.trim();
  const paper: PaperInput = { ...(id ? { id } : {}), title, abstract: abstract ?? '' };
  if (abstract === undefined || abstract.trim() === '') {
    return { issue: { line: lineNo, message: 'record without an abstract', ...(title ? { paper } : {}) } };
  }
  if (!title) return { issue: { line: lineNo, message: 'record without a title' } };
  return { paper };
}

export function parseJsonl(text: string): ParsedInput {
  const out: ParsedInput = { papers: [], lines: [], issues: [] };
  text.split('\n').forEach((line, i) => {
    const { paper, issue } = parseJsonlLine(line, i + 1);
    if (paper) { out.papers.push(paper); out.lines.push(i + 1); }
    if (issue) out.issues.push(issue);
  });
  return out;
}

/** CSV with `title` and `abstract` columns (any case, any order; `id` optional); delimiter auto-detected. */
export function parseCsv(text: string): ParsedInput {
  const out: ParsedInput = { papers: [], lines: [], issues: [] };
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  const missing = ['title', 'abstract'].filter((f) => !fields.includes(f));
  if (missing.length > 0) {
    throw new Error(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${fields.join(', ') || 'none'})`);
  }
  // Line of each record = 1 + newlines before its start; papaparse gives no cursor per row in header mode,
  // so count newlines inside each parsed row (quoted newlines included) as we go.
  let line = 2;
  for (const record of parsed.data) {
    const { paper, issue } = recordToPaper(record, line);
    if (paper) { out.papers.push(paper); out.lines.push(line); }
    if (issue) out.issues.push(issue);
    line += 1 + Object.values(record).reduce((n, v) => n + (typeof v === 'string' ? v.split('\n').length - 1 : 0), 0);
  }
  return out;
}

/** Guesses the format of pasted or dropped text: JSON lines, a CSV header with title/abstract, else a listing page. */
export function detectFormat(text: string): InputFormat {
  const first = text.replace(/^\uFEFF/, '').trimStart().split('\n', 1)[0] ?? '';
  if (first.startsWith('{')) return 'jsonl';
  if (/\btitle\b/i.test(first) && /\babstract\b/i.test(first) && /[,;\t]/.test(first)) return 'csv';
  return 'txt';
}

export function formatFromFileName(name: string): InputFormat | undefined {
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'txt') return 'txt';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'csv') return 'csv';
  return undefined;
}

/** Parses text in the given format, or the detected one. Throws only when a CSV lacks its columns. */
export function parseInputText(text: string, format?: InputFormat): ParsedInput {
  const f = format ?? detectFormat(text);
  if (f === 'jsonl') return parseJsonl(text);
  if (f === 'csv') return parseCsv(text);
  return parseListingPage(text);
}
