/**
 * One extract run: the inputs cut into blocks, extracted in order (extract-in-order.ts), each block's records
 * reported (warnings, duplicate ids, progress) and its rows written. Ids are assigned here, in input order, so the
 * output is the same for any number of jobs.
 */
import { stat } from 'node:fs/promises';
import { readBlocks, type Block } from './blocks.ts';
import type { CliIo } from './cli-io.ts';
import { UserError } from './errors.ts';
import type { BlockNote, BlockOptions, BlockOutput, BlockPapers } from './extract-block.ts';
import { inProcessExtractor } from './in-process.ts';
import { extractInOrder } from './extract-in-order.ts';
import { PaperIds } from './paper-ids.ts';
import { ENCODING_NOTE, STDIN_PATH, type InputSource } from './readers.ts';
import { formatProgress, type RunCounts } from './report.ts';
import type { TableSink } from './table-sink.ts';
import { ComparisonSummary } from './summary.ts';

/** Progress line updates at most this often. */
const PROGRESS_INTERVAL_MS = 200;

export interface RunOptions extends BlockOptions {
  sources: InputSource[];
  strict: boolean;
  jobs: number | 'auto';
  categories: string[] | undefined;
  /** Every block on a worker (tests). */
  workersOnly?: boolean;
}

/** The run's shape on stderr: throttled progress on a terminal, nothing otherwise. */
function progressReporter(io: CliIo, totalBytes: number | null) {
  const started = Date.now();
  let last = 0;
  let bytesRead = 0;
  let shown = false;
  return {
    addBytes(n: number) { bytesRead += n; },
    update(records: number) {
      const now = Date.now();
      if (!io.stderr.isTTY || now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      shown = true;
      io.stderr.write(`\r${formatProgress({ records, elapsedMs: now - started, bytesRead, totalBytes })}\x1b[K`);
    },
    clear() {
      if (shown) io.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

async function totalSize(sources: InputSource[]): Promise<number | null> {
  if (sources.some((s) => s.path === STDIN_PATH)) return null;
  const sizes = await Promise.all(sources.map(async (s) => (await stat(s.path)).size));
  return sizes.reduce((a, b) => a + b, 0);
}

function where(e: { file: string; line: number | null }): string {
  return e.line === null ? e.file : `${e.file}:${e.line}`;
}

/** Where the block's `index`-th paper was read: `file:line`. */
function paperAt(papers: BlockPapers, index: number): string {
  return `${papers.file}:${papers.lines[index]}`;
}

export async function extractAll(options: RunOptions, io: CliIo, claimsOut: TableSink, papersOut: TableSink | null): Promise<RunCounts> {
  const counts: RunCounts = { papers: 0, claims: 0, skipped: new Map(), filtered: options.categories ? 0 : null, renamed: 0,
    comparisons: options.summary ? new ComparisonSummary() : null };
  const inputBytes = await totalSize(options.sources);
  const progress = progressReporter(io, inputBytes);
  const ids = new PaperIds();
  const notedEncoding = new Set<string>();
  let records = 0;
  /** A stderr line, on a line of its own when a progress line is showing. */
  const note = (line: string) => {
    progress.clear();
    io.stderr.write(line + '\n');
  };

  /** A block's records in input order: warnings, counts, ids; returns the ids taken already (index → new id). */
  function readRecords(output: BlockOutput): Map<number, string> {
    const renames = new Map<number, string>();
    const { papersRead, notes } = output;
    let next = 0;
    const readNote = ({ record }: BlockNote) => {
      if (record.kind === 'filtered') {
        counts.filtered! += 1;
        return;
      }
      if (record.fatal) throw new UserError(record.message);
      if (record.message === ENCODING_NOTE) {
        if (notedEncoding.has(record.file)) return;
        notedEncoding.add(record.file);
      }
      if (record.skipped !== null) {
        if (options.strict) throw new UserError(`${where(record)}: ${record.message}`);
        counts.skipped.set(record.skipped, (counts.skipped.get(record.skipped) ?? 0) + 1);
      }
      note(`warning: ${where(record)}: ${record.message}`);
    };
    for (let index = 0; index < papersRead.ids.length; index++) {
      while (next < notes.length && notes[next].before === index) readNote(notes[next++]);
      const { id, renamedFrom } = ids.assignId(papersRead.ids[index]);
      if (renamedFrom !== undefined) {
        renames.set(index, id);
        counts.renamed += 1;
        note(`warning: ${paperAt(papersRead, index)}: duplicate paper_id ${renamedFrom}; written as ${id}`);
      }
      progress.update(++records);
    }
    while (next < notes.length) readNote(notes[next++]);
    return renames;
  }

  async function sink(block: Block, first: BlockOutput): Promise<void> {
    const renames = readRecords(first);
    const papersRead = first.papersRead;
    // A duplicate id (rare): the block again, here, with the ids assigned; the same rows otherwise.
    const output = renames.size > 0 ? (await inProcessExtractor())(block, options, renames) : first;
    for (const { index, error } of output.failures) {
      if (options.strict) throw new UserError(`${paperAt(papersRead, index)}: extractor failed: ${error}`);
      counts.skipped.set('extractor error', (counts.skipped.get('extractor error') ?? 0) + 1);
      note(`warning: ${paperAt(papersRead, index)}: extractor failed: ${error}`);
    }
    for (const { index, text } of output.found) note(`debug: ${paperAt(papersRead, index)}: ${papersRead.titles[index]}: ${text}`);
    counts.papers += output.papers;
    counts.claims += output.claims;
    if (output.tally) counts.comparisons?.add(output.tally);
    await claimsOut.write(output.claimRows);
    if (papersOut && output.paperRows) await papersOut.write(output.paperRows);
  }

  const blocks = readBlocks(options.sources, { categories: options.categories, onBytes: progress.addBytes, stdin: io.stdin });
  try {
    await extractInOrder(blocks, { ...blockOptionsOf(options), jobs: options.jobs, inputBytes, workersOnly: options.workersOnly }, sink);
  } finally {
    progress.clear();
  }
  return counts;
}

function blockOptionsOf(o: BlockOptions): BlockOptions {
  return {
    debug: o.debug, spreadsheetSafe: o.spreadsheetSafe, claimsFormat: o.claimsFormat, papersFormat: o.papersFormat, summary: o.summary,
  };
}
