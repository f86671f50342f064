/**
 * dropExclusions: numbers that are settings or context, not results (spec §1).
 * Each rule is a named predicate so that debugging can say why a candidate went.
 */
import type { Candidate, SentenceContext } from '../candidate.ts';
import { isGap } from './gaps.ts';
import { metricHits } from './metric-phrase.ts';
import { ANY_QUALIFIER } from '../lexicon/index.ts';
import { endsParenChange, isSigned, startsParenChange, CAPACITY_VERB_BEFORE, COMPARATIVE_AFTER, SOLVED_SHARE_BEFORE } from './clauses.ts';
import { isBaselineNumber, isOthersResult } from './exclusions-others.ts';
import { isAdjectiveForm } from '../verbs.ts';
import { isInWebAddress } from './web-address.ts';
import { isSpread } from './spread.ts';
import { isAmountUsed, isRecordedAmount } from './amounts.ts';

/** "8x A100", "4× GPUs"; not "2.4× GPU memory reduction", "90x GPU speedups" (a measure on the device). */
const DEVICE_WORD = /^\s*(?:NVIDIA\s+|AMD\s+|Google\s+)?(?:GPUs?|TPUs?|nodes?|machines?|servers?|cards?|devices?|workers?|accelerators?)\b(?![-\s]+(?:memory|speed-?ups?|speed|hours?|utili[sz]ation|time|latency|throughput|acceleration|usage|footprint|consumption|cost|efficiency|energy|savings?|reduction)\b)/i;

/** Whether a device mention (found once per abstract) starts right after `at`, past spaces and a vendor name. */
function deviceAt(ctx: SentenceContext, at: number): boolean {
  const lead = /^\s*(?:(?:NVIDIA|AMD|Google|Intel)\s*)?/i.exec(ctx.abstract.slice(at, at + 12))![0].length;
  return ctx.hardware.some((h) => h.start === at + lead || (h.start >= at && h.start <= at + lead));
}

/** "8x A100", "4× GPUs": a device count, not a speedup; "Ryzen 9 9950X", "MI300X": part of a device's name. */
function isDeviceCount(ctx: SentenceContext, c: Candidate): boolean {
  // "500 H100 GPU-hours": the device names the unit's hours, it is not counted.
  if (c.unit === 'GPU-hours' || c.unit === 'GPU-days') return false;
  if (ctx.hardware.some((h) => c.numStart < h.end && h.start < c.numEnd)) return true;
  const rest = ctx.abstract.slice(c.end, ctx.sentence.end);
  return c.kind === 'multiplier' && (DEVICE_WORD.test(rest) || deviceAt(ctx, c.end));
}

const BIGGER_SETUP = /^\s*(?:larger|bigger|longer|wider|deeper|more)\b((?:\s+[\w-]+){0,2})/i;
/** "at 4x scale", "at 2x resolution": the size a result was measured at. */
const AT_SCALE = /^\s*(?:the\s+)?(?:scale|size|resolution|width|depth|compute|budget|data|batch)\b/i;
const PERFORMANCE_WORD = /\b(?:throughput|speed|accura\w*|efficien\w*|faster|performance|quality|goodput|savings?|reduction|requests|queries|users|sessions|agents|contexts|calls|concurrency)/i;

/** "3x more tokens per second", "2x more images/s": more of a rate is a result. */
const A_RATE = /^\s*more\s+(?:[\w-]+\s+)?[\w-]+\s*(?:\/\s*(?:s|sec|second|GPU|W|J)\b|per\s+(?:second|sec|s|GPU|dollar|watt|joule)\b)/i;

/** "delivers around 2X more assertions", "identifies 2.60x more unique packages": more of what a method finds is its result. */
const FOUND_VERB_BEFORE = /\b(?:deliver|produc|identif|find|found|detect|discover|uncover|catch|solv|resolv|fix|repair|expos|reveal)\w*\s+(?:(?:up\s+to|about|around|over|nearly|approximately|roughly|a|an)\s+)*$/i;

/** "a 2x larger model", "4x more GPUs", "8x longer context": a bigger setup, not a better result. */
function isBiggerSetup(ctx: SentenceContext, c: Candidate): boolean {
  const rest = ctx.abstract.slice(c.numEnd, ctx.sentence.end);
  // "supports 3.3 times more concurrent cameras", "enabling about 100x longer inference windows": a capacity gained.
  const lead = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 30), c.start);
  if (CAPACITY_VERB_BEFORE.test(lead) || FOUND_VERB_BEFORE.test(lead)) return false;
  const m = BIGGER_SETUP.exec(rest);
  // ("operates entirely at 5x, requiring …": a bare "at 5x" is the operating point too.)
  if (c.kind === 'multiplier' && /\bat\s+$/i.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 6), c.start)) &&
    (AT_SCALE.test(rest) || /^\s*[,;]/.test(rest))) return true;
  // "four magnification levels are provided: 4x, 10x, 20x, and 40x": the levels of a setting, listed.
  if (c.kind === 'multiplier' && /\b(?:magnification|zoom|scal(?:e|ing)|upsampling)\s+(?:levels?|factors?|ratios?)\b[^.;]{0,40}$/i
    .test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 80), c.start))) return true;
  // "temporally downsampled by a factor of 2", "downsampling the representation by a factor of 8": a setting's scale.
  if (c.kind === 'multiplier' && /\b(?:down|up|sub)-?sampl\w*\b[^.;,]{0,50}?\bby\s+(?:a\s+factor\s+of\s+)?$/i
    .test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 80), c.start))) return true;
  // "for 2x super-resolution", "across a 4x super-resolution range", "at 5x magnification": the scale a task is set at.
  if (c.kind === 'multiplier' && /^\s*(?:super[-\s]?resolution|SR\b|up-?sampling|up-?scaling|down-?sampling|magnification|zoom)/i.test(rest)) return true;
  // "outperforming models up to 18x its size": the size of what is compared.
  // "extrapolates more than 64× the training context length": the size of the setup.
  if (c.kind === 'multiplier' && /^\s*(?:its|their|the|our)\s+(?:own\s+)?(?:(?:training|original|pre-?training|default|native)\s+)?(?:size|parameters|scale|context(?:\s+(?:length|window))?|sequence\s+length|length|resolution|batch\s+size)\b/i.test(rest)) return true;
  // ("a 3.4x more compact and 1.4x more robust representation": more of a quality is a result; "4x more visual tokens"
  // counts a plural, the setup.)
  const [word, next] = m?.[1].trim().split(/\s+/) ?? [];
  // ("surpassing the 6.5X more expensive model" describes what is compared.)
  const quality = /^\s*more\b/i.test(rest) && isAdjectiveForm(word ?? '') && !/[^s]s$/.test(next ?? '') &&
    !/\bthe\s+$/i.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 5), c.start));
  return c.kind === 'multiplier' && m !== null && !quality && !PERFORMANCE_WORD.test(m[1]) && !A_RATE.test(rest) && !MORE_THAN_OTHERS.test(rest);
}

/** "generates 3-6x more objects than prior methods": more of an outcome than another does is a result (not more GPUs). */
// ("decodes 6x more tokens per forward than Qwen3-8B": up to three words.)
const MORE_THAN_OTHERS = /^\s*more\s+(?!(?:GPUs?|TPUs?|nodes?|devices?|parameters|params|layers|data|compute|memory|time|steps|epochs)\b)[\w-]+(?:\s+[\w-]+){0,2}?\s+than\b/i;

const SAVING_VERB = new RegExp(`\\b(?:sav|reduc|cut|compress|remov|prun|recover|eliminat|skip|offload)\\w*\\s+(?:down\\s+|(?:[\\w-]+\\s+){1,3}?by\\s+)?${ANY_QUALIFIER}$`, 'i');

/** "a 100 ms SLO", "under a 5-minute budget": a constraint the system meets, not a result. */
function isTimeConstraint(ctx: SentenceContext, c: Candidate): boolean {
  if (c.kind !== 'absolute' || c.unitMetric === undefined || !['latency', 'training_time'].includes(c.unitMetric)) return false;
  // "Under average latency of 960 ms, Emformer gets WER 2.50%": the latency is the condition of another result.
  // ("under 100 ms" alone is a result with its qualifier.)
  const head = ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 48), c.numStart);
  // "applying a transform every 30s adds 3% latency": how often something is done.
  // ("fall from 23.6% at half-second resolution to 1.6% at 30 s and zero at 5 min": the time a level is read at.)
  // ("On FLEURS at 160 ms, the WER gap falls …": the latency setting a sentence opens with.)
  if (/^\s*(?:On|In|For|At)\s[^,;]{0,60}\bat\s+$/.test(ctx.abstract.slice(ctx.sentence.start, c.numStart)) &&
    /^\s*,/.test(ctx.abstract.slice(c.end, c.end + 3))) return true;
  if (/\b(?:every|each|once\s+per)\s+$/i.test(head) || /(?:\d\s*\\?%|\bzero)(?:\s+[a-z]+){0,2}\s+at\s+$/i.test(head)) return true;
  if (/\bunder\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:latenc(?:y|ies)|delays?|times?)\s+(?:of\s+)?$/i.test(head)) return true;
  // "a 38.9% decrease in SLO violations of 200ms", "with a TTFT SLO of 2 s": the threshold, not a result.
  if (/\b(?:SLOs?|SLAs?|deadlines?)\s+(?:violations?\s+|attainment\s+)?(?:of|at|=)\s+$/i.test(head)) return true;
  // "requires 100s of GB": hundreds, not a hundred seconds.
  const after = ctx.abstract.slice(c.numEnd - 1, c.numEnd + 24);
  if (/^s\s+of\s+(?:[KMGT]B|thousands|millions|billions|[a-z]+s)\b/.test(after) && /^\d+s$/.test(ctx.abstract.slice(c.numStart, c.numEnd))) {
    return true;
  }
  return /^\s*(?:latency\s+|time\s+)?(?:SLOs?|SLAs?|deadlines?|budgets?|constraints?|timeouts?|windows?|intervals?|limits?|targets?)\b/i
    .test(ctx.abstract.slice(c.numEnd, Math.min(ctx.sentence.end, c.numEnd + 30)));
}

/**
 * "75% of peak FLOPS", "80% of the theoretical memory bandwidth": a share of a throughput the lexicon names after "of" is
 * a utilisation, an absolute claim (spec §1); "90% of peak performance is obtained early" is a model's best score.
 */
function ofPeak(after: string): boolean {
  return metricHits(after.trimStart()).some((h) => h.index === 0 && h.metric === 'throughput');
}

/** "10% of the data", "~95% of measurements": a share or a condition — but "saves 50% of the cost" is a saving. */
function isShare(ctx: SentenceContext, c: Candidate): boolean {
  const after = ctx.abstract.slice(c.end, ctx.sentence.end);
  if (c.kind !== 'percent' || !/^\s*of\b/i.test(after) || isGap(ctx, c) || ofPeak(after)) return false;
  const head = ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 40), c.numStart);
  // ("solves 70.8% of ProverBench and 41.5% of PutnamBench": its solve rates, the list's first verb for them all.)
  return !SAVING_VERB.test(head) && !SOLVED_SHARE_BEFORE.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 120), c.numStart).replace(LISTED_SHARES, ''));
}

/** Shares listed before the number: "70.8% of ProverBench and ". */
const LISTED_SHARES = /(?:\d[\d.]*\s*\\?%\s+of\s+[^,;()%]{1,40}?(?:\s*,\s*(?:and\s+)?|\s+and\s+))+$/;

/** Nouns that name a setting when a number sizes them: "a 25% cache budget", "pruning ratios of 50%", "1.5 TB host RAM". */
const SETTING_NOUN = /^\s*(?:[\w-]+\s+){0,2}?(?:budgets?|ratios?|sparsity|compression(?:\s+ratio)?|context(?:\s+lengths?)?|batch(?:\s+sizes?)?|window|resolution|host\s+(?:RAM|memory)|RAM|VRAM|HBM|of\s+(?:the\s+)?(?:cache\s+)?budget|risk|noise|missing|dropout|masking|pruning\s+ratio|settings?|regimes?|operating\s+points?)\b/i;
const SETTING_BEFORE = /\b(?:at|with|under|using|given|for)\s+(?:an?\s+|the\s+)?(?:(?<=\bat\s+)(?:just|only|merely)\s+)?$/i;
const SETTING_OF = /\b(?:(?:pruning|compression|sparsity|masking|drop)\s+ratios?|budgets?|sparsit(?:y|ies))\s+of\s+$/i;

const LISTED_BEFORE = /(?:\d[\d.]*\s*(?:%|x|×)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$/;

const LISTED_AFTER = /^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\d[\d.]*\s*(?:%|x|×)?)+/;

const MULTIPLE_SET = /^\s*(?:[\w-]+\s+)?(?:scale|compression|sparsity|budgets?|ratio|resolution|(?:context\s+)?length|oversubscription|load)\b/i;

/**
 * "at 5% risk", "at a 25% cache budget", "with 1.5 TB host RAM", "pruning ratios of 50%": the operating point or the
 * setting of a result, unless a comparative says it changed ("at 50% lower cost").
 */
function isOperatingPoint(ctx: SentenceContext, c: Candidate): boolean {
  if (c.kind !== 'percent' && c.kind !== 'absolute' && c.kind !== 'multiplier') return false;
  // "at 25% and 50% pruning ratios": a later number of a list is set by what sets the first.
  const head = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 48), c.start).replace(LISTED_BEFORE, '').slice(-24);
  // ("with 70% and 90% KV cache compression": and an earlier one by what follows the last.)
  const tail = ctx.abstract.slice(c.numEnd, Math.min(ctx.sentence.end, c.numEnd + 64)).replace(LISTED_AFTER, '').slice(0, 40);
  // "at 50% lower cost" changed; "At 90% specificity, X showed lower sensitivity" is a setting (the comma ends it).
  if (COMPARATIVE_AFTER.test(tail.split(/[,;]/)[0])) return false;
  // "validated at 5x deployment scale", "retains 99.3% of the accuracy under 3x token compression": a multiple set.
  // ("oracle entropy across budgets 1–100x": the budgets a study sweeps.)
  if (c.kind === 'multiplier') return /\b(?:at|under)\s+(?:an?\s+|the\s+)?$/i.test(head) && MULTIPLE_SET.test(ctx.abstract.slice(c.end, c.end + 40)) ||
    /\b(?:across|over|under|with)\s+(?:[\w-]+\s+)?(?:budgets?|thresholds?)\s+(?:of\s+)?$/i.test(head);
  // ("detection rates at false positive rates of 1%": the rate a result is read at.)
  if (SETTING_OF.test(head) || /\bat\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}rates?\s+of\s+$/i.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 60), c.start))) return true;
  // "Using 20 GPU-hours on an H100, we examine …": an opening phrase gives the setting (not "With only 3 GPU-hours, …").
  if (c.kind === 'absolute' && /^\s*(?:Using|With|Given|Under)\s+(?:an?\s+|the\s+)?$/.test(ctx.abstract.slice(ctx.sentence.start, c.start))) return true;
  // "on 40B tokens and $1,500 budget", "a 24 GB memory budget": a budget is given, whatever comes before it.
  // ("within a 40 Mbps bandwidth constraint": and a constraint or a limit.)
  if (/^\s*(?:[\w-]+\s+)?(?:budgets?|constraints?|limits?|caps?)\b/i.test(tail)) return true;
  if (!SETTING_BEFORE.test(head)) return false;
  // "at just 10% data pruning": the operating point, however modestly put.
  return c.kind === 'percent' ? /\bat\s+(?:an?\s+|the\s+)?(?:just\s+|only\s+|merely\s+)?$/i.test(head) || SETTING_NOUN.test(tail) : SETTING_NOUN.test(tail);
}

/** Memory that a device has rather than a method uses: "RTX 4060Ti (8GB VRAM), and 64GB RAM", "a single 24GB VRAM GPU". */
const DEVICE_MEMORY = /^\s*(?:of\s+)?(?:(?:unified|host|system|device|on-?chip)\s+)?(?:V?RAM|HBM\d?e?|DRAM|LPDDR\w*|(?:memory\s+)?stacks?|unified\s+memory)\b/i;
/** What says the memory is used, needed or saved: "requiring only 285KB of RAM", "adds about 0.5 GB VRAM", "peak VRAM". */
const MEMORY_USED = /\b(?:us(?:e|es|ed|ing)|requir\w*|need\w*|occup\w*|consum(?:e|es|ed|ing|ption)|add(?:s|ed|ing)?|tak\w*|fits?|within|under|to|from|reduc\w*|sav\w*|only|just|merely|less|below|peak|footprint)\b[^.;]{0,30}$/i;

function isDeviceMemory(ctx: SentenceContext, c: Candidate): boolean {
  if (c.kind !== 'absolute' || c.unitMetric !== 'memory') return false;
  const tail = ctx.abstract.slice(c.end, Math.min(ctx.sentence.end, c.end + 30));
  if (!DEVICE_MEMORY.test(tail) && !/^\s*(?:VRAM\s+)?(?:GPU|device|card)s?\b(?!\s+memory)/.test(tail)) return false;
  return !MEMORY_USED.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 30), c.start)) && !/^\s*peak\b/i.test(tail);
}


/**
 * Decibels measure quality only as PSNR (or a separation score, SI-SNRi, SDR): "at 0 dB SNR", "0.77 dB power loss" and
 * "< 1 dB prediction error" are settings and errors.
 */
function isDecibelsNotQuality(ctx: SentenceContext, c: Candidate): boolean {
  if (c.unit !== 'dB') return false;
  const near = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 60), Math.min(ctx.sentence.end, c.end + 40));
  return !/\b(?:PSNR|SI-SNRi?|SDRi?|Peak\s+Signal-to-Noise)/i.test(near) || /^\s*(?:SNR|noise|power|error|prediction)\b/i.test(ctx.abstract.slice(c.end, c.end + 20));
}

/** "from 3 days to just 76 minutes": the first number is where things started. */
/** The gap inside a list of values: ", ", ", and ", " and ". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
/** A change already stated in the list before: "from 10.2% to 20.0%, 21.3% to …". */
const CHANGE_BEFORE = /\bfrom\s+[^,;()]{1,24}?\s+to\s+[^,;()]{1,24}?(?:,\s*(?:and\s+)?[^,;()]{1,24}?\s+to\s+[^,;()]{1,24}?)*,\s*(?:and\s+)?$/i;

function isStartingPoint(ctx: SentenceContext, c: Candidate): boolean {
  if (startsParenChange(ctx, c)) return true;
  const k = ctx.candidates.indexOf(c);
  const next = ctx.candidates[k + 1];
  // "slashes success rates from over 80% to near-zero": the level reached has no number.
  if (/\bfrom\s+(?:over\s+|about\s+|nearly\s+|around\s+)?$/i.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 20), c.start)) &&
    /^\s*(?:\([^()]{0,30}\)\s*)?to\s+(?:near[-\s]?zero|zero|none|nothing)\b/i.test(ctx.abstract.slice(c.end, c.end + 40))) return true;
  if (!next) return false;
  const gap = ctx.abstract.slice(c.end, next.start);
  // "95.0% -> 96.4%": an arrow leads from where a change started to where it ended.
  if (/^\s*(?:->|→)\s*$/.test(gap) && !isSigned(ctx, c)) return true;
  const head = ctx.abstract.slice(ctx.sentence.start, c.start);
  // "from 3 days to just 76 minutes", "from 56.6% to under 1%", "from 52.4% to the highest score of 56.4%"; "from 10.2%
  // to 20.0%, 21.3% to 29.3%".
  if (/^\s*to\s+(?:just\s+|only\s+|about\s+|nearly\s+|under\s+|below\s+|less\s+than\s+|more\s+than\s+|over\s+|above\s+|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?of\s+)?$/i.test(gap) &&
    (/\bfrom\s+(?:(?:less|more)\s+than\s+|under\s+|below\s+|over\s+|above\s+|about\s+|nearly\s+|around\s+)?$/i.test(head) || CHANGE_BEFORE.test(head))) return true;
  // "from a 26.6% SFT baseline to 81.5%", "from 33.0% (baseline) to 17.8%": a few words of its own before "to".
  if (/\bfrom\s+(?:an?\s+|the\s+|over\s+|about\s+|nearly\s+|around\s+)?$/i.test(head) && !/\b(?:rang\w*|var\w*|spann\w*)\s+from\s+\S*\s*$/i.test(head) &&
    /^\s*(?:\([^()]{0,30}\)\s*|(?:[\w-]+\s+){1,4}?)to\s+(?:just\s+|only\s+|about\s+|nearly\s+|under\s+|below\s+)?$/i.test(gap)) return true;
  // "from 44%, 46%, and 51% to 71%, 75%, and 72%, respectively": each value of the list before "to".
  let first = k;
  while (first > 0 && LIST_GAP.test(ctx.abstract.slice(ctx.candidates[first - 1].end, ctx.candidates[first].start))) first--;
  let last = k;
  while (last + 1 < ctx.candidates.length && LIST_GAP.test(ctx.abstract.slice(ctx.candidates[last].end, ctx.candidates[last + 1].start))) {
    last++;
  }
  const after = ctx.candidates[last + 1];
  return last > first && after !== undefined && /\bfrom\s*$/i.test(ctx.abstract.slice(ctx.sentence.start, ctx.candidates[first].start)) &&
    /^\s*to\s*$/i.test(ctx.abstract.slice(ctx.candidates[last].end, after.start));
}

/**
 * "improves F1 by 10% relative (19.0%->21.0%)", "a 0.63% accuracy drop (86.65% to 86.02%)": the level a change ended at,
 * given in parentheses right after the change was claimed as a percentage, restates it. (With no such claim before it,
 * "accuracy gains on Sudoku-Extreme (87.4% to 98.75%)", the level reached is the claim.)
 */
function isRestatedEnd(ctx: SentenceContext, c: Candidate): boolean {
  const paren = endsParenChange(ctx, c);
  // "+12.8pp (37.2% to 50.0%)": points restate a change in percentages too (the first test below).
  // The claim stands right before the parenthesis, not in an earlier one ("Sudoku (87.4% to 98.75%) and Bench (62.6% to …").
  return paren >= 0 && ctx.candidates.some((o) => (o.kind === c.kind || (c.kind === 'percent' && o.kind === 'points')) &&
    o.end <= paren && paren - o.end < 50 &&
    !ctx.abstract.slice(o.end, paren).includes(')'));
}

/** "89.7 ± 0.4": the part after a plus-minus is an error bar, no claim. */
function isErrorBar(ctx: SentenceContext, c: Candidate): boolean {
  if (/(?:±|\+\/-|\+-)\s*$/.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 4), c.numStart))) return true;
  // "with per-configuration standard errors of 6-12 points", "(SD = 2.1)".
  return /\b(?:standard\s+(?:errors?|deviations?)|std|SD|SEM?)\s*(?:of|=|:)?\s*(?:about\s+|around\s+|roughly\s+|~\s*)?$/.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 40), c.start));
}

/** "95% CI", "90% confidence", "95% Wilson CI", "95% bootstrap confidence interval": the level of an interval, not a result. */
function isConfidenceLevel(ctx: SentenceContext, c: Candidate): boolean {
  return c.kind === 'percent' &&
    /^\s*(?:(?:Wilson|bootstrap(?:ped)?|Clopper-Pearson|Wald|Bayesian|exact|two-sided|one-sided)\s+)?(?:CIs?\b|confidence\b|credible\b|prediction\s+intervals?\b)/i.test(ctx.abstract.slice(c.numEnd, c.numEnd + 40));
}

/** "ranks first in 18 of 24 PSNR/SSIM comparisons", "wins 9 out of 12 tasks": the total of a count, not a score. */
function isCountTotal(ctx: SentenceContext, c: Candidate): boolean {
  return c.kind === 'absolute' && (c.unit === 'score' || !c.unit) &&
    /\b\d+\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?$/i.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 16), c.numStart));
}


export const EXCLUSIONS: readonly [string, (ctx: SentenceContext, c: Candidate) => boolean][] = [
  ['confidence level', isConfidenceLevel],
  ["others' result", isOthersResult],
  ['device count', isDeviceCount],
  ['bigger setup', isBiggerSetup],
  ['share or condition', isShare],
  ['operating point', isOperatingPoint],
  ['amount of tokens or data used', isAmountUsed],
  ['amount of recorded data', isRecordedAmount],
  ['memory of a device', isDeviceMemory],
  ['decibels not quality', isDecibelsNotQuality],
  ['time constraint', isTimeConstraint],
  ['starting point', isStartingPoint],
  ['restated end of a change', isRestatedEnd],
  ['baseline number', isBaselineNumber],
  ['error bar', isErrorBar],
  ['total of a count', isCountTotal],
  ['condition', isCondition],
  ['spread', isSpread],
  ['inside a web address', isInWebAddress],
];

/** "When reducing the size of the KV cache by 2x, most configurations …": a change set as the condition of the sentence. */
const CONDITION = /(?:^\s*|\bthat\s+)(?:[Ww]hen|[Ii]f|[Uu]nless|[Oo]nce)\s+[a-z]+ing\b[^,;:()]*$/;
const CONDITION_WORD = /\b(?:[Ww]hen|[Ii]f|[Uu]nless|[Oo]nce)\s/;

function isCondition(ctx: SentenceContext, c: Candidate): boolean {
  // (The cheap word test first: the full pattern tries every position up to the number.)
  const head = ctx.abstract.slice(ctx.sentence.start, c.start);
  return CONDITION_WORD.test(head) && CONDITION.test(head);
}

/** Drops excluded candidates. Those lacking a cue are kept for now (dropUncued): a coordinated neighbour may vouch for them. */
export function dropExclusions(ctx: SentenceContext): Candidate[] {
  return ctx.candidates.filter((c) => !EXCLUSIONS.some(([, rule]) => rule(ctx, c)));
}

