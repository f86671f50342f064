import './setup.ts';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
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

  it('no paper link for a non-arXiv id; the other claims of the paper are links to them', async () => {
    const store = withSelected([STREAMDIFF, STREAMDIFF_ENERGY, SLORA], 0);
    render(EvidencePanel, { store });
    expect(screen.getByRole('heading', { name: STREAMDIFF.title }).querySelector('a')).toBeNull();
    const others = screen.getByRole('heading', { name: 'Other claims of this paper (1)' }).nextElementSibling as HTMLElement;
    const link = within(others).getByRole('link');
    expect(link.textContent).toMatch(/^2\.39x · energy ×2\.39$/);
    const energy = store.rows[1].id;
    expect(link.getAttribute('href')).toBe(`?claim=${encodeURIComponent(energy)}`);
    await fireEvent.click(link);
    expect(store.selectedId).toBe(energy);
  });

  it('the sentence and span readable, the raw text one click away', () => {
    const latex = { ...STREAMDIFF_ENERGY, span: '$2.39\\times$', evidence: 'Our filter reduces energy by $2.39\\times$ on one RTX3060, i.e. 58\\% less.' };
    const { container } = render(EvidencePanel, { store: withSelected([latex], 0) });
    const [readable, raw] = container.querySelectorAll('blockquote');
    expect(readable.textContent).toBe('Our filter reduces energy by 2.39× on one RTX3060, i.e. 58% less.');
    expect(readable.querySelector('mark')!.textContent).toBe('2.39×');
    const details = screen.getByText('Raw text, as in the abstract').closest('details')!;
    expect(details.open).toBe(false);
    expect(raw.textContent).toBe(latex.evidence);
    expect(raw.querySelector('mark')!.textContent).toBe('$2.39\\times$');
    expect(container.querySelector('.headline strong')!.textContent).toBe('2.39×');
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
