/**
 * Views below the fold need not change in the same frame as a filter: at 100k claims the matrix, the absolute
 * results and the table cost as much DOM work per change as the views in sight. A view that is off screen follows
 * its data once the next frame is out and the chart's canvas painted (in its own short task), so a filter change
 * paints what is in view first; its DOM, text and accessibility tree are current a few frames later. On screen it
 * follows at once.
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { lagging, painting } from './pending.ts';

/**
 * How far outside the viewport a view still counts as on screen. None: the claims table sits right under the chart,
 * often just below the fold, and counted as on screen it updated in the same frame as the chart (measured at 100k,
 * 1280×800: a third of a filter change's main-thread time). A view scrolled into sight catches up at once (the
 * observer reports it) and off screen it is current a frame or two after a change anyway.
 */
const MARGIN = '0px';

/** A background-priority task (Scheduler API): after input and normal tasks such as the render marks. */
type Scheduler = { postTask(f: () => void, o: { priority: 'background' }): Promise<void> };

/**
 * Runs `f` in a background task once the next frame has been produced and, when the chart's canvas was being
 * rasterised, once the frame showing it is out too: on a two-core machine the raster worker would otherwise share
 * the CPU with these updates, and a task run between the image's arrival and its frame would delay that frame. At
 * background priority a key pressed meanwhile is handled first.
 */
function afterNextFrame(f: () => void): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const task = () => (scheduler ? void scheduler.postTask(f, { priority: 'background' }) : setTimeout(f, 0));
  if (typeof requestAnimationFrame !== 'function') return void painting.idle().then(task);
  // Posted from a frame callback, the task runs after that frame has been produced.
  requestAnimationFrame(() => painting.afterFrame(task));
}

/**
 * A getter for a view's data: `read()` itself while `onScreen()` holds; otherwise a copy (what it showed when it
 * left the screen), refreshed after the next frame whenever `inputs()` (something cheap that changes with the data,
 * e.g. the store's inputs) changes.
 * Call during component initialisation (it creates an effect).
 */
export function lagWhenHidden<T>(read: () => T, inputs: () => unknown, onScreen: () => boolean): () => T {
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

/**
 * An attachment calling `set(true)` while the element is in (or near) the viewport and `set(false)` otherwise. Focus
 * or a pointer inside it counts as on screen at once: the observer reports only after the next frame, and a key
 * pressed in a view just scrolled to (focus() scrolls) must update it in the same frame.
 */
export function watchOnScreen(set: (on: boolean) => void): Attachment<Element> {
  return (el) => {
    if (typeof IntersectionObserver !== 'function') return;
    const io = new IntersectionObserver((entries) => set(entries[entries.length - 1].isIntersecting), { rootMargin: MARGIN });
    io.observe(el);
    const now = () => set(true);
    el.addEventListener('focusin', now);
    el.addEventListener('pointerdown', now);
    return () => {
      io.disconnect();
      el.removeEventListener('focusin', now);
      el.removeEventListener('pointerdown', now);
    };
  };
}
