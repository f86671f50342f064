/**
 * Input readers (Node only): files or stdin in the three formats → one ordered stream of events, shared by
 * the CLI and the eval-floors test. JSONL is streamed line by line (memory stays flat for any size);
 * listing pages and CSV are read whole, as the core parsers need the whole text.
 */
import { createReadStream, fstatSync } from 'node:fs';
import { open } from 'node:fs/promises';
import {
  formatFromFileName, parseCsv, parseJsonlLine, parseListingPage,
  type InputFormat, type InputIssue, type ParsedInput,
} from '../core/inputs.ts';
import type { PaperInput } from '../core/types.ts';
import { BINARY_SNIFF_BYTES, decodeText, looksBinary, type Encoding } from './decode.ts';
import { fileErrorReason } from './errors.ts';
import { readLines } from './lines.ts';

export const FORMATS: readonly InputFormat[] = ['txt', 'jsonl', 'csv'];
export const STDIN_PATH = '-';
/** How stdin is named in messages. */
export const STDIN_NAME = '<stdin>';

export interface InputSource {
  /** A file path, or `-` for stdin. */
  path: string;
  format: InputFormat;
}

/** A paper read from `file`, starting at 1-based `line`. */
export interface PaperRecord { kind: 'paper'; paper: PaperInput; file: string; line: number }

/**
 * A problem with the input. `skipped` names why a record was skipped (for the summary) and is null for
 * mere notes (encoding); `fatal` issues end the whole input (unreadable, binary, not a papers CSV).
 */
export interface ReadIssue {
  kind: 'issue'; file: string; line: number | null; message: string; skipped: string | null; fatal: boolean;
}

/** A record dropped by the category filter. */
export interface FilteredRecord { kind: 'filtered'; file: string; line: number }

export type ReadEvent = PaperRecord | ReadIssue | FilteredRecord;

export interface ReadOptions {
  /** Keep only JSONL records whose `categories` contain one of these. */
  categories?: readonly string[];
  /** Told the byte size of each piece of input as it is consumed. */
  onBytes?: (n: number) => void;
  /** Stands in for process.stdin (tests). */
  stdin?: AsyncIterable<Uint8Array>;
}

/** Whether fd 0 is a pipe, a file or a socket: something to read, unlike a terminal or /dev/null. */
export function stdinIsPiped(): boolean {
  try {
    const info = fstatSync(0);
    return info.isFIFO() || info.isFile() || info.isSocket();
  } catch {
    return false;
  }
}

/** The format for a path: --format when given, else the extension; stdin defaults to JSONL. */
export function sourceFor(path: string, format?: InputFormat): InputSource | string {
  if (format) return { path, format };
  if (path === STDIN_PATH) return { path, format: 'jsonl' };
  const fromName = formatFromFileName(path);
  return fromName ? { path, format: fromName } : `cannot tell the format of ${path} from its extension: use --format txt|jsonl|csv`;
}

export function displayName(path: string): string {
  return path === STDIN_PATH ? STDIN_NAME : path;
}

/** Checks a file before the run starts: null when it opens and looks like text, else the error message. */
export async function probeInput(path: string): Promise<string | null> {
  if (path === STDIN_PATH) return null;
  let handle;
  try {
    handle = await open(path, 'r');
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(BINARY_SNIFF_BYTES), 0, BINARY_SNIFF_BYTES, 0);
    return looksBinary(buffer.subarray(0, bytesRead)) ? `${path}: looks binary, not text` : null;
  } catch (err) {
    return `cannot read ${path}: ${fileErrorReason(err)}`;
  } finally {
    await handle?.close();
  }
}

/** The summary's name for why a core parser skipped a record. */
export function skipReason(message: string): string {
  if (message.startsWith('expected a JSON object')) return 'not a JSON object';
  return message.replace(/^record /, '');
}

function issue(file: string, line: number | null, message: string, skipped: string | null, fatal = false): ReadIssue {
  return { kind: 'issue', file, line, message, skipped, fatal };
}

/** The note on a file that is not UTF-8; said once per file. */
export const ENCODING_NOTE = 'not valid UTF-8, read as Windows-1252';

export async function* readInput(source: InputSource, options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  const file = displayName(source.path);
  const chunks = source.path === STDIN_PATH ? (options.stdin ?? process.stdin) : createReadStream(source.path);
  try {
    if (source.format === 'jsonl') yield* readJsonl(file, chunks, options);
    else yield* readWhole(file, source.format, chunks, options);
  } catch (err) {
    yield issue(file, null, `cannot read ${file}: ${fileErrorReason(err)}`, null, true);
  }
}

async function* readJsonl(file: string, chunks: AsyncIterable<Uint8Array>, options: ReadOptions): AsyncGenerator<ReadEvent> {
  let checkedBinary = false;
  let notedEncoding = false;
  const sniff = (async function* () {
    for await (const chunk of chunks) {
      if (!checkedBinary) {
        checkedBinary = true;
        if (looksBinary(chunk)) throw new BinaryInput();
      }
      yield chunk;
    }
  })();
  try {
    for await (const { line, text, encoding } of readLines(sniff, options.onBytes)) {
      for (const event of jsonlLineEvents(file, line, text, encoding, options.categories)) {
        if (event.kind === 'issue' && event.message === ENCODING_NOTE) {
          if (notedEncoding) continue;
          notedEncoding = true;
        }
        yield event;
      }
    }
  } catch (err) {
    if (!(err instanceof BinaryInput)) throw err;
    yield binaryIssue(file);
  }
}

export function binaryIssue(file: string): ReadIssue {
  return issue(file, null, `${file}: looks binary, not text`, null, true);
}

/**
 * The events of one JSONL line, in order: an encoding note (the caller keeps the first per file), then the line
 * filtered out, or its issue and/or paper. Shared by the streaming reader and the extract workers (which parse the
 * lines of a block themselves, so the main thread only moves bytes).
 */
export function* jsonlLineEvents(
  file: string, line: number, text: string, encoding: Encoding, categories: readonly string[] | undefined,
): Generator<ReadEvent> {
  if (encoding !== 'utf-8') yield issue(file, line, ENCODING_NOTE, null);
  if (categories && isFilteredOut(text, categories)) {
    yield { kind: 'filtered', file, line };
    return;
  }
  const { paper, issue: problem, note } = parseJsonlLine(text, line);
  if (note) yield issue(file, line, note.message, null);
  if (problem) yield* issueEvents(file, problem);
  if (paper) yield { kind: 'paper', paper, file, line };
}

class BinaryInput extends Error {}

/**
 * Whether a JSONL line is a record whose categories miss every wanted one. Lines that are not objects
 * pass through, so the parser reports them.
 */
function isFilteredOut(text: string, wanted: readonly string[]): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const raw = (value as { categories?: unknown }).categories;
  const categories = typeof raw === 'string' ? raw.split(/\s+/) : Array.isArray(raw) ? raw : [];
  return !categories.some((c) => wanted.includes(c));
}

async function* readWhole(
  file: string, format: Exclude<InputFormat, 'jsonl'>, chunks: AsyncIterable<Uint8Array>, options: ReadOptions,
): AsyncGenerator<ReadEvent> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) {
    parts.push(chunk);
    options.onBytes?.(chunk.length);
  }
  const bytes = Buffer.concat(parts);
  if (looksBinary(bytes)) {
    yield binaryIssue(file);
    return;
  }
  const { text, encoding } = decodeText(bytes);
  if (encoding !== 'utf-8') yield issue(file, null, ENCODING_NOTE, null);
  if (options.categories) yield issue(file, null, '--filter-categories applies to JSONL inputs only; not filtered', null);
  let parsed: ParsedInput;
  try {
    parsed = format === 'csv' ? parseCsv(text) : parseListingPage(text);
  } catch (err) {
    yield issue(file, null, `${file}: ${(err as Error).message}`, null, true);
    return;
  }
  yield* inLineOrder(file, parsed);
}

/** Papers and issues merged by line. */
function* inLineOrder(file: string, parsed: ParsedInput): Generator<ReadEvent> {
  const issues: InputIssue[] = [...parsed.issues].sort((a, b) => a.line - b.line);
  let next = 0;
  for (let i = 0; i < parsed.papers.length; i++) {
    const line = parsed.lines[i];
    for (; next < issues.length && issues[next].line < line; next++) yield* issueEvents(file, issues[next]);
    yield { kind: 'paper', paper: parsed.papers[i], file, line };
  }
  for (; next < issues.length; next++) yield* issueEvents(file, issues[next]);
}

/** A skipped record's warning, then the record itself when it still has a title (listed with no claims). */
function* issueEvents(file: string, i: InputIssue): Generator<ReadEvent> {
  yield issue(file, i.line, i.message, skipReason(i.message));
  if (i.paper) yield { kind: 'paper', paper: i.paper, file, line: i.line };
}
