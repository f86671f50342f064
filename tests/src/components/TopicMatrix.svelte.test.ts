/**
 * Views below the fold (src/lib/schedule): off screen, the matrix keeps its cells through a filter change and catches up
 * right after the next frame (the `lagging` work then done); on screen it follows in the same update. On screen or not
 * is what a <Deferred> around it says (here the context it provides, set by the test).
 */
import './setup.ts';
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import TopicMatrix from '../../../src/components/TopicMatrix.svelte';
import { Dashboard } from '../../../src/lib/dashboard.svelte.ts';
import { lagging, ON_SCREEN } from '../../../src/lib/schedule/index.ts';
import { CLAIMS } from '../lib/helpers.ts';

const cells = () => screen.queryAllByRole('button').map((b) => b.getAttribute('aria-label'));

/** The matrix inside a <Deferred> whose section is (or is not) on screen: set `section.onScreen` to scroll. */
function renderDeferred(store: Dashboard, onScreen: boolean) {
  const section = $state({ onScreen });
  render(TopicMatrix, { props: { store }, context: new Map([[ON_SCREEN, section]]) });
  return section;
}

describe('TopicMatrix', () => {
  it('on screen: a filter change updates the cells at once', () => {
    const store = new Dashboard('');
    store.setClaims(CLAIMS, 'test');
    render(TopicMatrix, { store });
    expect(cells()).toContain('LLM serving & inference, throughput: 2 claims');
    store.toggle('hardware', 'H100');
    flushSync();
    expect(cells()).toEqual(['Mixture of Experts, speed: 1 claim']);
  });

  it('scrolled away: keeps showing what it showed on screen (not what it had before), with no lagging work', async () => {
    const store = new Dashboard('');
    const section = renderDeferred(store, true);
    expect(cells()).toEqual([]); // no data yet
    store.setClaims(CLAIMS, 'test');
    flushSync();
    const shown = cells();
    expect(shown).toContain('LLM serving & inference, throughput: 2 claims');
    section.onScreen = false;
    flushSync();
    expect(cells()).toEqual(shown);
    expect(lagging.busy).toBe(false);
  });

  it('off screen: the same change shows after the next frame, and the lagging work is then done', async () => {
    const store = new Dashboard('');
    store.setClaims(CLAIMS, 'test');
    const section = renderDeferred(store, false);
    const before = cells();
    expect(before).toContain('LLM serving & inference, throughput: 2 claims');
    store.toggle('hardware', 'H100');
    flushSync();
    expect(cells()).toEqual(before);
    expect(lagging.busy).toBe(true);
    await lagging.idle();
    flushSync();
    expect(cells()).toEqual(['Mixture of Experts, speed: 1 claim']);
    // Scrolled into view: current at once again.
    store.toggle('hardware', 'H100');
    flushSync();
    expect(cells()).toEqual(['Mixture of Experts, speed: 1 claim']);
    section.onScreen = true;
    flushSync();
    expect(cells()).toEqual(before);
  });
});
