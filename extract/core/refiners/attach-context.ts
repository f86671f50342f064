/**
 * attachModel: the model tied to each claim. A claim looks first in
 * its own stretch of the sentence after it (up to the next claim), then before it (back to the previous
 * claim), then takes the sentence's only one. "2.1x and 3.4x on A100 and H100, respectively" pairs in order.
 */
import { withFields, type Candidate, type SentenceContext } from '../candidate.ts';
import { MODEL_PATTERN } from '../lexicon/index.ts';
import { pairsInOrder } from './coordination.ts';
import { matchesOf } from '../matches.ts';

interface Mention { start: number; end: number; name: string; count: number | null }

function segments(ctx: SentenceContext, i: number): { after: [number, number]; before: [number, number] } {
  const c = ctx.candidates[i];
  const next = ctx.candidates[i + 1];
  const prev = ctx.candidates[i - 1];
  return {
    after: [c.end, next ? next.start : ctx.sentence.end],
    before: [prev ? prev.end : ctx.sentence.start, c.start],
  };
}

/** The mentions inside a stretch. (Not a closure in pick: under tsx a named closure costs a defineProperty per call.) */
function mentionsInside(mentions: Mention[], [s, e]: [number, number]): Mention[] {
  return mentions.filter((m) => m.start >= s && m.end <= e);
}

function pick(ctx: SentenceContext, mentions: Mention[]): (Mention | undefined)[] {
  const distinct = [...new Set(mentions.map((m) => m.name))];
  const picked = ctx.candidates.map((_, i) => {
    const { after, before } = segments(ctx, i);
    return mentionsInside(mentions, after)[0] ?? mentionsInside(mentions, before).at(-1);
  });
  const n = ctx.candidates.length;
  const listAfterValues = n > 0 && mentions.every((m) => m.start >= ctx.candidates[n - 1].end);
  if (n > 1 && pairsInOrder(ctx) && listAfterValues && distinct.length === n) {
    return distinct.map((name) => mentions.find((m) => m.name === name));
  }
  return picked.map((p) => p ?? (distinct.length === 1 ? mentions[0] : undefined));
}

function modelMentions(ctx: SentenceContext): Mention[] {
  return matchesOf(MODEL_PATTERN, ctx.sentence.text).map((m) => {
    // Version suffixes may hold dots ("Llama-3.1-8B"); one that ends the sentence is no part of the name ("GPT-4-Preview.").
    const name = m[0].replace(/\.+$/, '');
    return { start: ctx.sentence.start + m.index, end: ctx.sentence.start + m.index + name.length, name, count: null };
  });
}

export function attachModel(ctx: SentenceContext): Candidate[] {
  // A model named as the baseline ("outperforms GPT-4 by 5.2%") is not the claim's own model.
  const baselines = new Set<string>();
  for (const c of ctx.candidates) for (const name of c.baseline) baselines.add(name);
  const chosen = pick(ctx, modelMentions(ctx).filter((m) => !baselines.has(m.name)));
  return ctx.candidates.map((c, i) => (chosen[i] ? withFields(c, { model: chosen[i]!.name }) : c));
}
