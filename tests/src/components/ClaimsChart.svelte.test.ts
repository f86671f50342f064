import './setup.ts';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import ClaimsChart from '../../../src/components/ClaimsChart.svelte';
import { Dashboard } from '../../../src/lib/dashboard.svelte.ts';
import { CLAIMS, claim } from '../lib/helpers.ts';

// jsdom lays nothing out: the chart is 800 px wide (what bind:clientWidth reads).
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });

const shape = (m: Element) => (m.querySelector('line') ? 'bar' : m.querySelector('path') ? 'arrow'
  : m.querySelector('circle')!.getAttribute('fill') === 'var(--surface)' ? 'open' : 'dot');
const rowNames = (c: HTMLElement) => [...c.querySelectorAll('.row-label:not([hidden])')].map((l) => l.getAttribute('title'));

function chart(claims = CLAIMS, query = '') {
  const store = new Dashboard(query);
  store.setClaims(claims, 'test');
  store.doneLoading();
  const opened: string[] = [];
  const view = render(ClaimsChart, { store, onopen: (id: string) => opened.push(id) });
  return { store, opened, ...view };
}

describe('ClaimsChart', () => {
  it('one metric family: a mark per claim and row shaped by kind, rows named with counts, labels on the largest', () => {
    const { container } = chart();
    const family = screen.getByRole('radiogroup', { name: 'Claims shown' });
    expect(within(family).getAllByRole('radio').map((r) => r.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()))
      .toEqual(['Speed & throughput 3', 'Memory & size 0', 'Cost & energy 2', 'Accuracy & quality 0']);
    expect([...container.querySelectorAll('.mark')].map(shape)).toEqual(['bar', 'open', 'arrow']);
    expect(rowNames(container)).toEqual(['LLM serving & inference: 2 claims', 'Mixture of Experts: 1 claim']);
    expect([...container.querySelectorAll('.mark-label:not([display="none"])')].map((t) => t.textContent)).toEqual([
      'S-LoRA ×4 vs HuggingFace PEFT', 'Accelerating Distributed… ×1.73 vs DeepSpeed-MoE',
    ]);
    expect([...screen.getByRole('list', { name: 'Key' }).querySelectorAll('li')].map((li) => li.textContent!.trim()))
      .toEqual(['speed', 'throughput', 'value', 'range', 'up to', 'at least']);
  });

  it('another family and group: the chart follows the store', async () => {
    const { container, store } = chart();
    await fireEvent.click(screen.getByRole('radio', { name: /Cost & energy/ }));
    expect(store.family).toBe('cost');
    expect([...container.querySelectorAll('.mark')].map(shape)).toEqual(['dot', 'dot']);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Group by' }), { target: { value: 'hardware' } });
    expect(store.groupBy).toBe('hardware');
    expect(rowNames(container)).toEqual(['RTX 3060: 1 claim', '(none stated): 1 claim']);
    expect(store.query).toBe('group=hardware&family=cost');
  });

  it('a row of three or more says its median; a family with nothing under the filters offers the others', async () => {
    const many = [1.5, 2, 3, 6].map((f, i) => claim({ paper_id: `p${i}`, span: `${f}x`, factor_low: f, factor_high: f }));
    const { container, store } = chart(many);
    expect(rowNames(container)).toEqual(['Other: 4 claims, median ×2.5']);
    // Its summary, behind the marks: the range, the middle half and the median tick.
    const quiet = container.querySelector('.under .summaries')!;
    expect(quiet.querySelector('.range')!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+H[\d.]+$/);
    expect(quiet.querySelector('.median')!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+V[\d.]+$/);
    expect(container.querySelector('.over .summaries .median')!.getAttribute('d')).toBe('');
    store.setFamily('memory');
    flushSync();
    expect(container.querySelector('.empty')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('No memory & size claims under these filters. Show Speed & throughput (4)');
    await fireEvent.click(screen.getByRole('button', { name: 'Speed & throughput (4)' }));
    expect(store.family).toBe('speed');
  });

  it('one Tab stop: arrow keys move between marks and say which; Enter opens the claim', async () => {
    const { container, store, opened } = chart();
    const plot = screen.getByRole('application', { name: /^Claims chart/ });
    expect(plot.getAttribute('tabindex')).toBe('0');
    expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    plot.focus();
    await fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(container.querySelector('#chart-focus')!.textContent).toBe(
      'S-LoRA: up to 4 times (×4 throughput vs HuggingFace PEFT; vLLM). Row LLM serving & inference, claim 2 of 3.');
    expect(container.querySelectorAll('circle.active')).toHaveLength(1);
    expect(screen.getByRole('tooltip').textContent).toContain('up to 4 times');
    await fireEvent.keyDown(plot, { key: 'ArrowDown' });
    expect(container.querySelector('#chart-focus')!.textContent).toMatch(/^Accelerating Distributed MoE Training and Inference with Lina: more than 1\.73x/);
    await fireEvent.keyDown(plot, { key: 'Enter' });
    expect(opened).toEqual([store.rows[4].id]);
  });
});
