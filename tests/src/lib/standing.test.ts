/**
 * Who beats whom on graphs whose answer is known: a chain, cycles consistent and not, two components, contradictions,
 * ranges at their geometric middle, "up to" left out when asked, filters, neighbours and the CSV exports.
 */
import { describe, expect, it } from 'vitest';
import { parseClaimsCsv } from '../../../extract/core/table.ts';
import type { Metric, Qualifier } from '../../../extract/core/types.ts';
import { claimEdges, edgeList, metricFamily, standingIndex, standingIndexSlices, type StandingRow } from '../../../src/lib/standing.ts';
import { fitStanding, pairAt } from '../../../src/lib/standing-fit.ts';
import {
  contradictions, edgesToCsv, mostComparedBaseline, neighbourAt, neighbourEdges, neighbours, standingToCsv,
} from '../../../src/lib/standing-report.ts';
import { fitDifferences } from '../../../src/lib/standing-solve.ts';

/** A relative claim: `system` is `low`(–`high`)× better than `baseline`. */
function claim(system: string, baseline: string | string[], low: number, more: Partial<StandingRow> & { high?: number } = {}): StandingRow {
  const { high, ...rest } = more;
  return {
    system, baseline: Array.isArray(baseline) ? baseline : [baseline], metric: 'throughput' as Metric, factor_low: low,
    factor_high: high ?? low, hardware: [], paper_id: `${system}-paper`, qualifier: 'exact' as Qualifier, comparison: 'relative', ...rest,
  };
}
const factorOf = (rows: StandingRow[], name: string, reference?: string) => {
  const s = fitStanding(claimEdges(rows), reference).systems.find((x) => x.system === name)!;
  return s.factor;
};

describe('fitStanding', () => {
  it('a chain: A 2× B, B 3× C → A 6× C', () => {
    const rows = [claim('SysA', 'SysB', 2), claim('SysB', 'SysC', 3)];
    const standing = fitStanding(claimEdges(rows), 'SysC');
    expect(standing.systems.map((s) => [s.system, s.reference])).toEqual([['SysA', 'SysC'], ['SysB', 'SysC'], ['SysC', 'SysC']]);
    expect(standing.systems[0].factor).toBeCloseTo(6, 10);
    expect(standing.systems[1].factor).toBeCloseTo(3, 10);
    expect(standing.iterations).toBe(0);
    for (const r of standing.residuals) expect(r).toBeCloseTo(0, 12);
    expect(factorOf(rows, 'SysC', 'SysA')).toBeCloseTo(1 / 6, 10);
  });

  it('a consistent cycle fits every claim exactly', () => {
    const rows = [claim('SysA', 'SysB', 2), claim('SysB', 'SysC', 3), claim('SysA', 'SysC', 6)];
    const standing = fitStanding(claimEdges(rows), 'SysC');
    expect(standing.systems[0]).toMatchObject({ system: 'SysA', claims: 2, papers: 1 });
    expect(standing.systems[0].factor).toBeCloseTo(6, 8);
    for (const r of standing.residuals) expect(Math.abs(r)).toBeLessThan(1e-8);
    expect(contradictions(claimEdges(rows), standing).chains).toEqual([]);
  });

  it('an inconsistent triangle spreads the disagreement evenly over its three claims, in log space', () => {
    // log SysA−SysB = log 2, SysB−SysC = log 2, but SysA−SysC claimed log 64: each claim is off by (log 64 − log 4)/3.
    const rows = [claim('SysA', 'SysB', 2), claim('SysB', 'SysC', 2), claim('SysA', 'SysC', 64)];
    const standing = fitStanding(claimEdges(rows), 'SysC');
    const gap = (Math.log(64) - Math.log(4)) / 3;
    expect(Math.log(factorOf(rows, 'SysA', 'SysC'))).toBeCloseTo(Math.log(64) - gap, 8);
    expect(Array.from(standing.residuals, (r) => Number(r.toFixed(8)))).toEqual([-gap, -gap, gap].map((r) => Number(r.toFixed(8))));
  });

  it('a chain that many claims support outweighs one direct claim: only that pair is flagged', () => {
    // Three papers each say SysA 2× SysB and SysB 2× SysC (so SysA ~4× SysC); one says SysA 32× SysC.
    const rows = [
      ...[1, 2, 3].flatMap((p) => [claim('SysA', 'SysB', 2, { paper_id: `p${p}` }), claim('SysB', 'SysC', 2, { paper_id: `q${p}` })]),
      claim('SysA', 'SysC', 32, { paper_id: 'r' }),
    ];
    const edges = claimEdges(rows);
    const standing = fitStanding(edges, 'SysC');
    // The loop's mismatch log 32 − log 4 splits by resistance: 1 on the direct pair, 1/3 on each chain pair.
    const mismatch = Math.log(32) - Math.log(4);
    const { chains } = contradictions(edges, standing);
    expect(chains.map((p) => [p.a, p.b, p.claims])).toEqual([['SysA', 'SysC', 1]]);
    expect(chains[0].direct).toBeCloseTo(Math.log(32), 10);
    expect(chains[0].residual).toBeCloseTo(mismatch / (5 / 3), 8);
    expect(standing.residuals[6]).toBeCloseTo(mismatch / (5 / 3), 8);
    expect(contradictions(edges, standing, mismatch).chains).toEqual([]);
  });

  it('two components, each against its own reference: the chosen one where it is, else the most-claimed', () => {
    const rows = [claim('SysA', 'vLLM', 2), claim('SysB', 'vLLM', 4), claim('SysX', 'SysY', 3)];
    const standing = fitStanding(claimEdges(rows), 'vLLM');
    expect(standing.components).toBe(2);
    const by = Object.fromEntries(standing.systems.map((s) => [s.system, s]));
    expect(by.SysB).toMatchObject({ component: 0, reference: 'vLLM' });
    expect(by.SysB.factor).toBeCloseTo(4, 10);
    expect(by.SysA.factor).toBeCloseTo(2, 10);
    expect(by.SysX).toMatchObject({ component: 1, reference: 'SysX' });
    expect(by.SysY.factor).toBeCloseTo(1 / 3, 10);
    expect(standing.systems.map((s) => s.system)).toEqual(['SysB', 'SysA', 'vLLM', 'SysX', 'SysY']);
  });

  it('parallel claims of one pair count by their mean log; claims and papers are counted per system', () => {
    const rows = [claim('SysA', 'SysB', 2, { paper_id: 'p1' }), claim('SysA', 'SysB', 8, { paper_id: 'p2' })];
    const standing = fitStanding(claimEdges(rows), 'SysB');
    expect(standing.systems[0].factor).toBeCloseTo(4, 10);
    expect(standing.systems[0]).toMatchObject({ claims: 2, papers: 2 });
    expect(standing.residuals[0]).toBeCloseTo(Math.log(2) - Math.log(4), 10);
    expect(pairAt(standing.pairs, 0)).toMatchObject({ a: 'SysA', b: 'SysB', claims: 2 });
    expect(pairAt(standing.pairs, 0).residual).toBeCloseTo(0, 10);
  });

  it('solves a long cycle with many claims by conjugate gradients, to the closed form', () => {
    // A ring of 200 systems, each 1.1× the next and the last 1.1× the first: every edge off by the same amount.
    const n = 200;
    const rows = Array.from({ length: n }, (_, i) => claim(`S${i}`, `S${(i + 1) % n}`, 1.1));
    const standing = fitStanding(claimEdges(rows), 'S0');
    const expected = Math.log(1.1) - (n * Math.log(1.1)) / n;
    for (const r of standing.residuals) expect(r).toBeCloseTo(Math.log(1.1) - expected, 6);
    for (const s of standing.systems) expect(s.factor).toBeCloseTo(1, 6);
  });
});

describe('claimEdges', () => {
  it('a range counts at its geometric middle', () => {
    const [edge] = edgeList(claimEdges([claim('SysA', 'SysB', 2, { high: 8 })]));
    expect(edge).toMatchObject({ factorLow: 2, factorHigh: 8 });
    expect(edge.factor).toBeCloseTo(4, 12);
  });

  it('canonical names on both ends; generic, self and factorless claims give no edge', () => {
    const rows = [
      claim('S-LoRA', ['vLLM-0.2.7', 'HuggingFace PEFT', 'state-of-the-art methods'], 4),
      claim('vLLM', "vLLM's PagedAttention", 2), claim('', 'vLLM', 2), claim('SysA', 'vLLM', 2, { comparison: 'absolute' }),
      { ...claim('SysA', 'vLLM', 2), factor_low: null, factor_high: null },
    ];
    expect(edgeList(claimEdges(rows)).map((e) => [e.system, e.baseline, e.claim])).toEqual([['S-LoRA', 'vLLM', 0], ['S-LoRA', 'PEFT', 0]]);
    // Two spellings of one baseline in one claim are one edge.
    expect(claimEdges([claim('S-LoRA', ['vLLM', 'vLLM-0.2.7'], 4)]).length).toBe(1);
  });

  it('filters: a metric family, one GPU, "up to" left out when asked', () => {
    const rows = [
      claim('SysA', 'SysB', 2, { metric: 'latency', hardware: ['A100'] }), claim('SysA', 'SysB', 3, { metric: 'memory', hardware: ['H100'] }),
      claim('SysA', 'SysB', 5, { metric: 'accuracy' }), claim('SysA', 'SysB', 7, { metric: 'other' }), claim('SysA', 'SysB', 9, { qualifier: 'up_to', hardware: ['A100'] }),
    ];
    const index = standingIndex(rows);
    const factors = (f: Parameters<typeof claimEdges>[1]) => edgeList(claimEdges(index, f)).map((e) => e.factor);
    expect(factors({ family: 'speed' })).toEqual([2, 9]);
    expect(factors({ family: 'speed', excludeUpTo: true })).toEqual([2]);
    expect(factors({ family: 'memory' })).toEqual([3]);
    expect(factors({ family: 'accuracy' })).toEqual([5]);
    expect(factors({ hardware: 'A100' })).toEqual([2, 9]);
    expect(factors({})).toEqual([2, 3, 5, 7, 9]);
    expect(factors({ family: 'speed', keep: Uint8Array.from([0, 1, 1, 1, 1]) })).toEqual([9]);
    expect([metricFamily('training_time'), metricFamily('communication'), metricFamily('fid'), metricFamily('other')])
      .toEqual(['speed', 'cost', 'accuracy', undefined]);
  });
});

describe('contradictions: pairs claimed both ways', () => {
  it('by two papers is a contradiction; a factor below 1 says the baseline won', () => {
    const rows = [
      claim('SysA', 'SysB', 2, { paper_id: 'p1' }), claim('SysB', 'SysA', 1.5, { paper_id: 'p2' }),
      claim('SysC', 'SysD', 2, { paper_id: 'p3' }), claim('SysD', 'SysC', 0.8, { paper_id: 'p4' }),
    ];
    const edges = claimEdges(rows);
    expect(contradictions(edges, fitStanding(edges)).bothWays).toEqual([{ a: 'SysA', b: 'SysB', aOverB: [0], bOverA: [1] }]);
  });

  it('most-claimed pairs first; chains off by more than 2×, farthest first', () => {
    const rows = [
      claim('SysA', 'SysB', 2, { paper_id: 'p1' }), claim('SysB', 'SysA', 1.5, { paper_id: 'p2' }),
      ...[3, 4].map((p) => claim('SysC', 'SysD', 2, { paper_id: `p${p}` })), claim('SysD', 'SysC', 3, { paper_id: 'p5' }),
    ];
    const edges = claimEdges(rows);
    const { bothWays } = contradictions(edges, fitStanding(edges));
    expect(bothWays).toEqual([{ a: 'SysC', b: 'SysD', aOverB: [2, 3], bOverA: [4] }, { a: 'SysA', b: 'SysB', aOverB: [0], bOverA: [1] }]);
    // A 4× B and B 4× C but A 1× C: the loop is off by 16×, each of its pairs by 16^(1/3). D 2× E and E 16× F but
    // D 64× F: off by 2×, each pair by 2^(1/3). The larger misfits come first (within a loop, equal up to rounding).
    const loops = claimEdges([
      claim('SysA', 'SysB', 4), claim('SysB', 'SysC', 4), claim('SysA', 'SysC', 1),
      claim('SysD', 'SysE', 2), claim('SysE', 'SysF', 16), claim('SysD', 'SysF', 64),
    ]);
    const standing = fitStanding(loops);
    const { chains } = contradictions(loops, standing, 0.2);
    const names = chains.map((c) => c.a + c.b);
    expect([names.slice(0, 3).sort(), names.slice(3).sort()]).toEqual([['SysASysB', 'SysASysC', 'SysBSysC'], ['SysDSysE', 'SysDSysF', 'SysESysF']]);
    expect(chains.map((c) => Number(Math.abs(c.residual).toFixed(6))))
      .toEqual([...Array(3).fill(Math.log(16) / 3), ...Array(3).fill(Math.log(2) / 3)].map((r) => Number(r.toFixed(6))));
    // At the default threshold (2×, per pair) only the first loop is off.
    expect(contradictions(loops, standing).chains.map((c) => c.a + c.b).sort()).toEqual(['SysASysB', 'SysASysC', 'SysBSysC']);
  });

  it('within one paper it is a trade-off the paper states, not a contradiction', () => {
    const rows = [claim('SysA', 'SysB', 2, { paper_id: 'p1' }), claim('SysA', 'SysB', 0.9, { paper_id: 'p1', metric: 'latency' })];
    const edges = claimEdges(rows);
    expect(contradictions(edges, fitStanding(edges)).bothWays).toEqual([]);
  });
});

describe('neighbours', () => {
  const rows = [
    claim('S-LoRA', 'vLLM', 4, { hardware: ['A100'] }), claim('Sarathi-Serve', 'vLLM', 2.6, { hardware: ['A100'] }),
    claim('SysX', 'Sarathi-Serve', 1.5), claim('vLLM', 'HF Transformers', 24), claim('SysY', 'vLLM', 1.1, { high: 2 }),
  ];
  const edges = claimEdges(rows);

  it('what claims against a system, best first, and what it claims to beat', () => {
    const { against, beats } = neighbours(edges, 'vLLM');
    expect(against.map((n) => [n.name, n.factor, n.hardware])).toEqual([['S-LoRA', 4, ['A100']], ['Sarathi-Serve', 2.6, ['A100']],
      ['SysY', Math.sqrt(2.2), []]]);
    expect(against[2]).toMatchObject({ factorLow: 1.1, factorHigh: 2, metric: 'throughput', paper_id: 'SysY-paper' });
    expect(beats.map((n) => [n.name, n.factor])).toEqual([['Hugging Face Transformers', 24]]);
    expect(neighbours(edges, 'nobody')).toEqual({ against: [], beats: [] });
  });

  it('as edge positions in the same order, ties by the other end\'s name; objects only for the rows asked for', () => {
    const tied = claimEdges([...rows, claim('AAA', 'vLLM', 2.6), claim('vLLM', 'Orca', 24, { hardware: ['H100'] })]);
    const { against, beats } = neighbourEdges(tied, 'vLLM');
    // Edges 0–4 are `rows`' (S-LoRA 0, Sarathi-Serve 1, SysX 2, vLLM→HF 3, SysY 4), then AAA 5 and vLLM→Orca 6.
    expect(Array.from(against)).toEqual([0, 5, 1, 4]);
    expect(Array.from(beats)).toEqual([3, 6]);
    expect(neighbourAt(tied, 5, 'against')).toMatchObject({ name: 'AAA', system: 'AAA', baseline: 'vLLM', factor: 2.6 });
    expect(neighbourAt(tied, 6, 'beats')).toMatchObject({ name: 'Orca', system: 'vLLM', hardware: ['H100'] });
    expect(neighbours(tied, 'vLLM').against.map((n) => n.name)).toEqual(['S-LoRA', 'AAA', 'Sarathi-Serve', 'SysY']);
    expect(neighbourEdges(tied, 'nobody')).toEqual({ against: new Int32Array(0), beats: new Int32Array(0) });
  });

  it('the default system is the most-compared baseline', () => {
    expect(mostComparedBaseline(edges)).toBe('vLLM');
    expect(mostComparedBaseline(claimEdges([]))).toBeUndefined();
  });
});

describe('CSV exports', () => {
  const rows = [claim('SysA', 'SysB', 2, { hardware: ['A100', 'H100'] }), claim('=Cmd', 'SysB', 1.1, { high: 1.3, paper_id: 'p2' })];
  const edges = claimEdges(rows);

  it('edges: system, baseline, metric, factor, hardware, paper_id', () => {
    const csv = edgesToCsv(edges);
    expect(csv.split('\r\n')).toEqual([
      'system,baseline,metric,factor,hardware,paper_id', 'SysA,SysB,throughput,2,A100; H100,SysA-paper', '=Cmd,SysB,throughput,1.1958,,p2',
    ]);
    expect(edgesToCsv(edges, { spreadsheetSafe: true })).toContain('"\'=Cmd",SysB');
  });

  it('standing: one row per system, readable back as a table', () => {
    const csv = standingToCsv(fitStanding(edges, 'SysB'));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('system,component,reference,factor_vs_reference,log_factor,claims,papers');
    expect(lines.slice(1)).toEqual(['SysA,0,SysB,2,0.6931,1,1', '=Cmd,0,SysB,1.1958,0.1788,1,1', 'SysB,0,SysB,1,0,2,2']);
    expect(() => parseClaimsCsv(csv)).toThrow(/not a claims table/);
  });
});

describe('fitDifferences', () => {
  it('holds each component\'s fixed node at 0 and ignores self-loops', () => {
    const fit = fitDifferences(
      4, Int32Array.from([0, 2, 1]), Int32Array.from([1, 3, 1]), Float64Array.from([1, 2, 5]), (nodes) => nodes[nodes.length - 1],
    );
    expect(fit.components).toBe(2);
    expect(Array.from(fit.fixed)).toEqual([1, 3]);
    expect(Array.from(fit.x)).toEqual([1, 0, 2, 0]);
  });
});

describe('standingIndexSlices', () => {
  it('yields between slices of rows and returns the index standingIndex builds at once', () => {
    const rows = Array.from({ length: 4500 }, (_, i) => claim(`Sys${i % 7}`, `Base${i % 5}`, 1 + (i % 3), { paper_id: `p${i >> 2}` }));
    const slices = standingIndexSlices(rows);
    const done: number[] = [];
    let step = slices.next();
    while (!step.done) { done.push(step.value); step = slices.next(); }
    expect(done).toEqual([2000, 4000]);
    const whole = standingIndex(rows);
    expect(step.value.names).toEqual(whole.names);
    expect(Array.from(step.value.baselineIds)).toEqual(Array.from(whole.baselineIds));
    expect(Array.from(step.value.paper)).toEqual(Array.from(whole.paper));
    expect(step.value.ids.get('Base3')).toBe(whole.names.indexOf('Base3'));
  });
});
