import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runEval } from '../../extract/eval.ts';
import { claimsToCsv, papersToCsv, parseClaimsCsv } from '../../extract/core/table.ts';
import type { Claim, PaperRow } from '../../extract/core/types.ts';

const gold = (name: string) => fileURLToPath(new URL(`../fixtures/gold/${name}`, import.meta.url));
const jsonl = (name: string) => readFileSync(gold(name), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runEval(args, {
    stdout: { write: (s: string) => { stdout += s; } }, stderr: { write: (s: string) => { stderr += s; } },
  });
  return { code, stdout, stderr };
}

/** The gold claims written as an extractor's claims.csv, less the first non-optional one, plus one extra. */
function predictionFiles(dir: string) {
  const golds = jsonl('seed.claims.jsonl');
  const dropped = golds.findIndex((g) => !g.optional);
  const claims: Claim[] = golds.filter((_, i) => i !== dropped).map((g) => ({
    paper_id: 'p', title: g.title, system: '', topic: 'Other', metric: g.metric, comparison: g.comparison, direction: g.direction,
    value_low: g.value_low, value_high: g.value_high, unit: g.unit, qualifier: g.qualifier, factor_low: null, factor_high: null,
    baseline: g.baseline, hardware: g.hardware, hardware_count: g.hardware_count, model: g.model, span: g.span, start: 0, end: 0, evidence: '',
  }));
  claims.push({ ...claims[0], span: '7B', value_low: 7, value_high: 7, unit: 'B', evidence: 'a 7B model' });
  const papers: PaperRow[] = jsonl('seed.papers.jsonl').map((p, i) => ({
    paper_id: `p${i}`, title: p.title, system: p.system ?? '', topic: i === 0 ? 'Other' : p.topic, hardware_mentioned: [], n_claims: 0, abstract: '',
  }));
  writeFileSync(join(dir, 'claims.csv'), claimsToCsv(claims));
  writeFileSync(join(dir, 'papers.csv'), papersToCsv(papers));
  return { dropped: golds[dropped], claims: join(dir, 'claims.csv'), papers: join(dir, 'papers.csv') };
}

describe('claimboard eval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimboard-eval-'));
  const pred = predictionFiles(dir);
  const base = ['--gold', gold('seed.claims.jsonl'), '--papers', gold('seed.papers.jsonl'), '--pred', pred.claims];

  it('--json prints the figures', async () => {
    const r = await run([...base, '--pred-papers', pred.papers, '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect([s.papers, s.gold_claims, s.tp, s.fp, s.fn]).toEqual([77, 61, 60, 1, 1]);
    expect(s.topic).toEqual({ correct: 76, total: 77, accuracy: 76 / 77 });
    expect(s.misses).toBeUndefined();
  });

  it('--verbose lists each miss and extra', async () => {
    const r = await run([...base, '--verbose']);
    expect(r.stdout).toMatch(/topic accuracy +n\/a \(needs --pred-papers\)/);
    expect(r.stdout).toContain(`miss   ${pred.dropped.title} | "${pred.dropped.span}" | ${pred.dropped.value_low} ${pred.dropped.unit}`);
    expect(r.stdout).toContain('| "7B" | 7 B | a 7B model');
  });

  it('exits 2 naming an unreadable or malformed input, and on a missing flag', async () => {
    expect(await run([...base.slice(0, 5), '/nonexistent/claims.csv'])).toEqual({ code: 2, stdout: '', stderr: 'error: cannot read /nonexistent/claims.csv: no such file or directory\n' });
    writeFileSync(join(dir, 'bad.jsonl'), '{"title": "x"}\nnot json\n');
    expect((await run(['--gold', join(dir, 'bad.jsonl'), ...base.slice(2)])).stderr).toBe(`error: cannot read ${join(dir, 'bad.jsonl')}: line 2: malformed JSON\n`);
    const missing = await run(['--gold', gold('seed.claims.jsonl')]);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'error: --papers, --pred are required (or --set NAME)\nrun "claimboard eval --help" for the flags\n' });
    const typo = await run([...base, '--verbos']);
    expect([typo.code, typo.stderr.split('\n')[0]]).toEqual([2, 'error: unknown flag --verbos (did you mean --verbose?)']);
  });

  it('reads exact and spreadsheet-safe predictions alike', async () => {
    const safe = join(dir, 'safe.csv');
    const claims = parseClaimsCsv(readFileSync(pred.claims, 'utf8')).claims;
    writeFileSync(safe, claimsToCsv(claims, { spreadsheetSafe: true }));
    expect(readFileSync(safe, 'utf8')).toContain(`"'+0.8% absolute"`);
    expect(readFileSync(pred.claims, 'utf8')).toContain(',+0.8% absolute,');
    const exact = await run([...base, '--json', '--verbose']);
    expect(await run([...base.slice(0, 5), safe, '--json', '--verbose'])).toEqual(exact);
    expect(JSON.parse(exact.stdout).extras.map((e: { span: string }) => e.span)).toEqual(['7B']);
  });

  it('--set extracts a gold set of the repository and scores it; an unknown set is one line and exit 2', async () => {
    const r = await run(['--set', 'seed', '--json']);
    expect(r.code).toBe(0);
    const figures = JSON.parse(r.stdout);
    expect(figures.papers).toBe(77);
    expect(figures.f1).toBeGreaterThan(0.9);
    expect(figures.system.total).toBe(77);
    expect(await run(['--set', 'nope'])).toEqual({ code: 2, stdout: '', stderr: 'error: --set: no gold set "nope" (one of seed, arxiv-tune, arxiv-check, all)\nrun "claimboard eval --help" for the flags\n' });
  });
});
