/**
 * Whether a view below the fold is on screen: an observer on the section it sits in (`watchOnScreen`, which
 * <Deferred> attaches), told to the views inside through a context (`provideOnScreen`, read by `deferred`).
 */
import { getContext, setContext } from 'svelte';
import type { Attachment } from 'svelte/attachments';

/**
 * How far outside the viewport a view still counts as on screen. None: the claims table sits right under the chart,
 * often just below the fold, and counted as on screen it updated in the same frame as the chart (measured at 100k,
 * 1280×800: a third of a filter change's main-thread time). A view scrolled into sight catches up at once (the
 * observer reports it) and off screen it is current a frame or two after a change anyway.
 */
const MARGIN = '0px';

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

/** What <Deferred> tells the views inside it (a reactive getter). */
export interface OnScreen {
  readonly onScreen: boolean;
}

/** The context key (a test can mount a view with `context: new Map([[ON_SCREEN, { onScreen: false }]])`). */
export const ON_SCREEN = Symbol('claimboard:on-screen');

/** Tells the views below this component whether they are on screen (call during component initialisation). */
export function provideOnScreen(state: OnScreen): void {
  setContext(ON_SCREEN, state);
}

/** Is the view being initialised on screen? Outside any <Deferred> (a view mounted alone) it always is. */
export function onScreenOfView(): () => boolean {
  const state = getContext<OnScreen | undefined>(ON_SCREEN);
  return () => state?.onScreen ?? true;
}
