import './setup.ts';
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EvidencePanel from '../../../src/components/EvidencePanel.svelte';
import { Dashboard } from '../../../src/lib/dashboard.svelte.ts';
import { BATCHLLM, SLORA, STREAMDIFF, STREAMDIFF_ENERGY, claim } from '../lib/helpers.ts';

function withSelected(claims: Parameters<Dashboard['setClaims']>[0], index: number) {
  const store = new Dashboard('');
  store.setClaims(claims, 'test');
  store.select(store.rows[index].id);
  return store;
}

describe('EvidencePanel', () => {
  it('prompts when nothing is selected', () => {
    render(EvidencePanel, { store: new Dashboard('') });
    expect(screen.getByText(/Click a mark in a chart or a row of the table/)).toBeTruthy();
  });

  it('links an arXiv id, highlights the span between text nodes, lists every field', () => {
    const { container } = render(EvidencePanel, { store: withSelected([SLORA, BATCHLLM], 0) });
    const link = screen.getByRole('link', { name: SLORA.title });
    expect(link.getAttribute('href')).toBe('https://arxiv.org/abs/2311.03285');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const quote = container.querySelector('blockquote')!;
    expect(quote.textContent).toBe(SLORA.evidence);
    expect(quote.querySelector('mark')!.textContent).toBe('up to 4 times');
    const terms = [...container.querySelectorAll('dt')].map((d) => d.textContent);
    expect(terms).toEqual(['paper_id', 'system', 'topic', 'metric', 'comparison', 'direction', 'value_low', 'value_high', 'unit', 'qualifier',
      'factor_low', 'factor_high', 'baseline', 'hardware', 'hardware_count', 'model', 'span', 'start', 'end']);
    expect(screen.getByText('HuggingFace PEFT; vLLM', { selector: 'dd' })).toBeTruthy();
  });

  it('no link for a non-arXiv id; other claims of the paper are buttons', () => {
    render(EvidencePanel, { store: withSelected([STREAMDIFF, STREAMDIFF_ENERGY, SLORA], 0) });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('heading', { name: STREAMDIFF.title })).toBeTruthy();
    const others = screen.getByRole('heading', { name: 'Other claims of this paper (1)' }).nextElementSibling as HTMLElement;
    expect(within(others).getByRole('button').textContent).toMatch(/^2\.39x · energy/);
  });

  it('hostile text stays text', () => {
    const evil = claim({
      paper_id: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>', span: '<b>4x</b>',
      evidence: '<script>alert(1)</script> by <b>4x</b> <a href="javascript:alert(2)">x</a>', model: '<svg onload=alert(3)>',
    });
    const { container } = render(EvidencePanel, { store: withSelected([evil], 0) });
    expect(container.querySelector('img, script, b, svg, a')).toBeNull();
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(container.querySelector('mark')!.textContent).toBe('<b>4x</b>');
    expect(container.querySelector('blockquote')!.textContent).toBe(evil.evidence);
  });
});
