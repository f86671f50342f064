/**
 * Every match of a global regex in a text, found by `exec` on the regex itself. `String.prototype.matchAll` clones
 * its regex (RegExp[Symbol.species]) on every call, and V8 starts each clone in its bytecode interpreter: on the
 * lexicons' large alternations that costs ~10 µs a call, 25x an exec loop on the shared, tiered-up regex (measured on
 * the metric cues). The matches are collected before returning, so a caller may use the same regex again inside its
 * loop.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesOf needs a global regex: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place.
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/**
 * The first capture group from `from` on that took part in the match, -1 when none did: which alternative of a lexicon's
 * alternation matched (`m.findIndex((g, i) => i >= from && g !== undefined)`, as a loop: the topic and hardware
 * patterns have ~150 groups, and the callback over them was ~2% of extraction).
 */
export function firstGroup(m: RegExpExecArray, from: number): number {
  for (let i = from; i < m.length; i++) if (m[i] !== undefined) return i;
  return -1;
}

/** Where group `k` of a match starts and ends, from a regex with the `d` flag; the group must have taken part. */
export function groupSpan(m: RegExpExecArray, k: number): [number, number] {
  const span = m.indices?.[k];
  if (!span) throw new Error(`group ${k} has no span: a regex without the d flag, or a group that did not take part`);
  return span;
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
