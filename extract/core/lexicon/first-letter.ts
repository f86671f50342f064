/**
 * A case-insensitive alternation of many keywords, grouped by first letter: "r(?:(TX\s?4090)|(TX\s?3090))|a(?:(100)…)".
 * V8 tries every alternative at every word start; grouped, it tries one letter per group and then only that group's
 * keywords (the hardware and topic scans, ~25 first letters each, ran 15-25% faster on the corpus).
 * Each keyword keeps a capture group of its own, and `owners[g - 1]` says whose keyword capture group g is.
 */

/** Whether a source has an alternation outside any group ("a|b"), which its first letter would not cover. */
function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The key a keyword is grouped by: its first letter or digit, when nothing quantifies it; else none. */
function firstLetter(source: string): string | undefined {
  if (!/^[A-Za-z0-9](?![?*+{])/.test(source) || hasTopLevelBar(source)) return undefined;
  return source[0].toLowerCase();
}

/**
 * `keywords[k]` are owner k's regex sources, for a pattern with the `i` flag. The first matching keyword in the listed
 * order wins, as in a plain alternation: keywords with different first letters never match at the same place, and a
 * keyword with no plain first letter ("(?:RTX|GTX)…") keeps its place between the groups before and after it.
 */
export function byFirstLetter(keywords: readonly (readonly string[])[]): { source: string; owners: number[] } {
  const parts: string[] = [];
  const owners: number[] = [];
  let groups = new Map<string, { first: string; rests: string[]; owners: number[] }>();
  const flush = () => {
    for (const g of groups.values()) {
      parts.push(`${g.first}(?:${g.rests.map((r) => `(${r})`).join('|')})`);
      owners.push(...g.owners);
    }
    groups = new Map();
  };
  keywords.forEach((list, owner) => {
    for (const source of list) {
      const key = firstLetter(source);
      if (key === undefined) {
        flush();
        parts.push(`(${source})`);
        owners.push(owner);
        continue;
      }
      const group = groups.get(key) ?? groups.set(key, { first: source[0], rests: [], owners: [] }).get(key)!;
      group.rests.push(source.slice(1));
      group.owners.push(owner);
    }
  });
  flush();
  return { source: parts.join('|'), owners };
}
