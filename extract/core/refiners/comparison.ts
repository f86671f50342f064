/**
 * classifyComparison: relative (against a baseline or a before) or absolute (a level). Multipliers and points
 * are relative; rates, times and scores absolute; a percentage is absolute when it is a level reached
 * ("75.3% top-1 accuracy", "accuracy of 84.4%", "improved to 76.2%") and relative otherwise.
 * "absolute improvement of 8.15%" is percentage points (spec §2).
 */
import { withFields, type Candidate, type SentenceContext } from '../candidate.ts';
import { ABSOLUTE_ACCURACY_WORDS, METRIC_CUE_PATTERN, occurs } from '../lexicon/index.ts';
import { before, after, benchmarkAfter, scoreOnNamed, levelAfterName, firstWords, lastWords, pastNote, signOf, throughAbbreviation, versusNumberAfter, COMPARATIVE_AFTER, SOLVED_SHARE_BEFORE } from './clauses.ts';
import { isCoordinated, NEW_VERB } from './coordination.ts';
import { BREAKDOWN_GAP, LIST_COMMA, SETTING_THEN_AND } from './cues.ts';
import { mapWithPrevious } from './fold.ts';
import { phraseAfterNumber } from './metric-phrase.ts';

const RELATIVE_BEFORE = /\b(?:by|improv\w*|enhancements?|gains?|overheads?|advantages?|margins?|leads?|increas\w*|reduc\w*|decreas\w*|boost\w*|speed[-\s]?ups?|sav\w*|cuts?|degrad\w*|drops?|declin\w*|los(?:e|es|ing|t|s)|sacrific\w*|outperform\w*)\s+(?:(?:an?\s+)?(?:average|mean)\s+of\s+|of\s+|in\s+\w+\s+of\s+|(?:remain(?:s|ed)?|stay(?:s|ed)?|is|are|was|were)\s+)?(?:only\s+|just\s+|merely\s+)?(?:up\s+to\s+|about\s+|around\s+|approximately\s+|roughly\s+|almost\s+|over\s+|nearly\s+|more\s+than\s+|at\s+least\s+|below\s+|under\s+|less\s+than\s+|[~∼≈<≤]\s*|\$<\$\s*|(?:a\s+)?relative\s+|(?:an?\s+)?(?:massive|remarkable|significant|substantial|notable|impressive|dramatic|considerable|further|additional|modest|marginal|slight)\s+|a\s+|an\s+)?$/i;
// ("achieves up to 93.2% success", "maintains ~95% ASR": a bound or an approximation on the level.)
const LEVEL_BEFORE = /(?:(?<!\bup[-\s])\bto|->|→|\bof|\bat|\breach\w*|achiev\w*|attain\w*|obtain\w*|yield\w*|scor\w*|deliver\w*|maintain\w*|retain\w*|preserv\w*|sustain\w*)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|almost\s+|just\s+|only\s+|over\s+|nearly\s+|a\s+|an\s+|(?:(?:an?\s+)?(?:average|mean)\s+of\s+)?(?:up\s+to|more\s+than|at\s+least|above)\s+|[~∼≈]\s*|(?:an?\s+)?(?:remarkable|impressive|competitive|strong|new|record|notable|high|overall|peak|best|top)\s+)?$/i;
/** "removes up to 73.0% of parameters", "prunes 40% of the heads": a share taken away is a reduction. */
const REMOVED_SHARE = /\b(?:remov|prun|eliminat|discard|drop|skipp?|evict|cut|sav)\w*\s+(?:up\s+to\s+|about\s+|around\s+|approximately\s+|roughly\s+|over\s+|nearly\s+|more\s+than\s+|[~∼≈]\s*)?$/i;
const KEPT_BEFORE = /\b(?:maintain|retain|preserv|sustain|keep|kept)\w*\s+(?:about\s+|around\s+|approximately\s+|over\s+|nearly\s+|more\s+than\s+|up\s+to\s+)?$/i;
const SHARE_AFTER = /^\s*(?:of\b|(?:and\s+[\d.]+\s*%\s+)?(?:of\b|(?:[\w-]+\s+){0,2}(?:performance|accuracy|quality|capability|capabilities)\s+of\b))/i;
const FROM_TO_LEVEL = /\bfrom\s+(?:(?:less|more)\s+than\s+|under\s+|over\s+|about\s+|nearly\s+)?[^\s,;()]{1,16}(?:\s+\([^()]{1,24}\))?\s+to\s+(?:just\s+|only\s+|about\s+|around\s+|approximately\s+|nearly\s+|(?:more|less)\s+than\s+|over\s+|under\s+|above\s+|below\s+)?$/i;
/** "with the improvement reaching 10.2%", "a reduction peaking at 40%", "improvements ranging from 3.92% to 12.34%": the
 * change named, then where it got to. */
const CHANGE_REACHING = /\b(?:improvements?|gains?|reductions?|speed-?ups?|savings?)\s+(?:reaching|hitting|peaking\s+at|as\s+high\s+as|(?:ranging|varying)\s+(?:from|between))\s+(?:up\s+to\s+)?$/i;
/** "an improvement in prediction accuracy over single-modality approaches of 1%": the change noun, then "of". */
const CHANGE_OF = /\b(?:improvements?|enhancements?|gains?|reductions?|increases?|decreases?|speed-?ups?|drops?|degradations?|boosts?|savings?)(?:\s+[^\s,;.()]+){1,8}?\s+of\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|[~∼≈]\s*|over\s+|nearly\s+|up\s+to\s+|only\s+)?$/i;
/** The head of a phrase that names a share reached: a rate, a utilisation, a satisfaction (not "rate improvement"). */
const LEVEL_NOUN = /^(?:[\w@-]+\s+){0,3}(?:rates?|utili[sz]ations?|satisfaction|attainment|acceptance(?:\s+rates?)?|success|residency|MFU|preference|validity|compliance|coverage|MAPE|agreement|hit\s+rates?)$/i;
const ABSOLUTE_POINTS = /\babsolute\s+(?:\w+\s+){0,2}(?:improvements?|gains?|increases?|leads?)\s+of\s+$/i;

/** "top performance on RM-Bench (86.2%)": a percentage in parentheses after a named benchmark is the score on it … */
// ("on CIFAR-10 (85.19%), CIFAR-100 (59.56%) and SVHN (94.07%)": and the names listed after it.)
const ON_NAMED_PAREN = /(?:\b(?:on|in)|\)\s*,|\)\s*,?\s+and)\s+(?:the\s+)?[A-Z][\w.+-]*(?:[\s-][A-Z0-9][\w.+-]*){0,2}\s*\(\s*$/;
/** … unless the words before say it is a change there ("large gains on GSM8K (12%)"). */
const CHANGE_NOUN = /\b(?:gains?|improv\w*|increas\w*|boost\w*|reduc\w*|drops?|degradation|speed-?ups?|margins?)\b/i;

const LOSS_NOUN = /\b(?:loss(?:es)?|drops?|degradations?|gaps?|overheads?|errors?)\b/i;
/** The last words before a parenthesis that the number opens ("validation accuracy (92.15%"). */
const MEASURE_PAREN = /((?:[\w@-]+\s+){0,1}[\w@-]+)\s*\(\s*$/;

function onNamedBenchmark(ctx: SentenceContext, c: Candidate): boolean {
  const head = ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 60), c.numStart);
  const m = ON_NAMED_PAREN.exec(head);
  return m !== null && !CHANGE_NOUN.test(lastWords(head.slice(0, m.index), 4));
}

/** The text after the number that a comparative of its own would be in: to the next comma, "and" or number. */
function ownComparative(ctx: SentenceContext, c: Candidate, a: string): string {
  const next = ctx.candidates.find((o) => o.start >= c.end);
  const own = next ? a.slice(0, Math.max(0, next.start - c.numEnd)) : a;
  // ("SVHN (94.07%) bridging the gap": a parenthesis the number closes ends its phrase.)
  if (/^\s*\)/.test(own)) return '';
  // ("an accuracy of 57.71% and a significantly lower training time": a coordinated phrase is another quantity's.)
  return own.split(/[,;]|\s(?:and\s+(?:an?|the|its|their|our)|while|whereas|but|with)\s/)[0];
}

function isLevel(ctx: SentenceContext, c: Candidate): boolean {
  const b = before(ctx, c, true);
  const a = after(ctx, c, false);
  // "(8.3% vs. 9.7%)": two levels side by side.
  if (versusNumberAfter(ctx, c)) return true;
  // "drops from 89.66% (FP32) to 54.33%, a decrease of 35.33 points": the level reached, restated as a change after a comma.
  if (FROM_TO_LEVEL.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 60), c.numStart)) && !COMPARATIVE_AFTER.test(a.split(/[,;(]/)[0])) return true;
  // ("a reduction in perplexity (PPL) of 18.01%": an abbreviation in parentheses is read through.)
  const through = throughAbbreviation(ctx, c);
  // "27% (up to 39.8%) power reduction": the change named past a note right after the number.
  // ("achieving 96% accuracy, a 10x reduction in size", "reaches 92.02% with 37% less training time": a comparative past a
  // comma or another number is another claim's.)
  if (RELATIVE_BEFORE.test(b) || COMPARATIVE_AFTER.test(ownComparative(ctx, c, a)) || COMPARATIVE_AFTER.test(pastNote(ctx, c) ?? '') || CHANGE_OF.test(b) || (through !== undefined && CHANGE_OF.test(`${through} `)) ||
    CHANGE_REACHING.test(b)) return false;
  // "+71% in memory": a signed number is a change; so is "80% reduced processing latency".
  if (signOf(ctx, c) === '+' || /^\s*(?:reduced|increased|improved|enhanced|boosted|lowered|decreased)\b/i.test(a) ||
    /^\s*(?:[\w@-]+\s+){0,2}?differences?\b/i.test(a)) return false;
  if (onNamedBenchmark(ctx, c) || benchmarkAfter(ctx, c) || scoreOnNamed(ctx, c) || levelAfterName(ctx, c)) return true;
  // "solves 70.8% of ProverBench": the share of the work done is a rate reached.
  if (SOLVED_SHARE_BEFORE.test(b) && /^\s*of\b/i.test(a)) return true;
  // "retains 84-97% performance of standard LoRA", "maintaining over 98% of the performance": a share of the baseline's.
  if ((KEPT_BEFORE.test(b) || REMOVED_SHARE.test(b)) && SHARE_AFTER.test(a)) return false;
  // "92.5% query validity", "93.5-99.6% SLO satisfaction", "15% MFU": a share named by a rate-like noun right after it.
  if (c.kind === 'percent' && LEVEL_NOUN.test(phraseAfterNumber(ctx, c))) return true;
  // "high accuracy (94.1%)", "the best validation accuracy (92.15%)": the measure right before the parenthesis it opens.
  // Not a change: signed ("(-61% avg error)"), called relative ("(10-20% relative)"), or after a change noun
  // ("improvements in both detection accuracy (up to 16.1%)").
  const lead = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 80), c.start);
  const paren = MEASURE_PAREN.exec(lead);
  const changeNear = CHANGE_NOUN.test(lastWords(lead, 7)) || LOSS_NOUN.test(paren?.[1] ?? '') || signOf(ctx, c) !== undefined ||
    /^\s*(?:relative|improvement|gain|increase|reduction|higher|lower|better|worse)\b/i.test(ctx.abstract.slice(c.end, c.end + 16));
  if (paren && occurs(ABSOLUTE_ACCURACY_WORDS, paren[1]) && !changeNear) return true;
  // "nearly lossless performance 99.5% on NIAH": the measure right before the number, no change word near.
  // (Right before the number itself: "matching teacher performance within 2%" is a gap.)
  if (c.kind === 'percent' && /\b(?:performance|accuracy)\s+$/i.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 40), c.numStart)) &&
    !changeNear) return true;
  const accuracyNear = occurs(ABSOLUTE_ACCURACY_WORDS, lastWords(b, 4) + ' ' + firstWords(a, 8));
  // "accuracy: 90.9%", "ACC = 84%": a metric's value, given.
  return LEVEL_BEFORE.test(b) || /[:=]\s*$/.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 3), c.start)) || accuracyNear;
}

/** "+0.5 BLEU", "improves mAP by 2.1 AP", "1.2 mIoU higher": a score gained, not a score reached. */
function isScoreGain(ctx: SentenceContext, c: Candidate): boolean {
  if (c.unitMetric !== 'accuracy') return false;
  // "an IoU value of 0.8306, an improvement over U-Net's 0.8065": a score named as "<score> of N" is a level.
  if (/(?:\bof|[=:])\s*[^\s]*$/.test(ctx.abstract.slice(c.start, c.end))) return false;
  return signOf(ctx, c) === '+' || RELATIVE_BEFORE.test(before(ctx, c, true)) || COMPARATIVE_AFTER.test(after(ctx, c, false));
}

/** "achieving 42%, 57%, 62% and 53% higher compression efficiency than gzip": the list's last value says what all are. */
function listEndsComparative(ctx: SentenceContext, c: Candidate): boolean {
  const cs = ctx.candidates;
  let k = cs.indexOf(c);
  // (Not past a verb of its own: "improving accuracy from 91.7% to 94.1%, and achieves a 43% token reduction".)
  // ("(20% vs. 1% gains)": the other side's value goes with it.)
  // (Nor past a measure named between: "88.7% conflict-detection F1 and consistent 5.3–6.1% correctness gains".)
  while (k + 1 < cs.length && cs[k + 1].kind === c.kind && listGoesOn(ctx, cs[k], cs[k + 1])) k++;
  // (What follows a comma restates: "to 54.33%, a decrease of 35.33 points"; "… of 57.71% and a lower training time": a
  // comparative after "and" is another quantity's.)
  return COMPARATIVE_AFTER.test(ownComparative(ctx, cs[k], after(ctx, cs[k], false)).split(/\(/)[0]);
}

function listGoesOn(ctx: SentenceContext, a: Candidate, b: Candidate): boolean {
  const gap = ctx.abstract.slice(a.end, b.start);
  return !NEW_VERB.test(gap) && !occurs(METRIC_CUE_PATTERN, gap) &&
    (isCoordinated(ctx, a, b) || LIST_COMMA.test(gap) || /^\s*(?:vs\.?|versus)\s*$/i.test(gap));
}

/** Between two values of one list: "…, 75%", "…, with 77.7% on simple tasks", "… on the easy split, and 5%". */
// ("83.7% stroke-type accuracy, 61.9% on direction": the measure named after the previous value, then a comma.)
const MEASURE_THEN_COMMA = /^(?:\s+[\w-]+){1,3}\s*,\s*(?:and\s+)?$/;
const LIST_GAPS = [LIST_COMMA, BREAKDOWN_GAP, SETTING_THEN_AND, MEASURE_THEN_COMMA];

export function classifyComparison(ctx: SentenceContext): Candidate[] {
  return mapWithPrevious(ctx.candidates, (prev, c): Candidate => {
    if (c.kind === 'absolute') {
      // "+3.5 F1", "improves mAP by 2.1 AP": a gain in a score is points (spec §2 pp).
      const gain = isScoreGain(ctx, c);
      if (!gain) return withFields(c, { comparison: 'absolute' });
      return c.unit === 'score' ? withFields(c, { comparison: 'relative', unit: 'pp', kind: 'points' }) : withFields(c, { comparison: 'relative' });
    }
    if (c.kind === 'percent' && (ABSOLUTE_POINTS.test(ctx.abstract.slice(ctx.sentence.start, c.numStart)) ||
      // "absolute leads of 10.65%, 6.21%, and 8.83%": the list goes on in points.
      (prev?.kind === 'points' && prev.unit === 'pp' && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(ctx.abstract.slice(prev.end, c.start))))) {
      return withFields(c, { comparison: 'relative', unit: 'pp', kind: 'points' });
    }
    // ("a 37.4% (+15.1%) win rate … and a 40.7% (+17.8%) win rate": a signed change in parentheses starts no list of levels.)
    if (c.kind === 'percent' && prev?.kind === 'percent' && !RELATIVE_BEFORE.test(before(ctx, c, true)) && !versusNumberAfter(ctx, c) &&
      !(signOf(ctx, prev) !== undefined && signOf(ctx, c) === undefined) &&
      (isCoordinated(ctx, prev, c) || LIST_GAPS.some((re) => re.test(ctx.abstract.slice(prev.end, c.start)))) &&
      // ("by 89.6%, and improves the accuracy from 51.7% to 74.9%": a level reached is judged on its own.)
      !FROM_TO_LEVEL.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 60), c.numStart)) &&
      !listEndsComparative(ctx, c)) {
      // "to 71%, 75%, and 72%", "60.7% on MMLU, 81.9% on ARC-C", "61.1%, with 77.7% on simple tasks": a list goes on as it began.
      return withFields(c, { comparison: prev.comparison });
    }
    return withFields(c, { comparison: c.kind === 'percent' && isLevel(ctx, c) && !listEndsComparative(ctx, c) ? 'absolute' : 'relative' });
  });
}
