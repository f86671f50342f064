/**
 * The words that name what a number measures: metric cues found in a text (metricHits), the deciding cue of a noun
 * phrase (headHit), and the noun phrase right after a number (phraseAfterNumber), which metric, direction and cue
 * refiners all read.
 */
import type { Candidate, Sentence, SentenceContext } from '../candidate.ts';
import type { Metric } from '../types.ts';
import { METRIC_CUE_PATTERN, METRIC_CUES, METRIC_IGNORE, metricCueAt, type Polarity } from '../lexicon/index.ts';
import { matchesOf } from '../matches.ts';
import { NOTE_AFTER_NUMBER } from './clauses.ts';

export interface Hit { metric: Metric; weak: boolean; polarity?: Polarity; index: number }

/** Metric cues in a text, by position, skipping phrases that name a constraint ("latency SLOs"). */
export function metricHits(text: string): Hit[] {
  const masked = text.replace(METRIC_IGNORE, (m) => ' '.repeat(m.length));
  const hits: Hit[] = [];
  for (const m of matchesOf(METRIC_CUE_PATTERN, masked)) {
    const cue = METRIC_CUES[metricCueAt(masked, m.index)];
    // Not `{ ...cue, index }`: a spread that adds a key is V8's slow path on Node 20 (~1.5 µs).
    hits.push({ metric: cue.metric, weak: cue.weak, polarity: cue.polarity, index: m.index });
  }
  return hits;
}

/**
 * The deciding hit of a phrase: its last specific cue (the head of a noun phrase comes last), else its last weak one.
 * A phrase of speed ("faster", "speedup") stays speed unless it names throughput or latency (spec §3):
 * "2.2x faster end-to-end training runtime" is speed, "JCT speedup" latency.
 */
export function headHit(hits: Hit[]): Hit | undefined {
  const specific = hits.filter((h) => !h.weak).at(-1);
  const speed = hits.find((h) => h.metric === 'speed');
  if (speed && specific && specific.metric !== 'throughput' && specific.metric !== 'latency') return speed;
  return specific ?? hits.at(-1);
}

/** Words that end the noun phrase after a number. */
const PHRASE_STOP = /^(?:than|over|compared|comparing|versus|vs\.?|against|relative|while|whilst|with|without|on|for|at|across|when|under|using|via|from|by|to|as|which|that|where|respectively|if|because|due|thanks|within|after|before|during|and|or|but|is|are|was|were|can|could|has|have|while|achiev\w*|deliver\w*|enabl\w*|maintain\w*|outperform\w*|yield\w*|reach\w*|provid\w*|offer\w*|preserv\w*|retain\w*|match\w*|surpass\w*|exceed\w*|(?:reduc|improv|increas|decreas|lower|sav|boost)(?:ed|ing)|reduces|improves|lowers|saves|boosts|cuts|cutting|dropp(?:ed|ing)|degrading|sacrificing|compromising|incurring|resulting|leading|making|keeping|allowing|bringing)$/i;
/** After a change noun, "in"/"of" goes on to what changed ("reduction in error rate", "improvements in GEMM latency"). */
const CHANGE_NOUN = /^(?:reductions?|improvements?|increases?|decreases?|gains?|boosts?|savings?|speed-?ups?|drops?|degradations?|overheads?)$/i;
/** After "and", the phrase goes on only into another measured noun ("TTFT and TPOT attainment"), not a new clause. */
function continuesPhrase(next: string): boolean {
  return metricHits(next).some((h) => h.index === 0 && !h.weak);
}
const MAX_PHRASE_WORDS = 8;

/** The phrases after numbers of the sentence asked about last: the refiners ask sentence by sentence. */
let phrasesOf: Sentence | undefined;
let byEnd = new Map<number, string>();

/** phraseAfter of the text after a candidate's number, computed once per number (metric, direction and cues all ask). */
export function phraseAfterNumber(ctx: SentenceContext, c: Pick<Candidate, 'numEnd'>): string {
  // (A one-sentence memo rather than a WeakMap over all sentences: its lookups were ~1% of extraction.)
  if (ctx.sentence !== phrasesOf) {
    phrasesOf = ctx.sentence;
    byEnd = new Map();
  }
  let phrase = byEnd.get(c.numEnd);
  if (phrase === undefined) byEnd.set(c.numEnd, (phrase = phraseAfter(ctx.abstract.slice(c.numEnd, ctx.sentence.end))));
  return phrase;
}

/** The noun phrase right after a number: "higher end-to-end throughput", "reduction in error rate", "TTFT and TPOT attainment". */
export function phraseAfter(text: string): string {
  // "3.36 times (geomean) better energy efficiency", "27% (up to 39.8%) power reduction": read past the number's note.
  const words: string[] = text.replace(NOTE_AFTER_NUMBER, ' ').match(/[^\s,;:()[\]]+|[,;:()[\]]/g) ?? [];
  const kept: string[] = [];
  for (let i = 0; i < words.length && kept.length < MAX_PHRASE_WORDS; i++) {
    const w = words[i];
    // "60.2% lower end-to-end (E2E) latency": an abbreviation inside the phrase does not end it.
    if (w === '(' && kept.length > 0 && words[i + 2] === ')' && /^[A-Z][A-Z0-9-]{1,7}s?$/.test(words[i + 1] ?? '')) {
      i += 2;
      continue;
    }
    if (/^[,;:()[\]]$/.test(w) || /^\d/.test(w)) break;
    const lower = w.toLowerCase();
    if ((lower === 'in' || lower === 'of') && kept.length > 0 && CHANGE_NOUN.test(kept[kept.length - 1])) { kept.push(w); continue; }
    if (lower === 'and' && kept.length > 0 && continuesPhrase(words.slice(i + 1, i + 4).join(' '))) { kept.push(w); continue; }
    // "18% relative real-time factor reduction": "relative" ends the phrase only as "relative to".
    if (PHRASE_STOP.test(w) && !(lower === 'relative' && !/^to$/i.test(words[i + 1] ?? ''))) break;
    kept.push(w);
  }
  return kept.join(' ');
}
