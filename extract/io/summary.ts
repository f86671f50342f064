/**
 * `claimboard extract --summary`: after the run, the ten most-compared baselines and the ten systems with the most
 * claims, by canonical name (canonicalSystem, spec §6b; generic phrases left out), so a run on a corpus says at once
 * who is compared with whom. Each batch tallies its own claims (on the worker that extracted them); the CLI adds the
 * tallies up. A batch holds whole papers, so papers counted per batch add up too.
 */
import { canonicalSystem } from '../core/canonical-system.ts';
import type { Claim } from '../core/types.ts';

/** [name, claims, papers] per canonical name. */
export type NameCounts = [name: string, claims: number, papers: number][];

export interface ComparisonTally {
  /** Claims naming each baseline (a claim naming two spellings of one system counts once). */
  baselines: NameCounts;
  /** Claims made by each paper's own system. */
  systems: NameCounts;
}

function counter() {
  const counts = new Map<string, { claims: number; papers: Set<string> }>();
  return {
    add(name: string, paper: string) {
      let c = counts.get(name);
      if (!c) counts.set(name, (c = { claims: 0, papers: new Set() }));
      c.claims++;
      c.papers.add(paper);
    },
    list: (): NameCounts => [...counts].map(([name, c]) => [name, c.claims, c.papers.size]),
  };
}

export function tallyComparisons(claims: readonly Claim[]): ComparisonTally {
  const baselines = counter();
  const systems = counter();
  for (const c of claims) {
    const system = canonicalSystem(c.system);
    if (system) systems.add(system, c.paper_id);
    const named = new Set(c.baseline.map(canonicalSystem));
    for (const b of named) if (b) baselines.add(b, c.paper_id);
  }
  return { baselines: baselines.list(), systems: systems.list() };
}

/** The tallies of a run, added up batch by batch. */
export class ComparisonSummary {
  private readonly baselines = new Map<string, [number, number]>();
  private readonly systems = new Map<string, [number, number]>();

  add(tally: ComparisonTally): void {
    for (const [into, counts] of [[this.baselines, tally.baselines], [this.systems, tally.systems]] as const) {
      for (const [name, claims, papers] of counts) {
        const c = into.get(name) ?? [0, 0];
        into.set(name, [c[0] + claims, c[1] + papers]);
      }
    }
  }

  /** Two short tables for stderr; `top` names each, most claims first (then most papers, then by name). */
  format(top = 10): string {
    return [
      ...table('most-compared baselines (canonical names; generic phrases left out)', 'no named baselines', this.baselines, top),
      ...table('systems with the most claims', 'no paper names its own system', this.systems, top),
    ].join('\n') + '\n';
  }
}

function table(title: string, none: string, counts: Map<string, [number, number]>, top: number): string[] {
  const rows = [...counts].sort(([a, [ac, ap]], [b, [bc, bp]]) => bc - ac || bp - ap || (a < b ? -1 : a > b ? 1 : 0)).slice(0, top);
  if (rows.length === 0) return [`${title}: ${none}`];
  const width = Math.min(40, Math.max(...rows.map(([name]) => name.length)));
  const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
  return [`${title}:`, ...rows.map(([name, [claims, papers]]) =>
    `  ${name.padEnd(width)}  ${plural(claims, 'claim').padStart(12)} in ${plural(papers, 'paper')}`)];
}
