/**
 * The data the page opens with: the reader's own (kept in this browser, see persist.ts) when there is some, else the
 * bundled sample; and going back to the bundled sample. Each says on the page what happened.
 */
import type { Dashboard } from './dashboard.svelte.ts';
import { fetchBundled, rowsOf } from './dataSources.ts';
import { plural } from './format.ts';
import { clearSaved, loadSaved } from './persist.ts';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function openData(store: Dashboard): Promise<void> {
  const linked = store.selectedId;
  try {
    const saved = await loadSaved();
    let notes: string[] = [];
    if (saved) {
      try {
        const { rows, issues, papers } = await rowsOf(saved.parts);
        store.setRows(rows, saved.source, saved.papers ?? papers, saved.parts);
        if (issues.length) notes.push(`Skipped ${plural(issues.length, 'unreadable row')} of your data.`);
      } catch (err) {
        notes = [`Your saved data could not be read again (${message(err)}); showing the bundled sample.`];
      }
    }
    if (!store.isOwnData) {
      const { rows, issues, papers } = await fetchBundled();
      store.setRows(rows, 'bundled data', papers);
      if (issues.length) notes.push(`Skipped ${plural(issues.length, 'unreadable row')} of the bundled data.`);
    }
    if (linked && !store.selectedId) notes.push(`The linked claim (${linked}) is not in this data.`);
    if (notes.length) store.setStatus({ kind: 'info', text: notes.join(' ') });
  } catch (err) {
    store.setStatus({
      kind: 'error',
      text: `No bundled data (${message(err)}). Run "npm run extract", or use Load data / Paste abstracts.`,
    });
  } finally {
    store.doneLoading();
  }
}

/** Replaces the reader's data with the bundled sample and forgets it; on failure their data stays. */
export async function restoreBundled(store: Dashboard): Promise<void> {
  store.setStatus({ kind: 'busy', text: 'Loading the bundled sample…' });
  try {
    const { rows, papers } = await fetchBundled();
    store.setRows(rows, 'bundled data', papers);
    await clearSaved().catch(() => undefined);
    store.setStatus({ kind: 'info', text: 'Showing the bundled sample; your data is no longer kept in this browser.' });
  } catch (err) {
    store.setStatus({ kind: 'error', text: `Could not load the bundled sample (${message(err)}); your data stays.` });
  }
}
