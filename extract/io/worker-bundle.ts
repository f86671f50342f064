/**
 * The extract worker as one plain-JS file, so a worker thread starts without tsx. Measured (2-core machine, load 6–8):
 * a worker that registers tsx and loads the TypeScript extractor costs 1.7–2.3 s of CPU before its first block; the
 * bundle 0.4 s. With two workers that is ~3 s of CPU per run saved, which is what decides where --jobs starts to pay.
 * Built with esbuild (tsx's own, already installed) into the temp directory, keyed by the sources' and the lockfile's
 * sizes and times, so it is built once per change (~0.3 s); any failure falls back to the tsx bootstrap.
 * The same build makes the block extractor for the main thread (extract-block.ts as one file, in-process.ts): loaded
 * through tsx it took ~1.7 s of CPU (compromise and ~60 modules through tsx's loader thread), bundled ~0.4 s.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXTRACT_DIR = fileURLToPath(new URL('..', import.meta.url));
const WORKER_TS = join(EXTRACT_DIR, 'workers/extract-worker.ts');
const BLOCK_TS = join(EXTRACT_DIR, 'io/extract-block.ts');
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

/** The bundled files of one state of the sources. */
interface Bundles { worker: URL; block: URL }

let cached: Promise<Bundles> | null = null;

function bundles(): Promise<Bundles> {
  cached ??= build();
  return cached;
}

/** The bundled worker (built now if this state of the sources has none yet), else the tsx bootstrap. */
export function workerEntry(): Promise<WorkerEntry> {
  return bundles().then((b) => ({ url: b.worker }), () => TSX_ENTRY);
}

/** extract-block.ts bundled into one plain-JS module (built as workerEntry builds the worker); rejects if it cannot be. */
export function bundledBlockExtractor(): Promise<URL> {
  return bundles().then((b) => b.block);
}

async function build(): Promise<Bundles> {
  const dir = join(tmpdir(), `claimboard-${userInfo().uid}`);
  const key = sourceKey();
  const outs = { worker: join(dir, `extract-worker-${key}.mjs`), block: join(dir, `extract-block-${key}.mjs`) };
  if (!existsSync(outs.worker) || !existsSync(outs.block)) {
    mkdirSync(dir, { recursive: true });
    const { build: esbuild } = await import('esbuild');
    // Another run may build the same files at the same time: each writes its own temp files, the renames are atomic.
    const temp = join(dir, `build-${key}.${process.pid}`);
    await esbuild({
      entryPoints: { worker: WORKER_TS, block: BLOCK_TS }, outdir: temp, outExtension: { '.js': '.mjs' },
      bundle: true, platform: 'node', format: 'esm', logLevel: 'silent',
      // CommonJS packages in the bundle (papaparse) may require Node's modules: give them a require.
      banner: { js: "import { createRequire as __claimboardRequire } from 'node:module'; const require = __claimboardRequire(import.meta.url);" },
    });
    renameSync(join(temp, 'block.mjs'), outs.block);
    renameSync(join(temp, 'worker.mjs'), outs.worker);
    rmSync(temp, { recursive: true, force: true });
  }
  return { worker: new URL(`file://${outs.worker}`), block: new URL(`file://${outs.block}`) };
}
