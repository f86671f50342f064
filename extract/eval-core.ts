/**
 * Scoring of extracted claims against gold annotations (spec §7). Pure: no I/O, so it is unit-tested
 * directly and shared by `npm run eval` and the eval-floors test. Reading gold and predictions: eval-input.ts;
 * printing the score: eval-format.ts.
 */

/** The fields of a claim the scorer compares, shared by gold annotations and predictions. */
interface ScoredClaim {
  title: string;
  span: string;
  value_low: number;
  value_high: number;
  unit: string;
  comparison: string;
  direction: string;
  metric: string;
  qualifier: string;
  baseline: string[];
  hardware: string[];
  hardware_count: number | null;
  model: string;
}

/** One annotated claim of gold/*.claims.jsonl. */
export interface GoldClaim extends ScoredClaim {
  optional: boolean;
}

/** One annotated paper of gold/*.papers.jsonl. */
export interface GoldPaper {
  title: string;
  topic: string;
  /** The paper's own system name (v2); undefined in v1 gold files, which then have no system score. */
  system?: string;
}

/** The fields of a predicted claim the scorer reads (a Claim has them all). */
export interface PredClaim extends ScoredClaim {
  evidence: string;
}

export interface PredPaper {
  title: string;
  topic: string;
  system: string;
}

/** Fields whose accuracy has a floor; hardware_count and model are reported for information. */
export const SCORED_FIELDS = ['metric', 'direction', 'qualifier', 'comparison', 'baseline', 'hardware'] as const;
export const INFO_FIELDS = ['hardware_count', 'model'] as const;
export type ComparedField = (typeof SCORED_FIELDS)[number] | (typeof INFO_FIELDS)[number];
export const COMPARED_FIELDS: readonly ComparedField[] = [...SCORED_FIELDS, ...INFO_FIELDS];

/** A tuple TP also needs these fields right. */
const TUPLE_FIELDS: readonly ComparedField[] = ['metric', 'baseline', 'hardware'];

/** Relative tolerance of value matching. */
const VALUE_TOLERANCE = 0.005;

export function normaliseTitle(title: string): string {
  return title.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function valuesMatch(a: number, b: number): boolean {
  return Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Spellings of one unit that mean the same thing; anything else compares as its lowercase self. */
const UNIT_SYNONYMS: Record<string, string> = {
  'x': 'x', '×': 'x', 'times': 'x', 'fold': 'x', '-fold': 'x',
  '%': '%', 'percent': '%',
  'pp': 'pp', 'points': 'pp', 'percentage points': 'pp',
  'ms': 'ms', 'msec': 'ms', 'millisecond': 'ms', 'milliseconds': 'ms',
  's': 's', 'sec': 's', 'secs': 's', 'second': 's', 'seconds': 's',
  'min': 'min', 'mins': 'min', 'minute': 'min', 'minutes': 'min',
  'h': 'h', 'hr': 'h', 'hrs': 'h', 'hour': 'h', 'hours': 'h',
  'days': 'days', 'day': 'days', 'd': 'days',
};

export function unitClass(unit: string): string {
  const u = unit.trim().toLowerCase();
  return UNIT_SYNONYMS[u] ?? u;
}

function setOf(list: readonly string[], normalise: (s: string) => string): string {
  return [...new Set(list.map(normalise).filter(Boolean))].sort().join('\u0000');
}

const lowerTrim = (s: string) => s.trim().toLowerCase();
/** Baselines are written with or without an article ("the vLLM baseline" vs "vLLM baseline"); nothing fuzzier. */
const baselineKey = (s: string) => lowerTrim(s).replace(/^(the|a|an)\s+/, '');

/** Whether one field of a matched pair agrees, under that field's comparison rule. */
export function fieldMatches(field: ComparedField, gold: GoldClaim, pred: PredClaim): boolean {
  switch (field) {
    case 'baseline': return setOf(gold.baseline, baselineKey) === setOf(pred.baseline, baselineKey);
    case 'hardware': return setOf(gold.hardware, lowerTrim) === setOf(pred.hardware, lowerTrim);
    case 'hardware_count': return (gold.hardware_count ?? null) === (pred.hardware_count ?? null);
    case 'model': return lowerTrim(gold.model ?? '') === lowerTrim(pred.model ?? '');
    default: return gold[field] === pred[field];
  }
}

/** How well a pred's span agrees with a gold span: breaks ties between preds of equal value. */
function spanAffinity(gold: string, pred: string): number {
  const g = gold.trim().toLowerCase();
  const p = pred.trim().toLowerCase();
  if (g === p) return 2;
  return g.includes(p) || p.includes(g) ? 1 : 0;
}

export interface Pair { gold: GoldClaim; pred: PredClaim }

export interface Matching {
  pairs: Pair[];
  unmatchedGold: GoldClaim[];
  unmatchedPred: PredClaim[];
}

/**
 * One-to-one matching within one paper: every (gold, pred) pair with equal values and unit class is a
 * candidate; candidates are taken best first (span agreement, then non-optional gold, then input order).
 */
export function matchPaper(golds: readonly GoldClaim[], preds: readonly PredClaim[]): Matching {
  const candidates: { g: number; p: number; rank: number }[] = [];
  golds.forEach((gold, g) => preds.forEach((pred, p) => {
    if (valuesMatch(gold.value_low, pred.value_low) && valuesMatch(gold.value_high, pred.value_high)
      && unitClass(gold.unit) === unitClass(pred.unit)) {
      candidates.push({ g, p, rank: spanAffinity(gold.span, pred.span) * 2 + (gold.optional ? 0 : 1) });
    }
  }));
  candidates.sort((a, b) => b.rank - a.rank || a.g - b.g || a.p - b.p);
  const goldTaken = new Set<number>();
  const predTaken = new Set<number>();
  const pairs: Pair[] = [];
  for (const { g, p } of candidates) {
    if (goldTaken.has(g) || predTaken.has(p)) continue;
    goldTaken.add(g);
    predTaken.add(p);
    pairs.push({ gold: golds[g], pred: preds[p] });
  }
  return {
    pairs,
    unmatchedGold: golds.filter((_, g) => !goldTaken.has(g)),
    unmatchedPred: preds.filter((_, p) => !predTaken.has(p)),
  };
}

export interface FieldScore { correct: number; total: number; accuracy: number | null }

export interface WrongField { title: string; span: string; field: ComparedField; gold: unknown; pred: unknown }

export interface Score {
  papers: number;
  /** Non-optional gold claims. */
  gold_claims: number;
  /** Predicted claims of the gold papers. */
  predicted_claims: number;
  /** Predicted claims of papers that are not in the gold set: not scored. */
  ignored_predicted_claims: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  tuple: { tp: number; precision: number | null; recall: number | null; f1: number | null };
  fields: Record<ComparedField, FieldScore>;
  /** null when no predicted papers were given. */
  topic: FieldScore | null;
  /** Exact, ignoring case, over gold papers that carry a system; null without predicted papers or v2 gold. */
  system: FieldScore | null;
  wrong_systems: { title: string; gold: string; pred: string | undefined }[];
  misses: GoldClaim[];
  extras: PredClaim[];
  wrong_fields: WrongField[];
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

function f1Of(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function groupByTitle<T extends { title: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = normaliseTitle(item.title);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Scores predictions against gold. The gold papers define the evaluated set: predicted claims of other
 * papers are counted apart, not as false positives. Pass predPapers = null when there is no papers table.
 */
export function score(
  goldPapers: readonly GoldPaper[], goldClaims: readonly GoldClaim[],
  predClaims: readonly PredClaim[], predPapers: readonly PredPaper[] | null,
): Score {
  const titles = new Set([...goldPapers, ...goldClaims].map((x) => normaliseTitle(x.title)));
  const goldByTitle = groupByTitle(goldClaims);
  const predByTitle = groupByTitle(predClaims);
  const fields = Object.fromEntries(
    COMPARED_FIELDS.map((f) => [f, { correct: 0, total: 0, accuracy: null }]),
  ) as Record<ComparedField, FieldScore>;
  const misses: GoldClaim[] = [];
  const extras: PredClaim[] = [];
  const wrong_fields: WrongField[] = [];
  let tp = 0;
  let tupleTp = 0;
  let predicted = 0;

  for (const title of titles) {
    const preds = predByTitle.get(title) ?? [];
    predicted += preds.length;
    const m = matchPaper(goldByTitle.get(title) ?? [], preds);
    extras.push(...m.unmatchedPred);
    misses.push(...m.unmatchedGold.filter((g) => !g.optional));
    for (const { gold, pred } of m.pairs) {
      if (gold.optional) continue; // finding a borderline number is neither a hit nor an error
      tp += 1;
      let tupleOk = true;
      for (const field of COMPARED_FIELDS) {
        const ok = fieldMatches(field, gold, pred);
        fields[field].total += 1;
        if (ok) fields[field].correct += 1;
        else wrong_fields.push({ title: gold.title, span: gold.span, field, gold: gold[field], pred: pred[field] });
        if (!ok && TUPLE_FIELDS.includes(field)) tupleOk = false;
      }
      if (tupleOk) tupleTp += 1;
    }
  }
  for (const f of Object.values(fields)) f.accuracy = ratio(f.correct, f.total);

  const goldCount = goldClaims.filter((g) => !g.optional).length;
  const fp = extras.length;
  const fn = misses.length;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const tupleP = ratio(tupleTp, tp + fp);
  const tupleR = ratio(tupleTp, tp + fn);
  return {
    papers: titles.size,
    gold_claims: goldCount,
    predicted_claims: predicted,
    ignored_predicted_claims: predClaims.length - predicted,
    tp, fp, fn, precision, recall, f1: f1Of(precision, recall),
    tuple: { tp: tupleTp, precision: tupleP, recall: tupleR, f1: f1Of(tupleP, tupleR) },
    fields,
    topic: predPapers === null ? null : topicScore(goldPapers, predPapers),
    ...systemScore(goldPapers, predPapers),
    misses, extras, wrong_fields,
  };
}

/** Topic accuracy over the gold papers; a gold paper missing from the predictions counts as wrong. */
function topicScore(goldPapers: readonly GoldPaper[], predPapers: readonly PredPaper[]): FieldScore {
  const predTopic = new Map(predPapers.map((p) => [normaliseTitle(p.title), p.topic]));
  const correct = goldPapers.filter((g) => predTopic.get(normaliseTitle(g.title)) === g.topic).length;
  return { correct, total: goldPapers.length, accuracy: ratio(correct, goldPapers.length) };
}

/** System accuracy (exact, ignoring case and surrounding space) over the gold papers that state one (v2). */
function systemScore(goldPapers: readonly GoldPaper[], predPapers: readonly PredPaper[] | null): Pick<Score, 'system' | 'wrong_systems'> {
  const withSystem = goldPapers.filter((g) => g.system !== undefined);
  if (predPapers === null || withSystem.length === 0) return { system: null, wrong_systems: [] };
  const predSystem = new Map(predPapers.map((p) => [normaliseTitle(p.title), p.system]));
  const wrong_systems = withSystem
    .map((g) => ({ title: g.title, gold: g.system!, pred: predSystem.get(normaliseTitle(g.title)) }))
    .filter((w) => lowerTrim(w.gold) !== lowerTrim(w.pred ?? '\u0000'));
  const correct = withSystem.length - wrong_systems.length;
  return { system: { correct, total: withSystem.length, accuracy: ratio(correct, withSystem.length) }, wrong_systems };
}
