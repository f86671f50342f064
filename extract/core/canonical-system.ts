/**
 * canonicalSystem: one name per system or baseline (spec §6b), so that "vLLM", "vLLM-0.2.7" and "vLLM's
 * PagedAttention" are one node of who-beats-whom. The vocabulary is data (lexicon/systems.json); this file only reads
 * a name the way a reader of ML papers would:
 *  1. the whole text, as a known spelling: case, spaces, hyphens and underscores do not count ("Flash Attention 2" is
 *     FlashAttention-2); a release version folds into software ("vLLM v0.6.3"); a model keeps its size ("Llama-2-7B");
 *  2. "X (Y)": X when X is a name, else Y ("the original implementation (Megatron-LM)");
 *  3. "X's Y": Y when Y is a known name ("NVIDIA's TensorRT-LLM"), else X when X is known ("vLLM's scheduler",
 *     "Megatron-LM's tensor parallelism"), else Y unless it is generic, else X;
 *  4. qualifiers and vendors before a name and kind words after it are dropped ("the standard LoRA baseline",
 *     "NVIDIA FasterTransformer", "FlashAttention kernels"); a phrase that ends in a class word ("LoRA variants",
 *     "existing methods") names a class of things and is generic;
 *  5. a known name inside a phrase whose other words are plain ("FP16 vLLM", "vLLM with prefix caching");
 *  6. a phrase of plain words (lower case, numbers with units, generic tokens: SOTA, LLMs, FP16, GPU) is generic: ''.
 *     Generic phrases are never nodes of the graph: "state-of-the-art methods", "the baseline", "full fine-tuning",
 *     "FP16 model" (the paper's own model at another precision, not a system anyone else ran);
 *  7. an unknown name keeps its own words: plain words before it ("probabilistic model checker PRISM") or after it
 *     ("Foo with prefix caching") are dropped; a phrase that mixes them further ("Triton + cuBLAS") stays whole.
 * Anything else is a name nobody listed: kept as written, trimmed, without the words dropped above.
 * Idempotent, and fast: one index built at load (normalised key → entry), regular expressions compiled once, and a
 * memo of the strings already seen (a table repeats its baselines). No node-only imports: the dashboard runs it.
 */
// Imported directly, not through lexicon/index.ts, so the dashboard does not load the extractor's lexicons with it.
import { memoized } from './memo.ts';
import vocabulary from './lexicon/systems.json' with { type: 'json' };

interface SystemEntry { name: string; kind: string; aliases?: string[] }

/**
 * The key two spellings of one name share: lower case, NFKC, without spaces, hyphens, underscores, a final dot or
 * inline LaTeX's marks ("H$_2$O" is H2O).
 */
const SEPARATORS = /[\s_\-\u2010-\u2015\u2212$^{}]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
export function systemKey(text: string): string {
  const t = NON_ASCII.test(text) ? text.normalize('NFKC') : text;
  return t.toLowerCase().replace(SEPARATORS, '').replace(/\.+$/, '');
}

const ENTRIES: readonly SystemEntry[] = vocabulary.systems;
const RELEASE_KINDS = new Set(vocabulary.releaseVersionKinds);
const SIZED_KINDS = new Set(vocabulary.sizedKinds);
/** Key → entry index; first entry wins (the data test forbids a key in two entries). */
const BY_KEY = new Map<string, number>();
/** Keys that some spelling writes in lower case ("tensor parallelism"): they may be found inside a phrase without capitals. */
const LOWERCASE_KEYS = new Set<string>();
ENTRIES.forEach((entry, i) => {
  for (const spelling of [entry.name, ...(entry.aliases ?? [])]) {
    const key = systemKey(spelling);
    if (!BY_KEY.has(key)) BY_KEY.set(key, i);
    if (spelling === spelling.toLowerCase()) LOWERCASE_KEYS.add(key);
  }
});

const lowerSet = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
const LEADING = lowerSet(vocabulary.leadingWords);
const VENDORS = lowerSet(vocabulary.vendors);
const TRAILING = lowerSet(vocabulary.trailingWords);
const CLASS_WORDS = lowerSet(vocabulary.classWords);
const GENERIC_WORDS = lowerSet(vocabulary.genericWords);

/** Longer texts are not names: they skip the lookups, whose patterns scan from every position. */
const MAX_NAME_LENGTH = 120;
/** Memos are cleared when they grow past this many strings (a table has far fewer distinct baselines). */
const MEMO_LIMIT = 100_000;
/** Phrases of more words are not searched for a known name inside. */
const MAX_SEARCH_WORDS = 12;

/** "vLLM-0.2.7", "vLLM v0.5.4", "vLLM 0.4", "Triton 3.0.x", "vllm==0.6.3": the name before a release version. */
const RELEASE = /^(.*?\S)[\s_=-]*(?:v|version\s*)?\d+(?:\.\d+)*(?:\.x)?$/i;
/**
 * "Llama-2-7B-chat", "Mixtral-8x7B", "Qwen3-30B-A3B", "ViT-B/16", "BERT-base-uncased": the family and its size; the
 * tuning suffix (instruct, chat, it, hf, cased) is dropped.
 */
const SIZE = /^(.+?)[\s_-]+((?:\d+x)?\d+(?:\.\d+)?[bmk](?:[\s_-]?a\d+(?:\.\d+)?b)?|base|large|small|tiny|mini|medium|huge|giant|x{0,2}l(?:\/\d+)?|[a-z]\d*(?:\/\d+)?)(?:[\s_-]+(?:instruct|chat|it|hf|base|uncased|cased|v\d+(?:\.\d+)*))*$/i;

/** "7b" → "7B", "8x7b" → "8x7B", "base" → "Base", "xl" → "XL", "b/16" → "B/16". */
function sizeName(size: string): string {
  if (/^\d/.test(size)) return size.toUpperCase().replace(/(\d)X(\d)/, '$1x$2');
  return /^(?!x+l$)[a-z]{4,}$/i.test(size) ? size[0].toUpperCase() + size.slice(1).toLowerCase() : size.toUpperCase();
}

/** The canonical name of a known spelling (whole text), or undefined. */
function lookup(text: string): string | undefined {
  if (text.length > MAX_NAME_LENGTH) return undefined;
  const i = BY_KEY.get(systemKey(text));
  if (i !== undefined) return ENTRIES[i].name;
  const release = RELEASE.exec(text);
  const j = release ? BY_KEY.get(systemKey(release[1])) : undefined;
  if (j !== undefined && RELEASE_KINDS.has(ENTRIES[j].kind)) return ENTRIES[j].name;
  const sized = SIZE.exec(text);
  const k = sized ? BY_KEY.get(systemKey(sized[1])) : undefined;
  if (k === undefined || !SIZED_KINDS.has(ENTRIES[k].kind)) return undefined;
  // "GPT-4o mini_instruct": the family with its size may be an entry of its own.
  const name = `${ENTRIES[k].name}-${sizeName(sized![2])}`;
  const own = BY_KEY.get(systemKey(name));
  return own !== undefined ? ENTRIES[own].name : name;
}

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
/** A number with a unit is a setting, not a name: "70B", "3.4x", "8-bit", "50-step", "0.7-1.1", "$0.58M". */
const QUANTITY = /^[$€£~<>≈]*\d[\d.,]*(?:[-–]\d[\d.,]*)?-?(?:[kmbt]|x|×|%|s|ms|h|bits?|steps?|layers?|d|[kmgt]i?b|tokens?)?$/i;
/** "LLM-based", "CoT-style", "RGB-only": a word that names a class of things. */
const PLURAL_KIND = /[^s]s$/i;
/** "4090" in "RTX 4090", "v2": a number that belongs to the name before it. */
const BARE_NUMBER = /^v?\d+(?:\.\d+)*$/i;
const VERSION_START = /^v?\d/i;
const CLASS_SUFFIX = /.-(?:based|style|like|driven|guided|inspired|oriented|centric|only)$/i;

/** Words already judged (a table's baselines share their words), bounded like the names. */
const isPlain = memoized(isPlainWord, MEMO_LIMIT);

/** A word that is no part of a name: lower case without digits in letters, a generic token (FP16, LLMs), a qualifier. */
function isPlainWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (GENERIC_WORDS.has(lower) || PLURAL_ACRONYM.test(word) || QUANTITY.test(word)) return true;
  if (!UPPER.test(word)) return !(LETTER.test(word) && DIGIT.test(word));
  // "Standard", "Baseline": a capitalised word of the lists; "LLM-based", "GPU-accelerated": plain parts.
  if (LEADING.has(lower) || TRAILING.has(lower) || CLASS_WORDS.has(lower)) return true;
  const parts = word.split('-');
  return parts.length > 1 && parts.every((p) => p === '' || isPlainWord(p));
}

interface Resolved { name: string; known: boolean }
const GENERIC: Resolved = { name: '', known: false };

/** Spaces collapsed; wrapping quotes, a trailing possessive and trailing punctuation dropped. */
function tidy(text: string): string {
  let t = text.trim();
  if (t.length > MAX_NAME_LENGTH) return t;
  for (let previous = ''; previous !== t;) {
    previous = t;
    t = t.replace(/\s+/g, ' ').replace(/['’]s$/, '').replace(/^["'“”‘’`]+|["'“”‘’`]+$/g, '').replace(/[.,;:]+$/, '').trim();
  }
  return t;
}

const PARENTHESIS = /^([^()]*\S)\s*\(([^()]*)\)$/;
const POSSESSIVE = /^(.+?)['’]s\s+(.+)$/;

function resolveText(text: string): Resolved {
  const t = tidy(text);
  if (!LETTER_OR_DIGIT.test(t)) return GENERIC;
  const whole = lookup(t);
  if (whole) return { name: whole, known: true };
  // Prose, not a name: only whether it is all plain words (no stripping, so no depth of recursion to fear).
  if (t.length > MAX_NAME_LENGTH) return t.split(/\s+/).every(isPlain) ? GENERIC : { name: t, known: false };
  const paren = PARENTHESIS.exec(t);
  if (paren) {
    const outer = resolveMemo(paren[1]);
    return outer.name ? outer : resolveMemo(paren[2]);
  }
  const possessive = POSSESSIVE.exec(t);
  if (possessive) {
    // A named part is the more specific thing ("DeepSpeed's ZeRO-3"); a described one belongs to its owner
    // ("Megatron-LM's tensor parallelism", "vLLM's scheduler").
    const owned = resolveMemo(possessive[2]);
    if (owned.known && (UPPER.test(possessive[2]) || DIGIT.test(possessive[2]))) return owned;
    const owner = resolveMemo(possessive[1]);
    return owner.known || !owned.name ? owner : owned;
  }
  return phrase(t.split(' '));
}

/** Steps 4–6 on the words of a phrase. Whenever words are dropped, the rest is read afresh: a fixed point. */
function phrase(all: string[]): Resolved {
  const words = all;
  // A vendor goes only before a name it is known without ("NVIDIA FasterTransformer"; "NVIDIA Orin Nano" stays).
  if (words.length > 1 && VENDORS.has(words[0].toLowerCase())) {
    const rest = resolveMemo(words.slice(1).join(' '));
    if (rest.known) return rest;
  }
  // One word at a time, each rest read whole first: "standard tensor parallelism baseline" is Tensor Parallelism.
  if (words.length > 1 && LEADING.has(words[0].toLowerCase())) return resolveMemo(words.slice(1).join(' '));
  const last = words[words.length - 1];
  if (CLASS_WORDS.has(last.toLowerCase()) || CLASS_SUFFIX.test(last)) return GENERIC;
  // "existing serving systems", "XR teleoperation frameworks": a plural kind after plain words is a class too.
  if (words.length > 1 && PLURAL_KIND.test(last) && TRAILING.has(last.toLowerCase()) && isPlain(words[words.length - 2])) return GENERIC;
  if (words.length > 1 && TRAILING.has(last.toLowerCase())) return resolveMemo(words.slice(0, -1).join(' '));
  const plain = words.map(isPlain);
  const inside = words.length > 1 && words.length <= MAX_SEARCH_WORDS ? knownInside(words, plain) : undefined;
  if (inside) return { name: inside, known: true };
  const first = plain.indexOf(false);
  if (first < 0) return GENERIC;
  // "probabilistic model checker PRISM": the name after plain words; "Foo with prefix caching": the name before them,
  // with the numbers that follow it ("RTX 4090", "Wan 2.2").
  // A name that starts with a number keeps the word before it: "TPU v6e", "GPU 4090".
  const start = first > 0 && VERSION_START.test(words[first]) ? first - 1 : first;
  if (start > 0) return resolveMemo(words.slice(start).join(' '));
  let end = plain.indexOf(true);
  while (end > 0 && end < words.length && BARE_NUMBER.test(words[end])) end++;
  if (end > 0 && end < words.length && plain.indexOf(false, end) < 0) return resolveMemo(words.slice(0, end).join(' '));
  return { name: words.join(' '), known: false };
}

/** The longest known name among the words whose other words are all plain ("FP16 vLLM" → vLLM). */
function knownInside(words: readonly string[], plain: readonly boolean[]): string | undefined {
  for (let length = words.length - 1; length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      let othersPlain = true;
      for (let i = 0; i < words.length && othersPlain; i++) othersPlain = (i >= start && i < start + length) || plain[i];
      if (!othersPlain) continue;
      const part = words.slice(start, start + length).join(' ');
      // The key alone first; the version and size patterns only for a part that could carry one.
      const i = BY_KEY.get(systemKey(part));
      const name = i !== undefined ? ENTRIES[i].name : DIGIT.test(part) || part.includes('-') ? lookup(part) : undefined;
      // A lower-case word matches only a name written so in the data: "quest" in prose is not Quest.
      if (name && (UPPER.test(part) || DIGIT.test(part) || LOWERCASE_KEYS.has(systemKey(part)))) return name;
    }
  }
  return undefined;
}

/** Strings already resolved. */
const resolveMemo: (text: string) => Resolved = memoized((text) => resolveText(text), MEMO_LIMIT);

/** The canonical name of a system or baseline; the text as written (trimmed) when unknown; '' for a generic phrase. */
export function canonicalSystem(name: string): string {
  return resolveMemo(name).name;
}

/** The canonical name when the vocabulary knows the system, else undefined (for coverage figures and tests). */
export function knownSystem(name: string): string | undefined {
  const r = resolveMemo(name);
  return r.known ? r.name : undefined;
}

/** The vocabulary's entries, for the data tests. */
export const SYSTEM_ENTRIES: readonly SystemEntry[] = ENTRIES;
