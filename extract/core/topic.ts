/**
 * classifyTopic: one topic per paper (spec §4). A decisive title word settles it ("Mixture-of-Experts",
 * "Serving", "Federated", "Pruning"/"Quantization", in that order: an MoE inference paper is MoE, a LoRA
 * serving system is serving, pruning a diffusion model is compression);
 * otherwise keyword scores decide, title hits weighing more than abstract hits.
 */
import { DECISIVE_TITLE_TOPICS, TOPIC_NAMES, TOPIC_PATTERN, TOPIC_MIN_SCORE, TOPIC_TITLE_WEIGHT, topicAt } from './lexicon/index.ts';
import type { Topic } from './types.ts';
import { matchesOf } from './matches.ts';

function addHits(scores: number[], text: string, weight: number): void {
  for (const m of matchesOf(TOPIC_PATTERN, text)) {
    const k = topicAt(text, m.index);
    scores[k] += weight;
  }
}

export function topicScores(title: string, abstract: string): { topic: Topic; score: number }[] {
  const scores = TOPIC_NAMES.map(() => 0);
  addHits(scores, title, TOPIC_TITLE_WEIGHT);
  addHits(scores, abstract, 1);
  return TOPIC_NAMES.map((topic, k) => ({ topic, score: scores[k] }));
}

export function classifyTopic(title: string, abstract: string): Topic {
  const decided = DECISIVE_TITLE_TOPICS.find(({ pattern }) => pattern.test(title));
  if (decided) return decided.topic;
  let best: { topic: Topic; score: number } = { topic: 'Other', score: TOPIC_MIN_SCORE - 1 };
  for (const s of topicScores(title, abstract)) if (s.score > best.score) best = s;
  return best.topic;
}
