/**
 * Work a view starts at the very beginning of a page update, before the views earlier in the page update their
 * DOM: the claims chart posts its raster job to a worker, which then rasterises while the page updates the filters'
 * counts and the other views (Svelte runs a component's effects in page order, the filters' before the chart's).
 * App runs every registered job in a pre-effect of its own, which runs before any child's; a job also runs in its
 * view's own pre-effect (without App, or when only the view's inputs changed), so it must do nothing when run twice
 * for the same inputs.
 */
import { onDestroy } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';

const jobs = new SvelteSet<() => void>();

/** Registers `job` for the view being initialised (call during component initialisation). */
export function early(job: () => void): void {
  jobs.add(job);
  onDestroy(() => jobs.delete(job));
  $effect.pre(job);
}

/** Runs every registered job: call in App's first pre-effect. */
export function runEarly(): void {
  for (const job of jobs) job();
}
