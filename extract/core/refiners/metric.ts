/**
 * attachMetric: what the number measures (spec §3), from the closest cue that is about it:
 * 1. the unit itself (fps, FID; a time is latency or training time by its clause);
 * 2. the noun phrase right after the number, or after the last number of its list ("1.42x and 1.35x higher
 *    throughput"): its head decides, and a specific cue beats a weak one ("JCT speedup" is latency);
 * 3. "respectively" lists pair in order ("reducing token costs and latency by 40% and 12%, respectively");
 * 4. the object of the verb before the number ("reduces cold-start latency by 7.1x", "speedups of 5.52x");
 * 5. the previous number's metric in the same clause ("improving over X by 11%" after "3.91x speedup");
 * 6. the rest of the clause; then a default (a multiplier: the indicator the abstract names, else speed).
 * Each hit also says which way its quantity improves when that differs from the metric (perplexity: down; energy
 * efficiency: up), for attachDirection and the factor.
 */
import { withFields, type Candidate, type SentenceContext } from '../candidate.ts';
import { occurs } from '../lexicon/index.ts';
import { before, lastWords, leadIn, ownBefore, ownAfter, throughAbbreviation, CAPACITY_VERB_BEFORE, HARD_BREAK } from './clauses.ts';
import { bareList, listOf, slashGroups } from './lists.ts';
import { matchesOf } from '../matches.ts';
import { headHit, metricHits, phraseAfterNumber, type Hit } from './metric-phrase.ts';
import { comparesWithSoftware } from './software-baseline.ts';
import { compressedMetric, defaultMetric, namesOtherQuantity, timeMetric, uncuedObject } from './metric-default.ts';

export { metricHits, phraseAfter, phraseAfterNumber, type Hit } from './metric-phrase.ts';


/** A verb that takes the measured quantity as its object: "reduces <latency> by", "improves <MFU> by". */
const VERB = /\b(?:reduc|suppress|improv|increas|decreas|boost|lower|cut|sav|accelerat|speed\w*\s+up|achiev|deliver|attain|reach|yield|obtain|enhanc|minimi[sz]|maximi[sz]|shrink|halv|doubl|outperform|surpass|exceed|gain|incurr?|bring|brings|trim|slash)\w*\s/gi;

const SPEED_VERB = /^(?:accelerat|speed)/i;
const SETTING_AFTER = /^\s*(?:at|on|for|under|across|with)\s/i;
const SIZED_OR_TRAINED = /\b(?:train\w*(?!\s+(?:data|samples|examples|sets?|tokens|labels))|sizes?|bytes?)\b/i;
const HELD_SAME = /^\s*(?:the\s+)?(?:same|comparable|similar|equal|equivalent|matching)\b/i;
const MODIFIER_TO = /\b(?:required|needed|necessary|used|taken|spent)\s+to\s+$/i;

/**
 * "energy and latency prediction errors": modifiers coordinated before a head that is a cue of its own measure the head
 * ("latency and throughput" is two measures).
 */
function sharedHead(head: string, hits: Hit[]): Hit | undefined {
  const last = hits.at(-1);
  const before = hits.at(-2);
  if (!last || !before || last.weak || !/^[\w-]*(?:\s+by\b.*)?\s*$/.test(head.slice(last.index))) return undefined;
  const gap = head.slice(before.index, last.index).replace(/^[\w-]+/, '');
  return /^\s*[\w-]+(?:\s+[\w-]+)*\s*$/.test(gap) && !/\b(?:and|or)\b/i.test(gap) ? last : undefined;
}

/**
 * The cue of the verb's object before the number ("decreases P90 time-to-first-token (TTFT) by"): the first specific cue
 * after the last verb of the clause; a speed verb with no specific object is speed ("accelerates end-to-end performance
 * by 1.05-5.36x"). Without a verb, the head of the soft clause right before the number.
 */
function objectHit(own: string, soft: string): Hit | undefined {
  let verb: RegExpExecArray | undefined;
  // "reduces uplink traffic required to reach a quality threshold by 46x": a verb in the object's modifier is not it.
  for (const m of matchesOf(VERB, own)) if (!verb || !MODIFIER_TO.test(own.slice(Math.max(0, m.index - 20), m.index))) verb = m;
  if (verb) {
    // The object's head comes before its prepositional phrases: "accelerates the training of models with billions of
    // parameters" is about training, not parameters.
    const object = own.slice(verb.index + verb[0].length);
    const prep = /\s(?:of|with|for|on|in|across|under|at)\s/i.exec(object);
    // "achieved the same performance with a compression ratio of 4-16x": a quantity held the same is not the one measured.
    const held = prep !== null && HELD_SAME.test(object) && metricHits(object.slice(prep.index)).some((h) => !h.weak);
    const headHits = prep && !held ? metricHits(object.slice(0, prep.index)) : [];
    if (prep && SPEED_VERB.test(verb[0]) && !headHits.some((h) => !h.weak)) return { metric: 'speed', weak: true, index: verb.index };
    const hits = headHits.length ? headHits : metricHits(held ? object.slice(prep.index) : object);
    const head = prep && !held ? object.slice(0, prep.index) : held ? object.slice(prep.index) : object;
    const specific = /,|\b(?:and|or)\b/i.test(head) ? sharedHead(head, hits) ?? hits.find((h) => !h.weak) : headOfPhrase(head, hits);
    if (specific) return specific;
    if (SPEED_VERB.test(verb[0])) return { metric: 'speed', weak: true, index: verb.index };
    if (hits.length) return hits[0];
  }
  return headHit(metricHits(soft));
}

/**
 * One noun phrase ends in its head: "high-recall query latency" is latency, "mean reciprocal rank (MRR)" a score. But
 * "communication cost" and "energy-delay product" are named by their first part, and a parenthesis only abbreviates. (Of a
 * coordination, "memory and compute cost", the first named goes with the number: the caller's.)
 */
function headOfPhrase(head: string, hits: readonly Hit[]): Hit | undefined {
  const specific = hits.filter((h) => !h.weak && !inParenthesis(head, h.index));
  let k = specific.length - 1;
  while (k > 0 && (specific[k].metric === 'cost' || /^[\w]+-$/.test(head.slice(specific[k - 1].index, specific[k].index)))) k--;
  return specific[k];
}

function inParenthesis(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && text.indexOf(')', open) < 0 || (open >= 0 && text.indexOf(')', open) > at);
}

/** "reducing token costs and latency by up to 40% and 12%, respectively": the k-th number takes the k-th cue. */
function respectivelyHit(ctx: SentenceContext, list: number[], i: number, afterOnly = false): Hit | undefined {
  if (list.length < 2) return undefined;
  // ("1.52x/1.57x and 1.64x/1.77x latency and energy improvements during training/inference": slash pairs joined by
  // "and" before as many measures pair without "respectively".)
  const groups = slashGroups(ctx, list);
  const pairs = groups[groups.length - 1] + 1;
  if (!/\brespectively\b/i.test(ctx.sentence.text) && (pairs < 2 || pairs === list.length)) return undefined;
  const first = ctx.candidates[list[0]];
  const last = ctx.candidates[list[list.length - 1]];
  // Up to the next number: "1.42x and 1.35x higher throughput … and attains 31.9% and 31.2% cost efficiency …".
  const next = ctx.candidates[list[list.length - 1] + 1];
  const afterText = ctx.abstract.slice(last.numEnd, Math.min(ctx.sentence.end, last.numEnd + 120, next?.start ?? Infinity)).split(/[,;(]/)[0];
  // And back to the number before: "improves accuracy by 6.8% while saving latency and retraining time by 35.5x and 3x".
  const prev = ctx.candidates[list[0] - 1];
  // Within the clause: "… reduction in memory footprint, while maintaining a competitive accuracy of 99.31% and 96.08%".
  const beforeText = (prev ? ctx.abstract.slice(Math.max(prev.numEnd, first.start - 200), first.start) : before(ctx, first)).split(/[,;]/).at(-1) ?? '';
  // ("reduces relative error by up to 2.5x and 3.3x at p90 and p99, respectively": what follows "at" is where.)
  const after = SETTING_AFTER.test(afterText) ? '' : afterText;
  for (const text of afterOnly ? [after] : [after, beforeText]) {
    const hits = metricHits(text).filter((h) => !h.weak);
    // The cues form a list of their own ("latency and bandwidth"), not one phrase ("FLOPs/s utilization").
    const listed = hits.every((h, k) => k === 0 || /(?:,|\band\b|\bor\b)/.test(text.slice(hits[k - 1].index, h.index)));
    if (hits.length === list.length && listed) return hits[list.indexOf(i)];
    // "1.52x/1.57x and 1.64x/1.77x latency and energy improvements": slash pairs take one cue each.
    if (listed && hits.length > 1 && hits.length === pairs) return hits[groups[list.indexOf(i)]];
  }
  return undefined;
}

/** "341k trainable parameters (~1.3 MB) – over 70X fewer than ResNet-50": a comparative with no noun of its own is about
 * the quantity named just before it. */
function elidedBefore(ctx: SentenceContext, c: Candidate): Hit | undefined {
  if (!/^\s*(?:fewer|less|more|smaller|larger|bigger)\s+than\b/i.test(ctx.abstract.slice(c.end, c.end + 24))) return undefined;
  const lead = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 80), c.start);
  // Not from inside a parenthesis that holds the number ("(2 times higher than A100)" restates what is before it).
  if (lead.lastIndexOf('(') > lead.lastIndexOf(')')) return undefined;
  return metricHits(lead.slice(lead.lastIndexOf(';') + 1)).filter((h) => !h.weak).at(-1);
}

/** "60.7% on MMLU": "on" and a capitalised name that is not a device ("on H100" is where it ran). */
function onBenchmark(ctx: SentenceContext, c: Candidate): boolean {
  const m = /^\s*on\s+(?:the\s+)?(?=[A-Z])/.exec(ctx.abstract.slice(c.numEnd, Math.min(ctx.sentence.end, c.numEnd + 40)));
  if (!m) return false;
  const at = c.numEnd + m[0].length;
  return !ctx.hardware.some((h) => h.start <= at + 8 && h.end > at);
}

const ELIDED_BY = /;\s*(?:and\s+)?by\s+(?:up\s+to\s+|about\s+|nearly\s+|over\s+|an?\s+average\s+of\s+)?$/i;

function sameClause(ctx: SentenceContext, a: Candidate, b: Candidate): boolean {
  return !occurs(HARD_BREAK, ctx.abstract.slice(a.end, b.start));
}

/**
 * "521 tokens/sec (2 times higher than A100)", "reduces TTFT by up to 136x (Gemma: 22-136x at 4K; DeepSeek: 11-76x …)":
 * a number inside a parenthesis that follows a claim restates it, when nothing in between names another quantity or
 * starts a new statement. Returns the claim restated.
 */
function restatedIn(ctx: SentenceContext, done: readonly Candidate[], c: Candidate): Candidate | undefined {
  const head = ctx.abstract.slice(ctx.sentence.start, c.start);
  const open = head.lastIndexOf('(');
  if (open < 0 || head.indexOf(')', open) >= 0) return undefined;
  const parenAt = ctx.sentence.start + open;
  const outer = done.filter((o) => o.end <= parenAt).at(-1);
  if (!outer) return undefined;
  // "on a 2.7B parameter model (" sizes the setup; it names no other quantity.
  const between = ctx.abstract.slice(outer.end, c.start).replace(/\d[\d.]*\s*[KMB]?[-\s]+parameters?\b/gi, ' ');
  return metricHits(between).length === 0 && !occurs(VERB, between + ' ') && parenAt - outer.end < 60 ? outer : undefined;
}

/** "reduced computational costs (62x in wall-clock time, …)": "in" and a named quantity right after the number. */
function inPhraseHit(ctx: SentenceContext, c: Candidate): Hit | undefined {
  const m = /^\s*in\s+((?:[^\s,;()]+\s+){0,3}?[^\s,;()]+)(?=\s*(?:[,;()]|$|\s(?:and|over|than|compared|versus|vs\.?|with|while|on|for)\b))/i
    .exec(ctx.abstract.slice(c.numEnd, Math.min(ctx.sentence.end, c.numEnd + 48)));
  return m ? headHit(metricHits(m[1]).filter((h) => !h.weak)) : undefined;
}

/** "a compression ratio 6 times higher than that of prior methods": the quantity named right before a comparative. */
function nounRightBefore(ctx: SentenceContext, c: Candidate): Hit | undefined {
  if (!/^(?:higher|lower|larger|smaller|greater|better|worse|more|less)\b/i.test(phraseAfterNumber(ctx, c))) return undefined;
  const head = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 40), c.start);
  if (!/[A-Za-z]\s+$/.test(head)) return undefined;
  const last = lastWords(head, 2);
  const hit = metricHits(last).filter((h) => !h.weak).at(-1);
  // The cue must end the words: "ratio 6 times", not "ratio of the model 6 times".
  // ("46.4% higher coverage and 41.4% higher QD-Score": a cue before "and" is the previous claim's.)
  return hit && /^\S+(?:\s+\S+)?\s*$/.test(last.slice(hit.index)) && !/\b(?:and|or|than|vs)\b|[,;]/.test(last.slice(hit.index)) ? hit : undefined;
}

/** "mean Average Precision (mAP) of 98.5%": the quantity named, then its abbreviation, right before the number. */
function abbreviatedBefore(ctx: SentenceContext, c: Candidate): Hit | undefined {
  const through = throughAbbreviation(ctx, c);
  return through === undefined ? undefined : headHit(metricHits(lastWords(through, 5)));
}

const OPENS_PARENTHESIS = /\(\s*(?:[<>~≤≥]\s*)?(?:(?:up\s+to|about|only|just|nearly|around|roughly)\s+)?$/i;

/** "competitive perplexity (0.8% degradation)": a number opening a parenthesis right after a named quantity is about it. */
function parenthesisedAfterCue(ctx: SentenceContext, c: Candidate): Hit | undefined {
  const head = ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 80), c.start);
  const open = OPENS_PARENTHESIS.exec(head);
  if (!open) return undefined;
  // "on a 2.7B parameter model (2 times higher than A100)": a model's size names no quantity.
  const words = lastWords(head.slice(0, open.index).replace(/\d[\d.]*\s*[KMBT]?[-\s]+param(?:eter)?s?\b/gi, 'a'), 2);
  return metricHits(words).filter((h) => !h.weak).at(-1);
}

/** "… than Qwen3-8B with comparable accuracy": a quantity held the same after the number is not the one measured. */
const HELD_BEFORE = /\b(?:comparable|similar|same|equal|equivalent|matching|matched|competitive|negligible|minimal|no|without|little|maintain\w*|preserv\w*|retain\w*)\s+(?:[\w-]+\s+)?$/i;

function unheldHit(after: string): Hit | undefined {
  return metricHits(after).find((h) => !HELD_BEFORE.test(after.slice(Math.max(0, h.index - 40), h.index)));
}

/** The words around a claim that its metric came from, for a check on the cue word itself. */
function hitText(ctx: SentenceContext, c: Candidate): string {
  return phraseAfterNumber(ctx, c) + ' ' + lastWords(ownBefore(ctx, c), 6);
}

export function attachMetric(ctx: SentenceContext): Candidate[] {
  const lists = listOf(ctx);
  const out: Candidate[] = [];
  ctx.candidates.forEach((c, i) => {
    const list = lists[i];
    const lastOfList = ctx.candidates[list[list.length - 1]];
    const firstOfList = ctx.candidates[list[0]];
    let hit: Hit | undefined;
    if (c.unitMetric && c.unitMetric !== 'training_time' && c.unitMetric !== 'latency') {
      out.push(withFields(c, { metric: c.unitMetric }));
      return;
    }
    if (c.unitMetric) {
      out.push(withFields(c, { metric: timeMetric(ctx, c) }));
      return;
    }
    // "5.6x and 1.1x improvements in GEMM latency and GEMV throughput, respectively": a pairing with cues after the
    // list beats the phrase after the last number, which names only the first quantity.
    hit = respectivelyHit(ctx, list, i, true);
    hit ??= headHit(metricHits(phraseAfterNumber(ctx, c)));
    // "mean-squared errors one to two orders of magnitude smaller than …": a bare comparative is a weak cue; the
    // quantity named right before the number is the one compared.
    if (hit?.weak) hit = nounRightBefore(ctx, c) ?? hit;
    const bare = bareList(ctx, list, i);
    if (!hit && lastOfList !== c && bare) hit = headHit(metricHits(phraseAfterNumber(ctx, lastOfList)));
    // "matches the accuracy of ensemble methods with 10x fewer profiling samples": a quantity of its own no cue names
    // (not "4x less training", "fewer bytes", "network size": those the refiners below read).
    const own = hit ? '' : phraseAfterNumber(ctx, bare ? lastOfList : c).trimStart();
    if (!hit && namesOtherQuantity(own) && !SIZED_OR_TRAINED.test(own)) {
      out.push(withFields(c, { metric: 'other' }));
      return;
    }
    hit ??= respectivelyHit(ctx, list, i);
    hit ??= inPhraseHit(ctx, c) ?? nounRightBefore(ctx, c) ?? abbreviatedBefore(ctx, c) ?? parenthesisedAfterCue(ctx, firstOfList) ??
      elidedBefore(ctx, c);
    const prev = out[out.length - 1];
    const restated = restatedIn(ctx, out, firstOfList);
    if (!hit && restated) {
      out.push(withFields(c, { metric: restated.metric, polarity: restated.polarity }));
      return;
    }
    // "achieves 60.7% on MMLU, 81.9% on ARC-C": a level reached on a named benchmark is a score on it, whatever
    // the sentence said before ("trained on a $1,500 budget").
    if (!hit && c.comparison === 'absolute' && c.kind === 'percent' && onBenchmark(ctx, c)) {
      out.push(withFields(c, { metric: 'accuracy' }));
      return;
    }
    // ("reduces KV-cache memory …, enabling about 100x longer inference windows": a capacity verb of the claim's own is
    // no object of the earlier verb.)
    if (!hit && !CAPACITY_VERB_BEFORE.test(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 30), c.start))) {
      hit = objectHit(ownBefore(ctx, firstOfList), leadIn(ctx, firstOfList));
    }
    // "reduces query time by 35.8% and produces 24.1% more rewrites", "… with a 1.71% loss in a measure": a quantity of
    // its own is no continuation of the metric.
    // "…, while reducing average reasoning length by 16.3%", "and reduces mean iteration time by 22.8%": the claim's own
    // verb names a quantity of its own, not the previous claim's (a time no cue names is 'other', as with no claim before).
    const compressed = hit ? undefined : compressedMetric(ownBefore(ctx, c));
    if (compressed !== undefined) {
      out.push(withFields(c, { metric: compressed }));
      return;
    }
    const object = hit ? undefined : uncuedObject(ownBefore(ctx, c));
    if (object !== undefined) {
      out.push(withFields(c, { metric: 'other' }));
      return;
    }
    // "reduces latency by 43.6% over Hydra; by 34.5% over MoEntwine; and by 46.7% over PIMoE": "by" with the verb left
    // out goes on with the previous statement, across the semicolon too.
    const elided = prev !== undefined && ELIDED_BY.test(ctx.abstract.slice(prev.end, c.start));
    // ("requiring only 30 minutes of adaptation and yielding gains of up to 7.0% over cuDNN": a time level's metric is
    // no change's over a kernel library.)
    const overSoftware = c.comparison === 'relative' && prev?.comparison === 'absolute' && prev.unitMetric !== undefined &&
      comparesWithSoftware(ctx);
    const continues = prev !== undefined && !overSoftware && (sameClause(ctx, prev, c) || elided);
    if (!hit && prev && continues && !namesOtherQuantity(phraseAfterNumber(ctx, c).trimStart())) {
      out.push(withFields(c, { metric: prev.metric, polarity: prev.polarity }));
      return;
    }
    hit ??= unheldHit(ownAfter(ctx, bare ? lastOfList : c));
    // "1.12-1.63x performance gains": performance as a multiple is speed.
    if (hit?.weak && hit.metric === 'accuracy' && c.kind === 'multiplier' && /performance/i.test(hitText(ctx, c))) hit = { ...hit, metric: 'speed' };
    out.push(hit ? withFields(c, { metric: hit.metric, polarity: hit.polarity }) : withFields(c, { metric: defaultMetric(ctx, c) }));
  });
  // "2.3x higher consistency (0.425 vs 0.183)": a unitless level taken from a ratio beside it is no speed.
  return out.map((c) => (c.unit === 'score' && c.metric === 'speed' ? withFields(c, { metric: 'other' }) : c));
}
