import { expect } from 'vitest';
import { extractPaper } from '../../../extract/core/extract.ts';
import type { Claim } from '../../../extract/core/types.ts';

/** The claims of one sentence read as a whole abstract. */
export function claimsOf(sentence: string): Claim[] {
  return extractPaper({ title: 'A paper', abstract: sentence }).claims;
}

/** The fields a table row cares about, for compact expectations. */
export function pick<K extends keyof Claim>(claims: Claim[], keys: K[]): Pick<Claim, K>[] {
  return claims.map((c) => Object.fromEntries(keys.map((k) => [k, c[k]])) as Pick<Claim, K>);
}

export type Fields = Partial<Pick<Claim, 'value_low' | 'value_high' | 'unit' | 'metric' | 'direction' | 'comparison' | 'qualifier' | 'baseline' | 'hardware' | 'span' | 'factor_low' | 'hardware_count'>>;

export function traced(abstract: string, title = 'A paper'): { claims: Claim[]; trace: string } {
  const lines: string[] = [];
  const { claims } = extractPaper({ title, abstract }, {
    trace: (step, ctx) => lines.push(`${step}: ${ctx.candidates.map((c) => `${ctx.abstract.slice(c.start, c.end)} ${c.metric ?? ''} ${c.direction ?? ''}`).join(' | ')}`),
  });
  return { claims, trace: lines.join('\n') };
}

/** Every expected claim is found (in order, by the given fields); with `exact`, nothing else is. */
export function expectClaims(abstract: string, expected: Fields[], exact = true, title?: string) {
  const { claims, trace } = traced(abstract, title);
  const got = claims.map((c) => Object.fromEntries(Object.keys(expected[0] ?? {}).map((k) => [k, c[k as keyof Claim]])));
  const message = `trace:\n${trace}`;
  if (exact) expect(got, message).toEqual(expected);
  else for (const e of expected) expect(got, message).toContainEqual(e);
}
