/**
 * The source text of one top-level member of a JSON object, as written. JSON.parse turns `"id": 2406.10010`
 * into the number 2406.1001 (and 12345678901234567890 into …000); an id must keep its digits, and Node 20's
 * JSON.parse has no reviver access to the source text, so the text is read back from the line here.
 * Browser-safe (no node: imports): the dashboard's paste panel parses JSONL with the same code.
 */

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** `s[i]` is the opening quote of a string: the index after its closing quote, or -1. */
function stringEnd(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x5c /* \ */) j++;
    else if (c === 0x22 /* " */) return j + 1;
  }
  return -1;
}

/** The index after the value that starts at `i` (string, object, array, number or literal), or -1. */
function valueEnd(s: string, i: number): number {
  const first = s.charCodeAt(i);
  if (first === 0x22) return stringEnd(s, i);
  if (first === 0x7b /* { */ || first === 0x5b /* [ */) {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === 0x22) {
        j = stringEnd(s, j) - 1;
        if (j < 0) return -1;
      } else if (c === 0x7b || c === 0x5b) {
        depth++;
      } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
        if (--depth === 0) return j + 1;
      }
    }
    return -1;
  }
  // A number or true/false/null: runs to the next separator.
  let j = i;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 0x2c /* , */ || c === 0x7d || c === 0x5d || isSpace(c)) break;
    j++;
  }
  return j > i ? j : -1;
}

/** A member name as JSON.parse reads it: `"\u0069d"` is `id`. */
function memberName(raw: string): string | undefined {
  if (!raw.includes('\\')) return raw.slice(1, -1);
  try {
    return JSON.parse(raw) as string;
  } catch {
    return undefined;
  }
}

/**
 * The text of the value of top-level member `key` in `json` (an object), exactly as written: `2406.10010`,
 * `"x"`, `{…}`. When the name occurs more than once the last one counts, as in JSON.parse. Undefined when the
 * object has no such member or the text is not an object this scanner can follow.
 */
export function topLevelMemberText(json: string, key: string): string | undefined {
  let i = skipSpace(json, 0);
  if (json.charCodeAt(i) !== 0x7b) return undefined;
  i = skipSpace(json, i + 1);
  if (json.charCodeAt(i) === 0x7d) return undefined;
  let found: string | undefined;
  for (;;) {
    if (json.charCodeAt(i) !== 0x22) return undefined;
    const nameEnd = stringEnd(json, i);
    if (nameEnd < 0) return undefined;
    const name = memberName(json.slice(i, nameEnd));
    i = skipSpace(json, nameEnd);
    if (json.charCodeAt(i) !== 0x3a /* : */) return undefined;
    i = skipSpace(json, i + 1);
    const end = valueEnd(json, i);
    if (end < 0) return undefined;
    if (name === key) found = json.slice(i, end);
    i = skipSpace(json, end);
    const c = json.charCodeAt(i);
    if (c === 0x7d) return found;
    if (c !== 0x2c) return undefined;
    i = skipSpace(json, i + 1);
  }
}

/** A JSON number as written: `-12`, `2406.10010`, `1.5e3`. */
export const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
