/**
 * shareListedUnits: "by +11.9 and +8.6 AP", "up to 233 and 761 times faster", "by 4.4, 2.9, and 3.4 percentage
 * points": a unit written once after a list of numbers is every number's; "Spearman correlations of 0.976 and 0.933",
 * "mAP scores of 46.69 (A2G), 41.23 (G2A), and 22.98 (A2A)": so is a score's name written once before it. The bare
 * numbers become candidates of the same unit and kind, so the refiners after this one treat the list as they treat
 * "12% and 15%". Not "between 0 and 33%" (a range: mergeRanges), nor a year or a count of thousands.
 */
import { withFields, type Candidate, type SentenceContext } from '../candidate.ts';
import { AP_UNIT } from '../finders/absolutes.ts';

const BARE = String.raw`[+−-]?\d+(?:\.\d+)?`;
/** The list right before a number: "A and ", "A or ", "A, B, and ", each bare (no unit of its own). */
const LIST_BEFORE = new RegExp(String.raw`(?<![\w.,/^$\\@×+=*-])(${BARE}(?:\s*,\s*${BARE})*),?\s+(?:and|or)\s+[+−-]?$`);
const SHARED_KINDS: ReadonlySet<Candidate['kind']> = new Set(['multiplier', 'percent', 'points']);
/**
 * "up to 1.7/4.8x increase", "1,233/1,048 TFLOPS/GPU": two settings' values with one unit, slash-joined. Not "1/8x the
 * cost" (a fraction) nor "60/60 points" (a count out of a total).
 */
const SLASH_BEFORE = /(?<![\w.,/^$\\@×+=*-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*\/\s*$/;
/** The next bare number of a list after a named score: ", 41.23 (G2A)", ", and 22.98", " and 0.933" (no unit of its own). */
const LIST_AFTER = /^(?:\s*\([^()]{1,24}\))?(?:\s*,\s*(?:and\s+)?|,?\s+and\s+)(\d+(?:\.\d+)?)(?![\d.]*\s*(?:%|\\%|×|[A-Za-z]))/;

const bare = (c: Candidate, at: number, text: string): Candidate =>
  withFields(c, { start: at, end: at + text.length, numStart: at, numEnd: at + text.length, valueLow: Number(text), valueHigh: Number(text),
    finder: 'shareListedUnits' });

/** "in 2023 and 15%": a year or a count of thousands is no value of a list of changes or scores. */
const isCount = (text: string) => Number(text) >= 1000 && !text.includes('.');

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
    const parts = [...m[1].matchAll(/[+−-]?(\d+(?:\.\d+)?)/g)];
    if (parts.some((part) => isCount(part[1]))) continue;
    for (const part of parts) added.push(bare(c, listStart + part.index + part[0].length - part[1].length, part[1]));
  }
  for (const c of ctx.candidates) {
    if ((!SHARED_KINDS.has(c.kind) && (c.kind !== 'absolute' || c.unit === 'score')) || !/^\d/.test(ctx.abstract.slice(c.numStart, c.numEnd))) continue;
    const m = SLASH_BEFORE.exec(ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 16), c.numStart));
    const value = m ? Number(m[1].replace(/,/g, '')) : NaN;
    const own = Number(ctx.abstract.slice(c.numStart, c.numEnd).replace(/,/g, ''));
    if (!m || m[1] === '1' || (c.unit === 'points' && value === own) || ctx.candidates.some((o) => o !== c && o.numEnd > c.numStart - m[0].length && o.numStart < c.numStart)) continue;
    const at = c.numStart - m[0].length;
    added.push(withFields(bare(c, at, m[1]), { valueLow: value, valueHigh: value }));
  }
  for (const c of ctx.candidates) {
    if (c.kind !== 'absolute' || !(c.unit === 'score' || AP_UNIT.test(c.unit)) || !/^[A-Za-z]/.test(ctx.abstract.slice(c.numStart, c.numEnd))) continue;
    const next = ctx.candidates.find((o) => o.start >= c.end)?.start ?? ctx.sentence.end;
    for (let at = c.numEnd, m; (m = LIST_AFTER.exec(ctx.abstract.slice(at, next))) && !isCount(m[1]);) {
      added.push(bare(c, at + m[0].length - m[1].length, m[1]));
      at += m[0].length;
    }
  }
  return added.length ? [...added, ...ctx.candidates].sort((a, b) => a.numStart - b.numStart) : ctx.candidates;
}
