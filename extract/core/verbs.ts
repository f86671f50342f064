/**
 * isVerbForm: whether a word, out of context, reads as a verb ("delivers", "outperforms", "reduced"), from compromise's
 * lexicon and the word's own endings. A lookup, not compromise's tagger: tagging each new word cost ~0.3 ms, which on a
 * corpus (thousands of distinct words after "and") was 5% of the extractor's time.
 */
import nlp from 'compromise';

type CompromiseWorld = { model: { one: { lexicon: Record<string, string | string[] | undefined> } } };
const LEXICON = (nlp.world() as unknown as CompromiseWorld).model.one.lexicon;
const VERB_TAG = /^(?:Verb|PresentTense|Infinitive|PastTense|Gerund|Participle|PhrasalVerb|Modal|Auxiliary|Copula)$/;
/** Result verbs that the lexicon does not list in every form ("outperforms", "surpasses"). */
const RESULT_VERB = /^(?:achiev|deliver|provid|offer|enabl|yield|attain|obtain|reach|outperform|surpass|exceed|maintain|incur|introduc|show|demonstrat|retain|preserv|enhanc|accelerat|speed|reduc|improv|increas|decreas|sav|lower|boost|cut|match|beat|halv|doubl|achiev|support|sustain|outpac|shrink|shorten|scal)\w*$/;

function tagged(word: string): boolean {
  const tag = LEXICON[word];
  return tag !== undefined && (Array.isArray(tag) ? tag.some((t) => VERB_TAG.test(t)) : VERB_TAG.test(tag));
}

const known = new Map<string, boolean>();

export function isVerbForm(word: string): boolean {
  let verb = known.get(word);
  if (verb !== undefined) return verb;
  const w = word.toLowerCase();
  verb = RESULT_VERB.test(w) || tagged(w) ||
    // "speeds", "reduces", "cuts": a present tense whose infinitive the lexicon lists
    (w.endsWith('es') && tagged(w.slice(0, -2))) || (w.endsWith('s') && tagged(w.slice(0, -1))) ||
    (w.endsWith('ed') && (tagged(w.slice(0, -2)) || tagged(w.slice(0, -1))));
  if (known.size < 50_000) known.set(word, verb);
  return verb;
}

/** Quality words the lexicon leaves untagged or calls nouns. */
const QUALITY_WORD = /^(?:compact|sparse|precise|concise|lightweight|light-weight)$/;

/** "3.4x more compact", "1.4x more robust": an adjective after "more" says how the result is better, not what there is
 * more of. The lexicon's adjectives, and words it does not list that end as adjectives do ("compressible", "faithful"). */
export function isAdjectiveForm(word: string): boolean {
  const w = word.toLowerCase();
  const tag = LEXICON[w];
  if (tag !== undefined) return (Array.isArray(tag) ? tag : [tag]).some((t) => t === 'Adjective' || t === 'Comparable');
  return QUALITY_WORD.test(w) || (/^[a-z-]{3,}(?:ible|able|ive|ful|ous|ent|al|ic)$/.test(w) && !/ment$/.test(w));
}
