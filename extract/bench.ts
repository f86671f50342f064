/**
 * claimboard bench [--scale] [--crossover] [--parquet]   (npm run bench [-- …])
 * 1. speed: the extractor in-process on >= 2,000 abstracts (the seed gold abstracts repeated) against the plain
 *    baseline of compromise's nlp() on the same abstracts (floor: extractor >= 30x nlp(), issue 10), in wall time
 *    and in CPU time (the machine is shared: CPU time is what a busy neighbour does not take away); and the
 *    extractor alone on real arXiv abstracts (arxiv-tune, raw LaTeX: the normalising view at work);
 * 2. memory: a generated ~50 MB JSONL through the streaming CLI (--jobs 1) in a child process, peak RSS;
 * 3. with --scale: 200,000 real arXiv abstracts (the shared corpus repeated with fresh ids; the gold abstracts when
 *    it is missing) through the CLI with --jobs 1, --jobs 2 and the default, each run's CPU split between the main
 *    thread and the workers, and the projected time for arXiv's 2.5M abstracts;
 * 4. with --crossover: --jobs 1 against --jobs 2 from 2,500 to 40,000 abstracts (where workers start to pay);
 * 5. with --parquet: write, read and size of 1M generated claims as CSV and Parquet (bench-parquet.ts).
 * Figures only: nothing here is asserted in tests.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli.ts';
import type { PaperInput } from './core/types.ts';
import { ArgsError, formatHelp, helpHint, parseArgs, type CommandSpec } from './io/args.ts';
import { readJsonObjects } from './io/json-lines.ts';
import { AUTO_WORKERS_MIN_BYTES } from './io/extract-in-order.ts';

export const BENCH_COMMAND = {
  command: 'claimboard bench',
  summary: 'measures the extractor: rate against compromise nlp(), peak memory of the CLI on a 50 MB JSONL (figures only)',
  flags: [
    { name: 'scale', help: 'also 200,000 real abstracts (the corpus repeated) through the CLI with --jobs 1, 2 and the default; 2.5M projection', default: 'speed and memory only' },
    { name: 'crossover', help: 'also --jobs 1 against --jobs 2 on 2,500 to 40,000 real abstracts', default: 'off' },
    { name: 'parquet', help: 'also write/read speed and size of generated claims as CSV and Parquet', default: 'off' },
    { name: 'rows', value: 'N', help: 'claims for --parquet', default: '1,000,000' },
    { name: 'corpus', value: 'FILE', help: 'real abstracts (.jsonl or .jsonl.gz) for --scale and --crossover', default: '../shared/corpus/arxiv-10k.jsonl.gz' },
  ],
  examples: ['claimboard bench', 'claimboard bench --scale --crossover'],
} as const satisfies CommandSpec;

interface BenchIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GOLD_ABSTRACTS = join(ROOT, 'tests/fixtures/gold/seed.abstracts.jsonl');
const CORPUS = join(ROOT, '../shared/corpus/arxiv-10k.jsonl.gz');
const CROSSOVER_SIZES = [2_500, 5_000, 10_000, 20_000, 40_000];
const EXTRACT_MIN = 2000;
const BASELINE_N = 100;
const RATIO_FLOOR = 30;
const ARXIV_ABSTRACTS = join(ROOT, 'tests/fixtures/gold/arxiv-tune.abstracts.jsonl');
const MEMORY_INPUT_BYTES = 50 * 1024 * 1024;
const SCALE_N = 200_000;
const ARXIV_N = 2_500_000;

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MB`;

function repeated<T>(items: readonly T[], n: number): T[] {
  return Array.from({ length: n }, (_, i) => items[i % items.length]);
}

/** Timed rounds per rate: the best one is reported, as other processes on the machine only ever slow a round down. */
const ROUNDS = 5;

interface Rate { wall: number; cpu: number }

interface Timed { items: readonly PaperInput[]; fn: (paper: PaperInput) => unknown }

/**
 * Items per second of each job, per second of wall time and of this process's CPU time: each job first runs once
 * over its items (V8 compiles and optimises the code on background threads for tens of thousands of calls, and that
 * CPU would count against the first rounds), then ROUNDS rounds taken in turn, job after job, so that a load that
 * comes and goes on the shared machine falls on every job alike; the best round of each is reported.
 */
function rates(jobs: readonly Timed[]): Rate[] {
  for (const { items, fn } of jobs) items.forEach(fn);
  const best = jobs.map(() => ({ wall: 0, cpu: 0 }));
  for (let round = 0; round < ROUNDS; round++) {
    jobs.forEach(({ items, fn }, j) => {
      const start = performance.now();
      const cpu = process.cpuUsage();
      for (const item of items) fn(item);
      const used = process.cpuUsage(cpu);
      best[j].wall = Math.max(best[j].wall, items.length / ((performance.now() - start) / 1000));
      best[j].cpu = Math.max(best[j].cpu, items.length / ((used.user + used.system) / 1e6));
    });
  }
  return best;
}

/** Writes `count` records (or until `bytes`) of the gold abstracts with fresh ids; returns the record count. */
async function generateJsonl(path: string, papers: readonly PaperInput[], limit: { count?: number; bytes?: number }): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let n = 0;
  while ((limit.count === undefined || n < limit.count) && (limit.bytes === undefined || written < limit.bytes)) {
    const p = papers[n % papers.length];
    const line = JSON.stringify({ id: `bench-${n}`, title: p.title, abstract: p.abstract, categories: 'cs.LG' }) + '\n';
    written += Buffer.byteLength(line);
    n += 1;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  return n;
}

interface ChildRun { seconds: number; peakRssBytes: number; summary: string; cpuSeconds: number; mainCpuSeconds: number }

/** Runs the CLI in a child process (this file in --child-cli mode) and reads its peak RSS report. */
async function runCliChild(args: string[]): Promise<ChildRun> {
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child-cli', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
  const [code] = await once(child, 'close');
  const seconds = (performance.now() - start) / 1000;
  const report = /peak-rss-bytes (\d+) cpu-s ([\d.]+) main-cpu-s ([\d.]+)/.exec(stderr);
  if (code !== 0 || !report) throw new Error(`CLI child failed (exit ${code}):\n${stderr}`);
  return {
    seconds, peakRssBytes: Number(report[1]), cpuSeconds: Number(report[2]), mainCpuSeconds: Number(report[3]),
    summary: stderr.split('\n').find((l) => / papers, /.test(l)) ?? '',
  };
}

/** Peak resident set of this process: VmHWM from /proc where there is one, else maxRSS. */
function peakRssBytes(): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (kb) return Number(kb[1]) * 1024;
  } catch { /* not Linux */ }
  return process.resourceUsage().maxRSS * 1024;
}

/** Runs the bench with CLI arguments; returns the exit code. The figures go to stdout. */
export async function runBench(args: string[], io: BenchIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(BENCH_COMMAND, args);
  } catch (err) {
    if (!(err instanceof ArgsError)) throw err;
    io.stderr.write(`error: ${err.message}\n${helpHint(BENCH_COMMAND)}\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout.write(formatHelp(BENCH_COMMAND));
    return 0;
  }
  const { flags } = parsed;
  const rows = Number(flags.rows ?? 1_000_000);
  if (!Number.isInteger(rows) || rows < 1) {
    io.stderr.write(`error: --rows needs a whole number >= 1, got "${flags.rows}"\n${helpHint(BENCH_COMMAND)}\n`);
    return 2;
  }
  await measure({ scale: flags.scale, crossover: flags.crossover, corpus: flags.corpus ?? CORPUS }, io);
  if (flags.parquet) await (await import('./bench-parquet.ts')).benchParquet(rows, io);
  return 0;
}

interface MeasureOptions { scale: boolean; crossover: boolean; corpus: string }

async function measure(options: MeasureOptions, io: BenchIo): Promise<void> {
  // Loaded here, not at the top: the --child-cli runs load this file, and they measure the CLI as `claimboard extract`
  // runs it, which loads neither (compromise and the extractor through tsx took ~1.5 s of CPU before a worker started).
  const [{ default: nlp }, { extractPaper }] = await Promise.all([import('compromise'), import('./core/extract.ts')]);
  const papers = (await readJsonObjects(GOLD_ABSTRACTS))
    .map((o) => ({ id: String(o.id), title: String(o.title), abstract: String(o.abstract) }));
  const line = (s: string) => { io.stdout.write(`${s}\n`); };

  const extractN = Math.ceil(EXTRACT_MIN / papers.length) * papers.length;
  const [extractRate, nlpRate] = rates([
    { items: repeated(papers, extractN), fn: extractPaper },
    { items: repeated(papers, BASELINE_N), fn: (p) => nlp(p.abstract) },
  ]);
  const ratio = { wall: extractRate.wall / nlpRate.wall, cpu: extractRate.cpu / nlpRate.cpu };
  const perSecond = (r: Rate) => `${fmt(r.wall)} abstracts/s, ${fmt(r.cpu)} per CPU-second`;
  line(`speed      extractor ${perSecond(extractRate)} (${fmt(extractN)} seed abstracts, in-process, best of ${ROUNDS})`);
  line(`           nlp()     ${perSecond(nlpRate)} (${BASELINE_N} abstracts, best of ${ROUNDS})`);
  line(`           ratio     ${fmt(ratio.wall, 1)}x wall, ${fmt(ratio.cpu, 1)}x CPU  (floor ${RATIO_FLOOR}x: ${ratio.cpu >= RATIO_FLOOR ? 'met' : 'NOT met'})`);
  const arxiv = (await readJsonObjects(ARXIV_ABSTRACTS))
    .map((o) => ({ id: String(o.id), title: String(o.title), abstract: String(o.abstract) }));
  const arxivN = Math.ceil(EXTRACT_MIN / arxiv.length) * arxiv.length;
  const [arxivRate] = rates([{ items: repeated(arxiv, arxivN), fn: extractPaper }]);
  line(`           arXiv     ${perSecond(arxivRate)} (${fmt(arxivN)} arxiv-tune abstracts, raw LaTeX)`);

  const dir = await mkdtemp(join(tmpdir(), 'claimboard-bench-'));
  try {
    const memInput = join(dir, 'memory.jsonl');
    const memN = await generateJsonl(memInput, papers, { bytes: MEMORY_INPUT_BYTES });
    const mem = await runCliChild([memInput, '--jobs', '1', '--out', join(dir, 'claims.csv'), '--papers', join(dir, 'papers.csv')]);
    line(`memory     ${mb((await stat(memInput)).size)} JSONL (${fmt(memN)} abstracts), --jobs 1: peak RSS ${mb(mem.peakRssBytes)}, ${fmt(memN / mem.seconds)} abstracts/s`);
    await rm(memInput);
    if (!options.scale && !options.crossover) {
      line('scale      skipped (npm run bench -- --scale: 200,000 real abstracts with --jobs 1, 2 and the default)');
      return;
    }
    const real = await readCorpus(options.corpus, papers, line);
    if (options.scale) await scaleRuns(real, dir, line);
    if (options.crossover) await crossoverRuns(real, dir, line);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The corpus's records as JSON lines (gzip or not); the gold abstracts when it cannot be read. */
async function readCorpus(
  path: string, gold: readonly PaperInput[], line: (s: string) => void,
): Promise<{ name: string; records: Record<string, unknown>[] }> {
  try {
    const bytes = readFileSync(path);
    const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    const records = text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
    return { name: `real arXiv abstracts (${path.split('/').at(-1)}, ${fmt(records.length)} repeated)`, records };
  } catch (err) {
    line(`           corpus ${path} not read (${err instanceof Error ? err.message : String(err)}): the gold abstracts repeated instead`);
    return { name: 'gold abstracts repeated', records: gold.map((p) => ({ ...p })) };
  }
}

/** `count` records of the corpus in order, repeated with fresh ids (`<id>-r<k>` from the second round on). */
async function writeRepeated(path: string, records: readonly Record<string, unknown>[], count: number): Promise<number> {
  const out = createWriteStream(path);
  for (let n = 0; n < count; n++) {
    const r = records[n % records.length];
    const round = Math.floor(n / records.length);
    const line = JSON.stringify(round === 0 ? r : { ...r, id: `${String(r.id ?? 'paper')}-r${round}` }) + '\n';
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  return (await stat(path)).size;
}

const cpuSplit = (r: ChildRun) => `CPU ${fmt(r.cpuSeconds, 1)} s (main thread ${fmt(r.mainCpuSeconds, 1)} s, ${fmt((100 * r.mainCpuSeconds) / r.cpuSeconds)}%)`;

async function scaleRuns(
  real: { name: string; records: Record<string, unknown>[] }, dir: string, line: (s: string) => void,
): Promise<void> {
  const input = join(dir, 'scale.jsonl');
  const size = await writeRepeated(input, real.records, SCALE_N);
  line(`scale      ${fmt(SCALE_N)} ${real.name}, ${mb(size)}; same session, one run each:`);
  const runs: Record<string, ChildRun> = {};
  for (const jobs of ['1', '2', 'default']) {
    const flags = jobs === 'default' ? [] : ['--jobs', jobs];
    runs[jobs] = await runCliChild([input, ...flags, '--out', join(dir, `claims-${jobs}.csv`), '--papers', join(dir, `papers-${jobs}.csv`)]);
    const r = runs[jobs];
    line(`           ${jobs === 'default' ? 'default' : `--jobs ${jobs}`}: ${fmt(SCALE_N / r.seconds)} abstracts/s, ${fmt(r.seconds, 1)} s, ${cpuSplit(r)}, peak RSS ${mb(r.peakRssBytes)}`);
  }
  const same = ['2', 'default'].every((j) => readFileSync(join(dir, `claims-${j}.csv`)).equals(readFileSync(join(dir, 'claims-1.csv')))
    && readFileSync(join(dir, `papers-${j}.csv`)).equals(readFileSync(join(dir, 'papers-1.csv'))));
  const best = Math.max(...Object.values(runs).map((r) => SCALE_N / r.seconds));
  line(`           --jobs 2 / --jobs 1: ${fmt(runs['1'].seconds / runs['2'].seconds, 2)}x; outputs ${same ? 'byte-identical' : 'DIFFER'}`);
  line(`           per core: ${fmt(SCALE_N / runs['1'].cpuSeconds)} abstracts per CPU second (--jobs 1); 2.5M abstracts projected at ${fmt(ARXIV_N / best / 60, 1)} min`);
}

async function crossoverRuns(
  real: { name: string; records: Record<string, unknown>[] }, dir: string, line: (s: string) => void,
): Promise<void> {
  line(`crossover  --jobs 1 against --jobs 2 on ${real.name} (the default uses one thread below ${mb(AUTO_WORKERS_MIN_BYTES)} of input):`);
  for (const n of CROSSOVER_SIZES) {
    const input = join(dir, `cross-${n}.jsonl`);
    const size = await writeRepeated(input, real.records, n);
    const [one, two] = [await runCliChild([input, '--jobs', '1', '--out', join(dir, 'x1.csv')]), await runCliChild([input, '--jobs', '2', '--out', join(dir, 'x2.csv')])];
    line(`           ${fmt(n).padStart(6)} abstracts (${mb(size)}): --jobs 1 ${fmt(one.seconds, 2)} s, --jobs 2 ${fmt(two.seconds, 2)} s (${fmt(one.seconds / two.seconds, 2)}x)`);
    await rm(input);
  }
}

/** CPU seconds of this process's main thread (Linux: /proc/self/task/<pid>/stat utime + stime); 0 elsewhere. */
function mainThreadCpuSeconds(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks, USER_HZ = 100 on Linux
  } catch {
    return 0;
  }
}

/** Child mode: the CLI as `npm run extract` runs it, then the process's peak RSS and CPU (all threads, main) on stderr. */
async function childCli(args: string[]): Promise<void> {
  const code = await runCli(args, process);
  const cpu = process.cpuUsage();
  process.stderr.write(`peak-rss-bytes ${peakRssBytes()} cpu-s ${((cpu.user + cpu.system) / 1e6).toFixed(2)} main-cpu-s ${mainThreadCpuSeconds().toFixed(2)}\n`);
  process.exitCode = code;
}

// Run as a file: `node --import tsx extract/bench.ts --child-cli …` is the measured child process; otherwise
// (`tsx extract/bench.ts …`) the same as `claimboard bench …`.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const childAt = process.argv.indexOf('--child-cli');
  if (childAt >= 0) await childCli(process.argv.slice(childAt + 1));
  else process.exitCode = await runBench(process.argv.slice(2), process);
}
