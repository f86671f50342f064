/**
 * npm run extract -- in1.jsonl [in2.txt …] [--out claims.csv] [--papers papers.csv] [--format F] [--strict]
 *                    [--jobs N] [--filter-categories cs.LG,cs.DC] [--debug] [--if-missing]
 * Reads papers, extracts their claims and writes claims.csv / papers.csv (README "Extracting").
 */
import { availableParallelism } from 'node:os';
import { stat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { claimsToCsv, papersToCsv } from './core/table.ts';
import type { InputFormat } from './core/inputs.ts';
import { BATCH_SIZE, extractInOrder } from './io/batches.ts';
import { UserError } from './io/errors.ts';
import { atomicFile, outputProblem, passThrough, type TextSink } from './io/output.ts';
import { PaperIds } from './io/paper-ids.ts';
import {
  FORMATS, STDIN_PATH, probeInput, readInput, sourceFor,
  type InputSource, type PaperRecord,
} from './io/readers.ts';
import { formatProgress, formatRunSummary, type RunCounts } from './io/report.ts';

export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin?: AsyncIterable<Uint8Array>;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = join(ROOT, 'data/sample-page.txt');
const SAMPLE_CLAIMS = join(ROOT, 'data/claims.csv');
const SAMPLE_PAPERS = join(ROOT, 'data/papers.csv');
/** Sources whose change makes the bundled sample's tables stale (--if-missing). */
const EXTRACTOR_SOURCES = [join(ROOT, 'extract/core'), join(ROOT, 'extract/io'), join(ROOT, 'extract/cli.ts')];

const USAGE = `usage: npm run extract -- [input …] [--out claims.csv] [--papers papers.csv] [--format txt|jsonl|csv]
                          [--strict] [--jobs N] [--filter-categories a,b] [--debug] [--if-missing] [--spreadsheet-safe]
  input: .txt listing page, .jsonl/.ndjson, .csv, or - for stdin (JSONL unless --format)
  no input: data/sample-page.txt → data/claims.csv, data/papers.csv
`;

/** Progress line updates at most this often. */
const PROGRESS_INTERVAL_MS = 200;

interface Options {
  sources: InputSource[];
  out: string | undefined;
  papers: string | undefined;
  strict: boolean;
  jobs: number;
  categories: string[] | undefined;
  debug: boolean;
  /** Escape cells a spreadsheet would run (the default is exact text: abstract.slice(start, end) === span). */
  spreadsheetSafe: boolean;
  ifMissing: boolean;
}

function parseOptions(args: string[]): Options | string {
  let parsed;
  try {
    parsed = parseArgs({
      args, strict: true, allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' }, papers: { type: 'string' }, format: { type: 'string' },
        strict: { type: 'boolean' }, jobs: { type: 'string' }, 'filter-categories': { type: 'string' },
        debug: { type: 'boolean' }, 'if-missing': { type: 'boolean' }, 'spreadsheet-safe': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return (err as Error).message;
  }
  const v = parsed.values;
  if (v.help) return '';
  const format = v.format as InputFormat | undefined;
  if (format !== undefined && !FORMATS.includes(format)) return `unknown format "${format}"`;
  const jobs = v.jobs === undefined ? availableParallelism() : Number(v.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return `--jobs needs a whole number >= 1, got "${v.jobs}"`;
  const useSample = parsed.positionals.length === 0;
  const sources: InputSource[] = [];
  for (const path of useSample ? [SAMPLE] : parsed.positionals) {
    const source = sourceFor(path, format);
    if (typeof source === 'string') return source;
    sources.push(source);
  }
  const sampleOutputs = useSample && v.out === undefined && v.papers === undefined;
  return {
    sources,
    out: sampleOutputs ? SAMPLE_CLAIMS : v.out,
    papers: sampleOutputs ? SAMPLE_PAPERS : v.papers,
    strict: v.strict ?? false,
    jobs,
    categories: v['filter-categories']?.split(',').map((c) => c.trim()).filter(Boolean),
    debug: v.debug ?? false,
    spreadsheetSafe: v['spreadsheet-safe'] ?? false,
    ifMissing: (v['if-missing'] ?? false) && useSample,
  };
}

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((e) => newestMtime(join(path, e))));
  return Math.max(info.mtimeMs, ...times);
}

/** --if-missing: the sample's tables exist and are newer than the sample and the extractor's sources. */
async function sampleIsFresh(): Promise<boolean> {
  try {
    const built = Math.min((await stat(SAMPLE_CLAIMS)).mtimeMs, (await stat(SAMPLE_PAPERS)).mtimeMs);
    const sources = await Promise.all([SAMPLE, ...EXTRACTOR_SOURCES].map(newestMtime));
    return built >= Math.max(...sources);
  } catch {
    return false;
  }
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

/** Runs the extract CLI; returns the exit code. Everything it prints goes through `io`. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args);
  if (typeof options === 'string') {
    io.stderr.write((options ? `error: ${options}\n` : '') + USAGE);
    return options ? 2 : 0;
  }
  if (options.ifMissing && (await sampleIsFresh())) {
    io.stderr.write('data/claims.csv is up to date\n');
    return 0;
  }
  const outputs: TextSink[] = [];
  try {
    for (const problem of await Promise.all([
      ...options.sources.map((s) => probeInput(s.path)),
      ...[options.out, options.papers].filter((p): p is string => p !== undefined).map(outputProblem),
    ])) {
      if (problem) throw new UserError(problem);
    }
    const claimsOut = options.out ? atomicFile(options.out) : passThrough(io.stdout);
    const papersOut = options.papers ? atomicFile(options.papers) : null;
    outputs.push(claimsOut, ...(papersOut ? [papersOut] : []));
    const counts = await extractAll(options, io, claimsOut, papersOut);
    for (const sink of outputs) await sink.commit();
    io.stderr.write(formatRunSummary(counts) + '\n');
    return 0;
  } catch (err) {
    await Promise.all(outputs.map((o) => o.abort()));
    if (!(err instanceof UserError)) throw err;
    io.stderr.write(`error: ${err.message}\n`);
    return 2;
  }
}

async function extractAll(options: Options, io: CliIo, claimsOut: TextSink, papersOut: TextSink | null): Promise<RunCounts> {
  const counts: RunCounts = { papers: 0, claims: 0, skipped: new Map(), filtered: options.categories ? 0 : null, renamed: 0 };
  const progress = progressReporter(io, await totalSize(options.sources));
  const ids = new PaperIds();
  let records = 0;
  /** A stderr line, on a line of its own when a progress line is showing. */
  const note = (line: string) => {
    progress.clear();
    io.stderr.write(line + '\n');
  };

  /** Reader events → batches of papers; warnings and counts on the way. */
  async function* batches(): AsyncGenerator<PaperRecord[]> {
    let batch: PaperRecord[] = [];
    for (const source of options.sources) {
      const events = readInput(source, { categories: options.categories, onBytes: progress.addBytes, stdin: io.stdin });
      for await (const event of events) {
        if (event.kind === 'filtered') {
          counts.filtered! += 1;
        } else if (event.kind === 'issue') {
          if (event.fatal) throw new UserError(event.message);
          if (event.skipped !== null) {
            if (options.strict) throw new UserError(`${where(event)}: ${event.message}`);
            counts.skipped.set(event.skipped, (counts.skipped.get(event.skipped) ?? 0) + 1);
          }
          note(`warning: ${where(event)}: ${event.message}`);
        } else {
          const { paper, renamedFrom } = ids.assign(event.paper);
          if (renamedFrom) {
            counts.renamed += 1;
            note(`warning: ${where(event)}: duplicate paper_id ${renamedFrom}; written as ${paper.id}`);
          }
          batch.push({ ...event, paper });
          progress.update(++records);
          if (batch.length === BATCH_SIZE) {
            yield batch;
            batch = [];
          }
        }
      }
    }
    if (batch.length > 0) yield batch;
  }

  await claimsOut.write(claimsToCsv([], { spreadsheetSafe: options.spreadsheetSafe }));
  await papersOut?.write(papersToCsv([], { spreadsheetSafe: options.spreadsheetSafe }));
  try {
    await extractInOrder(batches(), options, async (recs, output) => {
      for (const { index, error } of output.failures) {
        if (options.strict) throw new UserError(`${where(recs[index])}: extractor failed: ${error}`);
        counts.skipped.set('extractor error', (counts.skipped.get('extractor error') ?? 0) + 1);
        note(`warning: ${where(recs[index])}: extractor failed: ${error}`);
      }
      for (const { index, text } of output.found) note(`debug: ${where(recs[index])}: ${recs[index].paper.title}: ${text}`);
      counts.papers += output.papers;
      counts.claims += output.claims;
      await claimsOut.write(output.claimsCsv);
      if (papersOut) await papersOut.write(output.papersCsv);
    });
  } finally {
    progress.clear();
  }
  return counts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runCli(process.argv.slice(2), process);
}
