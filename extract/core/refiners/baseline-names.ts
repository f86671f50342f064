/**
 * The names in a baseline phrase, for readBaseline (baseline-phrase.ts): its words one by one, whether a word names
 * something, lists of names ("A, B, and C"), names in parentheses, and suspended hyphens ("REPA- and LoRA-finetuning").
 */
import { BASELINE_STOP_WORDS, GENERIC_HEAD } from '../lexicon/index.ts';
import { NUMBER_SOURCE } from '../numbers.ts';
import { matchesOf } from '../matches.ts';
import { isVerbForm } from '../verbs.ts';

/** Words (a parenthesis glued on stays with its word: "QuaRot(RTN)"), and punctuation one mark at a time. */
const TOKEN = /[\p{L}\p{N}$\\][\p{L}\p{N}_\-./+'’$\\{}]*(?:\([\w\-.]+\))?(?:\s\+\s[A-Za-z][\w\-./]*)*|[(),;:]|[^\s\p{L}\p{N}]/gu;
/** A word ending in -ed: a participle ends a phrase or a list (not "speed", "embed"). */
export const PARTICIPLE = /^(?!(?:speed|need|seed|feed|embed|bed|red|shed)$)[a-z][a-z-]{2,}ed$/;
export const WHOLE_NUMBER = new RegExp(`^${NUMBER_SOURCE}$`);

const looksNamed = (word: string) => /[\p{Lu}\d]/u.test(word);
/** A word that names something: capitals or digits, and not a number or measure ("92.91%", "8K"). */
export const isName = (word: string) => looksNamed(word) && !/^[\d.,%]+[%kKMB]?$/.test(word);

export function tokens(text: string): string[] {
  return matchesOf(TOKEN, text).map((m) => m[0].replace(/[.]$/, ''));
}

/** "compared with MAR-diffusion, and MARVAL-RL yields …": a name followed by a present-tense verb starts a clause of its own. */
export const subjectOfVerb = (next: string | undefined) => next !== undefined && /^[a-z]+s$/.test(next) && isVerbForm(next) && !GENERIC_HEAD.test(next);

/** After "A, B": the list goes on through names and commas to an "and"/"or" and a last name ("A, B, and C"). */
export function closesAsList(parts: readonly string[], from: number): boolean {
  for (let k = from; k < parts.length - 1; k++) {
    if (/^(?:and|or)$/i.test(parts[k])) return isName(parts[k + 1]);
    // "Gemini 1.5 Pro": a number between names is part of the name.
    const inName = WHOLE_NUMBER.test(parts[k]) && k > from && isName(parts[k - 1]) && isName(parts[k + 1]);
    if (parts[k] !== ',' && !isName(parts[k]) && !inName) return false;
  }
  return false;
}

/** "baselines like VGG19, requiring merely 16.3 MB": a lower-case verb form (a participle, or a gerund) ends a list of names. */
const GERUND = /^[a-z]{3,}ing$/;

/**
 * A list of names: "HuggingFace PEFT and vLLM", "ClamAV, YARA, MalConv, and EMBER-GBDT baselines". After "such as" or
 * "including" (`listed`), lowercase names count too: "including llama.cpp, executorch, mllm, and MediaPipe".
 */
export function readNames(text: string, listed = false): string[] {
  const names: string[] = [];
  let current: string[] = [];
  let closing = false;
  for (const t of tokens(text)) {
    // "A, B and C, S-LoRA can …": after the "and", a comma ends the list.
    if (t === ',' && closing) break;
    if (/^(?:and|or)$/i.test(t)) closing = true;
    if (t === ',' || /^(?:and|or)$/i.test(t)) {
      if (current.length) names.push(current.join(' '));
      current = [];
    } else if ((isName(t) || (listed && /^[a-z][\w.+-]*$/.test(t) && !BASELINE_STOP_WORDS.has(t) && !PARTICIPLE.test(t) && !GERUND.test(t) && !/^(?:a|an|the|those|these|this|that|them|ones?)$/.test(t) && (current.length === 0 || /[.\d]/.test(t)))) && /^[\p{L}\p{N}_$]/u.test(t)) {
      current.push(t);
    } else break;
  }
  if (current.length) names.push(current.join(' '));
  return names;
}

/** "(DeepSpeed-MoE and Tutel)" names systems; "(with naive support …)" and "(92.91%)" do not. */
export function parenNames(tail: string): string[] | undefined {
  const paren = /^\s*\(([^()]*)\)/.exec(tail);
  if (!paren) return undefined;
  const items = paren[1].split(/,|\band\b|\bor\b/).map((s) => s.trim()).filter(Boolean);
  // "(p<0.05)", "(n=4)" state a statistic, not names.
  // "(135s)", "(2.1 GB)": a number with its unit is the baseline's figure, not a name.
  // ("(50-89%)": a range of them too.)
  return items.length && items.every((item) => !/[<>=≤≥]/.test(item) && !/^\d[\d.,]*(?:\s*(?:-|–|—|to)\s*\d[\d.,]*)?\s*[A-Za-z%]{0,3}$/.test(item) &&
    item.split(/\s+/).every(isName)) ? items : undefined;
}

/**
 * "REPA- and LoRA-finetuning", "attention- and diversity-based methods": a suspended hyphen takes the last item's
 * ending (REPA-finetuning, attention-based methods).
 */
export function completeSuspended(items: string[]): string[] {
  const ending = /^[^\s-]+-(.+)$/.exec(items[items.length - 1] ?? '');
  return ending ? items.map((item) => (item.endsWith('-') ? item + ending[1] : item)) : items;
}
