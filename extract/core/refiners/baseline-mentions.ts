/**
 * The comparisons a sentence states, for attachBaseline: each trigger ("over", "than", "compared to", "outperforms",
 * "comparable to" …) with the names after it (readBaseline) and what binds it: "<trigger> X by <number>" belongs to that
 * number, "over X" to the claim right before it, a parity to the claims that ride on it, "N x that of X" to N alone.
 */
import { isVerbForm } from '../verbs.ts';
import type { Candidate, SentenceContext } from '../candidate.ts';
import { BASELINE_TRIGGER, METRIC_CUE_PATTERN, occurs } from '../lexicon/index.ts';
import { readBaseline } from './baseline-phrase.ts';
import { matchesOf } from '../matches.ts';

export interface Mention {
  start: number;
  names: string[];
  /** The candidate a "<trigger> X by <number>" mention belongs to. */
  owner?: Candidate;
  /** Inside a parenthesis that states a number of its own ("(r=0.83 vs. human judgments)"). */
  aside: boolean;
  /** "over X", "than X": bound to the claim right before it, unlike a sentence's "compared to X". */
  local: boolean;
  /** "comparable to X", "on par with X": a parity, the baseline only of the claims that ride on it, after it. */
  parity: boolean;
  /** "1.6x that of X": the baseline of the multiplier right before it only. */
  ofMultiplier: boolean;
}

const PARITY_TRIGGER = /^(?:comparable|on\s+par|competitive)\b/i;

const LOCAL_TRIGGER = /^(?:over|than|against|vs\.?|versus|that\s+of)$/i;

export const QUAL = String.raw`(?:up\s+to|over|more\s+than|about|nearly|around|roughly|approximately|an?|margins?\s+of|a\s+factor\s+of|on\s+average|average)\s+`;
/** "<trigger> X by <number>": X is that number's baseline ("outperforms A by 2x"); "… over A and by 3x over B" is not. */
/** Commas only inside a list of names ("A, B, and C baselines by"), not before a new clause (", while reducing … by"). */
const BY_NUMBER = new RegExp(String.raw`^(?:[^;:(),]|,(?=\s*(?:and\b|or\b|[A-Z]))|\([^()]{0,30}\)){0,80}?(?<!\band\s)\bby\s+(?:${QUAL})*$`);

/** Whether a position sits inside a parenthesis (opened earlier in the sentence) that also holds a number. */
export function inNumberedAside(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  const close = text.indexOf(')', at);
  const inside = text.slice(from + open, close < 0 ? at + 80 : close);
  return /\d/.test(inside.replace(/\b[A-Za-z][\w-]*\d[\w-]*\b/g, ''));
}

export function startsNewVerb(text: string): boolean {
  return matchesOf(AND_WORD, text).some((m) => isVerbForm(m[1]));
}

export function mentions(ctx: SentenceContext): Mention[] {
  const { abstract, sentence } = ctx;
  const found: Mention[] = [];
  for (const m of matchesOf(BASELINE_TRIGGER, sentence.text)) {
    const restStart = sentence.start + m.index + m[0].length;
    const comparedForm = /compare[ds]?\b|versus|vs|comparing|contrast|respect/i.test(m[0]);
    // The phrase ends where the next claim begins ("over X and 1.3x over Y").
    const next = ctx.candidates.find((c) => c.numStart > restStart + 1 && !comparedForm);
    const rest = abstract.slice(restStart, next ? next.start : sentence.end);
    // "over 59.56x", "more than 12,000": a qualifier, not a comparison — unless "compared to 138.66 with DDIM".
    // "over 4bit QLoRA", "than 3D-GS" are names.
    // ("than 32B models", "relative to 1-block variants": a size or a shape that names the model compared.)
    if (/^\s*[~<>]?\s*\d(?![\d.,]*-?(?:bits?\b|D(?:\b|[A-Z])))/.test(rest) && !comparedForm && !SIZED_MODEL.test(rest)) continue;
    // "a 2% drop from the full model": "from" compares only right after a number, not in "resolution loss from mosaicking".
    if (/^from$/i.test(m[0]) && !/baselines?\b/i.test(sentence.text.slice(m.index, m.index + 60)) && !ctx.candidates.some((c) => c.end <= sentence.start + m.index &&
      !/[,;:]/.test(abstract.slice(c.end, sentence.start + m.index)) && sentence.start + m.index - c.end <= 40)) continue;
    // "data augmentation via Random Over Sampling (ROS)": a capitalised word inside a name compares nothing.
    if (/^[A-Z]/.test(m[0]) && /\b[A-Z][\w-]*\s+$/.test(sentence.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "reduces the perplexity gap relative to the dense model by 30%": the reference of a gap is part of what is measured.
    if (/^(?:relative|compared)/i.test(m[0]) && /\b(?:gap|difference|distance|deviation)\s+$/i.test(sentence.text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "certifies examples over features rather than waveforms": what it works over, not what it beats.
    if (/^over$/i.test(m[0]) && /^[^,;()]{1,40}?\brather\s+than\b/i.test(rest)) continue;
    // "23 times faster than current NeRF editing methods, and … 8 times faster than these methods": the names before.
    // "1.75x faster decompression than on FASTQ", "than with vLLM": after "than", the setting compared names the baseline.
    const names = readBaseline(/^than$/i.test(m[0]) ? rest.replace(THAN_SETTING, ' ') : rest);
    if (!names.length && found.length && POINTS_TO_NAMES_BEFORE.test(rest)) names.push(...found[found.length - 1].names);
    // "improve upon the reconstruction accuracy by …": after "improve upon", a measure is what changed.
    // ("0.1x of the model size": after a multiple's "of", a measure is what is compared, not against what.)
    if (!names.length || ((/^improv/i.test(m[0]) || /^of$/i.test(m[0])) && names.every(isMeasure))) continue;
    // "shifts the macro-F1 versus flash Pareto frontier", "the accuracy vs. latency trade-off": two axes, not a baseline.
    if (/^(?:vs\.?|versus)$/i.test(m[0]) && /\b(?:frontiers?|trade-?offs?|curves?|plots?|space)$/i.test(names[names.length - 1])) continue;
    // "than vLLM on A100 GPUs and cuts memory by 30%": a new verb after "and" starts another statement.
    // "over X while reducing length by 16%": a new clause's number is not the one "over X" is by.
    // "within 0.7 pp of BF16 while reducing regressions by 27%": what a margin is within is that claim's baseline alone.
    const within = /^of$/i.test(m[0]) && /\bwithin\s[^,;()]{0,40}$/i.test(sentence.text.slice(Math.max(0, m.index - 48), m.index)) ? ctx.candidates.filter((c) => c.end <= sentence.start + m.index).at(-1) : undefined;
    const owner = within ?? (next && BY_NUMBER.test(rest) && !startsNewVerb(rest) && !NEW_CLAUSE.test(rest) ? next : undefined);
    found.push({
      start: sentence.start + m.index, names, owner, aside: inNumberedAside(abstract, sentence.start, sentence.start + m.index),
      local: LOCAL_TRIGGER.test(m[0]), parity: PARITY_TRIGGER.test(m[0]), ofMultiplier: /^that\s+of$/i.test(m[0]) || within !== undefined,
    });
  }
  const triggered = found.length;
  for (const c of ctx.candidates) {
    if (c.kind !== 'multiplier') continue;
    const named = NAMED_MEASURE_AFTER.exec(abstract.slice(c.end, Math.min(sentence.end, c.end + 80)));
    if (!named || NOT_A_BASELINE.test(named[1])) continue;
    const names = readBaseline(named[1]);
    const start = c.end + named[0].indexOf(named[1]);
    if (names.length) found.push({ start, names, owner: c, aside: false, local: true, parity: false, ofMultiplier: true });
  }
  // (The named measures come after the triggers' mentions: back into text order only when there are any.)
  return found.length > triggered ? found.sort((a, b) => a.start - b.start) : found;
}

/**
 * "up to 1.6x FlashAttention-2 throughput", "1.39x FA2 throughput on H100", "2.1x full-cache throughput": a multiple
 * of a named system's measure is that multiplier's comparison with it.
 */
const NAMED_MEASURE_AFTER = /^\$?\s*(?:the\s+)?([A-Z][\w.-]*[\w](?:[-\s][A-Z0-9][\w.-]*)?|full-[\w-]+)(?:['’]s)?\s+(?:(?:forward|backward|prefill|decode|decoding|end-to-end|kernel|training|inference)\s+)?(?:throughput|bandwidth|speed|performance)\b/;
/** Names of what is measured or where, not of a system one compares with: "4.72x GPU throughput". */
const NOT_A_BASELINE = /^(?:GPUs?|CPUs?|NPUs?|TPUs?|LLMs?|KV|MoE|AI|ML|DNNs?|E2E|I\/O|IO|SSDs?|HBM|DRAM|PCIe|The|This|Our|Its|It|We)$/;

/** A model named by its size or shape: "32B models", "1-block variants", "2-layer baselines". */
const SIZED_MODEL = /^\s*\d[\d.,]*(?:[BM]|-[a-z]+)\s+(?:[\w-]+\s+)?(?:models?|LLMs?|baselines?|variants?|counterparts?|networks?|versions?|transformers?|architectures?)\b/;

const THAN_SETTING = /^\s*(?:on|with|in|under)\s+(?=(?:the\s+)?[\w.-]*[A-Z0-9])/;

const NEW_CLAUSE = /\b(?:while|whilst|whereas|but|yet|thereby)\b/i;

/** A measure in lower case that no name qualifies ("reconstruction accuracy"). */
function isMeasure(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= 3 && !words.some((w) => /[\p{Lu}\d]/u.test(w)) && (occurs(METRIC_CUE_PATTERN, words[words.length - 1]) ||
    occurs(METRIC_CUE_PATTERN, name));
}

/** A phrase that points back to things named before ("these methods", "them"). */
const POINTS_TO_NAMES_BEFORE = /^\s*(?:(?:these|those|such|both)\s+(?:[\w-]+\s+){0,2}?(?:methods|baselines|approaches|models|systems|techniques|works|solutions|frameworks)|them|it)\b/i;

export const AND_WORD = /\band\s+(?:also\s+|further\s+|then\s+)?([a-z]+)\b/g;
