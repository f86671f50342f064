/** Which rows of a virtualised list to render. Pure. */
export interface Window {
  /** First rendered index (inclusive). */
  start: number;
  /** Last rendered index (exclusive). */
  end: number;
  /** Height of the spacer above and below the rendered rows, in px. */
  padTop: number;
  padBottom: number;
}

export function visibleWindow(
  scrollTop: number, viewport: number, rowHeight: number, total: number, overscan = 8,
): Window {
  if (total <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, Math.min(total - 1, first) - overscan);
  const end = Math.min(total, first + Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + overscan + 1);
  return { start, end, padTop: start * rowHeight, padBottom: (total - end) * rowHeight };
}
