/**
 * e2e global setup: builds the dashboard into a temp dir, replaces its bundled data with the dashboard fixture
 * (so tests don't depend on the extractor's output), serves it with vite preview on a free port and provides
 * the URL as `baseUrl`. Fails early with a clear message when Chromium is missing. (The UI bench shares site.ts.)
 */
import type { TestProject } from 'vitest/node';
import { buildAndServe, requireChromium } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built site's folder (for opening it from disk). */
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  requireChromium();
  const site = await buildAndServe();
  project.provide('baseUrl', site.url);
  project.provide('siteDir', site.outDir);
  return () => site.close();
}
