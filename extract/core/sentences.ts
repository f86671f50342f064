/**
 * Sentences that may hold a claim. The finders' regex pass is the cheap first filter: only the sentences around a
 * found number are looked for. A sentence ends at ".", "!" or "?" (and a closing quote or bracket) before white space
 * and the next sentence's first character, except after an abbreviation ("e.g.", "et al.", "vs.", "Fig.")
 * or inside a number. compromise's splitter (its abbreviation list is used here) agreed on 98% of 3,000 corpus
 * abstracts and cost 3.5x as much; where they differ this one is the better reader of abstracts (a sentence ending in
 * a closing quote, "vs." never ending one).
 */
import nlp from 'compromise';
import type { Sentence } from './candidate.ts';
import { matchesOf } from './matches.ts';

type CompromiseWorld = { model: { one: { abbreviations: Record<string, unknown> } } };
const COMPROMISE_ABBREVIATIONS = Object.keys((nlp.world() as unknown as CompromiseWorld).model.one.abbreviations);
/** Abbreviations after which a capitalised word may still start a sentence ("… 555 sentences/sec. One finding"). */
const ABBREVIATIONS = new Set([...COMPROMISE_ABBREVIATIONS, 'avg', 'approx', 'resp', 'fig', 'figs', 'eq', 'eqs', 'sec', 'tab', 'no', 'nos',
  'vol', 'ref', 'refs', 'ca', 'est', 'incl', 'inc', 'ltd', 'corp', 'dr', 'mr', 'ms', 'prof', 'st', 'jr', 'sr', 'ver']);
/** Abbreviations that never end a sentence in an abstract. */
const NEVER_LAST = new Set(['e.g', 'eg', 'i.e', 'ie', 'al', 'vs', 'cf', 'viz', 'w.r.t', 'wrt', 'etc.', 'resp']);

/** A possible sentence end: the stop, closing marks, white space, then the next sentence's first character. */
const STOP = /[.!?]["'”’)\]]?\s+(?=["'“‘([]?[A-Za-z0-9\\])/g;
const WORD_BEFORE_STOP = /(?<![A-Za-z0-9])([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.["'”’)\]]?$/;

function endsSentence(text: string, stop: RegExpExecArray): boolean {
  const at = stop.index;
  if (text[at] !== '.') return true;
  const next = text[at + stop[0].length];
  const word = WORD_BEFORE_STOP.exec(text.slice(Math.max(0, at - 12), at + stop[0].trimEnd().length))?.[1];
  if (word !== undefined) {
    const lower = word.toLowerCase();
    if (NEVER_LAST.has(lower)) return false;
    // "w.r.t.", "U.S.": letters and stops. (A lone capital ends a sentence: abstracts name things "X", not people "J.")
    if (/^[a-z](?:\.[a-z])+$/i.test(word)) return false;
    if (ABBREVIATIONS.has(lower) && !/[A-Z]/.test(next)) return false;
  }
  // A lower-case word after a full stop starts a sentence only after a plain word ("texture. we propose").
  return !/[a-z]/.test(next) || /[a-z]{2,}$/.test(text.slice(Math.max(0, at - 3), at));
}

/** The last text split and its starts: an abstract is split for its claims, again for the sentences before a claim
 * that needs a carried baseline, and again for its devices' sentences. */
let splitText = '';
let splitStarts: readonly number[] = [0];

function sentenceStarts(text: string): readonly number[] {
  if (text === splitText) return splitStarts;
  const starts = [0];
  for (const m of matchesOf(STOP, text)) if (endsSentence(text, m)) starts.push(m.index + m[0].length);
  splitText = text;
  splitStarts = starts;
  return starts;
}

/**
 * The sentence around each position in `positions` (sorted ascending), from compromise's sentence split of a
 * window reaching one rough boundary beyond the position on each side. Returns one Sentence per position.
 */
export function sentencesAround(text: string, positions: readonly number[]): Sentence[] {
  if (positions.length === 0) return [];
  const starts = sentenceStarts(text);
  let k = 0;
  return positions.map((p) => {
    // Positions ascend, so one pointer walks the sentences once (linear on any input). A position in the white space
    // between two sentences belongs to the one that follows.
    while (k < starts.length - 1 && starts[k + 1] <= p) k++;
    const start = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    return { start, end: trimmedEnd(text, start, end), text: text.slice(start, trimmedEnd(text, start, end)) };
  });
}

/** A sentence ends before the white space that separates it from the next (as compromise's pieces did not). */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}
