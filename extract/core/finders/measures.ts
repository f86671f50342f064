/**
 * findMeasures: absolute measures the other finders do not know — power and energy ("8.4 W", "33W"), memory sizes
 * ("3.5GB", "12.91 MB"), compute rates ("182 GFLOPS", "310 petaFLOP/s"), efficiency ("467 tokens/sec/W"),
 * nanoseconds, and money ("$2.86M", "$25"). Units are data (lexicon/measures.json); the unit is kept as written
 * (spec §2), spacing dropped. All of them are settings as often as results, so each needs a result cue.
 */
import { newCandidate, type Candidate, type Finder } from '../candidate.ts';
import { NUMBER_SOURCE as N, parseDecimal } from '../numbers.ts';
import { MEASURES, MONEY_PATTERN } from '../lexicon/index.ts';
import { firstGroup, matchesOf } from '../matches.ts';
import { numberMatches, numberPattern } from './number-matches.ts';

const MEASURE = numberPattern(`(?:(${N})\\s*(?:-|–|—|to|~)\\s*)?(${N})\\s?(?:${MEASURES.map((m) => `(${m.pattern})`).join('|')})`, 'g');
const HAS_UNIT_LETTER = /[WJBSsw$]/;

/** The unit as the text writes it, compacted ("tokens/sec/W", "GB", "mW", "petaFLOP/s"). */
function asWritten(text: string): string {
  return text.replace(/\s+/g, '');
}

export const findMeasures: Finder = (text, offset) => {
  const out: Candidate[] = [];
  if (!HAS_UNIT_LETTER.test(text)) return out;
  for (const m of numberMatches(MEASURE, text)) {
    const k = firstGroup(m, 3) - 3;
    const spec = MEASURES[k];
    const written = asWritten(m[k + 3]);
    const unit = spec.named || (/^[a-z]+$/i.test(written) && written.length > 4) ? spec.unit : written;
    // "1.13 GB → 12.91 MB" has no range; "2-4 GB" does, unless it is "from 2 to 4 GB" (a change: 4 GB).
    const change = m[1] !== undefined && (/\bfrom\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) ||
      (parseDecimal(m[1]) > parseDecimal(m[2]) && /\bto\b/i.test(m[0])));
    const high = parseDecimal(m[2]);
    const low = m[1] === undefined || change ? high : Math.min(parseDecimal(m[1]), high);
    // Not `d` indices: MEASURE matches in most abstracts, and the flag builds indices on every match.
    const start = change ? m.index + m[0].indexOf(m[2], m[1]!.length) : m.index;
    out.push(newCandidate({
      numStart: offset + start, numEnd: offset + m.index + m[0].length, valueLow: low, valueHigh: Math.max(low, high), unit,
      kind: 'absolute', finder: 'measures', unitMetric: spec.metric, needsCue: true, polarity: spec.polarity,
    }));
  }
  if (text.includes('$')) {
    for (const m of matchesOf(MONEY_PATTERN, text)) {
      const scale = (m[3] ?? '').toLowerCase();
      const unit = scale === '' ? '$' : scale.startsWith('m') ? '$M' : scale.startsWith('b') ? '$B' : '$K';
      const v = parseDecimal(m[1] + (m[2] ? `.${m[2]}` : ''));
      out.push(newCandidate({
        numStart: offset + m.index, numEnd: offset + m.index + m[0].length, valueLow: v, valueHigh: v, unit,
        kind: 'absolute', finder: 'measures', unitMetric: 'cost', needsCue: true,
      }));
    }
  }
  return out;
};
