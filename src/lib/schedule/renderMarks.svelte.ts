/**
 * Render instrumentation (bench:ui, e2e): after the views in sight have updated for new data or a new view (the
 * chart's canvas included) and the frame has been produced, mark `claimboard:rendered` (detail: rows shown, rows
 * loaded) and mirror it on <html> as data-rows / data-total / data-rendered (a counter); once the views below the
 * fold have caught up too (lag.svelte.ts) and their frame is out, mark `claimboard:settled` (data-settled).
 * Only the last of a burst of changes is marked.
 */
import { lagging, painting } from './pendingWork.ts';

/** What a render shows: the rows passing the filters and the rows loaded; null while the data loads (no mark). */
export type Shown = { rows: number; total: number } | null;

/**
 * Marks every render of what `watch` reads (everything the views show: call it with all of the store's view inputs
 * read). Call during App's initialisation (it creates an effect).
 */
export function markRenders(watch: () => Shown): void {
  let renders = 0;
  $effect(() => {
    const shown = watch();
    if (!shown) return;
    const { rows, total } = shown;
    const seq = ++renders;
    const set = (name: string, attr: 'rendered' | 'settled') => {
      if (seq !== renders) return;
      performance.clearMarks(name);
      performance.mark(name, { detail: { rows, total, seq } });
      const d = document.documentElement.dataset;
      d.rows = String(rows);
      d.total = String(total);
      d[attr] = String(seq);
    };
    // From a frame callback, in a task of its own (after the frame); past the frame (work that showed itself done
    // after it: pendingWork.ts), at once.
    const mark = (name: string, attr: 'rendered' | 'settled', inFrame: boolean) => (inFrame ? setTimeout(() => set(name, attr), 0) : set(name, attr));
    // Asynchronous work still under way (pendingWork.ts): wait for it and the frame that shows it.
    requestAnimationFrame(() => painting.afterFrame((inFrame) => {
      mark('claimboard:rendered', 'rendered', inFrame);
      lagging.afterFrame(() => mark('claimboard:settled', 'settled', true));
    }));
  });
}
