/**
 * `npx tsx tests/bench/standing.ts [--rows 100000] [--seed 1] [--claims claims.csv]`: how long who-beats-whom takes
 * after a filter change (figures only, not a test). On `--rows` generated claims (gen-claims, as `npm run bench:ui`
 * loads) or on a claims CSV: for every metric family, with and without "up to", on all hardware and on each of the
 * three most-claimed GPUs, times what the dashboard's store computes after a filter change (see the loop), and prints
 * median / p95 per step and in total, with the graph's size and the solver's iterations. The index
 * (canonical names interned, once per data set, as the view keeps it between filter changes) is timed apart.
 */
import { readFileSync } from 'node:fs';
import { defaultSamplePath, generateCorpus, readSample } from '../../extract/gen-claims.ts';
import { parseClaimsCsv } from '../../extract/core/table.ts';
import type { Claim } from '../../extract/core/types.ts';
import { FAMILIES } from '../../src/lib/families.ts';
import { claimEdges, standingIndex, type StandingFilter } from '../../src/lib/standing.ts';
import { fitStanding } from '../../src/lib/standing-fit.ts';
import { contradictions, mostComparedBaselines, neighbourAt, neighbourEdges } from '../../src/lib/standing-report.ts';
import { claimsPerSystem, familyClaimCounts, keepMask, standingFits, standingList } from '../../src/lib/standing-view.ts';

const args = process.argv.slice(2);
const opt = (k: string, d: string) => { const i = args.indexOf(`--${k}`); return i >= 0 ? args[i + 1] : d; };
const file = opt('claims', '');
const t0 = performance.now();
const claims: Claim[] = file
  ? parseClaimsCsv(readFileSync(file, 'utf8')).claims
  : generateCorpus({ rows: Number(opt('rows', '100000')), seed: Number(opt('seed', '1')), sample: readSample(defaultSamplePath()) }).claims;
console.log(`${claims.length.toLocaleString('en-US')} claims ${file ? `from ${file}` : 'generated'} in ${(performance.now() - t0).toFixed(0)} ms`);

for (let round = 1; round <= 2; round++) {
  const s = performance.now();
  standingIndex(claims);
  console.log(`index (once per data set), ${round === 1 ? 'first: canonicalSystem meets every name' : 'again: names memoised'}: ${(performance.now() - s).toFixed(0)} ms`);
}
const index = standingIndex(claims);
const gpuCount = new Map<string, number>();
for (const c of claims) for (const h of c.hardware) gpuCount.set(h, (gpuCount.get(h) ?? 0) + 1);
const gpus = [...gpuCount].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([h]) => h);
const filters: StandingFilter[] = [];
for (const family of FAMILIES) {
  for (const hardware of [null, ...gpus]) for (const excludeUpTo of [false, true]) filters.push({ family, hardware, excludeUpTo });
}

// What the dashboard's store (whoBeatsWhom.svelte.ts) computes after a filter change, step by step: the filters
// arrive as a keep mask (here the GPU and "up to" ones), then every metric's edges (lists, default system, picker)
// and the family's (standing, contradictions); the view makes objects only for the rows it shows.
type Steps = Record<'edges' | 'lists' | 'fit' | 'contradictions' | 'shown rows' | 'total', number[]>;
const newSteps = (): Steps => ({ edges: [], lists: [], fit: [], contradictions: [], 'shown rows': [], total: [] });
const cold = newSteps(), warm = newSteps();
let steps: Steps;
const time = <T>(into: number[], run: () => T): T => {
  const s = performance.now(); const r = run(); into.push(performance.now() - s); return r;
};
const upTo = Uint8Array.from(claims, (c) => (c.qualifier === 'up_to' ? 1 : 0));
let first = true;
for (let round = 0; round < 3; round++) {
  steps = round === 0 ? cold : warm;
  for (const filter of filters) {
    const fail = Uint8Array.from(claims, (c, i) =>
      ((filter.hardware && !c.hardware.includes(filter.hardware)) || (filter.excludeUpTo && upTo[i]) ? 1 : 0));
    const start = performance.now();
    const [all, edges] = time(steps.edges, () => {
      const keep = keepMask(fail);
      return [claimEdges(index, { keep }), claimEdges(index, { keep, family: filter.family })];
    });
    const system = time(steps.lists, () => {
      const quick = mostComparedBaselines(all, 6);
      claimsPerSystem(all);
      familyClaimCounts(all);
      const name = quick[0]?.name ?? '';
      return { name, near: neighbourEdges(all, name) };
    });
    const standing = time(steps.fit, () => fitStanding(edges, system.name));
    const found = time(steps.contradictions, () => contradictions(edges, standing));
    time(steps['shown rows'], () => {
      const list = standingList(standing, system.name);
      if (list) standingFits(edges, standing, list.systems.slice(0, 15));
      for (const e of system.near.against.subarray(0, 12)) neighbourAt(all, e, 'against');
      found.chains.slice(0, 5);
    });
    steps.total.push(performance.now() - start);
    if (round === 0 && (first || filter.hardware === null && !filter.excludeUpTo)) {
      first = false;
      const biggest = standing.systems.filter((s) => s.component === 0).length;
      console.log(`${filter.family}${filter.hardware ? ` on ${filter.hardware}` : ''}: ${edges.length.toLocaleString('en-US')} edges, `
        + `${standing.systems.length.toLocaleString('en-US')} systems in ${standing.components} components (largest ${biggest}), `
        + `${standing.pairs.length.toLocaleString('en-US')} pairs, ${standing.iterations} CG iterations, `
        + `${found.bothWays.length} pairs both ways, ${found.chains.length} chain conflicts`);
    }
  }
}
const quantile = (v: number[], q: number) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor(q * v.length))];
for (const [label, taken] of [['first round (JIT warm-up)', cold], ['rounds 2 and 3', warm]] as const) {
  console.log(`${label}: ${taken.total.length} filter changes, ms median / p95 / max:`);
  for (const [step, v] of Object.entries(taken)) {
    console.log(`  ${step.padEnd(15)} ${quantile(v, 0.5).toFixed(1).padStart(7)} / ${quantile(v, 0.95).toFixed(1).padStart(6)} / ${Math.max(...v).toFixed(1)}`);
  }
}
