/** When a view below the fold may do its update: after the frame in sight, the chart's image included. */
import { painting } from './pendingWork.ts';

/** A background-priority task (Scheduler API): after input and normal tasks such as the render marks. */
type Scheduler = { postTask(f: () => void, o: { priority: 'background' }): Promise<void> };

/**
 * Runs `f` in a background task once the next frame has been produced and, when the chart's canvas was being
 * rasterised, once the frame showing it is out too: on a two-core machine the raster worker would otherwise share
 * the CPU with these updates, and a task run between the image's arrival and its frame would delay that frame. At
 * background priority a key pressed meanwhile is handled first (and the render mark's task runs before it).
 */
export function afterNextFrame(f: () => void): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const task = () => (scheduler ? void scheduler.postTask(f, { priority: 'background' }) : setTimeout(f, 0));
  if (typeof requestAnimationFrame !== 'function') return void painting.idle().then(task);
  // Posted from a frame callback, the task runs after that frame has been produced.
  requestAnimationFrame(() => painting.afterFrame(task));
}
