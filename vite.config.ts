import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
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
        test: { name: 'unit', environment: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', 'tests/**/*.svelte.test.ts'] },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: { name: 'dom', environment: 'jsdom', include: ['tests/**/*.svelte.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
