/**
 * claimboard extract [input …] [flags]: reads papers, extracts their claims and writes claims.csv / papers.csv
 * (README "Extracting"). `npm run extract` and `npm start` run it through the same bin.
 */
import { existsSync } from 'node:fs';
import { stat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { InputFormat } from './core/inputs.ts';
import { processIo, type CliIo } from './io/cli-io.ts';
import { ArgsError, formatHelp, helpHint, parseArgs, type CommandSpec } from './io/args.ts';
import { UserError } from './io/errors.ts';
import type { TableFormat } from './io/extract-block.ts';
import { atomicFile, outputProblem, passThrough } from './io/output.ts';
import { FORMATS, STDIN_PATH, probeInput, sourceFor, type InputSource } from './io/readers.ts';
import { formatRunSummary } from './io/report.ts';
import { extractAll } from './io/run-extract.ts';
import { tableFormatOf, tableSink, type TableSink } from './io/table-sink.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The bundled sample: read when no input is named (and stdin is not piped), in this order. */
const SAMPLES = ['data/sample-page.txt', 'data/sample-systems.jsonl'].map((p) => join(ROOT, p));
const SAMPLE_CLAIMS = join(ROOT, 'data/claims.csv');
const SAMPLE_PAPERS = join(ROOT, 'data/papers.csv');
/** Sources whose change makes the bundled sample's tables stale (--if-missing). */
const EXTRACTOR_SOURCES = [join(ROOT, 'extract/core'), join(ROOT, 'extract/io'), join(ROOT, 'extract/cli.ts')];

export const EXTRACT_COMMAND = {
  command: 'claimboard extract',
  summary: 'extracts the results papers claim in their abstracts into claims.csv (and papers.csv)',
  operands: '[input …]',
  operandHelp: [
    'input: a .txt listing page, .jsonl/.ndjson, .csv (title, abstract, optional id), or - for stdin (JSONL unless --format);',
    '       several are read in order. None named: piped stdin is read; on a terminal, the bundled sample',
    '       (data/sample-page.txt, data/sample-systems.jsonl) is extracted into data/claims.csv and data/papers.csv.',
  ],
  flags: [
    { name: 'out', short: 'o', value: 'FILE', help: 'write the claims to FILE: CSV, or Parquet when FILE ends in .parquet (- is stdout)', default: 'stdout; data/claims.csv for the sample' },
    { name: 'papers', value: 'FILE', help: 'also write the papers (every paper read, with or without claims): .parquet or CSV', default: 'none; data/papers.csv for the sample' },
    { name: 'format', value: 'txt|jsonl|csv', help: 'read every input in this format', default: "each file's extension; jsonl for stdin" },
    { name: 'spreadsheet-safe', help: "escape cells a spreadsheet would run: ' before a leading = + - @ (CSV only; Parquet is exact)", default: 'exact text, slice(start, end) === span' },
    { name: 'strict', help: 'a record that cannot be read is an error: exit 2, nothing written', default: 'warn and go on' },
    { name: 'jobs', value: 'N', help: 'worker threads for extraction; the output is the same for any N', default: 'one for inputs under 8 MB, else the number of cores' },
    { name: 'filter-categories', value: 'a,b', help: 'JSONL only: keep records whose arXiv categories include one of these', default: 'keep all' },
    { name: 'debug', help: 'per paper on stderr: the claims found, what each finder and refiner did', default: 'off' },
    { name: 'summary', help: 'after the run, on stderr: the ten most-compared baselines and the ten systems with the most claims (canonical names)', default: 'off' },
    { name: 'if-missing', help: 'with no input: extract the sample only if data/claims.csv is missing or stale (npm start)', default: 'always' },
  ],
  examples: [
    'claimboard extract arxiv.jsonl -o claims.parquet --papers papers.parquet --summary',
    'zcat arxiv.jsonl.gz | claimboard extract --filter-categories cs.LG,cs.DC > claims.csv',
  ],
} as const satisfies CommandSpec;

interface Options {
  sources: InputSource[];
  out: string | undefined;
  papers: string | undefined;
  strict: boolean;
  jobs: number | 'auto';
  categories: string[] | undefined;
  debug: boolean;
  summary: boolean;
  spreadsheetSafe: boolean;
  ifMissing: boolean;
  /** The note printed before reading, when stdin is read without being named. */
  stdinNote: string | null;
}

/** What a run with these arguments does: options, `help`, or `usage` (nothing to read: usage, exit 2). */
function parseOptions(args: string[], io: CliIo): Options | 'help' | 'usage' {
  const parsed = parseArgs(EXTRACT_COMMAND, args);
  if (parsed.help) return 'help';
  const v = parsed.flags;
  const format = v.format as InputFormat | undefined;
  if (format !== undefined && !FORMATS.includes(format)) throw new ArgsError(`unknown format "${format}" (txt, jsonl or csv)`);
  const jobs = v.jobs === undefined ? 'auto' : Number(v.jobs);
  if (jobs !== 'auto' && (!Number.isInteger(jobs) || jobs < 1)) throw new ArgsError(`--jobs needs a whole number >= 1, got "${v.jobs}"`);
  // No input named: piped stdin is the input (`cat in.jsonl | claimboard extract`), else the bundled sample;
  // --if-missing (npm start) always means the sample.
  const named = parsed.operands;
  const readStdin = named.length === 0 && io.stdinIsPiped === true && !v['if-missing'];
  const useSample = named.length === 0 && !readStdin;
  const samples = useSample ? SAMPLES.filter((p) => existsSync(p)) : [];
  if (useSample && samples.length === 0 && !v['if-missing']) return 'usage';
  const sources: InputSource[] = [];
  for (const path of readStdin ? [STDIN_PATH] : useSample ? samples : named) {
    const source = sourceFor(path, format);
    if (typeof source === 'string') throw new ArgsError(source);
    sources.push(source);
  }
  const sampleOutputs = useSample && v.out === undefined && v.papers === undefined;
  return {
    sources,
    out: sampleOutputs ? SAMPLE_CLAIMS : v.out === '-' ? undefined : v.out,
    papers: sampleOutputs ? SAMPLE_PAPERS : v.papers,
    strict: v.strict,
    jobs,
    categories: v['filter-categories']?.split(',').map((c) => c.trim()).filter(Boolean),
    debug: v.debug,
    summary: v.summary,
    spreadsheetSafe: v['spreadsheet-safe'],
    ifMissing: v['if-missing'] && useSample,
    stdinNote: readStdin ? `reading ${(format ?? 'jsonl').toUpperCase()} from stdin (no input named)` : null,
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
async function sampleIsFresh(samples: readonly string[]): Promise<boolean> {
  try {
    const built = Math.min((await stat(SAMPLE_CLAIMS)).mtimeMs, (await stat(SAMPLE_PAPERS)).mtimeMs);
    const sources = await Promise.all([...samples, ...EXTRACTOR_SOURCES].map(newestMtime));
    return built >= Math.max(...sources);
  } catch {
    return false;
  }
}

/** Runs the extract CLI; returns the exit code. Everything it prints goes through `io`. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  let options: Options | 'help' | 'usage';
  try {
    options = parseOptions(args, io);
  } catch (err) {
    if (!(err instanceof ArgsError)) throw err;
    io.stderr.write(`error: ${err.message}\n${helpHint(EXTRACT_COMMAND)}\n`);
    return 2;
  }
  if (options === 'help') {
    io.stdout.write(formatHelp(EXTRACT_COMMAND));
    return 0;
  }
  if (options === 'usage') {
    io.stderr.write(`error: no input named, and no bundled sample in ${join(ROOT, 'data')}\n\n${formatHelp(EXTRACT_COMMAND)}`);
    return 2;
  }
  if (options.ifMissing) {
    if (options.sources.length === 0) {
      io.stderr.write(`no bundled sample in ${join(ROOT, 'data')}: nothing to extract\n`);
      return 0;
    }
    if (await sampleIsFresh(options.sources.map((s) => s.path))) {
      io.stderr.write('data/claims.csv is up to date\n');
      return 0;
    }
  }
  if (options.stdinNote) io.stderr.write(`${options.stdinNote}\n`);
  const outputs: TableSink[] = [];
  try {
    for (const problem of await Promise.all([
      ...options.sources.map((s) => probeInput(s.path)),
      ...[options.out, options.papers].filter((p): p is string => p !== undefined).map(outputProblem),
    ])) {
      if (problem) throw new UserError(problem);
    }
    const claimsFormat: TableFormat = tableFormatOf(options.out);
    const papersFormat: TableFormat | null = options.papers ? tableFormatOf(options.papers) : null;
    const sinkOptions = { spreadsheetSafe: options.spreadsheetSafe };
    const claimsOut = await tableSink('claims', claimsFormat, options.out !== undefined ? atomicFile(options.out) : passThrough(io.stdout), sinkOptions);
    outputs.push(claimsOut);
    const papersOut = options.papers ? await tableSink('papers', papersFormat!, atomicFile(options.papers), sinkOptions) : null;
    if (papersOut) outputs.push(papersOut);
    const counts = await extractAll({ ...options, claimsFormat, papersFormat }, io, claimsOut, papersOut);
    for (const sink of outputs) await sink.commit();
    io.stderr.write(formatRunSummary(counts) + '\n');
    if (counts.comparisons) io.stderr.write(counts.comparisons.format());
    return 0;
  } catch (err) {
    await Promise.all(outputs.map((o) => o.abort()));
    if (!(err instanceof UserError)) throw err;
    io.stderr.write(`error: ${err.message}\n`);
    return 2;
  }
}

// Run as a file (`tsx extract/cli.ts …`, as before the bin): the same as `claimboard extract …`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runCli(process.argv.slice(2), processIo());
}
