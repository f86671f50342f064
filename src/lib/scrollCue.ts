/**
 * Which sides of a box that scrolls sideways have more to show, so the page can say so (a shaded edge and a
 * "more" hint) instead of hiding columns behind a scroll nothing hints at.
 */
import type { Attachment } from 'svelte/attachments';

export type MoreSides = { left: boolean; right: boolean };

/** An attachment calling `report` with the sides that have more, now and whenever the box scrolls or resizes. */
export function scrollCue(report: (more: MoreSides) => void): Attachment<HTMLElement> {
  return (el) => {
    let last = '';
    const update = () => {
      const more = { left: el.scrollLeft > 1, right: el.scrollLeft + el.clientWidth < el.scrollWidth - 1 };
      const key = `${more.left}${more.right}`;
      if (key !== last) { last = key; report(more); }
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    // The box and its content: a column shown or hidden changes the content's width, not the box's.
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
    ro?.observe(el);
    if (el.firstElementChild) ro?.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', update);
      ro?.disconnect();
    };
  };
}
