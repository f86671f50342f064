/**
 * What a claim is compared against, as the dashboard counts it: the canonical name of each named baseline
 * (canonicalSystem, spec §6b: "vLLM", "vLLM-0.2.7" and "the vLLM baseline" are one vLLM) and one GENERIC_BASELINES
 * for generic phrases ("baseline methods", "existing FL strategies"). One definition of named versus generic:
 * a phrase is generic exactly when canonicalSystem gives ''. The table and the CSV keep the text as written.
 * Apart from claims.ts so that the CSV worker, which imports claims.ts, does not bundle the systems vocabulary.
 */
import { canonicalSystem } from '../../extract/core/canonical-system.ts';
import { memoized } from '../../extract/core/memo.ts';
import type { Claim } from '../../extract/core/types.ts';

/** The one name every generic baseline phrase goes by in the Baseline facet and the chart's rows. */
export const GENERIC_BASELINES = 'generic baselines';

/**
 * Per distinct phrase as written: a data set repeats a few thousand phrases over 100k claims, and a lookup here is
 * cheaper than canonicalSystem's own memo (which also strips and trims on a miss).
 */
/** A baseline as written → its canonical name, or GENERIC_BASELINES for a generic phrase. */
export const baselineKey: (written: string) => string = memoized((written) => canonicalSystem(written) || GENERIC_BASELINES);

/**
 * The Baseline facet's values of a claim (and the chart's rows when grouped by baseline): each named system once,
 * then GENERIC_BASELINES once when any phrase is generic. Named systems are the nodes of "who beats whom", generic
 * phrases are not.
 */
export function baselineKeys(c: Pick<Claim, 'baseline'>): string[] {
  const keys: string[] = [];
  let generic = false;
  for (const b of c.baseline) {
    const key = baselineKey(b);
    if (key === GENERIC_BASELINES) generic = true;
    else if (!keys.includes(key)) keys.push(key);
  }
  if (generic) keys.push(GENERIC_BASELINES);
  return keys;
}
