/**
 * The shortcuts the dashboard takes after a filter change must give what the plain functions give: a family's edges
 * taken from every metric's edges (edgesOfFamily) are claimEdges' with that family, and the claim lists' factor
 * extent read off the index's columns is the one read off the rows, and a fit whose graph was prepared once (kept per
 * edge set while the view follows neighbours) is the fit made from scratch, number for number. Checked on generated
 * claims (gen-claims, as the UI bench loads) under random filters.
 */
import { describe, expect, it } from 'vitest';
import { defaultSamplePath, generateCorpus, readSample } from '../../../extract/gen-claims.ts';
import { FAMILIES } from '../../../src/lib/families.ts';
import { claimEdges, edgesOfFamily, standingIndex, type EdgeSet } from '../../../src/lib/standing.ts';
import { fitStanding, standingGraph } from '../../../src/lib/standing-fit.ts';
import { chainConflicts, claimedBothWays, contradictions, mostComparedBaselines, neighbourEdges } from '../../../src/lib/standing-report.ts';
import { factorExtent } from '../../../src/lib/standing-view.ts';

const { claims } = generateCorpus({ rows: 4000, seed: 7, sample: readSample(defaultSamplePath()) });
const index = standingIndex(claims);
/** A keep mask passing about `share` of the rows (a small deterministic generator: reproducible failures). */
function randomKeep(share: number, seed: number): Uint8Array {
  let s = seed >>> 0;
  return Uint8Array.from(claims, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 < share ? 1 : 0;
  });
}
const plain = (edges: EdgeSet) => ({
  length: edges.length, from: [...edges.from], to: [...edges.to], claim: [...edges.claim], logFactor: [...edges.logFactor],
});

describe('edgesOfFamily', () => {
  it("is claimEdges with that family, edge for edge, under any filter", () => {
    for (const [k, share] of [1, 0.5, 0.1, 0].entries()) {
      const keep = randomKeep(share, k + 1);
      const all = claimEdges(index, { keep });
      for (const family of FAMILIES) {
        const direct = claimEdges(index, { keep, family });
        expect(plain(edgesOfFamily(all, family))).toEqual(plain(direct));
        if (share === 1) expect(direct.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('factorExtent', () => {
  it("spans the listed claims' ranges and 1×, as reading each claim's row does", () => {
    const all = claimEdges(index, { keep: randomKeep(0.6, 9) });
    for (const { name } of mostComparedBaselines(all, 5)) {
      const { against, beats } = neighbourEdges(all, name);
      let lo = 1, hi = 1;
      for (const e of [...against, ...beats]) {
        const c = claims[all.claim[e]];
        lo = Math.min(lo, c.factor_low!); hi = Math.max(hi, c.factor_high ?? c.factor_low!);
      }
      expect(factorExtent(all, [against, beats])).toEqual([lo, hi]);
    }
    expect(factorExtent(all, [new Int32Array(0)])).toEqual([1, 1]);
  });
});

describe('fitStanding on a prepared graph', () => {
  it('gives the fit from scratch for every reference, and contradictions split by what they depend on', () => {
    const all = claimEdges(index, { keep: randomKeep(0.7, 3) });
    for (const family of FAMILIES) {
      const edges = edgesOfFamily(all, family);
      const prepared = standingGraph(edges);
      const references = [null, ...mostComparedBaselines(edges, 4).map((b) => b.name), 'no such system'];
      for (const reference of references) {
        const fresh = fitStanding(edges, reference);
        expect(fitStanding(edges, reference, prepared)).toEqual(fresh);
        expect({ bothWays: claimedBothWays(edges), chains: chainConflicts(fresh) }).toEqual(contradictions(edges, fresh));
      }
    }
    expect(() => fitStanding(all, null, standingGraph(edgesOfFamily(all, 'speed')))).toThrow(/other edges/);
  });
});
