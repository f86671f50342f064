import { describe, expect, it } from 'vitest';
import { isVerbForm } from '../../../extract/core/verbs.ts';

describe('isVerbForm: a word after "and" that starts a new verb phrase', () => {
  it.each(['delivers', 'achieves', 'outperforms', 'reduces', 'improves', 'enables', 'yields', 'offers', 'speeds', 'cuts', 'surpasses', 'reduced', 'achieving', 'deliver'])(
    '%s is a verb', (w) => expect(isVerbForm(w)).toBe(true));
  it.each(['latency', 'throughput', 'memory', 'gpus', 'energy', 'accuracy', 'tpot', 'kv'])(
    '%s is not', (w) => expect(isVerbForm(w)).toBe(false));
});
