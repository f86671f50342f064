/**
 * e2e global setup: builds the dashboard into a temp dir, replaces its bundled data with the dashboard fixture
 * (so tests don't depend on the extractor's output), serves it with vite preview on a free port and provides
 * the URL as `baseUrl`. Fails early with a clear message when Chromium is missing.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

export const CHROMIUM = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/dashboard');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

let server: PreviewServer | undefined;
let outDir: string | undefined;

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`e2e tests need Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` (.ci/run installs it).`);
  }
  outDir = mkdtempSync(join(tmpdir(), 'claimboard-e2e-'));
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  mkdirSync(join(outDir, 'data'), { recursive: true });
  copyFileSync(join(fixtures, 'claims.csv'), join(outDir, 'data/claims.csv'));
  copyFileSync(join(fixtures, 'papers.csv'), join(outDir, 'data/papers.csv'));
  const port = await freePort();
  server = await preview({
    root, configFile: false, base: './', logLevel: 'error',
    build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await new Promise<void>((ok) => server!.httpServer.close(() => ok()));
    rmSync(outDir!, { recursive: true, force: true });
  };
}
