/**
 * e2e global setup: builds the dashboard into a temp dir, replaces its bundled data with the dashboard fixture
 * (so tests don't depend on the extractor's output), serves it with vite preview on a free port and provides
 * the URL as `baseUrl`. Fails early with a clear message when Chromium is missing. (The UI bench shares site.ts.)
 */
import type { TestProject } from 'vitest/node';
import { generatedFile } from '../bench/generated.ts';
import { buildAndServe, requireChromium } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built site's folder (for opening it from disk). */
    siteDir: string;
    /** A generated claims Parquet file of scaleRows claims (tests/bench/generated.ts, cached between runs). */
    scaleParquet: string;
    scaleRows: number;
  }
}

/**
 * Claims in the generated Parquet file parquet.test.ts loads: E2E_SCALE_ROWS, 1,000,000 by default (issue 14's size).
 * Generated once and cached in the temp dir (~1 min of CPU the first time at 1M); a smaller number for a quick run.
 */
export const SCALE_ROWS = Number(process.env.E2E_SCALE_ROWS ?? 1_000_000);

export default async function setup(project: TestProject) {
  requireChromium();
  project.provide('scaleParquet', generatedFile(SCALE_ROWS, 1, 'parquet', (s) => console.log(`e2e setup: ${s}`)));
  project.provide('scaleRows', SCALE_ROWS);
  const site = await buildAndServe();
  project.provide('baseUrl', site.url);
  project.provide('siteDir', site.outDir);
  return () => site.close();
}
