/**
 * `npx tsx tests/bench/canonical-system.ts [claims.csv …]`: what the systems vocabulary covers in a claims table, and
 * how fast canonicalSystem is. Figures only (not a test). Default table: data/claims.csv.
 *  - coverage of the distinct baseline strings: written exactly as a vocabulary name (what a plain lookup would join),
 *    known after canonicalSystem, generic (''), and named but unknown; the same weighted by mentions;
 *  - rate: first calls (each distinct string once, as a fresh process meets them; then the same strings written
 *    otherwise: "the X baseline", upper case) and memoised calls (a table repeats its baselines).
 */
import { readFileSync } from 'node:fs';
import { canonicalSystem, knownSystem, SYSTEM_ENTRIES } from '../../extract/core/canonical-system.ts';
import { parseClaimsCsv } from '../../extract/core/table.ts';

const files = process.argv.slice(2);
const baselines: string[] = [];
for (const file of files.length > 0 ? files : ['data/claims.csv']) {
  for (const c of parseClaimsCsv(readFileSync(file, 'utf8')).claims) baselines.push(...c.baseline);
}
function rate(label: string, calls: number, run: () => void): void {
  const t0 = performance.now();
  run();
  const ms = performance.now() - t0;
  console.log(`${label}: ${calls.toLocaleString('en-US')} calls in ${ms.toFixed(0)} ms = ${Math.round((calls / ms) * 1000).toLocaleString('en-US')} calls/s`);
}
const distinct = [...new Set(baselines)];
const pool = distinct.length > 0 ? distinct : ['vLLM'];
let sink = 0;
rate('first calls, distinct strings', pool.length, () => { for (const b of pool) sink += canonicalSystem(b).length; });
const respelled = pool.flatMap((b) => [`the ${b} baseline`, b.toUpperCase()]);
rate('first calls, respelled', respelled.length, () => { for (const b of respelled) sink += canonicalSystem(b).length; });
const CALLS = 1_000_000;
rate('memoised', CALLS, () => { for (let i = 0; i < CALLS; i++) sink += canonicalSystem(pool[i % pool.length]).length; });
if (sink < 0) console.log(sink);

const names = new Set(SYSTEM_ENTRIES.map((e) => e.name));
const share = (n: number, of: number) => `${n.toLocaleString('en-US')} (${((100 * n) / Math.max(1, of)).toFixed(1)}%)`;
const count = (list: readonly string[], test: (b: string) => boolean) => list.filter(test).length;
const generic = (b: string) => canonicalSystem(b) === '';
console.log(`vocabulary: ${SYSTEM_ENTRIES.length} entries`);
for (const [label, list] of [['distinct baseline strings', distinct], ['baseline mentions', baselines]] as const) {
  console.log(`${label}: ${list.length.toLocaleString('en-US')}`);
  console.log(`  written as a vocabulary name: ${share(count(list, (b) => names.has(b.trim())), list.length)}`);
  console.log(`  known after canonicalSystem:  ${share(count(list, (b) => knownSystem(b) !== undefined), list.length)}`);
  console.log(`  generic (''):                 ${share(count(list, generic), list.length)}`);
  console.log(`  named, not in the vocabulary: ${share(count(list, (b) => !generic(b) && !knownSystem(b)), list.length)}`);
}
const nodes = new Set(distinct.map(canonicalSystem).filter(Boolean));
const named = distinct.filter((b) => !generic(b));
console.log(`graph nodes from the named strings: ${named.length.toLocaleString('en-US')} strings → ${nodes.size.toLocaleString('en-US')} names`);
