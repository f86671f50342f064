/**
 * Views below the fold need not change in the same frame as a filter: at 100k claims the matrix, the absolute
 * results and the table cost as much DOM work per change as the views in sight. A view that is off screen follows
 * its data once the next frame is out and the chart's canvas painted (in its own short task), so a filter change
 * paints what is in view first; its DOM, text and accessibility tree are current a few frames later. On screen it
 * follows at once.
 */
import { untrack } from 'svelte';
import { afterNextFrame } from './afterFrame.ts';
import { onScreenOfView } from './onScreen.ts';
import { lagging } from './pendingWork.ts';

/**
 * A getter for the data of a view inside <Deferred>: `read()` itself while the view is on screen; otherwise a copy
 * (what it showed when it left the screen), refreshed after the next frame whenever `inputs()` (something cheap that
 * changes with the data, e.g. the store's inputs: reading `read()` would compute what off screen waits) changes.
 * Call during component initialisation (it creates an effect); use as `$derived.by(deferred(read, inputs))`.
 */
export function deferred<T>(read: () => T, inputs: () => unknown): () => T {
  const onScreen = onScreenOfView();
  let copy = $state.raw(untrack(read));
  let queued = false;
  let wasOn = false;
  $effect.pre(() => {
    inputs();
    // On screen, or just scrolled away, the view shows read(): keep it as the copy (scrolled away, the view would
    // otherwise show an older copy, even the empty one from before the data, until the next change).
    const on = onScreen();
    if (on || wasOn) {
      wasOn = on;
      copy = untrack(read);
      return;
    }
    if (queued) return;
    queued = true;
    const done = lagging.begin();
    afterNextFrame(() => {
      queued = false;
      copy = read();
      done();
    });
  });
  return () => (onScreen() ? read() : copy);
}
