/**
 * One part of a claims CSV read as a stream into columns (claimColumns.ts): the file is cut into as many parts as
 * there are workers, at record boundaries (a newline outside quotes), and each worker reads its part in pieces of a
 * few megabytes (the file is never one string). A file written as csv.ts writes (nearly every one) is read from its
 * bytes: CsvScanner finds the records' fields and csvColumns.ts appends them to the columns, without a string or
 * object per row. Otherwise, or from where the scanner declines, papaparse parses each piece's records and table.ts
 * reads each as parseClaimsCsv does (the columns are the same either way). The page is told how far the part is.
 *
 * Where part k starts is found without parsing what comes before: from the bytes at the cut (recordAfter), or, for a
 * file papaparse reads, from the quotes counted up to the cut (a quote toggles "inside quotes"; an escaped quote is
 * two). Part k ends at the first record boundary at or after part k + 1's cut, as its own reading finds it; the page
 * checks that the parts meet (a malformed file, or a start guessed inside a quoted cell, may make them differ: the
 * file is then read as one part).
 */
import Papa from 'papaparse';
import { CsvScanner, Scan } from '../../extract/core/csvScan.ts';
import { claimRecordReader, isBlank, startsLikeFormula, type TableIssue } from '../../extract/core/table.ts';
import type { ClaimColumns } from './claimColumns.ts';
import { ColumnsBuilder } from './columnsBuilder.ts';
import { CsvColumnsReader } from './csvColumns.ts';

const QUOTE = 0x22;
const NEWLINE = 0x0a;
/** Bytes read and parsed at a time. */
const PIECE = 4 * 1024 * 1024;

export interface CsvPart {
  columns: ClaimColumns;
  /** Lines are counted from this part's first record (the page adds the records of the parts before). */
  issues: TableIssue[];
  /** Non-blank records read (claims and skipped ones). */
  records: number;
  /** Some text cell starts like a formula: the table is exact, not spreadsheet-safe (table.ts readsAsSpreadsheetSafe). */
  formulaSeen: boolean;
  /** The byte range read. */
  start: number;
  end: number;
  /** How it was read: from the bytes (CsvScanner), or by papaparse (a file not written as csv.ts writes). */
  reader: 'scan' | 'papaparse';
}

const bytesOf = async (file: Blob, from: number, to: number) => new Uint8Array(await file.slice(from, to).arrayBuffer());

/** Quotes in bytes [from, to) of the file, counted a piece at a time. */
async function quotesBefore(file: Blob, from: number, to: number): Promise<number> {
  let count = 0;
  for (let at = from; at < to; at += PIECE) {
    const bytes = await bytesOf(file, at, Math.min(to, at + PIECE));
    for (let i = bytes.indexOf(QUOTE); i >= 0; i = bytes.indexOf(QUOTE, i + 1)) count++;
  }
  return count;
}

/**
 * The first record boundary (the byte after a newline outside quotes) at or after `from` in `bytes`, scanning from
 * position `at`, which is inside quotes when `inQuote`; -1 when there is none in `bytes`.
 */
function boundaryAfter(bytes: Uint8Array, at: number, inQuote: boolean, from: number): number {
  let quote = bytes.indexOf(QUOTE, at);
  for (;;) {
    if (inQuote) {
      if (quote < 0) return -1;
      at = quote + 1;
      inQuote = false;
      quote = bytes.indexOf(QUOTE, at);
      continue;
    }
    const nl = bytes.indexOf(NEWLINE, Math.max(at, from - 1));
    if (nl < 0) return -1;
    if (quote >= 0 && quote < nl) {
      at = quote + 1;
      inQuote = true;
      quote = bytes.indexOf(QUOTE, at);
      continue;
    }
    return nl + 1;
  }
}

/** The last record boundary in `bytes` (scanned from 0, a boundary), or 0. */
function lastBoundary(bytes: Uint8Array): number {
  let last = 0;
  for (let b = boundaryAfter(bytes, 0, false, 0); b > 0; b = boundaryAfter(bytes, b, false, b)) last = b;
  return last;
}

const decoder = new TextDecoder();

/**
 * The header's fields and the byte after it (a BOM and blank lines before it skipped), and how it is written: its
 * delimiter as papaparse guessed it, and whether it ends with CRLF (the records are read the same way).
 */
async function header(file: Blob): Promise<{ fields: string[]; end: number; comma: boolean; crlf: boolean; delimiter: string }> {
  for (let size = 64 * 1024; ; size *= 4) {
    const bytes = await bytesOf(file, 0, size);
    if (bytes.includes(0)) throw new Error('not a CSV file (binary content)');
    let from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    for (;;) {
      const end = boundaryAfter(bytes, from, false, from);
      const text = decoder.decode(bytes.subarray(from, end < 0 ? bytes.length : end));
      const parsed = Papa.parse<string[]>(text, { header: false });
      const row = parsed.data[0] ?? [];
      const { delimiter } = parsed.meta;
      const comma = delimiter === ',';
      const crlf = end >= 2 && bytes[end - 2] === 0x0d;
      if (end < 0 && bytes.length === file.size) return { fields: row, end: file.size, comma, crlf, delimiter };
      if (end < 0) break;
      if (!isBlank(row)) return { fields: row, end, comma, crlf, delimiter };
      from = end;
    }
    if (bytes.length >= file.size) return { fields: [], end: file.size, comma: false, crlf: false, delimiter: ',' };
  }
}

/**
 * The first line start at or after `cut` from which two records scan (or one, then the file's end), blank lines
 * too; -1 when none does in the next few megabytes. Without reading what comes before: the quotes of half a
 * file counted cost a worker a read of ~200 MB before it could start. A line start inside a quoted cell nearly
 * always meets a lone quote (declined); if one scanned cleanly all the same, the part before, read from a true
 * start, would end elsewhere, and the page, seeing the parts not meet, reads the file as one part (csvLoad.ts).
 */
async function recordAfter(file: Blob, cut: number, width: number, crlf: boolean): Promise<number> {
  const from = cut - 1;
  const bytes = await bytesOf(file, from, Math.min(file.size, from + PIECE));
  const final = from + bytes.length >= file.size;
  const s = new CsvScanner(width, crlf);
  s.reset(bytes);
  for (let lf = bytes.indexOf(NEWLINE); lf >= 0; lf = bytes.indexOf(NEWLINE, lf + 1)) {
    if (lf + 1 >= bytes.length) return final ? file.size : -1;
    if (s.scan(lf + 1, final) !== Scan.Record) continue;
    const second = s.scan(s.next, final);
    if (second === Scan.End || second === Scan.Record) return from + lf + 1;
  }
  return -1;
}

/**
 * Reads part `part` of `parts` of a claims CSV; `onProgress` gets the bytes of the part read so far (the parts' add up
 * to the file's). `scan: false` reads it with papaparse alone (the reference the tests hold the scanner to).
 */
export async function readCsvPart(
  file: Blob, part: number, parts: number, onProgress: (bytes: number) => void = () => {}, { scan = true } = {},
): Promise<CsvPart> {
  const head = await header(file);
  const { textColumns, read } = claimRecordReader(head.fields);
  const cut = (k: number) => (k <= 0 ? head.end : k >= parts ? file.size : Math.max(head.end, Math.floor((file.size * k) / parts)));
  const scanned = scan && head.comma && head.fields.length > 1;
  let start = part === 0 ? head.end : scanned ? await recordAfter(file, cut(part), head.fields.length, head.crlf) : -1;
  if (part > 0 && start < 0) {
    // Where the first record boundary at or after the cut is, from the quotes before it.
    let pos = cut(part) - 1;
    let inQuote = (await quotesBefore(file, head.end, pos)) % 2 === 1;
    for (start = file.size; pos < file.size; pos += PIECE) {
      const bytes = await bytesOf(file, pos, Math.min(file.size, pos + PIECE));
      const b = boundaryAfter(bytes, 0, inQuote, 1);
      if (b >= 0) { start = pos + b; break; }
      for (let i = bytes.indexOf(QUOTE); i >= 0; i = bytes.indexOf(QUOTE, i + 1)) inQuote = !inQuote;
    }
  }
  const stop = cut(part + 1);
  // Read straight from the bytes when the file is written as csv.ts writes (nearly always); else, or when the
  // scanner meets something papaparse might read otherwise, with papaparse: the same columns either way.
  const fast = scanned
    ? await readScanned(file, head.fields, head.crlf, part, parts, start, stop, onProgress)
    : null;
  return fast ?? readParsed(file, textColumns, read, head.delimiter, part, start, stop, onProgress);
}

/** Records of bytes [start, …) of the file up to the first that starts at or after `stop`, by CsvScanner; null: declined. */
async function readScanned(
  file: Blob, fields: string[], crlf: boolean, part: number, parts: number, start: number, stop: number,
  onProgress: (bytes: number) => void,
): Promise<CsvPart | null> {
  const scanner = new CsvScanner(fields.length, crlf);
  const reader = new CsvColumnsReader(fields, Math.max(0, Math.min(file.size, stop + PIECE) - start));
  let at = start;
  let carry = new Uint8Array(0);
  for (;;) {
    const fresh = at < file.size ? await bytesOf(file, at, Math.min(file.size, at + PIECE)) : new Uint8Array(0);
    const bytes = carry.length ? concat(carry, fresh) : fresh;
    const base = at - carry.length;
    at += fresh.length;
    const atEnd = at >= file.size;
    scanner.reset(bytes);
    let pos = 0;
    let ended = false;
    for (;;) {
      // As the papaparse reading cuts: at the first record boundary at or after `stop`, past the part's first record.
      if (base + pos >= stop && base + pos > start) { ended = true; break; }
      const r = scanner.scan(pos, atEnd);
      if (r === Scan.Incomplete) break;
      if (r === Scan.End) { ended = true; break; }
      if (r === Scan.Decline) return null;
      reader.add(bytes, scanner);
      pos = scanner.next;
    }
    if (bytes.subarray(0, pos).includes(0)) throw new Error('not a CSV file (binary content)');
    onProgress(base + pos - (part === 0 ? 0 : start)); // the first part's share includes the header
    if (ended) {
      const { records, issues, formulaSeen } = reader;
      return { columns: reader.finish(parts === 1), issues, records, formulaSeen, start, end: base + pos, reader: 'scan' };
    }
    carry = bytes.slice(pos);
  }
}

/**
 * The same, parsed by papaparse a piece at a time (pieces cut at record boundaries) and read by table.ts, with the
 * header's delimiter: a piece of records guessed on its own reads ";,;" as three cells. (The line end is still
 * guessed per piece: a file may mix CRLF and LF.)
 */
async function readParsed(
  file: Blob, textColumns: number[], read: ReturnType<typeof claimRecordReader>['read'], delimiter: string,
  part: number, start: number, stop: number,
  onProgress: (bytes: number) => void,
): Promise<CsvPart> {
  const builder = new ColumnsBuilder();
  const issues: TableIssue[] = [];
  let records = 0;
  let formulaSeen = false;
  let at = start;
  let carry = new Uint8Array(0);
  while (at < file.size || carry.length) {
    const fresh = at < file.size ? await bytesOf(file, at, Math.min(file.size, at + PIECE)) : new Uint8Array(0);
    const bytes = carry.length ? concat(carry, fresh) : fresh;
    const base = at - carry.length;
    at += fresh.length;
    const atEnd = at >= file.size;
    // This part ends at the first boundary at or after the next part's cut.
    const end = base + bytes.length >= stop ? boundaryAfter(bytes, 0, false, Math.max(0, stop - base)) : -1;
    const upTo = end >= 0 ? end : atEnd ? bytes.length : lastBoundary(bytes);
    if (bytes.subarray(0, upTo).includes(0)) throw new Error('not a CSV file (binary content)');
    for (const row of Papa.parse<string[]>(decoder.decode(bytes.subarray(0, upTo)), { header: false, delimiter }).data) {
      if (isBlank(row)) continue;
      if (!formulaSeen) {
        for (const j of textColumns) { const cell = row[j]; if (cell && startsLikeFormula(cell)) { formulaSeen = true; break; } }
      }
      const claim = read(row, false);
      // +2: the header is line 1 and records count from 0 (exact for records without quoted newlines).
      if (typeof claim === 'string') issues.push({ line: records + 2, message: claim });
      else builder.add(claim);
      records++;
    }
    onProgress(base + upTo - (part === 0 ? 0 : start)); // the first part's share includes the header
    if (end >= 0 || (atEnd && upTo === bytes.length)) {
      return { columns: builder.finish(), issues, records, formulaSeen, start, end: base + upTo, reader: 'papaparse' };
    }
    carry = bytes.slice(upTo);
  }
  return { columns: builder.finish(), issues, records, formulaSeen, start, end: file.size, reader: 'papaparse' };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
