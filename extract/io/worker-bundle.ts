/**
 * The extract worker as one plain-JS file, so a worker thread starts without tsx. Measured (2-core machine, load 6–8):
 * a worker that registers tsx and loads the TypeScript extractor costs 1.7–2.3 s of CPU before its first block; the
 * bundle 0.4 s. With two workers that is ~3 s of CPU per run saved, which is what decides where --jobs starts to pay.
 * Built with esbuild (tsx's own, already installed) into the temp directory, keyed by the sources' and the lockfile's
 * sizes and times, so it is built once per change (~0.3 s); any failure falls back to the tsx bootstrap.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXTRACT_DIR = fileURLToPath(new URL('..', import.meta.url));
const WORKER_TS = join(EXTRACT_DIR, 'workers/extract-worker.ts');
/** What the bundle is made of besides extract/: the installed packages. */
const LOCKFILE = join(EXTRACT_DIR, '../package-lock.json');

/** The worker to start: a bundled .mjs, or the tsx bootstrap with the TypeScript entry in workerData. */
export interface WorkerEntry { url: URL; workerData?: { entry: string } }

const TSX_ENTRY: WorkerEntry = {
  url: new URL('../workers/tsx-bootstrap.mjs', import.meta.url),
  workerData: { entry: new URL('../workers/extract-worker.ts', import.meta.url).href },
};

function sourceKey(): string {
  const hash = createHash('sha256');
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else {
        const { size, mtimeMs } = statSync(path);
        hash.update(`${path}\0${size}\0${mtimeMs}\n`);
      }
    }
  };
  visit(EXTRACT_DIR);
  if (existsSync(LOCKFILE)) hash.update(`${statSync(LOCKFILE).mtimeMs}`);
  return hash.digest('hex').slice(0, 16);
}

let cached: Promise<WorkerEntry> | null = null;

/** The bundled worker (built now if this state of the sources has none yet), else the tsx bootstrap. */
export function workerEntry(): Promise<WorkerEntry> {
  cached ??= build().catch(() => TSX_ENTRY);
  return cached;
}

async function build(): Promise<WorkerEntry> {
  const dir = join(tmpdir(), `claimboard-${userInfo().uid}`);
  const out = join(dir, `extract-worker-${sourceKey()}.mjs`);
  if (!existsSync(out)) {
    mkdirSync(dir, { recursive: true });
    const { build: esbuild } = await import('esbuild');
    // Another run may build the same file at the same time: each writes its own temp file, the rename is atomic.
    const temp = `${out}.${process.pid}.tmp`;
    await esbuild({
      entryPoints: [WORKER_TS], bundle: true, platform: 'node', format: 'esm', outfile: temp, logLevel: 'silent',
      // CommonJS packages in the bundle (papaparse) may require Node's modules: give them a require.
      banner: { js: "import { createRequire as __claimboardRequire } from 'node:module'; const require = __claimboardRequire(import.meta.url);" },
    });
    renameSync(temp, out);
  }
  return { url: new URL(`file://${out}`) };
}
