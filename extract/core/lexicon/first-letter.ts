/**
 * A case-insensitive alternation of many keywords, grouped by first letter: "r(?:(TX\s?4090)|(TX\s?3090))|a(?:(100)…)".
 * V8 tries every alternative at every word start; grouped, it tries one letter per group and then only that group's
 * keywords (the hardware and topic scans, ~25 first letters each, ran 15-25% faster on the corpus).
 * A keyword that opens with a group of lettered alternatives ("(?:RTX|GTX)\d{3,4}", "(?:AMD\s+|Xilinx\s+)?Versal")
 * goes into the group of each letter it can open with, that letter taken off ("TX\d{3,4}" under r, under g): left
 * where it was, each such keyword split the groups around it, and the hardware scan had 70 alternatives at each word
 * start instead of 26 (the scan 30-35% faster, the topic scan ~10%, same matches on the 10k corpus).
 * Each keyword keeps a capture group of its own in each group it is in, and `owners[g - 1]` says whose capture group
 * g is.
 */

/** The top-level alternatives of `source`: split at each '|' outside any group or class. */
function alternativesOf(source: string): string[] {
  const bars: number[] = [];
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) bars.push(i);
  }
  return [-1, ...bars].map((at, k) => source.slice(at + 1, k < bars.length ? bars[k] : source.length));
}

/** The index of the ')' that closes the group opening `source` (at 0), -1 when there is none. */
function closing(source: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * For each first letter (lower case) a keyword can open with, what must follow that letter for the keyword to match
 * there, in the same order of trying; undefined when that cannot be read off the source (it opens with a class, a
 * quantified letter, a lookaround …).
 */
function byLetter(source: string): Map<string, string> | undefined {
  if (alternativesOf(source).length > 1) return byLetter(`(?:${source})`);
  if (/^[A-Za-z0-9](?![?*+{])/.test(source)) return new Map([[source[0].toLowerCase(), source.slice(1)]]);
  if (!source.startsWith('(?:')) return undefined;
  const end = closing(source);
  if (end < 0) return undefined;
  let rest = source.slice(end + 1);
  const optional = /^\?(?![?*+{])/.test(rest);
  if (optional) rest = rest.slice(1);
  if (/^[?*+{]/.test(rest)) return undefined;
  const inside = new Map<string, string[]>();
  for (const alternative of alternativesOf(source.slice(3, end))) {
    const letters = byLetter(alternative);
    if (!letters) return undefined;
    for (const [letter, after] of letters) inside.set(letter, [...(inside.get(letter) ?? []), after]);
  }
  const out = new Map([...inside].map(([letter, afters]) => [letter, `(?:${afters.join('|')})${rest}`]));
  if (!optional) return out;
  // "(?:AMD\s+)?Versal": the group is tried first, then the keyword without it (a greedy '?').
  const without = byLetter(rest);
  if (!without) return undefined;
  for (const [letter, after] of without) out.set(letter, out.has(letter) ? `(?:${out.get(letter)}|${after})` : after);
  return out;
}

/**
 * `keywords[k]` are owner k's regex sources, for a pattern with the `i` flag. The first matching keyword in the listed
 * order wins, as in a plain alternation: keywords that open with different letters never match at the same place, and
 * a keyword whose first letters cannot be read ("[Aa]bcd", "x?y") keeps its place between the groups before and after it.
 */
export function byFirstLetter(keywords: readonly (readonly string[])[]): { source: string; owners: number[] } {
  const parts: string[] = [];
  const owners: number[] = [];
  let groups = new Map<string, { rests: string[]; owners: number[] }>();
  const flush = () => {
    for (const [letter, g] of groups) {
      parts.push(`${letter}(?:${g.rests.map((r) => `(${r})`).join('|')})`);
      owners.push(...g.owners);
    }
    groups = new Map();
  };
  keywords.forEach((list, owner) => {
    for (const source of list) {
      const letters = byLetter(source);
      if (letters === undefined) {
        flush();
        parts.push(`(${source})`);
        owners.push(owner);
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
  return { source: parts.join('|'), owners };
}
