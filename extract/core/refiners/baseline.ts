/**
 * attachBaseline: what a claim is measured against. A trigger ("over", "than", "compared to", "outperforms",
 * "against" …) introduces a noun phrase; the phrase ends at punctuation, a preposition or a verb. Named systems
 * listed with "such as", "provided by" or in parentheses replace the generic phrase ("libraries such as
 * HuggingFace PEFT and vLLM" → HuggingFace PEFT; vLLM). A claim takes the first trigger after it in its clause,
 * else the last one before it in the sentence.
 */
import nlp from 'compromise';
import type { Candidate, SentenceContext } from '../candidate.ts';
import {
  BASELINE_TRIGGER, BASELINE_TRAILING_DROP, NAMED_LIST_INTRODUCER, occurs, BASELINE_LEADING_DROP, BASELINE_STOP_WORDS, NOT_BASELINES, BASELINE_MAX_WORDS,
} from '../lexicon/index.ts';
import { NUMBER_SOURCE } from '../numbers.ts';
import { HARD_BREAK } from './clauses.ts';
import { pairsInOrder } from './coordination.ts';

interface Mention { start: number; names: string[] }

/** Words (a parenthesis glued on stays with its word: "QuaRot(RTN)"), and punctuation one mark at a time. */
const TOKEN = /[A-Za-z0-9$\\][\w\-./+'$\\{}]*(?:\([\w\-.]+\))?|[(),;:]|[^\sA-Za-z0-9]/g;
const LEADING_NUMBER = new RegExp(`^\\s*(?:${NUMBER_SOURCE})\\S*\\s+(?:(?:with|by|for|of|from|using|on)\\s+)?`);
const WHOLE_NUMBER = new RegExp(`^${NUMBER_SOURCE}$`);
const looksNamed = (word: string) => /[A-Z]/.test(word) || /\d/.test(word);

function tokens(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[0].replace(/[.]$/, ''));
}

/** A list of names: "HuggingFace PEFT and vLLM", "DeepSpeed-MoE and Tutel", "NVIDIA FasterTransformer". */
function readNames(text: string): string[] {
  const names: string[] = [];
  let current: string[] = [];
  let closing = false;
  for (const t of tokens(text)) {
    // "A, B and C, S-LoRA can …": after the "and", a comma ends the list.
    if (t === ',' && closing) break;
    if (/^(?:and|or)$/i.test(t)) closing = true;
    if (t === ',' || /^(?:and|or)$/i.test(t)) {
      if (current.length) names.push(current.join(' '));
      current = [];
    } else if (looksNamed(t) && /^[\w$]/.test(t)) current.push(t);
    else break;
  }
  if (current.length) names.push(current.join(' '));
  return names;
}

/** The noun phrase right after a trigger, or named systems listed with it. */
export function readBaseline(rest: string): string[] {
  const text = rest.trimStart().replace(LEADING_NUMBER, '').replace(BASELINE_LEADING_DROP, '');
  const words: string[] = [];
  const parts = tokens(text);
  let consumed = 0;
  for (let i = 0; i < parts.length && words.length < BASELINE_MAX_WORDS; i++) {
    const t = parts[i];
    // "libraries such as …", "solutions provided by …": the named list follows.
    if (NAMED_LIST_INTRODUCER.test(text.slice(consumed))) break;
    const lower = t.toLowerCase();
    if (/^(?:and|or)$/.test(lower) && words.length && looksNamed(words[words.length - 1]) && /^[A-Za-z]/.test(parts[i + 1] ?? '') && looksNamed(parts[i + 1])) {
      words.push(',');
      continue;
    }
    if (/^[(),;:]$/.test(t) || !/^[\w$\\]/.test(t) || BASELINE_STOP_WORDS.has(lower) || WHOLE_NUMBER.test(t)) break;
    words.push(t);
    consumed = text.indexOf(t, consumed) + t.length;
  }
  const tail = text.slice(consumed);
  const introduced = NAMED_LIST_INTRODUCER.exec(tail);
  if (introduced) {
    const named = readNames(tail.slice(introduced[0].length));
    if (named.length) return named;
  }
  const paren = /^\s*\(([^()]*)\)/.exec(tail);
  if (paren) {
    // "(DeepSpeed-MoE and Tutel)" names the systems; "(with naive support …)" does not.
    const items = paren[1].split(/,|\band\b|\bor\b/).map((s) => s.trim()).filter(Boolean);
    if (items.length && items.every((item) => item.split(/\s+/).every(looksNamed))) return items;
  }
  const phrase = words.join(' ').replace(/ , /g, ', ').replace(BASELINE_TRAILING_DROP, '');
  if (!phrase || NOT_BASELINES.has(phrase.toLowerCase())) return [];
  if (words.includes(',')) return phrase.split(/,\s*/).filter(Boolean);
  return [phrase];
}

function mentions(ctx: SentenceContext): Mention[] {
  const { abstract, sentence } = ctx;
  const found: Mention[] = [];
  for (const m of sentence.text.matchAll(BASELINE_TRIGGER)) {
    const restStart = sentence.start + m.index + m[0].length;
    // The phrase ends where the next claim begins ("over X and 1.3x over Y").
    const next = ctx.candidates.find((c) => c.numStart > restStart + 1 && !/compared|versus|vs/i.test(m[0]));
    const rest = abstract.slice(restStart, next ? next.start : sentence.end);
    // "over 59.56x", "more than 12,000": a qualifier, not a comparison — unless "compared to 138.66 with DDIM".
    if (/^\s*[~<>]?\s*\d/.test(rest) && !/compared|versus|vs/i.test(m[0])) continue;
    const names = readBaseline(rest);
    if (names.length) found.push({ start: sentence.start + m.index, names });
  }
  return found;
}

const AND_WORD = /\band\s+(?:also\s+|further\s+|then\s+)?([a-z]+)\b/g;

/**
 * The sentence cut where "and" starts a new verb phrase ("…, and outperforms", "and enhances"); compromise
 * tags the word after "and". Run only for sentences with several comparisons, so rarely.
 */
function verbClauses(ctx: SentenceContext): (readonly [number, number])[] {
  const cuts = [ctx.sentence.start];
  for (const m of ctx.sentence.text.matchAll(AND_WORD)) {
    if (nlp(m[1]).has('#Verb')) cuts.push(ctx.sentence.start + m.index);
  }
  cuts.push(ctx.sentence.end);
  return cuts.slice(1).map((end, i) => [cuts[i], end] as const);
}

function crossesHardBreak(text: string): boolean {
  return occurs(HARD_BREAK, text);
}

/**
 * "surpassing SmoothQuant by over 12 points and QuaRot by more than 2.9 points": after a comparison, a named
 * system right before "by <number>" is that number's own baseline.
 */
const GAPPED = /(?:,|\band)\s+((?:[A-Z][\w\-().]*|[a-z]+[A-Z][\w\-().]*)(?:\s+(?:and\s+)?(?:[A-Z][\w\-().]*|[a-z]+[A-Z][\w\-().]*))*)\s+by\s+(?:up\s+to\s+|over\s+|more\s+than\s+|about\s+|nearly\s+|around\s+|a\s+|an\s+)?$/;

function gappedBaseline(ctx: SentenceContext, c: Candidate, found: Mention[]): string[] | undefined {
  const prev = ctx.candidates.filter((o) => o.end <= c.start).at(-1);
  if (!prev || !found.some((m) => m.start < prev.start)) return undefined;
  // Only right after the previous claim: "… by 12 points and QuaRot by 2.9 points".
  const between = ctx.abstract.slice(prev.end, c.start);
  const m = GAPPED.exec(between);
  return m && m.index <= 30 ? readNames(m[1]) : undefined;
}

export function attachBaseline(ctx: SentenceContext): Candidate[] {
  const found = mentions(ctx);
  // With several comparisons in a sentence, each claim first looks inside its own verb clause:
  // "A achieves 2x … than vLLM, and outperforms SGLang with 1.7x …, and achieves 1.4x … than Y".
  const clauses = found.length > 1 ? verbClauses(ctx) : [[ctx.sentence.start, ctx.sentence.end] as const];
  const chosen = ctx.candidates.map((c) => {
    const reachable = found.filter((m) => !crossesHardBreak(ctx.abstract.slice(Math.min(c.end, m.start), Math.max(c.start, m.start))));
    const [from, to] = clauses.find(([s, e]) => c.start >= s && c.start < e) ?? [ctx.sentence.start, ctx.sentence.end];
    const inClause = reachable.filter((m) => m.start >= from && m.start < to);
    const nextOf = (list: Mention[]) => list.find((m) => m.start >= c.end);
    const prevOf = (list: Mention[]) => [...list].reverse().find((m) => m.start < c.start);
    return nextOf(inClause) ?? prevOf(inClause) ?? nextOf(reachable) ?? prevOf(reachable);
  });
  const respectively = pairsInOrder(ctx);
  return ctx.candidates.map((c, i) => {
    const gapped = gappedBaseline(ctx, c, found);
    if (gapped?.length) return { ...c, baseline: gapped };
    const m = chosen[i];
    if (!m) return c;
    // "5.6x and 3.2x over PyTorch and TensorRT, respectively": one baseline each, in order.
    const sharing = ctx.candidates.filter((_, k) => chosen[k] === m);
    if (respectively && sharing.length > 1 && sharing.length === m.names.length && sharing.every((s) => s.end <= m.start)) {
      return { ...c, baseline: [m.names[sharing.indexOf(c)]] };
    }
    return { ...c, baseline: m.names };
  });
}
