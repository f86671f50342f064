/**
 * Synthetic claims for scale tests of the dashboard: `claimboard gen-claims --rows 100000 -o big.csv`
 * (`npm run gen:claims -- …`).
 *
 * The distributions come from a sample claims table (data/claims.csv, the bundled extracted sample, else the
 * gold-derived dashboard fixture): topics per paper, claims per paper, and per claim a template claim of the same
 * topic whose metric, comparison, direction, unit and qualifier it keeps and whose value it varies (log-normal
 * around the template's). Baselines, hardware and models follow the sample's rates, with a long tail of real
 * system and accelerator names (spec §6) so the facets look like a big corpus. Every claim gets a synthetic
 * evidence sentence that contains its span; a paper's abstract is its sentences joined, so `start`/`end` are
 * offsets into that abstract (`abstract.slice(start, end) === span`) and ids (`paper_id@start-end`) are unique.
 * Factors follow spec §5. A seeded PRNG (mulberry32) makes the output a function of (sample, rows, seed).
 *
 * `generateCorpus` is pure; the CLI only reads the sample and writes CSV with claimsToCsv (papers.csv too with --papers).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { claimFactors } from './core/factor.ts';
import { claimsToCsv, papersToCsv, parseClaimsCsv } from './core/table.ts';
import type { Claim, PaperRow, Topic } from './core/types.ts';
import {
  GENERIC_BASELINES, HARDWARE_TAIL, MODELS, NAMED_BASELINES, round, sentenceOf, spanOf, SYS_A, SYS_B, SYS_C, TITLE_ADJ, TITLE_TAILS,
  TOPIC_PHRASES, varyValue,
} from './gen-claims-text.ts';
import { mulberry32, Rng, zipf } from './gen-random.ts';
import { ArgsError, formatHelp, helpHint, parseArgs, type CommandSpec } from './io/args.ts';
import { fileErrorReason } from './io/errors.ts';

export { HARDWARE_TAIL } from './gen-claims-text.ts';
export { mulberry32 } from './gen-random.ts';

// ---------------------------------------------------------------- the sample's distributions

export interface Profile {
  topics: { values: Topic[]; cumulative: number[] };
  /** How many claims the sample's papers have (one entry per paper). */
  claimsPerPaper: number[];
  /** Sample claims by topic (the templates a synthetic claim copies its kind from). */
  byTopic: Map<Topic, Claim[]>;
  all: Claim[];
  baselineRate: number;
  baselineLists: string[][];
  hardwareRate: number;
  hardwareLists: string[][];
  hardwareCountRate: number;
  modelRate: number;
  models: string[];
  rangeRate: number;
}

/** The distributions of a sample claims table (needs at least one claim). */
export function profileOf(sample: readonly Claim[]): Profile {
  if (sample.length === 0) throw new Error('the sample has no claims');
  const papers = new Map<string, Claim[]>();
  for (const c of sample) {
    let list = papers.get(c.paper_id);
    if (!list) papers.set(c.paper_id, (list = []));
    list.push(c);
  }
  const topicCount = new Map<Topic, number>();
  for (const list of papers.values()) topicCount.set(list[0].topic, (topicCount.get(list[0].topic) ?? 0) + 1);
  const values = [...topicCount.keys()];
  let sum = 0;
  const cumulative = values.map((t) => (sum += topicCount.get(t)!));
  const byTopic = new Map<Topic, Claim[]>();
  for (const c of sample) {
    let list = byTopic.get(c.topic);
    if (!list) byTopic.set(c.topic, (list = []));
    list.push(c);
  }
  const withHw = sample.filter((c) => c.hardware.length > 0);
  const rate = (n: number) => n / sample.length;
  return {
    topics: { values, cumulative },
    claimsPerPaper: [...papers.values()].map((l) => l.length),
    byTopic,
    all: [...sample],
    baselineRate: rate(sample.filter((c) => c.baseline.length > 0).length),
    baselineLists: sample.filter((c) => c.baseline.length > 0).map((c) => c.baseline),
    hardwareRate: rate(withHw.length),
    hardwareLists: withHw.map((c) => c.hardware),
    hardwareCountRate: withHw.length ? withHw.filter((c) => c.hardware_count !== null).length / withHw.length : 0.3,
    modelRate: rate(sample.filter((c) => c.model !== '').length),
    models: sample.filter((c) => c.model !== '').map((c) => c.model),
    rangeRate: rate(sample.filter((c) => c.value_high !== c.value_low).length),
  };
}

// ---------------------------------------------------------------- the generator

export interface GenerateOptions {
  /** Number of claims (exactly). */
  rows: number;
  seed?: number;
  /** The sample whose distributions are copied. */
  sample: readonly Claim[];
}

export interface Corpus {
  claims: Claim[];
  papers: PaperRow[];
}

function systemName(rng: Rng): string {
  return `${rng.pick(SYS_A)}${rng.pick(SYS_B)}${rng.pick(SYS_C)}`;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

function pickList(rng: Rng, fromSample: readonly string[][], tail: readonly string[], tailCum: number[], tailShare: number): string[] {
  if (fromSample.length === 0 || rng.chance(tailShare)) {
    const n = rng.chance(0.15) ? 2 : 1;
    const out = new Set<string>();
    for (let i = 0; i < n; i++) out.add(tail[rng.weighted(tailCum)]);
    return [...out];
  }
  return [...rng.pick(fromSample)];
}

/** `rows` synthetic claims (and their papers) with the sample's distributions; deterministic for (sample, rows, seed). */
export function generateCorpus({ rows, seed = 1, sample }: GenerateOptions): Corpus {
  if (!Number.isInteger(rows) || rows < 0) throw new Error(`rows must be a whole number >= 0 (got ${rows})`);
  const rng = new Rng(mulberry32(seed));
  const p = profileOf(sample);
  const hwCum = zipf(HARDWARE_TAIL.length);
  const blTail = [...NAMED_BASELINES, ...GENERIC_BASELINES];
  const blCum = zipf(blTail.length, 0.9);
  const modelCum = zipf(MODELS.length, 0.8);
  const claims: Claim[] = [];
  const papers: PaperRow[] = [];
  let paperNo = 0;
  while (claims.length < rows) {
    paperNo++;
    const topic = p.topics.values[rng.weighted(p.topics.cumulative)];
    const system = systemName(rng);
    const title = `${system}: ${rng.pick(TITLE_ADJ)} ${rng.pick(TOPIC_PHRASES[topic] ?? TOPIC_PHRASES.Other)} ${rng.pick(TITLE_TAILS)}`.trimEnd();
    const paperId = `${slug(title)}-${paperNo.toString(36)}`;
    const n = Math.min(rows - claims.length, Math.max(1, rng.pick(p.claimsPerPaper) + (rng.chance(0.3) ? rng.int(3) - 1 : 0)));
    const templates = p.byTopic.get(topic) ?? p.all;
    const sentences: string[] = [`We present ${system}, a new approach to ${(rng.pick(TOPIC_PHRASES[topic] ?? TOPIC_PHRASES.Other)).toLowerCase()}.`];
    let offset = sentences[0].length + 1;
    const paperHardware = new Set<string>();
    for (let k = 0; k < n; k++) {
      const t = rng.chance(0.75) ? rng.pick(templates) : rng.pick(p.all);
      const qualifier = rng.chance(0.85) ? t.qualifier : rng.pick(p.all).qualifier;
      const low = varyValue(rng, t);
      let high = low;
      if (rng.chance(p.rangeRate) && t.unit !== 'FID') {
        high = round(low * (1.2 + rng.next() * 2), t.unit === 'x' && low < 10 ? 2 : 1);
        if (t.unit === '%' && (t.direction === 'decrease' || t.metric === 'accuracy')) high = Math.min(high, 99);
        if (high <= low) high = low;
      }
      const baseline = t.comparison === 'relative' && rng.chance(p.baselineRate)
        ? pickList(rng, p.baselineLists, blTail, blCum, 0.6) : [];
      const hardware = rng.chance(p.hardwareRate) ? pickList(rng, p.hardwareLists, HARDWARE_TAIL, hwCum, 0.6) : [];
      const hardwareCount = hardware.length === 1 && rng.chance(p.hardwareCountRate) ? rng.pick([1, 1, 2, 4, 8, 8, 16, 32, 64]) : null;
      const model = rng.chance(p.modelRate) ? (rng.chance(0.5) && p.models.length ? rng.pick(p.models) : MODELS[rng.weighted(modelCum)]) : '';
      const claim = {
        paper_id: paperId, title, system, topic, metric: t.metric, comparison: t.comparison, direction: t.direction,
        value_low: low, value_high: high, unit: t.unit, qualifier,
        ...claimFactors({
          value_low: low, value_high: high, unit: t.unit, direction: t.direction, comparison: t.comparison, metric: t.metric,
        }),
        baseline, hardware, hardware_count: hardwareCount, model,
        span: spanOf(rng, t.unit, low, high, qualifier),
      };
      const s = sentenceOf(rng, system, claim);
      const start = offset + s.at;
      claims.push({ ...claim, start, end: start + claim.span.length, evidence: s.text });
      sentences.push(s.text);
      offset += s.text.length + 1;
      for (const h of hardware) paperHardware.add(h);
    }
    papers.push({ paper_id: paperId, title, system, topic, hardware_mentioned: [...paperHardware], n_claims: n, abstract: sentences.join(' ') });
  }
  return { claims, papers };
}

// ---------------------------------------------------------------- CLI

/** The default sample: the bundled extracted claims, else the gold-derived dashboard fixture. */
export function defaultSamplePath(root = fileURLToPath(new URL('..', import.meta.url))): string {
  const data = join(root, 'data/claims.csv');
  return existsSync(data) ? data : join(root, 'tests/fixtures/dashboard/claims.csv');
}

export function readSample(path: string): Claim[] {
  return parseClaimsCsv(readFileSync(path, 'utf8')).claims;
}

export const GEN_CLAIMS_COMMAND = {
  command: 'claimboard gen-claims',
  summary: "seeded synthetic claims with a sample table's distributions, for testing the dashboard at scale",
  flags: [
    { name: 'rows', value: 'N', help: 'how many claims to make', required: true },
    { name: 'out', short: 'o', value: 'FILE', help: 'write the claims CSV to FILE', default: 'stdout' },
    { name: 'seed', value: 'S', help: 'PRNG seed (an integer); the same seed and sample give the same file', default: '1' },
    { name: 'sample', value: 'FILE', help: 'claims CSV whose distributions to copy', default: 'data/claims.csv, else tests/fixtures/dashboard/claims.csv' },
    { name: 'papers', value: 'FILE', help: "also write the synthetic papers' papers.csv to FILE", default: 'not written' },
  ],
  examples: [
    'claimboard gen-claims --rows 100000 -o big.csv',
    'claimboard gen-claims --rows 5000 --seed 7 --sample my-claims.csv --papers papers.csv > claims.csv',
  ],
} as const satisfies CommandSpec;

export function runGenCli(
  argv: readonly string[], io: { stdout: { write(s: string): unknown }; stderr: { write(s: string): unknown } },
): number {
  let parsed;
  try {
    parsed = parseArgs(GEN_CLAIMS_COMMAND, argv);
  } catch (err) {
    if (!(err instanceof ArgsError)) throw err;
    io.stderr.write(`error: ${err.message}\n${helpHint(GEN_CLAIMS_COMMAND)}\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout.write(formatHelp(GEN_CLAIMS_COMMAND));
    return 0;
  }
  const { flags } = parsed;
  const rows = Number(flags.rows);
  const seed = Number(flags.seed ?? '1');
  for (const [name, value, ok] of [['rows', flags.rows, /^\d+$/.test(flags.rows)], ['seed', flags.seed, /^-?\d+$/.test(flags.seed ?? '1')]] as const) {
    if (!ok) {
      io.stderr.write(`error: --${name} needs a whole number${name === 'rows' ? ' >= 0' : ''}, got "${value}"\n${helpHint(GEN_CLAIMS_COMMAND)}\n`);
      return 2;
    }
  }
  const samplePath = flags.sample ?? defaultSamplePath();
  let sample: Claim[];
  try {
    sample = readSample(samplePath);
    if (sample.length === 0) throw new Error('no claims in it');
  } catch (err) {
    io.stderr.write(`error: cannot use sample ${samplePath}: ${fileErrorReason(err)}\n`);
    return 2;
  }
  const t0 = performance.now();
  const { claims, papers } = generateCorpus({ rows, seed, sample });
  const out = flags.out === undefined || flags.out === '-' ? null : flags.out;
  const claimsCsv = `${claimsToCsv(claims)}\r\n`;
  for (const [path, text] of [[out, claimsCsv], [flags.papers ?? null, `${papersToCsv(papers)}\r\n`]] as const) {
    if (path === null) continue;
    try {
      writeFileSync(path, text);
    } catch (err) {
      io.stderr.write(`error: cannot write ${path}: ${fileErrorReason(err)}\n`);
      return 2;
    }
  }
  if (out === null) io.stdout.write(claimsCsv);
  io.stderr.write(`${claims.length} claims of ${papers.length} papers (seed ${seed}, sample ${samplePath}) → ${out ?? 'stdout'} in ${Math.round(performance.now() - t0)} ms\n`);
  return 0;
}

// Run as a file (`tsx extract/gen-claims.ts …`): the same as `claimboard gen-claims …`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = runGenCli(process.argv.slice(2), process);
}
