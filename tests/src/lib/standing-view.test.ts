/**
 * What the Who beats whom view reads off the graph: keep mask, claims per family, systems found by name, the
 * standing listed from the reference's component, and per system how far its claims sit from the fit.
 */
import { describe, expect, it } from 'vitest';
import type { Metric, Qualifier } from '../../../extract/core/types.ts';
import { claimEdges, type StandingRow } from '../../../src/lib/standing.ts';
import { fitStanding } from '../../../src/lib/standing-fit.ts';
import { contradictions, mostComparedBaseline, mostComparedBaselines } from '../../../src/lib/standing-report.ts';
import {
  bothWaysFactors, claimsPerSystem, familyClaimCounts, findSystems, keepMask, standingFits, standingList,
} from '../../../src/lib/standing-view.ts';

function claim(system: string, baseline: string | string[], factor: number, more: Partial<StandingRow> = {}): StandingRow {
  return {
    system, baseline: Array.isArray(baseline) ? baseline : [baseline], metric: 'throughput' as Metric, factor_low: factor,
    factor_high: factor, hardware: [], paper_id: `${system}-paper`, qualifier: 'exact' as Qualifier, comparison: 'relative', ...more,
  };
}

describe('keepMask', () => {
  it('keeps the rows that fail no filter', () => {
    expect(Array.from(keepMask(Uint8Array.from([0, 2, 0, 128])))).toEqual([1, 0, 1, 0]);
  });
});

describe('familyClaimCounts', () => {
  it('counts a claim against two baselines once, in its family; other metrics in none', () => {
    const edges = claimEdges([
      claim('SysA', ['SysB', 'SysC'], 2), claim('SysA', 'SysB', 3, { metric: 'memory' }),
      claim('SysA', 'SysB', 1.1, { metric: 'fid' }), claim('SysA', 'SysB', 1.2, { metric: 'other' }),
    ]);
    expect(edges.length).toBe(5);
    expect(familyClaimCounts(edges)).toEqual({ speed: 1, memory: 1, cost: 0, accuracy: 1 });
  });
});

describe('mostComparedBaselines and findSystems', () => {
  const rows = [
    claim('S-LoRA', 'vLLM', 4), claim('BatchLLM', 'vLLM', 2), claim('Sarathi-Serve', ['vLLM', 'Orca'], 2.6),
    claim('Ascendra', 'Sarathi-Serve', 1.7), claim('Orca', 'FasterTransformer', 36.9),
  ];
  const edges = claimEdges(rows);
  it('the most claimed-against baselines, most first, ties by name; the first is the default system', () => {
    expect(mostComparedBaselines(edges, 3)).toEqual([
      { name: 'vLLM', claims: 3 }, { name: 'FasterTransformer', claims: 1 }, { name: 'Orca', claims: 1 },
    ]);
    expect(mostComparedBaseline(edges)).toBe('vLLM');
    expect(mostComparedBaselines(edges, 99)).toHaveLength(4);
  });
  it('finds systems by part of the name, ignoring case: prefix matches first, then most claims', () => {
    const counts = claimsPerSystem(edges);
    expect(findSystems(edges, counts, 'serve')).toEqual([{ name: 'Sarathi-Serve', claims: 3 }]);
    expect(findSystems(edges, counts, 'a').map((s) => s.name)).toEqual(['Ascendra', 'Sarathi-Serve', 'Orca', 'BatchLLM', 'FasterTransformer', 'S-LoRA']);
    expect(findSystems(edges, counts, 'a', 2)).toHaveLength(2);
    expect(findSystems(edges, counts, '  ')).toEqual([]);
  });
});

describe('standingList and standingFits', () => {
  // Two components: SysA 2× SysB, SysB 3× SysC (SysA 6× SysC), and apart SysX 2× SysY.
  const rows = [claim('SysA', 'SysB', 2), claim('SysB', 'SysC', 3), claim('SysX', 'SysY', 2), claim('SysX', 'SysY', 8, { paper_id: 'other' })];
  const edges = claimEdges(rows);

  it('lists the chosen system\'s component, best first, against it; else the largest against its most-claimed', () => {
    const list = standingList(fitStanding(edges, 'SysY'), 'SysY')!;
    expect(list.systems.map((s) => s.system)).toEqual(['SysX', 'SysY']);
    expect(list).toMatchObject({ reference: 'SysY', chosenInGraph: true, outside: 3, groups: 1 });
    expect(list.systems[0].factor).toBeCloseTo(4, 10);
    const largest = standingList(fitStanding(edges, 'Nobody'), 'Nobody')!;
    expect(largest.systems.map((s) => s.system)).toEqual(['SysA', 'SysB', 'SysC']);
    expect(largest).toMatchObject({ reference: 'SysB', chosenInGraph: false, outside: 2 });
    expect(standingList(fitStanding(claimEdges([])), null)).toBeNull();
  });

  it('a system resting on claims that disagree has their spread; a chain fits exactly', () => {
    const fitOf = (system: string, reference: string) => {
      const standing = fitStanding(edges, reference);
      const shown = standing.systems.filter((s) => s.system === system);
      return standingFits(edges, standing, shown)[0];
    };
    // 2× and 8× fit at 4×: alone, each claim would put SysX at 2× or 8× SysY; both are off by a factor of 2.
    const x = fitOf('SysX', 'SysY');
    expect(x.spread).toBeCloseTo(Math.LN2, 10);
    expect(x.claimScores.map((v) => Math.exp(v))).toEqual([expect.closeTo(2, 8), expect.closeTo(8, 8)]);
    const a = fitOf('SysA', 'SysC');
    expect(a.spread).toBeCloseTo(0, 10);
    expect(a.claimScores.map((v) => Math.exp(v))).toEqual([expect.closeTo(6, 8)]);
  });
});

describe('bothWaysFactors', () => {
  it('each side\'s claims as one factor, a claim below 1 read as the other side winning', () => {
    const edges = claimEdges([
      claim('SysA', 'SysB', 2, { paper_id: 'p1' }), claim('SysA', 'SysB', 8, { paper_id: 'p2' }),
      claim('SysB', 'SysA', 1.5, { paper_id: 'p3' }), claim('SysA', 'SysB', 1 / 3, { paper_id: 'p4' }),
    ]);
    const [pair] = contradictions(edges, fitStanding(edges)).bothWays;
    expect(pair).toMatchObject({ a: 'SysA', b: 'SysB' });
    const f = bothWaysFactors(edges, pair);
    expect(f.aOverB).toBeCloseTo(4, 10);
    expect(f.bOverA).toBeCloseTo(Math.sqrt(1.5 * 3), 10);
  });
});
