import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { claimFactors } from '../../extract/core/factor.ts';
import { LOWER_IS_BETTER_METRICS } from '../../extract/core/lexicon/index.ts';
import { generateCorpus, mulberry32, profileOf, readSample, runGenCli } from '../../extract/gen-claims.ts';
import { claimsToCsv, parseClaimsCsv } from '../../extract/core/table.ts';
import { CLAIM_COLUMNS } from '../../extract/core/fields.ts';
import { METRICS, QUALIFIERS, TOPICS } from '../../extract/core/types.ts';

const SAMPLE = readSample(new URL('../fixtures/dashboard/claims.csv', import.meta.url).pathname);
const { claims, papers } = generateCorpus({ rows: 3000, seed: 7, sample: SAMPLE });

describe('generateCorpus', () => {
  it('makes exactly the rows asked for, several claims per paper', () => {
    expect(claims).toHaveLength(3000);
    expect(generateCorpus({ rows: 0, sample: SAMPLE }).claims).toEqual([]);
    expect(generateCorpus({ rows: 1, sample: SAMPLE }).claims).toHaveLength(1);
    expect(papers.reduce((n, p) => n + p.n_claims, 0)).toBe(3000);
    const perPaper = claims.length / papers.length;
    expect(perPaper).toBeGreaterThan(1.3);
    expect(perPaper).toBeLessThan(4);
  });

  it('unique paper ids (one title each) and unique claim ids paper_id@start-end', () => {
    expect(new Set(papers.map((p) => p.paper_id)).size).toBe(papers.length);
    const titleOf = new Map(papers.map((p) => [p.paper_id, p.title]));
    for (const c of claims) expect(c.title).toBe(titleOf.get(c.paper_id));
    expect(new Set(claims.map((c) => `${c.paper_id}@${c.start}-${c.end}`)).size).toBe(claims.length);
  });

  it('spans sit in their evidence and at start/end of the paper abstract', () => {
    const abstractOf = new Map(papers.map((p) => [p.paper_id, p.abstract]));
    for (const c of claims) {
      const abstract = abstractOf.get(c.paper_id)!;
      expect(abstract.slice(c.start, c.end)).toBe(c.span);
      expect(c.evidence).toContain(c.span);
      expect(abstract).toContain(c.evidence);
      const at = abstract.indexOf(c.evidence);
      expect(c.start).toBeGreaterThanOrEqual(at);
      expect(c.end).toBeLessThanOrEqual(at + c.evidence.length);
    }
  });

  it('values in range: closed lists, low <= high, factors per spec §5', () => {
    for (const c of claims) {
      expect(TOPICS).toContain(c.topic);
      expect(METRICS).toContain(c.metric);
      expect(QUALIFIERS).toContain(c.qualifier);
      expect(['relative', 'absolute']).toContain(c.comparison);
      expect(['increase', 'decrease']).toContain(c.direction);
      expect(Number.isFinite(c.value_low) && c.value_low > 0).toBe(true);
      expect(c.value_high).toBeGreaterThanOrEqual(c.value_low);
      expect({ factor_low: c.factor_low, factor_high: c.factor_high }).toEqual(claimFactors(c));
      if (c.factor_low !== null) {
        // >= 1 for an improvement; a change against the metric's better direction ("1-3% accuracy degradation",
        // "15% more parameters") is a loss, below 1.
        const lowerIsBetter = LOWER_IS_BETTER_METRICS.has(c.metric);
        const loss = c.metric !== 'other' && (c.direction === 'decrease') !== lowerIsBetter;
        if (loss) expect(c.factor_high!).toBeLessThan(1);
        else expect(c.factor_low).toBeGreaterThanOrEqual(1);
        expect(c.factor_high!).toBeGreaterThanOrEqual(c.factor_low);
      } else {
        expect(c.factor_high).toBeNull();
      }
      if (c.unit === '%' && c.direction === 'decrease') expect(c.value_high).toBeLessThan(100);
      if (c.hardware_count !== null) expect(c.hardware.length).toBe(1);
      expect(c.start).toBeLessThan(c.end);
    }
  });

  it('follows the sample: same topics and metrics, similar shares of hardware/baseline/relative claims', () => {
    const big = generateCorpus({ rows: 20_000, seed: 3, sample: SAMPLE }).claims;
    const share = (list: typeof SAMPLE, f: (c: (typeof SAMPLE)[number]) => boolean) => list.filter(f).length / list.length;
    expect(new Set(big.map((c) => c.topic))).toEqual(new Set(SAMPLE.map((c) => c.topic)));
    expect(new Set(big.map((c) => c.metric))).toEqual(new Set(SAMPLE.map((c) => c.metric)));
    for (const f of [(c: (typeof SAMPLE)[number]) => c.hardware.length > 0, (c: (typeof SAMPLE)[number]) => c.comparison === 'relative']) {
      expect(Math.abs(share(big, f) - share(SAMPLE, f))).toBeLessThan(0.08);
    }
    // A long tail of facet values, as in a big corpus.
    expect(new Set(big.flatMap((c) => c.hardware)).size).toBeGreaterThan(20);
    expect(new Set(big.flatMap((c) => c.baseline)).size).toBeGreaterThan(50);
  });

  it('is deterministic for a seed, different across seeds', () => {
    // Fewer rows with the same seed: a prefix of the bigger set (the last paper is only cut short).
    expect(generateCorpus({ rows: 500, seed: 7, sample: SAMPLE }).claims).toEqual(claims.slice(0, 500));
    const a = claimsToCsv(generateCorpus({ rows: 800, seed: 11, sample: SAMPLE }).claims);
    expect(claimsToCsv(generateCorpus({ rows: 800, seed: 11, sample: SAMPLE }).claims)).toBe(a);
    expect(claimsToCsv(generateCorpus({ rows: 800, seed: 12, sample: SAMPLE }).claims)).not.toBe(a);
  });

  it('writes every spec column and parses back to the same claims', () => {
    const csv = claimsToCsv(claims);
    expect(csv.slice(0, csv.indexOf('\r\n'))).toBe(CLAIM_COLUMNS.join(','));
    const back = parseClaimsCsv(csv);
    expect(back.issues).toEqual([]);
    expect(back.claims).toEqual(claims);
  });

  it('rejects a bad row count and an empty sample', () => {
    expect(() => generateCorpus({ rows: -1, sample: SAMPLE })).toThrow(/rows/);
    expect(() => generateCorpus({ rows: 1.5, sample: SAMPLE })).toThrow(/rows/);
    expect(() => profileOf([])).toThrow(/no claims/);
  });

  it('mulberry32 is a fixed sequence in [0, 1)', () => {
    const r = mulberry32(42);
    const xs = Array.from({ length: 1000 }, r);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const again = mulberry32(42);
    expect(Array.from({ length: 1000 }, again)).toEqual(xs);
  });
});

describe('gen-claims CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gen-claims-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) } } };
  };
  const sample = new URL('../fixtures/dashboard/claims.csv', import.meta.url).pathname;

  it('--rows --out --seed --sample --papers: writes the CSVs, reproducibly; without --out, to stdout', () => {
    const a = io();
    expect(runGenCli(['--rows', '250', '--out', join(dir, 'a.csv'), '--seed', '5', '--sample', sample, '--papers', join(dir, 'p.csv')], a.io)).toBe(0);
    expect([a.out.stdout, a.out.stderr]).toEqual(['', expect.stringMatching(/^250 claims of \d+ papers \(seed 5, sample .*\) → .*a\.csv in \d+ ms\n$/)]);
    const text = readFileSync(join(dir, 'a.csv'), 'utf8');
    expect(parseClaimsCsv(text).claims).toHaveLength(250);
    expect(readFileSync(join(dir, 'p.csv'), 'utf8')).toMatch(/^paper_id,title,system,topic,hardware_mentioned,n_claims,abstract\r\n/);
    const b = io();
    expect(runGenCli(['--rows', '250', '-o', join(dir, 'b.csv'), '--seed=5', '--sample', sample], b.io)).toBe(0);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe(text);
    const c = io();
    expect(runGenCli(['--rows', '250', '--seed', '5', '--sample', sample], c.io)).toBe(0);
    expect(c.out.stdout).toBe(text);
  });

  it('usage errors exit 2 with one line saying what is wrong', () => {
    for (const [argv, message] of [
      [[], 'error: --rows is required'],
      [['--rows', 'x'], 'error: --rows needs a whole number >= 0, got "x"'],
      [['--rows', '1', '--seed', '1.5'], 'error: --seed needs a whole number, got "1.5"'],
      [['--rows', '1', '--bogus', '1'], 'error: unknown flag --bogus'],
      [['--rows', '1', '--sampel', 'x.csv'], 'error: unknown flag --sampel (did you mean --sample?)'],
      [['--rows', '1', '--sample', join(dir, 'missing.csv')], `error: cannot use sample ${join(dir, 'missing.csv')}: no such file or directory\n`],
      [['--rows', '1', '-o', join(dir, 'no/such/dir.csv')], `error: cannot write ${join(dir, 'no/such/dir.csv')}: no such file or directory\n`],
    ] as const) {
      const r = io();
      expect(runGenCli(argv, r.io), argv.join(' ')).toBe(2);
      expect(r.out.stdout).toBe('');
      expect(r.out.stderr.startsWith(message), r.out.stderr).toBe(true);
    }
  });
});
