import './setup.ts';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ClaimsChart from '../../../src/components/ClaimsChart.svelte';
import { Dashboard } from '../../../src/lib/dashboard.svelte.ts';
import { CLAIMS } from '../lib/helpers.ts';

describe('ClaimsChart', () => {
  it('draws one mark per relative claim and row, shaped by kind, legend inside the SVG', async () => {
    const store = new Dashboard('');
    store.setClaims(CLAIMS, 'test');
    const { container } = render(ClaimsChart, { store });
    const svg = container.querySelector('svg')!;
    const marks = [...svg.querySelectorAll('.mark')];
    expect(marks).toHaveLength(5);
    const shape = (m: Element) => (m.querySelector('line') ? 'bar' : m.querySelector('path') ? 'arrow'
      : m.querySelector('circle')!.getAttribute('fill') === 'var(--surface)' ? 'open' : 'dot');
    expect(marks.map((m) => [m.getAttribute('aria-label')!.split(':')[0].slice(0, 12), shape(m)])).toEqual([
      ['S-LoRA', 'open'], ['BatchLLM', 'bar'], ['SpotServe', 'dot'], ['Accelerating', 'arrow'], ['StreamDiffus', 'dot'],
    ]);
    expect([...svg.querySelectorAll('.legend text')].map((t) => t.textContent)).toEqual(
      ['throughput', 'speed', 'energy', 'cost', 'value', 'range', 'up to', 'at least']);
    expect([...svg.querySelectorAll('.row-label title')].map((t) => t.textContent)).toEqual(
      ['LLM serving & inference (3)', 'Mixture of Experts (1)', 'Diffusion & generative models (1)']);

    await fireEvent.change(screen.getByRole('combobox', { name: 'Group by' }), { target: { value: 'hardware' } });
    expect(store.groupBy).toBe('hardware');
    expect([...container.querySelectorAll('.row-label title')].map((t) => t.textContent)).toEqual(
      ['A100 (2)', 'H100 (1)', 'RTX 3060 (1)', '(none stated) (2)']);

    await fireEvent.keyDown(container.querySelector('.mark')!, { key: 'Enter' });
    expect(store.selected?.span).toBe('1.1x to 2x');
  });
});
