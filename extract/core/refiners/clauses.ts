/**
 * Where a clause around a number starts and ends. Refiners look for cue words only inside it, so that
 * "reduces bubbles by 6.29x, resulting in a throughput improvement of 1.91x" keeps the two apart.
 */
import type { Candidate, SentenceContext } from '../candidate.ts';
import { ANY_QUALIFIER, METRIC_CUE_PATTERN, occurs } from '../lexicon/index.ts';
import { matchesOf } from '../matches.ts';

/** Hard breaks inside a sentence: semicolons, list markers "2)", "(ii)", and subordinate clauses after a comma. */
export const HARD_BREAK = /;|(?:^|[\s,:])\(?(?:\d|i{1,3}|iv|vi{0,3}|[a-e])\)\s|,\s+(?:which|while|whilst|where|resulting|highlighting|making|thereby|leading)\b/gi;

/** Soft breaks also end a clause: commas, colons, parentheses. */
const SOFT_BREAK = /[,:;()]|\s(?:and|while|whilst|but)\s/g;

function lastMatchEnd(re: RegExp, text: string): number {
  let end = 0;
  for (const m of matchesOf(re, text)) end = m.index + m[0].length;
  return end;
}

function firstMatchStart(re: RegExp, text: string): number {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m ? m.index : text.length;
}

/**
 * A comparative within the next few words ("4.5x faster", "93.72% GPU memory savings", "1-3% accuracy
 * degradation"): the number is a change, not a count or a level.
 */
export const COMPARATIVE_AFTER = /^\s*(?:\S+\s+){0,3}?(?:faster|slower|shorter|higher|lower|more|less|fewer|larger|smaller|greater|better|worse|cheaper|quicker|speed[-\s]?ups?|improvements?|reductions?|increases?|decreases?|savings?|gains?|boost|acceleration|degradation|drops?|loss(?:es)?|gaps?(?!\s+(?:detection|analysis|filling|identification))|overheads?|as\s+(?:fast|much|many|efficient|high|large))\b/i;

/** "it solves 70.8% of ProverBench", "detects 92% of jailbreaks": the share of the work a method gets done is its rate. */
export const SOLVED_SHARE_BEFORE = new RegExp(`\\b(?:solv|resolv|pass|fix|repair|detect)(?:e|es|ed|ing)?\\s+${ANY_QUALIFIER}$`, 'i');

/** "on CIFAR-10 (85.19%), CIFAR-100 (59.56%) and SVHN (94.07%)": a level in parentheses right after a benchmark's name. */
const NAME_PAREN_BEFORE = /[A-Z][\w.+-]*(?:[\s-][A-Z0-9][\w.+-]*){0,2}\s*\(\s*$/;
const SCORES_BEFORE = /\b(?:accurac(?:y|ies)|state[-\s]of[-\s]the[-\s]art|SOTA|scores?|success\s+rates?)\b/gi;
const COMPARED_NAMES = /\b(?:than|exceed\w*|surpass\w*|outperform\w*|compared|versus|vs\.?|over|those\s+of|that\s+of|against)\b/i;

/** "accuracies … on CIFAR-10 (85.19%), CIFAR-100 (59.56%)", "REST (100%), LADE (up to 92%)": a percentage alone in
 * parentheses right after a name, where the words before name a score, is the level reached there. */
export function levelAfterName(ctx: SentenceContext, c: Candidate): boolean {
  if (c.kind !== 'percent') return false;
  const lead = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 200), c.start);
  if (!NAME_PAREN_BEFORE.test(lead) || !/^\s*\)/.test(ctx.abstract.slice(c.end, c.end + 4))) return false;
  const score = [...lead.matchAll(SCORES_BEFORE)].at(-1);
  // ("exceeding those of TLS (63.1 percent) and BLS (60.0 percent)": after a comparison, the names are the baselines.)
  return score !== undefined && !COMPARED_NAMES.test(lead.slice(score.index + score[0].length));
}

/** How far a clause may reach from its number: real clauses are shorter, and the bound keeps work linear. */
const REACH = 400;

/**
 * Clauses already cut in this abstract. Several refiners ask for the same number's clause (before it, after it, hard or
 * soft), and each cut scans up to REACH characters for breaks: on the corpus they were asked for ~5 times each.
 * The answer depends only on the abstract's text, the sentence's bounds and the number's, which make the key.
 */
let clausesOf = '';
/** Sentence start → sentence end → the number's position and kind of clause (one number) → the clause. */
const clauseCache = new Map<number, Map<number, Map<number, string>>>();

function cachedClause(ctx: SentenceContext, at: number, kind: number, cut: () => string): string {
  if (ctx.abstract !== clausesOf) {
    clausesOf = ctx.abstract;
    clauseCache.clear();
  }
  // Numbers, not a string key built and hashed on every call (~4% of extraction went to the string keys).
  let byEnd = clauseCache.get(ctx.sentence.start);
  if (byEnd === undefined) clauseCache.set(ctx.sentence.start, (byEnd = new Map()));
  let clauses = byEnd.get(ctx.sentence.end);
  if (clauses === undefined) byEnd.set(ctx.sentence.end, (clauses = new Map()));
  const k = at * 4 + kind;
  let text = clauses.get(k);
  if (text === undefined) {
    text = cut();
    clauses.set(k, text);
  }
  return text;
}

/** Sentence text before the number, back to the last hard break (or to the last soft one with `soft`). */
export function before(ctx: SentenceContext, c: Candidate, soft = false): string {
  return cachedClause(ctx, c.numStart, soft ? 1 : 0, () => {
    const text = ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - REACH), c.numStart);
    const cut = Math.max(lastMatchEnd(HARD_BREAK, text), soft ? lastMatchEnd(SOFT_BREAK, text) : 0);
    return text.slice(cut);
  });
}

/** Sentence text after the number, up to the next hard break (or soft one with `soft`). */
export function after(ctx: SentenceContext, c: Candidate, soft = false): string {
  return cachedClause(ctx, c.numEnd, soft ? 3 : 2, () => {
    const text = ctx.abstract.slice(c.numEnd, Math.min(ctx.sentence.end, c.numEnd + REACH));
    const cut = Math.min(firstMatchStart(HARD_BREAK, text), soft ? firstMatchStart(SOFT_BREAK, text) : text.length);
    return text.slice(0, cut);
  });
}

/** The clause before the number, but not reaching back past the previous candidate. */
export function ownBefore(ctx: SentenceContext, c: Candidate): string {
  const prev = ctx.candidates.filter((o) => o.end <= c.start).at(-1);
  const text = before(ctx, c);
  return prev ? text.slice(Math.max(0, text.length - (c.numStart - prev.end))) : text;
}

/** The clause after the number (to the next comma), not reaching past the next candidate. */
export function ownAfter(ctx: SentenceContext, c: Candidate): string {
  const next = ctx.candidates.find((o) => o.start >= c.end);
  const text = after(ctx, c, true);
  return next ? text.slice(0, next.start - c.numEnd) : text;
}

/** "(<1%)", "(up to 75%)": the number opens a parenthesis. */
const OPENS_PAREN = new RegExp(`\\(\\s*[<>~≤≥]?\\s*${ANY_QUALIFIER}$`, 'i');

/**
 * The words that lead up to a number: the clause before it, or, when the number opens a parenthesis
 * ("accuracy loss (<1%)"), the clause before the parenthesis.
 */
export function leadIn(ctx: SentenceContext, c: Candidate): string {
  const own = ownBefore(ctx, c);
  return OPENS_PAREN.test(own.slice(-30)) ? own : before(ctx, c, true);
}

/** The text between two candidates of one sentence (a before b). */
export function between(ctx: SentenceContext, a: Candidate, b: Candidate): string {
  return ctx.abstract.slice(a.end, b.start);
}

/** firstWords' pattern for each `n` asked for (a handful), made once. */
const FIRST_WORDS = new Map<number, RegExp>();

/** The first `n` words of a text. */
export function firstWords(text: string, n: number): string {
  let re = FIRST_WORDS.get(n);
  if (re === undefined) FIRST_WORDS.set(n, (re = new RegExp(`^\\s*(?:\\S+(?:\\s+|$)){0,${n}}`)));
  const m = re.exec(text);
  return m ? m[0] : '';
}

/** The last `n` words of a text: each word with the one white space after it, as `text.split(/(?<=\s)/)` cuts them. */
export function lastWords(text: string, n: number): string {
  if (n <= 0) return '';
  // Counted back from the end rather than split: a split with a lookbehind tries every position (~2% of extraction).
  let words = 1;
  for (let at = text.length - 1; at > 0; at--) {
    if (isSpace(text.charCodeAt(at - 1)) && ++words > n) return text.slice(at);
  }
  return text;
}

const SPACE = /\s/;
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(String.fromCharCode(code)));

/** "85.5% vs. 77.0%", "(8.3% vs. 9.7%)": the number is the first of a pair set against another number. */
export function versusNumberAfter(ctx: SentenceContext, c: Candidate): boolean {
  // "85-95% GPU utilization versus 0-30%": a few words naming the quantity may come first, but no comparative ("5%
  // higher accuracy versus 3% for X" is a change).
  const m = VERSUS_NUMBER.exec(ctx.abstract.slice(c.end, Math.min(ctx.sentence.end, c.end + 48)));
  return m !== null && (m[1] === '' || !COMPARATIVE_AFTER.test(m[1]));
}
const VERSUS_NUMBER = /^\s*((?:[A-Za-z][\w-]*\s+){0,3}?)(?:vs\.?|versus)\s+[~≈$\\]?\d/i;

/** "reducing the success rate of replay attacks to just 9.4%", "raises success to 74%": the verb a level was brought by. */
const CHANGED_TO = new RegExp(`\\b(reduc|lower|cut|decreas|drop|increas|improv|rais|boost|push|bring|brought)\\w*\\s+(?:[^,;()\\s]+\\s+){0,6}?to\\s+${ANY_QUALIFIER}$`, 'i');

/** Which way the change that brought a level about went ("reduced … to" down), or undefined when none did. */
export function changedTo(text: string): 'down' | 'up' | undefined {
  const m = CHANGED_TO.exec(text);
  if (!m) return undefined;
  return /^(?:reduc|lower|cut|decreas|drop)/i.test(m[1]) ? 'down' : 'up';
}

/**
 * "accuracy gains … on Sudoku-Extreme (87.4% to 98.75%)", "decreases recall (50% to 37.5%)", "improves F1 by 10% relative
 * (19.0%->21.0%)": a parenthesis opened after a change gives where it started and where it ended.
 */
const CHANGE_THEN_PAREN = /\b(?:gains?|improv\w*|increas\w*|decreas\w*|reduc\w*|drops?|degrad\w*|boost\w*|rais\w*|lower\w*|grow\w*|declin\w*|speed-?ups?|shrink\w*|cut\w*)\b(?:[^;()]|\([^()]{0,60}\)){0,140}?\(\s*$/i;
const PAIR_AFTER = /^\s*(?:to|->|→)\s*[^()\s]{1,12}(?:\s+[a-z]+)?\s*[),]/i;
const PAIR_BEFORE = /\(\s*[~≈]?(?<![-+−])\d[\d.,]*\s*(?:%|\\%)?\s*(?:to|->|→)\s*$/i;

/**
 * The sign a number is written with: "+2.8%", "+ 3", "-15% p99", "−0.7%". A minus is one only against the number and
 * after a space, bracket or the sentence's start: "27% random - 2x lift" and "GPT-4" have none.
 */
export function signOf(ctx: SentenceContext, c: Candidate): '+' | '-' | undefined {
  const at = c.numStart;
  const head = ctx.abstract.slice(Math.max(ctx.sentence.start, at - 2), at);
  const first = ctx.abstract[at];
  if (first === '+' || /\+\s*$/.test(head)) return '+';
  const minus = first === '-' || first === '−' ? at : /[-−]$/.test(head) ? at - 1 : -1;
  if (minus < 0) return undefined;
  return minus <= ctx.sentence.start || /[\s([,;:/$]/.test(ctx.abstract[minus - 1]) ? '-' : undefined;
}

export const isSigned = (ctx: SentenceContext, c: Candidate): boolean => signOf(ctx, c) !== undefined;

/** The first number of such a pair: where the change started. */
export function startsParenChange(ctx: SentenceContext, c: Candidate): boolean {
  // "degradation (-3.5% to -5.2%)": signed numbers are changes themselves, and the pair a range of them.
  if (isSigned(ctx, c)) return false;
  // Cheap tests first: the number opens a parenthesis and a pair follows (few numbers do).
  if (!/\(\s*$/.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 3), c.start))) return false;
  return CHANGE_THEN_PAREN.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 120), c.start)) &&
    PAIR_AFTER.test(ctx.abstract.slice(c.end, Math.min(ctx.sentence.end, c.end + 40)));
}

/** The second number of such a pair, as the position of its "(" (or -1): where the change ended. */
export function endsParenChange(ctx: SentenceContext, c: Candidate): number {
  if (!/(?:to|->|→)\s*$/.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 4), c.start))) return -1;
  const head = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 140), c.start);
  const m = PAIR_BEFORE.exec(head);
  return m && CHANGE_THEN_PAREN.test(head.slice(0, m.index + 1)) ? c.start - head.length + m.index : -1;
}

/** "(85.5% RoboTwin 2.0, 95.7% LIBERO)": a name right after the number, then the list or parenthesis goes on. */
const NAME_THEN_BREAK = /^\s*([A-Z][A-Za-z0-9.+-]*(?:[\s-][A-Z0-9][\w.+-]*){0,2})\s*[,;)]/;

const SCORES_NAMED = /\b(?:benchmarks?|datasets?|tasks?|suites?|success(?:\s+rates?)?|accuracy|accuracies|performance|scores?|results?)\s*$/i;

/** Right before a number: "supports 3.3 times more …", "enabling about 100x longer …": a capacity the claim gains. */
// ("can use up to 112 times larger batch sizes": what a method can do is a capacity too.)
export const CAPACITY_VERB_BEFORE = /\b(?:(?:support|enabl|allow|accommodat|handl)\w*|can\s+(?:use|process|serve|run|train|fit|store|hold))\s+(?:(?:up\s+to|about|over|nearly|approximately|roughly|a|an)\s+)*$/i;

/** "competitive on standard datasets with 85.59% on Spider": a percentage after "with", on a named benchmark, is the score there. */
export function scoreOnNamed(ctx: SentenceContext, c: Candidate): boolean {
  return c.kind === 'percent' && /\bwith\s+(?:an?\s+)?$/i.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 8), c.start)) &&
    /^\s+on\s+(?:the\s+)?[A-Z][\w.+-]*\b/.test(ctx.abstract.slice(c.end, c.end + 40));
}

/** Whether a percentage is the score on the benchmark named right after it (not a measure: "20% MFU", "5% FLOPs"). */
export function benchmarkAfter(ctx: SentenceContext, c: Candidate): boolean {
  if (c.kind !== 'percent') return false;
  const m = NAME_THEN_BREAK.exec(ctx.abstract.slice(c.end, Math.min(ctx.sentence.end, c.end + 40)));
  // Inside a parenthesis opened right after scores or benchmarks are named ("task success on simulation benchmarks ("), not
  // "(80% RLHF, 64 GPUs)" or "containing at least 50% NaNs".
  const head = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 120), c.start);
  const open = head.lastIndexOf('(');
  if (open < 0 || head.indexOf(')', open) >= 0 || !SCORES_NAMED.test(lastWords(head.slice(0, open), 4))) return false;
  return m !== null && /[a-z]|[A-Z]{3}/.test(m[1]) && !occurs(METRIC_CUE_PATTERN, m[1]) && !/^(?:GPUs?|CPUs?|TPUs?|NPUs?|MB|GB|KB|TB)$/.test(m[1]);
}

/** "mean Average Precision (mAP) of", "a reduction in perplexity (PPL) of": an abbreviation in parentheses right before. */
const ABBREVIATION_BEFORE = /\(([^()]{1,12})\)\s*((?:of|=|:|is|was)?)\s*$/;

/**
 * The clause before a number whose last words abbreviate a name in parentheses, read through: "mean Average Precision mAP
 * of" (the soft clause stops at the parenthesis, and the cue before it with it). Undefined when there is no such parenthesis.
 */
export function throughAbbreviation(ctx: SentenceContext, c: Candidate): string | undefined {
  const head = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 80), c.start);
  const m = ABBREVIATION_BEFORE.exec(head);
  return m ? `${(head.slice(0, m.index).split(/[,;:]/).at(-1) ?? '').trimEnd()} ${m[1]} ${m[2]}`.trimEnd() : undefined;
}

/**
 * "3.25 times (geomean) speedup", "an average of 27% (up to 39.8%) power reduction": a statistic or a bound noted in
 * parentheses right after the number, before the words that say what it measures.
 */
export const NOTE_AFTER_NUMBER = /^\s*\((?:\s*(?:geo-?mean|geometric\s+mean|median|mean|average|avg\.?|on\s+average)\s*|[^()]{0,24}\d[^()]{0,24})\)/i;

/** The words after a number's note (NOTE_AFTER_NUMBER), or undefined when no note follows it. */
export function pastNote(ctx: SentenceContext, c: Candidate): string | undefined {
  const text = ctx.abstract.slice(c.numEnd, Math.min(ctx.sentence.end, c.numEnd + 120));
  const note = NOTE_AFTER_NUMBER.exec(text);
  return note ? text.slice(note[0].length) : undefined;
}
