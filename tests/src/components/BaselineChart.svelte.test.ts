import './setup.ts';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import BaselineChart from '../../../src/components/BaselineChart.svelte';
import { Dashboard } from '../../../src/lib/dashboard.svelte.ts';
import { CLAIMS, claim } from '../lib/helpers.ts';

const bars = (heading: string) => {
  const list = screen.getByRole('heading', { name: heading }).nextElementSibling as HTMLElement;
  return within(list).getAllByRole('button').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
};

describe('BaselineChart', () => {
  it('wins of named systems, generic phrases as one bar, stated losses apart (not wins)', async () => {
    const slower = claim({ paper_id: 'spec', span: '8% slower', baseline: ['beam search'], factor_low: 0.926, factor_high: 0.926 });
    const store = new Dashboard('');
    store.setClaims([...CLAIMS, slower], 'test');
    render(BaselineChart, { store });
    expect(bars('Named systems')).toEqual(['vLLM 2 · ×2.74', 'DeepSpeed-MoE 1 · ×1.73', 'PEFT 1 · ×4']);
    expect(bars('Generic phrases')).toEqual(['generic baselines 1 · ×1.73']);
    expect(bars('Stated losses (not wins)')).toEqual(['generic baselines 1 · ×0.926']);
    expect(screen.getByRole('heading', { name: 'Named systems' }).nextElementSibling!.querySelector('button')!.getAttribute('title'))
      .toBe('vLLM: 2 claims, median ×2.74');
    await fireEvent.click(within(screen.getByRole('heading', { name: 'Generic phrases' }).nextElementSibling as HTMLElement).getByRole('button'));
    expect(store.filters.baseline).toEqual(['generic baselines']);
  });
});
