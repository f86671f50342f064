/**
 * A case-insensitive alternation of many keywords, grouped by first letter: "r(?:(TX\s?4090)|(TX\s?3090))|a(?:(100)…)".
 * V8 tries every alternative at every word start; grouped, it tries one letter per group and then only that group's
 * keywords (the hardware and topic scans, ~25 first letters each, ran 15-25% faster on the corpus).
 * A keyword that opens with a group of lettered alternatives ("(?:RTX|GTX)\d{3,4}", "(?:AMD\s+|Xilinx\s+)?Versal")
 * goes into the group of each letter it can open with, that letter taken off ("TX\d{3,4}" under r, under g): left
 * where it was, each such keyword split the groups around it, and the hardware scan had 70 alternatives at each word
 * start instead of 26 (the scan 30-35% faster, the topic scan ~10%, same matches on the 10k corpus). So do classes
 * and optional letters ("[KMGTP]?FLOPs", "N?MSE") and a lookbehind before them: the metric cues, read the same way,
 * are one pass ~25% faster than their cues one after another.
 * The scan itself has no capture groups (keywordScan); the sticky patterns that say whose keyword matched keep one
 * per keyword, and `owners[g - 1]` says whose capture group g is.
 */

/** Each character of a regex source outside escapes and classes, with the group depth before it. */
function* structure(source: string): Generator<[number, string, number]> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else {
      yield [i, c, depth];
      if (c === '(') depth++;
      else if (c === ')') depth--;
    }
  }
}

/** The top-level alternatives of `source`: split at each '|' outside any group or class. */
function alternativesOf(source: string): string[] {
  const bars: number[] = [];
  for (const [i, c, depth] of structure(source)) if (c === '|' && depth === 0) bars.push(i);
  return [-1, ...bars].map((at, k) => source.slice(at + 1, k < bars.length ? bars[k] : source.length));
}

/** The index of the ')' that closes the group opening `source` (at 0), -1 when there is none. */
function closing(source: string): number {
  for (const [i, c, depth] of structure(source)) if (c === ')' && depth === 1) return i;
  return -1;
}

/**
 * For each first letter (lower case) a keyword can open with, what must follow that letter for the keyword to match
 * there, in the same order of trying; undefined when that cannot be read off the source (a quantified group, a class
 * with ranges, a lookahead …). Read: a letter, a class of letters ("[KMGTP]"), a group of alternatives, each perhaps
 * optional ("N?MSE", "(?:AMD\s+)?Versal"), and a lookbehind before them, which then looks back past the letter taken
 * ("(?<!less\s+)[TGP]FLOPS" under t is "(?<!less\s+[\s\S])FLOPS").
 */
function byLetter(source: string): Map<string, string> | undefined {
  if (alternativesOf(source).length > 1) return byLetter(`(?:${source})`);
  if (/^\(\?<[=!]/.test(source)) {
    const end = closing(source);
    const after = end < 0 ? undefined : byLetter(source.slice(end + 1));
    if (!after) return undefined;
    const behind = `${source.slice(0, end)}[\\s\\S])`;
    return new Map([...after].map(([letter, rest]) => [letter, behind + rest]));
  }
  // The opening atom: what may follow each of its letters inside it, and where it ends.
  const inside = new Map<string, string[]>();
  let end: number;
  const letters = /^(?:[A-Za-z0-9]|\[[A-Za-z0-9]+\])/.exec(source);
  if (letters) {
    for (const c of letters[0].replace(/[[\]]/g, '')) inside.set(c.toLowerCase(), ['']);
    end = letters[0].length - 1;
  } else if (source.startsWith('(?:')) {
    end = closing(source);
    if (end < 0) return undefined;
    for (const alternative of alternativesOf(source.slice(3, end))) {
      const after = byLetter(alternative);
      if (!after) return undefined;
      for (const [letter, rest] of after) inside.set(letter, [...(inside.get(letter) ?? []), rest]);
    }
  } else {
    return undefined;
  }
  let rest = source.slice(end + 1);
  const optional = /^\?(?![?*+{])/.test(rest);
  if (optional) rest = rest.slice(1);
  if (/^[?*+{]/.test(rest)) return undefined;
  const out = new Map([...inside].map(([letter, afters]) => [letter, afters.every((a) => a === '') ? rest : `(?:${afters.join('|')})${rest}`]));
  if (!optional) return out;
  // "(?:AMD\s+)?Versal": the atom is tried first, then the keyword without it (a greedy '?').
  const without = byLetter(rest);
  if (!without) return undefined;
  for (const [letter, after] of without) out.set(letter, out.has(letter) ? `(?:${out.get(letter)}|${after})` : after);
  return out;
}

/** One alternative of a grouped alternation: a letter's group, or a keyword whose letters cannot be read (no letter). */
interface Part { letter?: string; rests: string[]; owners: number[] }

/** A part as a regex source, each keyword in a capture group of its own or not. */
const render = (p: Part, capture: boolean) => {
  const keywords = p.rests.map((r) => (capture ? `(${r})` : `(?:${r})`)).join('|');
  return p.letter === undefined ? keywords : `${p.letter}(?:${keywords})`;
};

function parts(keywords: readonly (readonly string[])[]): Part[] {
  const out: Part[] = [];
  let groups = new Map<string, { rests: string[]; owners: number[] }>();
  const flush = () => {
    for (const [letter, g] of groups) out.push({ letter, ...g });
    groups = new Map();
  };
  keywords.forEach((list, owner) => {
    for (const source of list) {
      const letters = byLetter(source);
      if (letters === undefined) {
        flush();
        out.push({ rests: [source], owners: [owner] });
        continue;
      }
      for (const [letter, rest] of letters) {
        const group = groups.get(letter) ?? groups.set(letter, { rests: [], owners: [] }).get(letter)!;
        group.rests.push(rest);
        group.owners.push(owner);
      }
    }
  });
  flush();
  return out;
}

/** A lexicon's keywords found in one pass, and whose keyword a match is. */
export interface KeywordScan {
  /** `\b`, any keyword, then `after`; global, without capture groups. */
  readonly pattern: RegExp;
  /** The same without the `\b`, sticky: a keyword right where lastIndex is. */
  readonly at: RegExp;
  /** The owner whose keyword matched at `index` of `text` (a match of `pattern` or `at`), -1 when none did. */
  ownerAt(text: string, index: number): number;
}

/**
 * The scan has no capture groups: with one per keyword (130-230 here) every match built an array that long, which
 * cost more than the scan (topic: 9.7 -> 6.5 µs per title and abstract). Whose keyword matched is asked again at the
 * match only, of the alternatives that can start with its letter (and those whose letters cannot be read), in order:
 * the same alternative the whole alternation took there.
 */
export function keywordScan(keywords: readonly (readonly string[])[], after: string, flags = 'gi'): KeywordScan {
  const all = parts(keywords);
  const source = all.map((p) => render(p, false)).join('|');
  const unread = all.filter((p) => p.letter === undefined);
  const sticky = (list: Part[]) => ({
    re: new RegExp(`(?:${list.map((p) => render(p, true)).join('|')})${after}`, `${flags.replace('g', '')}y`), owners: list.flatMap((p) => p.owners),
  });
  const byLetterSticky = new Map([...new Set(all.map((p) => p.letter))].filter((l) => l !== undefined)
    .map((letter) => [letter, sticky(all.filter((p) => p.letter === letter || p.letter === undefined))]));
  const rest = sticky(unread);
  return {
    pattern: new RegExp(`\\b(?:${source})${after}`, flags),
    at: new RegExp(`(?:${source})${after}`, `${flags.replace('g', '')}y`),
    ownerAt(text, index) {
      const code = text.charCodeAt(index);
      // Only ASCII letters fold to another case under `i` without `u`.
      const key = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[index];
      const { re, owners } = byLetterSticky.get(key) ?? rest;
      re.lastIndex = index;
      const m = re.exec(text);
      re.lastIndex = 0;
      if (m === null) return -1;
      for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return owners[g - 1];
      return -1;
    },
  };
}
