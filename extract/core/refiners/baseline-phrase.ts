/**
 * readBaseline: the thing a comparison names, read from the text right after its trigger ("over", "than",
 * "compared to" …). A noun phrase that ends at punctuation, a preposition or a verb; named systems listed with
 * "such as", in parentheses, or after a generic head ("training systems Megatron-LM, COAT and DeepSpeed") replace
 * the generic words; a device is named as written without its vendor ("than NVIDIA's A100 GPU" → A100).
 */
import {
  BASELINE_TRAILING_DROP, NAMED_LIST_INTRODUCER, BASELINE_LEADING_DROP, BASELINE_STOP_WORDS, NOT_BASELINES, BASELINE_MAX_WORDS,
  APPROX_QUALIFIER, GENERIC_HEAD, BASELINE_POST_MODIFIER_STOPS, MEASURE_HEAD, EVALUATIVE_LEAD, MEASURED_NOUN, METRIC_CUE_PATTERN, occurs,
} from '../lexicon/index.ts';
import { COUNT_WORD, deviceBaselines } from './device-baseline.ts';
import { NUMBER_SOURCE } from '../numbers.ts';
import { closesAsList, completeSuspended, isName, isSize, parenNames, PARTICIPLE, readNames, subjectOfVerb, tokens, WHOLE_NUMBER } from './baseline-names.ts';

/**
 * "138.66 with DDIM", "approximately 92.0% for SNIP", "59.56x, …": a number (with its unit sign) before the phrase is no
 * part of it; "3DGS" is a name.
 */
const QUALIFIED_NUMBER = `(?:(?:only|just|merely)\\s+|${APPROX_QUALIFIER}\\s*)?(?:${NUMBER_SOURCE})`;
/** "… with DDIM", "… for SNIP"; not "on" ("31.0% on a held-out split", "0.29s on A100 test set": where it was measured). */
const LEADING_NUMBER = new RegExp(`^\\s*${QUALIFIED_NUMBER}(?:\\s*(?:ms|s|min|h|hours?|minutes?|seconds?|days?|[KMGT]B|W|J|fps|FPS)\\b[,;]?(?:\\s+|(?=[).,;]|$))(?:(?:with|by|for|of|from|using)\\s+)?|(?:[%x×]|\\\\%|\\s?percent)?[,;]?\\s+(?:(?:with|by|for|of|from|using)\\s+)?)`);
const FINITE_VERB = /^(?:demonstrat|show|achiev|yield|outperform|surpass|reduc|improv|deliver|provid|enabl|indicat|reveal|confirm|suggest)(?:e|es|s)?$/;
const GERUND_AFTER_NAME = /^(?:utiliz|utilis|leverag|employ|us|combin|integrat|equipp|augment)ing$/;
const PARTICIPLE_LINK = /^(?:on|in|at|by|with|using|under|across|from|for|via|through|into|onto|within)$/i;

const APPOSED_NAME = /^\s*,\s*([A-Z][\w.+-]*[A-Za-z0-9])\s*(?:[.;)]|$)/;

/** A count word before a lower-case noun (readBaseline says when it names nothing). */
const MACHINES = /^(?:GPUs?|CPUs?|NPUs?|TPUs?|nodes?|devices?|machines?|servers?|cores?|chips?|workers?|cards?)\b/;
const COUNT_PHRASE = new RegExp(`^${COUNT_WORD}\\s+(?:(?:hundred|thousand|million|billion)\\s+)?[a-z]`, 'i');

/**
 * "state-of-the-art training systems Megatron-LM (w/ or w/o ZeRO), COAT and DeepSpeed", "prior LLM accelerators ANT and
 * OliVe", "baseline BF16 AllReduce": generic words followed by names are the names.
 */
function namedAfterGeneric(words: readonly string[], tail: string): string[] | undefined {
  let first = -1;
  for (let i = words.length - 1; i > 0 && (isName(words[i]) || words[i] === ','); i--) {
    if (words[i] === ',') continue;
    const head = words[i - 1].toLowerCase() === 'of' ? words[i - 2] ?? '' : words[i - 1];
    if (!isName(words[i - 1]) && (GENERIC_HEAD.test(head) || /^baseline$/i.test(words[i - 1]))) first = i;
  }
  if (first < 0) return undefined;
  const rest = words.slice(first).join(' ').replace(/ , /g, ', ') + tail.replace(/^\s*\([^()]*\)/, '');
  const names = readNames(rest);
  return names.length ? names : undefined;
}


/** A topic, not a data set: "on ViT quantization", "for model compression" (a lower-case word), not "on SSv2". */
const TOPIC = /^\s+(?:[\p{L}\p{N}][\w-]*\s+){0,2}?[a-z][a-z-]{2,}(?=\s*(?:[,;.)]|$|\s))/u;

/** One to three plain words after "with", then the end of the phrase. */
const WITH_SETTING = /^\s+((?!(?:negligible|minimal|minor|no|little|less|fewer|more|similar|comparable|the|a|an|only|just|same|its|their|our|up|at|over|about|nearly|lower|higher|better|worse)\b)[A-Za-z][\w-]*(?:\s+(?!(?:and|or|by|in|on|at|while|across|for|under|using)\b)[A-Za-z][\w-]*){0,2})(?=\s*(?:[,;.)]|$|\s(?:by|in|on|at|while|across|for|under|using|respectively)\b))/;

const POINTING = /^(?:the|other|others|two|three|four|five|both|all|these|those|above|aforementioned|same|former|latter|respective|them|it|ones?|said|prior|previous|existing|competing)$/i;

/** "the other two solutions", "these baselines", "them": words that point back to baselines named elsewhere. */
function anaphoric(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return words.every((w) => POINTING.test(w) || GENERIC_HEAD.test(w)) && words.some((w) => /^(?:other|others|two|three|four|five|both|these|those|above|aforementioned|same|former|latter|them|it)$/i.test(w));
}

/**
 * "the uncompressed baseline accuracy" → the uncompressed baseline, "QLoRA's compute scaling slope" → QLoRA: the
 * measure is not the thing. Only after a name or a head noun ("compared to real results" stays as it is).
 */
function withoutMeasuredNoun(phrase: string): string {
  const possessive = /^(.+?)[’']s\s+(.+)$/u.exec(phrase);
  // ("the best fixed configuration's accuracy": a generic possessor too.)
  if (possessive && (possessive[1].split(/\s+/).some(isName) || GENERIC_HEAD.test(possessive[1].split(/\s+/).at(-1) ?? '') ||
    /^(?:configuration|setting|baseline|model|system|method)$/i.test(possessive[1].split(/\s+/).at(-1) ?? '')) && (occurs(METRIC_CUE_PATTERN, possessive[2]) ||
    possessive[2].split(/\s+/).some((w) => MEASURED_NOUN.test(w)))) return possessive[1];
  const words = phrase.split(/\s+/);
  if (words.length < 2 || !MEASURED_NOUN.test(words[words.length - 1])) return phrase;
  const before = words[words.length - 2];
  // "surpass state-of-the-art accuracy": the state of the art is what is compared against.
  // "matches full fine-tuning accuracy": a method's name before its measure.
  return isName(before) || GENERIC_HEAD.test(before) || /^(?:baseline|model|system|state-of-the-art|SOTA)$/i.test(before) ||
    /^[\w-]*(?:tuning|training|precision|decoding|inference|attention|caching|quantization)$/i.test(before) ? words.slice(0, -1).join(' ') : phrase;
}

/**
 * "the state-of-the-art MoE OLMoE-1B-7B", "the strong open model Llama-3-8B": praise and a kind before a name; the name
 * is the baseline. A name here has letters and a digit or hyphen ("OLMoE-1B-7B"), not a size alone ("8B").
 */
function modelAfterPraise(words: readonly string[]): string | undefined {
  if (words.length < 3 || !EVALUATIVE_LEAD.test(words[0])) return undefined;
  const last = words[words.length - 1];
  return /[A-Za-z]{2,}/.test(last) && /[\d-]/.test(last) && isName(last) && !words.slice(1, -1).some((w) => w === ',') ? last : undefined;
}

/** A parenthesis after a name that holds numbers, a percentage or lower-case words (not "(MTP-1)"), and the list goes on. */
const LIST_NOTE = /(?<=[\p{L}\p{N}])\s*\((?:[\d.,%\s/+-]+|(?=[^()]*(?:%|\b[a-z]{3,}\b))[^()]{1,40})\)(?=\s*(?:,\s*|(?:,\s*)?(?:and|or)\s+)[\p{Lu}\d])/gu;

/**
 * An adjective by its ending ("dense", "heuristic", "centralized", "checkpoint-based", "open-source"); a noun before "and"
 * ("random sampling and greedy baselines") is an item of its own.
 */
const MODIFIER = /^(?:(?![a-z-]+(?:ing|tion|ment|ness|ers?)$)[a-z]+-[a-z-]+|[a-z]+(?:al|ic|ive|ed|ous|ary|ful|less|ble|ent|ant|ar)|dense|sparse|random|naive|simple)$/;

/** At an "and"/"or" after lower-case modifiers only: one or two lower-case words and a generic head follow. */
function sharesGenericHead(words: readonly string[], lower: string, parts: readonly string[], i: number): boolean {
  if ((lower !== 'and' && lower !== 'or') || !words.length || words.some(isName) || !MODIFIER.test(words[words.length - 1])) return false;
  const next = parts.slice(i + 1, i + 3);
  const head = next.findIndex((w) => GENERIC_HEAD.test(w));
  return head >= 0 && next.slice(0, head + 1).every((w) => /^[a-z][a-z-]*$/.test(w) && !BASELINE_STOP_WORDS.has(w));
}

/** The noun phrase right after a trigger, or named systems listed with it. */
const MEASURED_OF = /^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:accuracy|quality|performance|throughput|speed|latency|efficiency|results?|scores?|perplexity|memory|cost|improvements?|gains?|speed-?ups?)\s+(?:of|(?:achieved|attained|obtained|reached|reported|delivered|offered|provided)\s+by)\s+/i;

/** "comparable to those generated by MCMC-based methods", "compared with that required by commercial tools": the pronoun
 * stands for the measured thing; what follows "of"/"by" is the baseline. */
const STANDS_FOR_MEASURED = /^(?:that|those|(?:the\s+)?(?:values|numbers|figures))\s+(?:of|by|from|(?:achieved|attained|obtained|reached|reported|delivered|offered|provided|generated|produced|required|needed|used|consumed|incurred|spent)\s+(?:by|with))\s+/i;

/** "these methods", "the aforementioned baselines", "them": a phrase that points back is no baseline of its own. */
const POINTS_BACK = /^\s*(?:these|those|them|it|such|th(?:is|at)\s+(?:[\w-]+\s+)?(?:baseline|method|approach|model|system|variant|solution|technique|work)s?\b|the\s+(?:other|above|aforementioned|former|latter|same)|ours)\b/i;

export function readBaseline(rest: string): string[] {
  const pointing = POINTS_BACK.test(rest) && !STANDS_FOR_MEASURED.test(rest.trimStart());
  // "matches the accuracy of FP16", "2x the throughput of vLLM", "higher than the improvement of X", "match the image
  // quality achieved by the dense baseline": the thing measured is not the baseline.
  // "than (best-performing) unsupervised SfT": a bracketed modifier before the name.
  const numbered = rest.trimStart().replace(/^\((?:[a-z-]+\s?){1,3}\)\s+/, '');
  // ("(75.4% vs. 74.2% resolution)": the other side's figure and the measure's name, no thing compared against.)
  // (A reference named by one word stays: "0.839 random", "90% baseline", "chance".)
  if (LEADING_NUMBER.test(numbered) && /^(?!(?:random|chance|uniform|greedy|oracle|humans?|dense|baseline|default)\b)[a-z][\w-]*\s*(?:[),;]|$)/
    .test(numbered.replace(LEADING_NUMBER, ''))) return [];
  let text = numbered.replace(LEADING_NUMBER, '').replace(STANDS_FOR_MEASURED, '').replace(MEASURED_OF, '').replace(BASELINE_LEADING_DROP, '');
  // "(3.94ms vs 628ms)", "(82.5% vs. 70.0%, p<0.001)", "(\$0.18 vs \$1.75)", "versus 0-30% with …": the other side's
  // number, or a statistic, names nothing.
  if (/^(?:(?:\\?\$\s?)?\d[\d,]*\.\d+|\d[\d,]*(?:\.\d+)?(?:\s?(?:%|\\%)?\s?(?:-|–|--|to)\s?\d[\d,]*(?:\.\d+)?)?\s?(?:%|\\%|ms|s|x|×|min|h|GB|MB|fps|seconds?|minutes?|hours?|days?)|\\?\$\s?\d[\d,]*(?:\.\d+)?[KMB]?)(?=[\s,;)]|$)/.test(text)) {
    const after = text.replace(/^\S+\s*(?:(?:seconds?|minutes?|hours?|days?)\b\s*)?/, '');
    // ("versus 6-96 seconds for torch.compile": the name the figure is for.)
    if (/^for\s+(?=[\w.-]*(?:[A-Z0-9]|\.\w))/.test(after)) return readBaseline(after.slice(4));
    if (!/^[A-Za-z]/.test(after) || /^(?:p|n|r|per|for|on|in|at|with|and|or|vs)\b/i.test(after)) return [];
  }
  if (/^[a-z]$/.test(text.split(/[\s,;)=<>]/)[0] ?? '')) return [];
  // "301/659 versus 536/1548": a count out of a total names nothing.
  if (/^\d[\d,]*\s?\/\s?\d[\d,]*(?=[\s,;.)]|$)/.test(text)) return [];
  // "(0.415 vs 0.368, delta +0.047)": a statistic of the comparison after the other side's number names nothing.
  if (/^(?:delta|diff(?:erence)?|Δ)\s*(?:[=:]\s*)?[+±−-]?\s*\d/i.test(text)) return [];
  // "more than two-thirds NaNs", "less than half the data": a fraction is a share, not a thing compared against.
  if (/^(?:half|(?:one|two|three|a)[-\s](?:half|thirds?|quarters?|fifths?|tenths?))\b/i.test(text)) return [];
  // "Griffin (5%+ degradation) and TT (negligible speedup)": a note on one name of a list is no part of it; "(DeepSpeed-MoE
  // and Tutel)" after a generic head names the systems (parenNames).
  text = text.replace(LIST_NOTE, '');
  // ("over four RTX4090 with vLLM" counts devices: the device is the baseline.)
  const devices = deviceBaselines(text);
  if (devices.length) return devices;
  // "compared to 256 GPUs used in recent state-of-the-art": a count of machines is the other side's cost, no baseline.
  if (/^\s*\d/.test(rest) && MACHINES.test(text)) return [];
  // "over one billion documents", "than two hundred queries": a count, not a thing compared against.
  // ("than two strong baselines" is a comparison: a generic head follows.)
  if (COUNT_PHRASE.test(text) &&
    !text.split(/[\s,;.()]+/).slice(1, 5).some((w) => GENERIC_HEAD.test(w))) return [];
  const words: string[] = [];
  const parts = tokens(text);
  let consumed = 0;
  for (let i = 0; i < parts.length && words.length < BASELINE_MAX_WORDS; i++) {
    const t = parts[i];
    // "libraries such as …", "solutions provided by …": the named list follows.
    if (NAMED_LIST_INTRODUCER.test(text.slice(consumed))) break;
    const lower = t.toLowerCase();
    // "A, B and C", "ClamAV, YARA, MalConv, and EMBER-GBDT": names joined by commas and "and" stay one list.
    if (words.length && isName(words[words.length - 1]) && (t === ',' || /^(?:and|or)$/.test(lower))) {
      const j = t === ',' && /^(?:and|or)$/i.test(parts[i + 1] ?? '') ? i + 1 : i;
      if (/^[A-Za-z]/.test(parts[j + 1] ?? '') && isName(parts[j + 1]) && !subjectOfVerb(parts[j + 2]) && (j > i || t !== ',' || closesAsList(parts, j + 1))) {
        words.push(',');
        i = j;
        continue;
      }
    }
    // "attention- and diversity-based methods": a suspended hyphen joins the next word.
    // ("FLOP-, parameter-, and memory-matched baselines": and a comma list of them.)
    if (words.length && words[words.length - 1].endsWith('-') && /^(?:and|or|,)$/.test(lower)) {
      words.push(',');
      if (t === ',' && /^(?:and|or)$/i.test(parts[i + 1] ?? '')) i++;
      continue;
    }
    // "dense and sparse baselines", "checkpoint-based and elastic systems": two modifiers share one generic head; the
    // phrase is one thing compared against, not its first modifier.
    if (sharesGenericHead(words, lower, parts, i)) {
      words.push(t);
      consumed = text.indexOf(t, consumed) + t.length;
      continue;
    }
    // "AMD Ryzen 9 9950X", "Gemma 3 27B": a number between names is part of the name.
    // ("Claude Sonnet 4.6 baseline", "Llama 3 and Qwen 2.5": a short version number ends a name too.)
    const inName = WHOLE_NUMBER.test(t) && words.length > 0 && isName(words[words.length - 1]) && (
      (isName(parts[i + 1] ?? '') && /^[A-Za-z0-9]/.test(parts[i + 1] ?? '')) ||
      (/^\d{1,2}(?:\.\d)?$/.test(t) && /^(?:baselines?|models?|and|or|\.|\)|;)?$/.test(parts[i + 1] ?? '')));
    // "prior studies on ViT quantization": what the studies are about is part of them ("methods on unseen tools" is
    // where the methods were run, not what they are).
    if ((lower === 'on' || lower === 'for') && /^(?:studies|works?|research|literature)$/i.test(words[words.length - 1] ?? '') &&
      /^[\p{L}]/u.test(parts[i + 1] ?? '') && TOPIC.test(text.slice(text.indexOf(t, consumed) + t.length))) {
      words.push(t);
      consumed = text.indexOf(t, consumed) + t.length;
      continue;
    }
    // "DeepSpeed ZeRO-3 with CPU offloading", "huggingface's implementation with pytorch backend": a short setting of the
    // baseline's own; not "with 2x fewer GPUs", "with negligible loss", nor half of "with prefix caching and routing".
    const setting = lower === 'with' && words.length > 0 ? WITH_SETTING.exec(text.slice(text.indexOf(t, consumed) + t.length)) : null;
    if (setting && !occurs(METRIC_CUE_PATTERN, setting[1])) {
      words.push(t, ...setting[1].split(/\s+/));
      consumed = text.indexOf(t, consumed) + t.length + setting[0].length;
      break;
    }
    // ("than substantially larger foundation models": an adverb opening a comparative modifier is part of the phrase.)
    const degree = words.length === 0 && /ly$/.test(lower) && /^[a-z]+er$/.test(parts[i + 1] ?? '');
    if (/^[(),;:]$/.test(t) || !/^[\p{L}\p{N}_$\\]/u.test(t) || (BASELINE_STOP_WORDS.has(lower) && !degree) || (WHOLE_NUMBER.test(t) && !inName)) break;
    // "Against a fairly trained RS baseline the residual advantage is …": an article after the head starts the clause.
    if (words.length > 0 && /^(?:the|a|an)$/.test(lower) && GENERIC_HEAD.test(words[words.length - 1])) break;
    // "over benchmark functions of CEC2022 demonstrate a … gain": a finite verb starts the clause the phrase was in.
    // ("than on HTTPS utilizing Simple features": a gerund right after a name starts a modifier of it.)
    if (words.length > 0 && (FINITE_VERB.test(t) || (isName(words[words.length - 1]) && GERUND_AFTER_NAME.test(t)))) break;
    // "the baseline hosted on an A100", "models pre-trained with …": a participle and a preposition end the phrase.
    // ("over locally measured autoregressive decoding": after adverbs alone the participle is a modifier before the head.)
    // ("the best trained reward functions": nor after a superlative.)
    if (words.length > 0 && !words.every((w) => /^(?:[a-z]+ly|best|better|most)$/.test(w)) && (BASELINE_POST_MODIFIER_STOPS.has(lower) || (PARTICIPLE.test(t) && PARTICIPLE_LINK.test(parts[i + 1] ?? '')) ||
      (/^(?:just|only)$/.test(lower) && PARTICIPLE.test(parts[i + 1] ?? '')))) break;
    words.push(t);
    consumed = text.indexOf(t, consumed) + t.length;
  }
  const tail = text.slice(consumed);
  const introduced = NAMED_LIST_INTRODUCER.exec(tail);
  if (introduced) {
    // ("significantly larger models (e.g., 32B-70B parameters)": sizes are no names; the phrase before stands.)
    const named = readNames(tail.slice(introduced[0].length), true).filter((n) => !isSize(n));
    if (named.length) return named;
  }
  const inParens = parenNames(tail);
  if (inParens) return inParens;
  // "various quantized GEMM kernels in NVIDIA TensorRT-LLM": the named system that holds the generic ones.
  const holder = /^\s*(?:in|of|from)\s+((?:NVIDIA\s+|the\s+)?[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*)?)/.exec(tail);
  if (holder && /^(?:kernels?|implementations?|operators?|modules?|components?|librar(?:y|ies)|backends?|engines?)$/i.test(words[words.length - 1] ?? '')) {
    return [holder[1].replace(/^(?:NVIDIA|the)\s+/, '').replace(/\.$/, '')];
  }
  // "a variant without KV patching", "a baseline that retains the entire context", "training from scratch": the
  // generic head's defining words belong to it.
  const defining = /^\s*(?:(?:without|w\/o)\s+(?!(?:sacrific|compromis|los|degrad|hurt|affect|requir|incurr|increas|reduc|chang|modify|modifi|retrain)\w*\b|much\b|significant\b|noticeable\b|additional\b|extra\b)[^,;.()\d]{1,40}?|that\s+[^,;.()\d]{1,50}?|from\s+scratch|(?:just\s+|only\s+)?(?:trained|fine-?tuned)\s+(?:from\s+scratch|(?:via|with|using)\s+[A-Z][\w-]*))(?=\s*(?:[,;.()]|$|\s(?:by|while|with|on|in|at|and|across)\b))/i.exec(tail);
  const head = words[words.length - 1] ?? '';
  if (defining && (GENERIC_HEAD.test(head) || /^(?:baseline|variant|version|training|model|counterpart)$/i.test(head))) {
    return [`${words.join(' ')} ${defining[0].trim()}`.replace(BASELINE_TRAILING_DROP, '')];
  }
  const afterGeneric = words.length > 1 ? namedAfterGeneric(words, tail) : undefined;
  if (afterGeneric) return afterGeneric;
  // "over the previous best method, STEERER.": a generic head, then the name in apposition, ending the phrase.
  const apposed = GENERIC_HEAD.test(head) ? APPOSED_NAME.exec(tail) : null;
  if (apposed && isName(apposed[1])) return [apposed[1]];
  const phrase = withoutMeasuredNoun(words.join(' ').replace(/ , /g, ', ').replace(BASELINE_TRAILING_DROP, ''));
  if (!phrase || NOT_BASELINES.has(phrase.toLowerCase()) || anaphoric(phrase)) return [];
  const phraseWords = phrase.split(/\s+/);
  // "compared to the commonly used 20× patches": the words before the number name no thing.
  if (!phraseWords.some(isName) && /^(?:[a-z]+ly|[a-z-]+ed)$/.test(phraseWords[phraseWords.length - 1])) return [];
  // "the parameters with 53.9M …", "the figures we cite": a count or a measure, not a thing compared against.
  if (phraseWords.length <= 2 && MEASURE_HEAD.test(phraseWords[phraseWords.length - 1]) && !phraseWords.some((w) => isName(w))) return [];
  const modelName = modelAfterPraise(phraseWords);
  if (modelName) return [modelName];
  if (pointing && phrase.split(/\s+/).every((w) => GENERIC_HEAD.test(w) || !isName(w))) return [];
  if (words.includes(',')) {
    // "ClamAV, YARA, MalConv, and EMBER-GBDT baselines": the list's generic head is not a name of its own.
    const raw = phrase.split(/,\s*/).filter(Boolean);
    const items = completeSuspended(raw);
    const last = items[items.length - 1].split(' ');
    const suspended = raw.some((item) => item.endsWith('-'));
    if (!suspended && last.length > 1 && GENERIC_HEAD.test(last[last.length - 1])) items[items.length - 1] = last.slice(0, -1).join(' ');
    return items;
  }
  return [phrase.replace(/[’']s$/u, '')];
}
