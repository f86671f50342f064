/**
 * The device pixel ratio for canvases. Read in an effect it is reactive: a media query on the current ratio tells
 * when the window moves to another screen or the page is zoomed, so a canvas sized with `deviceSize` is redrawn
 * sharp at the new ratio. (Svelte's own `devicePixelRatio` needs matchMedia at import, which jsdom lacks.)
 */
import { createSubscriber } from 'svelte/reactivity';

const subscribe = createSubscriber((update) => {
  if (typeof matchMedia !== 'function') return;
  let off = () => {};
  const watch = () => {
    const mq = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    const changed = () => { watch(); update(); };
    mq.addEventListener('change', changed, { once: true });
    off = () => mq.removeEventListener('change', changed);
  };
  watch();
  return () => off();
});

/** Device px per CSS px: 1 where unknown (tests, server). */
export function dpr(): number {
  subscribe();
  return (typeof window !== 'undefined' && window.devicePixelRatio) || 1;
}

/** A canvas' bitmap size in device px for its CSS size, and the ratio it was taken at. */
export function deviceSize(width: number, height: number, ratio = dpr()): { w: number; h: number; dpr: number } {
  return { w: Math.round(width * ratio), h: Math.round(height * ratio), dpr: ratio };
}
