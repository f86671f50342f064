/**
 * One extract run: the inputs cut into blocks, extracted in order (extract-in-order.ts), each block's records
 * reported (warnings, duplicate ids, progress) and its rows written. Ids are assigned here, in input order, so the
 * output is the same for any number of jobs.
 */
import { stat } from 'node:fs/promises';
import { readBlocks, type Block } from './blocks.ts';
import type { CliIo } from './cli-io.ts';
import { UserError } from './errors.ts';
import type { BlockOptions, BlockOutput, PaperNote } from './extract-block.ts';
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
  function readRecords(output: BlockOutput): { renames: Map<number, string>; lines: PaperNote[] } {
    const renames = new Map<number, string>();
    const lines: PaperNote[] = [];
    for (const record of output.records) {
      if (record.kind === 'filtered') {
        counts.filtered! += 1;
      } else if (record.kind === 'issue') {
        if (record.fatal) throw new UserError(record.message);
        if (record.message === ENCODING_NOTE) {
          if (notedEncoding.has(record.file)) continue;
          notedEncoding.add(record.file);
        }
        if (record.skipped !== null) {
          if (options.strict) throw new UserError(`${where(record)}: ${record.message}`);
          counts.skipped.set(record.skipped, (counts.skipped.get(record.skipped) ?? 0) + 1);
        }
        note(`warning: ${where(record)}: ${record.message}`);
      } else {
        const { id, renamedFrom } = ids.assignId(record.id);
        if (renamedFrom !== undefined) {
          renames.set(lines.length, id);
          counts.renamed += 1;
          note(`warning: ${where(record)}: duplicate paper_id ${renamedFrom}; written as ${id}`);
        }
        lines.push(record);
        progress.update(++records);
      }
    }
    return { renames, lines };
  }

  async function sink(block: Block, first: BlockOutput): Promise<void> {
    const { renames, lines } = readRecords(first);
    // A duplicate id (rare): the block again, here, with the ids assigned; the same rows otherwise.
    const output = renames.size > 0 ? (await inProcessExtractor())(block, options, renames) : first;
    for (const { index, error } of output.failures) {
      if (options.strict) throw new UserError(`${where(lines[index])}: extractor failed: ${error}`);
      counts.skipped.set('extractor error', (counts.skipped.get('extractor error') ?? 0) + 1);
      note(`warning: ${where(lines[index])}: extractor failed: ${error}`);
    }
    for (const { index, text } of output.found) note(`debug: ${where(lines[index])}: ${lines[index].title}: ${text}`);
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
