/**
 * Extraction of one block of input into encoded rows, shared by the in-process path and the worker threads so both
 * give identical output: the lines are parsed here (parseBlock), the papers extracted, and the rows serialised
 * (CSV text, or Parquet cells by column), so a worker hands back two strings or two sets of columns and the main
 * thread only writes them. One paper's extractor failure is reported, not fatal to the run.
 */
import { extractPaper, paperId, type ExtractOptions } from '../core/extract.ts';
import { threadId } from 'node:worker_threads';
import type { Candidate } from '../core/candidate.ts';
import { recordsToColumns, TABLE_COLUMNS, type ParquetCell } from '../core/parquet.ts';
import { claimToRecord, paperToRecord, rowsToCsv } from '../core/table.ts';
import type { Claim, PaperResult } from '../core/types.ts';
import { parseBlock, type Block } from './blocks.ts';
import type { FilteredRecord, ReadIssue } from './readers.ts';
import { tallyComparisons, type ComparisonTally } from './summary.ts';

export type TableFormat = 'csv' | 'parquet';

/**
 * A block's rows of one table: CSV rows without header, each ending in CRLF ('' when none), as text or as its UTF-8
 * bytes (from a worker: moved to the main thread, not copied, and written there as they are), or Parquet columns.
 */
export type EncodedRows = { csv: string } | { csvBytes: Uint8Array } | { columns: ParquetCell[][] };

/**
 * What the main thread needs of the block's papers, by index among them: where each was and the id it asks for
 * (assigned in input order there). Arrays, not an object per paper: a worker's output is copied to the main thread,
 * and per paper five keys and the file name were serialised and read back there (~1 µs a paper on that thread).
 */
export interface BlockPapers {
  /** The file the block was read from (a block never spans two inputs). */
  file: string;
  lines: number[];
  ids: string[];
  /** Only with `debug` (the debug notes name the paper); empty otherwise. */
  titles: string[];
}

/** A record that is not a paper, and how many of the block's papers came before it (for input order). */
export interface BlockNote { before: number; record: ReadIssue | FilteredRecord }

export interface BlockOutput {
  papersRead: BlockPapers;
  /** The block's other records in input order. */
  notes: BlockNote[];
  claimRows: EncodedRows;
  /** Null when no papers table is written. */
  paperRows: EncodedRows | null;
  claims: number;
  papers: number;
  /** Papers whose extraction threw, by index among the block's papers; they are left out of both tables. */
  failures: { index: number; error: string }[];
  /** With `debug`: per paper (failures excluded), what was found, e.g. `2 claims: "up to 4x" speed 4 x; …`. */
  found: { index: number; text: string }[];
  /** The thread that extracted the block (worker_threads threadId; 0 is the main thread). */
  threadId: number;
  /** With `summary`: the block's baselines and systems by canonical name (--summary). */
  tally?: ComparisonTally;
}

export interface BlockOptions {
  /** Collect what was found per paper (`found`). */
  debug: boolean;
  /** Write CSV rows spreadsheet-safe (formula cells escaped) instead of exact; Parquet is always exact. */
  spreadsheetSafe: boolean;
  claimsFormat: TableFormat;
  /** Null: no papers table. */
  papersFormat: TableFormat | null;
  /** Tally the block's baselines and systems (`tally`). */
  summary?: boolean;
}

/**
 * Parses and extracts a block. `renames` (index among the block's papers → id) gives papers the ids the main thread
 * assigned when theirs was taken (a rare redo in-process; the output is otherwise what the first pass gave).
 */
export function extractBlock(block: Block, options: BlockOptions, renames?: ReadonlyMap<number, string>): BlockOutput {
  const { debug } = options;
  const papersRead: BlockPapers = { file: block.kind === 'jsonl' ? block.file : '', lines: [], ids: [], titles: [] };
  const notes: BlockNote[] = [];
  const results: PaperResult[] = [];
  const out: BlockOutput = { papersRead, notes, claimRows: { csv: '' }, paperRows: null, claims: 0, papers: 0, failures: [], found: [], threadId };
  let index = 0;
  for (const event of parseBlock(block)) {
    if (event.kind !== 'paper') {
      notes.push({ before: index, record: event });
      continue;
    }
    const renamed = renames?.get(index);
    const paper = renamed === undefined ? event.paper : { ...event.paper, id: renamed };
    papersRead.file = event.file;
    papersRead.lines.push(event.line);
    papersRead.ids.push(paperId(event.paper));
    if (debug) papersRead.titles.push(event.paper.title);
    try {
      const steps: string[] = [];
      const result = extractPaper(paper, debug ? { trace: traceInto(steps) } : {});
      results.push(result);
      if (debug) out.found.push({ index, text: [describeClaims(result.claims), ...steps].join('\n') });
    } catch (err) {
      out.failures.push({ index, error: err instanceof Error ? err.message : String(err) });
    }
    index++;
  }
  const claims = results.flatMap((r) => r.claims);
  out.claimRows = encodeRows(TABLE_COLUMNS.claims, claims.map(claimToRecord), options.claimsFormat, options.spreadsheetSafe);
  if (options.papersFormat) {
    out.paperRows = encodeRows(
      TABLE_COLUMNS.papers, results.map((r) => paperToRecord(r.paper)), options.papersFormat, options.spreadsheetSafe,
    );
  }
  out.claims = claims.length;
  out.papers = results.length;
  if (options.summary) out.tally = tallyComparisons(claims);
  return out;
}

function encodeRows(
  columns: readonly string[], records: Record<string, string | number>[], format: TableFormat, spreadsheetSafe: boolean,
): EncodedRows {
  if (format === 'parquet') return { columns: recordsToColumns(columns, records) };
  if (records.length === 0) return { csv: '' };
  // header=false rows come without a final newline; the header written first ends with one.
  return { csv: rowsToCsv(columns, records.map((r) => columns.map((c) => r[c])), { header: false, spreadsheetSafe }) + '\r\n' };
}

function describeClaims(claims: readonly Claim[]): string {
  const found = claims.map((c) => `"${c.span}" ${c.metric} ${c.value_low}${c.value_high !== c.value_low ? `–${c.value_high}` : ''} ${c.unit}`);
  return `${claims.length} claim${claims.length === 1 ? '' : 's'}${found.length ? ': ' + found.join('; ') : ''}`;
}

function describeCandidate(c: Candidate, abstract: string): string {
  const fields = [c.qualifier, c.comparison, c.metric, c.direction].filter(Boolean).join(' ');
  const context = [c.baseline.length ? `vs ${c.baseline.join(' & ')}` : '', c.hardware.length ? `on ${c.hardware.join(' & ')}` : '', c.model ? `model ${c.model}` : '']
    .filter(Boolean).join(', ');
  return `"${abstract.slice(c.start, c.end)}" ${c.valueLow}${c.valueHigh !== c.valueLow ? `–${c.valueHigh}` : ''} ${c.unit}${fields ? ` ${fields}` : ''}${context ? ` (${context})` : ''}`;
}

/** Per sentence: what the finders saw, then each refiner that changed something (`--debug`). */
function traceInto(lines: string[]): NonNullable<ExtractOptions['trace']> {
  let last = '';
  return (step, { abstract, sentence, candidates }) => {
    if (step === 'finders') {
      lines.push(`  sentence ${sentence.start}-${sentence.end}: ${JSON.stringify(sentence.text.trim().slice(0, 100))}${sentence.text.length > 100 ? '…' : ''}`);
      last = '';
    }
    const now = candidates.map((c) => describeCandidate(c, abstract)).join('; ') || '(none)';
    if (now !== last) lines.push(`    ${step}: ${now}`);
    last = now;
  };
}
