/**
 * claimboard bench [--scale]   (npm run bench [-- --scale])
 * 1. speed: the extractor in-process on >= 2,000 abstracts (the gold abstracts repeated) against the plain
 *    baseline of compromise's nlp() on the same abstracts (floor: extractor >= 20x nlp());
 * 2. memory: a generated ~50 MB JSONL through the streaming CLI (--jobs 1) in a child process, peak RSS;
 * 3. with --scale: >= 200,000 generated abstracts through the CLI with --jobs 1 and --jobs 2, and the
 *    projected time for arXiv's 2.5M abstracts.
 * Figures only: nothing here is asserted in tests.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { runCli } from './cli.ts';
import { extractPaper } from './core/extract.ts';
import type { PaperInput } from './core/types.ts';
import { ArgsError, formatHelp, helpHint, parseArgs, type CommandSpec } from './io/args.ts';
import { readJsonObjects } from './io/json-lines.ts';

export const BENCH_COMMAND = {
  command: 'claimboard bench',
  summary: 'measures the extractor: rate against compromise nlp(), peak memory of the CLI on a 50 MB JSONL (figures only)',
  flags: [
    { name: 'scale', help: 'also 200,000 generated abstracts through the CLI with --jobs 1 and 2, and a 2.5M projection', default: 'speed and memory only' },
  ],
  examples: ['claimboard bench', 'claimboard bench --scale'],
} as const satisfies CommandSpec;

interface BenchIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GOLD_ABSTRACTS = join(ROOT, 'tests/fixtures/gold/seed.abstracts.jsonl');
const EXTRACT_MIN = 2000;
const BASELINE_N = 100;
const RATIO_FLOOR = 20;
const MEMORY_INPUT_BYTES = 50 * 1024 * 1024;
const SCALE_N = 200_000;
const ARXIV_N = 2_500_000;

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MB`;

function repeated<T>(items: readonly T[], n: number): T[] {
  return Array.from({ length: n }, (_, i) => items[i % items.length]);
}

/** Timed rounds per rate: the best one is reported, as other processes on the machine only ever slow a round down. */
const ROUNDS = 3;

/** Items per second of `fn`, best of ROUNDS rounds over `items` each, after a warm-up pass over `distinct`. */
function rate<T>(items: readonly T[], distinct: readonly T[], fn: (item: T) => unknown): number {
  distinct.forEach(fn);
  let best = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (const item of items) fn(item);
    best = Math.max(best, items.length / ((performance.now() - start) / 1000));
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

interface ChildRun { seconds: number; peakRssBytes: number; summary: string }

/** Runs the CLI in a child process (this file in --child-cli mode) and reads its peak RSS report. */
async function runCliChild(args: string[]): Promise<ChildRun> {
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child-cli', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
  const [code] = await once(child, 'close');
  const seconds = (performance.now() - start) / 1000;
  const report = /peak-rss-bytes (\d+)/.exec(stderr);
  if (code !== 0 || !report) throw new Error(`CLI child failed (exit ${code}):\n${stderr}`);
  return { seconds, peakRssBytes: Number(report[1]), summary: stderr.split('\n').find((l) => / papers, /.test(l)) ?? '' };
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
  await measure(parsed.flags.scale, io);
  return 0;
}

async function measure(scale: boolean, io: BenchIo): Promise<void> {
  const papers = (await readJsonObjects(GOLD_ABSTRACTS)).map((o) => ({ id: String(o.id), title: String(o.title), abstract: String(o.abstract) }));
  const line = (s: string) => { io.stdout.write(`${s}\n`); };

  const extractN = Math.ceil(EXTRACT_MIN / papers.length) * papers.length;
  const extractRate = rate(repeated(papers, extractN), papers, extractPaper);
  const nlpRate = rate(repeated(papers, BASELINE_N), papers, (p) => nlp(p.abstract));
  const ratio = extractRate / nlpRate;
  line(`speed      extractor ${fmt(extractRate)} abstracts/s (${fmt(extractN)} abstracts, in-process, best of ${ROUNDS})`);
  line(`           nlp()     ${fmt(nlpRate)} abstracts/s (${BASELINE_N} abstracts, best of ${ROUNDS})`);
  line(`           ratio     ${fmt(ratio, 1)}x  (floor ${RATIO_FLOOR}x: ${ratio >= RATIO_FLOOR ? 'met' : 'NOT met'})`);

  const dir = await mkdtemp(join(tmpdir(), 'claimboard-bench-'));
  try {
    const memInput = join(dir, 'memory.jsonl');
    const memN = await generateJsonl(memInput, papers, { bytes: MEMORY_INPUT_BYTES });
    const mem = await runCliChild([memInput, '--jobs', '1', '--out', join(dir, 'claims.csv'), '--papers', join(dir, 'papers.csv')]);
    line(`memory     ${mb((await stat(memInput)).size)} JSONL (${fmt(memN)} abstracts), --jobs 1: peak RSS ${mb(mem.peakRssBytes)}, ${fmt(memN / mem.seconds)} abstracts/s`);
    await rm(memInput);

    if (scale) {
      const scaleInput = join(dir, 'scale.jsonl');
      await generateJsonl(scaleInput, papers, { count: SCALE_N });
      const runs: Record<string, ChildRun> = {};
      for (const jobs of ['1', '2']) {
        runs[jobs] = await runCliChild([scaleInput, '--jobs', jobs, '--out', join(dir, `claims-${jobs}.csv`), '--papers', join(dir, `papers-${jobs}.csv`)]);
        line(`scale      ${fmt(SCALE_N)} abstracts (${mb((await stat(scaleInput)).size)}), --jobs ${jobs}: ${fmt(SCALE_N / runs[jobs].seconds)} abstracts/s, ${fmt(runs[jobs].seconds, 1)} s, peak RSS ${mb(runs[jobs].peakRssBytes)}`);
      }
      const best = Math.max(SCALE_N / runs['1'].seconds, SCALE_N / runs['2'].seconds);
      line(`           --jobs 2 / --jobs 1: ${fmt(runs['1'].seconds / runs['2'].seconds, 2)}x; 2.5M abstracts projected at ${fmt(ARXIV_N / best / 60, 1)} min`);
    } else {
      line('scale      skipped (npm run bench -- --scale: 200,000 abstracts with --jobs 1 and 2)');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Child mode: the CLI as `npm run extract` runs it, then the process's peak RSS on stderr. */
async function childCli(args: string[]): Promise<void> {
  const code = await runCli(args, process);
  process.stderr.write(`peak-rss-bytes ${peakRssBytes()}\n`);
  process.exitCode = code;
}

// Run as a file: `node --import tsx extract/bench.ts --child-cli …` is the measured child process; otherwise
// (`tsx extract/bench.ts …`) the same as `claimboard bench …`.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const childAt = process.argv.indexOf('--child-cli');
  if (childAt >= 0) await childCli(process.argv.slice(childAt + 1));
  else process.exitCode = await runBench(process.argv.slice(2), process);
}
