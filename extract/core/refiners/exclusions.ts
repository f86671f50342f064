/**
 * dropExclusions: numbers that are settings or context, not results (spec §1).
 * Each rule is a named predicate so that debugging can say why a candidate went.
 */
import type { Candidate, SentenceContext } from '../candidate.ts';
import { findHardware } from '../hardware.ts';
import { ANY_QUALIFIER, BASELINE_TRIGGER, occurs } from '../lexicon/index.ts';
import { lastWords, COMPARATIVE_AFTER } from './clauses.ts';

const DEVICE_WORD = /^\s*(?:NVIDIA\s+|AMD\s+|Google\s+)?(?:GPUs?|TPUs?|nodes?|machines?|servers?|cards?|devices?|workers?|accelerators?)\b/i;

function startsWithHardware(text: string): boolean {
  const head = text.replace(/^\s*(?:NVIDIA|AMD|Google|Intel)?\s*/i, '').slice(0, 40);
  return findHardware(head)[0]?.start === 0;
}

/** "8x A100", "4× GPUs": a device count, not a speedup. */
function isDeviceCount(ctx: SentenceContext, c: Candidate): boolean {
  const rest = ctx.abstract.slice(c.end, ctx.sentence.end);
  return c.kind === 'multiplier' && (DEVICE_WORD.test(rest) || startsWithHardware(rest));
}

const BIGGER_SETUP = /^\s*(?:larger|bigger|longer|wider|deeper|more)\b((?:\s+[\w-]+){0,2})/i;
const PERFORMANCE_WORD = /\b(?:throughput|speed|accura\w*|efficien\w*|faster|performance|quality|goodput|savings?|reduction)/i;

/** "a 2x larger model", "4x more GPUs", "8x longer context": a bigger setup, not a better result. */
function isBiggerSetup(ctx: SentenceContext, c: Candidate): boolean {
  const m = BIGGER_SETUP.exec(ctx.abstract.slice(c.numEnd, ctx.sentence.end));
  return c.kind === 'multiplier' && m !== null && !PERFORMANCE_WORD.test(m[1]);
}

const SAVING_VERB = new RegExp(`\\b(?:sav|reduc|cut|compress|remov|prun|recover|eliminat|skip|offload)\\w*\\s+(?:down\\s+)?${ANY_QUALIFIER}$`, 'i');

/** "a 100 ms SLO", "under a 5-minute budget": a constraint the system meets, not a result. */
function isTimeConstraint(ctx: SentenceContext, c: Candidate): boolean {
  return c.kind === 'absolute' && c.unitMetric !== undefined && ['latency', 'training_time'].includes(c.unitMetric) &&
    /^\s*(?:latency\s+|time\s+)?(?:SLOs?|SLAs?|deadlines?|budgets?|constraints?|timeouts?|windows?|intervals?|limits?|targets?)\b/i
      .test(ctx.abstract.slice(c.numEnd, Math.min(ctx.sentence.end, c.numEnd + 30)));
}

/** "10% of the data", "~95% of measurements": a share or a condition — but "saves 50% of the cost" is a saving. */
function isShare(ctx: SentenceContext, c: Candidate): boolean {
  return c.kind === 'percent' && /^\s*of\b/i.test(ctx.abstract.slice(c.end, ctx.sentence.end)) &&
    !SAVING_VERB.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.numStart - 40), c.numStart));
}

/** "at 5% risk", "at 50% sparsity": the operating point of a result, unless "at 50% lower cost". */
function isOperatingPoint(ctx: SentenceContext, c: Candidate): boolean {
  return c.kind === 'percent' && /\bat\s+$/i.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 10), c.start)) &&
    !COMPARATIVE_AFTER.test(ctx.abstract.slice(c.numEnd, Math.min(ctx.sentence.end, c.numEnd + 40)));
}

/** "from 3 days to just 76 minutes": the first number is where things started. */
function isStartingPoint(ctx: SentenceContext, c: Candidate): boolean {
  const next = ctx.candidates.find((o) => o.start >= c.end);
  if (!next) return false;
  const gap = ctx.abstract.slice(c.end, next.start);
  return /\bfrom\s*$/i.test(ctx.abstract.slice(ctx.sentence.start, c.start)) && /^\s*to\s+(?:just\s+|only\s+|about\s+)?$/i.test(gap);
}

/** "outperforming the previous model (FID=6.47, …)", "previous best FID of 3.2": the baseline's own number. */
function isBaselineNumber(ctx: SentenceContext, c: Candidate): boolean {
  const text = ctx.abstract.slice(ctx.sentence.start, c.start);
  if (/\b(?:previous|prior|baseline'?s?|original|existing)\s+(?:best\s+|state-of-the-art\s+|SOTA\s+)?$/i.test(lastWords(text, 4).replace(/FIDs?\s*(?:of|=|:)?\s*$/i, ''))) return true;
  const open = text.lastIndexOf('(');
  if (open < 0 || text.indexOf(')', open) >= 0) return false;
  // "(FID=6.47" or "(6.47 FID": the parenthesis quotes a value; "(with up to a 1.42x speedup)" is a result.
  if (!/^\(\s*(?:[A-Za-z][\w-]*\s*(?:=|:|\{=\}|of)?\s*)?$/.test(text.slice(open))) return false;
  const beforeParen = text.slice(Math.max(0, open - 90), open);
  const trigger = occurs(BASELINE_TRIGGER, beforeParen);
  const otherInBetween = ctx.candidates.some((o) => o !== c && o.start >= ctx.sentence.start + open - 90 && o.end <= c.start);
  return trigger && !otherInBetween;
}

export const EXCLUSIONS: readonly [string, (ctx: SentenceContext, c: Candidate) => boolean][] = [
  ['device count', isDeviceCount],
  ['bigger setup', isBiggerSetup],
  ['share or condition', isShare],
  ['operating point', isOperatingPoint],
  ['time constraint', isTimeConstraint],
  ['starting point', isStartingPoint],
  ['baseline number', isBaselineNumber],
];

/** Drops excluded candidates. Those lacking a cue are kept for now (dropUncued): a coordinated neighbour may vouch for them. */
export function dropExclusions(ctx: SentenceContext): Candidate[] {
  return ctx.candidates.filter((c) => !EXCLUSIONS.some(([, rule]) => rule(ctx, c)));
}

