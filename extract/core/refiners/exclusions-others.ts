/**
 * Exclusions of others' figures (spec §1): the number a comparison quotes for the other side ("versus 93.4% for
 * Bonferroni", "outperforming the previous model (FID=6.47)") and a clause about someone else's results ("In comparison,
 * Wazuh achieved 52.0%", "where the baselines reach 5%").
 */
import type { Candidate, SentenceContext } from '../candidate.ts';
import { APPROX_QUALIFIER, BASELINE_TRIGGER } from '../lexicon/index.ts';
import { isSigned, lastWords, versusNumberAfter, COMPARATIVE_AFTER } from './clauses.ts';
import { escapeRegExp, matchesOf } from '../matches.ts';

/**
 * "96.4% coverage versus 93.4% for Bonferroni", "compared with approximately 92.0% for SNIP": the number a comparison
 * word introduces is the baseline's.
 */
const VERSUS_BEFORE = new RegExp(String.raw`\b(?:versus|vs\.?|compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|against)\s+(?:the\s+|only\s+|just\s+|merely\s+|${APPROX_QUALIFIER}\s*)?$`, 'i');
/** "85.5% vs. 77.0%/78.8%": the baselines' numbers go on after a slash. */
const VERSUS_LIST_BEFORE = /\b(?:versus|vs\.?)\s+[\d.,]+\s*(?:%|\\%)?\s*(?:\/\s*[\d.,]+\s*(?:%|\\%)?\s*)*\/\s*$/i;

// ("surpassing GPT-4o's 78.66%": and what is beaten, its own figure.)
const VERSUS_POSSESSIVE_BEFORE = /\b(?:versus|vs\.?|compared\s+(?:to|with)|against|surpass\w*|outperform\w*|exceed\w*|beat\w*)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+(?:[a-z]+\s+)?$/i;

/** "compared to transformers achieving only F1 = 0.509", "compared to TAP with 66%": the level the compared thing reaches. */
const COMPARED_LEVEL_BEFORE = new RegExp(String.raw`\b(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?:(?!and\b|or\b|\d)[^,;()\s]+\s+){1,6}?` +
  String.raw`(?:achiev\w*|reach\w*|obtain\w*|scor\w*|attain\w*|at|with)\s+(?:only\s+|just\s+|merely\s+|about\s+|around\s+)?` +
  String.raw`(?:(?:an?\s+)?[A-Za-z][\w@-]*\s*(?:=|of)\s*)?$`, 'i');

/** "outperforming the previous model (FID=6.47, …)", "previous best FID of 3.2": the baseline's own number. */
/** "TLS (63.1 percent) and BLS (": the next name of a list of names with their levels in parentheses. */
const NEXT_NAMED_PAREN = /^\s*\)\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:the\s+)?[A-Z][\w.+-]*(?:[\s-][A-Z0-9][\w.+-]*){0,2}\s*\(\s*$/;
/** "versus 53.8% for sliding windows and 80.6% for H2O": the next figure of a list of figures "for" what reached them. */
const NEXT_FOR_NAMED = /^\s+for\s+[^,;()]{1,40}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;

export function isBaselineNumber(ctx: SentenceContext, c: Candidate): boolean {
  // "exceeding those of TLS (63.1 percent) and BLS (60.0 percent)": the levels listed after a baseline's are baselines' too.
  let k = c.kind === 'multiplier' ? -1 : ctx.candidates.indexOf(c) - 1;
  while (k >= 0 && ctx.candidates[k].end > c.start) k--;
  const prev = k >= 0 ? ctx.candidates[k] : undefined;
  const gap = prev ? ctx.abstract.slice(prev.end, c.start) : '';
  if (prev && (NEXT_NAMED_PAREN.test(gap) || NEXT_FOR_NAMED.test(gap)) && isBaselineNumber(ctx, prev)) return true;
  const text = ctx.abstract.slice(ctx.sentence.start, c.start);
  // "surpassing the 58.5% obtained by the much larger GPT-4o": a figure obtained by another.
  if (c.kind !== 'multiplier' && /^\s*(?:[\w-]+\s+)?(?:obtained|achieved|reached|reported|attained|scored)\s+by\b/i
    .test(ctx.abstract.slice(c.numEnd, Math.min(ctx.sentence.end, c.numEnd + 40))) && /\bthe\s+$/i.test(text.slice(-12))) return true;
  if (c.kind !== 'multiplier' && VERSUS_LIST_BEFORE.test(text.slice(-40))) return true;
  // "(15x compared to 4x for ICAE)": a ratio after "compared to", then whose it is.
  if (c.kind === 'multiplier' && VERSUS_BEFORE.test(text.slice(-40)) &&
    /^\s+(?:for|of|by|with|from)\s/i.test(ctx.abstract.slice(c.end, c.end + 8))) return true;
  // The other side's level after "versus"/"compared to", its possessive ("58.8% against dense retrieval's 15.7%") or its
  // verb ("compared to TAP with 66%"), unless a comparative says it is a change.
  if (c.kind !== 'multiplier' && (VERSUS_BEFORE.test(text.slice(-40)) || VERSUS_POSSESSIVE_BEFORE.test(text.slice(-60)) ||
    COMPARED_LEVEL_BEFORE.test(text.slice(-90))) &&
    !COMPARATIVE_AFTER.test(ctx.abstract.slice(c.numEnd, Math.min(ctx.sentence.end, c.numEnd + 40)))) return true;
  if (/\b(?:previous|prior|baseline'?s?|original|existing)\s+(?:best\s+|state-of-the-art\s+|SOTA\s+)?$/i.test(lastWords(text, 4).replace(/FIDs?\s*(?:of|=|:)?\s*$/i, ''))) return true;
  const open = text.lastIndexOf('(');
  if (open < 0 || text.indexOf(')', open) >= 0) return false;
  // "a lower WER than Whisper-tiny (8.3% vs. 9.7%)": the first of a pair is the paper's, the second the baseline's.
  if (versusNumberAfter(ctx, c)) return false;
  // "(+26% / +3%)": signed numbers are changes, not the baseline's levels.
  if (isSigned(ctx, c)) return false;
  // "as the backbone of Faster-RCNN (by 2.6%)": a margin, not the baseline's level.
  if (/^\(\s*by\s*$/i.test(text.slice(open))) return false;
  // "(FID=6.47" or "(6.47 FID": the parenthesis quotes a value; "(with up to a 1.42x speedup)" is a result.
  if (!/^\(\s*(?:[A-Za-z][\w-]*\s*(?:=|:|\{=\}|of)?\s*)?$/.test(text.slice(open))) return false;
  const beforeParen = text.slice(Math.max(0, open - 90), open);
  // "outperforms GRPO and DAPO (0.5%~4%)": a range in parentheses gives the margins, not one baseline's level.
  if (c.valueLow !== c.valueHigh && /\b(?:outperform|surpass|beat|exceed)\w*\s+[^,;()]{1,60}$/i.test(beforeParen)) return false;
  // "by a wide margin (6.8%)": the parenthesis gives the margin itself.
  if (/\bmargins?\s*$/i.test(beforeParen)) return false;
  let triggerAt = -1;
  for (const m of matchesOf(BASELINE_TRIGGER, beforeParen)) triggerAt = m.index;
  if (triggerAt < 0) return false;
  // "outperform X and achieve top performance on RM-Bench (86.2%)", "over A and B, showing that it reduces latency
  // (1.7-2.0x)": a verb of its own after the comparison makes the number the paper's level or change.
  if (/\b(?:achiev|reach|attain|obtain|deliver|reduc|improv|lower|cut|accelerat|boost|increas|decreas|shrink|compress)\w*\b/i
    .test(beforeParen.slice(triggerAt))) return false;
  // No other claim between the comparison and the parenthesis: "outperforming existing SOTA (95%)".
  const from = ctx.sentence.start + Math.max(0, open - 90) + triggerAt;
  return !ctx.candidates.some((o) => o !== c && o.start >= from && o.end <= c.start);
}

/**
 * "In comparison, Wazuh achieved 52.0%", "where the baselines reach 5% and 10%": a clause about someone else's results
 * (not "while also improving baseline performance by 4%": a verb of the paper's own before the noun).
 */
const CONTRAST_OPENING = /^\s*(?:[Ii]n\s+(?:comparison|contrast)|[Bb]y\s+contrast|[Cc]onversely|[Cc]omparatively),?\s+((?:the\s+)?[\w$.+-]+)/;
const OTHERS_CLAUSE = /(?:^|[,;]\s*|\b)(?:where|whereas|while)\s+(?:the\s+|an?\s+|other\s+|prior\s+|existing\s+|competing\s+|traditional\s+|conventional\s+|standard\s+|state-of-the-art\s+|SOTA\s+)*(?:(?!(?:also|further|still|even|(?:improv|reduc|increas|achiev|maintain|outperform|surpass|boost|lower|cut|keep|preserv|beat|exceed)\w*ing)\b)[\w–-]+\s+){0,3}?(?:baselines?|methods|models|approaches|competitors|systems|works)\b(?:\s*\([^()]*\))?[^,;]*$/i;

/** Whether an earlier part of the abstract introduces `name` as the paper's own ("named X", "we propose X"). */
function namedAsOwn(earlier: string, name: string): boolean {
  if (!/^[A-Z]/.test(name)) return false;
  const escaped = escapeRegExp(name);
  return new RegExp(`\\b(?:named|called|dubbed|termed|coined|propose[sd]?|present(?:s|ed)?|introduce[sd]?)\\s+(?:\\S+\\s+){0,3}?${escaped}(?![\\w-])`).test(earlier);
}

/** "significantly outperforming traditional simulators, which exceed 50% error": a clause about the thing compared against. */
const COMPARED_WHICH = /\b(?:than|outperform\w*|surpass\w*|compared\s+(?:to|with)|versus)\s+[^,;()]{1,60},\s*(?:which|who|whose)\s+[^,;]*$/i;

/**
 * "…, while EAGLE-3 achieves only 2.41x", "whereas VLASH reaches at most 6.4%", "while LTR attains the same sparsity with
 * 68.3%", "whereas L1-pruning degrades performance by 13.7%": a named method's lesser result or loss in a contrasting
 * clause (not "while PaDiM-Lite achieves a 77% reduction", which may be the paper's own variant).
 */
const NAMED_WHILE = /,\s*(?:while|whereas)\s+(?:the\s+)?([A-Z][\w.+-]*)\s+(?:(?:attain|achiev|reach|obtain|yield|score|get|requir|take|need)\w*\s+(?:[^,;]*\b(?:only|just|merely|at\s+most|the\s+same)\b)|(?:degrad|incur|suffer|los[et]|drop|hurt)\w*\s)[^,;]*$/;

export function isOthersResult(ctx: SentenceContext, c: Candidate): boolean {
  const head = ctx.abstract.slice(ctx.sentence.start, c.start);
  if (OTHERS_CLAUSE.test(head) || COMPARED_WHICH.test(head)) return true;
  const named = head.includes('while') || head.includes('whereas') ? NAMED_WHILE.exec(head) : null;
  const opening = named ?? CONTRAST_OPENING.exec(head);
  if (!opening) return false;
  // Someone else: a name that is not the paper's own, or a phrase that says it is another's ("state-of-the-art
  // systems"); "By contrast, transfer learning proves …" contrasts settings of the paper's own study.
  const subject = opening[1].replace(/^the\s+/i, '');
  const own = (ctx.system ?? '').toLowerCase();
  if (own && (subject.toLowerCase().startsWith(own) || own.startsWith(subject.toLowerCase()))) return false;
  // "… the first framework …, named CoT Monitor+. … In contrast, CoT Monitor+ cuts …": a name the abstract gave its own work.
  if (namedAsOwn(ctx.abstract.slice(0, ctx.sentence.start), subject)) return false;
  return /^[A-Z]/.test(subject) && !/^(?:We|Our|Ours|This|It|Its|Even|Such|These|All)$/.test(subject) ||
    /^(?:existing|prior|previous|baseline|competing|traditional|conventional|standard|other|commercial|current|state-of-the-art|SOTA)\b/i.test(subject);
}
