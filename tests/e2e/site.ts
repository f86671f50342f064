/**
 * The built dashboard as the e2e tests and the UI bench use it: vite build into a temp dir, the bundled data
 * replaced by given claims/papers CSVs, served by vite preview on a free port. No vitest imports here.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { chromiumPath } from './chromium.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures/dashboard');

/** Fails early, before a build, when there is no browser to drive (the message says how to get one). */
export function requireChromium(): void {
  chromiumPath();
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

export interface Site {
  url: string;
  outDir: string;
  close(): Promise<void>;
}

/**
 * Builds the site and serves it; `data` are the files copied to data/claims.csv and data/papers.csv.
 * `minify: false` keeps function names (for profiling); `built` serves a site built already instead.
 */
export async function buildAndServe(
  data = { claims: join(FIXTURES, 'claims.csv'), papers: join(FIXTURES, 'papers.csv') }, { minify = true, built }: { minify?: boolean; built?: string } = {},
): Promise<Site> {
  // `built`: a site built already (another version, to compare): served as it is, and left in place.
  const outDir = built ?? mkdtempSync(join(tmpdir(), 'claimboard-site-'));
  const remove = () => { if (!built) rmSync(outDir, { recursive: true, force: true }); };
  try {
    if (!built) {
      await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true, minify } });
      mkdirSync(join(outDir, 'data'), { recursive: true });
      copyFileSync(data.claims, join(outDir, 'data/claims.csv'));
      copyFileSync(data.papers, join(outDir, 'data/papers.csv'));
    }
    const port = await freePort();
    const server = await preview({
      root: ROOT, configFile: false, base: './', logLevel: 'error',
      build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
    return {
      url: `http://127.0.0.1:${port}/`,
      outDir,
      close: async () => {
        await new Promise<void>((ok) => server.httpServer.close(() => ok()));
        remove();
      },
    };
  } catch (err) {
    remove();
    throw err;
  }
}
