/**
 * The finders' patterns that open with a number (NUMBER_SOURCE, perhaps after a sign) are tried only where a number
 * starts, not at every character. A global regex that starts with an optional group and a lookbehind is tried by V8
 * at each position of the abstract; ten of them ran over every abstract with a digit (~16 µs a text for seven of them).
 * The places a number can start are found once per text and shared; each pattern is tried there as a sticky regex
 * (~3x less time). The matches are the same: a global scan takes, from where the last match ended, the first position
 * where the pattern matches, and a match can only start where its first number (or sign) does.
 */

/**
 * NUMBER_SOURCE starts with a digit not right after a word character, a dot, '@' or '^'; a signed pattern ("+2.8%",
 * "−0.7 pp") may also start at a sign right before a digit.
 */
const SIGNED_START = /(?<![\w.@^])\d|[+−-](?=\d)/g;

/** A finder pattern that opens with a number, or with a sign before one when `signed`. */
export interface NumberPattern {
  readonly sticky: RegExp;
  readonly signed: boolean;
}

/** `source` must open with NUMBER_SOURCE (a range's low end included), or with an optional sign before it (`signed`). */
export function numberPattern(source: string, flags: string, signed = false): NumberPattern {
  return { sticky: new RegExp(source, `${flags.replace('g', '')}y`), signed };
}

/** Where numbers start in the last text asked about (the finders all read the same abstract). */
let startsOf: string | undefined;
let unsigned: number[] = [];
let signed: number[] = [];

function startsIn(text: string, withSign: boolean): number[] {
  if (text !== startsOf) {
    startsOf = text;
    unsigned = [];
    signed = [];
    SIGNED_START.lastIndex = 0;
    for (let m = SIGNED_START.exec(text); m !== null; m = SIGNED_START.exec(text)) {
      signed.push(m.index);
      if (m[0] !== '+' && m[0] !== '−' && m[0] !== '-') unsigned.push(m.index);
    }
    SIGNED_START.lastIndex = 0;
  }
  return withSign ? signed : unsigned;
}

/** Every match of the pattern in `text`, as matchesOf would find them with its global form. */
export function numberMatches(pattern: NumberPattern, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const re = pattern.sticky;
  let from = 0;
  for (const at of startsIn(text, pattern.signed)) {
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m !== null) {
      out.push(m);
      from = at + m[0].length;
    }
  }
  re.lastIndex = 0;
  return out;
}
