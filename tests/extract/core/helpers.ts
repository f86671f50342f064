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
