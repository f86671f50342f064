/**
 * classifyTopic: one topic per paper (spec §4) by keyword score; title hits weigh more than abstract hits.
 * The lexicon's order breaks ties, so an MoE inference paper is "Mixture of Experts", not serving.
 */
import { TOPICS, TOPIC_MIN_SCORE, TOPIC_TITLE_WEIGHT } from './lexicon/index.ts';
import type { Topic } from './types.ts';

function hits(pattern: RegExp, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

export function topicScores(title: string, abstract: string): { topic: Topic; score: number }[] {
  return TOPICS.map(({ topic, pattern }) => ({
    topic,
    score: TOPIC_TITLE_WEIGHT * hits(pattern, title) + hits(pattern, abstract),
  }));
}

export function classifyTopic(title: string, abstract: string): Topic {
  let best: { topic: Topic; score: number } = { topic: 'Other', score: TOPIC_MIN_SCORE - 1 };
  for (const s of topicScores(title, abstract)) if (s.score > best.score) best = s;
  return best.topic;
}
