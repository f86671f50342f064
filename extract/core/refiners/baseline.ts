/**
 * attachBaseline: what a claim is measured against. A trigger ("over", "than", "compared to", "outperforms" …)
 * introduces a phrase (readBaseline). A claim takes the first trigger after it in its clause, else the last one before
 * it; across ", while …" only when nothing nearer is there. "5.6x and 3.2x over PyTorch and TensorRT, respectively"
 * pairs in order; "surpassing SmoothQuant by 12 points and QuaRot by 2.9 points" gives each number its own name;
 * "reduces the average JCT of current serving systems by 91%" names the baseline without a trigger.
 * A level ("98.7% accuracy") takes only a comparison stated in its own stretch of the sentence.
 */
import { isVerbForm } from '../verbs.ts';
import { withFields, type Candidate, type SentenceContext } from '../candidate.ts';
import { GENERIC_HEAD, METRIC_CUE_PATTERN, occurs } from '../lexicon/index.ts';
import { HARD_BREAK } from './clauses.ts';
import { pairsInOrder } from './coordination.ts';
import { mapWithPrevious } from './fold.ts';
import { listOf } from './lists.ts';
import { readBaseline } from './baseline-phrase.ts';
import { AND_WORD, inNumberedAside, mentions, QUAL, startsNewVerb, type Mention } from './baseline-mentions.ts';
import { matchesOf } from '../matches.ts';

export { readBaseline } from './baseline-phrase.ts';

const COST_VERB = /^(?:costs|takes|requires|needs|runs|consumes|uses)$/;

/** The sentence cut where "and" starts a new verb phrase ("…, and outperforms", "and enhances"). */
function verbClauses(ctx: SentenceContext): (readonly [number, number])[] {
  const cuts = [ctx.sentence.start];
  for (const m of matchesOf(AND_WORD, ctx.sentence.text)) {
    // (", and costs about 3 ms": after a comma these read as verbs; "latency and costs" is a noun.)
    if (isVerbForm(m[1]) || (COST_VERB.test(m[1]) && /,\s*$/.test(ctx.sentence.text.slice(0, m.index)))) cuts.push(ctx.sentence.start + m.index);
  }
  cuts.push(ctx.sentence.end);
  return cuts.slice(1).map((end, i) => [cuts[i], end] as const);
}

/** Semicolons and list markers end what a comparison can reach even when nothing nearer names a baseline. */
const STRONG_BREAK = /;|(?:^|[\s,:])\(?(?:\d|i{1,3}|iv|vi{0,3}|[a-e])\)\s/gi;

/**
 * "surpassing SmoothQuant by over 12 points and QuaRot by more than 2.9 points", "outperforming heuristic baselines
 * (H2O, SnapKV) by 2.7 points and, under our re-implementations, RL-based methods (ForesightKV, RLKV) by 1.4 points":
 * after a comparison, the phrase right before "by <number>" is that number's own baseline — unless it names what was
 * measured ("throughput by 2x and latency by 30%").
 */
const GAPPED = /(?:,|\band)\s+(?:[^,;]{0,40},\s+)?([^,;]{2,90}?)\s+by\s+(?:(?:up\s+to|over|more\s+than|about|nearly|around|roughly|an?)\s+)*$/i;

function gappedBaseline(ctx: SentenceContext, c: Candidate, found: Mention[]): string[] | undefined {
  const prev = ctx.candidates.filter((o) => o.end <= c.start).at(-1);
  if (!prev || !found.some((m) => m.start < prev.start)) return undefined;
  const m = GAPPED.exec(ctx.abstract.slice(prev.end, c.start));
  // "… and reduces interaction steps by 43.5%": a verb's object is what was measured, not a baseline.
  if (!m || m.index > 30 || occurs(METRIC_CUE_PATTERN, m[1]) || /^(?:in|on|for|at|with)\b/i.test(m[1]) || isVerbForm(m[1].split(/\s/)[0])) return undefined;
  const names = readBaseline(m[1]);
  return names.length ? names : undefined;
}

const OBJECT_VERB = /\b(?:reduc|improv|increas|lower|cut|accelerat|speed\w*\s+up|outperform|boost|enhanc|shorten|shrink)\w*\s+([^,;:]{3,120}?)\s+(?:by\s+)?(?:(?:up\s+to|over|more\s+than|about|nearly|around|roughly|approximately|an?|a\s+factor\s+of|on\s+average)\s+)*$/i;

/**
 * No trigger, but the verb's object names it: "reduces the average JCT of current LLM serving systems by 91%",
 * "reduce the storage cost for 3DGS by 40x", "accelerates standard tree-based speculative decoding by 2.22x".
 */
function objectBaseline(ctx: SentenceContext, c: Candidate): string[] {
  // The object does not reach back across another claim ("55% FLOPs reduction and speedups of 1.33x on A and 1.72x").
  const prevEnd = ctx.candidates.filter((o) => o.end <= c.start).at(-1)?.end ?? 0;
  const m = OBJECT_VERB.exec(ctx.abstract.slice(Math.max(ctx.sentence.start, c.start - 160, prevEnd), c.start));
  if (!m) return [];
  const object = m[1];
  const ofPart = /^(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of|for)\s+(.+)$/i.exec(object);
  // "the average JCT of current serving systems", "the storage cost for 3DGS"; not "memory for long-context requests".
  const lead = ofPart ? object.slice(0, object.length - ofPart[1].length) : '';
  // ("the step duration of RL training": a process measured, not a system.)
  if (ofPart && occurs(METRIC_CUE_PATTERN, lead) && !PROCESS_END.test(ofPart[1]) && (/\bof\s*$/.test(lead) ||
    GENERIC_HEAD.test(ofPart[1].split(/\s+/).at(-1) ?? '') || /^[\w-]*(?:[A-Z][\w-]*[A-Z0-9]|\d)/.test(ofPart[1]))) {
    return readBaseline(ofPart[1]);
  }
  // "improves Mistral's performance by 7.3%": the named system whose measure it was (not "the model's", "its").
  const owner = POSSESSOR.exec(object);
  if (owner && occurs(METRIC_CUE_PATTERN, owner[2]) && /[A-Z\d]/.test(owner[1])) return readBaseline(owner[1]);
  const head = object.split(/\s+/).at(-1) ?? '';
  // "improve the reasoning ability of pruned models by up to 50%": the generic thing the measure is of.
  const of = /\bof\s+((?:[\w-]+\s+){0,3}[\w-]+)$/.exec(object);
  if (of && GENERIC_HEAD.test(head) && !occurs(METRIC_CUE_PATTERN, of[1])) return readBaseline(of[1]);
  if (GENERIC_HEAD.test(head) || /^(?:decoding|inference|training|competitors)$/i.test(head) && /\s/.test(object) && !occurs(METRIC_CUE_PATTERN, object)) {
    return readBaseline(object);
  }
  return [];
}

const POSSESSOR = /^(?:the\s+)?([^\s'’]+(?:\s+[^\s'’]+){0,3}?)['’]s?\s+((?:[\w-]+\s+){0,3}[\w-]+)$/;

const PROCESS_END = /\b(?:training|inference|decoding|generation|fine-tuning|serving|prefill(?:ing)?)$/i;

function crosses(re: RegExp, text: string): boolean {
  return occurs(re, text);
}

/** Between a level and a comparison that restates it: a comma, and perhaps "surpassing X (its number) by". */
const APPOSED = new RegExp(String.raw`^(?:\s+(?!and\b|or\b|while\b|but\b)[\w-]+){0,3}\s*(?:\([^()]*\)\s*)?,\s*(?:(?:surpassing|outperforming|beating|exceeding|improving\s+(?:on|upon))\s+[^,;()]{1,60}?(?:\s*\([^()]*\))?\s+by\s+)?(?:${QUAL})*$`, 'i');

/** "outperforms DistServe by 1.1x-2.8x in throughput with 1.4%-70.1% latency reduction": the rider shares its baseline. */
const RIDER = /^[^;:,()]{0,60}?\bwith\s+$/;

/** "6x more tokens per forward than X …, translating to 4x higher throughput": a consequence of the same comparison. */
const CONSEQUENCE = /^[^;:()]{0,120}?\b(?:translat(?:es|ed|ing)\s+(?:in)?to|result(?:s|ed|ing)\s+in|lead(?:s|ing)\s+to|which\s+(?:translates|leads|results)\s+(?:into|to|in))\s+(?:an?\s+)?$/i;

const RIDER_GERUND = /^[^;:.]{0,100}\b(?:while|whilst|but|with)\s+(?:also\s+|only\s+)?(?:using|requiring|needing|saving|consuming|being)\b[^;:.,]{0,30}$/i;

function riderOf(ctx: SentenceContext) {
  return (owner: Candidate, c: Candidate) => owner.end <= c.start && RIDER.test(ctx.abstract.slice(owner.end, c.start));
}

// The helpers below take what they read as arguments rather than closing over attachBaseline's locals: under tsx (the
// CLI with --jobs 1, the bench) a named closure is renamed with Object.defineProperty each time it is made, ~0.5 µs.

/** The verb clause (index into `clauses`) that holds position `at`; -1 when none does. */
function clauseAt(clauses: readonly (readonly [number, number])[], at: number): number {
  return clauses.findIndex(([s, e]) => at >= s && at < e);
}

/** The text between claim `c` and mention `m`, whichever comes first. */
function textBetween(ctx: SentenceContext, c: Candidate, m: Mention): string {
  return ctx.abstract.slice(Math.min(c.end, m.start), Math.max(c.start, m.start));
}

/** "Compared to their base models, A yields …; similarly, B achieves 7.0%": an opening comparison covers the sentence. */
function opensSentence(ctx: SentenceContext, c: Candidate, m: Mention): boolean {
  return !m.local && m.start < c.start && /^(?:[\w-]+,\s*)?$/.test(ctx.abstract.slice(ctx.sentence.start, m.start));
}

/** The first mention after claim `c`. */
function nextAfter(list: Mention[], c: Candidate): Mention | undefined {
  return list.find((m) => m.start >= c.end);
}

/** The last mention before claim `c`. */
function lastBefore(list: Mention[], c: Candidate): Mention | undefined {
  return [...list].reverse().find((m) => m.start < c.start);
}

export function attachBaseline(ctx: SentenceContext): Candidate[] {
  const rides = riderOf(ctx);
  const found = mentions(ctx);
  const lists = listOf(ctx);
  // With several comparisons in a sentence, each claim first looks inside its own verb clause:
  // "A achieves 2x … than vLLM, and outperforms SGLang with 1.7x …, and achieves 1.4x … than Y".
  const clauses = found.length > 1 || (found.length === 1 && ctx.candidates.length > 1) ? verbClauses(ctx)
    : [[ctx.sentence.start, ctx.sentence.end] as const];
  // "… 27% over NormalFloat and delivers 1.5x …": an "over X" right after a claim is that claim's, not another clause's.
  const boundTo = found.map((m) => {
    if (!m.local) return -1;
    let k = ctx.candidates.length - 1;
    while (k >= 0 && ctx.candidates[k].end > m.start) k--;
    return k >= 0 && clauseAt(clauses, ctx.candidates[k].start) === clauseAt(clauses, m.start) ? k : -1;
  });
  const chosen = ctx.candidates.map((c, i) => {
    // "matches X while reducing Y by 2x" compares with X; "2x faster and memory comparable to X" does not.
    // "outperforms A by 10.6%, on par with B": the number's own "A by" wins, unless "by 21.2% over C" follows it.
    const direct = found.some((m) => m.local && m.start >= c.end && /^[^,;:()]{0,40}$/.test(ctx.abstract.slice(c.end, m.start)));
    const owned = direct ? undefined : found.find((m) => m.owner === c);
    // "1.6x that of X" is that multiplier's alone.
    const usable = owned ? [owned] : found.filter((m) => !(m.parity && m.start > c.start) &&
      !(m.ofMultiplier && boundTo[found.indexOf(m)] !== i) &&
      (!m.owner || lists[i].includes(ctx.candidates.indexOf(m.owner)) || rides(m.owner, c)) &&
      // "by more than 60% (9 hours compared to 23 hours for non-assisted PRs)": the figures behind the claim, right after it.
      // (Only when the sentence compares with nothing else: "Compared to CEViT, … by 45.0% (0.175 ms vs. 0.318 ms)".)
      (!m.aside || inNumberedAside(ctx.abstract, ctx.sentence.start, c.start) ||
        (/^\s*\([^()]*$/.test(ctx.abstract.slice(c.end, m.start)) && found.every((o) => o.aside))));
    const reachable = usable.filter((m) => !crosses(HARD_BREAK,
      opensSentence(ctx, c, m) ? textBetween(ctx, c, m).replace(/;/g, ',') : textBetween(ctx, c, m)));
    const unbound = reachable.filter((m) => {
      const k = boundTo[found.indexOf(m)];
      if (k < 0 || m.start > c.start) return true;
      if (CONSEQUENCE.test(ctx.abstract.slice(ctx.candidates[k].end, c.start))) return true;
      // "2.90x speedup over W4A8 kernels and up to 4.94x end-to-end speedup": a later claim naming its own quantity
      // is a statement of its own; "1.35x over the strongest baseline on real workloads and up to 1.59x on long ones" shares.
      return clauseAt(clauses, m.start) === clauseAt(clauses, c.start) && !occurs(METRIC_CUE_PATTERN, ctx.abstract.slice(c.end, c.end + 40).split(/[,;]|\b(?:on|in|for|at|with|over|than)\b/)[0]);
    });
    if (c.comparison === 'absolute') {
      // A level takes only a comparison in its own stretch (its list's): up to the next claim, back to the previous one.
      const first = lists[i][0];
      const last = lists[i][lists[i].length - 1];
      const next = ctx.candidates[last + 1];
      const prev = ctx.candidates[first - 1];
      // "Compared to X, A maintains 78.1% accuracy while reducing memory from 0.35GB to 0.31GB": an opening comparison
      // covers every level of the sentence.
      return reachable.find((m) => m.start >= c.end && (!next || m.start < next.start) && !m.owner) ??
        // (Not back across ", and costs …": a new verb phrase is a statement of its own.)
        reachable.filter((m) => m.start < c.start && (!prev || m.start > prev.end) && !m.owner &&
          clauseAt(clauses, m.start) === clauseAt(clauses, c.start)).at(-1) ??
        reachable.find((m) => opensSentence(ctx, c, m) && !m.owner);
    }
    const [from, to] = clauses.find(([s, e]) => c.start >= s && c.start < e) ?? [ctx.sentence.start, ctx.sentence.end];
    const inClause = unbound.filter((m) => m.start >= from && m.start < to);
    // ", while reducing TTFT by 96%": the comparison made earlier in the sentence still holds.
    // ("up to 1.39x FA2 throughput …, and single-batch generation incurs ≤4% overhead": a multiple's own named measure
    // holds for that multiple only.)
    const weak = found.filter((m) => m.start < c.start && !m.aside && !(m.ofMultiplier && m.owner !== undefined && m.owner !== c) &&
      !crosses(STRONG_BREAK, textBetween(ctx, c, m)));
    return nextAfter(inClause, c) ?? lastBefore(inClause, c) ?? nextAfter(unbound, c) ?? lastBefore(unbound, c)
      ?? weak.filter((m) => unbound.includes(m) || !reachable.includes(m)).at(-1);
  });
  const respectively = pairsInOrder(ctx);
  // "the vanilla and mHC require 1.50× and 1.19× the compute of xHC": the paper's own system is never its baseline.
  const own = (ctx.system ?? '').toLowerCase();
  const out = mapWithPrevious(ctx.candidates, baselineOf).map((c) => (own && !c.baseline.every((b) => b.toLowerCase() !== own)
    ? withFields(c, { baseline: c.baseline.filter((b) => b.toLowerCase() !== own) }) : c));
  // "achieves 3.41 ms mean latency, 5.6x faster than fixed-MEDIUM inference", "we achieve 95.51%, surpassing REPA
  // (92.91%) by 2.60%": a level with a comparison in apposition is measured against the same thing.
  // Beside a list of comparisons ("reduce FVD to 360.57, a 21.2% and 22.5% improvement over A and B, respectively"), all of them.
  for (let i = out.length - 2; i >= 0; i--) {
    const [level, relative] = [out[i], out[i + 1]];
    if (level.comparison === 'absolute' && !level.baseline.length && relative.comparison !== 'absolute' && relative.baseline.length &&
      APPOSED.test(ctx.abstract.slice(level.end, relative.start))) {
      const names = lists[i + 1].filter((k) => k > i).flatMap((k) => out[k].baseline);
      out[i] = withFields(level, { baseline: [...new Set(names.length ? names : relative.baseline)] });
    }
  }
  return out;

  /** `c`'s baselines; `prev` is the candidate before it, with its baselines already chosen. */
  function baselineOf(prev: Candidate | undefined, c: Candidate, i: number): Candidate {
    const gapped = gappedBaseline(ctx, c, found);
    if (gapped?.length) return withFields(c, { baseline: gapped });
    const m = chosen[i];
    // "improves the accuracy of the base model by 46%, and outperforms other models …": a baseline named as the object of
    // the claim's own verb beats a comparison in another verb clause.
    if (m && c.comparison !== 'absolute' && m.start > c.end && startsNewVerb(ctx.abstract.slice(c.end, m.start + 24))) {
      const object = objectBaseline(ctx, c);
      if (object.length) return withFields(c, { baseline: object });
    }
    if (!m) {
      const object = c.comparison === 'absolute' ? [] : objectBaseline(ctx, c);
      if (object.length) return withFields(c, { baseline: object });
      // "reduce the storage cost for 3DGS by 40x and rendering time by 2x": the second number shares the first's.
      const joined = prev && !chosen[i - 1] && c.comparison !== 'absolute' && /^[^;:.]{0,80}\band\b/.test(ctx.abstract.slice(prev.end, c.start)) &&
        !crosses(HARD_BREAK, ctx.abstract.slice(prev.end, c.start));
      // "44.7% higher success rate than SOTA methods while using 80% fewer parameters", "gaining 1.3% over MobileNetV3 but
      // saving 17% of computations": a rider on the claim before is measured against the same thing.
      const rider = prev && c.comparison !== 'absolute' && RIDER_GERUND.test(ctx.abstract.slice(prev.end, c.start));
      return (joined || rider) && prev.baseline.length ? withFields(c, { baseline: prev.baseline }) : c;
    }
    // "5.6x and 3.2x over PyTorch and TensorRT, respectively", "Compared to A, B, and C, X achieves 4.3x, 2.7x, 1.3x …,
    // respectively": one baseline each, in order.
    const list = lists[i];
    if (respectively && list.length > 1 && list.length === m.names.length) return withFields(c, { baseline: [m.names[list.indexOf(i)]] });
    // "by 4.5% over A and by 1.1–2.2% over B, while reducing latency by 7x and 38–52x, respectively": one mention each.
    if (respectively && list.length > 1) {
      const prior = found.filter((f) => f.start < c.start && !f.aside && f.names.length === 1 &&
        !crosses(STRONG_BREAK, ctx.abstract.slice(f.start, c.start)));
      const group = list.filter((k) => prior.length > 0 && ctx.candidates[k].start > prior[prior.length - 1].start);
      if (prior.length > 1 && group.length === prior.length && prior.every((f) => f.owner || boundTo[found.indexOf(f)] >= 0)) {
        return withFields(c, { baseline: prior[group.indexOf(i)].names });
      }
    }
    const sharing = ctx.candidates.filter((_, k) => chosen[k] === m);
    if (respectively && sharing.length > 1 && sharing.length === m.names.length && sharing.every((s) => s.end <= m.start)) {
      return withFields(c, { baseline: [m.names[sharing.indexOf(c)]] });
    }
    return withFields(c, { baseline: m.names });
  }
}
