import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type TestProjectConfiguration } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

/**
 * The dashboard fetches data/claims.csv and data/papers.csv relative to the page. In dev vite serves them from
 * the repo root; in a build this copies them into dist/data/ so dist/ is a self-contained static site.
 */
function bundleData(files = ['data/claims.csv', 'data/papers.csv']): Plugin {
  return {
    name: 'claimboard-bundle-data',
    apply: 'build',
    generateBundle() {
      for (const file of files) {
        const path = resolve(import.meta.dirname, file);
        if (!existsSync(path)) {
          this.warn(`${file} not found: the built dashboard starts empty (run "npm run extract" first).`);
          continue;
        }
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(path) });
      }
    },
  };
}

/**
 * The e2e project drives a real Chromium. Looked for only under vitest (vite's dev server and build never load
 * playwright); without one the project is skipped with a message, unless E2E_REQUIRED is set (CI).
 */
async function e2eProjects(): Promise<TestProjectConfiguration[]> {
  if (!process.env.VITEST) return [];
  const { e2ePlan, findChromium } = await import('./tests/e2e/chromium.ts');
  const plan = e2ePlan(findChromium(), process.env);
  if (!plan.run) {
    // vitest loads this file once per project: say it once.
    if (!process.env.CLAIMBOARD_E2E_SKIP_SAID) console.warn(`\n${plan.message}\n`);
    process.env.CLAIMBOARD_E2E_SKIP_SAID = '1';
    return [];
  }
  return [{
    extends: true,
    test: {
      name: 'e2e',
      environment: 'node',
      include: ['tests/e2e/**/*.test.ts'],
      globalSetup: ['tests/e2e/global-setup.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  }];
}

export default defineConfig({
  // Svelte options live here (no svelte.config.js), so the plugin need not look for one.
  plugins: [svelte({ configFile: false }), bundleData()],
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 800 },
  test: {
    projects: [
      {
        extends: true,
        // Timeouts guard against a hung test, not speed (speed is the benches'): a shared, loaded CI machine runs the
        // property tests several times slower than an idle one.
        test: {
          name: 'unit', environment: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', 'tests/**/*.svelte.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: { name: 'dom', environment: 'jsdom', include: ['tests/**/*.svelte.test.ts'], testTimeout: 30_000 },
      },
      ...(await e2eProjects()),
    ],
  },
});
