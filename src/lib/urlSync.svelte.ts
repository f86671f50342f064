/**
 * The store's view mirrored in the URL and the browser's history. Written once a burst of changes pauses (a history
 * write is a round trip to the browser, up to ~10 ms: not for every keystroke), as historyStep says: a new filter,
 * group, family or sort pushes an entry (Back undoes it), Search typing shares one, a chosen claim or column only
 * rewrites the entry. Back and Forward set the view from the URL.
 */
import type { Dashboard } from './dashboard.svelte.ts';
import { historyStep, queryToView, viewToQuery, type ViewState } from './url.ts';

/** Call during App's initialisation (it creates effects). */
export function syncUrl(store: Dashboard, delay = 200): void {
  let entry: ViewState = store.view;
  let typing = false;
  let pending: ViewState | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function write() {
    clearTimeout(timer);
    if (!pending) return;
    const next = pending;
    pending = null;
    const step = historyStep(entry, next, typing);
    const query = viewToQuery(next);
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (step.step === 'push') history.pushState(null, '', url);
    else if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
    entry = next;
    typing = step.typing;
  }

  $effect(() => {
    pending = store.view;
    clearTimeout(timer);
    timer = setTimeout(write, delay);
  });

  $effect(() => {
    const back = () => {
      clearTimeout(timer);
      pending = null;
      entry = queryToView(location.search);
      typing = false;
      store.setView(entry);
    };
    // Leaving the page within `delay` of a change: its entry still gets the last view.
    addEventListener('popstate', back);
    addEventListener('pagehide', write);
    return () => {
      removeEventListener('popstate', back);
      removeEventListener('pagehide', write);
    };
  });
}
