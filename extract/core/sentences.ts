/**
 * Sentences that may hold a claim. The finders' regex pass is the cheap first filter: only the region
 * around a found number is handed to compromise, which decides where its sentence starts and ends
 * (it knows "e.g.", decimals and abbreviations). Sentences without a number are never tokenised.
 */
import nlp from 'compromise';

type SplitSentences = (text: string, world: unknown) => string[];
/** compromise's own sentence splitter, without term tokenising (10x cheaper than nlp.tokenize). */
const splitSentences = (nlp.methods() as { one: { tokenize: { splitSentences: SplitSentences } } }).one.tokenize.splitSentences;
const world = nlp.world();
import type { Sentence } from './candidate.ts';
import { matchesOf } from './matches.ts';

/** Plausible sentence ends, used only to cut a window that surely contains the whole sentence. */
const ROUGH_BOUNDARY = /[.!?]["')\]]?\s+(?=["'(\[]?[A-Z0-9\\])/g;

function roughBoundaries(text: string): number[] {
  const ends = [0];
  for (const m of matchesOf(ROUGH_BOUNDARY, text)) ends.push(m.index + m[0].length);
  ends.push(text.length);
  return ends;
}

/**
 * The sentence around each position in `positions` (sorted ascending), from compromise's sentence split of a
 * window reaching one rough boundary beyond the position on each side. Returns one Sentence per position.
 */
export function sentencesAround(text: string, positions: readonly number[]): Sentence[] {
  const bounds = roughBoundaries(text);
  const windows: { start: number; end: number }[] = [];
  let i = 0;
  for (const p of positions) {
    // Positions ascend, so one pointer walks the boundaries once (linear on any input).
    while (i < bounds.length - 1 && bounds[i] <= p) i++;
    const start = bounds[Math.max(0, i - 2)];
    const end = bounds[Math.min(bounds.length - 1, i + 1)];
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  const sentences: Sentence[] = [];
  for (const w of windows) {
    let start = w.start;
    for (const piece of splitSentences(text.slice(w.start, w.end), world)) {
      const end = start + piece.length;
      // compromise ends a sentence after "vs."; in abstracts the comparison goes on.
      const last = sentences[sentences.length - 1];
      if (last && last.end === start && /\bvs\.\s*$/.test(last.text)) {
        last.end = end;
        last.text = text.slice(last.start, end);
      } else {
        sentences.push({ start, end, text: text.slice(start, end) });
      }
      start = end;
    }
  }
  let k = 0;
  return positions.map((p) => {
    // A position in the white space between two sentences belongs to the one that follows.
    while (k < sentences.length - 1 && sentences[k].end <= p) k++;
    return sentences[k] ?? { start: 0, end: text.length, text };
  });
}
