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
/** What ends an item of a list: punctuation, "and"/"or", or the end of the text. */
const ITEM_END = /^(?:[,;.):]|and|or|)$/;

/** How many lower-case words (up to two, no stop word, no participle) from k end an item of a list; 0 when they don't. */
function lowerRunToItemEnd(parts: readonly string[], k: number): number {
  for (let j = k; j < k + 2 && j < parts.length; j++) {
    if (!/^[a-z][a-z-]*$/.test(parts[j]) || BASELINE_STOP_WORDS.has(parts[j]) || PARTICIPLE.test(parts[j])) return 0;
    if (ITEM_END.test(parts[j + 1] ?? '')) return j - k + 1;
  }
  return 0;
}

/**
 * A list of names: "HuggingFace PEFT and vLLM", "ClamAV, YARA, MalConv, and EMBER-GBDT baselines". After "such as" or
 * "including" (`listed`), lowercase names count too: "including llama.cpp, executorch, mllm, and MediaPipe".
 */
export function readNames(text: string, listed = false): string[] {
  const names: string[] = [];
  let current: string[] = [];
  let closing = false;
  const parts = tokens(text);
  for (let k = 0; k < parts.length; k++) {
    const t = parts[k];
    // "such as power-capping and GPU idling,", "including naive pooling, …": lower-case words that end a listed item are
    // part of it (not "vLLM running on …", "TensorRT kernels for …").
    const run = listed && current.length ? lowerRunToItemEnd(parts, k) : 0;
    if (run > 0) {
      current.push(...parts.slice(k, k + run));
      k += run - 1;
      continue;
    }
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
/** "32B-70B parameters", "8 GPUs": a size of the setup, no name of a thing compared against. */
export function isSize(item: string): boolean {
  return /^\d[\d.,]*[KMBT]?(?:\s*[-–]\s*\d[\d.,]*[KMBT]?)?\s+(?:param(?:eter)?s?|tokens|layers|GPUs?)\b/i.test(item);
}

export function parenNames(tail: string): string[] | undefined {
  const paren = /^\s*\(([^()]*)\)/.exec(tail);
  if (!paren) return undefined;
  const items = paren[1].split(/,|\band\b|\bor\b/).map((s) => s.trim()).filter(Boolean);
  // "(p<0.05)", "(n=4)" state a statistic, not names.
  // "(135s)", "(2.1 GB)": a number with its unit is the baseline's figure, not a name.
  // ("(50-89%)": a range of them too.)
  // ("(73.84%/72.92%)": a pair of figures too.)
  return items.length && items.every((item) => !/[<>=≤≥]/.test(item) && !/^\d[\d.,]*(?:\s*(?:-|–|—|to)\s*\d[\d.,]*)?\s*[A-Za-z%]{0,3}$/.test(item) &&
    !/^[\d.,%\s/]+$/.test(item) &&
    !isSize(item) &&
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
