/**
 * shareListedUnits: "by +11.9 and +8.6 AP", "up to 233 and 761 times faster", "by 4.4, 2.9, and 3.4 percentage
 * points": a unit written once after a list of numbers is every number's. The bare numbers before it become candidates
 * of the same unit and kind, so the refiners after this one treat the list as they treat "12% and 15%".
 * Not "between 0 and 33%" (a range: mergeRanges), and not a number that is a year, a count of thousands or a model size.
 */
import type { Candidate, SentenceContext } from '../candidate.ts';

const BARE = String.raw`[+−-]?\d+(?:\.\d+)?`;
/** The list right before a number: "A and ", "A or ", "A, B, and ", each bare (no unit of its own). */
const LIST_BEFORE = new RegExp(String.raw`(?<![\w.,/^$\\@×+=*-])(${BARE}(?:\s*,\s*${BARE})*),?\s+(?:and|or)\s+[+−-]?$`);
const SHARED_KINDS: ReadonlySet<Candidate['kind']> = new Set(['multiplier', 'percent', 'points']);
const AP_UNIT = /^m?AP(?:50|75)?$/;

export function shareListedUnits(ctx: SentenceContext): Candidate[] {
  const added: Candidate[] = [];
  for (const c of ctx.candidates) {
    if (!SHARED_KINDS.has(c.kind) && !AP_UNIT.test(c.unit)) continue;
    const from = Math.max(ctx.sentence.start, c.numStart - 60);
    const head = ctx.abstract.slice(from, c.numStart);
    const m = LIST_BEFORE.exec(head);
    if (!m || /\bbetween\s+$/i.test(head.slice(0, m.index))) continue;
    const listStart = from + m.index;
    if (ctx.candidates.some((o) => o !== c && o.numEnd > listStart && o.numStart < c.numStart)) continue;
    for (const part of m[1].matchAll(/[+−-]?(\d+(?:\.\d+)?)/g)) {
      const value = Number(part[1]);
      // "in 2023 and 15%": a year or a count of thousands is no value of a list of changes.
      if (value >= 1000 && !part[1].includes('.')) { added.length = 0; break; }
      const numStart = listStart + part.index + part[0].length - part[1].length;
      added.push({ ...c, start: numStart, end: numStart + part[1].length, numStart, numEnd: numStart + part[1].length,
        valueLow: value, valueHigh: value, finder: 'shareListedUnits' });
    }
  }
  return added.length ? [...added, ...ctx.candidates].sort((a, b) => a.numStart - b.numStart) : ctx.candidates;
}
